//! The commands in English. See `crate::i18n` for how to add a string.

use crate::i18n::{CliTexts, Lang};

pub(super) const CLI: CliTexts = CliTexts {
    lang: Lang::En,
    already_exists: "already exists; use --force to replace it",
    cannot_read: "cannot read",
    cannot_write: "cannot write",
    cannot_write_stdout: "maillage: cannot write to standard output",
    cannot_serialize: "maillage: cannot write the directory",
    not_found: "no such file or directory",
    permission_denied: "permission denied",
    not_a_file_name: "not a file name",
    no_terminal: "maillage: the app needs a terminal, and standard input or output is not one; for scripts, use maillage search, route, plan or notes (see maillage --help)",
    no_config_folder: "maillage: no configuration folder found; use --config-dir DIR or MAILLAGE_CONFIG_DIR",
    warning: "warning",
    cannot_export: "maillage: cannot export",
    cannot_render_man: "maillage: cannot render the manual page",
    plan_no_stars: "No stand starred yet (s in the plan or a stand's detail, Alt-s in the list).",
    plan_visited: "visited",
    plan_tour_from: |from| format!("Your tour from: {from}"),
    plan_total: |total, time| format!("Total: {total}, about {time} on foot"),
    looser_query: |query, looser, found| match found {
        1 => format!("maillage: nothing matches \"{query}\"; \"{looser}\" finds 1 result"),
        _ => format!("maillage: nothing matches \"{query}\"; \"{looser}\" finds {found} results"),
    },
    check_ok: |file, stands, orgs, people| {
        format!("{file}: ok ({stands} stands, {orgs} organisations, {people} people)")
    },
    imported: |file, rows, stands, orgs, people| {
        let rows = match rows {
            1 => "1 row read".to_string(),
            n => format!("{n} rows read"),
        };
        format!("{file}: {rows}: {stands} stands, {orgs} organisations, {people} people")
    },
    refused: |file, rows, stands, refused| {
        let rows = match rows {
            1 => "1 row read".to_string(),
            n => format!("{n} rows read"),
        };
        let stands = match stands {
            1 => "1 stand".to_string(),
            n => format!("{n} stands"),
        };
        let refused = match refused {
            1 => "1 row refused".to_string(),
            n => format!("{n} rows refused"),
        };
        format!("{file}: {rows}: {stands}, {refused}; nothing written")
    },
    more_warnings: |n| format!("{n} more warnings not shown"),
    import_fails_check: |line, column, message| {
        format!("maillage: the imported directory fails its check at {line}:{column}: {message}")
    },
    unknown_place: |text| {
        format!("no stand, organisation or entrance matches \u{201c}{text}\u{201d}")
    },
    org_linked: |name| format!("maillage: organisation linked to the directory's \"{name}\""),
    note_moved: |name, event| match event {
        Some(event) => format!("maillage: \"{name}\" is now a note of {event}"),
        None => format!("maillage: \"{name}\" is tied to no event: shown in every event"),
    },
    cannot_write_file: |path| format!("maillage: cannot write {path}"),
    vdir_needs_output: "maillage: --format vdir writes a folder of cards: name it with -o DIR",
    csv_options_only: "maillage: --separator, --bom and --no-bom apply to --format csv only",
    vdir_done: |dir, written, unchanged, removed| {
        let cards = |n: usize| {
            if n == 1 {
                "1 card".to_string()
            } else {
                format!("{n} cards")
            }
        };
        format!(
            "{dir}: {} written, {unchanged} unchanged, {removed} removed",
            cards(written)
        )
    },
    vdir_edited_elsewhere: |file| {
        format!(
            "maillage: {file} was changed by another program since the last export: \
             left as it is (delete it to export it again)"
        )
    },
    vdir_not_ours: |file| {
        format!(
            "maillage: {file} was not written by maillage: left as it is, its note not exported"
        )
    },
    vcf_imported: |file, read, added, updated, unchanged| {
        let cards = if read == 1 {
            "1 card read".to_string()
        } else {
            format!("{read} cards read")
        };
        let added = if added == 1 {
            "1 note added".to_string()
        } else {
            format!("{added} notes added")
        };
        let mut text = format!("{file}: {cards}: {added}, {updated} updated");
        if unchanged > 0 {
            text.push_str(&format!(", {unchanged} unchanged"));
        }
        text
    },
};
