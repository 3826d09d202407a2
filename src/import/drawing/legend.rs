//! The drawing's text lines sorted into its sections: the scale, the
//! legend (what each letter stands for) and each hall's drawing lines.
//! Keywords are French or English, in any case, with or without accents.

use std::collections::HashMap;

use super::{At, DEFAULT_CHAR_M, DEFAULT_LINE_M, PlanDiagnostic, PlanProblem as P};
use crate::directory::{ConnectionKind, LandmarkKind};
use crate::import::ids::fold;

/// What a legend letter stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum What {
    MainEntrance,
    Entrance,
    Connection(ConnectionKind),
    Landmark(LandmarkKind),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Entry {
    /// `None` for the built-in `E`.
    pub name: Option<String>,
    pub what: What,
    pub walkable: bool,
}

/// A hall's header and its drawing lines, with their line numbers.
#[derive(Debug, Clone)]
pub(super) struct RawHall<'t> {
    pub name: String,
    pub level: i32,
    pub at: At,
    pub lines: Vec<(usize, &'t str)>,
}

#[derive(Debug, Clone)]
pub(super) struct Sections<'t> {
    /// Cells per character across and per line down.
    pub cells_per_char: u32,
    pub cells_per_line: u32,
    pub metres_per_cell: f64,
    pub legend: HashMap<char, Entry>,
    pub halls: Vec<RawHall<'t>>,
}

/// The letter that needs no legend: the main entrance.
pub(super) const MAIN_ENTRANCE: char = 'E';

enum Section {
    None,
    Legend,
    Hall,
}

/// Lines of `text` with their 1-based numbers; a line ends at `\n`,
/// `\r\n` or a lone `\r`, as editors count them.
fn numbered_lines(text: &str) -> Vec<(usize, &str)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .collect()
}

/// Column (1-based, in characters) of byte `offset` of `line`.
pub(super) fn column_of(line: &str, offset: usize) -> usize {
    line[..offset].chars().count() + 1
}

/// A section header: `hall: NAME`, `legend:`, `scale: …` (or their French
/// names), as the keyword's folded name and what follows the colon.
fn header(line: &str) -> Option<(&'static str, &str, usize)> {
    let (keyword, rest) = line.split_once(':')?;
    let word = match fold(keyword).as_str() {
        "hall" | "salle" => "hall",
        "legend" | "legende" => "legend",
        "scale" | "echelle" => "scale",
        _ => return None,
    };
    let offset = line.len() - rest.len();
    Some((word, rest, offset))
}

pub(super) fn sections<'t>(text: &'t str, errors: &mut Vec<PlanDiagnostic>) -> Sections<'t> {
    let mut sections = Sections {
        cells_per_char: 1,
        cells_per_line: 2,
        metres_per_cell: DEFAULT_CHAR_M,
        legend: HashMap::new(),
        halls: Vec::new(),
    };
    let mut legend_lines: HashMap<char, usize> = HashMap::new();
    let mut section = Section::None;
    for (number, line) in numbered_lines(text) {
        if line.trim_start().starts_with("//") {
            continue;
        }
        if let Some((word, rest, offset)) = header(line) {
            let at = At {
                line: number,
                column: column_of(line, offset),
            };
            match word {
                "scale" => {
                    section = Section::None;
                    match scale(rest) {
                        Some((per_char, per_line, metres)) => {
                            sections.cells_per_char = per_char;
                            sections.cells_per_line = per_line;
                            sections.metres_per_cell = metres;
                        }
                        None => errors.push(PlanDiagnostic::new(
                            at.line,
                            at.column,
                            P::BadScale(rest.trim().to_string()),
                        )),
                    }
                }
                "legend" => section = Section::Legend,
                _ => {
                    section = Section::Hall;
                    let (name, level) = hall_name(rest.trim());
                    sections.halls.push(RawHall {
                        name,
                        level,
                        at: At {
                            line: number,
                            column: column_of(line, line.len() - line.trim_start().len()),
                        },
                        lines: Vec::new(),
                    });
                }
            }
            continue;
        }
        if let Some(tab) = line.find('\t') {
            errors.push(PlanDiagnostic::new(number, column_of(line, tab), P::Tab));
            continue;
        }
        match section {
            Section::Hall => {
                if let Some(hall) = sections.halls.last_mut() {
                    hall.lines.push((number, line));
                }
            }
            _ if line.trim().is_empty() => {}
            Section::Legend => match legend_entry(line) {
                Ok((key, entry)) => {
                    if let Some(&first) = legend_lines.get(&key) {
                        let column = column_of(line, line.len() - line.trim_start().len());
                        let kind = P::LegendKeyTwice { key, line: first };
                        errors.push(PlanDiagnostic::new(number, column, kind));
                    } else {
                        legend_lines.insert(key, number);
                        sections.legend.insert(key, entry);
                    }
                }
                Err((offset, problem)) => {
                    errors.push(PlanDiagnostic::new(
                        number,
                        column_of(line, offset),
                        problem,
                    ));
                }
            },
            Section::None => {
                let column = column_of(line, line.len() - line.trim_start().len());
                errors.push(PlanDiagnostic::new(number, column, P::OutsideSection));
            }
        }
    }
    sections
        .legend
        .entry(MAIN_ENTRANCE)
        .or_insert_with(|| Entry {
            name: None,
            what: What::MainEntrance,
            walkable: true,
        });
    for hall in &mut sections.halls {
        // Blank lines at the end are no part of the drawing.
        while hall.lines.last().is_some_and(|(_, l)| l.trim().is_empty()) {
            hall.lines.pop();
        }
    }
    if sections.halls.is_empty() && errors.is_empty() {
        errors.push(PlanDiagnostic::new(1, 1, P::NoHall));
    }
    sections
}

/// `Grande salle (level 1)` or `Étage (niveau 1)`: the name and the level.
fn hall_name(text: &str) -> (String, i32) {
    if let Some(open) = text.rfind('(')
        && let Some(inner) = text[open + 1..].strip_suffix(')')
        && let Some((word, level)) = inner.trim().split_once(char::is_whitespace)
        && matches!(fold(word).as_str(), "level" | "niveau" | "floor" | "etage")
        && let Ok(level) = level.trim().parse::<i32>()
    {
        return (text[..open].trim().to_string(), level);
    }
    (text.to_string(), 0)
}

/// `1 char = 0.5 m, 1 line = 1 m` (or `1 caractère = 0,5 m ; 1 ligne = 1 m`):
/// cells per character, cells per line and the side of a cell in metres.
/// A cell is the smaller of the two steps; the larger must be a whole
/// number of cells. A step not given keeps its default.
fn scale(text: &str) -> Option<(u32, u32, f64)> {
    #[derive(Debug, PartialEq)]
    enum Token {
        Number(f64),
        Word(String),
        Equals,
    }
    let mut tokens = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut number = String::new();
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], '.' | ',')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                number.push(if chars[i] == ',' { '.' } else { chars[i] });
                i += 1;
            }
            tokens.push(Token::Number(number.parse().ok()?));
            continue;
        }
        if c.is_alphabetic() {
            let mut word = String::new();
            while i < chars.len() && chars[i].is_alphabetic() {
                word.push(chars[i]);
                i += 1;
            }
            tokens.push(Token::Word(fold(&word)));
            continue;
        }
        if c == '=' {
            tokens.push(Token::Equals);
        } else if !(c.is_whitespace() || matches!(c, ',' | ';')) {
            return None;
        }
        i += 1;
    }
    let (mut char_m, mut line_m) = (None, None);
    let mut rest = &tokens[..];
    while !rest.is_empty() {
        let (count, after) = match rest {
            [Token::Number(n), after @ ..] => (*n, after),
            after => (1.0, after),
        };
        let [
            Token::Word(what),
            Token::Equals,
            Token::Number(length),
            Token::Word(unit),
            after @ ..,
        ] = after
        else {
            return None;
        };
        let metres = match unit.as_str() {
            "m" | "metre" | "metres" | "meter" | "meters" => *length,
            "cm" => length / 100.0,
            _ => return None,
        } / count;
        let slot = if what.starts_with("char") || what.starts_with("car") {
            &mut char_m
        } else if what.starts_with("line") || what.starts_with("lign") {
            &mut line_m
        } else {
            return None;
        };
        if slot.is_some() || !(metres > 0.0 && metres.is_finite()) {
            return None;
        }
        *slot = Some(metres);
        rest = after;
    }
    let char_m = char_m.unwrap_or(DEFAULT_CHAR_M);
    let line_m = line_m.unwrap_or(DEFAULT_LINE_M);
    let cell = char_m.min(line_m);
    let whole = |ratio: f64| {
        let rounded = ratio.round();
        ((ratio - rounded).abs() < 1e-6 && (1.0..=20.0).contains(&rounded))
            .then_some(rounded as u32)
    };
    Some((whole(char_m / cell)?, whole(line_m / cell)?, cell))
}

/// `A: Accueil (welcome desk)`, `B: Bar (bar, walkable)`, `P = Porte (door)`.
/// On failure, the byte offset of the problem in the line.
fn legend_entry(line: &str) -> Result<(char, Entry), (usize, P)> {
    let start = line.len() - line.trim_start().len();
    let body = line.trim();
    let split = body.find([':', '=']).ok_or((start, P::BadLegendLine))?;
    let mut key = body[..split].trim().chars();
    let (Some(key), None) = (key.next(), key.next()) else {
        return Err((start, P::BadLegendLine));
    };
    if !key.is_alphanumeric() {
        return Err((start, P::BadLegendLine));
    }
    let rest = body[split + 1..].trim();
    let (name, kind) = match rest
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|o| (r, o)))
    {
        Some((inner, open)) => (rest[..open].trim(), Some((&inner[open + 1..], open))),
        None => (rest, None),
    };
    if name.is_empty() {
        return Err((start, P::BadLegendLine));
    }
    let mut what = What::Landmark(LandmarkKind::Other);
    let mut walkable = None;
    if let Some((words, _)) = kind {
        for word in words.split(',') {
            let folded = fold(word);
            match folded.as_str() {
                "walkable" | "praticable" | "open" | "ouvert" => walkable = Some(true),
                _ => match kind_of(&folded) {
                    Some(w) => what = w,
                    None => {
                        let offset = line.rfind(word.trim()).unwrap_or(start);
                        return Err((offset, P::UnknownKind(word.trim().to_string())));
                    }
                },
            }
        }
    }
    let walkable = walkable.unwrap_or(!matches!(what, What::Landmark(_)))
        || matches!(what, What::Landmark(LandmarkKind::Exit));
    Ok((
        key,
        Entry {
            name: Some(name.to_string()),
            what,
            walkable,
        },
    ))
}

fn kind_of(folded: &str) -> Option<What> {
    use LandmarkKind as L;
    Some(match folded {
        "main entrance" | "entree principale" | "main" | "principale" => What::MainEntrance,
        "entrance" | "entree" | "entry" => What::Entrance,
        "door" | "porte" | "passage" => What::Connection(ConnectionKind::Door),
        "stairs" | "staircase" | "escalier" | "escaliers" => {
            What::Connection(ConnectionKind::Stairs)
        }
        "lift" | "elevator" | "ascenseur" => What::Connection(ConnectionKind::Lift),
        "tribune" | "stage" | "scene" | "estrade" => What::Landmark(L::Tribune),
        "welcome desk" | "welcome" | "accueil" | "reception" => What::Landmark(L::WelcomeDesk),
        "bar" | "buvette" | "cafe" => What::Landmark(L::Bar),
        "toilets" | "toilettes" | "wc" => What::Landmark(L::Toilets),
        "exit" | "emergency exit" | "sortie" | "sortie de secours" => What::Landmark(L::Exit),
        "cloakroom" | "vestiaire" => What::Landmark(L::Cloakroom),
        "other" | "autre" => What::Landmark(L::Other),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_reads_english_and_french() {
        assert_eq!(scale("1 char = 0.5 m, 1 line = 1 m"), Some((1, 2, 0.5)));
        assert_eq!(
            scale(" 1 caractère = 0,5 m ; 1 ligne = 1 m"),
            Some((1, 2, 0.5))
        );
        assert_eq!(scale("1 char = 1 m, 1 line = 1 m"), Some((1, 1, 1.0)));
        assert_eq!(scale("2 chars = 1 m"), Some((1, 2, 0.5)));
        assert_eq!(scale("1 line = 50 cm"), Some((1, 1, 0.5)));
        assert_eq!(
            scale("1 char = 0.3 m, 1 line = 1 m"),
            None,
            "not a multiple"
        );
        assert_eq!(scale("1 char = 0 m"), None);
        assert_eq!(scale("one char is half a metre"), None);
    }

    #[test]
    fn a_legend_line_gives_a_name_a_kind_and_walkable() {
        let (key, entry) = legend_entry("  B: Bar du coin (bar, walkable)").unwrap();
        assert_eq!(key, 'B');
        assert_eq!(entry.name.as_deref(), Some("Bar du coin"));
        assert_eq!(entry.what, What::Landmark(LandmarkKind::Bar));
        assert!(entry.walkable);
        let (_, entry) = legend_entry("T = Tribune (interventions) (tribune)").unwrap();
        assert_eq!(entry.name.as_deref(), Some("Tribune (interventions)"));
        assert!(!entry.walkable);
        let (_, entry) = legend_entry("P: Porte vers l'annexe (porte)").unwrap();
        assert_eq!(entry.what, What::Connection(ConnectionKind::Door));
        let (_, entry) = legend_entry("X: Stockage").unwrap();
        assert_eq!(entry.what, What::Landmark(LandmarkKind::Other));
        assert_eq!(
            legend_entry("Q: Quoi (piscine)").err(),
            Some((9, P::UnknownKind("piscine".into())))
        );
        assert!(legend_entry("AB: deux lettres").is_err());
    }

    #[test]
    fn line_ends_of_every_kind_count_once() {
        let lines = numbered_lines("a\r\nb\rc\nd");
        assert_eq!(lines, [(1, "a"), (2, "b"), (3, "c"), (4, "d")]);
    }
}
