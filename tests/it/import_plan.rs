//! `maillage import --plan`: a plan drawn as text, through the real binary;
//! routes into a second hall (through a drawn door, or by a hall's own
//! entrance when the sheet's positions give no doors); and the default
//! hall drawn, which gives the default directory's stand rectangles.

use std::path::{Path, PathBuf};

use maillage::directory::{self, Directory};
use maillage::i18n::Lang;
use maillage::import::{Options, drawing, import_csv};

use crate::common::cli::{Run, maillage, stderr, stdout};
use crate::common::fixtures::{fixture, fixture_arg};
use crate::common::pty::{Launch, Session, assert_terminal_restored};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples")
}

/// Imports `data/examples/exposants.csv` with the example plan into `dir`.
fn import_example(dir: &Path) -> PathBuf {
    let out_path = dir.join("salon.json");
    let out = maillage()
        .args(["import", "exposants.csv", "--plan", "salle.txt", "-o"])
        .arg(&out_path)
        .current_dir(examples())
        .env("LANG", "C.UTF-8")
        .run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out_path
}

fn route(data: &Path, to: &str, lang: &str) -> std::process::Output {
    maillage()
        .arg("--data")
        .arg(data)
        .args(["route", "entrance", to])
        .env("LANG", lang)
        .run()
}

#[test]
fn a_drawn_plan_routes_from_the_entrance_through_the_door_to_the_second_hall() {
    let dir = tempfile::tempdir().unwrap();
    let data = import_example(dir.path());
    let check = maillage().arg("check").arg(&data).run();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let out = route(&data, "A10", "C.UTF-8");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("From the main entrance"), "{text}");
    assert!(
        text.contains("go through the door “Porte vers la petite salle” to Petite salle"),
        "{text}"
    );
    assert!(text.contains("stand A10 is on your"), "{text}");
}

#[test]
fn with_positions_and_two_halls_the_second_is_reached_by_its_own_entrance() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("positions.json");
    let out = maillage()
        .args(["import", &fixture_arg("import/positions-fr.csv"), "-o"])
        .arg(&data)
        .env("LANG", "C.UTF-8")
        .run();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("each hall has an entrance of its own"),
        "{}",
        stderr(&out)
    );
    let check = maillage().arg("check").arg(&data).run();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    // Stand 4 is in the Annexe: no door leads there from the main entrance.
    let out = route(&data, "4", "C.UTF-8");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("From the entrance “Entrance – Annexe”, walk"),
        "{text}"
    );
    assert!(text.contains("stand 4 is on your left"), "{text}");
    let out = route(&data, "4", "fr_FR.UTF-8");
    let text = stdout(&out);
    assert!(
        text.starts_with("Depuis l'entrée « Entrance – Annexe »"),
        "{text}"
    );
}

#[test]
fn problems_name_the_file_they_are_in() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("salle.txt");
    std::fs::write(
        &plan,
        "hall: H\n##########\n# +-A1-+ #\n# +-*--+ #\n# QQ     #\n####E#####\n",
    )
    .unwrap();
    let out = maillage()
        .args(["import", &fixture_arg("import/positions-fr.csv"), "--plan"])
        .arg(&plan)
        .env("LANG", "C.UTF-8")
        .current_dir(dir.path())
        .run();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let shown = plan.display().to_string();
    assert_eq!(
        stderr(&out),
        format!(
            "{shown}:5:3: letter Q is not in the legend: add a line `Q: NAME (kind)` under \
             `legend:`, or draw the stand in a box\n"
        )
    );
    // Once the drawing reads, the sheet's stands not drawn are named at their rows.
    std::fs::write(
        &plan,
        "hall: H\n##########\n# +-1--+ #\n# +-*--+ #\n#        #\n####E#####\n",
    )
    .unwrap();
    let csv = fixture("import/positions-fr.csv");
    let out = maillage()
        .arg("import")
        .arg(&csv)
        .arg("--plan")
        .arg(&plan)
        .env("LANG", "fr_FR.UTF-8")
        .run();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let csv = csv.display().to_string();
    let not_drawn = |line: usize, stand: usize| {
        format!(
            "{csv}:{line}:1: le stand {stand} n'est pas dessiné sur le plan (--plan) : dessinez \
             son cadre avec son numéro dedans\n"
        )
    };
    let counted =
        format!("{csv} : 4 lignes lues : 1 stand, 3 lignes refusées ; rien n'a été écrit\n");
    assert_eq!(
        err,
        [not_drawn(3, 2), not_drawn(4, 3), not_drawn(5, 4), counted].concat()
    );
}

/// The default directory's hall, drawn in `data/examples`: importing its
/// stand numbers with the drawing gives the same rectangles and sides,
/// walls, entrances and landmarks as the default directory.
#[test]
fn the_drawn_default_hall_gives_the_default_layout() {
    let default = directory::default_directory();
    let mut csv = String::from("stand;organisation\n");
    for stand in &default.stands {
        csv.push_str(&format!("{};Org {}\n", stand.number, stand.number));
    }
    let plan = std::fs::read(examples().join("grande-salle-bonnevoie.txt")).unwrap();
    let options = Options {
        event_name: "Assises".into(),
        lang: Lang::Fr,
        plan: Some(drawing::parse(&plan).unwrap()),
    };
    let imported: Directory = import_csv(csv.as_bytes(), &options).unwrap().directory;
    for (drawn, stand) in imported.stands.iter().zip(&default.stands) {
        let (a, b) = (
            drawn.location.as_ref().unwrap(),
            stand.location.as_ref().unwrap(),
        );
        assert_eq!(
            (a.x, a.y, a.w, a.h, a.approach),
            (b.x, b.y, b.w, b.h, b.approach),
            "stand {}",
            stand.number
        );
    }
    let (a, b) = (
        &imported.venue.as_ref().unwrap().halls[0],
        &default.venue.as_ref().unwrap().halls[0],
    );
    assert_eq!(
        (a.width, a.height, a.metres_per_cell),
        (b.width, b.height, b.metres_per_cell)
    );
    assert_eq!(a.name, b.name.as_str());
    let cells = |walls: &[directory::Rect]| {
        let mut cells: Vec<(u32, u32)> = walls
            .iter()
            .flat_map(|r| (r.x..r.x + r.w).flat_map(move |x| (r.y..r.y + r.h).map(move |y| (x, y))))
            .collect();
        cells.sort_unstable();
        cells
    };
    assert_eq!(cells(&a.walls), cells(&b.walls));
    let entrances = |h: &directory::Hall| {
        let mut e: Vec<_> = h
            .entrances
            .iter()
            .map(|e| (e.name.clone(), e.x, e.y, e.main))
            .collect();
        e.sort_by(|a, b| a.0.cmp(&b.0));
        e
    };
    assert_eq!(entrances(a), entrances(b));
    let landmarks = |h: &directory::Hall| {
        let mut l: Vec<_> = h
            .landmarks
            .iter()
            .map(|l| (l.name.clone(), l.kind, l.rect(), l.walkable))
            .collect();
        l.sort_by(|a, b| a.0.cmp(&b.0));
        l
    };
    assert_eq!(landmarks(a), landmarks(b));
}

/// The imported directory with its drawn plan, in a real terminal: a stand
/// of the second hall is found, and its route shown through the door.
#[test]
fn the_tui_routes_to_a_stand_of_the_second_hall() {
    let dir = tempfile::tempdir().unwrap();
    let data = import_example(dir.path());
    let data = data.to_str().unwrap();
    let config = tempfile::tempdir().unwrap();
    let mut app = Session::start(Launch {
        args: &["--data", data],
        cols: 100,
        rows: 30,
        config_dir: Some(config.path()),
        env: &[("LANG", "C.UTF-8")],
        ..Launch::default()
    });
    app.wait_for("exposants");
    app.search("A10");
    app.wait_for("Médecins du Monde");
    app.send("\r");
    let screen = app.wait_for("How to get there");
    assert!(!screen.contains("No path"), "{screen}");
    app.wait_for("Porte vers la petite salle");
    app.send("\x1bOR"); // F3: the plan
    let screen = app.wait_for("Route to stand A10");
    assert!(screen.contains("•••"), "the route is drawn:\n{screen}");
    assert!(!screen.to_lowercase().contains("no path"), "{screen}");
    app.send("q");
    assert_eq!(app.wait_exit(), 0);
    assert_terminal_restored(&app);
}
