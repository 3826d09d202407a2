//! The key table itself: every binding, grouped by context. Read by key
//! handling, the help overlay and the hint bar (see the parent module).

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::super::action::Action;
use super::super::plan::PlanAction as P;
use super::{Binding, Context, Describe, Hint, Key};

/// `k!(quit)`: the description of a binding, read from the current
/// language's [`Keys`](crate::i18n::Keys) table when it is shown.
macro_rules! k {
    ($field:ident) => {
        |keys: &crate::i18n::Keys| keys.$field
    };
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
    description: Describe,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        description,
        hint: None,
    }
}

const fn hinted(mut b: Binding, keys: &'static str, text: Describe) -> Binding {
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
        bind(C::List, UP, Action::MoveUp, k!(move_in_list)),
        "↑↓",
        k!(move_short),
    ),
    bind(C::List, DOWN, Action::MoveDown, k!(move_in_list)),
    bind(C::List, PAGE_UP, Action::PageUp, k!(page)),
    bind(C::List, PAGE_DOWN, Action::PageDown, k!(page)),
    bind(C::List, HOME, Action::Home, k!(first_last)),
    bind(C::List, END, Action::End, k!(first_last)),
    hinted(
        bind(C::List, ENTER, Action::Open, k!(open)),
        "Enter",
        k!(open_short),
    ),
    hinted(
        bind(
            C::List,
            &[plain(KC::Esc), ctrl('u')],
            Action::ClearSearch,
            k!(clear),
        ),
        "Esc",
        k!(clear_short),
    ),
    bind(
        C::List,
        &[plain(KC::Backspace)],
        Action::Backspace,
        k!(backspace),
    ),
    bind(C::List, &[ctrl('w')], Action::DeleteWord, k!(delete_word)),
    // List with an empty search: `?` is not a search character then.
    bind(C::ListIdle, &[ch('?')], Action::ToggleHelp, k!(help)),
    // Detail pane.
    hinted(
        bind(C::Detail, UP, Action::MoveUp, k!(link)),
        "↑↓",
        k!(link_short),
    ),
    bind(C::Detail, DOWN, Action::MoveDown, k!(link)),
    bind(C::Detail, PAGE_UP, Action::PageUp, k!(scroll)),
    bind(C::Detail, PAGE_DOWN, Action::PageDown, k!(scroll)),
    bind(C::Detail, HOME, Action::Home, k!(first_last_link)),
    bind(C::Detail, END, Action::End, k!(first_last_link)),
    hinted(
        bind(C::Detail, ENTER, Action::Open, k!(follow)),
        "Enter",
        k!(follow_short),
    ),
    hinted(
        bind(
            C::Detail,
            &[plain(KC::Esc), plain(KC::Backspace), plain(KC::Left)],
            Action::Back,
            k!(back),
        ),
        "Esc",
        k!(back_short),
    ),
    bind(C::Detail, &[ch('?')], Action::ToggleHelp, k!(help)),
    // Letters act only where they do not type: in the detail pane.
    hinted(
        bind(C::Detail, &[ch('n')], Action::NewNote, k!(new_note)),
        "n",
        k!(new_note_short),
    ),
    hinted(
        bind(C::Detail, &[ch('q')], Action::Quit, k!(quit)),
        "q",
        k!(quit),
    ),
    // Detail of a note.
    hinted(
        bind(C::NoteDetail, &[ch('e')], Action::EditNote, k!(edit_note)),
        "e",
        k!(edit_short),
    ),
    hinted(
        bind(
            C::NoteDetail,
            &[ch('d')],
            Action::DeleteNote,
            k!(delete_note),
        ),
        "d",
        k!(delete_short),
    ),
    hinted(
        bind(
            C::NoteDetail,
            &[ch('f')],
            Action::CycleFollowUp,
            k!(cycle_follow_up),
        ),
        "f",
        k!(follow_up_short),
    ),
    // List and detail.
    hinted(
        bind(C::Browse, &[plain(KC::Tab)], Action::NextTab, k!(next_tab)),
        "Tab",
        k!(tab_short),
    ),
    bind(
        C::Browse,
        &[plain(KC::BackTab)],
        Action::PrevTab,
        k!(prev_tab),
    ),
    // Notes from the list too, where letters type: Alt or a function key.
    hinted(
        bind(
            C::Browse,
            &[alt('n'), plain(KC::F(5))],
            Action::NewNote,
            k!(new_note),
        ),
        "Alt-n",
        k!(new_note_short),
    ),
    // Hinted only while a note is shown (see `view::hints`).
    hinted(
        bind(
            C::Browse,
            &[alt('e'), plain(KC::F(6))],
            Action::EditNote,
            k!(edit_note),
        ),
        "Alt-e",
        k!(edit_short),
    ),
    hinted(
        bind(
            C::Browse,
            &[alt('f'), plain(KC::F(7))],
            Action::CycleFollowUp,
            k!(cycle_follow_up),
        ),
        "Alt-f",
        k!(follow_up_short),
    ),
    hinted(
        bind(
            C::Browse,
            &[alt('d'), plain(KC::F(8))],
            Action::DeleteNote,
            k!(delete_note),
        ),
        "Alt-d",
        k!(delete_short),
    ),
    hinted(
        bind(
            C::Browse,
            &[alt('u'), plain(KC::F(12))],
            Action::ToggleFollowUpFilter,
            k!(follow_up_filter),
        ),
        "Alt-u",
        k!(follow_up_filter_short),
    ),
    // Notes file unreadable.
    hinted(
        bind(
            C::NotesBroken,
            &[plain(KC::F(9))],
            Action::SetAsideNotes,
            k!(set_aside),
        ),
        "F9",
        k!(set_aside_short),
    ),
    // Plan file unreadable (and the notes file fine).
    hinted(
        bind(
            C::PlanBroken,
            &[plain(KC::F(9))],
            Action::SetAsidePlan,
            k!(set_aside_plan),
        ),
        "F9",
        k!(set_aside_short),
    ),
    // The note form; any other key types into the focused field.
    hinted(
        bind(C::Form, &[ctrl('s')], Action::FormSave, k!(form_save)),
        "Ctrl-S",
        k!(form_save_short),
    ),
    hinted(
        bind(
            C::Form,
            &[plain(KC::Tab)],
            Action::FormNextField,
            k!(form_next),
        ),
        "Tab",
        k!(form_field_short),
    ),
    bind(
        C::Form,
        &[plain(KC::BackTab)],
        Action::FormPrevField,
        k!(form_prev),
    ),
    hinted(
        bind(
            C::Form,
            &[ctrl('o'), plain(KC::F(4))],
            Action::FormOpenEditor,
            k!(form_editor),
        ),
        "Ctrl-O",
        k!(form_editor_short),
    ),
    hinted(
        bind(
            C::Form,
            &[plain(KC::Esc)],
            Action::FormCancel,
            k!(form_cancel),
        ),
        "Esc",
        k!(form_cancel_short),
    ),
    bind(C::Form, &[ctrl('c')], Action::Quit, k!(form_quit)),
    // A yes/no question.
    hinted(
        bind(
            C::Confirm,
            &[ch('y'), plain(KC::Enter)],
            Action::ConfirmYes,
            k!(confirm_yes),
        ),
        "y",
        k!(confirm_yes),
    ),
    hinted(
        bind(
            C::Confirm,
            &[ch('n'), plain(KC::Esc)],
            Action::ConfirmNo,
            k!(confirm_no),
        ),
        "n",
        k!(confirm_no),
    ),
    // Theme picker.
    bind(C::ThemePicker, UP, Action::MoveUp, k!(theme_move)),
    bind(C::ThemePicker, DOWN, Action::MoveDown, k!(theme_move)),
    bind(C::ThemePicker, HOME, Action::Home, k!(theme_move)),
    bind(C::ThemePicker, END, Action::End, k!(theme_move)),
    hinted(
        bind(
            C::ThemePicker,
            &[ch(' ')],
            Action::ToggleTheme,
            k!(theme_toggle),
        ),
        "Space",
        k!(theme_toggle_short),
    ),
    bind(
        C::ThemePicker,
        &[plain(KC::Backspace), plain(KC::Delete)],
        Action::ClearThemes,
        k!(theme_clear),
    ),
    hinted(
        bind(
            C::ThemePicker,
            &[plain(KC::Enter), plain(KC::Esc)],
            Action::CloseThemePicker,
            k!(theme_close),
        ),
        "Enter",
        k!(theme_close),
    ),
    // Help overlay.
    bind(C::Help, UP, Action::MoveUp, k!(scroll)),
    bind(C::Help, DOWN, Action::MoveDown, k!(scroll)),
    bind(C::Help, PAGE_UP, Action::PageUp, k!(scroll)),
    bind(C::Help, PAGE_DOWN, Action::PageDown, k!(scroll)),
    hinted(
        bind(
            C::Help,
            &[plain(KC::Esc), ch('?'), ch('q')],
            Action::ToggleHelp,
            k!(close_help),
        ),
        "Esc",
        k!(close_help),
    ),
    // Everywhere.
    hinted(
        bind(
            C::Global,
            &[plain(KC::F(2)), ctrl('t')],
            Action::OpenThemePicker,
            k!(themes),
        ),
        "F2",
        k!(themes_short),
    ),
    hinted(
        bind(C::Global, &[plain(KC::F(1))], Action::ToggleHelp, k!(help)),
        "F1",
        k!(help),
    ),
    hinted(
        bind(C::Global, &[ctrl('c')], Action::Quit, k!(quit)),
        "Ctrl-C",
        k!(quit),
    ),
    // The visit: from the list too, with keys that cannot be search text.
    hinted(
        bind(
            C::Browse,
            &[plain(KC::F(3))],
            plan(P::ShowOnPlan),
            k!(show_on_plan),
        ),
        "F3",
        k!(show_on_plan_short),
    ),
    bind(C::Browse, &[alt('s')], plan(P::ToggleStar), k!(star)),
    bind(C::Browse, &[alt('v')], plan(P::ToggleVisited), k!(visited)),
    bind(C::Browse, &[alt('h')], plan(P::SetHere), k!(here)),
    // The detail pane: letters are free there.
    hinted(
        bind(C::Detail, &[ch('s')], plan(P::ToggleStar), k!(star)),
        "s",
        k!(star_short),
    ),
    hinted(
        bind(C::Detail, &[ch('v')], plan(P::ToggleVisited), k!(visited)),
        "v",
        k!(visited_short),
    ),
    bind(C::Detail, &[ch('h')], plan(P::SetHere), k!(here)),
    // The Plan tab: arrows pan, letters are commands.
    hinted(
        bind(
            C::Plan,
            &[plain(KC::Left)],
            plan(P::Pan { dx: -1, dy: 0 }),
            k!(pan),
        ),
        "←↑↓→",
        k!(pan_short),
    ),
    bind(
        C::Plan,
        &[plain(KC::Right)],
        plan(P::Pan { dx: 1, dy: 0 }),
        k!(pan),
    ),
    bind(
        C::Plan,
        &[plain(KC::Up)],
        plan(P::Pan { dx: 0, dy: -1 }),
        k!(pan),
    ),
    bind(
        C::Plan,
        &[plain(KC::Down)],
        plan(P::Pan { dx: 0, dy: 1 }),
        k!(pan),
    ),
    hinted(
        bind(C::Plan, &[ch('+'), ch('=')], plan(P::ZoomIn), k!(zoom_in)),
        "+-",
        k!(zoom_short),
    ),
    bind(C::Plan, &[ch('-')], plan(P::ZoomOut), k!(zoom_out)),
    bind(C::Plan, &[ch('0')], plan(P::ZoomFit), k!(zoom_fit)),
    hinted(
        bind(
            C::Plan,
            &[ch('n'), ctrl('n'), plain(KC::PageDown)],
            plan(P::NextStand),
            k!(next_stand),
        ),
        "n p",
        k!(stand_short),
    ),
    bind(
        C::Plan,
        &[ch('p'), ctrl('p'), plain(KC::PageUp)],
        plan(P::PrevStand),
        k!(prev_stand),
    ),
    hinted(
        bind(C::Plan, &[ch('h')], plan(P::SetHere), k!(here)),
        "h",
        k!(here_short),
    ),
    bind(C::Plan, &[ch('e')], plan(P::ResetHere), k!(reset_here)),
    hinted(
        bind(C::Plan, &[ch('s')], plan(P::ToggleStar), k!(star)),
        "s",
        k!(star_short),
    ),
    hinted(
        bind(C::Plan, &[ch('v')], plan(P::ToggleVisited), k!(visited)),
        "v",
        k!(visited_short),
    ),
    hinted(
        bind(C::Plan, &[ch('t')], plan(P::ToggleTour), k!(tour)),
        "t",
        k!(tour_short),
    ),
    bind(C::Plan, &[ch(']')], plan(P::NextHall), k!(next_hall)),
    bind(C::Plan, &[ch('[')], plan(P::PrevHall), k!(prev_hall)),
    bind(C::Plan, &[ch('?')], Action::ToggleHelp, k!(help)),
    hinted(
        bind(C::Plan, &[ch('q')], Action::Quit, k!(quit)),
        "q",
        k!(quit),
    ),
    // "Ma visite".
    hinted(
        bind(
            C::Visit,
            &[plain(KC::Up), ctrl('p'), ch('k')],
            plan(P::VisitMove(-1)),
            k!(move_in_list),
        ),
        "↑↓",
        k!(move_short),
    ),
    bind(
        C::Visit,
        &[plain(KC::Down), ctrl('n'), ch('j')],
        plan(P::VisitMove(1)),
        k!(move_in_list),
    ),
    bind(C::Visit, HOME, plan(P::VisitFirst), k!(first_last)),
    bind(C::Visit, END, plan(P::VisitLast), k!(first_last)),
    hinted(
        bind(C::Visit, ENTER, plan(P::ShowOnPlan), k!(show_on_plan)),
        "Enter",
        k!(show_on_plan_short),
    ),
    hinted(
        bind(C::Visit, &[ch('v')], plan(P::ToggleVisited), k!(visited)),
        "v",
        k!(visited_short),
    ),
    hinted(
        bind(C::Visit, &[ch('s')], plan(P::ToggleStar), k!(star)),
        "s",
        k!(star_short),
    ),
    hinted(
        bind(C::Visit, &[ch('h')], plan(P::SetHere), k!(here)),
        "h",
        k!(here_short),
    ),
    bind(C::Visit, &[ch('e')], plan(P::ResetHere), k!(reset_here)),
    bind(C::Visit, &[ch('?')], Action::ToggleHelp, k!(help)),
    hinted(
        bind(C::Visit, &[ch('q')], Action::Quit, k!(quit)),
        "q",
        k!(quit),
    ),
];
