//! The key table itself: every binding, grouped by context. Read by key
//! handling, the help overlay and the hint bar (see the parent module).

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::super::action::Action;
use super::super::plan::PlanAction as P;
use super::super::text::keys as k;
use super::{Binding, Context, Hint, Key};

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

const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::ALT,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn plan(action: P) -> Action {
    Action::Plan(action)
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
    // Letters act only where they do not type: in the detail pane.
    hinted(
        bind(C::Detail, &[ch('n')], Action::NewNote, k::NEW_NOTE),
        "n",
        k::NEW_NOTE_SHORT,
    ),
    hinted(
        bind(C::Detail, &[ch('q')], Action::Quit, k::QUIT),
        "q",
        k::QUIT,
    ),
    // Detail of a note.
    hinted(
        bind(C::NoteDetail, &[ch('e')], Action::EditNote, k::EDIT_NOTE),
        "e",
        k::EDIT_SHORT,
    ),
    hinted(
        bind(
            C::NoteDetail,
            &[ch('d')],
            Action::DeleteNote,
            k::DELETE_NOTE,
        ),
        "d",
        k::DELETE_SHORT,
    ),
    hinted(
        bind(
            C::NoteDetail,
            &[ch('f')],
            Action::CycleFollowUp,
            k::CYCLE_FOLLOW_UP,
        ),
        "f",
        k::FOLLOW_UP_SHORT,
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
    // Notes from the list too, where letters type: Alt or a function key.
    hinted(
        bind(
            C::Browse,
            &[alt('n'), plain(KC::F(5))],
            Action::NewNote,
            k::NEW_NOTE,
        ),
        "Alt-n",
        k::NEW_NOTE_SHORT,
    ),
    // Hinted only while a note is shown (see `view::hints`).
    hinted(
        bind(
            C::Browse,
            &[alt('e'), plain(KC::F(6))],
            Action::EditNote,
            k::EDIT_NOTE,
        ),
        "Alt-e",
        k::EDIT_SHORT,
    ),
    hinted(
        bind(
            C::Browse,
            &[alt('f'), plain(KC::F(7))],
            Action::CycleFollowUp,
            k::CYCLE_FOLLOW_UP,
        ),
        "Alt-f",
        k::FOLLOW_UP_SHORT,
    ),
    hinted(
        bind(
            C::Browse,
            &[alt('d'), plain(KC::F(8))],
            Action::DeleteNote,
            k::DELETE_NOTE,
        ),
        "Alt-d",
        k::DELETE_SHORT,
    ),
    hinted(
        bind(
            C::Browse,
            &[alt('u'), plain(KC::F(12))],
            Action::ToggleFollowUpFilter,
            k::FOLLOW_UP_FILTER,
        ),
        "Alt-u",
        k::FOLLOW_UP_FILTER_SHORT,
    ),
    // Notes file unreadable.
    hinted(
        bind(
            C::NotesBroken,
            &[plain(KC::F(9))],
            Action::SetAsideNotes,
            k::SET_ASIDE,
        ),
        "F9",
        k::SET_ASIDE_SHORT,
    ),
    // The note form; any other key types into the focused field.
    hinted(
        bind(C::Form, &[ctrl('s')], Action::FormSave, k::FORM_SAVE),
        "Ctrl-S",
        k::FORM_SAVE_SHORT,
    ),
    hinted(
        bind(
            C::Form,
            &[plain(KC::Tab)],
            Action::FormNextField,
            k::FORM_NEXT,
        ),
        "Tab",
        k::FORM_FIELD_SHORT,
    ),
    bind(
        C::Form,
        &[plain(KC::BackTab)],
        Action::FormPrevField,
        k::FORM_PREV,
    ),
    hinted(
        bind(
            C::Form,
            &[ctrl('o'), plain(KC::F(4))],
            Action::FormOpenEditor,
            k::FORM_EDITOR,
        ),
        "Ctrl-O",
        k::FORM_EDITOR_SHORT,
    ),
    hinted(
        bind(
            C::Form,
            &[plain(KC::Esc)],
            Action::FormCancel,
            k::FORM_CANCEL,
        ),
        "Esc",
        k::FORM_CANCEL_SHORT,
    ),
    bind(C::Form, &[ctrl('c')], Action::Quit, k::FORM_QUIT),
    // A yes/no question.
    hinted(
        bind(
            C::Confirm,
            &[ch('y'), plain(KC::Enter)],
            Action::ConfirmYes,
            k::CONFIRM_YES,
        ),
        "y",
        k::CONFIRM_YES,
    ),
    hinted(
        bind(
            C::Confirm,
            &[ch('n'), plain(KC::Esc)],
            Action::ConfirmNo,
            k::CONFIRM_NO,
        ),
        "n",
        k::CONFIRM_NO,
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
    // The visit: from the list too, with keys that cannot be search text.
    hinted(
        bind(
            C::Browse,
            &[plain(KC::F(3))],
            plan(P::ShowOnPlan),
            k::SHOW_ON_PLAN,
        ),
        "F3",
        k::SHOW_ON_PLAN_SHORT,
    ),
    bind(C::Browse, &[alt('s')], plan(P::ToggleStar), k::STAR),
    bind(C::Browse, &[alt('v')], plan(P::ToggleVisited), k::VISITED),
    bind(C::Browse, &[alt('h')], plan(P::SetHere), k::HERE),
    // The detail pane: letters are free there.
    hinted(
        bind(C::Detail, &[ch('s')], plan(P::ToggleStar), k::STAR),
        "s",
        k::STAR_SHORT,
    ),
    hinted(
        bind(C::Detail, &[ch('v')], plan(P::ToggleVisited), k::VISITED),
        "v",
        k::VISITED_SHORT,
    ),
    bind(C::Detail, &[ch('h')], plan(P::SetHere), k::HERE),
    // The Plan tab: arrows pan, letters are commands.
    hinted(
        bind(
            C::Plan,
            &[plain(KC::Left)],
            plan(P::Pan { dx: -1, dy: 0 }),
            k::PAN,
        ),
        "←↑↓→",
        k::PAN_SHORT,
    ),
    bind(
        C::Plan,
        &[plain(KC::Right)],
        plan(P::Pan { dx: 1, dy: 0 }),
        k::PAN,
    ),
    bind(
        C::Plan,
        &[plain(KC::Up)],
        plan(P::Pan { dx: 0, dy: -1 }),
        k::PAN,
    ),
    bind(
        C::Plan,
        &[plain(KC::Down)],
        plan(P::Pan { dx: 0, dy: 1 }),
        k::PAN,
    ),
    hinted(
        bind(C::Plan, &[ch('+'), ch('=')], plan(P::ZoomIn), k::ZOOM_IN),
        "+-",
        k::ZOOM_SHORT,
    ),
    bind(C::Plan, &[ch('-')], plan(P::ZoomOut), k::ZOOM_OUT),
    bind(C::Plan, &[ch('0')], plan(P::ZoomFit), k::ZOOM_FIT),
    hinted(
        bind(
            C::Plan,
            &[ch('n'), ctrl('n'), plain(KC::PageDown)],
            plan(P::NextStand),
            k::NEXT_STAND,
        ),
        "n p",
        k::STAND_SHORT,
    ),
    bind(
        C::Plan,
        &[ch('p'), ctrl('p'), plain(KC::PageUp)],
        plan(P::PrevStand),
        k::PREV_STAND,
    ),
    hinted(
        bind(C::Plan, &[ch('h')], plan(P::SetHere), k::HERE),
        "h",
        k::HERE_SHORT,
    ),
    bind(C::Plan, &[ch('e')], plan(P::ResetHere), k::RESET_HERE),
    hinted(
        bind(C::Plan, &[ch('s')], plan(P::ToggleStar), k::STAR),
        "s",
        k::STAR_SHORT,
    ),
    hinted(
        bind(C::Plan, &[ch('v')], plan(P::ToggleVisited), k::VISITED),
        "v",
        k::VISITED_SHORT,
    ),
    hinted(
        bind(C::Plan, &[ch('t')], plan(P::ToggleTour), k::TOUR),
        "t",
        k::TOUR_SHORT,
    ),
    bind(C::Plan, &[ch(']')], plan(P::NextHall), k::NEXT_HALL),
    bind(C::Plan, &[ch('[')], plan(P::PrevHall), k::PREV_HALL),
    bind(C::Plan, &[ch('?')], Action::ToggleHelp, k::HELP),
    hinted(
        bind(C::Plan, &[ch('q')], Action::Quit, k::QUIT),
        "q",
        k::QUIT,
    ),
    // "Ma visite".
    hinted(
        bind(
            C::Visit,
            &[plain(KC::Up), ctrl('p'), ch('k')],
            plan(P::VisitMove(-1)),
            k::MOVE,
        ),
        "↑↓",
        k::MOVE_SHORT,
    ),
    bind(
        C::Visit,
        &[plain(KC::Down), ctrl('n'), ch('j')],
        plan(P::VisitMove(1)),
        k::MOVE,
    ),
    bind(C::Visit, HOME, plan(P::VisitFirst), k::FIRST_LAST),
    bind(C::Visit, END, plan(P::VisitLast), k::FIRST_LAST),
    hinted(
        bind(C::Visit, ENTER, plan(P::ShowOnPlan), k::SHOW_ON_PLAN),
        "Enter",
        k::SHOW_ON_PLAN_SHORT,
    ),
    hinted(
        bind(C::Visit, &[ch('v')], plan(P::ToggleVisited), k::VISITED),
        "v",
        k::VISITED_SHORT,
    ),
    hinted(
        bind(C::Visit, &[ch('s')], plan(P::ToggleStar), k::STAR),
        "s",
        k::STAR_SHORT,
    ),
    hinted(
        bind(C::Visit, &[ch('h')], plan(P::SetHere), k::HERE),
        "h",
        k::HERE_SHORT,
    ),
    bind(C::Visit, &[ch('e')], plan(P::ResetHere), k::RESET_HERE),
    bind(C::Visit, &[ch('?')], Action::ToggleHelp, k::HELP),
    hinted(
        bind(C::Visit, &[ch('q')], Action::Quit, k::QUIT),
        "q",
        k::QUIT,
    ),
];
