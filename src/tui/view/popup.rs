//! The one way to draw a window over the screen (help, theme picker, yes/no
//! question, note form, the form's suggestions): a rectangle, centred or
//! placed, cleared, with a border, a title on top and, if any, a footer at
//! the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Padding, Widget};

/// A popup's frame, drawn with [`Popup::draw`].
pub(crate) struct Popup<'a> {
    title: Line<'a>,
    footer: Option<Line<'a>>,
    border: Style,
    padding: Padding,
}

impl<'a> Popup<'a> {
    /// A frame titled ` title ` in `style`, its border in `border`.
    pub(crate) fn new(title: &str, style: Style, border: Style) -> Popup<'a> {
        Popup {
            title: Line::styled(format!(" {title} "), style),
            footer: None,
            border,
            padding: Padding::ZERO,
        }
    }

    /// ` footer ` in `style` on the bottom border.
    pub(crate) fn footer(mut self, footer: &str, style: Style) -> Popup<'a> {
        self.footer = Some(Line::styled(format!(" {footer} "), style));
        self
    }

    /// One blank column inside each side of the border.
    pub(crate) fn padded(mut self) -> Popup<'a> {
        self.padding = Padding::horizontal(1);
        self
    }

    /// Draws the frame, at most `width` × `height`, centred on `screen`, over
    /// whatever was there; returns the area inside it.
    pub(crate) fn draw(self, buf: &mut Buffer, screen: Rect, width: u16, height: u16) -> Rect {
        self.draw_in(buf, centered(screen, width, height))
    }

    /// Draws the frame on `area` exactly (a dropdown placed by its field),
    /// over whatever was there; returns the area inside it.
    pub(crate) fn draw_in(self, buf: &mut Buffer, area: Rect) -> Rect {
        Clear.render(area, buf);
        let mut block = Block::bordered()
            .padding(self.padding)
            .border_style(self.border)
            .title(self.title);
        if let Some(footer) = self.footer {
            block = block.title_bottom(footer);
        }
        let inner = block.inner(area);
        block.render(area, buf);
        inner
    }
}

/// A rectangle of at most `width` × `height`, centred in `area`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
