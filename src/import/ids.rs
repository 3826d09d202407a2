//! Folding names for comparison and turning them into stable ASCII ids.
//!
//! The importer compares organisation names, people and headers "as a person
//! would": case, accents and punctuation do not count. Ids are kebab-case ASCII
//! (`[a-z0-9-]+`) so they are safe in file names and stable across runs: the
//! same file always gives the same ids.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-case, accent-free words separated by single spaces; every other
/// character (punctuation, `°`, `_`, `-`…) separates words.
///
/// `"N° de Stand"` → `"n de stand"`, `"Thèmes"` → `"themes"`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        let expanded = expand_letter(c);
        for c in expanded.chars() {
            if c.is_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.extend(c.to_lowercase());
            } else {
                pending_space = true;
            }
        }
    }
    out
}

/// Letters that Unicode decomposition leaves whole but a reader spells with
/// plain Latin letters (`œ` → `oe`, `ß` → `ss`…).
fn expand_letter(c: char) -> String {
    match c {
        'œ' => "oe".into(),
        'Œ' => "OE".into(),
        'æ' => "ae".into(),
        'Æ' => "AE".into(),
        'ß' => "ss".into(),
        'ø' => "o".into(),
        'Ø' => "O".into(),
        'ł' => "l".into(),
        'Ł' => "L".into(),
        'đ' | 'ð' => "d".into(),
        'Đ' | 'Ð' => "D".into(),
        'þ' => "th".into(),
        'Þ' => "TH".into(),
        'ı' => "i".into(),
        _ => c.to_string(),
    }
}

/// Longest id produced, so that a paragraph pasted in a name column does not
/// become a 300-character id.
const MAX_ID_LEN: usize = 48;

/// The kebab-case ASCII form of `name`, or `None` when nothing ASCII is left
/// (a name written only in another script).
pub fn kebab(name: &str) -> Option<String> {
    let mut id = String::new();
    for word in fold(name).split(' ') {
        let ascii: String = word.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if ascii.is_empty() {
            continue;
        }
        if !id.is_empty() {
            if id.len() + 1 + ascii.len() > MAX_ID_LEN {
                break;
            }
            id.push('-');
        }
        id.push_str(&ascii);
    }
    if id.len() > MAX_ID_LEN {
        id.truncate(MAX_ID_LEN);
    }
    (!id.is_empty()).then_some(id)
}

/// Hands out ids that are unique within one kind (organisations, people…):
/// the second "Croix-Rouge" becomes `croix-rouge-2`.
#[derive(Debug, Default)]
pub struct IdAllocator {
    used: HashSet<String>,
}

impl IdAllocator {
    /// A unique id for `name`; `fallback` (e.g. `organisation`) is the stem
    /// when the name has no ASCII letters at all.
    pub fn allocate(&mut self, name: &str, fallback: &str) -> String {
        let stem = kebab(name).unwrap_or_else(|| fallback.to_string());
        let mut candidate = stem.clone();
        let mut n = 2;
        while self.used.contains(&candidate) {
            candidate = format!("{stem}-{n}");
            n += 1;
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_and_punctuation() {
        assert_eq!(fold("N° de Stand"), "n de stand");
        assert_eq!(fold("  Thèmes "), "themes");
        assert_eq!(fold("Site_web"), "site web");
        assert_eq!(fold("ŒUVRE Straße"), "oeuvre strasse");
    }

    #[test]
    fn kebab_is_ascii_and_hyphenated() {
        assert_eq!(
            kebab("Croix-Rouge luxembourgeoise").unwrap(),
            "croix-rouge-luxembourgeoise"
        );
        assert_eq!(
            kebab("Œuvre Nationale de Secours Grande-Duchesse Charlotte").unwrap(),
            "oeuvre-nationale-de-secours-grande-duchesse"
        );
        assert_eq!(
            kebab("Stëftung Hëllef Doheem").unwrap(),
            "steftung-hellef-doheem"
        );
        assert_eq!(kebab("東京"), None);
    }

    #[test]
    fn allocator_makes_ids_unique_in_order() {
        let mut ids = IdAllocator::default();
        assert_eq!(ids.allocate("Caritas", "org"), "caritas");
        assert_eq!(ids.allocate("CARITAS!", "org"), "caritas-2");
        assert_eq!(ids.allocate("東京", "org"), "org");
        assert_eq!(ids.allocate("東京", "org"), "org-2");
    }
}
