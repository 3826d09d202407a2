//! Exports against golden files, and read back by independent parsers.
//!
//! To regenerate the golden files after a deliberate change:
//! `UPDATE_GOLDEN=1 cargo test --test it notes_export::`, then review the diff.

use maillage::i18n::Lang;
use maillage::notes::export::csv::{COLUMNS, CsvOptions, neutralised};
use maillage::notes::export::{self, Format, vcard};
use maillage::notes::{Note, NotesFile};

use crate::common::fixtures::{DEFAULT_EVENT as EVENT, golden};

fn fixture() -> NotesFile {
    let bytes = std::fs::read(crate::common::fixtures::fixture("notes/notes.json")).unwrap();
    maillage::store::parse::<NotesFile>(&bytes).unwrap()
}

fn event_notes(file: &NotesFile) -> Vec<&Note> {
    file.notes.iter().filter(|n| n.event == EVENT).collect()
}

/// The CSV as an English reader gets it: `,` and no byte-order mark.
const CSV: Format = Format::Csv(CsvOptions {
    separator: b',',
    bom: false,
});

fn export_text(format: Format) -> String {
    let file = fixture();
    let notes = event_notes(&file);
    String::from_utf8(export::export(format, &notes, Lang::En).unwrap()).unwrap()
}

fn assert_golden(name: &str, actual: &str) {
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 creates it)", path.display()));
    assert!(
        expected == actual,
        "{name} differs from the golden file:\n{actual}"
    );
}

#[test]
fn vcard_matches_its_golden_file() {
    assert_golden("notes.vcf", &export_text(Format::Vcard));
}

#[test]
fn csv_matches_its_golden_file() {
    assert_golden("notes.csv", &export_text(CSV));
}

#[test]
fn markdown_matches_its_golden_file() {
    assert_golden("notes.md", &export_text(Format::Markdown));
}

#[test]
fn json_matches_its_golden_file() {
    assert_golden("notes.export.json", &export_text(Format::Json));
}

#[test]
fn vcard_lines_end_with_crlf_and_fit_in_75_octets() {
    let text = export_text(Format::Vcard);
    assert!(text.ends_with("\r\n"));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert!(lines.iter().all(|l| !l.contains('\n') && !l.contains('\r')));
    assert!(lines.iter().all(|l| l.len() <= 75), "a line is too long");
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "the fixture needs folding"
    );
}

#[test]
fn the_vcard_parser_reads_back_every_field() {
    let file = fixture();
    let notes = export::in_export_order(&event_notes(&file));
    let text = export_text(Format::Vcard);
    let cards = vcard4::parse(&text).expect("strict RFC 6350 parse");
    assert_eq!(cards.len(), notes.len());
    for (card, note) in cards.iter().zip(&notes) {
        assert_eq!(card.formatted_name[0].value, note.name);
        let uid = card.uid.as_ref().unwrap().to_string();
        assert!(uid.ends_with(&note.id), "{uid}");
        let texts = |props: &[vcard4::property::TextProperty]| {
            props.iter().map(|p| p.value.clone()).collect::<Vec<_>>()
        };
        assert_eq!(texts(&card.note), note_texts(&note.text));
        assert_eq!(
            texts(&card.title),
            note.role.iter().cloned().collect::<Vec<_>>()
        );
        assert_eq!(
            texts(&card.email),
            note.email.iter().cloned().collect::<Vec<_>>()
        );
        // ORG and CATEGORIES are lists: this parser splits them on every
        // separator, escaped or not, so compare the joined values.
        let org: Vec<String> = card.org.iter().map(|o| o.value.join(";")).collect();
        let expected_org: Vec<String> = note.organisation.iter().map(|o| o.name.clone()).collect();
        assert_eq!(org, expected_org);
        let tags: Vec<String> = card.categories.iter().map(|c| c.value.join(",")).collect();
        let expected_tags: Vec<String> = if note.tags.is_empty() {
            Vec::new()
        } else {
            vec![note.tags.join(",")]
        };
        assert_eq!(tags, expected_tags);
        assert!(card.rev.is_some());
    }
}

fn note_texts(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![text.to_string()]
    }
}

#[test]
fn folding_never_splits_a_character_or_an_escape() {
    for prefix_len in 0..8 {
        let value = format!("{}{}", "x".repeat(prefix_len), "é🤝,\\;\n".repeat(40));
        let line = format!("NOTE:{}", vcard::escape(&value));
        let mut folded = String::new();
        vcard::fold_into(&mut folded, &line);
        let physical: Vec<&str> = folded.split_terminator("\r\n").collect();
        assert!(physical.len() > 3);
        assert!(physical.iter().all(|l| l.len() <= 75));
        for pair in physical.windows(2) {
            let ends_escaping = pair[0].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1;
            assert!(!ends_escaping, "an escape was split: {:?}", pair[0]);
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }
}

#[test]
fn vcard_escaping_and_control_characters() {
    assert_eq!(
        vcard::escape("a\\b,c;d\r\ne\rf\ng"),
        "a\\\\b\\,c\\;d\\ne\\nf\\ng"
    );
    assert_eq!(
        vcard::escape("bell\u{7}esc\u{1b}[31m\ttab"),
        "bellesc[31m\ttab"
    );
}

#[test]
fn csv_reads_back_with_a_header_row() {
    let file = fixture();
    let notes = export::in_export_order(&event_notes(&file));
    let text = export_text(CSV);
    assert!(text.contains("\r\n"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), notes.len());
    for (row, note) in rows.iter().zip(&notes) {
        let names = note.given_and_family();
        assert_eq!(&row[0], note.id);
        assert_eq!(&row[2], note.name);
        assert_eq!((&row[3], &row[4]), (&*names.given, &*names.family));
        assert_eq!(
            &row[5],
            note.organisation.as_ref().map_or("", |o| o.name.as_str())
        );
        assert_eq!(&row[9], neutralised(note.phone.as_deref().unwrap_or("")));
        assert_eq!(&row[11], note.tags.join(", "));
        assert_eq!(&row[12], note.follow_up.label());
        assert_eq!(&row[14], note.text, "multi-line text survives quoting");
    }
}

#[test]
fn json_export_reads_back_as_a_notes_file() {
    let file = fixture();
    let notes = event_notes(&file);
    let text = export_text(Format::Json);
    let back = maillage::store::parse::<NotesFile>(text.as_bytes()).unwrap();
    assert_eq!(back.notes.len(), notes.len());
    assert!(back.tombstones.is_empty());
    for note in notes {
        assert!(back.notes.contains(note));
    }
}

#[test]
fn markdown_groups_by_organisation_open_follow_ups_first() {
    let text = export_text(Format::Markdown);
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} missing"));
    // Groups alphabetical, notes without an organisation last.
    assert!(at("## Association") < at("## Croix-Rouge"));
    assert!(at("## Croix-Rouge") < at("## No organisation"));
    // In the Croix-Rouge group, Ada (to do) comes before Daniel (nothing).
    assert!(at("### Ada Exemple") < at("### Daniel Essai"));
    assert!(
        !text.contains("\n# pas un titre"),
        "user text cannot become a heading"
    );
    assert!(text.contains("\\# pas un titre, \\*pas\\* en gras"));
}

/// The Markdown export is a document for people: its words follow the
/// language (the notes' own text is as written); the other formats are for
/// programs and the same in every language (the CSV's separator and BOM
/// follow the language only through their defaults, chosen by the CLI).
#[test]
fn markdown_is_worded_in_the_language_and_the_other_formats_are_not() {
    let file = fixture();
    let notes = event_notes(&file);
    let export_in =
        |format, lang| String::from_utf8(export::export(format, &notes, lang).unwrap()).unwrap();
    let french = export_in(Format::Markdown, Lang::Fr);
    assert!(french.starts_with("# Notes de contact\n"), "{french}");
    assert!(french.contains("## Sans organisation"), "{french}");
    assert!(
        french.contains("- **Suivi :**") || french.contains("- **Suivi:**"),
        "{french}"
    );
    for english in ["Contact notes", "No organisation", "Follow up", "Phone"] {
        assert!(!french.contains(english), "{english} in {french}");
    }
    for format in [CSV, Format::Json, Format::Vcard] {
        assert_eq!(export_in(format, Lang::Fr), export_in(format, Lang::En));
    }
}

#[test]
fn csv_neutralises_formula_cells_and_follows_its_options() {
    let mut file = fixture();
    let note = &mut file.notes[0];
    note.name = "=HYPERLINK(\"http://evil.example\",\"clic\")".into();
    note.role = Some("@SUM(A1:A9)".into());
    note.email = Some("-1+2".into());
    note.stand = Some("\tA1".into());
    note.text = "+cmd|' /C calc'!A0\nsecond line".into();
    let notes = event_notes(&file);
    let options = CsvOptions {
        separator: b';',
        bom: true,
    };
    let text =
        String::from_utf8(export::export(Format::Csv(options), &notes, Lang::Fr).unwrap()).unwrap();
    let body = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    assert!(body.starts_with("id;event;name;given_name;"), "{body}");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = rows
        .iter()
        .find(|r| r[0] == *"01900000-0000-7000-8000-000000000001")
        .unwrap();
    assert_eq!(&row[2], "'=HYPERLINK(\"http://evil.example\",\"clic\")");
    assert_eq!(&row[7], "'@SUM(A1:A9)");
    assert_eq!(&row[8], "'-1+2");
    assert_eq!(&row[9], "'+352 000 00 00");
    assert_eq!(&row[10], "'\tA1");
    assert_eq!(&row[14], "'+cmd|' /C calc'!A0\nsecond line");
    // No cell of any row starts as a formula.
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    // Tab-separated, no BOM.
    let options = CsvOptions {
        separator: b'\t',
        bom: false,
    };
    let text =
        String::from_utf8(export::export(Format::Csv(options), &notes, Lang::En).unwrap()).unwrap();
    assert!(text.starts_with("id\tevent\tname\t"), "{text}");
}

#[test]
fn the_ics_export_reads_back_as_to_dos() {
    use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, TodoStatus};
    let file = fixture();
    let notes = event_notes(&file);
    let text = String::from_utf8(export::export(Format::Ics, &notes, Lang::En).unwrap()).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert!(lines.iter().all(|l| !l.contains(['\r', '\n'])));
    assert!(lines.iter().all(|l| l.len() <= 75), "a line is too long");

    let calendar: Calendar = text.parse().expect("an iCalendar parser reads it");
    let todos: Vec<&icalendar::Todo> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Todo(todo) => Some(todo),
            _ => None,
        })
        .collect();
    // Ada (to do by a date), Bruno (done), Chloé (to do): not Daniel (none).
    let with_follow_up: Vec<&&Note> = notes.iter().filter(|n| !n.follow_up.is_none()).collect();
    assert_eq!(todos.len(), with_follow_up.len());
    assert_eq!(todos.len(), 3);
    for note in with_follow_up {
        let uid = export::ics::todo_uid(&note.id);
        let todo = todos
            .iter()
            .find(|t| t.get_uid() == Some(uid.as_str()))
            .unwrap_or_else(|| panic!("no to-do for {}", note.name));
        assert!(todo.get_timestamp().is_some(), "DTSTAMP");
        let summary = todo.get_summary().unwrap();
        assert!(summary.starts_with("Follow up: "), "{summary}");
        assert!(summary.contains(&note.name), "{summary}");
        if let Some(org) = &note.organisation {
            assert!(summary.ends_with(&format!("({})", org.name)), "{summary}");
        }
        let description = todo.get_description().map(str::to_string);
        let expected = Some(note.text.clone()).filter(|t| !t.is_empty());
        assert_eq!(description, expected, "escaped text comes back");
        match note.follow_up {
            maillage::notes::FollowUp::Done => {
                assert_eq!(todo.get_status(), Some(TodoStatus::Completed));
            }
            _ => assert_eq!(todo.get_status(), Some(TodoStatus::NeedsAction)),
        }
        match (note.follow_up.date(), todo.get_due()) {
            (Some(date), Some(DatePerhapsTime::Date(due))) => {
                assert_eq!(due.to_string(), date.to_string());
            }
            (None, None) => {}
            (date, due) => panic!("{date:?} against {due:?}"),
        }
    }
    // The same notes give the same bytes, in every run.
    assert_eq!(
        text,
        String::from_utf8(export::export(Format::Ics, &notes, Lang::En).unwrap()).unwrap()
    );
    let french = String::from_utf8(export::export(Format::Ics, &notes, Lang::Fr).unwrap()).unwrap();
    assert!(
        french.contains("SUMMARY:Relancer : Ada Exemple (Croix-Rouge)"),
        "{french}"
    );
}

mod vdir {
    use std::fs;
    use std::path::Path;

    use maillage::notes::export::vdir::{MANIFEST, VdirReport, export_vdir, file_name};
    use maillage::notes::{Note, NotesFile};

    use super::{EVENT, event_notes, fixture};

    fn export(dir: &Path, file: &NotesFile) -> VdirReport {
        export_vdir(dir, EVENT, &event_notes(file)).unwrap()
    }

    fn mtime(path: &Path) -> std::time::SystemTime {
        fs::metadata(path).unwrap().modified().unwrap()
    }

    fn cards_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".vcf"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn one_card_per_note_named_by_its_uid_read_back_by_a_parser() {
        let dir = tempfile::tempdir().unwrap();
        let file = fixture();
        let report = export(dir.path(), &file);
        let notes = event_notes(&file);
        assert_eq!(report.written, notes.len());
        assert_eq!(cards_in(dir.path()).len(), notes.len());
        for note in &notes {
            let path = dir.path().join(format!("{}.vcf", note.id));
            let text = fs::read_to_string(&path).unwrap();
            let cards = vcard4::parse(&text).expect("strict RFC 6350 parse");
            assert_eq!(cards.len(), 1);
            assert_eq!(cards[0].formatted_name[0].value, note.name);
            let uid = cards[0].uid.as_ref().unwrap().to_string();
            assert!(uid.ends_with(&note.id), "{uid}");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = fs::metadata(&path).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o600, "personal data: private");
            }
        }
        assert!(dir.path().join(MANIFEST).exists());
        // Another event's notes are not in this address book.
        assert!(
            !cards_in(dir.path())
                .iter()
                .any(|n| n.contains("000000000005"))
        );
    }

    #[test]
    fn a_second_run_updates_changed_cards_removes_deleted_ones_and_leaves_others() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = fixture();
        export(dir.path(), &file);
        let [ada, bruno, chloe, daniel] = [1, 2, 3, 4].map(|i| {
            dir.path()
                .join(format!("01900000-0000-7000-8000-00000000000{i}.vcf"))
        });
        let foreign = dir.path().join("someone-else.vcf");
        fs::write(
            &foreign,
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD\r\n",
        )
        .unwrap();
        // A card changed by another program (khard, a phone through vdirsyncer).
        let edited = fs::read_to_string(&chloe)
            .unwrap()
            .replace("FN:Chloé", "FN:Chloé B.");
        fs::write(&chloe, &edited).unwrap();
        let (ada_before, daniel_before) = (mtime(&ada), mtime(&daniel));
        std::thread::sleep(std::time::Duration::from_millis(20));

        // Ada's note edited, Bruno's deleted.
        let note: &mut Note = file
            .notes
            .iter_mut()
            .find(|n| n.name == "Ada Exemple")
            .unwrap();
        note.role = Some("Directrice".into());
        file.notes.retain(|n| n.name != "Bruno Témoin");
        let report = export(dir.path(), &file);

        assert_eq!(report.written, 1, "{report:?}");
        assert_eq!(report.removed, 1, "{report:?}");
        assert_eq!(report.unchanged, 1, "{report:?}");
        assert_eq!(
            report.edited_elsewhere,
            [file_name("01900000-0000-7000-8000-000000000003")]
        );
        assert!(
            fs::read_to_string(&ada)
                .unwrap()
                .contains("TITLE:Directrice")
        );
        assert_ne!(mtime(&ada), ada_before);
        assert!(!bruno.exists(), "the deleted note's card is removed");
        assert_eq!(
            fs::read_to_string(&chloe).unwrap(),
            edited,
            "left as edited"
        );
        assert_eq!(
            mtime(&daniel),
            daniel_before,
            "an unchanged card is not rewritten"
        );
        assert_eq!(
            fs::read_to_string(&foreign).unwrap(),
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD\r\n"
        );

        // A third run, nothing changed: nothing written; the edited card is
        // still reported and still left alone.
        let report = export(dir.path(), &file);
        assert_eq!(
            (report.written, report.removed, report.unchanged),
            (0, 0, 2)
        );
        assert_eq!(report.edited_elsewhere.len(), 1);

        // Deleting Chloé's note leaves her edited card: it is the other program's.
        file.notes.retain(|n| n.name != "Chloé");
        let report = export(dir.path(), &file);
        assert_eq!(report.removed, 0);
        assert!(chloe.exists());
        // The card of a deleted note is removed only when it is as written.
        file.notes.retain(|n| n.name != "Daniel Essai");
        let report = export(dir.path(), &file);
        assert_eq!(report.removed, 1);
        assert!(!daniel.exists() && chloe.exists() && foreign.exists());
    }

    #[test]
    fn a_file_maillage_did_not_write_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let file = fixture();
        let taken = dir.path().join("01900000-0000-7000-8000-000000000001.vcf");
        fs::write(&taken, "not mine").unwrap();
        let report = export(dir.path(), &file);
        assert_eq!(
            report.not_ours,
            [file_name("01900000-0000-7000-8000-000000000001")]
        );
        assert_eq!(fs::read_to_string(&taken).unwrap(), "not mine");
        assert_eq!(report.written, 3);
    }

    #[test]
    fn a_damaged_manifest_stops_the_export_before_any_change() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(MANIFEST), "{ not json").unwrap();
        let error = export_vdir(dir.path(), EVENT, &event_notes(&fixture())).unwrap_err();
        assert!(
            error.to_string().contains(".maillage-vdir.json:1:"),
            "{error}"
        );
        assert!(cards_in(dir.path()).is_empty());
    }
}
