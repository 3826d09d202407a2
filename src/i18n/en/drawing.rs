//! The drawn plan's problems (`import::drawing`) in English.

use crate::i18n::escaped;
use crate::import::messages::PlanProblem;

use super::import::side;

pub(in crate::i18n) fn problem(p: &PlanProblem) -> String {
    use PlanProblem as P;
    match p {
        P::NotUtf8(byte) => format!(
            "the plan is not UTF-8 (byte 0x{byte:02X}): save it as UTF-8 text from your editor"
        ),
        P::Tab => "a tab in the drawing: its width depends on the editor, use spaces".into(),
        P::BadScale(text) => format!(
            "scale \"{}\" not understood: write for example `scale: 1 char = 0.5 m, 1 line = 1 m` \
             (one step a whole number of times the other)",
            escaped(text)
        ),
        P::NoHall => {
            "no hall in the plan: start each hall's drawing with a line `hall: NAME`".into()
        }
        P::EmptyHall(hall) => format!(
            "hall \"{}\" has no drawing under its `hall:` line",
            escaped(hall)
        ),
        P::HallTooLarge { hall, cells, max } => format!(
            "hall \"{}\" is {cells} cells across at this scale; a hall is at most {max}",
            escaped(hall)
        ),
        P::OutsideSection => "this line is in no section: start a hall with `hall: NAME` \
                              or a legend with `legend:`"
            .into(),
        P::BadLegendLine => "legend line not understood: write a letter, a colon, the name and \
                             what it is, e.g. `A: Accueil (welcome desk)`"
            .into(),
        P::LegendKeyTwice { key, line } => {
            format!("letter {key} is already in the legend on line {line}")
        }
        P::UnknownKind(word) => format!(
            "\"{}\" is not a kind the legend knows: main entrance, entrance, door, stairs, lift, \
             tribune, welcome desk, bar, toilets, exit, cloakroom, other (and walkable)",
            escaped(word)
        ),
        P::UnknownLetter(c) => format!(
            "letter {} is not in the legend: add a line `{}: NAME (kind)` under `legend:`, \
             or draw the stand in a box",
            escaped(&c.to_string()),
            escaped(&c.to_string())
        ),
        P::UnknownCharacter(c) => format!(
            "`{}` means nothing in a drawing: walls are #, floor is a space or ., stands are \
             boxes of + - |, places are letters",
            escaped(&c.to_string())
        ),
        P::NotRectangle(c) => format!(
            "the {c} cells do not make a rectangle: draw each place as a full rectangle of its \
             letter"
        ),
        P::UnclosedBox { line, column } => format!(
            "the box starting at line {line}, column {column} is not closed here: a box is \
             +--+ on top, | down each side and +--+ below"
        ),
        P::StrayOutline(c) => {
            format!("`{c}` belongs to no box: a stand is a closed box of + - |, walls are #")
        }
        P::NoNumber => "this box has no stand number in it".into(),
        P::TwoNumbers { first, second } => format!(
            "this box holds two numbers, {} and {}: one stand per box",
            escaped(first),
            escaped(second)
        ),
        P::TwoApproaches => "approach marks (*) on two sides of one box: mark only the side \
                             visitors come to"
            .into(),
        P::DrawnTwice { stand, line } => {
            format!("stand {} is already drawn on line {line}", escaped(stand))
        }
        P::Overlap { stand, other, line } => {
            let this = match stand.as_str() {
                "" => "this box".to_string(),
                s => format!("the box of stand {}", escaped(s)),
            };
            let other = match other.as_str() {
                "" => "another box".to_string(),
                o => format!("the box of stand {} (line {line})", escaped(o)),
            };
            format!("{this} crosses or holds {other}: draw each box apart")
        }
        P::SecondMainEntrance { line } => format!(
            "a second main entrance (the first is on line {line}): name the others \
             (entrance) in the legend"
        ),
        P::ConnectionOnce { name } => format!(
            "\"{}\" is drawn in one hall only: draw its letter in both halls it joins",
            escaped(name)
        ),
        P::ConnectionTooMany { name } => format!(
            "\"{}\" is drawn twice in a hall or in more than two halls: a door joins two halls, \
             give each door its own letter",
            escaped(name)
        ),
        P::HallUnreachable { hall } => format!(
            "nobody can walk into hall \"{}\": it has no entrance and no door, stairs or lift \
             leads to it from a hall that has one",
            escaped(hall)
        ),
        P::ApproachOutside { stand, side: s } => format!(
            "stand {} is marked to be approached from the {}, but that side is the edge of \
             the hall",
            escaped(stand),
            side(*s)
        ),
        P::ApproachBlocked { stand, side: s } => format!(
            "stand {} is marked to be approached from the {}, but that side faces a wall, a \
             stand or a landmark: leave an aisle",
            escaped(stand),
            side(*s)
        ),
        P::ApproachUnreachable { stand, side: s } => format!(
            "stand {} is marked to be approached from the {}, but no entrance leads to the \
             aisle there",
            escaped(stand),
            side(*s)
        ),
        P::StandUnreachable { stand } => format!(
            "no entrance leads to stand {}: none of its sides faces an aisle an entrance or a \
             door leads to",
            escaped(stand)
        ),
        P::NotInSheet { stand } => format!(
            "stand {} is drawn on the plan but is not in the spreadsheet",
            escaped(stand)
        ),
    }
}
