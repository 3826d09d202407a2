//! The notes' messages in both languages.

use super::*;
use crate::notes::vcf::VcfProblem;

#[test]
fn every_notes_message_reads_differently_in_french_and_english() {
    assert_translated(&[DraftError::EmptyName], DraftError::message);
    let warning = Warning::MalformedEmail("ada@".into());
    assert_translated(&[warning], Warning::message);
    let dates = [
        DateError::Unreadable("demain".into()),
        DateError::Impossible("31/11/2026".into()),
    ];
    assert_translated(&dates, DateError::message);
    assert_all_translated(&[
        ("not_found", &|l| (t(l).notes.not_found)("n1")),
        ("md_todo_by", &|l| (t(l).notes.md_todo_by)("2026-12-15")),
        ("ics_summary", &|l| {
            (t(l).notes.ics_summary)("Ada", Some("Caritas"))
        }),
        ("ics_summary_alone", &|l| {
            (t(l).notes.ics_summary)("Ada", None)
        }),
    ]);
    let cards = [
        VcfProblem::NoName { line: 3 },
        VcfProblem::Unclosed { line: 9 },
    ];
    assert_translated(&cards, VcfProblem::message);
}
