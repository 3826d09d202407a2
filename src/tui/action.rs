//! Everything that can happen to the TUI, as data. Keys, mouse and resize
//! events become an [`Action`] (see `keymap`), and `App::update` is the one
//! place that applies it, so every behaviour can be tested without a terminal.

/// One thing the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Stars, visits, "you are here", the plan's zoom and pan.
    Plan(super::plan::PlanAction),
}
