//! The day plan: the starred talks at their time, the starred stands in the
//! gaps between them, in a short walking order.
//!
//! Pure: the clock ("now") is given, nothing is read from the system.
//!
//! - Talks keep their time. A talk already over is dropped; a talk whose
//!   time is unknown is listed apart and never given one; a talk whose place
//!   is unknown or cannot be walked to keeps its time, with a note, and the
//!   walk to it is not counted.
//! - Before each talk, the stands still to see are ordered into a short
//!   walk from where you are (the tour's heuristics, [`super::tour`]) and
//!   taken in that order while the stand, its [`DayPlan::stand_minutes`]
//!   and the walk on to the talk end before the talk starts. A stand that
//!   does not fit waits for the next gap, and says so; after the last talk
//!   the gap has no end, so every stand is seen.
//! - A talk reached after it starts (a long walk, or the talk before it
//!   ending late) says by how many minutes.
//!
//! With no talk starred, the plan is the tour itself ([`super::tour::plan_tour`]).

use std::collections::HashSet;

use jiff::Timestamp;
use jiff::tz::Offset;

use super::grid::VenueGrid;
use super::route::{distance_matrix, walking_seconds};
use super::tour::order_stops;
use super::{Cell, Endpoint, Place, RouteError, talk_place};
use crate::directory::{Directory, Talk, TalkTime};

/// Minutes spent at a stand when nothing else is said: long enough to say
/// hello and take a leaflet. Shown in the plan as an assumption.
pub const DEFAULT_STAND_MINUTES: u32 = 10;

/// How long a talk whose end is not given is taken to last, in minutes.
/// Shown in the plan as an assumption.
pub const ASSUMED_TALK_MINUTES: u32 = 30;

/// A starred talk, as the plan needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct DayTalk {
    pub id: String,
    pub title: String,
    /// `None`: the time is unknown (or badly written).
    pub start: Option<TalkTime>,
    pub end: Option<TalkTime>,
    /// Where routes lead to it; `None` when the programme does not say, or
    /// names a room that is in no hall.
    pub place: Option<Place>,
}

impl DayTalk {
    pub fn from_talk(directory: &Directory, talk: &Talk) -> DayTalk {
        DayTalk {
            id: talk.id.to_string(),
            title: talk.title.to_string(),
            start: talk.start_time(),
            end: talk.end_time(),
            place: talk.place.as_ref().and_then(|p| talk_place(directory, p)),
        }
    }
}

/// The talks of `directory`'s programme whose ids are in `ids` (ids not in
/// the programme are left out), in programme order.
pub fn starred_talks(directory: &Directory, ids: &[String]) -> Vec<DayTalk> {
    let Some(programme) = &directory.programme else {
        return Vec::new();
    };
    programme
        .talks
        .iter()
        .filter(|t| ids.iter().any(|id| *id == t.id))
        .map(|t| DayTalk::from_talk(directory, t))
        .collect()
}

/// What is planned at one stop.
#[derive(Debug, Clone, PartialEq)]
pub enum DayStop {
    Stand {
        number: String,
    },
    Talk {
        id: String,
        title: String,
        /// The place walked to, `None` when no walk leads there.
        place: Option<Endpoint>,
        start: Timestamp,
        end: Timestamp,
        /// The end is not given: [`ASSUMED_TALK_MINUTES`] after the start.
        end_assumed: bool,
    },
}

/// Something the plan says about a stop.
#[derive(Debug, Clone, PartialEq)]
pub enum DayNote {
    /// The walk gets to the talk this many minutes after it starts.
    Late { minutes: u32 },
    /// The stand did not fit before this talk (its title): it comes after it.
    MovedAfter { talk: String },
    /// The stand did not fit before this talk (the last): it comes at the end.
    MovedToEnd { talk: String },
    /// The programme does not say where the talk is: no walk is counted.
    NoPlace,
    /// No walk leads to the talk's place: its time stays, no walk is counted.
    Unreachable(RouteError),
}

/// One stop of the day, with the walk before it.
#[derive(Debug, Clone, PartialEq)]
pub struct DayItem {
    pub stop: DayStop,
    /// The walk from the previous stop (or the start), in metres.
    pub walk_m: f64,
    pub walk_seconds: u32,
    /// When you get there, and when you leave (a talk: its end, or your
    /// arrival when that is later).
    pub arrive: Timestamp,
    pub leave: Timestamp,
    pub notes: Vec<DayNote>,
}

impl DayItem {
    pub fn is_talk(&self) -> bool {
        matches!(self.stop, DayStop::Talk { .. })
    }
}

/// The plan for the rest of the day.
#[derive(Debug, Clone, PartialEq)]
pub struct DayPlan {
    pub start: Endpoint,
    /// When the plan starts.
    pub from: Timestamp,
    /// The event's clock, for display: the offset the first talk is written with.
    pub offset: Offset,
    pub items: Vec<DayItem>,
    /// Minutes assumed at each stand.
    pub stand_minutes: u32,
    /// Walking in all, in metres.
    pub total_m: f64,
    /// Starred talks whose time is unknown (id, title): not planned.
    pub unknown_time: Vec<(String, String)>,
    /// Starred talks already over (id, title): dropped.
    pub over: Vec<(String, String)>,
    /// Starred stands already visited.
    pub visited: Vec<String>,
    /// Starred stands that cannot be walked to, and why.
    pub skipped: Vec<(String, RouteError)>,
}

impl DayPlan {
    /// `09:30`: an instant on the event's clock.
    pub fn clock(&self, at: Timestamp) -> String {
        self.offset.to_datetime(at).strftime("%H:%M").to_string()
    }
}

/// What the plan is made from.
#[derive(Debug, Clone, Copy)]
pub struct DayInput<'a> {
    /// Where you are.
    pub here: &'a Place,
    /// The time to plan from.
    pub now: Timestamp,
    /// Starred stands, in the order starred.
    pub stands: &'a [String],
    /// Stands already visited (left out).
    pub visited: &'a [String],
    /// Starred talks.
    pub talks: &'a [DayTalk],
    /// Minutes at each stand ([`DEFAULT_STAND_MINUTES`] unless said).
    pub stand_minutes: u32,
}

/// A talk with a time, once its place is found.
struct Timed<'a> {
    talk: &'a DayTalk,
    start: i64,
    end: i64,
    end_assumed: bool,
    /// Index in the distance matrix, when a walk leads there.
    node: Option<usize>,
    /// Why there is no walk to it.
    note: Option<DayNote>,
}

/// The day plan (see the module's documentation). Fails only when "here"
/// itself is not usable.
pub fn plan_day(grid: &VenueGrid, input: DayInput<'_>) -> Result<DayPlan, RouteError> {
    let (start_cell, start_endpoint) = grid.resolve(input.here)?;
    let now = input.now.as_second();
    let mut cells: Vec<Cell> = vec![start_cell];

    // The stands: as the tour takes them.
    let mut seen = HashSet::new();
    let mut visited = Vec::new();
    let mut skipped = Vec::new();
    let mut stands: Vec<(String, usize)> = Vec::new();
    for number in input.stands {
        if !seen.insert(number.as_str()) {
            continue;
        }
        if input.visited.contains(number) {
            visited.push(number.clone());
            continue;
        }
        match grid.resolve(&Place::Stand(number.clone())) {
            Ok((cell, _)) => {
                stands.push((number.clone(), cells.len()));
                cells.push(cell);
            }
            Err(e) => skipped.push((number.clone(), e)),
        }
    }

    // The talks: apart when the time is unknown or over; placed when a walk leads there.
    let mut unknown_time = Vec::new();
    let mut over = Vec::new();
    let mut timed: Vec<Timed> = Vec::new();
    let mut endpoints: Vec<Option<Endpoint>> = Vec::new();
    let mut offset = None;
    for talk in input.talks {
        let Some(start) = talk.start else {
            unknown_time.push((talk.id.clone(), talk.title.clone()));
            continue;
        };
        offset.get_or_insert(start.offset);
        let start_s = start.at.as_second();
        let (end, end_assumed) = match talk.end.filter(|e| e.at > start.at) {
            Some(end) => (end.at.as_second(), false),
            None => (start_s + i64::from(ASSUMED_TALK_MINUTES) * 60, true),
        };
        if end <= now {
            over.push((talk.id.clone(), talk.title.clone()));
            continue;
        }
        let (node, note, endpoint) = match &talk.place {
            None => (None, Some(DayNote::NoPlace), None),
            Some(place) => match grid.resolve(place) {
                Ok((cell, endpoint)) => {
                    cells.push(cell);
                    (Some(cells.len() - 1), None, Some(endpoint))
                }
                Err(e) => (None, Some(DayNote::Unreachable(e)), None),
            },
        };
        endpoints.push(endpoint);
        timed.push(Timed {
            talk,
            start: start_s,
            end,
            end_assumed,
            node,
            note,
        });
    }

    let matrix = distance_matrix(grid, &cells);
    // Walking is two-way: what the start does not reach, nothing it reaches
    // does either; such stands are skipped, such talks keep only their time.
    stands.retain(|(number, i)| {
        let reached = matrix[0][*i].is_some();
        if !reached {
            let stand = number.clone();
            skipped.push((stand.clone(), RouteError::Unreachable { stand }));
        }
        reached
    });
    for (talk, endpoint) in timed.iter_mut().zip(&mut endpoints) {
        if let Some(node) = talk.node
            && matrix[0][node].is_none()
        {
            let e = endpoint.take().map_or(
                RouteError::UnreachablePlace {
                    place: talk.talk.title.clone(),
                },
                |e| super::route::unreachable(&e),
            );
            talk.node = None;
            talk.note = Some(DayNote::Unreachable(e));
        }
    }
    // Talks in time order; of two at one time, the one starred first.
    let mut order: Vec<usize> = (0..timed.len()).collect();
    order.sort_by_key(|&i| timed[i].start);

    let dist = |a: usize, b: usize| matrix[a][b].unwrap_or(0.0);
    let stand_s = i64::from(input.stand_minutes) * 60;
    let mut planner = Planner {
        items: Vec::new(),
        here: 0,
        time: now,
        left: stands,
        moved: Vec::new(),
    };
    for &k in &order {
        let talk = &timed[k];
        planner.fill_gap(&dist, stand_s, Some(talk));
        let walk_m = talk.node.map_or(0.0, |n| dist(planner.here, n));
        let walk_seconds = walking_seconds(walk_m);
        let arrive = planner.time + i64::from(walk_seconds);
        let mut notes: Vec<DayNote> = talk.note.iter().cloned().collect();
        if arrive > talk.start {
            let minutes = (arrive - talk.start).unsigned_abs().div_ceil(60);
            notes.push(DayNote::Late {
                minutes: u32::try_from(minutes).unwrap_or(u32::MAX),
            });
        }
        let leave = talk.end.max(arrive);
        planner.items.push(DayItem {
            stop: DayStop::Talk {
                id: talk.talk.id.clone(),
                title: talk.talk.title.clone(),
                place: endpoints[k].clone(),
                start: timestamp(talk.start),
                end: timestamp(talk.end),
                end_assumed: talk.end_assumed,
            },
            walk_m,
            walk_seconds,
            arrive: timestamp(arrive),
            leave: timestamp(leave),
            notes,
        });
        planner.time = leave;
        if let Some(node) = talk.node {
            planner.here = node;
        }
    }
    planner.fill_gap(&dist, stand_s, None);
    Ok(DayPlan {
        start: start_endpoint,
        from: input.now,
        offset: offset.unwrap_or(Offset::UTC),
        total_m: planner.items.iter().map(|i| i.walk_m).sum(),
        items: planner.items,
        stand_minutes: input.stand_minutes,
        unknown_time,
        over,
        visited,
        skipped,
    })
}

struct Planner {
    items: Vec<DayItem>,
    /// Index in the distance matrix of where you are.
    here: usize,
    /// Unix seconds.
    time: i64,
    /// Stands still to see: number, index in the distance matrix.
    left: Vec<(String, usize)>,
    /// Stands that did not fit before a talk: the latest such talk's title.
    moved: Vec<(String, String)>,
}

impl Planner {
    /// Takes the stands still to see, in a short walking order from here,
    /// while each (and the walk on to `talk`) ends before `talk` starts;
    /// all of them when there is no talk after.
    fn fill_gap(
        &mut self,
        dist: &impl Fn(usize, usize) -> f64,
        stand_s: i64,
        talk: Option<&Timed>,
    ) {
        if self.left.is_empty() {
            return;
        }
        let nodes: Vec<usize> = std::iter::once(self.here)
            .chain(self.left.iter().map(|(_, i)| *i))
            .collect();
        let sub: Vec<Vec<f64>> = nodes
            .iter()
            .map(|&a| nodes.iter().map(|&b| dist(a, b)).collect())
            .collect();
        let order: Vec<(String, usize)> = order_stops(&sub)
            .into_iter()
            .map(|i| self.left[i - 1].clone())
            .collect();
        let mut taken = HashSet::new();
        for (number, node) in order {
            let walk_m = dist(self.here, node);
            let walk_seconds = walking_seconds(walk_m);
            let arrive = self.time + i64::from(walk_seconds);
            let leave = arrive + stand_s;
            if let Some(talk) = talk {
                let on = talk.node.map_or(0, |n| walking_seconds(dist(node, n)));
                if leave + i64::from(on) > talk.start {
                    let title = talk.talk.title.clone();
                    match self.moved.iter_mut().find(|(s, _)| *s == number) {
                        Some(entry) => entry.1 = title,
                        None => self.moved.push((number, title)),
                    }
                    continue;
                }
            }
            let notes = match self.moved.iter().find(|(s, _)| *s == number) {
                Some((_, title)) if talk.is_some() => vec![DayNote::MovedAfter {
                    talk: title.clone(),
                }],
                Some((_, title)) => vec![DayNote::MovedToEnd {
                    talk: title.clone(),
                }],
                None => Vec::new(),
            };
            self.items.push(DayItem {
                stop: DayStop::Stand {
                    number: number.clone(),
                },
                walk_m,
                walk_seconds,
                arrive: timestamp(arrive),
                leave: timestamp(leave),
                notes,
            });
            self.here = node;
            self.time = leave;
            taken.insert(number);
        }
        self.left.retain(|(number, _)| !taken.contains(number));
    }
}

fn timestamp(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).unwrap_or(Timestamp::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Side;
    use crate::venue::testing::directory_from_art;
    use crate::venue::tour::plan_tour;

    /// Four stands along a corridor, the welcome desk at its end: 1 m cells,
    /// so walks here take seconds and the minutes are the stands'.
    fn grid() -> VenueGrid {
        let south = |c| (c, Side::South);
        let directory = directory_from_art(
            &[
                "A.B.C.D*", //
                "........", "@.......",
            ],
            &[south('A'), south('B'), south('C'), south('D')],
        );
        VenueGrid::build(&directory).unwrap()
    }

    fn time(text: &str) -> TalkTime {
        TalkTime::parse(&format!("2022-11-17T{text}:00+01:00")).unwrap()
    }

    fn talk(id: &str, start: Option<&str>, end: Option<&str>, place: Option<Place>) -> DayTalk {
        DayTalk {
            id: id.into(),
            title: format!("Talk {id}"),
            start: start.map(time),
            end: end.map(time),
            place,
        }
    }

    fn desk() -> Option<Place> {
        Some(Place::Landmark("desk".into()))
    }

    fn day(stands: &[&str], talks: &[DayTalk]) -> DayPlan {
        let stands: Vec<String> = stands.iter().map(|s| s.to_string()).collect();
        plan_day(
            &grid(),
            DayInput {
                here: &Place::MainEntrance,
                now: time("09:00").at,
                stands: &stands,
                visited: &[],
                talks,
                stand_minutes: DEFAULT_STAND_MINUTES,
            },
        )
        .unwrap()
    }

    /// Each stop as "what arrive-leave notes", on the event's clock.
    fn lines(plan: &DayPlan) -> Vec<String> {
        let clock = |t: Timestamp| plan.offset.to_datetime(t).time().to_string();
        plan.items
            .iter()
            .map(|item| {
                let what = match &item.stop {
                    DayStop::Stand { number } => number.clone(),
                    DayStop::Talk { id, .. } => format!("talk {id}"),
                };
                format!(
                    "{what} {}-{} {:?}",
                    clock(item.arrive),
                    clock(item.leave),
                    item.notes
                )
            })
            .collect()
    }

    #[test]
    fn stands_fit_before_the_talk_which_keeps_its_time() {
        let plan = day(
            &["B1", "A1"],
            &[talk("t", Some("09:30"), Some("10:00"), desk())],
        );
        assert_eq!(
            lines(&plan),
            [
                "A1 09:00:01-09:10:01 []",
                "B1 09:10:03-09:20:03 []",
                "talk t 09:20:07-10:00:00 []",
            ]
        );
        assert_eq!(
            plan.items[2].walk_m, 5.0,
            "from B1's aisle cell (2, 1) to (7, 1)"
        );
        assert_eq!(plan.total_m, 1.0 + 2.0 + 5.0);
    }

    #[test]
    fn a_stand_that_does_not_fit_moves_to_the_next_gap_or_the_end() {
        let talks = [talk("t", Some("09:15"), Some("09:45"), desk())];
        let plan = day(&["A1", "B1"], &talks);
        let end = DayNote::MovedToEnd {
            talk: "Talk t".into(),
        };
        assert_eq!(plan.items.len(), 3);
        assert_eq!(lines(&plan)[0], "A1 09:00:01-09:10:01 []");
        assert!(plan.items[1].is_talk());
        assert_eq!(plan.items[2].notes, [end]);
        // With a talk later on, it comes between the two, and says after which.
        let mut talks = talks.to_vec();
        talks.push(talk("u", Some("11:00"), None, desk()));
        let plan = day(&["A1", "B1"], &talks);
        let after = DayNote::MovedAfter {
            talk: "Talk t".into(),
        };
        let what: Vec<String> = lines(&plan).iter().map(|l| l[..4].to_string()).collect();
        assert_eq!(what, ["A1 0", "talk", "B1 0", "talk"]);
        assert_eq!(plan.items[2].notes, [after]);
        // The end not given: the talk is taken to last ASSUMED_TALK_MINUTES.
        let DayStop::Talk {
            end, end_assumed, ..
        } = &plan.items[3].stop
        else {
            panic!("a talk");
        };
        assert!(end_assumed);
        assert_eq!(*end, time("11:30").at);
    }

    #[test]
    fn a_walk_that_gets_there_after_the_start_is_a_warning() {
        // Starts now: the walk to the desk (8 m) makes you late by a minute, rounded up.
        let plan = day(&[], &[talk("t", Some("09:00"), Some("09:30"), desk())]);
        assert_eq!(plan.items[0].notes, [DayNote::Late { minutes: 1 }]);
        // Two talks that overlap: the second is reached when the first ends.
        let plan = day(
            &[],
            &[
                talk("t", Some("09:10"), Some("10:00"), desk()),
                talk("u", Some("09:30"), Some("10:30"), desk()),
            ],
        );
        assert_eq!(plan.items[0].notes, []);
        assert_eq!(plan.items[1].notes, [DayNote::Late { minutes: 30 }]);
    }

    #[test]
    fn talks_with_unknown_time_are_apart_and_those_over_are_dropped() {
        let plan = day(
            &["A1"],
            &[
                talk("unknown", None, None, desk()),
                talk("over", Some("08:00"), Some("08:45"), desk()),
                talk("later", Some("10:00"), None, None),
            ],
        );
        assert_eq!(
            plan.unknown_time,
            [("unknown".to_string(), "Talk unknown".to_string())]
        );
        assert_eq!(plan.over, [("over".to_string(), "Talk over".to_string())]);
        assert_eq!(
            lines(&plan),
            [
                "A1 09:00:01-09:10:01 []",
                "talk later 09:10:01-10:30:00 [NoPlace]"
            ]
        );
    }

    #[test]
    fn a_talk_no_walk_leads_to_keeps_its_time() {
        let plan = day(
            &["A1"],
            &[talk(
                "t",
                Some("09:30"),
                Some("10:00"),
                Some(Place::Hall("nowhere".into())),
            )],
        );
        assert_eq!(
            plan.items[1].notes,
            [DayNote::Unreachable(RouteError::UnknownHall {
                hall: "nowhere".into()
            })]
        );
        assert_eq!(plan.items[1].leave, time("10:00").at);
        assert_eq!(plan.items[1].walk_m, 0.0);
    }

    #[test]
    fn nothing_starred_is_an_empty_plan() {
        let plan = day(&[], &[]);
        assert!(plan.items.is_empty());
        assert_eq!(plan.total_m, 0.0);
    }

    #[test]
    fn without_talks_the_plan_is_the_tour() {
        let grid = grid();
        let stands: Vec<String> = ["D1", "A1", "C1", "B1"].map(String::from).to_vec();
        let here = Place::Stand("C1".into());
        let tour = plan_tour(&grid, &here, &stands, &["C1".into()]).unwrap();
        let plan = plan_day(
            &grid,
            DayInput {
                here: &here,
                now: time("09:00").at,
                stands: &stands,
                visited: &["C1".into()],
                talks: &[],
                stand_minutes: 5,
            },
        )
        .unwrap();
        let tour_order: Vec<&str> = tour.stops.iter().map(|s| s.stand.as_str()).collect();
        let plan_order: Vec<&str> = plan
            .items
            .iter()
            .map(|i| match &i.stop {
                DayStop::Stand { number } => number.as_str(),
                DayStop::Talk { .. } => "talk",
            })
            .collect();
        assert_eq!(plan_order, tour_order);
        assert_eq!(plan.total_m, tour.total_m);
        assert_eq!(plan.visited, tour.visited);
    }
}
