//! The Programme tab: the talks of the directory's programme, listed by the
//! list feature like the other tabs (kind `Talk`, whose records sort by
//! time), with what only talks have:
//!
//! - with an empty query, the list is by day and time under day headers,
//!   talks of unknown time last, and during the event the talks on "now"
//!   and "next" first ([`arrange`], [`Moment::section`]); the rows and headers are
//!   drawn by `draw`, which the list's drawing and clicks call;
//! - a talk's detail (`detail`), and the talks of a person, organisation
//!   or stand ([`talks_about`]);
//! - starring a talk (the stand's key) and the reminder before a starred
//!   talk starts ([`App::remind`]).
//!
//! The clock is the app's ([`App::now`]): tests pin it.

pub(crate) mod detail;
pub(crate) mod draw;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

use crate::directory::{Directory, Talk, TalkPlace};
use crate::search::Hit;
use crate::search::catalog::talks;
use crate::tui::app::App;
use crate::tui::detail::Target;
use crate::tui::tab::Tab;
use crate::tui::undo::Inverse;
use crate::venue::Place;
use crate::venue::plan::EventPlan;

/// A starred talk starting within this is announced.
const REMINDER: SignedDuration = SignedDuration::from_mins(10);

/// What the Programme tab keeps besides its list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeState {
    /// The clock, pinned (tests); `None`: the system's.
    pub(crate) now: Option<Timestamp>,
    /// The talks already announced by a reminder, by id.
    pub(crate) reminded: HashSet<String>,
}

/// Where a talk goes in the list with an empty query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Running now (see `Programme::running_until`).
    Now,
    /// Starting next, later today.
    Next,
    Day(Date),
    /// Time unknown.
    Unknown,
}

/// The programme at one instant: the talks on now and those next, as
/// [`crate::directory::Programme::now_and_next`] finds them, "next" kept
/// only when it starts later the same day (the event is on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    pub now: Timestamp,
    on: Vec<usize>,
    next: Vec<usize>,
}

impl Moment {
    /// `now` in `directory`'s programme.
    pub fn at(directory: &Directory, now: Timestamp) -> Moment {
        let Some(programme) = &directory.programme else {
            return Moment {
                now,
                on: Vec::new(),
                next: Vec::new(),
            };
        };
        let found = programme.now_and_next(now, |_| true);
        let today = |i: usize| {
            programme.talks[i]
                .start_time()
                .is_some_and(|s| s.civil().date() == s.offset.to_datetime(now).date())
        };
        let next = match found.next.first() {
            Some(&first) if today(first) => found.next,
            _ => Vec::new(),
        };
        Moment {
            now,
            on: found.now,
            next,
        }
    }

    /// Whether the event is on: a talk runs now or another starts today.
    pub fn during(&self) -> bool {
        !self.on.is_empty() || !self.next.is_empty()
    }

    /// The section of talk `index` of `talks`.
    pub fn section(&self, talks: &[Talk], index: usize) -> Section {
        let Some(start) = talks.get(index).and_then(Talk::start_time) else {
            return Section::Unknown;
        };
        if self.on.contains(&index) {
            Section::Now
        } else if self.next.contains(&index) {
            Section::Next
        } else {
            Section::Day(start.civil().date())
        }
    }
}

/// The hits of the empty query (in time order) with, during the event,
/// the talks on now and then those next first; the rest keep their order.
pub fn arrange(directory: &Directory, hits: &[Hit], now: Timestamp) -> Vec<Hit> {
    let moment = Moment::at(directory, now);
    let all = talks(directory);
    let rank = |hit: &Hit| match moment.section(all, hit.record()) {
        Section::Now => 0,
        Section::Next => 1,
        _ => 2,
    };
    let mut arranged = hits.to_vec();
    // Stable: time order within each. A key per talk, read once: reading
    // a talk's time parses it.
    arranged.sort_by_cached_key(rank);
    arranged
}

/// The talks a person speaks at, an organisation is part of (or one of its
/// people speaks at), or held at a stand, in programme order.
pub fn talks_about(directory: &Directory, target: Target) -> Vec<usize> {
    let found: Vec<usize> = match target {
        Target::Person(p) => directory.talks_of_person(p).collect(),
        Target::Organisation(o) => directory.talks_of(o).collect(),
        Target::Stand(s) => directory.talks_at_stand(s).collect(),
        Target::Note(_) | Target::Talk(_) => Vec::new(),
    };
    match &directory.programme {
        Some(programme) => programme.in_time_order(|i| found.contains(&i)),
        None => Vec::new(),
    }
}

/// A talk's place as shown: its name (`stand A2` for a stand), or "".
pub fn place_label(directory: &Directory, talk: &Talk, stand_prefix: &str) -> String {
    let Some(place) = &talk.place else {
        return String::new();
    };
    let name = directory.talk_place_name(place).unwrap_or("");
    match place {
        TalkPlace::Stand(number) => format!(
            "{stand_prefix}{}",
            if name.is_empty() { number } else { name }
        ),
        _ => name.to_string(),
    }
}

impl App {
    /// The time now: the pinned clock's, else the system's.
    pub fn now(&self) -> Timestamp {
        self.programme.now.unwrap_or_else(Timestamp::now)
    }

    /// Pins the clock at `now` (tests and demos), and puts the programme
    /// and the day plan in order for it.
    pub fn set_now(&mut self, now: Timestamp) {
        self.programme.now = Some(now);
        self.refresh_results();
        self.refresh_plan();
    }

    /// The words of the programme, in the app's language.
    pub(crate) fn programme_text(&self) -> &'static crate::i18n::ProgrammeTexts {
        &crate::i18n::t(self.text.lang).programme
    }

    /// The talk the keys act on: the focused detail's, else the selected
    /// row's on the Programme tab.
    pub(crate) fn acting_talk(&self) -> Option<usize> {
        match (self.detail, self.tab) {
            (Some(d), _) => match d.target {
                Target::Talk(i) => Some(i),
                _ => None,
            },
            (None, Tab::Programme) => {
                let list = self.list(Tab::Programme);
                Some(list.hits.get(list.selected)?.record())
            }
            (None, _) => None,
        }
    }

    /// Stars or unstars the acting talk (undoable), if there is one:
    /// whether there was.
    pub(crate) fn toggle_talk_star(&mut self) -> bool {
        let Some(talk) = self
            .acting_talk()
            .and_then(|i| talks(&self.directory).get(i))
        else {
            return false;
        };
        let (id, title) = (talk.id.to_string(), talk.title.to_string());
        let was = self.plan.event_plan().is_talk_starred(&id);
        let said = (self.programme_text().talk_starred)(&title, !was);
        let undo = Inverse::TalkStar {
            talk: id.clone(),
            was,
        };
        if self
            .plan
            .change(move |plan: &mut EventPlan, now| plan.set_talk_starred(&id, !was, now))
        {
            self.plan.message = None;
            self.changed(undo, said);
        } else if let Some(why) = self.plan.message.clone() {
            self.say(why);
        }
        true
    }

    /// Whether talk `index` is starred.
    pub(crate) fn is_talk_starred(&self, index: usize) -> bool {
        talks(&self.directory)
            .get(index)
            .is_some_and(|t| self.plan.event_plan().is_talk_starred(&t.id))
    }

    /// The route to the acting talk's place, as a stand's is shown: on the
    /// plan, or "no route to this place yet". Whether there was a talk.
    pub(crate) fn show_talk_on_plan(&mut self) -> bool {
        let Some(talk) = self
            .acting_talk()
            .and_then(|i| talks(&self.directory).get(i))
        else {
            return false;
        };
        let place = talk
            .place
            .as_ref()
            .and_then(|p| crate::venue::talk_place(&self.directory, p));
        match place {
            Some(Place::Stand(number)) => {
                self.select_stand(&number);
                self.switch_tab(Tab::Plan);
            }
            // TODO(day plan): routes to landmarks, halls and rooms.
            _ => self.say(self.programme_text().no_route),
        }
        true
    }

    /// At each tick: a starred talk starting within ten minutes is
    /// announced on the status line, once.
    pub(crate) fn remind(&mut self) {
        if self.message.is_some() {
            return; // Another message is being read: the next tick will do.
        }
        let now = self.now();
        let plan = self.plan.event_plan();
        let soon = talks(&self.directory).iter().find(|talk| {
            !self.programme.reminded.contains(talk.id.as_str())
                && plan.is_talk_starred(&talk.id)
                && talk.start_time().is_some_and(|s| {
                    let left = s.at.duration_since(now);
                    left > SignedDuration::ZERO && left <= REMINDER
                })
        });
        let Some(talk) = soon else {
            return;
        };
        let left = talk
            .start_time()
            .map_or(SignedDuration::ZERO, |s| s.at.duration_since(now));
        // Minutes rounded up: "in 1 min" until it starts.
        let minutes = (left.as_secs() + 59) / 60;
        let t = self.programme_text();
        let place = place_label(&self.directory, talk, t.stand_prefix);
        let message = (t.reminder)(minutes, &crate::sanitize::for_display(&talk.title), &place);
        self.programme.reminded.insert(talk.id.to_string());
        self.say(message);
    }
}
