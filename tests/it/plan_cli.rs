//! `maillage plan` end to end: the tour read from `plan.json` (never written).

use std::path::Path;

use maillage::venue::plan::PlanFile;

use crate::common::cli::{Run, maillage_in, stderr, stdout};
use crate::common::fixtures::DEFAULT_EVENT as EVENT;

fn write_plan(dir: &Path, starred: &[&str], visited: &[&str], here: Option<&str>) {
    let mut plan = PlanFile::default();
    let event = plan.event_mut(EVENT);
    for (i, stand) in starred.iter().enumerate() {
        event.set_starred(stand, true, 10 + i as u64);
    }
    for stand in visited {
        event.set_visited(stand, true, 100);
    }
    event.set_position(here, 200);
    std::fs::write(dir.join("plan.json"), plan.to_json()).unwrap();
}

#[test]
fn prints_the_starred_stands_in_walking_order_with_legs_and_total() {
    let dir = tempfile::tempdir().unwrap();
    // Starred far, near, far: the tour walks them nearest first.
    write_plan(dir.path(), &["A6", "C3", "A1", "B2"], &["B2"], None);
    let out = maillage_in(dir.path()).args(["plan"]).run();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Your tour from: Entrée principale", "{text}");
    assert!(
        lines[1].starts_with("  1. ★ C3") && lines[1].contains("+10 m"),
        "{text}"
    );
    assert!(
        lines[2].contains("★ A1") || lines[2].contains("★ A6"),
        "{text}"
    );
    assert!(lines[4].starts_with("Total: "), "{text}");
    assert!(text.contains("✓ B2 (visited)"), "{text}");
    // Reading never writes.
    let listing: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(listing.len(), 1, "only plan.json: {listing:?}");
}

#[test]
fn json_gives_the_stops_the_legs_and_the_total() {
    let dir = tempfile::tempdir().unwrap();
    write_plan(dir.path(), &["A6", "C3"], &[], Some("B4"));
    let out = maillage_in(dir.path()).args(["plan", "--json"]).run();
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["from"]["kind"], "stand");
    assert_eq!(json["from"]["number"], "B4");
    let stops = json["stops"].as_array().unwrap();
    assert_eq!(stops.len(), 2);
    let legs: f64 = stops.iter().map(|s| s["leg_m"].as_f64().unwrap()).sum();
    assert!((legs - json["total_m"].as_f64().unwrap()).abs() < 1e-9);
}

#[test]
fn nothing_starred_says_how_to_star() {
    let dir = tempfile::tempdir().unwrap();
    let out = maillage_in(dir.path()).args(["plan"]).run();
    assert!(out.status.success());
    assert!(stdout(&out).contains("No stand starred yet"));
}

#[test]
fn a_corrupt_plan_file_is_an_error_with_its_position_and_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, "{\"format\": \"maillage-plan\", \"version\": 1,,}").unwrap();
    let out = maillage_in(dir.path()).args(["plan"]).run();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("plan.json:1:"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"format\": \"maillage-plan\", \"version\": 1,,}"
    );
}
