//! Everything that can happen to the TUI, as data. Keys, mouse and resize
//! events become an [`Action`] (see `keymap`), and `App::update` is the one
//! place that applies it, so every behaviour can be tested without a terminal.

use std::sync::Arc;

use ratatui::crossterm::event::KeyEvent;

use crate::search::catalog::Catalog;

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A printable character for the search box.
    TypeChar(char),
    Backspace,
    /// Ctrl-W: delete the last word of the search.
    DeleteWord,
    ClearSearch,
    MoveUp,
    MoveDown,
    PageUp,
    PageDown,
    Home,
    End,
    NextTab,
    PrevTab,
    /// Enter: open the selected item's detail, or follow the selected link.
    Open,
    /// Go back: previous detail, then the list.
    Back,
    ToggleHelp,
    OpenThemePicker,
    CloseThemePicker,
    ToggleTheme,
    ClearThemes,
    Quit,
    Resize {
        width: u16,
        height: u16,
    },
    /// Mouse wheel at a screen cell; `down` is towards the end of the list.
    MouseScroll {
        down: bool,
        column: u16,
        row: u16,
    },
    MouseClick {
        column: u16,
        row: u16,
    },
    /// The run loop's clock (every half second without input): picks up
    /// notes another instance saved.
    Tick,
    /// The run loop, once a frame is drawn and no input is waiting: searches
    /// the lists not on screen, left for after the frame at fair scale
    /// (see `list/results.rs`).
    CatchUp,
    // Notes.
    /// A new note, prefilled from the stand or organisation shown.
    NewNote,
    EditNote,
    /// Asks for confirmation, then deletes the note shown.
    DeleteNote,
    /// None → to do → done → none, saved at once.
    CycleFollowUp,
    /// The shown note's latest earlier version becomes its content again
    /// (the content it replaces is kept as an earlier version).
    RestoreEarlierVersion,
    /// The Notes list shows only open follow-ups, soonest first.
    ToggleFollowUpFilter,
    /// The Notes list shows this event's notes, or every event's.
    ToggleAllEvents,
    /// The shown note moves to this event; one of this event's is tied to
    /// none (shown in every event); one tied to none comes to this event.
    MoveNoteEvent,
    /// Asks for confirmation, then renames an unreadable notes file aside.
    SetAsideNotes,
    /// Ask, then rename the unreadable plan file and start afresh.
    SetAsidePlan,
    /// The answer to a confirmation popup.
    ConfirmYes,
    ConfirmNo,
    // The note form.
    FormNextField,
    FormPrevField,
    FormSave,
    /// Esc: closes the form, asking first when something was changed.
    FormCancel,
    /// Asks the run loop to open the text in `$VISUAL`/`$EDITOR`.
    FormOpenEditor,
    /// Any other key while the form is open: typed into the focused field.
    FormKey(KeyEvent),
    /// The external editor ended: the new text, or why it failed.
    EditorReturned(Result<String, String>),
    /// Takes back the last change to stars, visits, position or notes.
    Undo,
    /// `/`: the keyboard to the search line (from the Plan and "Ma visite",
    /// the Stands list's).
    FocusSearch,
    /// A printable key bound to nothing where letters are commands: says
    /// how to search, changes nothing.
    NotACommand,
    /// Stars, visits, "you are here", the plan's zoom and pan.
    Plan(super::plan::PlanAction),
    /// Your card's popup and form.
    Card(super::card::CardAction),
    /// The search index built on the worker thread is ready.
    Indexed(Arc<Catalog>),
}
