//! `maillage import` in French: problems, warnings and notes follow
//! `--lang fr` (or a French locale).

use crate::common::cli::stderr;
use crate::import_cli::import_with_locale as import;

#[test]
fn row_errors_in_french() {
    let out = import(&["--lang", "fr", "errors-rows.csv"], "C");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "errors-rows.csv:3:9: impossible de lire la personne « Anne Muller (chef » : attendu « Nom (rôle) »\n\
         errors-rows.csv:4:1: le numéro de stand 1 est déjà utilisé ligne 2\n\
         errors-rows.csv:5:9: le site web « voir la brochure » n'est pas une adresse web (il contient des espaces)\n\
         errors-rows.csv:6:3: il manque l'organisation\n\
         errors-rows.csv:7:1: il manque le numéro de stand\n\
         errors-rows.csv : 6 lignes lues : 1 stand, 5 lignes refusées ; rien n'a été écrit\n"
    );
}

#[test]
fn position_errors_in_french_from_the_locale() {
    let out = import(&["errors-positions.csv"], "fr_FR.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for line in [
        "errors-positions.csv:3:15: le stand 2 chevauche le stand 1 (ligne 2)",
        "errors-positions.csv:5:16: le côté nord du stand 4 est le bord du plan : aucune allée ne permet d'y accéder",
        "errors-positions.csv:6:26: l'accès doit être nord, sud, est ou ouest (north, south, east, west), lu « up »",
    ] {
        assert!(err.lines().any(|l| l == line), "{line}\nnot in:\n{err}");
    }
}

#[test]
fn warnings_and_notes_in_french() {
    let out = import(&["--lang", "fr", "fr-semicolon-bom.csv"], "C");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("fr-semicolon-bom.csv:1:70: attention : colonne « Remarques » ignorée : maillage ne connaît pas cette colonne\n"),
        "{err}"
    );
    assert!(
        err.contains("fr-semicolon-bom.csv: pas de positions dans le fichier : stands disposés en grille sur 2 allées\n"),
        "{err}"
    );
}

#[test]
fn a_missing_column_in_french() {
    let out = import(&["--lang", "fr", "no-stand-column.csv"], "C");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "no-stand-column.csv:1:1: aucune colonne « numéro de stand » dans l'en-tête (noms acceptés : stand, numéro, n°, number)\n"
    );
}
