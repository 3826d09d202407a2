//! Text from a directory file is untrusted: it must never reach the terminal as
//! control bytes (an ESC could recolour the screen, move the cursor, or set the
//! window title). Every string drawn or printed goes through [`for_display`].

use std::borrow::Cow;

/// Replaces control characters with visible placeholders and drops characters
/// that silently reorder or hide text (bidi overrides, zero-width joiners).
///
/// - C0 controls (U+0000–U+001F, U+007F) become the matching "control picture"
///   (`␛` for ESC), so a hostile name stays visible instead of acting;
///   tab becomes a space, a newline is kept only when `keep_newlines`.
/// - C1 controls (U+0080–U+009F) become `�`.
/// - Bidi embeddings/overrides/isolates and zero-width characters are removed.
pub fn for_display_with(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| needs_change(c, keep_newlines)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\t' => out.push(' '),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('�')),
            '\u{7f}' => out.push('␡'),
            '\u{80}'..='\u{9f}' => out.push('�'),
            c if is_invisible_format(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`for_display_with`] for one-line text: newlines become `␊`.
pub fn for_display(text: &str) -> Cow<'_, str> {
    for_display_with(text, false)
}

/// JSON as serde_json writes it, with the characters it leaves raw but a
/// terminal acts on or hides (DEL, C1 controls, bidi and zero-width
/// characters) escaped as `\uXXXX`. The JSON value is the same: outside
/// strings JSON text is plain ASCII, and inside them the escape means the
/// character. serde_json already escapes C0 controls.
pub fn json_for_terminal(json: &str) -> Cow<'_, str> {
    let risky = |c: char| matches!(c, '\u{7f}'..='\u{9f}') || is_invisible_format(c);
    if !json.chars().any(risky) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if risky(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_change(c: char, keep_newlines: bool) -> bool {
    match c {
        '\n' => !keep_newlines,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        c => is_invisible_format(c),
    }
}

/// Characters that change how text is ordered or joined without being seen.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' // zero-width space/joiners, LRM, RLM
            | '\u{202a}'..='\u{202e}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{feff}' // zero-width no-break space / BOM
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(for_display("Médecins du monde"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_become_visible() {
        let hostile = "Evil\u{1b}[31mRed\u{1b}]0;title\u{7}";
        let shown = for_display(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert_eq!(shown, "Evil␛[31mRed␛]0;title␇");
    }

    #[test]
    fn c1_controls_bidi_and_zero_width_are_neutralised() {
        let shown = for_display("a\u{9b}31m b\u{202e}c\u{200b}d");
        assert_eq!(shown, "a�31m bcd");
    }

    #[test]
    fn json_keeps_its_value_but_not_the_invisible_characters() {
        let value = serde_json::json!({"name": "a\u{9b}31m\u{7f} b\u{202e}c\u{200b}d \u{1b}é🦀"});
        let json = serde_json::to_string(&value).unwrap();
        let safe = json_for_terminal(&json);
        assert!(
            safe.is_ascii() || !safe.chars().any(|c| c.is_control()),
            "{safe}"
        );
        assert!(
            !safe.contains('\u{202e}') && !safe.contains('\u{200b}'),
            "{safe}"
        );
        assert!(
            safe.contains("\\u009b") && safe.contains("\\u202e"),
            "{safe}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
        assert!(matches!(
            json_for_terminal("{\"a\":\"é\"}"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn newlines_are_kept_only_on_request() {
        assert_eq!(for_display("a\nb"), "a␊b");
        assert_eq!(for_display_with("a\nb\tc", true), "a\nb c");
    }
}
