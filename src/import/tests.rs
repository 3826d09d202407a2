//! End-to-end tests of [`import_csv`] on small in-memory sheets.

use super::*;

fn run(csv: &str) -> Result<Imported, Vec<Diagnostic>> {
    import_csv(
        csv.as_bytes(),
        &Options {
            event_name: "Salon test".into(),
            lang: crate::i18n::Lang::En,
            plan: None,
        },
    )
    .map_err(|refused| refused.problems)
}

fn messages(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(ToString::to_string).collect()
}

#[test]
fn the_same_file_gives_the_same_directory() {
    let csv = "stand;organisation;personnes\n1;Zoé & Co;Zoé (cheffe)\n2;Alpha;\n";
    let a = serde_json::to_string(&run(csv).unwrap().directory).unwrap();
    let b = serde_json::to_string(&run(csv).unwrap().directory).unwrap();
    assert_eq!(a, b);
    assert!(a.contains("\"id\":\"zoe-co\""), "{a}");
    assert!(a.contains("\"id\":\"salon-test\""), "{a}");
}

#[test]
fn distinct_names_with_the_same_ascii_form_get_distinct_ids() {
    let d = run("stand,organisation\n1,Ωmega Club\n2,mega club\n3,東京\n4,大阪\n")
        .unwrap()
        .directory;
    let ids: Vec<&str> = d.organisations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        ["mega-club", "mega-club-2", "organisation", "organisation-2"]
    );
}

#[test]
fn a_row_with_more_cells_than_the_header_asks_for_quotes() {
    let errors = run("stand;organisation;thèmes\n1;Alpha;santé; social\n").unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "2:16: this row has more cells than the header (4 > 3): a cell that contains the separator must be in double quotes"
        ]
    );
}

#[test]
fn short_rows_leave_the_missing_cells_empty() {
    let d = run("stand,organisation,description,website\n1,Alpha\n")
        .unwrap()
        .directory;
    assert_eq!(d.organisations[0].description, None);
    assert_eq!(d.organisations[0].website(), None);
}

#[test]
fn a_missing_cell_at_the_end_of_a_short_row_is_located_after_the_last_one() {
    let errors = run("organisation,stand\nAlpha\n").unwrap_err();
    assert_eq!(messages(&errors), ["2:7: missing stand number"]);
}

#[test]
fn a_hall_column_without_coordinates_is_ignored_with_a_warning() {
    let imported = run("stand;organisation;hall\n1;Alpha;Hall 2\n").unwrap();
    assert_eq!(
        messages(&imported.warnings),
        ["1:20: warning: column \"hall\" ignored: a hall is used only with x and y columns"]
    );
    assert!(imported.directory.venue.unwrap().illustrative);
}

#[test]
fn a_contradicting_later_row_keeps_the_first_value_and_warns() {
    let imported =
        run("stand;organisation;site web\n1;Alpha;alpha.example\n2;ALPHA;https://other.example\n3;alpha;\n")
            .unwrap();
    let org = &imported.directory.organisations[0];
    assert_eq!(org.website(), Some("https://alpha.example"));
    assert_eq!(
        messages(&imported.warnings),
        ["3:9: warning: Alpha already has another website on line 2; the first one is kept"]
    );
}

#[test]
fn empty_files_and_header_only_files_are_refused() {
    assert_eq!(
        messages(&run("").unwrap_err()),
        ["1:1: the file is empty: expected a header line (stand; organisation; …)"]
    );
    assert_eq!(
        messages(&run("stand;organisation\n;;\n").unwrap_err()),
        ["1:1: no stands: the file has a header line and nothing under it"]
    );
}

#[test]
fn an_event_name_without_latin_letters_still_gets_an_id() {
    let d = import_csv(
        b"stand,organisation\n1,Alpha\n",
        &Options {
            event_name: "展示会".into(),
            lang: crate::i18n::Lang::En,
            plan: None,
        },
    )
    .unwrap()
    .directory;
    assert_eq!(d.event.id, "event");
    assert_eq!(d.event.name, "展示会");
}

#[test]
fn the_grid_output_passes_the_directory_checks_at_several_sizes() {
    for count in [1, 3, 10, 41, 250] {
        let mut csv = String::from("stand;organisation\n");
        for i in 1..=count {
            csv.push_str(&format!("{i};Organisation {}\n", i % 7));
        }
        let d = run(&csv).unwrap().directory;
        assert_eq!(d.stands.len(), count);
        assert_eq!(d.organisations.len(), count.min(7));
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(crate::directory::parse(&json).unwrap(), d, "{count} stands");
    }
}

#[test]
fn line_breaks_inside_name_cells_become_spaces_and_control_characters_are_refused() {
    let d =
        run("stand,organisation,description\r\n1,\"Repair\r\nCafé\",\"Line one\r\nline two\"\r\n")
            .unwrap()
            .directory;
    assert_eq!(d.organisations[0].name, "Repair Café");
    assert_eq!(
        d.organisations[0].description.as_deref(),
        Some("Line one\nline two")
    );

    let errors = run("stand,organisation\n1,Evil\u{1b}[31m\n").unwrap_err();
    assert_eq!(
        messages(&errors),
        ["2:3: control character U+001B in the cell"]
    );
}

#[test]
fn a_stand_beyond_the_largest_hall_is_refused() {
    let errors = run("stand,organisation,x,y\n1,Alpha,9999,0\n").unwrap_err();
    assert_eq!(
        messages(&errors),
        [
            "2:9: stand 1 reaches beyond 9998 cells from the corner: a hall is at most 10000 cells wide and deep"
        ]
    );
}

/// A stand keeps its own row's themes, not its neighbours': the
/// organisation shows those of all its stands, each theme spelt once.
#[test]
fn each_stand_keeps_its_rows_themes() {
    let csv = "stand;organisation;thèmes\n\
               A1;Caritas;pauvreté; alimentation\n\
               A2;Caritas;vêtements; Pauvreté\n";
    // `;` separates the columns: the themes cell is quoted.
    let csv = csv.replace("pauvreté; alimentation", "\"pauvreté; alimentation\"");
    let csv = csv.replace("vêtements; Pauvreté", "\"vêtements; Pauvreté\"");
    let directory = run(&csv).unwrap().directory.linked();
    let a1 = directory.stand_index("A1").unwrap();
    let a2 = directory.stand_index("A2").unwrap();
    assert_eq!(
        directory.stand_themes(a1).collect::<Vec<_>>(),
        ["pauvreté", "alimentation"]
    );
    assert_eq!(
        directory.stand_themes(a2).collect::<Vec<_>>(),
        ["vêtements", "pauvreté"],
        "spelt as first met"
    );
    assert_eq!(
        directory.organisation_themes(0).collect::<Vec<_>>(),
        ["pauvreté", "alimentation", "vêtements"]
    );
}

/// A failed import counts its rows: each row read is a stand or refused,
/// a row with several problems once, a row spanning lines as one.
#[test]
fn a_failed_import_counts_the_rows_it_refuses() {
    let csv = "stand;organisation;description;site web\n\
               A1;Alpha;\"two\nlines\";voir brochure\n\
               A2;;;x y\n\
               A3;Gamma;;\n\
               A1;Delta;;\n";
    let options = Options {
        event_name: "Salon test".into(),
        lang: crate::i18n::Lang::En,
        plan: None,
    };
    let refused = import_csv(csv.as_bytes(), &options).unwrap_err();
    assert_eq!(
        messages(&refused.problems),
        [
            "3:8: website \"voir brochure\" is not a web address (it contains spaces)",
            "4:4: missing organisation",
            "4:6: website \"x y\" is not a web address (it contains spaces)",
        ]
    );
    // A1 (lines 2-3) and A2 refused; A3 and the second A1 would be stands
    // (the first A1, refused, takes no number).
    assert_eq!(
        (refused.rows_read, refused.stands, refused.rows_refused),
        (4, 2, 2)
    );

    // Problems with the header refuse no row in particular.
    let refused = import_csv(b"nom;description\nAlpha;x\n", &options).unwrap_err();
    assert_eq!((refused.rows_read, refused.rows_refused), (0, 0));
}
