//! The commands' one-line messages ([`CliTexts`]); their words are in `en/cli.rs`
//! and `fr/cli.rs`. Output meant for scripts (search results, `notes list`,
//! JSON) and clap's own help stay as they are in every language.
//!
//! A command gets its table as `let t = &i18n::t(lang).cli;` and writes
//! `t.my_message` or `(t.my_function)(…)`.

use super::{Lang, text_table};

text_table! {
    /// The commands' messages in one language.
    pub struct CliTexts {
        strings {
            already_exists, cannot_read, cannot_write, cannot_write_stdout,
            cannot_serialize, not_found, permission_denied, not_a_file_name,
            no_config_folder, no_terminal, warning, cannot_export, cannot_render_man,
            plan_no_stars, plan_visited,
            /// `notes export --format vdir` without `-o DIR`.
            vdir_needs_output,
            /// `--separator`, `--bom` or `--no-bom` with another format than CSV.
            csv_options_only,
        }
        others {
            /// The language of this table, for messages from the core (note errors).
            lang: Lang,
            /// `FILE: ok (17 stands, 40 organisations, 3 people)`.
            check_ok: fn(&str, usize, usize, usize) -> String,
            /// `FILE: 17 rows read: 17 stands, 40 organisations, 3 people` after an import.
            imported: fn(&str, usize, usize, usize, usize) -> String,
            /// `FILE: 12 rows read: 10 stands, 2 rows refused; nothing written`
            /// after a failed import (file, rows read, stands, rows refused).
            refused: fn(&str, usize, usize, usize) -> String,
            /// How many warnings were left out.
            more_warnings: fn(usize) -> String,
            /// A defect: the imported directory fails its own check (line, column, message).
            import_fails_check: fn(usize, usize, &str) -> String,
            /// `route` could not find a place by that name.
            unknown_place: fn(&str) -> String,
            /// `notes add --org` linked the note to this directory organisation.
            org_linked: fn(&str) -> String,
            /// `notes move`: the note's name, and the event it is now of
            /// (`None`: tied to none, shown in every event).
            note_moved: fn(&str, Option<&str>) -> String,
            /// Could not write this file (the reason follows).
            cannot_write_file: fn(&str) -> String,
            /// `maillage plan`: the heading, given where the tour starts.
            plan_tour_from: fn(&str) -> String,
            /// `maillage plan`: the total, given the distance and the time, written.
            plan_total: fn(&str, &str) -> String,
            /// `notes export --format vdir`: the folder, then how many cards
            /// were written, left unchanged and removed.
            vdir_done: fn(&str, usize, usize, usize) -> String,
            /// A card another program changed since the last export, left as it is.
            vdir_edited_elsewhere: fn(&str) -> String,
            /// A file maillage did not write, where a note's card would go.
            vdir_not_ours: fn(&str) -> String,
            /// `notes import`: the file, then cards read, notes added,
            /// updated and unchanged.
            vcf_imported: fn(&str, usize, usize, usize, usize) -> String,
            /// `maillage search` found nothing for the query, but a looser one finds this many.
            looser_query: fn(&str, &str, usize) -> String,
        }
    }
}
