//! A yes/no question over the screen (delete a note, throw changes away,
//! set the notes file aside).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Padding, Widget};

use super::super::app::App;
use super::super::notes::Confirm;
use super::super::wrap::wrap;
use super::{centered, put_line};
use crate::sanitize::for_display;

pub fn draw(app: &App, question: &Confirm, buf: &mut Buffer, screen: Rect) {
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
    let area = centered(screen, width, lines.len() as u16 + 2);
    Clear.render(area, buf);
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .border_style(styles.warning())
        .title(Line::styled(
            format!(" {} ", app.text().confirm_title),
            styles.title(),
        ))
        .title_bottom(Line::styled(
            format!(" {} ", app.text().confirm_footer),
            styles.title(),
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    for (row, line) in lines.iter().enumerate() {
        put_line(
            buf,
            inner,
            inner.y + row as u16,
            &Line::styled(line.as_str(), styles.base()),
        );
    }
}
