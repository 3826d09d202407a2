//! `maillage import`: the real binary on the CSV fixtures in
//! `tests/fixtures/import/`. Successful imports must parse with
//! `maillage::directory::parse` and survive a write/read round trip.

use std::path::Path;
use std::process::Output;

use maillage::directory::{self, Directory, Side};

use crate::common::cli::{Run, maillage, stderr, stdout};
use crate::common::fixtures::fixture;

/// `maillage import ARGS` under the locale `lang`, run from the fixtures
/// folder, so messages name the file as given (`errors-rows.csv:7:1: …`).
pub fn import_with_locale(args: &[&str], lang: &str) -> Output {
    maillage()
        .arg("import")
        .args(args)
        .current_dir(fixture("import"))
        .env("LANG", lang)
        .run()
}

/// [`import_with_locale`] in English.
fn import(args: &[&str]) -> Output {
    import_with_locale(args, "C.UTF-8")
}

/// Imports `name`, asserts success, parses the output and checks it
/// round-trips through the directory format.
fn import_ok(name: &str) -> (Directory, String) {
    let out = import(&[name]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let json = stdout(&out);
    let directory =
        directory::parse(&json).unwrap_or_else(|p| panic!("{name}: invalid output {p:?}"));
    let again = serde_json::to_string(&directory).unwrap();
    assert_eq!(
        directory::parse(&again).unwrap(),
        directory,
        "round trip of {name}"
    );
    (directory, stderr(&out))
}

#[test]
fn french_headers_semicolons_and_bom() {
    let (d, err) = import_ok("fr-semicolon-bom.csv");
    assert_eq!(
        d.event.name, "fr-semicolon-bom",
        "event name defaults to the file stem"
    );
    assert_eq!(d.event.id, "fr-semicolon-bom");
    let numbers: Vec<&str> = d.stands.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["A1", "A2", "A3", "B1"],
        "the all-empty `;;;` row is skipped"
    );

    // "Fondation Écoute Solidaire" and "FONDATION ECOUTE SOLIDAIRE" are one organisation.
    let ids: Vec<&str> = d.organisations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "fondation-ecoute-solidaire",
            "atelier-velo-bonnevoie",
            "coeur-de-quartier-asbl"
        ]
    );
    let ecoute = &d.organisations[0];
    assert_eq!(ecoute.name, "Fondation Écoute Solidaire");
    assert_eq!(ecoute.short_name.as_deref(), Some("Écoute"));
    assert_eq!(
        ecoute.description.as_deref(),
        Some("Accueil ; écoute\net orientation")
    );
    // A row's themes are its stand's; the organisation shows its stands'.
    assert!(ecoute.themes.is_empty());
    assert_eq!(
        d.organisation_themes(0).collect::<Vec<_>>(),
        ["santé", "social", "jeunesse"]
    );
    assert_eq!(ecoute.website(), Some("https://www.ecoute.example"));
    let ecoute_at = d.organisation_index("fondation-ecoute-solidaire").unwrap();
    let stands: Vec<&str> = d
        .stands_of(ecoute_at)
        .map(|s| d.stands[s].number.as_str())
        .collect();
    assert_eq!(stands, ["A1", "A3"]);

    assert!(
        err.contains("fr-semicolon-bom.csv:1:70: warning: column \"Remarques\" ignored"),
        "{err}"
    );
}

#[test]
fn people_are_read_as_name_and_role_once_per_organisation() {
    let (d, _) = import_ok("fr-semicolon-bom.csv");
    let people: Vec<(&str, &str, Option<&str>, Option<&str>)> = d
        .people
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str(), p.role.as_deref(), p.stand()))
        .collect();
    assert_eq!(
        people,
        [
            (
                "marie-schmit",
                "Marie Schmit",
                Some("directrice"),
                Some("A1")
            ),
            // Listed at A1 and A3: one person, at no stand in particular; the role from A3.
            ("tom-weber", "Tom Weber", Some("bénévole"), None),
            (
                "jerome-kieffer",
                "Jérôme Kieffer",
                Some("mécanicien"),
                Some("A2")
            ),
            ("lea-faber", "Léa Faber", None, Some("A3")),
        ]
    );
    assert_eq!(
        d.people[2].organisation.as_deref(),
        Some("atelier-velo-bonnevoie")
    );
}

#[test]
fn english_headers_commas_and_quoted_fields() {
    let (d, _) = import_ok("en-comma.csv");
    assert_eq!(
        d.organisations.len(),
        2,
        "`repair cafe esch` is `Repair Café, Esch`"
    );
    let repair = &d.organisations[0];
    assert_eq!(repair.id, "repair-cafe-esch");
    assert_eq!(repair.name, "Repair Café, Esch");
    assert_eq!(
        repair.description.as_deref(),
        Some("Fixes toasters, lamps; and \"almost anything\"")
    );
    assert_eq!(
        d.organisation_themes(0).collect::<Vec<_>>(),
        ["repair", "reuse", "electronics"]
    );
    assert_eq!(
        d.organisations[1].description.as_deref(),
        Some("Two lines\nof description")
    );
    assert_eq!(d.stand("14").unwrap().organisations, ["repair-cafe-esch"]);
    let names: Vec<&str> = d.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ana Gómez", "Björn Nilles"]);
}

#[test]
fn without_positions_stands_get_an_illustrative_grid_and_a_note() {
    let (d, err) = import_ok("en-comma.csv");
    assert!(
        err.contains(
            "en-comma.csv: no positions in the file: stands laid out in a grid of 2 aisles"
        ),
        "{err}"
    );
    let venue = d.venue.as_ref().expect("a venue");
    assert!(venue.illustrative);
    assert!(venue.note.as_deref().unwrap().contains("grid of 2 aisles"));
    let hall = &venue.halls[0];
    assert_eq!(hall.entrances.iter().filter(|e| e.main).count(), 1);
    assert!(!hall.walls.is_empty());
    for stand in &d.stands {
        let loc = stand.location.as_ref().expect("every stand is placed");
        assert_eq!(loc.hall, hall.id);
        assert!(loc.rect().fits_in(hall.width, hall.height));
    }
}

#[test]
fn positions_in_french_columns_place_stands_where_the_sheet_says() {
    let (d, err) = import_ok("positions-fr.csv");
    let venue = d.venue.as_ref().unwrap();
    assert!(!venue.illustrative);
    let halls: Vec<&str> = venue.halls.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(halls, ["hall-a", "annexe"]);
    let loc = d.stand("3").unwrap().location.clone().unwrap();
    assert_eq!(
        (loc.hall.as_str(), loc.x, loc.y, loc.w, loc.h, loc.approach),
        ("hall-a", 2, 6, 3, 2, Side::North)
    );
    let loc = d.stand("4").unwrap().location.clone().unwrap();
    assert_eq!(
        (loc.w, loc.h, loc.approach),
        (2, 2, Side::East),
        "default size 2×2"
    );
    assert!(!err.contains("grid"), "{err}");
    assert!(err.contains("2 halls and no doors between them"), "{err}");
}

#[test]
fn row_errors_are_all_listed_with_line_and_column() {
    let out = import(&["errors-rows.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        "errors-rows.csv:3:9: cannot read person \"Anne Muller (chef\": expected \"Name (role)\"\n\
         errors-rows.csv:4:1: stand number 1 is already used on line 2\n\
         errors-rows.csv:5:9: website \"voir la brochure\" is not a web address (it contains spaces)\n\
         errors-rows.csv:6:3: missing organisation\n\
         errors-rows.csv:7:1: missing stand number\n\
         errors-rows.csv: 6 rows read: 1 stand, 5 rows refused; nothing written\n"
    );
}

#[test]
fn position_errors_are_all_listed_with_line_and_column() {
    let out = import(&["errors-positions.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "errors-positions.csv:3:15: stand 2 overlaps stand 1 (line 2)\n\
         errors-positions.csv:4:16: x must be a whole number of cells from 0 to 10000, got \"abc\"\n\
         errors-positions.csv:5:16: the north side of stand 4 is the edge of the plan: there is no aisle to reach it\n\
         errors-positions.csv:6:26: approach must be north, south, east or west (nord, sud, est, ouest), got \"up\"\n\
         errors-positions.csv:7:1: stand 6 has no position while others have one: give x and y to every stand, or to none\n\
         errors-positions.csv:8:14: the west side of stand 7 (its approach) faces stand 8 (line 9): there is no aisle to reach it\n\
         errors-positions.csv: 8 rows read: 2 stands, 6 rows refused; nothing written\n"
    );
}

#[test]
fn a_missing_required_column_is_named() {
    let out = import(&["no-stand-column.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "no-stand-column.csv:1:1: no stand number column in the header (expected one of: stand, numéro, n°, number)\n"
    );
}

#[test]
fn a_windows_1252_file_is_refused_with_where_and_what_to_do() {
    let out = import(&["windows-1252.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("windows-1252.csv:3:7: the file is not UTF-8 (byte 0xE9"),
        "{err}"
    );
    assert!(err.contains("save it as \"CSV UTF-8\""), "{err}");
}

#[test]
fn output_file_is_written_checked_and_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    let target_arg = target.to_str().unwrap();
    let out = import(&[
        "en-comma.csv",
        "-o",
        target_arg,
        "--event-name",
        "Salon de l'Été 2026",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "with -o nothing goes to stdout");
    let loaded = directory::load_file(&target).expect("the written file passes the checks");
    assert_eq!(loaded.event.name, "Salon de l'Été 2026");
    assert_eq!(loaded.event.id, "salon-de-l-ete-2026");

    std::fs::write(&target, "keep me").unwrap();
    let out = import(&["en-comma.csv", "-o", target_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("already exists; use --force to replace it"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");

    let out = import(&["en-comma.csv", "-o", target_arg, "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(directory::load_file(&target).is_ok());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn the_example_files_import_cleanly() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    for name in ["exposants.csv", "exhibitors.csv"] {
        let out = maillage().arg("import").arg(examples.join(name)).run();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("warning"),
            "{name}: {}",
            stderr(&out)
        );
        directory::parse(std::str::from_utf8(&out.stdout).unwrap()).unwrap();
    }
}

#[test]
fn a_missing_input_file_is_a_clear_error() {
    let out = import(&["nope.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "nope.csv: cannot read: no such file or directory\n"
    );
}

/// An unclosed quote is refused where it opens, instead of swallowing the
/// rows after it; with Windows or old Mac line ends, problems are placed on
/// the lines an editor shows; a successful import counts the rows it read.
#[test]
fn no_row_is_lost_and_line_ends_do_not_move_positions() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let quote = write(
        "quote.csv",
        "stand;organisation\nA1;\"Foyer;social\nA2;Caritas\nA3;Croix-Rouge\n",
    );
    let out = maillage().args(["import", &quote]).run();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("quote.csv:2:4: "), "{}", stderr(&out));
    assert!(stderr(&out).contains("never closed"), "{}", stderr(&out));

    let rows = "stand;organisation\nA1;Caritas\nA2;Croix-Rouge\nA1;Autre\n";
    for (name, end) in [("lf.csv", "\n"), ("crlf.csv", "\r\n"), ("cr.csv", "\r")] {
        let path = write(name, &rows.replace('\n', end));
        let out = maillage().args(["import", &path]).run();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let said = stderr(&out);
        assert!(
            said.contains(&format!(
                "{name}:4:1: stand number A1 is already used on line 2"
            )),
            "{name}: {said}"
        );
    }

    let good = write(
        "good.csv",
        "stand;organisation\r\nA1;Caritas\r\nA2;Croix-Rouge\r\n",
    );
    let output = dir.path().join("out.json");
    let out = maillage().args(["import", &good, "-o"]).arg(&output).run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 rows read: 2 stands"),
        "{}",
        stderr(&out)
    );
}

/// What the importer writes into the directory (the hall, its entrance,
/// the plan's note, the event's note) is in the language of `--lang`.
#[test]
fn the_texts_the_importer_writes_follow_the_language() {
    for (lang, hall, entrance, note) in [
        ("en", "Hall", "Entrance", "Illustrative plan"),
        ("fr", "Salle", "Entrée", "Plan illustratif"),
    ] {
        let out = maillage()
            .args(["--lang", lang, "import", "exposants.csv"])
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples"))
            .run();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let directory = directory::parse(&stdout(&out)).unwrap();
        let venue = directory.venue.unwrap();
        assert_eq!(venue.halls[0].name, hall, "{lang}");
        assert_eq!(venue.halls[0].entrances[0].name, entrance, "{lang}");
        assert!(venue.note.unwrap().starts_with(note), "{lang}");
    }
}
