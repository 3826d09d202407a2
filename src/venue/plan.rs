//! What a visitor starred, visited, and where they are, per event.
//!
//! Pure data and operations; reading and writing `plan.json` is the store's
//! job. Every item carries the time it last changed, and an unstarred stand
//! keeps a record (`on: false`), so two copies edited apart (two terminals, two
//! machines) [`merge`](PlanFile::merge) sanely: per item, the later change
//! wins; on a tie, "starred"/"visited" wins, so nothing is silently lost.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format tag a plan file carries.
pub const FORMAT: &str = "maillage-plan";
/// The version of the plan format this build writes; it reads 1 and 2.
/// Version 2 added the starred talks (`talks`), so a build that knows
/// nothing of them says the file is newer rather than failing on the field.
pub const FORMAT_VERSION: u32 = 2;

/// Every event's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    pub format: String,
    pub version: u32,
    /// By event id.
    #[serde(default)]
    pub events: BTreeMap<String, EventPlan>,
}

/// One event's plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventPlan {
    /// By stand number.
    #[serde(default)]
    pub starred: BTreeMap<String, Mark>,
    /// By stand number.
    #[serde(default)]
    pub visited: BTreeMap<String, Mark>,
    /// "You are here".
    #[serde(default)]
    pub position: Position,
    /// Starred talks, by talk id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub talks: BTreeMap<String, Mark>,
}

/// Whether an item is set, and when that last changed (milliseconds since
/// the Unix epoch, as given by the caller).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    pub on: bool,
    pub at: u64,
}

/// The stand the visitor is at, `None` for the main entrance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub stand: Option<String>,
    #[serde(default)]
    pub at: u64,
}

impl Default for PlanFile {
    fn default() -> Self {
        PlanFile {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            events: BTreeMap::new(),
        }
    }
}

impl PlanFile {
    /// Pretty JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The plan of one event, empty when nothing was recorded.
    pub fn event(&self, event_id: &str) -> EventPlan {
        self.events.get(event_id).cloned().unwrap_or_default()
    }

    /// The plan of one event, to change it.
    pub fn event_mut(&mut self, event_id: &str) -> &mut EventPlan {
        self.events.entry(event_id.to_string()).or_default()
    }

    /// Both files' events, item by item: the later change wins; on a tie,
    /// set beats unset. Commutative, so it does not matter which side is "ours".
    pub fn merge(&self, other: &PlanFile) -> PlanFile {
        let mut merged = self.clone();
        for (id, theirs) in &other.events {
            let ours = merged.events.entry(id.clone()).or_default();
            *ours = ours.merge(theirs);
        }
        merged
    }
}

impl EventPlan {
    pub fn is_starred(&self, stand: &str) -> bool {
        self.starred.get(stand).is_some_and(|m| m.on)
    }

    pub fn is_visited(&self, stand: &str) -> bool {
        self.visited.get(stand).is_some_and(|m| m.on)
    }

    /// The starred stands, in the order they were starred.
    pub fn starred(&self) -> Vec<String> {
        on_in_order(&self.starred)
    }

    /// The visited stands, in the order they were visited.
    pub fn visited(&self) -> Vec<String> {
        on_in_order(&self.visited)
    }

    pub fn position(&self) -> Option<&str> {
        self.position.stand.as_deref()
    }

    pub fn set_starred(&mut self, stand: &str, on: bool, now: u64) {
        set(&mut self.starred, stand, on, now);
    }

    /// Stars or unstars; returns whether the stand is now starred.
    pub fn toggle_starred(&mut self, stand: &str, now: u64) -> bool {
        let on = !self.is_starred(stand);
        self.set_starred(stand, on, now);
        on
    }

    pub fn is_talk_starred(&self, talk: &str) -> bool {
        self.talks.get(talk).is_some_and(|m| m.on)
    }

    /// The starred talks' ids, in the order they were starred.
    pub fn starred_talks(&self) -> Vec<String> {
        on_in_order(&self.talks)
    }

    pub fn set_talk_starred(&mut self, talk: &str, on: bool, now: u64) {
        set(&mut self.talks, talk, on, now);
    }

    /// Stars or unstars a talk; returns whether it is now starred.
    pub fn toggle_talk_starred(&mut self, talk: &str, now: u64) -> bool {
        let on = !self.is_talk_starred(talk);
        self.set_talk_starred(talk, on, now);
        on
    }

    pub fn set_visited(&mut self, stand: &str, on: bool, now: u64) {
        set(&mut self.visited, stand, on, now);
    }

    /// Marks visited or not; returns whether the stand is now visited.
    pub fn toggle_visited(&mut self, stand: &str, now: u64) -> bool {
        let on = !self.is_visited(stand);
        self.set_visited(stand, on, now);
        on
    }

    /// "I am at this stand"; `None` goes back to the main entrance.
    pub fn set_position(&mut self, stand: Option<&str>, now: u64) {
        self.position = Position {
            stand: stand.map(str::to_string),
            at: later_than(now, self.position.at),
        };
    }

    pub fn merge(&self, other: &EventPlan) -> EventPlan {
        let position = match self.position.at.cmp(&other.position.at) {
            std::cmp::Ordering::Greater => self.position.clone(),
            std::cmp::Ordering::Less => other.position.clone(),
            // Same instant: pick by content, so merge stays commutative.
            std::cmp::Ordering::Equal => {
                let rank = |p: &Position| (p.stand.is_some(), std::cmp::Reverse(p.stand.clone()));
                if rank(&self.position) >= rank(&other.position) {
                    self.position.clone()
                } else {
                    other.position.clone()
                }
            }
        };
        EventPlan {
            starred: merge_marks(&self.starred, &other.starred),
            visited: merge_marks(&self.visited, &other.visited),
            position,
            talks: merge_marks(&self.talks, &other.talks),
        }
    }
}

/// A change made here must supersede what is recorded even when the clock
/// went backwards, or a merge would undo it.
fn later_than(now: u64, previous: u64) -> u64 {
    now.max(previous.saturating_add(1))
}

fn set(marks: &mut BTreeMap<String, Mark>, stand: &str, on: bool, now: u64) {
    let previous = marks.get(stand).map_or(0, |m| m.at);
    marks.insert(
        stand.to_string(),
        Mark {
            on,
            at: later_than(now, previous),
        },
    );
}

fn on_in_order(marks: &BTreeMap<String, Mark>) -> Vec<String> {
    let mut on: Vec<(&String, &Mark)> = marks.iter().filter(|(_, m)| m.on).collect();
    on.sort_by_key(|(stand, m)| (m.at, *stand));
    on.into_iter().map(|(stand, _)| stand.clone()).collect()
}

fn merge_marks(a: &BTreeMap<String, Mark>, b: &BTreeMap<String, Mark>) -> BTreeMap<String, Mark> {
    let mut merged = a.clone();
    for (stand, theirs) in b {
        merged
            .entry(stand.clone())
            .and_modify(|ours| {
                if (theirs.at, theirs.on) > (ours.at, ours.on) {
                    *ours = *theirs;
                }
            })
            .or_insert(*theirs);
    }
    merged
}

/// The name of the plan file in the configuration folder, beside the notes.
pub const FILE_NAME: &str = "plan.json";

/// Kept by [`crate::store::Store`]: atomic, locked, never overwriting a file
/// it cannot read, merged item by item with what another instance wrote.
impl crate::store::Document for PlanFile {
    const FORMAT: &'static str = FORMAT;
    const VERSION: u64 = FORMAT_VERSION as u64;
    const OLDEST_VERSION: u64 = 1;
    const WHAT: &'static str = "plan";

    fn merge(ours: Self, theirs: Self) -> Self {
        ours.merge(&theirs)
    }

    fn set_version(&mut self) {
        self.version = FORMAT_VERSION;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_and_visits_toggle_and_keep_their_order() {
        let mut plan = PlanFile::default();
        let event = plan.event_mut("assises");
        assert!(event.toggle_starred("B2", 10));
        assert!(event.toggle_starred("A1", 20));
        assert!(!event.toggle_starred("B2", 30));
        assert!(event.toggle_starred("C3", 40));
        assert_eq!(event.starred(), ["A1", "C3"]);
        assert!(event.toggle_visited("C3", 50));
        assert_eq!(event.visited(), ["C3"]);
        event.set_position(Some("C3"), 60);
        assert_eq!(plan.event("assises").position(), Some("C3"));
        assert_eq!(plan.event("other").starred(), Vec::<String>::new());
    }

    #[test]
    fn talks_are_starred_apart_from_stands_and_merge_the_same_way() {
        let mut a = EventPlan::default();
        assert!(a.toggle_talk_starred("ouverture", 10));
        assert!(a.toggle_talk_starred("croix-rouge", 20));
        assert!(!a.is_starred("ouverture"));
        assert_eq!(a.starred_talks(), ["ouverture", "croix-rouge"]);
        let mut b = a.clone();
        b.set_talk_starred("ouverture", false, 30);
        a.set_talk_starred("table-ronde", true, 25);
        let merged = a.merge(&b);
        assert_eq!(merged, b.merge(&a));
        assert_eq!(merged.starred_talks(), ["croix-rouge", "table-ronde"]);
    }

    #[test]
    fn a_version_1_file_reads_with_no_starred_talks() {
        let v1 = br#"{"format": "maillage-plan", "version": 1,
            "events": {"e": {"starred": {"A1": {"on": true, "at": 1}}}}}"#;
        let plan = crate::store::parse::<PlanFile>(v1).unwrap();
        assert_eq!(plan.event("e").starred(), ["A1"]);
        assert!(plan.event("e").starred_talks().is_empty());
    }

    #[test]
    fn a_change_supersedes_the_record_even_if_the_clock_went_back() {
        let mut event = EventPlan::default();
        event.set_starred("A1", true, 1000);
        event.set_starred("A1", false, 500);
        assert_eq!(
            event.starred["A1"],
            Mark {
                on: false,
                at: 1001
            }
        );
    }

    #[test]
    fn merge_takes_the_later_change_per_item_and_is_commutative() {
        let mut a = PlanFile::default();
        let mut b = PlanFile::default();
        a.event_mut("e").set_starred("A1", true, 10);
        a.event_mut("e").set_starred("B2", true, 10);
        b.event_mut("e").set_starred("B2", false, 20); // unstarred later elsewhere
        b.event_mut("e").set_starred("C3", true, 15);
        b.event_mut("e").set_position(Some("C3"), 30);
        a.event_mut("e").set_position(Some("A1"), 25);
        b.event_mut("f").set_visited("Z9", true, 5);
        let ab = a.merge(&b);
        assert_eq!(ab, b.merge(&a));
        let e = ab.event("e");
        assert_eq!(e.starred(), ["A1", "C3"]);
        assert_eq!(e.position(), Some("C3"));
        assert_eq!(ab.event("f").visited(), ["Z9"]);
    }

    #[test]
    fn on_a_tie_set_beats_unset() {
        let mut a = EventPlan::default();
        let mut b = EventPlan::default();
        a.set_visited("A1", true, 7);
        b.set_visited("A1", false, 7);
        assert!(a.merge(&b).is_visited("A1"));
        assert!(b.merge(&a).is_visited("A1"));
    }

    #[test]
    fn round_trips_and_refuses_other_formats() {
        use crate::store::{StoreReason, parse};
        let mut plan = PlanFile::default();
        plan.event_mut("e").set_starred("A1", true, 1);
        let text = plan.to_json();
        assert!(text.contains("\"format\": \"maillage-plan\""));
        assert_eq!(parse::<PlanFile>(text.as_bytes()), Ok(plan));
        let notes = br#"{"format": "maillage-notes", "version": 1}"#;
        let refused = parse::<PlanFile>(notes).unwrap_err();
        assert!(matches!(refused.reason, StoreReason::WrongFormat { .. }));
        let newer = br#"{"format": "maillage-plan", "version": 3}"#;
        let refused = parse::<PlanFile>(newer).unwrap_err();
        assert!(matches!(refused.reason, StoreReason::NewerVersion { .. }));
        let broken = parse::<PlanFile>(b"{").unwrap_err();
        assert!(matches!(broken.reason, StoreReason::Json(_)));
        assert_eq!((broken.line, broken.column), (1, 2));
    }

    /// A syntax error in a plan file is placed in characters, as in every
    /// other message that points into a file (serde_json counts bytes).
    #[test]
    fn syntax_errors_count_columns_in_characters() {
        // `x` is the 46th character of line 2 and its 47th byte.
        let text = "{\n  \"format\": \"maillage-plan\", \"events\": {\"é\": x}}";
        let problem = crate::store::parse::<PlanFile>(text.as_bytes()).unwrap_err();
        assert_eq!(
            (problem.line, problem.column),
            (2, 46),
            "{}",
            problem.message
        );
    }
}
