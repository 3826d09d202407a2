//! The commands in French. See `crate::i18n` for how to add a string.

use crate::i18n::{CliTexts, Lang};

pub(super) const CLI: CliTexts = CliTexts {
    lang: Lang::Fr,
    already_exists: "existe déjà ; --force pour le remplacer",
    cannot_read: "lecture impossible",
    cannot_write: "écriture impossible",
    cannot_write_stdout: "maillage : écriture sur la sortie standard impossible",
    cannot_serialize: "maillage : impossible d'écrire l'annuaire",
    not_found: "fichier ou dossier introuvable",
    permission_denied: "permission refusée",
    not_a_file_name: "pas un nom de fichier",
    no_terminal: "maillage : l'application a besoin d'un terminal, et l'entrée ou la sortie standard n'en est pas un ; pour un script, utilisez maillage search, route, plan ou notes (voir maillage --help)",
    no_config_folder: "maillage : aucun dossier de configuration trouvé ; utilisez --config-dir DOSSIER ou MAILLAGE_CONFIG_DIR",
    warning: "attention",
    cannot_export: "maillage : export impossible",
    cannot_render_man: "maillage : impossible de produire la page de manuel",
    plan_no_stars: "Aucun stand marqué à visiter (touche s dans le plan ou la fiche, Alt-s dans la liste).",
    plan_visited: "visité",
    plan_tour_from: |from| format!("Votre visite depuis : {from}"),
    plan_total: |total, time| format!("Total : {total}, environ {time} à pied"),
    looser_query: |query, looser, found| match found {
        1 => format!("maillage : rien ne correspond à « {query} » ; « {looser} » donne 1 résultat"),
        _ => format!(
            "maillage : rien ne correspond à « {query} » ; « {looser} » donne {found} résultats"
        ),
    },
    check_ok: |file, stands, orgs, people| {
        format!("{file}: valide ({stands} stands, {orgs} organisations, {people} personnes)")
    },
    imported: |file, rows, stands, orgs, people| {
        let rows = match rows {
            0 | 1 => format!("{rows} ligne lue"),
            n => format!("{n} lignes lues"),
        };
        format!("{file} : {rows} : {stands} stands, {orgs} organisations, {people} personnes")
    },
    refused: |file, rows, stands, refused| {
        let rows = match rows {
            0 | 1 => format!("{rows} ligne lue"),
            n => format!("{n} lignes lues"),
        };
        let stands = match stands {
            0 | 1 => format!("{stands} stand"),
            n => format!("{n} stands"),
        };
        let refused = match refused {
            0 | 1 => format!("{refused} ligne refusée"),
            n => format!("{n} lignes refusées"),
        };
        format!("{file} : {rows} : {stands}, {refused} ; rien n'a été écrit")
    },
    more_warnings: |n| format!("{n} autres avertissements non affichés"),
    import_fails_check: |line, column, message| {
        format!(
            "maillage : l'annuaire importé échoue à la vérification en {line}:{column} : {message}"
        )
    },
    unknown_place: |text| format!("aucun stand, organisation ou entrée ne correspond à « {text} »"),
    org_linked: |name| format!("maillage : organisation liée à « {name} » de l'annuaire"),
    note_moved: |name, event| match event {
        Some(event) => format!("maillage : note « {name} » rangée dans {event}"),
        None => format!("maillage : note « {name} » liée à aucun événement : visible dans tous"),
    },
    vdir_needs_output: "maillage : --format vdir écrit un dossier de fiches : indiquez-le avec -o DOSSIER",
    csv_options_only: "maillage : --separator, --bom et --no-bom ne valent que pour --format csv",
    vdir_done: |dir, written, unchanged, removed| {
        let plural = |n: usize, one: &str, many: &str| {
            if n <= 1 {
                format!("{n} {one}")
            } else {
                format!("{n} {many}")
            }
        };
        format!(
            "{dir} : {}, {}, {}",
            plural(written, "fiche écrite", "fiches écrites"),
            plural(unchanged, "inchangée", "inchangées"),
            plural(removed, "supprimée", "supprimées"),
        )
    },
    vdir_edited_elsewhere: |file| {
        format!(
            "maillage : {file} a été modifié par un autre programme depuis le dernier export : \
             laissé tel quel (supprimez-le pour l'exporter de nouveau)"
        )
    },
    vdir_not_ours: |file| {
        format!(
            "maillage : {file} n'a pas été écrit par maillage : laissé tel quel, sa note non exportée"
        )
    },
    vcf_imported: |file, read, added, updated, unchanged| {
        let plural = |n: usize, one: &str, many: &str| {
            if n <= 1 {
                format!("{n} {one}")
            } else {
                format!("{n} {many}")
            }
        };
        let mut text = format!(
            "{file} : {} : {}, {}",
            plural(read, "fiche lue", "fiches lues"),
            plural(added, "note ajoutée", "notes ajoutées"),
            plural(updated, "mise à jour", "mises à jour"),
        );
        if unchanged > 0 {
            text.push_str(&format!(
                ", {}",
                plural(unchanged, "inchangée", "inchangées")
            ));
        }
        text
    },
    cannot_write_file: |path| format!("maillage : impossible d'écrire {path}"),
};
