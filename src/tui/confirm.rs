//! A yes/no question over the screen (delete a note, throw the form's
//! changes away, set an unreadable file aside): what is asked, what the
//! answer does, and its drawing. The features ask; the answer goes back to them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::view::popup::Popup;
use crate::tui::view::put_line;
use crate::tui::wrap::wrap;

/// A question the user must answer before something happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    DeleteNote {
        id: String,
        name: String,
    },
    /// Close the form and lose its changes.
    DiscardForm,
    /// Quit and lose the form's changes.
    QuitWithForm,
    /// Set the unreadable notes file aside.
    SetAside,
    /// Set the unreadable plan file aside.
    SetAsidePlan,
}

impl App {
    /// The question being asked, if any.
    pub fn confirmation(&self) -> Option<&Confirm> {
        self.confirm.as_ref()
    }

    /// The answer to the question asked: yes does what was asked.
    pub(crate) fn answer(&mut self, yes: bool) {
        let Some(question) = self.confirm.take() else {
            return;
        };
        if !yes {
            return;
        }
        match question {
            Confirm::DeleteNote { id, .. } => self.delete_note(&id),
            Confirm::DiscardForm => self.form = None,
            Confirm::QuitWithForm => self.quit = true,
            Confirm::SetAsidePlan => self.set_aside_plan(),
            Confirm::SetAside => self.set_aside_notes(),
        }
    }
}

pub(crate) fn draw(app: &App, question: &Confirm, buf: &mut Buffer, screen: Rect) {
    let styles = &app.styles;
    let message = match question {
        Confirm::DeleteNote { name, .. } => (app.text().confirm_delete)(&for_display(name)),
        Confirm::DiscardForm => app.text().confirm_discard.to_string(),
        Confirm::QuitWithForm => app.text().confirm_quit.to_string(),
        Confirm::SetAside => app.text().confirm_set_aside.to_string(),
        Confirm::SetAsidePlan => app.text().confirm_set_aside_plan.to_string(),
    };
    let width = 56.min(screen.width);
    let lines = wrap(&message, width.saturating_sub(4).max(1) as usize);
    let inner = Popup::new(app.text().confirm_title, styles.title(), styles.warning())
        .footer(app.text().confirm_footer, styles.title())
        .padded()
        .draw(buf, screen, width, lines.len() as u16 + 2);
    for (row, line) in lines.iter().enumerate() {
        put_line(
            buf,
            inner,
            inner.y + row as u16,
            &Line::styled(line.as_str(), styles.base()),
        );
    }
}
