//! The one table of key bindings. Key handling, the help overlay and the hint
//! bar are all read from [`BINDINGS`], so they cannot disagree.
//!
//! A binding belongs to a [`Context`]; the app says which contexts are active,
//! most specific first, and the first binding that matches wins.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::text::{self, keys as k};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Always, whatever has focus.
    Global,
    /// The list or the detail has focus (no popup).
    Browse,
    /// The list has focus: printable keys go to the search.
    List,
    /// The list has focus and the search is empty.
    ListIdle,
    /// The detail pane has focus.
    Detail,
    Help,
    ThemePicker,
}

impl Context {
    /// Help sections in the order they are shown.
    pub const ALL: [Context; 7] = [
        Context::List,
        Context::ListIdle,
        Context::Detail,
        Context::Browse,
        Context::ThemePicker,
        Context::Help,
        Context::Global,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => text::CONTEXT_GLOBAL,
            Context::Browse => text::CONTEXT_BROWSE,
            Context::List => text::CONTEXT_LIST,
            Context::ListIdle => text::CONTEXT_LIST_IDLE,
            Context::Detail => text::CONTEXT_DETAIL,
            Context::Help => text::CONTEXT_HELP,
            Context::ThemePicker => text::CONTEXT_THEMES,
        }
    }

    /// Whether a printable key that no binding claims goes to the search.
    fn types(self) -> bool {
        matches!(self, Context::List | Context::Detail)
    }
}

/// A key with its modifiers (Shift is folded into the character itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

/// What the hint bar shows for a binding: short keys and a short word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub keys: &'static str,
    pub text: &'static str,
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub description: &'static str,
    /// Shown in the hint bar when the context is active.
    pub hint: Option<Hint>,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    description: &'static str,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        description,
        hint: None,
    }
}

const fn hinted(mut b: Binding, keys: &'static str, text: &'static str) -> Binding {
    b.hint = Some(Hint { keys, text });
    b
}

use Context as C;
use KeyCode as KC;

const UP: &[Key] = &[plain(KC::Up), ctrl('p')];
const DOWN: &[Key] = &[plain(KC::Down), ctrl('n')];
const PAGE_UP: &[Key] = &[plain(KC::PageUp)];
const PAGE_DOWN: &[Key] = &[plain(KC::PageDown)];
const HOME: &[Key] = &[plain(KC::Home)];
const END: &[Key] = &[plain(KC::End)];
const ENTER: &[Key] = &[plain(KC::Enter)];

/// Every key binding of the TUI.
pub const BINDINGS: &[Binding] = &[
    // List: the search box has the keyboard.
    hinted(
        bind(C::List, UP, Action::MoveUp, k::MOVE),
        "↑↓",
        k::MOVE_SHORT,
    ),
    bind(C::List, DOWN, Action::MoveDown, k::MOVE),
    bind(C::List, PAGE_UP, Action::PageUp, k::PAGE),
    bind(C::List, PAGE_DOWN, Action::PageDown, k::PAGE),
    bind(C::List, HOME, Action::Home, k::FIRST_LAST),
    bind(C::List, END, Action::End, k::FIRST_LAST),
    hinted(
        bind(C::List, ENTER, Action::Open, k::OPEN),
        "Enter",
        k::OPEN_SHORT,
    ),
    hinted(
        bind(
            C::List,
            &[plain(KC::Esc), ctrl('u')],
            Action::ClearSearch,
            k::CLEAR,
        ),
        "Esc",
        k::CLEAR_SHORT,
    ),
    bind(
        C::List,
        &[plain(KC::Backspace)],
        Action::Backspace,
        k::BACKSPACE,
    ),
    bind(C::List, &[ctrl('w')], Action::DeleteWord, k::DELETE_WORD),
    // List with an empty search: `?` is not a search character then.
    bind(C::ListIdle, &[ch('?')], Action::ToggleHelp, k::HELP),
    // Detail pane.
    hinted(
        bind(C::Detail, UP, Action::MoveUp, k::LINK),
        "↑↓",
        k::LINK_SHORT,
    ),
    bind(C::Detail, DOWN, Action::MoveDown, k::LINK),
    bind(C::Detail, PAGE_UP, Action::PageUp, k::SCROLL),
    bind(C::Detail, PAGE_DOWN, Action::PageDown, k::SCROLL),
    bind(C::Detail, HOME, Action::Home, k::FIRST_LAST_LINK),
    bind(C::Detail, END, Action::End, k::FIRST_LAST_LINK),
    hinted(
        bind(C::Detail, ENTER, Action::Open, k::FOLLOW),
        "Enter",
        k::FOLLOW_SHORT,
    ),
    hinted(
        bind(
            C::Detail,
            &[plain(KC::Esc), plain(KC::Backspace), plain(KC::Left)],
            Action::Back,
            k::BACK,
        ),
        "Esc",
        k::BACK_SHORT,
    ),
    bind(C::Detail, &[ch('?')], Action::ToggleHelp, k::HELP),
    hinted(
        bind(C::Detail, &[ch('q')], Action::Quit, k::QUIT),
        "q",
        k::QUIT,
    ),
    // List and detail.
    hinted(
        bind(C::Browse, &[plain(KC::Tab)], Action::NextTab, k::NEXT_TAB),
        "Tab",
        k::TAB_SHORT,
    ),
    bind(
        C::Browse,
        &[plain(KC::BackTab)],
        Action::PrevTab,
        k::PREV_TAB,
    ),
    // Theme picker.
    bind(C::ThemePicker, UP, Action::MoveUp, k::THEME_MOVE),
    bind(C::ThemePicker, DOWN, Action::MoveDown, k::THEME_MOVE),
    bind(C::ThemePicker, HOME, Action::Home, k::THEME_MOVE),
    bind(C::ThemePicker, END, Action::End, k::THEME_MOVE),
    hinted(
        bind(
            C::ThemePicker,
            &[ch(' ')],
            Action::ToggleTheme,
            k::THEME_TOGGLE,
        ),
        "Space",
        k::THEME_TOGGLE_SHORT,
    ),
    bind(
        C::ThemePicker,
        &[plain(KC::Backspace), plain(KC::Delete)],
        Action::ClearThemes,
        k::THEME_CLEAR,
    ),
    hinted(
        bind(
            C::ThemePicker,
            &[plain(KC::Enter), plain(KC::Esc)],
            Action::CloseThemePicker,
            k::THEME_CLOSE,
        ),
        "Enter",
        k::THEME_CLOSE,
    ),
    // Help overlay.
    bind(C::Help, UP, Action::MoveUp, k::SCROLL),
    bind(C::Help, DOWN, Action::MoveDown, k::SCROLL),
    bind(C::Help, PAGE_UP, Action::PageUp, k::SCROLL),
    bind(C::Help, PAGE_DOWN, Action::PageDown, k::SCROLL),
    hinted(
        bind(
            C::Help,
            &[plain(KC::Esc), ch('?'), ch('q')],
            Action::ToggleHelp,
            k::CLOSE_HELP,
        ),
        "Esc",
        k::CLOSE_HELP,
    ),
    // Everywhere.
    hinted(
        bind(
            C::Global,
            &[plain(KC::F(2)), ctrl('t')],
            Action::OpenThemePicker,
            k::THEMES,
        ),
        "F2",
        k::THEMES_SHORT,
    ),
    hinted(
        bind(C::Global, &[plain(KC::F(1))], Action::ToggleHelp, k::HELP),
        "F1",
        k::HELP,
    ),
    hinted(
        bind(C::Global, &[ctrl('c')], Action::Quit, k::QUIT),
        "Ctrl-C",
        k::QUIT,
    ),
];

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
            return Some(binding.action);
        }
    }
    match key {
        Key {
            code: KeyCode::Char(c),
            modifiers,
        } if modifiers.is_empty() && contexts.iter().any(|c| c.types()) => {
            Some(Action::TypeChar(c))
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
/// more specific one is kept.
pub fn hints(contexts: &[Context]) -> Vec<(&'static Binding, Hint)> {
    let mut shown: Vec<(&'static Binding, Hint)> = Vec::new();
    let bindings = contexts
        .iter()
        .flat_map(|&c| BINDINGS.iter().filter(move |b| b.context == c));
    for binding in bindings {
        let Some(hint) = binding.hint else { continue };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    const LIST: &[Context] = &[C::List, C::Browse, C::Global];
    const LIST_IDLE: &[Context] = &[C::ListIdle, C::List, C::Browse, C::Global];
    const DETAIL: &[Context] = &[C::Detail, C::Browse, C::Global];

    #[test]
    fn printable_keys_type_in_the_list_but_q_quits_in_the_detail() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for_key(&q, LIST), Some(Action::TypeChar('q')));
        assert_eq!(action_for_key(&q, DETAIL), Some(Action::Quit));
    }

    #[test]
    fn question_mark_is_help_only_when_not_typing() {
        let mark = press(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(action_for_key(&mark, LIST_IDLE), Some(Action::ToggleHelp));
        assert_eq!(action_for_key(&mark, LIST), Some(Action::TypeChar('?')));
        let f1 = press(KeyCode::F(1), KeyModifiers::NONE);
        assert_eq!(action_for_key(&f1, LIST), Some(Action::ToggleHelp));
    }

    #[test]
    fn ctrl_c_quits_everywhere_and_releases_are_ignored() {
        let c = press(KeyCode::Char('C'), KeyModifiers::CONTROL);
        for contexts in [
            LIST,
            DETAIL,
            &[C::Help, C::Global][..],
            &[C::ThemePicker, C::Global],
        ] {
            assert_eq!(action_for_key(&c, contexts), Some(Action::Quit));
        }
        let mut release = press(KeyCode::Char('a'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for_key(&release, LIST), None);
    }

    #[test]
    fn shift_letters_and_altgr_characters_are_typed() {
        let upper = press(KeyCode::Char('É'), KeyModifiers::SHIFT);
        assert_eq!(action_for_key(&upper, LIST), Some(Action::TypeChar('É')));
        let altgr = press(
            KeyCode::Char('@'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        assert_eq!(action_for_key(&altgr, LIST), Some(Action::TypeChar('@')));
        let ctrl_x = press(KeyCode::Char('x'), KeyModifiers::CONTROL);
        assert_eq!(action_for_key(&ctrl_x, LIST), None);
    }

    #[test]
    fn popups_do_not_type() {
        let a = press(KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(action_for_key(&a, &[C::Help, C::Global]), None);
        assert_eq!(action_for_key(&a, &[C::ThemePicker, C::Global]), None);
    }

    #[test]
    fn every_binding_is_reachable_in_its_own_context() {
        // An earlier binding in the same context with the same key would shadow it.
        for (i, b) in BINDINGS.iter().enumerate() {
            for key in b.keys {
                let first = BINDINGS
                    .iter()
                    .position(|o| o.context == b.context && o.keys.contains(key));
                assert_eq!(
                    first,
                    Some(i),
                    "{} shadowed in {:?}",
                    key_label(key),
                    b.context
                );
            }
        }
    }
}
