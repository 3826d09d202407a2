//! The one table of key bindings. Key handling, the help overlay and the hint
//! bar are all read from [`BINDINGS`], so they cannot disagree.
//!
//! A binding belongs to a [`Context`]; the app says which contexts are active,
//! most specific first, and the first binding that matches wins.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::card::CardAction;
use crate::i18n::{Keys, Ui};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Always, whatever has focus.
    Global,
    /// The list or the detail has focus (no popup).
    Browse,
    /// The list has focus: printable keys go to the search.
    List,
    /// The search is empty and the list or the detail has focus: `?` is
    /// not a search character then.
    ListIdle,
    /// The detail pane has focus; printable keys go back to the search.
    Detail,
    /// The notes file cannot be read (notes are read-only).
    NotesBroken,
    /// The plan file cannot be read (stars, visits and position are
    /// read-only) and the notes file can.
    PlanBroken,
    /// The note form has the keyboard; other keys type into its fields.
    Form,
    /// A yes/no question is asked.
    Confirm,
    Help,
    ThemePicker,
    /// The Plan tab: letters are commands, arrows pan.
    Plan,
    /// The "Ma visite" tab.
    Visit,
    /// Your card's popup.
    Card,
    /// Your card's form has the keyboard; other keys type into its fields.
    CardForm,
}

impl Context {
    /// Help sections in the order they are shown.
    pub const ALL: [Context; 15] = [
        Context::List,
        Context::ListIdle,
        Context::Detail,
        Context::Browse,
        Context::Plan,
        Context::Visit,
        Context::NotesBroken,
        Context::PlanBroken,
        Context::Form,
        Context::Card,
        Context::CardForm,
        Context::Confirm,
        Context::ThemePicker,
        Context::Help,
        Context::Global,
    ];

    pub fn title(self, t: &Ui) -> &'static str {
        match self {
            Context::Global => t.context_global,
            Context::Browse => t.context_browse,
            Context::List => t.context_list,
            Context::ListIdle => t.context_list_idle,
            Context::Detail => t.context_detail,
            Context::NotesBroken => t.context_notes_broken,
            Context::PlanBroken => t.context_plan_broken,
            Context::Form => t.context_form,
            Context::Confirm => t.context_confirm,
            Context::Help => t.context_help,
            Context::ThemePicker => t.context_themes,
            Context::Plan => t.context_plan,
            Context::Visit => t.context_visit,
            Context::Card => crate::i18n::t(t.lang).card.context_card,
            Context::CardForm => crate::i18n::t(t.lang).card.context_card_form,
        }
    }

    /// Whether a printable key that no binding claims goes to the search.
    fn types(self) -> bool {
        matches!(self, Context::List | Context::Detail)
    }

    /// Whether letters are commands here: a printable key that no binding
    /// claims is answered with how to search, and changes nothing.
    fn commands(self) -> bool {
        matches!(self, Context::Plan | Context::Visit)
    }
}

/// A key with its modifiers (Shift is folded into the character itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// Picks a binding's words out of a language's [`Keys`] table, so the table
/// of bindings is written once for every language.
pub type Describe = fn(&Keys) -> &'static str;

/// What the hint bar shows for a binding: short keys and a short word.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub keys: HintKeys,
    pub text: Describe,
}

/// The keys a hint names: the same in every language (`Esc`, `Ctrl-C`), or
/// a letter that follows the language (`y` for yes, `o` for oui).
#[derive(Debug, Clone, Copy)]
pub enum HintKeys {
    Same(&'static str),
    Worded(Describe),
}

/// A hint in a given language, as the hint bar shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownHint {
    pub keys: &'static str,
    pub text: &'static str,
}

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub description: Describe,
    /// Shown in the hint bar when the context is active.
    pub hint: Option<Hint>,
}

mod bindings;
#[cfg(test)]
mod tests;

pub use bindings::BINDINGS;

/// Shift is part of the character for letters and symbols (`?` arrives as
/// Shift+`?` on some terminals) and of BackTab; AltGr arrives as Ctrl+Alt.
fn normalize(event: &KeyEvent) -> Key {
    let mut modifiers = event.modifiers;
    if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    if modifiers.contains(KeyModifiers::CONTROL | KeyModifiers::ALT) {
        modifiers.remove(KeyModifiers::CONTROL | KeyModifiers::ALT);
    }
    let code = match event.code {
        // Terminals differ on whether Ctrl-letter arrives upper or lower case.
        KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
            KeyCode::Char(c.to_ascii_lowercase())
        }
        code => code,
    };
    Key { code, modifiers }
}

/// The action for a key in the active contexts (most specific first).
/// Only key presses count: Windows also reports releases.
pub fn action_for_key(event: &KeyEvent, contexts: &[Context]) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let key = normalize(event);
    for &context in contexts {
        let found = BINDINGS
            .iter()
            .find(|b| b.context == context && b.keys.contains(&key));
        if let Some(binding) = found {
            return Some(binding.action.clone());
        }
    }
    if contexts.contains(&Context::Form) {
        return Some(Action::FormKey(*event));
    }
    if contexts.contains(&Context::CardForm) {
        return Some(Action::Card(CardAction::Key(*event)));
    }
    match key {
        Key {
            code: KeyCode::Char(c),
            modifiers,
        } if modifiers.is_empty() && contexts.iter().any(|c| c.types()) => {
            Some(Action::TypeChar(c))
        }
        Key {
            code: KeyCode::Char(_),
            modifiers,
        } if modifiers.is_empty() && contexts.iter().any(|c| c.commands()) => {
            Some(Action::NotACommand)
        }
        _ => None,
    }
}

/// The action for any terminal event: keys through the table, mouse and resize directly.
pub fn action_for_event(event: &Event, contexts: &[Context]) -> Option<Action> {
    match event {
        Event::Key(key) => action_for_key(key, contexts),
        Event::Mouse(mouse) => action_for_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

fn action_for_mouse(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::MouseScroll {
            down: true,
            column,
            row,
        }),
        MouseEventKind::ScrollUp => Some(Action::MouseScroll {
            down: false,
            column,
            row,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::MouseClick { column, row }),
        _ => None,
    }
}

/// The bindings with a hint in the active contexts, most specific first,
/// for the hint bar. When two say the same (`q quit`, `Ctrl-C quit`), the
/// more specific one is kept. Words are read from `keys` (the language's table).
pub fn hints(contexts: &[Context], keys: &Keys) -> Vec<(&'static Binding, ShownHint)> {
    let mut shown: Vec<(&'static Binding, ShownHint)> = Vec::new();
    let bindings = contexts
        .iter()
        .flat_map(|&c| BINDINGS.iter().filter(move |b| b.context == c));
    for binding in bindings {
        let Some(hint) = binding.hint else { continue };
        let hint = ShownHint {
            keys: match hint.keys {
                HintKeys::Same(label) => label,
                HintKeys::Worded(label) => label(keys),
            },
            text: (hint.text)(keys),
        };
        let said = shown
            .iter()
            .any(|(_, h)| h.keys == hint.keys || h.text == hint.text);
        if !said {
            shown.push((binding, hint));
        }
    }
    shown
}

/// How a key is written in the help overlay.
pub fn key_label(key: &Key) -> String {
    let name = match key.code {
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::Home => "Home".to_string(),
        KeyCode::End => "End".to_string(),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Shift-Tab".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::Delete => "Del".to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{name}")
    } else if key.modifiers.contains(KeyModifiers::ALT) {
        format!("Alt-{name}")
    } else {
        name
    }
}

/// All the keys of a binding, for the help overlay: `↓ Ctrl-n`.
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(key_label)
        .collect::<Vec<_>>()
        .join(" ")
}
