//! Given and family names, for address books (vCard `N`, the CSV columns).
//!
//! A note keeps the name as typed (`name`, the vCard's `FN`). When the user
//! did not type the given and family names apart, [`split_name`] guesses
//! them; a guess, since names vary too much for a rule, but a better one
//! than "the last word is the family name":
//!
//! - `Dupont, Élise`: the part before the comma is the family name;
//! - `DUPONT Élise`, `Élise DUPONT`: the words in capitals are the family
//!   name (as French forms write it), when the others are not in capitals;
//! - a particle that is not the first word starts the family name:
//!   `Jean de La Fontaine` → `Jean` / `de La Fontaine`, `Ludwig van
//!   Beethoven` → `Ludwig` / `van Beethoven`;
//! - otherwise the last word is the family name, the others the given names;
//! - a lone word is a given name, with no family name (`N:;Cher;;;`), as
//!   Android's name splitter and Apple's Contacts store it.

use super::model::Note;

/// Words that start a family name when they follow the given name, in any
/// case (`de La Fontaine`, `Van Damme`).
const PARTICLES: &[&str] = &[
    "de", "du", "des", "da", "das", "di", "do", "dos", "del", "della", "van", "von", "der", "den",
    "le", "la", "les", "el", "al", "bin", "ibn", "ben", "ten", "ter", "zu", "op", "af", "av",
];

/// A person's name in two parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitName {
    /// First and middle names (`Jean`, `Anne Marie`); may be empty.
    pub given: String,
    /// Family name with its particles (`de La Fontaine`); may be empty.
    pub family: String,
}

impl Note {
    /// The given and family names (see [`names_of`]).
    pub fn given_and_family(&self) -> SplitName {
        names_of(
            &self.name,
            self.given_name.as_deref(),
            self.family_name.as_deref(),
        )
    }
}

/// The given and family names of `name`, given those typed apart: both as
/// typed; one typed, the other is what remains of the name around it
/// (`Ludwig van Beethoven` with the family name `Beethoven` has the given
/// names `Ludwig van`), or empty when the name does not start or end with
/// it; none typed, [`split_name`].
pub fn names_of(name: &str, given: Option<&str>, family: Option<&str>) -> SplitName {
    let name = name.trim();
    let rest = |part: Option<&str>| part.map(str::trim).map(str::to_string).unwrap_or_default();
    match (given.map(str::trim), family.map(str::trim)) {
        (None, None) => split_name(name),
        (Some(given), None) => parts(given, name.strip_prefix(given).map_or("", str::trim)),
        (None, Some(family)) => parts(name.strip_suffix(family).map_or("", str::trim), family),
        (given, family) => SplitName {
            given: rest(given),
            family: rest(family),
        },
    }
}

/// The best guess at the given and family names in `name` (see the module).
pub fn split_name(name: &str) -> SplitName {
    let name = name.trim();
    if let Some((family, given)) = name.split_once(',') {
        let (family, given) = (family.trim(), given.trim());
        if !family.is_empty() && !given.is_empty() {
            return parts(given, family);
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => return SplitName::default(),
        [one] => return parts(one, ""),
        _ => {}
    }
    if let Some(split) = split_by_capitals(&words) {
        return split;
    }
    // A particle starts the family name if a name follows it.
    let last = words.len() - 1;
    let start = (1..last).find(|&i| is_particle(words[i])).unwrap_or(last);
    parts(&words[..start].join(" "), &words[start..].join(" "))
}

fn parts(given: &str, family: &str) -> SplitName {
    SplitName {
        given: given.to_string(),
        family: family.to_string(),
    }
}

fn is_particle(word: &str) -> bool {
    PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// `DUPONT Élise` or `Élise DUPONT`: a run of words in capitals at the start
/// or the end, the other words not in capitals.
fn split_by_capitals(words: &[&str]) -> Option<SplitName> {
    let caps: Vec<bool> = words.iter().map(|w| in_capitals(w)).collect();
    let leading = caps.iter().take_while(|&&c| c).count();
    let trailing = caps.iter().rev().take_while(|&&c| c).count();
    let others_lower = |range: std::ops::Range<usize>| range.clone().all(|i| !caps[i]);
    if leading > 0 && leading < words.len() && others_lower(leading..words.len()) {
        return Some(parts(
            &words[leading..].join(" "),
            &words[..leading].join(" "),
        ));
    }
    let start = words.len() - trailing;
    if trailing > 0 && start > 0 && others_lower(0..start) {
        // Particles in lower case before the capitals belong to the family name.
        let start = (1..start)
            .find(|&i| words[i..start].iter().all(|w| is_particle(w)))
            .unwrap_or(start);
        return Some(parts(&words[..start].join(" "), &words[start..].join(" ")));
    }
    None
}

/// Two letters or more, all upper case (`DUPONT`, `LE`; not `A.` nor `J`).
fn in_capitals(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_typed_apart_leaves_the_rest_of_the_name_to_the_other() {
        let of = |given, family| {
            let split = names_of("Ludwig van Beethoven", given, family);
            (split.given, split.family)
        };
        assert_eq!(
            of(None, Some("Beethoven")),
            ("Ludwig van".into(), "Beethoven".into())
        );
        assert_eq!(
            of(Some("Ludwig"), None),
            ("Ludwig".into(), "van Beethoven".into())
        );
        assert_eq!(of(None, Some("Bach")), (String::new(), "Bach".into()));
        assert_eq!(of(Some("L."), Some("B.")), ("L.".into(), "B.".into()));
        assert_eq!(of(None, None), ("Ludwig".into(), "van Beethoven".into()));
    }

    #[test]
    fn names_split_into_given_and_family() {
        let table = [
            ("Jean de La Fontaine", "Jean", "de La Fontaine"),
            ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
            ("Ludwig Van Beethoven", "Ludwig", "Van Beethoven"),
            ("Vincent van der Berg", "Vincent", "van der Berg"),
            ("Marie de la Croix", "Marie", "de la Croix"),
            ("Leonardo da Vinci", "Leonardo", "da Vinci"),
            ("Anne-Marie Le Pen", "Anne-Marie", "Le Pen"),
            ("Jean-Claude Van Damme", "Jean-Claude", "Van Damme"),
            ("Ursula von der Leyen", "Ursula", "von der Leyen"),
            ("Mohammed bin Salman", "Mohammed", "bin Salman"),
            ("Gerard ter Steege", "Gerard", "ter Steege"),
            ("Élise Dupont", "Élise", "Dupont"),
            ("Anne Marie Schmit", "Anne Marie", "Schmit"),
            ("  Ada   Example ", "Ada", "Example"),
            // A particle first is a given name (Al Gore); last, a family name.
            ("Al Gore", "Al", "Gore"),
            ("Marie De", "Marie", "De"),
            ("Dupont, Élise", "Élise", "Dupont"),
            ("de La Fontaine, Jean", "Jean", "de La Fontaine"),
            ("DUPONT Élise", "Élise", "DUPONT"),
            ("DUPONT-MULLER Anne Marie", "Anne Marie", "DUPONT-MULLER"),
            ("Élise DUPONT", "Élise", "DUPONT"),
            ("Jean de LA FONTAINE", "Jean", "de LA FONTAINE"),
            ("JEAN DUPONT", "JEAN", "DUPONT"),
            ("J. R. Tolkien", "J. R.", "Tolkien"),
            ("Cher", "Cher", ""),
            ("", "", ""),
            ("Dupont,", "Dupont,", ""),
        ];
        for (name, given, family) in table {
            assert_eq!(
                split_name(name),
                SplitName {
                    given: given.into(),
                    family: family.into()
                },
                "{name:?}"
            );
        }
    }
}
