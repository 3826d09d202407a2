//! The key table itself: every binding, one per line, grouped by context.
//! Read by key handling, the help overlay and the hint bar (see the parent
//! module). A row reads: where, which keys, what they do, how the help says
//! it, and (`.hint`) how the hint bar says it.
//!
//! The rule a person learns once: where the search line invites typing (the
//! lists and the detail reached from them) every character types, so
//! commands there are keys that cannot be text (Alt-letters, F-keys, Ctrl,
//! Enter, Esc, arrows). On the Plan and in "Ma visite" letters are commands,
//! but only harmless ones (view, `q`, `/`, `?`). Nowhere does a bare
//! letter change what is saved: stars, visits and "you are here" are
//! Alt-letters everywhere, and undo (which changes what is saved back) is
//! Ctrl-Z, so a word typed where letters are commands undoes nothing. The
//! tests in `tests.rs` hold the table to it.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, Context, Describe, Hint, HintKeys, Key};
use crate::tui::action::Action;
use crate::tui::card::CardAction;
use crate::tui::plan::PlanAction;

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

const fn f(n: u8) -> Key {
    plain(KeyCode::F(n))
}

const fn plan(action: PlanAction) -> Action {
    Action::Plan(action)
}

const fn card(action: CardAction) -> Action {
    Action::Card(action)
}

/// A binding shown in the help only.
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

impl Binding {
    /// The binding, also shown in the hint bar as `keys` and `text`.
    const fn hint(mut self, keys: &'static str, text: Describe) -> Binding {
        self.hint = Some(Hint {
            keys: HintKeys::Same(keys),
            text,
        });
        self
    }

    /// A hint whose key is a word of the language (`y` / `o` for yes).
    const fn hint_worded(mut self, keys: Describe, text: Describe) -> Binding {
        self.hint = Some(Hint {
            keys: HintKeys::Worded(keys),
            text,
        });
        self
    }
}

use Action as A;
use CardAction as Cd;
use Context as C;
use PlanAction as P;

const UP: Key = plain(KeyCode::Up);
const DOWN: Key = plain(KeyCode::Down);
const LEFT: Key = plain(KeyCode::Left);
const RIGHT: Key = plain(KeyCode::Right);
const PAGE_UP: Key = plain(KeyCode::PageUp);
const PAGE_DOWN: Key = plain(KeyCode::PageDown);
const HOME: Key = plain(KeyCode::Home);
const END: Key = plain(KeyCode::End);
const ENTER: Key = plain(KeyCode::Enter);
const ESC: Key = plain(KeyCode::Esc);
const TAB: Key = plain(KeyCode::Tab);
const BACK_TAB: Key = plain(KeyCode::BackTab);
const BACKSPACE: Key = plain(KeyCode::Backspace);
const DELETE: Key = plain(KeyCode::Delete);

/// Every key binding of the TUI.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    // List: the search box has the keyboard.
    bind(C::List,        &[UP, ctrl('p')],                 A::MoveUp,                      k!(move_in_list)).hint("↑↓", k!(move_short)),
    bind(C::List,        &[DOWN, ctrl('n')],               A::MoveDown,                    k!(move_in_list)),
    bind(C::List,        &[PAGE_UP],                       A::PageUp,                      k!(page)),
    bind(C::List,        &[PAGE_DOWN],                     A::PageDown,                    k!(page)),
    bind(C::List,        &[HOME],                          A::Home,                        k!(first_last)),
    bind(C::List,        &[END],                           A::End,                         k!(first_last)),
    bind(C::List,        &[ENTER],                         A::Open,                        k!(open)).hint("Enter", k!(open_short)),
    bind(C::List,        &[ESC, ctrl('u')],                A::ClearSearch,                 k!(clear)).hint("Esc", k!(clear_short)),
    bind(C::List,        &[BACKSPACE],                     A::Backspace,                   k!(backspace)),
    bind(C::List,        &[ctrl('w')],                     A::DeleteWord,                  k!(delete_word)),
    // List with an empty search: `?` is not a search character then.
    bind(C::ListIdle,    &[ch('?')],                       A::ToggleHelp,                  k!(help)),
    // Detail pane.
    bind(C::Detail,      &[UP, ctrl('p')],                 A::MoveUp,                      k!(link)).hint("↑↓", k!(link_short)),
    bind(C::Detail,      &[DOWN, ctrl('n')],               A::MoveDown,                    k!(link)),
    bind(C::Detail,      &[PAGE_UP],                       A::PageUp,                      k!(scroll)),
    bind(C::Detail,      &[PAGE_DOWN],                     A::PageDown,                    k!(scroll)),
    bind(C::Detail,      &[HOME],                          A::Home,                        k!(first_last_link)),
    bind(C::Detail,      &[END],                           A::End,                         k!(first_last_link)),
    bind(C::Detail,      &[ENTER],                         A::Open,                        k!(follow)).hint("Enter", k!(follow_short)),
    bind(C::Detail,      &[ESC, BACKSPACE, LEFT],          A::Back,                        k!(back)).hint("Esc", k!(back_short)),
    // `/` is not typed from the detail: it only gives the search the keyboard.
    bind(C::Detail,      &[ch('/')],                       A::FocusSearch,                 k!(focus_search)),
    // List and detail, and the Plan and "Ma visite": keys that never type.
    // Notes, hinted only while a note is shown (see `view::hints`).
    // Every event's notes or this one's, hinted on the Notes tab only (see
    // `view::hints`): first there, so that it fits in French too.
    bind(C::Browse,      &[alt('a'), f(10)],               A::ToggleAllEvents,             k!(all_events)).hint("Alt-a", k!(all_events_short)),
    bind(C::Browse,      &[alt('e'), f(6)],                A::EditNote,                    k!(edit_note)).hint("Alt-e", k!(edit_short)),
    bind(C::Browse,      &[alt('f'), f(7)],                A::CycleFollowUp,               k!(cycle_follow_up)).hint("Alt-f", k!(follow_up_short)),
    bind(C::Browse,      &[alt('d'), f(8)],                A::DeleteNote,                  k!(delete_note)).hint("Alt-d", k!(delete_short)),
    // Said by the note's detail when it has earlier versions (no hint).
    bind(C::Browse,      &[alt('m')],                      A::MoveNoteEvent,               k!(move_event)),
    bind(C::Browse,      &[alt('b'), f(11)],               A::RestoreEarlierVersion,       k!(restore_version)),
    // What is saved changes with Alt-letters, the same everywhere.
    bind(C::Browse,      &[alt('s')],                      plan(P::ToggleStar),            k!(star)).hint("Alt-s", k!(star_short)),
    bind(C::Browse,      &[alt('v')],                      plan(P::ToggleVisited),         k!(visited)).hint("Alt-v", k!(visited_short)),
    bind(C::Browse,      &[alt('h')],                      plan(P::SetHere),               k!(here)).hint("Alt-h", k!(here_short)),
    bind(C::Browse,      &[alt('r')],                      plan(P::ResetHere),             k!(reset_here)),
    bind(C::Browse,      &[TAB],                           A::NextTab,                     k!(next_tab)).hint("Tab", k!(tab_short)),
    bind(C::Browse,      &[BACK_TAB],                      A::PrevTab,                     k!(prev_tab)),
    // Notes from the list too, where letters type: Alt or a function key.
    bind(C::Browse,      &[alt('n'), f(5)],                A::NewNote,                     k!(new_note)).hint("Alt-n", k!(new_note_short)),
    bind(C::Browse,      &[alt('u'), f(12)],               A::ToggleFollowUpFilter,        k!(follow_up_filter)).hint("Alt-u", k!(follow_up_filter_short)),
    // Your card: from anywhere but a popup, with a key that cannot be text.
    bind(C::Browse,      &[alt('c')],                      card(Cd::Toggle),               k!(open_card)),
    // Notes file unreadable.
    bind(C::NotesBroken, &[f(9)],                          A::SetAsideNotes,               k!(set_aside)).hint("F9", k!(set_aside_short)),
    // Plan file unreadable (and the notes file fine).
    bind(C::PlanBroken,  &[f(9)],                          A::SetAsidePlan,                k!(set_aside_plan)).hint("F9", k!(set_aside_short)),
    // The note form; any other key types into the focused field.
    bind(C::Form,        &[ctrl('s')],                     A::FormSave,                    k!(form_save)).hint("Ctrl-S", k!(form_save_short)),
    bind(C::Form,        &[TAB],                           A::FormNextField,               k!(form_next)).hint("Tab", k!(form_field_short)),
    bind(C::Form,        &[BACK_TAB],                      A::FormPrevField,               k!(form_prev)),
    bind(C::Form,        &[ctrl('o'), f(4)],               A::FormOpenEditor,              k!(form_editor)).hint("Ctrl-O", k!(form_editor_short)),
    bind(C::Form,        &[ESC],                           A::FormCancel,                  k!(form_cancel)).hint("Esc", k!(form_cancel_short)),
    bind(C::Form,        &[ctrl('c')],                     A::Quit,                        k!(form_quit)),
    // Your card's popup: letters are commands, nothing types.
    bind(C::Card,        &[ESC, alt('c'), ch('q')],        card(Cd::Close),                k!(card_close)).hint("Esc", k!(card_close)),
    bind(C::Card,        &[ch('e'), alt('e'), f(6)],       card(Cd::Edit),                 k!(card_edit)).hint("e", k!(card_edit_short)),
    bind(C::Card,        &[ch('i')],                       card(Cd::Invert),               k!(card_invert)).hint("i", k!(card_invert_short)),
    // Your card's form; any other key types into the focused field.
    bind(C::CardForm,    &[ctrl('s')],                     card(Cd::Save),                 k!(form_save)).hint("Ctrl-S", k!(form_save_short)),
    bind(C::CardForm,    &[TAB],                           card(Cd::NextField),            k!(form_next)).hint("Tab", k!(form_field_short)),
    bind(C::CardForm,    &[BACK_TAB],                      card(Cd::PrevField),            k!(form_prev)),
    bind(C::CardForm,    &[ESC],                           card(Cd::Cancel),               k!(form_cancel)).hint("Esc", k!(form_cancel_short)),
    bind(C::CardForm,    &[ctrl('c')],                     A::Quit,                        k!(quit)),
    // A yes/no question.
    // Yes is `y` or `o` (oui) in either language; the hint names the language's.
    bind(C::Confirm,     &[ch('y'), ch('o'), ENTER],       A::ConfirmYes,                  k!(confirm_yes)).hint_worded(k!(yes_key), k!(confirm_yes)),
    bind(C::Confirm,     &[ch('n'), ESC],                  A::ConfirmNo,                   k!(confirm_no)).hint("n", k!(confirm_no)),
    bind(C::Confirm,     &[ctrl('c')],                     A::Quit,                        k!(quit)),
    // Theme picker.
    bind(C::ThemePicker, &[UP, ctrl('p')],                 A::MoveUp,                      k!(theme_move)),
    bind(C::ThemePicker, &[DOWN, ctrl('n')],               A::MoveDown,                    k!(theme_move)),
    bind(C::ThemePicker, &[HOME],                          A::Home,                        k!(theme_move)),
    bind(C::ThemePicker, &[END],                           A::End,                         k!(theme_move)),
    bind(C::ThemePicker, &[ch(' ')],                       A::ToggleTheme,                 k!(theme_toggle)).hint("Space", k!(theme_toggle_short)),
    bind(C::ThemePicker, &[BACKSPACE, DELETE],             A::ClearThemes,                 k!(theme_clear)),
    bind(C::ThemePicker, &[ENTER, ESC],                    A::CloseThemePicker,            k!(theme_close)).hint("Enter", k!(theme_close)),
    // Help overlay.
    bind(C::Help,        &[UP, ctrl('p')],                 A::MoveUp,                      k!(scroll)),
    bind(C::Help,        &[DOWN, ctrl('n')],               A::MoveDown,                    k!(scroll)),
    bind(C::Help,        &[PAGE_UP],                       A::PageUp,                      k!(scroll)),
    bind(C::Help,        &[PAGE_DOWN],                     A::PageDown,                    k!(scroll)),
    bind(C::Help,        &[ESC, ch('?'), ch('q')],         A::ToggleHelp,                  k!(close_help)).hint("Esc", k!(close_help)),
    // Everywhere.
    bind(C::Global,      &[f(2), ctrl('t')],               A::OpenThemePicker,             k!(themes)).hint("F2", k!(themes_short)),
    bind(C::Global,      &[f(1)],                          A::ToggleHelp,                  k!(help)).hint("F1", k!(help)),
    bind(C::Global,      &[ctrl('z')],                     A::Undo,                        k!(undo)).hint("Ctrl-Z", k!(undo_short)),
    bind(C::Global,      &[ctrl('c')],                     A::Quit,                        k!(quit)).hint("Ctrl-C", k!(quit)),
    // The visit: from the list too, with keys that cannot be search text.
    bind(C::Browse,      &[f(3)],                          plan(P::ShowOnPlan),            k!(show_on_plan)).hint("F3", k!(show_on_plan_short)),
    // The Plan tab: arrows pan, letters are commands that change nothing saved.
    // `/` is said by the search line (no hint).
    bind(C::Plan,        &[ch('/')],                       A::FocusSearch,                 k!(focus_search)),
    bind(C::Plan,        &[LEFT],                          plan(P::Pan { dx: -1, dy: 0 }), k!(pan)).hint("←↑↓→", k!(pan_short)),
    bind(C::Plan,        &[RIGHT],                         plan(P::Pan { dx: 1, dy: 0 }),  k!(pan)),
    bind(C::Plan,        &[UP],                            plan(P::Pan { dx: 0, dy: -1 }), k!(pan)),
    bind(C::Plan,        &[DOWN],                          plan(P::Pan { dx: 0, dy: 1 }),  k!(pan)),
    bind(C::Plan,        &[ch('+'), ch('=')],              plan(P::ZoomIn),                k!(zoom_in)).hint("+-", k!(zoom_short)),
    bind(C::Plan,        &[ch('-')],                       plan(P::ZoomOut),               k!(zoom_out)),
    bind(C::Plan,        &[ch('0')],                       plan(P::ZoomFit),               k!(zoom_fit)),
    bind(C::Plan,        &[ch('n'), ctrl('n'), PAGE_DOWN], plan(P::NextStand),             k!(next_stand)).hint("n p", k!(stand_short)),
    bind(C::Plan,        &[ch('p'), ctrl('p'), PAGE_UP],   plan(P::PrevStand),             k!(prev_stand)),
    bind(C::Plan,        &[ch('t')],                       plan(P::ToggleTour),            k!(tour)),
    bind(C::Plan,        &[ch(']')],                       plan(P::NextHall),              k!(next_hall)),
    bind(C::Plan,        &[ch('[')],                       plan(P::PrevHall),              k!(prev_hall)),
    bind(C::Plan,        &[ch('?')],                       A::ToggleHelp,                  k!(help)),
    bind(C::Plan,        &[ch('q')],                       A::Quit,                        k!(quit)).hint("q", k!(quit)),
    // "Ma visite": letters are commands that change nothing saved.
    bind(C::Visit,       &[ch('/')],                       A::FocusSearch,                 k!(focus_search)),
    bind(C::Visit,       &[UP, ctrl('p'), ch('k')],        plan(P::VisitMove(-1)),         k!(move_in_list)).hint("↑↓", k!(move_short)),
    bind(C::Visit,       &[DOWN, ctrl('n'), ch('j')],      plan(P::VisitMove(1)),          k!(move_in_list)),
    bind(C::Visit,       &[HOME],                          plan(P::VisitFirst),            k!(first_last)),
    bind(C::Visit,       &[END],                           plan(P::VisitLast),             k!(first_last)),
    bind(C::Visit,       &[ENTER],                         plan(P::ShowOnPlan),            k!(show_on_plan)).hint("Enter", k!(show_on_plan_short)),
    bind(C::Visit,       &[ch('?')],                       A::ToggleHelp,                  k!(help)),
    bind(C::Visit,       &[ch('q')],                       A::Quit,                        k!(quit)).hint("q", k!(quit)),
];
