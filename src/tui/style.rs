//! Every style the TUI uses. With `NO_COLOR` no colour is set anywhere (not
//! even `Color::Reset`: crossterm may turn that into a bare `CSI m`, which
//! would wipe the bold or reverse written just before); emphasis is then
//! carried by modifiers only.

use ratatui::style::{Color, Modifier, Style};

/// The palette, decided once at start (see [`Styles::from_env`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styles {
    pub no_color: bool,
}

impl Styles {
    pub fn new(no_color: bool) -> Self {
        Styles { no_color }
    }

    /// `NO_COLOR` set to any non-empty value turns colours off (no-color.org).
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Styles::new(no_color)
    }

    fn pick(&self, colour: Style, plain: Style) -> Style {
        if self.no_color { plain } else { colour }
    }

    pub fn base(&self) -> Style {
        Style::new()
    }

    /// The selected row of a list, or the selected link of a detail.
    pub fn selected(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Cyan),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// Characters that matched the search.
    pub fn matched(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// Matched characters in the selected row: a colour there would clash
    /// with the selection's background, so modifiers only.
    pub fn matched_in_selection(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Secondary text: stand titles in lists, hints' words.
    pub fn dim(&self) -> Style {
        self.pick(Style::new().fg(Color::Gray), Style::new())
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn label(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn link(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightBlue),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }

    pub fn warning(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightRed),
            Style::new().add_modifier(Modifier::ITALIC),
        )
    }

    pub fn tab(&self) -> Style {
        self.dim()
    }

    pub fn tab_active(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn border(&self) -> Style {
        self.pick(Style::new().fg(Color::DarkGray), Style::new())
    }

    pub fn border_focused(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn hint_key(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Gray),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn hint_text(&self) -> Style {
        self.base()
    }

    pub fn count(&self) -> Style {
        self.dim()
    }

    pub fn placeholder(&self) -> Style {
        self.pick(
            Style::new().fg(Color::DarkGray),
            Style::new().add_modifier(Modifier::ITALIC),
        )
    }

    pub fn themes_active(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightMagenta),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    // The plan. Without colour, stands are told apart by bold, reverse,
    // underline and dim, the route by its own character.

    pub fn plan_wall(&self) -> Style {
        self.pick(Style::new().fg(Color::DarkGray), Style::new())
    }

    pub fn plan_landmark(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightMagenta),
            Style::new().add_modifier(Modifier::ITALIC),
        )
    }

    pub fn plan_stand(&self) -> Style {
        self.base()
    }

    pub fn plan_stand_matched(&self) -> Style {
        self.matched()
    }

    pub fn plan_stand_selected(&self) -> Style {
        self.selected().add_modifier(Modifier::BOLD)
    }

    /// Visited stands and rows of "Ma visite": dimmed, in colour or not.
    pub fn visited(&self) -> Style {
        self.pick(
            Style::new().fg(Color::DarkGray),
            Style::new().add_modifier(Modifier::DIM),
        )
    }

    pub fn plan_route(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn plan_tour(&self) -> Style {
        self.pick(Style::new().fg(Color::Yellow), Style::new())
    }

    pub fn plan_entrance(&self) -> Style {
        self.pick(
            Style::new().fg(Color::LightGreen),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn plan_here(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        )
    }
}
