//! What the importer can say about a spreadsheet, as data: problems and
//! warnings ([`ImportProblem`]) and notes on what it decided by itself
//! ([`ImportNote`]). `crate::i18n` (`en/import.rs`, `fr/import.rs`) words them.

pub use super::columns::Column;
pub use super::drawing::PlanProblem;
/// The largest coordinate, in cells, as messages name it.
pub use super::position::MAX_COORDINATE;
pub use super::schedule::ScheduleProblem;
pub use super::sheet::Format;
use crate::directory::Side;
use crate::i18n::{Lang, t};

/// Why a header was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoreReason {
    Unknown,
    Repeated,
    /// A hall column in a sheet with no `x` and `y` columns.
    HallWithoutPosition,
    /// A position column when the plan is drawn (`--plan`).
    PlanGiven,
}

/// A problem (or, for the warnings, a piece of advice) at a place in the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// The first byte that is not UTF-8.
    NotUtf8(u8),
    /// The csv reader's own message, in English.
    NotCsv(String),
    /// A cell opens a quote that nothing closes: the rest of the file
    /// would be read as that one cell.
    UnclosedQuote,
    EmptyFile,
    /// The file's name says spreadsheet, and its bytes are neither one nor text.
    NotSpreadsheet(Format),
    /// The spreadsheet reader's own message, in English.
    UnreadableSpreadsheet {
        format: Format,
        reason: String,
    },
    /// `--sheet NAME` names none of these sheets.
    UnknownSheet {
        name: String,
        sheets: Vec<String>,
    },
    /// A workbook without a single worksheet (only charts).
    NoSheet,
    /// `--sheet NAME` for a CSV file.
    SheetOfCsv(String),
    EmptySheet,
    NoStands,
    NoColumn(Column),
    IgnoredColumn {
        header: String,
        reason: IgnoreReason,
    },
    ControlCharacter(char),
    /// A cell showing a spreadsheet's error (`#REF!`, `#N/A`) instead of a value.
    CellError(String),
    /// A warning: cells in a column with no header, which nothing reads.
    CellsWithoutHeader,
    MoreCellsThanHeader {
        cells: usize,
        width: usize,
    },
    Missing(Column),
    EmailNotPerson(String),
    UnreadablePerson(String),
    WebsiteWithSpaces(String),
    WebsiteIsEmail(String),
    WebsiteNotAddress(String),
    StandNumberUsed {
        number: String,
        line: usize,
    },
    /// A later row gives an organisation another value for `field`.
    OrganisationConflict {
        organisation: String,
        field: Column,
        line: usize,
    },
    NoPosition {
        stand: String,
    },
    ZeroSize(Column),
    NotCells {
        column: Column,
        value: String,
    },
    MissingCoordinate(Column),
    BadApproach(String),
    /// A stand reaching past `reach` cells; halls are at most `hall_max` cells.
    BeyondLargestHall {
        stand: String,
        reach: u32,
        hall_max: u32,
    },
    Overlap {
        stand: String,
        other: String,
        line: usize,
    },
    EdgeOfPlan {
        side: Side,
        stand: String,
    },
    FacesStand {
        side: Side,
        stand: String,
        other: String,
        line: usize,
    },
    /// A problem in the drawn plan (`--plan`): its line and column are the
    /// drawing's.
    Plan(PlanProblem),
    /// A stand of the sheet whose number the drawn plan does not show.
    NotDrawn {
        stand: String,
    },
    /// A problem with a conference's schedule (`schedule.xml`, `schedule.json`).
    Schedule(ScheduleProblem),
}

impl ImportProblem {
    /// Whether the problem's line and column are in the drawn plan rather
    /// than in the spreadsheet.
    pub fn in_plan(&self) -> bool {
        matches!(self, ImportProblem::Plan(_))
    }
}

/// What the importer decided on its own, not tied to a place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportNote {
    /// Stands laid out in a grid of this many aisles.
    Grid { aisles: u32 },
    /// Several halls, and no connections between them.
    HallsWithoutDoors(usize),
}

impl ImportProblem {
    pub fn text(&self, lang: Lang) -> String {
        (t(lang).import.problem)(self)
    }
}

impl ImportNote {
    pub fn text(&self, lang: Lang) -> String {
        (t(lang).import.note)(self)
    }
}
