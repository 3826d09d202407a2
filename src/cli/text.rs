//! The one-line messages of the commands, one table per language ([`EN`],
//! [`FR`]). Output meant for scripts (search results, `notes list`, JSON)
//! and clap's own help stay as they are in every language.
//!
//! To add a message: add its field to [`CliText`], then to [`EN`] and [`FR`]
//! (a table without it does not compile), and use `t.my_message` where `t`
//! is [`t`]`(lang)`. The test below fails if a message is empty in one
//! language only or left in English in the French table.

use crate::lang::{Lang, text_table};

/// The table for `lang`.
pub fn t(lang: Lang) -> &'static CliText {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

text_table! {
    /// The commands' messages in one language.
    pub struct CliText {
        strings {
            already_exists, cannot_read, cannot_write, cannot_write_stdout,
            cannot_serialize, not_found, permission_denied, not_a_file_name,
            no_config_folder, warning, cannot_export, cannot_render_man,
            plan_no_stars, plan_visited,
        }
        others {
            /// The language of this table, for messages from the core (note errors).
            lang: Lang,
            /// `FILE: ok (17 stands, 40 organisations, 3 people)`.
            check_ok: fn(&str, usize, usize, usize) -> String,
            /// `FILE: 17 stands, 40 organisations, 3 people` after an import.
            imported: fn(&str, usize, usize, usize) -> String,
            /// How many warnings were left out.
            more_warnings: fn(usize) -> String,
            /// A defect: the imported directory fails its own check (line, column, message).
            import_fails_check: fn(usize, usize, &str) -> String,
            /// `route` could not find a place by that name.
            unknown_place: fn(&str) -> String,
            /// `notes add --org` linked the note to this directory organisation.
            org_linked: fn(&str) -> String,
            /// Could not write this file (the reason follows).
            cannot_write_file: fn(&str) -> String,
            /// `maillage plan`: the heading, given where the tour starts.
            plan_tour_from: fn(&str) -> String,
            /// `maillage plan`: the total, given the distance and the time, written.
            plan_total: fn(&str, &str) -> String,
        }
    }
}

pub static EN: CliText = CliText {
    lang: Lang::En,
    already_exists: "already exists; use --force to replace it",
    cannot_read: "cannot read",
    cannot_write: "cannot write",
    cannot_write_stdout: "maillage: cannot write to standard output",
    cannot_serialize: "maillage: cannot write the directory",
    not_found: "no such file or directory",
    permission_denied: "permission denied",
    not_a_file_name: "not a file name",
    no_config_folder: "maillage: no configuration folder found; use --config-dir DIR or MAILLAGE_CONFIG_DIR",
    warning: "warning",
    cannot_export: "maillage: cannot export",
    cannot_render_man: "maillage: cannot render the manual page",
    plan_no_stars: "No stand starred yet (s in the plan or a stand's detail, Alt-s in the list).",
    plan_visited: "visited",
    plan_tour_from: |from| format!("Your tour from: {from}"),
    plan_total: |total, time| format!("Total: {total}, about {time} on foot"),
    check_ok: |file, stands, orgs, people| {
        format!("{file}: ok ({stands} stands, {orgs} organisations, {people} people)")
    },
    imported: |file, stands, orgs, people| {
        format!("{file}: {stands} stands, {orgs} organisations, {people} people")
    },
    more_warnings: |n| format!("{n} more warnings not shown"),
    import_fails_check: |line, column, message| {
        format!("maillage: the imported directory fails its check at {line}:{column}: {message}")
    },
    unknown_place: |text| {
        format!("no stand, organisation or entrance matches \u{201c}{text}\u{201d}")
    },
    org_linked: |name| format!("maillage: organisation linked to the directory's \"{name}\""),
    cannot_write_file: |path| format!("maillage: cannot write {path}"),
};

pub static FR: CliText = CliText {
    lang: Lang::Fr,
    already_exists: "existe déjà ; --force pour le remplacer",
    cannot_read: "lecture impossible",
    cannot_write: "écriture impossible",
    cannot_write_stdout: "maillage : écriture sur la sortie standard impossible",
    cannot_serialize: "maillage : impossible d'écrire l'annuaire",
    not_found: "fichier ou dossier introuvable",
    permission_denied: "permission refusée",
    not_a_file_name: "pas un nom de fichier",
    no_config_folder: "maillage : aucun dossier de configuration trouvé ; utilisez --config-dir DOSSIER ou MAILLAGE_CONFIG_DIR",
    warning: "attention",
    cannot_export: "maillage : export impossible",
    cannot_render_man: "maillage : impossible de produire la page de manuel",
    plan_no_stars: "Aucun stand marqué à visiter (touche s dans le plan ou la fiche, Alt-s dans la liste).",
    plan_visited: "visité",
    plan_tour_from: |from| format!("Votre visite depuis : {from}"),
    plan_total: |total, time| format!("Total : {total}, environ {time} à pied"),
    check_ok: |file, stands, orgs, people| {
        format!("{file}: valide ({stands} stands, {orgs} organisations, {people} personnes)")
    },
    imported: |file, stands, orgs, people| {
        format!("{file}: {stands} stands, {orgs} organisations, {people} personnes")
    },
    more_warnings: |n| format!("{n} autres avertissements non affichés"),
    import_fails_check: |line, column, message| {
        format!(
            "maillage : l'annuaire importé échoue à la vérification en {line}:{column} : {message}"
        )
    },
    unknown_place: |text| format!("aucun stand, organisation ou entrée ne correspond à « {text} »"),
    org_linked: |name| format!("maillage : organisation liée à « {name} » de l'annuaire"),
    cannot_write_file: |path| format!("maillage : impossible d'écrire {path}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_in_both_languages() {
        for ((name, en), (_, fr)) in EN.strings().into_iter().zip(FR.strings()) {
            assert!(!en.is_empty() && !fr.is_empty(), "{name}");
            assert_ne!(en, fr, "{name} is not translated");
        }
        let pairs = [
            ((EN.check_ok)("f", 1, 2, 3), (FR.check_ok)("f", 1, 2, 3)),
            ((EN.imported)("f", 1, 2, 3), (FR.imported)("f", 1, 2, 3)),
            ((EN.more_warnings)(4), (FR.more_warnings)(4)),
            (
                (EN.import_fails_check)(1, 2, "m"),
                (FR.import_fails_check)(1, 2, "m"),
            ),
            ((EN.unknown_place)("x"), (FR.unknown_place)("x")),
            ((EN.org_linked)("x"), (FR.org_linked)("x")),
            ((EN.cannot_write_file)("x"), (FR.cannot_write_file)("x")),
            ((EN.plan_tour_from)("x"), (FR.plan_tour_from)("x")),
            ((EN.plan_total)("1 m", "1 s"), (FR.plan_total)("1 m", "1 s")),
        ];
        for (en, fr) in pairs {
            assert_ne!(en, fr);
        }
    }

    #[test]
    fn the_language_picks_its_table() {
        assert_eq!(
            (t(Lang::Fr).more_warnings)(2),
            "2 autres avertissements non affichés"
        );
        assert_eq!((t(Lang::En).more_warnings)(2), "2 more warnings not shown");
    }
}
