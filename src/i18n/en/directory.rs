//! Directory problems in English (tests pin these words).

use crate::directory::messages::{
    Compass, Dimension, Field, HallExtent, IoReason, Item, MAX_HALL_CELLS, Place, ProblemKind,
    SeeLabel, Subject, TalkPlaceKind, TalkTimeField,
};
use crate::directory::{FORMAT, FORMAT_VERSION};
use crate::i18n::{DirectoryTexts, escaped, plain_number};

pub(super) const DIRECTORY: DirectoryTexts = DirectoryTexts {
    problem: kind,
    see,
    io,
};

fn see(label: SeeLabel, line: usize) -> String {
    match label {
        SeeLabel::FirstAt => format!("first at line {line}"),
        SeeLabel::TheFirstIsAt => format!("the first is at line {line}"),
        SeeLabel::Line => format!("line {line}"),
    }
}

fn io(reason: &IoReason) -> String {
    match reason {
        IoReason::NotFound => "no such file".into(),
        IoReason::PermissionDenied => "permission denied".into(),
        IoReason::Other(text) => text.clone(),
    }
}

/// A user string in a message: quoted and escaped as Rust's `Debug` does.
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

fn item(item: Item) -> &'static str {
    match item {
        Item::Event => "event",
        Item::Organisation => "organisation",
        Item::Person => "person",
        Item::Hall => "hall",
        Item::Landmark => "landmark",
        Item::Entrance => "entrance",
        Item::Connection => "connection",
        Item::Room => "room",
        Item::Talk => "talk",
    }
}

/// `organisation "croix-rouge"`, `stand A3`, `stand "A 3"`, `stand #4`, `wall 2`.
fn subject(s: &Subject) -> String {
    match s {
        Subject::Named(what, index, id) if id.trim().is_empty() => {
            format!("{} #{}", item(*what), index + 1)
        }
        Subject::Named(what, _, id) => format!("{} {}", item(*what), quoted(id)),
        Subject::Stand(index, number) => format!("stand {}", number_label(*index, number)),
        Subject::Wall(k) => format!("wall {}", k + 1),
        Subject::AWall => "a wall".into(),
    }
}

fn number_label(index: usize, number: &str) -> String {
    if number.trim().is_empty() {
        format!("#{}", index + 1)
    } else if plain_number(number) {
        number.to_string()
    } else {
        quoted(number)
    }
}

fn field(f: Field) -> &'static str {
    match f {
        Field::Name => "name",
        Field::ShortName => "short_name",
        Field::Title => "title",
        Field::Role => "role",
    }
}

fn dimension(d: Dimension) -> &'static str {
    match d {
        Dimension::Width => "width",
        Dimension::Height => "height",
    }
}

fn hall(h: &HallExtent) -> String {
    format!(
        "hall {} (x 0-{}, y 0-{})",
        quoted(&h.id),
        h.last_x,
        h.last_y
    )
}

fn compass(side: Compass) -> &'static str {
    match side {
        Compass::North => "north",
        Compass::South => "south",
        Compass::East => "east",
        Compass::West => "west",
    }
}

/// `entrance "e" at x 1, y 2 is` or `connection "c" starts at x 1, y 2,`.
fn place(p: &Place) -> String {
    match p {
        Place::Entrance { who, x, y } => format!("{} at x {x}, y {y} is", subject(who)),
        Place::ConnectionEnd { who, start, x, y } => {
            let verb = if *start { "starts" } else { "ends" };
            format!("{} {verb} at x {x}, y {y},", subject(who))
        }
    }
}

fn kind(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
        K::NotUtf8 => "the file is not valid UTF-8".into(),
        K::NotAJsonObject => "not a maillage directory file (it is not a JSON object)".into(),
        K::NoFormat => {
            format!("not a maillage directory file (it has no \"format\": \"{FORMAT}\")")
        }
        K::NotADirectory { format } => format!(
            "not a maillage directory file (its format is {}, expected \"{FORMAT}\")",
            escaped(format)
        ),
        K::UnsupportedVersion { version } => format!(
            "unsupported directory version {} (this version of maillage reads version {FORMAT_VERSION})",
            escaped(version)
        ),
        K::Json(problem) => super::json::problem(problem),
        K::EmptyId(what) => format!("empty {} id", item(*what)),
        K::InvalidId(what, id) => format!(
            "invalid {} id {} (use lowercase letters a-z, digits and '-', \
             starting with a letter or digit)",
            item(*what),
            quoted(id)
        ),
        K::DuplicateId(what, id) => format!("duplicate {} id {}", item(*what), quoted(id)),
        K::DuplicatePlaceId(id) => format!(
            "duplicate id {}: landmarks, entrances and connections need distinct ids",
            quoted(id)
        ),
        K::EmptyEventName => "empty event name".into(),
        K::InvalidDate(date) => format!(
            "invalid event date {} (use YYYY, YYYY-MM or YYYY-MM-DD)",
            quoted(date)
        ),
        K::EmptyField(who, f) => format!("{} has an empty {}", subject(who), field(*f)),
        K::EmptyAlias(who) => format!("empty alias in {}", subject(who)),
        K::EmptyTheme(who) => format!("empty theme in {}", subject(who)),
        K::UnknownParent(who, parent) => format!(
            "{} has an unknown parent organisation {}",
            subject(who),
            quoted(parent)
        ),
        K::OwnAncestor(who, chain) => format!(
            "{} is its own ancestor ({})",
            subject(who),
            escaped(&chain.join(" → "))
        ),
        K::EmptyStandNumber => "empty stand number".into(),
        K::NumberSpaces(number) => format!(
            "stand number {} has spaces at its start or end",
            quoted(number)
        ),
        K::DuplicateStandNumber(Subject::Stand(index, number)) => {
            format!("duplicate stand number {}", number_label(*index, number))
        }
        K::DuplicateStandNumber(other) => format!("duplicate {}", subject(other)),
        K::NoOrganisation(who) => format!(
            "{} has no organisation (it needs at least one)",
            subject(who)
        ),
        K::UnknownOrganisation(who, id) => format!(
            "{} belongs to unknown organisation {}",
            subject(who),
            quoted(id)
        ),
        K::OrganisationTwice(who, id) => {
            format!("{} lists organisation {} twice", subject(who), quoted(id))
        }
        K::WorksForUnknownOrganisation(who, id) => format!(
            "{} works for unknown organisation {}",
            subject(who),
            quoted(id)
        ),
        K::AtUnknownStand(who, stand) => {
            format!("{} is at unknown stand {}", subject(who), quoted(stand))
        }
        K::LocationWithoutVenue(who) => format!(
            "{} has a location but the directory has no venue",
            subject(who)
        ),
        K::NoHall => "the venue has no hall".into(),
        K::HallUnreachable(who) => format!(
            "nobody can walk into {}: it has no entrance, and no door, stairs or lift leads to \
             it from a hall that has one",
            subject(who)
        ),
        K::InUnknownHall(who, hall) => {
            format!("{} is in unknown hall {}", subject(who), quoted(hall))
        }
        K::SecondMainEntrance(who) => format!(
            "{} is a second main entrance; there can be only one",
            subject(who)
        ),
        K::BadLength(who, length) => format!(
            "{} has length_m {length} (it must be 0 or more)",
            subject(who)
        ),
        K::EndInUnknownHall { who, start, hall } => format!(
            "{} {} in unknown hall {}",
            subject(who),
            if *start { "starts" } else { "ends" },
            quoted(hall)
        ),
        K::BadHallSize(who, d, cells) => format!(
            "{} has {} {cells} (it must be 1 to {MAX_HALL_CELLS} cells)",
            subject(who),
            dimension(*d)
        ),
        K::BadMetresPerCell(who, metres) => format!(
            "{} has metres_per_cell {metres} (it must be a positive number)",
            subject(who)
        ),
        K::PointOutside(p, h) => format!("{} outside {}", place(p), hall(h)),
        K::PointCovered(p, by) => format!("{} inside {}", place(p), subject(by)),
        K::Overlaps(who, other) => format!("{} overlaps {}", subject(who), subject(other)),
        K::ApproachOutside {
            stand,
            side,
            x,
            y,
            hall: h,
        } => format!(
            "{} cannot be approached from the {}: the cell in front of it (x {x}, y {y}) is outside {}",
            subject(stand),
            compass(*side),
            hall(h)
        ),
        K::ApproachBlocked {
            stand,
            side,
            x,
            y,
            by,
        } => format!(
            "{} cannot be approached from the {}: the cell in front of it (x {x}, y {y}) is {}",
            subject(stand),
            compass(*side),
            subject(by)
        ),
        K::ZeroSize(what, d) => format!("{} has zero {}", subject(what), dimension(*d)),
        K::ExtendsOutside {
            what,
            xs,
            ys,
            hall: h,
        } => format!(
            "{} at x {xs}, y {ys} extends outside {}",
            subject(what),
            hall(h)
        ),
        K::BadTalkTime(who, field, text) => format!(
            "{} has {} {}, not a time with its offset (write e.g. 2022-11-17T09:30:00+01:00)",
            subject(who),
            match field {
                TalkTimeField::Start => "start",
                TalkTimeField::End => "end",
            },
            quoted(text)
        ),
        K::EndWithoutStart(who) => format!("{} has an end but no start", subject(who)),
        K::EndNotAfterStart(who) => format!("{} ends at or before its start", subject(who)),
        K::UnknownTalkPlace(who, kind, id) => format!(
            "{} is at unknown {} {}",
            subject(who),
            match kind {
                TalkPlaceKind::Landmark => "landmark",
                TalkPlaceKind::Hall => "hall",
                TalkPlaceKind::Room => "room",
                TalkPlaceKind::Stand => "stand",
            },
            quoted(id)
        ),
        K::UnknownSpeaker(who, person) => format!(
            "{} has unknown speaker {} (no person has that id)",
            subject(who),
            quoted(person)
        ),
        K::SpeakerWithoutName(who) => format!(
            "a speaker of {} has neither a name nor a person",
            subject(who)
        ),
        K::TalkUnknownOrganisation(who, id) => {
            format!("{} names unknown organisation {}", subject(who), quoted(id))
        }
        K::TalksOverlap(who, other) => format!(
            "{} overlaps {} at the same place",
            subject(who),
            subject(other)
        ),
    }
}
