//! A floor plan drawn as text (`maillage import exposants.csv --plan salle.txt`).
//!
//! The organiser draws each hall in a text editor: `#` walls, stands as
//! boxes (`+----+`, `|    |`) holding their number, letters for entrances,
//! doors between halls and landmarks, named in a legend. The language is
//! described in `data/README.md` ("A plan drawn as text"); in short:
//!
//! ```text
//! scale: 1 char = 0.5 m, 1 line = 1 m
//!
//! legend:
//! A: Accueil (welcome desk)
//! P: Porte vers l'annexe (door)
//!
//! hall: Grande salle
//! ##########P###
//! #  +-A1-+    #
//! #  +--*-+ AA #
//! #            #
//! ######E#######
//! ```
//!
//! [`parse`] reads the drawing alone (every problem with its line and
//! column in the drawing); [`place`] then puts the spreadsheet's stands
//! where their numbers are drawn. Pure: text in, a drawing or problems out.

mod grid;
mod legend;
mod place;
#[cfg(test)]
mod tests;

use crate::directory::{ConnectionKind, LandmarkKind, Rect, Side};

pub(super) use place::place;

/// A problem in the drawing, at a 1-based line and column of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    /// The first byte that is not UTF-8.
    NotUtf8(u8),
    /// A tab: its width depends on the editor, so the drawing would shift.
    Tab,
    /// The `scale:` line as written, not understood.
    BadScale(String),
    /// No `hall:` line in the file.
    NoHall,
    /// A `hall:` line with no drawing under it.
    EmptyHall(String),
    /// A hall wider or taller than the directory allows, in cells.
    HallTooLarge { hall: String, cells: u64, max: u32 },
    /// A line before the first `hall:` or `legend:` line.
    OutsideSection,
    /// A legend line that is not `X: name (kind)`.
    BadLegendLine,
    /// A legend letter given twice (first on `line`).
    LegendKeyTwice { key: char, line: usize },
    /// What a legend line says the letter is, not understood.
    UnknownKind(String),
    /// A letter drawn outside the stands that the legend does not name.
    UnknownLetter(char),
    /// A character that means nothing in a drawing.
    UnknownCharacter(char),
    /// A letter's cells that do not fill a rectangle.
    NotRectangle(char),
    /// A box whose outline breaks here; it starts at `line`, `column`.
    UnclosedBox { line: usize, column: usize },
    /// A piece of box outline (`-`, `|`, `+`, `*`) that belongs to no box.
    StrayOutline(char),
    /// A box with no stand number in it.
    NoNumber,
    /// A box with two numbers in it.
    TwoNumbers { first: String, second: String },
    /// Approach marks (`*`) on two sides of one box.
    TwoApproaches,
    /// A stand number drawn a second time (first on `line`).
    DrawnTwice { stand: String, line: usize },
    /// A box drawn across or inside another (drawn on `line`).
    Overlap {
        stand: String,
        other: String,
        line: usize,
    },
    /// A second main entrance (the first on `line`).
    SecondMainEntrance { line: usize },
    /// A door, stairs or lift drawn in one hall only.
    ConnectionOnce { name: String },
    /// A door, stairs or lift drawn in more than two places, or twice in a hall.
    ConnectionTooMany { name: String },
    /// A hall with no entrance that no door, stairs or lift joins to a hall with one.
    HallUnreachable { hall: String },
    /// The side marked `*` faces the edge of the hall.
    ApproachOutside { stand: String, side: Side },
    /// The side marked `*` faces a wall, a stand or a landmark.
    ApproachBlocked { stand: String, side: Side },
    /// The side marked `*` faces floor that no entrance leads to.
    ApproachUnreachable { stand: String, side: Side },
    /// No side of the stand faces floor an entrance leads to.
    StandUnreachable { stand: String },
    /// A stand number drawn that the spreadsheet does not have.
    NotInSheet { stand: String },
}

/// A problem with its place in the drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDiagnostic {
    pub line: usize,
    pub column: usize,
    pub problem: PlanProblem,
}

impl PlanDiagnostic {
    fn new(line: usize, column: usize, problem: PlanProblem) -> PlanDiagnostic {
        PlanDiagnostic {
            line,
            column,
            problem,
        }
    }
}

/// A 1-based line and column in the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct At {
    pub line: usize,
    pub column: usize,
}

/// A plan read from its drawing, in cells of `metres_per_cell`.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub metres_per_cell: f64,
    pub halls: Vec<DrawnHall>,
    pub connections: Vec<DrawnConnection>,
    pub stands: Vec<DrawnStand>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DrawnHall {
    pub name: String,
    pub level: i32,
    /// The `hall:` line.
    pub at: At,
    pub width: u32,
    pub height: u32,
    pub walls: Vec<Rect>,
    pub entrances: Vec<DrawnEntrance>,
    pub landmarks: Vec<DrawnLandmark>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DrawnEntrance {
    /// `None` for `E` when the legend does not name it: the importer's
    /// "Entrance", in the language of the import.
    pub name: Option<String>,
    pub main: bool,
    pub x: u32,
    pub y: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DrawnLandmark {
    pub name: String,
    pub kind: LandmarkKind,
    pub rect: Rect,
    pub walkable: bool,
}

/// A door, stairs or lift: the same letter drawn in two halls.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnConnection {
    pub name: String,
    pub kind: ConnectionKind,
    /// Hall index and cell of each end.
    pub from: (usize, u32, u32),
    pub to: (usize, u32, u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct DrawnStand {
    /// As drawn.
    pub number: String,
    pub hall: usize,
    pub rect: Rect,
    pub approach: Side,
    /// Where the number is drawn.
    pub at: At,
}

/// The largest hall side the directory validator accepts, in cells.
const MAX_HALL_CELLS: u32 = 10_000;

/// The scale when the file states none: a character is half a metre
/// across and a line a metre down, so a plan looks square in a terminal.
pub const DEFAULT_CHAR_M: f64 = 0.5;
pub const DEFAULT_LINE_M: f64 = 1.0;

/// Reads a drawing. On failure, every problem found, in file order.
pub fn parse(bytes: &[u8]) -> Result<Drawing, Vec<PlanDiagnostic>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let (line, column) = crate::text_position::line_column(bytes, at);
            return Err(vec![PlanDiagnostic::new(
                line,
                column,
                PlanProblem::NotUtf8(bytes[at]),
            )]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut errors = Vec::new();
    let sections = legend::sections(text, &mut errors);
    let (mut drawing, marks) = grid::read(&sections, &mut errors);
    if errors.is_empty() {
        place::check(&mut drawing, &marks, &mut errors);
    }
    if errors.is_empty() {
        Ok(drawing)
    } else {
        errors.sort_by_key(|d| (d.line, d.column));
        errors.dedup();
        Err(errors)
    }
}
