//! `maillage plan` with starred talks: the day plan end to end, on the
//! default directory given a programme here, with stars written through the
//! plan file.

use std::path::{Path, PathBuf};

use maillage::directory;
use maillage::i18n::Lang;
use maillage::tui::plan::PlanAction as P;
use maillage::tui::{Action, App, Tab};
use maillage::venue::plan::PlanFile;
use ratatui::style::Color;

use crate::common::cli::{Run, maillage_in, stderr, stdout};
use crate::common::draw::{app_on, draw, select, text, type_text};
use crate::common::fixtures::{DEFAULT_EVENT as EVENT, default_directory_json};

const AT: &str = "2022-11-17T09:00:00+01:00";

/// The default directory with four talks: at the tribune (09:30–10:00), in
/// the hall (09:50, no end: it overlaps), one with no time, one over by 09:00.
fn directory_with_talks(dir: &Path) -> PathBuf {
    let path = dir.join("directory.json");
    std::fs::write(&path, serde_json::to_string(&with_talks()).unwrap()).unwrap();
    path
}

fn with_talks() -> serde_json::Value {
    let mut json = default_directory_json();
    json["programme"] = serde_json::json!({
        "talks": [
            {"id": "ouverture", "title": "Ouverture",
             "start": "2022-11-17T09:30:00+01:00", "end": "2022-11-17T10:00:00+01:00",
             "place": {"landmark": "tribune"}},
            {"id": "table-ronde", "title": "Table ronde",
             "start": "2022-11-17T09:50:00+01:00", "place": {"hall": "grande-salle"}},
            {"id": "sans-heure", "title": "Sans heure", "place": {"landmark": "tribune"}},
            {"id": "passee", "title": "Passée",
             "start": "2022-11-17T08:00:00+01:00", "end": "2022-11-17T08:30:00+01:00"}
        ]
    });
    json
}

fn write_plan(dir: &Path, stands: &[&str], visited: &[&str], talks: &[&str]) {
    let mut plan = PlanFile::default();
    let event = plan.event_mut(EVENT);
    for (i, stand) in stands.iter().enumerate() {
        event.set_starred(stand, true, 10 + i as u64);
    }
    for stand in visited {
        event.set_visited(stand, true, 100);
    }
    for talk in talks {
        event.set_talk_starred(talk, true, 50);
    }
    std::fs::write(dir.join("plan.json"), plan.to_json()).unwrap();
}

const ALL_TALKS: &[&str] = &["ouverture", "table-ronde", "sans-heure", "passee"];

fn plan_at(dir: &Path, data: &Path, extra: &[&str]) -> std::process::Output {
    maillage_in(dir)
        .arg("--data")
        .arg(data)
        .args(["plan", "--at", AT])
        .args(extra)
        .run()
}

#[test]
fn stands_fill_the_gaps_between_the_talks_with_times_walks_and_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let data = directory_with_talks(dir.path());
    write_plan(dir.path(), &["A6", "C3", "A1", "B2"], &["B2"], ALL_TALKS);
    let out = plan_at(dir.path(), &data, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..9],
        [
            "Plan for the day, from 09:00, from the main entrance",
            "  09:00–09:10  ★ C3  +10 m, 10 s on foot  Direction des affaires sociales",
            "  09:10–09:20  ★ A1  +22 m, 20 s on foot  Caritas",
            "  09:30–10:00  ◆ Talk: Ouverture  +18 m, 15 s on foot to the tribune",
            "  09:50–10:20  ◆ Talk: Table ronde  +20 m, 20 s on foot \
             to the hall “Grande salle du centre culturel de Bonnevoie”",
            "               · end not given: 30 min assumed",
            "               ! late: you get there 11 min after it starts",
            "  10:20–10:30  ★ A6  +26 m, 25 s on foot  Wunnéngshëllef",
            "               ! does not fit before “Table ronde”: seen at the end",
        ],
        "{text}"
    );
    assert!(lines[9].starts_with("Total: 96 m"), "{text}");
    assert_eq!(lines[10], "Assumed: 10 min at each stand.");
    assert_eq!(
        lines[11..13],
        ["Time unknown: not planned", "     ◆ Sans heure"]
    );
    assert_eq!(lines[13..15], ["Already over", "     ◆ Passée"]);
    assert!(text.contains("✓ B2 (visited)"), "{text}");
}

#[test]
fn the_day_plan_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let data = directory_with_talks(dir.path());
    write_plan(dir.path(), &["A1"], &[], &["ouverture"]);
    let out = maillage_in(dir.path())
        .env("LANG", "fr_LU.UTF-8")
        .arg("--data")
        .arg(&data)
        .args(["plan", "--at", AT])
        .run();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Plan de la journée, à partir de 09:00, depuis l'entrée principale\n"),
        "{text}"
    );
    assert!(
        text.contains("◆ Intervention\u{a0}: Ouverture  +") && text.contains("jusqu'à la tribune"),
        "{text}"
    );
    assert!(
        text.contains("Hypothèse : 10 min à chaque stand."),
        "{text}"
    );
}

#[test]
fn json_gives_each_stop_with_its_times_walk_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let data = directory_with_talks(dir.path());
    write_plan(dir.path(), &["A6", "C3", "A1"], &[], ALL_TALKS);
    let out = plan_at(dir.path(), &data, &["--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["at"], AT);
    assert_eq!(json["stand_minutes"], 10);
    let items = json["items"].as_array().unwrap();
    let kinds: Vec<&str> = items.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["stand", "stand", "talk", "talk", "stand"]);
    assert_eq!(items[2]["talk"]["id"], "ouverture");
    assert_eq!(items[2]["place"]["kind"], "landmark");
    assert_eq!(items[2]["place"]["landmark"], "tribune");
    assert_eq!(items[0]["arrive"], "2022-11-17T09:00:08+01:00");
    assert_eq!(
        items[3]["notes"][0],
        "late: you get there 11 min after it starts"
    );
    let walked: f64 = items.iter().map(|i| i["walk_m"].as_f64().unwrap()).sum();
    assert!((walked - json["total_m"].as_f64().unwrap()).abs() < 1e-9);
    assert_eq!(json["unknown_time"][0]["id"], "sans-heure");
    assert_eq!(json["over"][0]["id"], "passee");
}

#[test]
fn without_starred_talks_the_plan_is_the_tour() {
    let dir = tempfile::tempdir().unwrap();
    let data = directory_with_talks(dir.path());
    write_plan(dir.path(), &["A6", "C3"], &[], &[]);
    let out = plan_at(dir.path(), &data, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Your tour from: Entrée principale\n"),
        "{text}"
    );
    assert!(text.contains("  1. ★ C3"), "{text}");
}

#[test]
fn a_time_without_offset_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = directory_with_talks(dir.path());
    let out = maillage_in(dir.path())
        .arg("--data")
        .arg(&data)
        .args(["plan", "--at", "2022-11-17T09:00:00"])
        .run();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("--at \"2022-11-17T09:00:00\": not a time with its offset"),
        "{err}"
    );
}

/// "Ma visite" at 09:00 on the event's day, with stands and talks starred
/// in the app as a visitor stars them.
fn visit_with_talks(lang: Lang) -> App {
    let directory = directory::parse(&with_talks().to_string()).expect("a valid directory");
    let mut app = app_on(directory, lang, 100, 30, false);
    app.set_now(AT.parse().unwrap());
    for stand in ["A6", "C3", "A1", "B2"] {
        select(&mut app, stand);
        app.update(Action::Plan(P::ToggleStar));
    }
    app.update(Action::Plan(P::ToggleVisited)); // B2
    toggle_every_talk_star(&mut app);
    app.update(Action::ClearSearch);
    while app.tab() != Tab::Visit {
        app.update(Action::NextTab);
    }
    app
}

/// On the Programme tab, stars (or unstars) each of the four talks.
fn toggle_every_talk_star(app: &mut App) {
    while app.tab() != Tab::Programme {
        app.update(Action::NextTab);
    }
    for title in ["Ouverture", "Table ronde", "Sans heure", "Passée"] {
        app.update(Action::ClearSearch);
        type_text(app, title);
        app.update(Action::Plan(P::ToggleStar));
    }
}

#[test]
fn ma_visite_shows_the_day_plan_with_times_talks_and_warnings() {
    let app = visit_with_talks(Lang::En);
    let buffer = draw(&app);
    let screen = text(&buffer);
    let row = |what: &str| screen.lines().position(|l| l.contains(what)).unwrap();
    assert!(
        row("09:30–10:00 ◆ Talk: Ouverture") < row("★ A6"),
        "{screen}"
    );
    let late = row("! late: you get there 11 min after it starts");
    assert_eq!(late, row("◆ Talk: Table ronde") + 2, "{screen}");
    assert_eq!(row("· end not given: 30 min assumed"), late - 1, "{screen}");
    let moved = row("does not fit before “Table ronde”: seen at the end");
    assert!(
        (1..90).any(|x| buffer[(x, moved as u16)].fg == Color::LightRed),
        "the warning stands out"
    );
    assert!(screen.contains("Time unknown: not planned"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn ma_visite_day_plan_fr() {
    let app = visit_with_talks(Lang::Fr);
    let screen = text(&draw(&app));
    assert!(
        screen.contains("◆ Intervention\u{a0}: Ouverture"),
        "{screen}"
    );
    assert!(
        screen.contains("Hypothèse : 10 min à chaque stand."),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

/// On a talk's row, "visited" has no stand to act on; on a stand's row it does.
#[test]
fn a_talk_row_is_not_a_stand_to_tick_off() {
    let mut app = visit_with_talks(Lang::En);
    let rows = app.visit_rows();
    let talk = rows.iter().position(|r| r.is_talk()).unwrap();
    app.update(Action::Plan(P::VisitFirst));
    for _ in 0..talk {
        app.update(Action::Plan(P::VisitMove(1)));
    }
    app.update(Action::Plan(P::ToggleVisited));
    assert_eq!(app.visit_rows(), rows, "nothing changed");
}

/// The day plan is planned in `update`, when what it depends on changes
/// (here the clock), never while drawing: it is there before any frame,
/// and a later minute plans it again from that minute.
#[test]
fn the_day_plan_is_ready_before_drawing_and_follows_the_clock() {
    let mut app = visit_with_talks(Lang::En);
    let from = |app: &App| match app.day_plan() {
        Some(Ok(plan)) => plan.clock(plan.from),
        other => panic!("a day plan, not {:?}", other.map(Result::is_ok)),
    };
    assert_eq!(from(&app), "09:00");
    app.set_now("2022-11-17T09:20:40+01:00".parse().unwrap());
    assert_eq!(from(&app), "09:20", "planned again, from the whole minute");
    let screen = text(&draw(&app));
    assert!(screen.contains("09:20"), "{screen}");
    // Unstarring every talk leaves the tour.
    toggle_every_talk_star(&mut app);
    assert!(app.day_plan().is_none(), "no starred talk: no day plan");
}
