//! The optional position columns of a row: `hall`, `x`, `y`, `w`, `h`,
//! `approach`, in cells of one metre from the hall's north-west corner.

use crate::directory::Side;

use super::Diagnostic;
use super::columns::{Column, ColumnMap};
use super::messages::ImportProblem as P;
use super::rows::{at, single_line};
use super::table::Field;

/// A stand's place as the sheet gives it, in cells of the hall plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub hall: Option<String>,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub approach: Side,
    /// The `x` cell, where position problems are reported.
    pub at: Field,
}

/// Stand size when the sheet gives `x` and `y` but no `w` or `h`.
pub const DEFAULT_SIZE: u32 = 2;
/// Side a stand is reached from when the sheet has no `approach` column.
pub const DEFAULT_APPROACH: Side = Side::South;

/// The position cells, when the sheet has `x`/`y` columns and the row fills them.
pub fn position(
    map: &ColumnMap,
    cell: &dyn Fn(Column) -> Option<Field>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Position> {
    if !map.has(Column::X) && !map.has(Column::Y) {
        return None;
    }
    let cells = [
        Column::X,
        Column::Y,
        Column::Width,
        Column::Height,
        Column::Approach,
    ]
    .map(cell);
    if cells.iter().flatten().all(|f| f.value.is_empty()) {
        return None;
    }
    let errors_before = errors.len();
    let mut number = |column: Column, index: usize, default: Option<u32>| -> u32 {
        match &cells[index] {
            Some(f) if !f.value.is_empty() => match f.value.parse::<u32>() {
                Ok(0) if matches!(column, Column::Width | Column::Height) => {
                    errors.push(at(f, P::ZeroSize(column)));
                    0
                }
                Ok(n) if n <= MAX_COORDINATE => n,
                _ => {
                    let value = f.value.clone();
                    errors.push(at(f, P::NotCells { column, value }));
                    0
                }
            },
            _ => default.unwrap_or_else(|| {
                let other = cells[..2].iter().flatten().find(|f| !f.value.is_empty());
                if let Some(f) = cells[index].as_ref().or(other) {
                    errors.push(at(f, P::MissingCoordinate(column)));
                }
                0
            }),
        }
    };
    let x = number(Column::X, 0, None);
    let y = number(Column::Y, 1, None);
    let w = number(Column::Width, 2, Some(DEFAULT_SIZE));
    let h = number(Column::Height, 3, Some(DEFAULT_SIZE));
    let approach = match &cells[4] {
        Some(f) if !f.value.is_empty() => side(&f.value).unwrap_or_else(|| {
            errors.push(at(f, P::BadApproach(f.value.clone())));
            DEFAULT_APPROACH
        }),
        _ => DEFAULT_APPROACH,
    };
    if errors.len() > errors_before {
        return None;
    }
    Some(Position {
        hall: cell(Column::Hall)
            .map(|f| single_line(&f.value))
            .filter(|v| !v.is_empty()),
        x,
        y,
        w,
        h,
        approach,
        at: cells[0].clone().or(cells[1].clone())?,
    })
}

/// Largest coordinate or size accepted: a hall of 10 km at a metre a cell.
pub const MAX_COORDINATE: u32 = 10_000;

fn side(value: &str) -> Option<Side> {
    match super::ids::fold(value).as_str() {
        "north" | "nord" | "n" => Some(Side::North),
        "south" | "sud" | "s" => Some(Side::South),
        "east" | "est" | "e" => Some(Side::East),
        "west" | "ouest" | "w" | "o" => Some(Side::West),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_in_french_and_english() {
        assert_eq!(side("Nord"), Some(Side::North));
        assert_eq!(side("ouest"), Some(Side::West));
        assert_eq!(side("East"), Some(Side::East));
        assert_eq!(side("up"), None);
    }
}
