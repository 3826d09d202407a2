//! The card's popup: the QR code with your name under it, framed when there
//! is room and bare when only the code fits (its quiet zone is frame
//! enough), or, on a screen too small, the size it needs; the form over it
//! while it is open.
//!
//! In colour the code is black on white, whatever the terminal's theme.
//! Without colour it is drawn in the terminal's own colours, with the ink
//! the state holds (see `crate::card::qr`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use super::form::CardForm;
use crate::card::CardField;
use crate::card::qr::{Ink, QrMatrix};
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::view::popup::{Popup, centered};
use crate::tui::view::put_line;
use crate::tui::wrap::{width, wrap};

/// Width of the form's labels column.
const LABEL_WIDTH: u16 = 16;
/// The widest the form and the messages get.
const FORM_WIDTH: u16 = 72;

pub(crate) fn draw(app: &App, buf: &mut Buffer, screen: Rect) {
    let state = app.card();
    let texts = &crate::i18n::t(app.text().lang).card;
    if let Some(form) = &state.form {
        draw_form(app, form, buf, screen);
        return;
    }
    if let Some(problem) = state.problem() {
        let text = format!(
            "{}\n{}",
            problem.render(app.text().lang),
            texts.unusable_advice
        );
        message(app, buf, screen, &text);
        return;
    }
    match state.code() {
        Some(Ok(code)) => draw_code(app, code, buf, screen),
        Some(Err(why)) => message(app, buf, screen, why.message(app.text().lang)),
        None => {}
    }
}

/// The style and ink of the code: black on white in colour; without
/// colour, none, and the ink the state holds.
fn code_look(app: &App) -> (Style, Ink) {
    if app.styles.no_color {
        (Style::new(), app.card().plain_ink)
    } else {
        (Style::new().fg(Color::Black).bg(Color::White), Ink::Dark)
    }
}

fn draw_code(app: &App, code: &QrMatrix, buf: &mut Buffer, screen: Rect) {
    let texts = &crate::i18n::t(app.text().lang).card;
    let (style, ink) = code_look(app);
    let lines = code.half_blocks(ink);
    let (w, h) = (code.text_width() as u16, code.text_height() as u16);
    let Some(card) = app.card().card() else {
        return;
    };
    let mut caption = for_display(&card.name).into_owned();
    if let Some(org) = card.get(CardField::Organisation) {
        caption.push_str(" · ");
        caption.push_str(&for_display(org));
    }
    let mut captions = vec![Line::styled(caption, app.styles.title())];
    if app.styles.no_color {
        for line in wrap(texts.plain_hint, w as usize) {
            captions.push(Line::styled(line, app.styles.dim()));
        }
    }
    let tall = h + captions.len() as u16;
    let inner = if w + 2 <= screen.width && tall + 2 <= screen.height {
        Popup::new(texts.title, app.styles.title(), app.styles.border_focused()).draw(
            buf,
            screen,
            w + 2,
            tall + 2,
        )
    } else if w <= screen.width && h < screen.height {
        // Bare: the code and the name only.
        captions.truncate(1);
        let area = centered(screen, w, h + 1);
        Clear.render(area, buf);
        area
    } else {
        let needed = (texts.too_small)(w, h + 1, screen.width, screen.height);
        message(app, buf, screen, &needed);
        return;
    };
    for (row, line) in lines.iter().enumerate() {
        buf.set_string(inner.x, inner.y + row as u16, line, style);
    }
    for (i, line) in captions.iter().enumerate() {
        let y = inner.y + h + i as u16;
        let indent = (inner.width as usize).saturating_sub(line.width()) / 2;
        let area = Rect::new(inner.x + indent as u16, y, inner.width - indent as u16, 1);
        put_line(buf, area, y, line);
    }
}

/// A popup titled "Your card" saying `text`, wrapped.
fn message(app: &App, buf: &mut Buffer, screen: Rect, text: &str) {
    let texts = &crate::i18n::t(app.text().lang).card;
    let room = FORM_WIDTH.min(screen.width).saturating_sub(4) as usize;
    let lines: Vec<String> = text.lines().flat_map(|l| wrap(l, room.max(1))).collect();
    let widest = lines.iter().map(|l| width(l)).max().unwrap_or(0) as u16;
    let inner = Popup::new(texts.title, app.styles.title(), app.styles.border_focused())
        .padded()
        .draw(buf, screen, widest + 4, lines.len() as u16 + 2);
    for (i, line) in lines.iter().enumerate() {
        put_line(buf, inner, inner.y + i as u16, &Line::raw(line.as_str()));
    }
}

fn draw_form(app: &App, form: &CardForm, buf: &mut Buffer, screen: Rect) {
    let styles = &app.styles;
    let texts = &crate::i18n::t(app.text().lang).card;
    let room = FORM_WIDTH.min(screen.width).saturating_sub(4) as usize;
    let mut intro: Vec<String> = Vec::new();
    if app.card().card().is_none() {
        intro = wrap(texts.form_intro, room.max(1));
        if !app.card().is_kept() {
            intro.extend(wrap(texts.not_kept, room.max(1)));
        }
        intro.push(String::new());
    }
    let fields = CardField::ALL.len() as u16;
    let height = intro.len() as u16 + fields + 1 + 2;
    let inner = Popup::new(texts.form_title, styles.title(), styles.border_focused())
        .footer(texts.form_footer, styles.dim())
        .padded()
        .draw(buf, screen, FORM_WIDTH, height);
    if inner.width <= LABEL_WIDTH {
        return;
    }
    let mut y = inner.y;
    for line in &intro {
        put_line(buf, inner, y, &Line::styled(line.as_str(), styles.dim()));
        y += 1;
    }
    for field in CardField::ALL {
        if y >= inner.bottom() {
            return;
        }
        let focused = form.focus == field;
        let (mark, style) = if focused {
            ("› ", styles.label().patch(styles.title()))
        } else {
            ("  ", styles.label())
        };
        let label = field.label(app.text().lang);
        put_line(
            buf,
            inner,
            y,
            &Line::styled(format!("{mark}{label}"), style),
        );
        let rect = Rect::new(inner.x + LABEL_WIDTH, y, inner.width - LABEL_WIDTH, 1);
        form.input(field).render(rect, buf);
        y += 1;
    }
    if let Some(error) = &form.error
        && y < inner.bottom()
    {
        let line = Line::styled(for_display(error).into_owned(), styles.warning());
        put_line(buf, inner, y, &line);
    }
}
