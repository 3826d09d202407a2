//! The commands' `fn` fields.

use super::*;

#[test]
fn the_filled_in_messages_are_translated_too() {
    let cli = |lang| &t(lang).cli;
    let samples: [Sample; 16] = [
        ("vdir_done", &|l| (cli(l).vdir_done)("d", 3, 2, 1)),
        ("vdir_edited_elsewhere", &|l| {
            (cli(l).vdir_edited_elsewhere)("x.vcf")
        }),
        ("vdir_not_ours", &|l| (cli(l).vdir_not_ours)("x.vcf")),
        ("vcf_imported", &|l| (cli(l).vcf_imported)("f", 3, 2, 1, 0)),
        ("check_ok", &|l| (cli(l).check_ok)("f", 1, 2, 3)),
        ("imported", &|l| (cli(l).imported)("f", 1, 1, 2, 3)),
        ("refused", &|l| (cli(l).refused)("f", 12, 10, 2)),
        ("more_warnings", &|l| (cli(l).more_warnings)(4)),
        ("import_fails_check", &|l| {
            (cli(l).import_fails_check)(1, 2, "m")
        }),
        ("unknown_place", &|l| (cli(l).unknown_place)("x")),
        ("org_linked", &|l| (cli(l).org_linked)("x")),
        ("note_moved", &|l| (cli(l).note_moved)("x", Some("e"))),
        ("note_moved untied", &|l| (cli(l).note_moved)("x", None)),
        ("cannot_write_file", &|l| (cli(l).cannot_write_file)("x")),
        ("plan_tour_from", &|l| (cli(l).plan_tour_from)("x")),
        ("plan_total", &|l| (cli(l).plan_total)("1 m", "1 s")),
    ];
    assert_all_translated(&samples);
    assert_eq!(
        (cli(Lang::Fr).refused)("f.xlsx", 12, 10, 2),
        "f.xlsx : 12 lignes lues : 10 stands, 2 lignes refusées ; rien n'a été écrit"
    );
    assert_eq!(
        (cli(Lang::En).refused)("f.xlsx", 12, 10, 2),
        "f.xlsx: 12 rows read: 10 stands, 2 rows refused; nothing written"
    );
    assert_eq!(
        (cli(Lang::En).refused)("f", 1, 0, 1),
        "f: 1 row read: 0 stands, 1 row refused; nothing written"
    );
    assert_eq!(
        (cli(Lang::Fr).more_warnings)(2),
        "2 autres avertissements non affichés"
    );
    assert_eq!(
        (cli(Lang::En).more_warnings)(2),
        "2 more warnings not shown"
    );
    assert_eq!(
        (cli(Lang::En).vcf_imported)("f.vcf", 3, 2, 1, 0),
        "f.vcf: 3 cards read: 2 notes added, 1 updated"
    );
    assert_eq!(
        (cli(Lang::Fr).vcf_imported)("f.vcf", 3, 2, 1, 0),
        "f.vcf : 3 fiches lues : 2 notes ajoutées, 1 mise à jour"
    );
}
