//! The importer's messages in English (the words tests pin).

use crate::directory::Side;
use crate::i18n::{ImportTexts, escaped};
use crate::import::messages::{
    Column, IgnoreReason, ImportNote, ImportProblem, MAX_COORDINATE, ScheduleProblem,
};

pub(super) const IMPORT: ImportTexts = ImportTexts {
    hall: "Hall",
    main_entrance: "Entrance",
    imported_note: "Imported from an exhibitor spreadsheet with `maillage import`.",
    positions_note: "Stand positions from the imported file; the halls are sized to hold the stands \
                     and their walls and doors are not known: each hall's entrance, on its south \
                     edge, is placed by the importer.",
    plan_note: "Layout drawn as text by the organiser and imported with `maillage import --plan`.",
    schedule_note: "Imported from the conference's published schedule with `maillage import`.",
    problem,
    note,
    hall_entrance: |hall| format!("Entrance – {hall}"),
    grid_note: |aisles| {
        format!(
            "Illustrative plan: the imported file gave no positions, so the stands are laid out \
             in a grid of {aisles} aisles in the order of their numbers. It does not show the real \
             hall."
        )
    },
    schedule_imported: |file, events, talks, updated, rooms, speakers| {
        let updated = match updated {
            0 => String::new(),
            n => format!(" ({n} updated)"),
        };
        format!(
            "{file}: {}: {}{updated}, {}, {}",
            count(events, "event read", "events read"),
            count(talks, "talk", "talks"),
            count(rooms, "new room", "new rooms"),
            count(speakers, "speaker", "speakers")
        )
    },
    schedule_refused: |file, events, talks, refused| {
        format!(
            "{file}: {}: {}, {refused} refused; nothing written",
            count(events, "event read", "events read"),
            count(talks, "talk", "talks")
        )
    },
};

/// `1 talk`, `3 talks`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A problem with a conference's schedule.
fn schedule(p: &ScheduleProblem) -> String {
    use ScheduleProblem as S;
    match p {
        S::NotUtf8(byte) => format!(
            "the schedule is not UTF-8 (byte 0x{byte:02X}): export it again from the conference's site"
        ),
        S::NotXml(reason) => format!("cannot read this as XML: {}", escaped(reason)),
        S::Json(problem) => super::json::problem(problem),
        S::NotSchedule => "not a conference schedule: expected <schedule> (frab, pretalx) \
             or {\"schedule\": …} in JSON"
            .into(),
        S::NoEvents => "the schedule has no events: nothing to import".into(),
        S::MissingTitle => "event refused: it has no title".into(),
        S::NoTime => "event refused: it has no date, and no start on a dated day".into(),
        S::BadDate(value) => format!(
            "event refused: cannot read the date \"{}\" (expected 2024-02-03T10:30:00+01:00)",
            escaped(value)
        ),
        S::BadStart(value) => format!(
            "event refused: cannot read the start \"{}\" (expected HH:MM)",
            escaped(value)
        ),
        S::BadDuration(value) => format!(
            "event refused: cannot read the duration \"{}\" (expected HH:MM)",
            escaped(value)
        ),
        S::NoTimeZone => "event refused: its time has no offset (+01:00) and the conference \
             names no time zone (time_zone_name)"
            .into(),
        S::UnknownTimeZone(name) => format!(
            "unknown time zone \"{}\" (expected a name such as Europe/Brussels)",
            escaped(name)
        ),
        S::Overlaps {
            room,
            other,
            other_line,
        } => format!(
            "event refused: in \"{}\" it overlaps \"{}\" (line {other_line}); one room holds \
             one talk at a time",
            escaped(room),
            escaped(other)
        ),
        S::IntoNeedsSchedule => "--into adds a conference's schedule to a directory; this file \
             is a spreadsheet: import it without --into"
            .into(),
        S::NotForSchedule(option) => {
            format!("{option} is for exhibitor spreadsheets; this file is a conference's schedule")
        }
    }
}

/// How a column is named in messages.
pub(in crate::i18n) fn column(c: Column) -> &'static str {
    match c {
        Column::Stand => "stand number",
        Column::Organisation => "organisation",
        Column::ShortName => "short name",
        Column::Description => "description",
        Column::Title => "title",
        Column::Themes => "themes",
        Column::Website => "website",
        Column::People => "people",
        Column::Hall => "hall",
        Column::X => "x",
        Column::Y => "y",
        Column::Width => "w",
        Column::Height => "h",
        Column::Approach => "approach",
    }
}

/// A side of a stand, as the import and the drawn plan's messages name it.
pub(super) fn side(s: Side) -> &'static str {
    match s {
        Side::North => "north",
        Side::South => "south",
        Side::East => "east",
        Side::West => "west",
    }
}

fn examples(c: Column) -> &'static str {
    match c {
        Column::Stand => "stand, numéro, n°, number",
        _ => "organisation, organization, exposant, exhibitor",
    }
}

fn problem(p: &ImportProblem) -> String {
    use ImportProblem as P;
    match p {
        P::NotUtf8(byte) => format!(
            "the file is not UTF-8 (byte 0x{byte:02X}; probably Windows-1252 or Latin-1): \
             save it as \"CSV UTF-8\" from your spreadsheet and import it again"
        ),
        P::NotCsv(reason) => format!("cannot read this line as CSV: {}", escaped(reason)),
        P::UnclosedQuote => {
            "this cell opens a quote (\") that is never closed, so every row after it \
             would be read into this cell: close the quote or remove it"
                .into()
        }
        P::EmptyFile => "the file is empty: expected a header line (stand; organisation; …)".into(),
        P::NotSpreadsheet(format) => format!(
            "this file is named .{} but is not a spreadsheet: it is neither a zip archive \
             (xlsx, ods) nor an Excel 97-2003 document (xls), nor CSV text; it may be damaged",
            format.name()
        ),
        P::UnreadableSpreadsheet { format, reason } => format!(
            "cannot read this file as {}: {}; it may be damaged: open it in your spreadsheet \
             and save it again",
            format.name(),
            escaped(reason)
        ),
        P::UnknownSheet { name, sheets } => format!(
            "no sheet \"{}\" in this file; its sheets: {}",
            escaped(name),
            sheet_list(sheets)
        ),
        P::NoSheet => "this file has no sheet of cells (only charts or macros)".into(),
        P::SheetOfCsv(name) => format!(
            "--sheet {} is for spreadsheets (xlsx, ods, xls); this file is read as CSV, which has one sheet",
            escaped(name)
        ),
        P::EmptySheet => {
            "the sheet is empty: expected a header row (stand, organisation, …)".into()
        }
        P::NoStands => "no stands: the file has a header line and nothing under it".into(),
        P::NoColumn(c) => format!(
            "no {} column in the header (expected one of: {})",
            column(*c),
            examples(*c)
        ),
        P::IgnoredColumn { header, reason } => {
            let reason = match reason {
                IgnoreReason::Unknown => "not a column maillage knows",
                IgnoreReason::Repeated => "the same column appears earlier",
                IgnoreReason::HallWithoutPosition => "a hall is used only with x and y columns",
                IgnoreReason::PlanGiven => "the plan drawn with --plan gives the positions",
            };
            format!("warning: column \"{}\" ignored: {reason}", escaped(header))
        }
        P::ControlCharacter(c) => {
            format!("control character U+{:04X} in the cell", u32::from(*c))
        }
        P::MoreCellsThanHeader { cells, width } => format!(
            "this row has more cells than the header ({cells} > {width}): \
             a cell that contains the separator must be in double quotes"
        ),
        P::CellError(shown) => format!(
            "the cell shows the error {}: correct its formula or type its value",
            escaped(shown)
        ),
        P::CellsWithoutHeader => "warning: this column has no header, so its cells are ignored: \
             give it a header or empty it"
            .into(),
        P::Missing(c) => format!("missing {}", column(*c)),
        P::EmailNotPerson(item) => format!(
            "\"{}\" looks like an e-mail address, not a person (expected \"Name (role)\")",
            escaped(item)
        ),
        P::UnreadablePerson(item) => format!(
            "cannot read person \"{}\": expected \"Name (role)\"",
            escaped(item)
        ),
        P::WebsiteWithSpaces(value) => format!(
            "website \"{}\" is not a web address (it contains spaces)",
            escaped(value)
        ),
        P::WebsiteIsEmail(value) => format!(
            "website \"{}\" looks like an e-mail address, not a web address",
            escaped(value)
        ),
        P::WebsiteNotAddress(value) => format!(
            "website \"{}\" is not a web address (expected https://…)",
            escaped(value)
        ),
        P::StandNumberUsed { number, line } => format!(
            "stand number {} is already used on line {line}",
            escaped(number)
        ),
        P::OrganisationConflict {
            organisation,
            field,
            line,
        } => format!(
            "warning: {} already has another {} on line {line}; the first one is kept",
            escaped(organisation),
            column(*field)
        ),
        P::NoPosition { stand } => format!(
            "stand {} has no position while others have one: give x and y to every stand, or to none",
            escaped(stand)
        ),
        P::ZeroSize(c) => format!("{} must be at least 1 cell", column(*c)),
        P::NotCells { column: c, value } => format!(
            "{} must be a whole number of cells from 0 to {MAX_COORDINATE}, got \"{}\"",
            column(*c),
            escaped(value)
        ),
        P::MissingCoordinate(c) => {
            format!("missing {} (the position needs x and y)", column(*c))
        }
        P::BadApproach(value) => format!(
            "approach must be north, south, east or west (nord, sud, est, ouest), got \"{}\"",
            escaped(value)
        ),
        P::BeyondLargestHall {
            stand,
            reach,
            hall_max,
        } => format!(
            "stand {} reaches beyond {reach} cells from the corner: a hall is at most {hall_max} cells wide and deep",
            escaped(stand)
        ),
        P::Overlap { stand, other, line } => format!(
            "stand {} overlaps stand {} (line {line})",
            escaped(stand),
            escaped(other)
        ),
        P::EdgeOfPlan { side: s, stand } => format!(
            "the {} side of stand {} is the edge of the plan: there is no aisle to reach it",
            side(*s),
            escaped(stand)
        ),
        P::FacesStand {
            side: s,
            stand,
            other,
            line,
        } => format!(
            "the {} side of stand {} (its approach) faces stand {} (line {line}): \
             there is no aisle to reach it",
            side(*s),
            escaped(stand),
            escaped(other)
        ),
        P::Plan(problem) => super::drawing::problem(problem),
        P::NotDrawn { stand } => format!(
            "stand {} is not drawn on the plan (--plan): draw its box with its number in it",
            escaped(stand)
        ),
        P::Schedule(problem) => schedule(problem),
    }
}

/// `"Feuil1", "Feuil2"`.
fn sheet_list(sheets: &[String]) -> String {
    let quoted: Vec<String> = sheets
        .iter()
        .map(|s| format!("\"{}\"", escaped(s)))
        .collect();
    quoted.join(", ")
}

fn note(n: &ImportNote) -> String {
    match n {
        ImportNote::Grid { aisles } => {
            format!("no positions in the file: stands laid out in a grid of {aisles} aisles")
        }
        ImportNote::HallsWithoutDoors(halls) => format!(
            "{halls} halls and no doors between them in the file: each hall has an entrance of \
             its own on its south edge, placed by the importer, and a route from the entrance to \
             a stand comes in by its hall's entrance (draw the plan with --plan to give the real \
             doors)"
        ),
    }
}
