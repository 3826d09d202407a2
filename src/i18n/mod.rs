//! Every word maillage shows, in English and in French: one table per
//! language ([`Texts`]), reached as [`t`]`(lang)`.
//!
//! - The code that finds something to say keeps it as data, next to itself:
//!   a directory problem is a [`ProblemKind`], a broken JSON file a
//!   [`JsonProblem`], a store failure a [`StoreReason`]… It never holds
//!   words.
//! - The words live here, one file per domain in each language: `en/ui.rs`
//!   and `fr/ui.rs` (the TUI), `cli.rs` (the commands), `directory.rs`,
//!   `import.rs`, `json.rs`, `store.rs`, `notes.rs`, `venue.rs`, `card.rs`,
//!   `programme.rs`. Each
//!   language's `mod.rs` puts its domains together into one static
//!   [`Texts`] (`en::EN`, `fr::FR`).
//! - A plain string is a `&'static str` field; anything with values in it is
//!   a `fn` field: `(t(lang).cli.more_warnings)(3)`,
//!   `(t(lang).directory.problem)(&kind)`. A message type's `text(lang)`
//!   (or `message`, `render`) is a one-line call into its table.
//! - The TUI reaches its strings as `app.text().foo` (a [`Ui`]), the CLI as
//!   `t.foo` (a [`CliTexts`]). The language is chosen once, at start (`--lang`,
//!   else the locale: [`Lang::from_env`]); there is no global state.
//!
//! # How to add a string
//!
//! 1. Add its field to the domain's table type: [`Ui`] or [`Keys`] in
//!    `ui.rs`, [`CliTexts`] in `cli.rs`, the others below. A plain string goes in
//!    `strings { … }`, a `fn` that fills values in goes in `others { … }`.
//!    A new kind of message is a new variant of its enum, next to the code
//!    that finds it.
//! 2. Give it its words in `en/<domain>.rs` and `fr/<domain>.rs`: a table
//!    missing a field, or a `match` missing a variant, does not compile.
//! 3. Use it: `app.text().my_string`, `t.my_string`, `(t(lang).x.y)(…)`.
//!
//! The tests (`tests/`) fail if a string is empty in one language only, or
//! if a French string is the English one unchanged (unless it is listed in
//! `SAME_IN_BOTH`, like "Stands"). A new `fn` field or enum variant gets a
//! sample in the tests of its domain, which check that both languages
//! word it, differently.

mod card;
mod cli;
mod en;
mod fr;
mod programme;
#[cfg(test)]
mod tests;
mod ui;

pub use card::CardTexts;
pub use cli::CliTexts;
pub use programme::ProgrammeTexts;
pub use ui::{Keys, Ui};

use crate::directory::messages::{IoReason, ProblemKind, SeeLabel};
use crate::import::messages::{ImportNote, ImportProblem};
use crate::json_error::JsonProblem;
use crate::notes::vcf::VcfProblem;
use crate::notes::{DateError, DraftError, Warning};
use crate::store::StoreReason;
use crate::venue::directions::{Near, RelativeSide, Step};
use crate::venue::{Endpoint, RouteError};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    /// French when the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`,
    /// the first one set and non-empty, as POSIX orders them) starts with
    /// `fr`; English otherwise.
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_locale(var("LC_ALL"), var("LC_MESSAGES"), var("LANG"))
    }

    /// [`Lang::from_env`] on given values, so it can be tested without
    /// touching the process environment.
    pub fn from_locale(
        lc_all: Option<String>,
        lc_messages: Option<String>,
        lang: Option<String>,
    ) -> Lang {
        let locale = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty());
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }
}

/// The table for `lang`.
pub fn t(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}

/// Everything maillage says, in one language.
pub struct Texts {
    pub lang: Lang,
    /// The TUI's own strings and key descriptions.
    pub ui: Ui,
    /// The commands' one-line messages.
    pub cli: CliTexts,
    pub directory: DirectoryTexts,
    pub import: ImportTexts,
    pub json: JsonTexts,
    pub store: StoreTexts,
    pub notes: NotesTexts,
    pub venue: VenueTexts,
    /// Your card (`maillage card` and its popup).
    pub card: CardTexts,
    /// The programme: its talks, the Programme tab, the day plan.
    pub programme: ProgrammeTexts,
}

/// Declares a table struct whose `&'static str` fields can be listed by
/// name (`strings()`), so a test can check that every language has every string.
macro_rules! text_table {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            strings { $($(#[$string_meta:meta])* $string:ident,)* }
            others { $($(#[$other_meta:meta])* $other:ident: $ty:ty,)* }
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$string_meta])* pub $string: &'static str,)*
            $($(#[$other_meta])* pub $other: $ty,)*
        }

        impl $name {
            /// Every plain string with its field name.
            pub fn strings(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($string), self.$string),)*]
            }
        }
    };
}

use text_table;

text_table! {
    /// What can be wrong with a directory file (`directory::messages`).
    pub struct DirectoryTexts {
        strings {}
        others {
            problem: fn(&ProblemKind) -> String,
            /// `first at line 4`, added in brackets after a problem.
            see: fn(SeeLabel, usize) -> String,
            /// Why the file could not be read at all.
            io: fn(&IoReason) -> String,
        }
    }
}

text_table! {
    /// What the importer says about a spreadsheet (`import::messages`).
    pub struct ImportTexts {
        strings {
            // What the importer writes into the directory.
            hall, main_entrance, imported_note, positions_note,
            /// The venue's note when the plan is drawn (`--plan`).
            plan_note,
            /// The programme's note when it comes from a conference's schedule.
            schedule_note,
        }
        others {
            problem: fn(&ImportProblem) -> String,
            note: fn(&ImportNote) -> String,
            /// The entrance of a hall that is not the first, given its name.
            hall_entrance: fn(&str) -> String,
            /// The note of a grid laid out by the importer, given its aisles.
            grid_note: fn(u32) -> String,
            /// `FILE: 12 events read: 12 talks, 3 new rooms, 5 speakers` (file,
            /// events, talks, rooms added, speakers).
            schedule_imported: fn(&str, usize, usize, usize, usize, usize) -> String,
            /// `FILE: 12 events read: 10 talks, 2 refused; nothing written`
            /// (file, events, talks, events refused).
            schedule_refused: fn(&str, usize, usize, usize) -> String,
        }
    }
}

text_table! {
    /// What is wrong with a JSON file, from serde_json's error (`json_error`).
    pub struct JsonTexts {
        strings {}
        others {
            problem: fn(&JsonProblem) -> String,
        }
    }
}

text_table! {
    /// Why a store's file (notes, plan) cannot be used (`store::messages`).
    pub struct StoreTexts {
        strings {}
        others {
            reason: fn(&StoreReason) -> String,
            /// `2 conflict copies of the notes file merged` (what, how many).
            conflicts_merged: fn(&str, usize) -> String,
            /// An unreadable conflict copy: its problem, and where it went.
            conflict_unreadable: fn(&str, &str) -> String,
        }
    }
}

text_table! {
    /// The notes' own messages (`notes`).
    pub struct NotesTexts {
        strings {
            /// What happens to an unreadable notes file, and what to do.
            unusable_advice,
            /// The Markdown export's title, the heading of notes without an
            /// organisation, and the labels and follow-ups of each note.
            md_title, md_no_organisation, md_follow_up, md_todo, md_done,
            md_email, md_phone, md_stand, md_tags,
            /// The word beside a follow-up whose date is past (lists, CLI).
            overdue,
        }
        others {
            /// A follow-up to do by a date, in the Markdown export.
            md_todo_by: fn(&str) -> String,
            draft_error: fn(&DraftError) -> String,
            /// A follow-up date typed in a way not understood, or no such day.
            date_error: fn(&DateError) -> String,
            warning: fn(&Warning) -> String,
            /// No note has this id.
            not_found: fn(&str) -> String,
            /// The title of a follow-up in the iCalendar export, given the
            /// person's name and organisation.
            ics_summary: fn(&str, Option<&str>) -> String,
            /// A card of a vCard file that is not imported, and why.
            vcf_problem: fn(&VcfProblem) -> String,
        }
    }
}

text_table! {
    /// Routes and directions (`venue`).
    pub struct VenueTexts {
        strings {
            /// Joins a walk to the turn before it: `turn left and walk 4 m`.
            and,
            /// Joins the other steps: `walk 3 m, then turn left`.
            then,
            /// Between the way and the arrival: `…walk 4 m; stand B1 is on your right`.
            before_arrival,
            /// In `1.2 km`.
            decimal_mark,
            /// Over a plan or a route when the venue is flagged illustrative.
            illustrative_plan,
        }
        others {
            route_error: fn(&RouteError) -> String,
            /// `from the main entrance`.
            start: fn(&Endpoint) -> String,
            /// `with stand B6 behind you`: the start of a route from a stand.
            set_off: fn(&str, RelativeSide) -> String,
            /// ` towards the bar`, after the first walk from a stand.
            towards: fn(&Near) -> String,
            /// A step between the start and the arrival: `walk 12 m`.
            step: fn(&Step) -> String,
            /// `stand C2 is on your right`.
            arrival: fn(&Endpoint, Option<RelativeSide>) -> String,
            /// `to the tribune`, `jusqu'au stand B1`: where a walk leads.
            destination: fn(&Endpoint) -> String,
            /// `45 m, about 40 s on foot`, given the distance and the time.
            summary: fn(&str, &str) -> String,
        }
    }
}

/// Text from a file in a message, with control characters escaped so
/// nothing from the file can act on the terminal.
fn escaped(text: &str) -> String {
    text.chars()
        .map(|c| match c.is_control() {
            true => c.escape_debug().to_string(),
            false => c.to_string(),
        })
        .collect()
}

/// Whether a stand number can be shown bare (`A3`) rather than quoted.
fn plain_number(number: &str) -> bool {
    number
        .chars()
        .all(|c| c.is_alphanumeric() || "-_./".contains(c))
}

/// A word or character of a JSON file in a message: `x`, or `\n` for a
/// control character.
fn character(text: &str) -> String {
    format!("`{}`", escaped(text))
}

/// `number` with its digits in groups of three, `separator` between them
/// (`117,500` in English, `117 500` with a narrow no-break space in French).
pub(crate) fn group_digits(number: usize, separator: char) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}
