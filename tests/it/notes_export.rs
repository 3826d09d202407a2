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
