//! `plan.json` through the TUI: saved at every change, 0600, merged with
//! another instance's changes, and a file that cannot be read is left
//! byte-for-byte as it was while the plan stays read-only.

use maillage::directory;
use maillage::i18n::Lang;
use maillage::store::Store;
use maillage::tui::plan::PlanAction as P;
use maillage::tui::{Action, App};
use maillage::venue::plan::PlanFile;

use crate::common::draw::{app_on, draw, select, text};
use crate::common::fixtures::DEFAULT_EVENT as EVENT;

fn app_in(dir: &std::path::Path) -> App {
    let mut app = app_on(directory::default_directory(), Lang::En, 100, 30, true);
    app.open_plan_store(dir);
    app
}

/// An app over `dir`, whose plan file holds `corrupt`: read-only.
fn app_with_unreadable_plan(dir: &std::path::Path, corrupt: &[u8]) -> (std::path::PathBuf, App) {
    let path = dir.join("plan.json");
    std::fs::write(&path, corrupt).unwrap();
    let app = app_in(dir);
    assert!(app.plan().is_read_only());
    (path, app)
}

fn screen(app: &App) -> String {
    text(&draw(app))
}

fn on_disk(dir: &std::path::Path) -> PlanFile {
    let bytes = std::fs::read(dir.join("plan.json")).unwrap();
    maillage::store::parse::<PlanFile>(&bytes).unwrap()
}

#[test]
fn every_change_is_saved_at_once_in_a_private_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    assert!(
        !dir.path().join("plan.json").exists(),
        "opening never writes"
    );
    select(&mut app, "B4");
    app.update(Action::Plan(P::ToggleStar));
    assert_eq!(on_disk(dir.path()).event(EVENT).starred(), ["B4"]);
    app.update(Action::Plan(P::ToggleVisited));
    assert!(on_disk(dir.path()).event(EVENT).is_visited("B4"));
    app.update(Action::Plan(P::SetHere));
    assert_eq!(on_disk(dir.path()).event(EVENT).position(), Some("B4"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("plan.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A new session finds it all again.
    let again = app_in(dir.path());
    let event = again.plan().event_plan();
    assert_eq!(
        (event.starred(), event.position()),
        (vec!["B4".to_string()], Some("B4"))
    );
}

#[test]
fn two_instances_keep_each_others_stars() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = app_in(dir.path());
    let mut second = app_in(dir.path());
    select(&mut first, "A1");
    first.update(Action::Plan(P::ToggleStar));
    select(&mut second, "C2");
    second.update(Action::Plan(P::ToggleStar));
    let mut starred = on_disk(dir.path()).event(EVENT).starred();
    starred.sort();
    assert_eq!(starred, ["A1", "C2"]);
}

#[test]
fn a_corrupt_plan_file_is_left_untouched_and_the_plan_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let corrupt = b"{\n  \"format\": \"maillage-plan\",\n  \"version\": 1,\n  \"events\": {oops\n";
    let (path, mut app) = app_with_unreadable_plan(dir.path(), corrupt);
    let message = app.plan().message().expect("the TUI says so").to_string();
    assert!(message.contains("plan.json:4:"), "{message}");
    assert!(message.contains("read-only"), "{message}");

    select(&mut app, "B4");
    app.update(Action::Plan(P::ToggleStar));
    app.update(Action::Plan(P::ToggleVisited));
    app.update(Action::Plan(P::SetHere));
    assert_eq!(std::fs::read(&path).unwrap(), corrupt, "byte for byte");
    assert!(app.plan().event_plan().starred().is_empty());

    app.update(Action::Plan(P::ShowOnPlan));
    let shown = screen(&app);
    assert!(shown.contains("read-only"), "{shown}");
    // The store itself agrees: read-only, and it never wrote.
    let store: Store<PlanFile> = Store::open(&path);
    assert!(store.is_read_only());
}

#[test]
fn f9_sets_an_unreadable_plan_file_aside_after_asking() {
    use maillage::tui::keymap::action_for_key;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let corrupt = b"{ \"format\": \"maillage-plan\", oops";
    let (path, mut app) = app_with_unreadable_plan(dir.path(), corrupt);
    let f9 = KeyEvent::new(KeyCode::F(9), KeyModifiers::NONE);
    let action = action_for_key(&f9, &app.contexts()).expect("F9 is bound");
    assert_eq!(action, Action::SetAsidePlan);
    // It asks first; "no" changes nothing.
    app.update(action.clone());
    assert!(screen(&app).contains("Set the unreadable plan file aside"));
    app.update(Action::ConfirmNo);
    assert_eq!(std::fs::read(&path).unwrap(), corrupt);
    // "Yes": the file is renamed, never deleted, and the plan is writable.
    app.update(action);
    app.update(Action::ConfirmYes);
    assert!(!app.plan().is_read_only());
    let moved: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("plan.json.broken-"))
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(std::fs::read(dir.path().join(&moved[0])).unwrap(), corrupt);
    select(&mut app, "B4");
    app.update(Action::Plan(P::ToggleStar));
    assert_eq!(on_disk(dir.path()).event(EVENT).starred(), ["B4"]);
    // With the file fine, F9 is not a plan command any more.
    assert_ne!(
        action_for_key(&f9, &app.contexts()),
        Some(Action::SetAsidePlan)
    );
}
