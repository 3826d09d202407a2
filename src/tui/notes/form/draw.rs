//! The note form over the screen: one row per field, the text area below,
//! then the error, warnings or the focused field's keys. The suggestions for
//! the name and the organisation open in a bordered dropdown under their
//! field (over it when there is no room below), right of the labels: the
//! field typed in and every label stay in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{FollowChoice, FormField, NoteForm, PersonChoice};
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::view::popup::Popup;
use crate::tui::view::put_line;
use crate::tui::wrap::width;

/// Width of the labels column.
const LABEL_WIDTH: u16 = 15;
/// The one-line fields, above the text area.
const LINE_FIELDS: usize = 11;
/// At most this many suggestions show at once (the list scrolls).
const DROPDOWN_ROWS: u16 = 8;
/// The dropdown is at most this wide.
const DROPDOWN_WIDTH: u16 = 60;

pub(crate) fn draw(app: &App, form: &NoteForm, buf: &mut Buffer, screen: Rect) {
    let styles = &app.styles;
    let title = if form.editing.is_some() {
        app.text().form_edit
    } else {
        app.text().form_new
    };
    // The hint bar (last row) stays visible under the form.
    let inner = Popup::new(title, styles.title(), styles.border_focused())
        .padded()
        .draw(buf, screen, 100, screen.height.saturating_sub(2));
    if inner.height < 2 || inner.width <= LABEL_WIDTH {
        return;
    }
    let input_x = inner.x + LABEL_WIDTH;
    let input_width = inner.width - LABEL_WIDTH;

    // One-line fields; on a short screen, a window that holds the focused one.
    let room = (inner.height as usize).saturating_sub(2).min(LINE_FIELDS);
    let focus = form.focus.index().min(LINE_FIELDS - 1);
    let first = (focus + 1).saturating_sub(room);
    let mut y = inner.y;
    let mut focus_row = None;
    for &field in FormField::ALL[..LINE_FIELDS].iter().skip(first).take(room) {
        label(app, form, field, buf, Rect::new(inner.x, y, LABEL_WIDTH, 1));
        let rect = Rect::new(input_x, y, input_width, 1);
        if field == form.focus {
            focus_row = Some(y);
        }
        match field {
            FormField::FollowUp => follow_up(app, form, buf, rect),
            FormField::Organisation => organisation(app, form, buf, rect),
            _ => form.input(field).render(rect, buf),
        }
        y += 1;
    }

    // The text area takes what is left but the last row.
    let text_rows = (inner.bottom() - 1).saturating_sub(y);
    if text_rows > 0 {
        label(
            app,
            form,
            FormField::Text,
            buf,
            Rect::new(inner.x, y, LABEL_WIDTH, 1),
        );
        let rect = Rect::new(input_x, y, input_width, text_rows);
        form.input(FormField::Text).render(rect, buf);
    }
    status(
        app,
        form,
        buf,
        Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
    );

    if let Some(row) = focus_row {
        let field = Rect::new(input_x, row, input_width.min(DROPDOWN_WIDTH), 1);
        suggestions(app, form, buf, field, inner);
    }
}

fn label(app: &App, form: &NoteForm, field: FormField, buf: &mut Buffer, rect: Rect) {
    let focused = form.focus == field;
    let (mark, style) = if focused {
        ("› ", app.styles.label().patch(app.styles.title()))
    } else {
        ("  ", app.styles.label())
    };
    put_line(
        buf,
        rect,
        rect.y,
        &Line::styled(format!("{mark}{}", field.label(app.text())), style),
    );
}

fn follow_up(app: &App, form: &NoteForm, buf: &mut Buffer, rect: Rect) {
    let styles = &app.styles;
    let focused = form.focus == FormField::FollowUp;
    let mut spans = Vec::new();
    for choice in FollowChoice::ALL {
        let on = choice == form.follow;
        let mark = if on { "(•)" } else { "( )" };
        let style = match (on, focused) {
            (true, true) => styles.selected(),
            (true, false) => styles.title(),
            _ => styles.base(),
        };
        spans.push(Span::styled(
            format!("{mark} {}", choice.label(app.text())),
            style,
        ));
        spans.push(Span::raw("  "));
    }
    put_line(buf, rect, rect.y, &Line::from(spans));
}

fn organisation(app: &App, form: &NoteForm, buf: &mut Buffer, rect: Rect) {
    let marker = format!(" ✓ {}", app.text().org_linked);
    let marker_width = width(&marker) as u16;
    if !form.is_linked() || rect.width <= marker_width + 4 {
        form.input(FormField::Organisation).render(rect, buf);
        return;
    }
    let field = Rect {
        width: rect.width - marker_width,
        ..rect
    };
    form.input(FormField::Organisation).render(field, buf);
    let right = Rect {
        x: field.right(),
        width: marker_width,
        ..rect
    };
    put_line(buf, right, rect.y, &Line::styled(marker, app.styles.dim()));
}

/// The last row: why the save was refused, else warnings, else the keys
/// of the focused field.
fn status(app: &App, form: &NoteForm, buf: &mut Buffer, rect: Rect) {
    let styles = &app.styles;
    let warnings = form.warnings();
    let line = if let Some(error) = &form.error {
        Line::styled(format!("⚠ {}", for_display(error)), styles.warning())
    } else if !warnings.is_empty() {
        Line::styled(
            format!("⚠ {}", for_display(&warnings.join(" "))),
            styles.warning(),
        )
    } else {
        let keys = match form.focus {
            FormField::FollowUp => app.text().follow_up_keys,
            FormField::Organisation if form.picker_open() => app.text().completion_keys,
            FormField::Name if form.people_picker_open() => app.text().completion_keys,
            _ => "",
        };
        Line::styled(keys, styles.dim())
    };
    put_line(buf, rect, rect.y, &line);
}

/// The suggestions for the field being typed in (`field`, its row), if it
/// has some: the people of the stand or organisation for the name, the
/// directory's organisations matching what is typed for the organisation.
fn suggestions(app: &App, form: &NoteForm, buf: &mut Buffer, field: Rect, inside: Rect) {
    let (title, lines, selected): (_, Vec<String>, _) = if form.people_picker_open() {
        let people = form.person_choices();
        let lines = people.into_iter().map(person_line).collect();
        (app.text().suggested_people, lines, form.person_choice)
    } else if form.picker_open() {
        let lines = form.choices.iter().map(|c| c.name.clone()).collect();
        (app.text().suggested_organisations, lines, form.choice)
    } else {
        return;
    };
    dropdown(app, buf, title, &lines, selected, field, inside);
}

/// `Anne Exemple — coordinatrice · Croix-Rouge`: who a suggestion is.
fn person_line(person: &PersonChoice) -> String {
    let mut line = person.name.clone();
    if !person.role.is_empty() {
        line.push_str(" — ");
        line.push_str(&person.role);
    }
    if let Some(organisation) = &person.organisation {
        line.push_str(" · ");
        line.push_str(&organisation.name);
    }
    line
}

/// A bordered list of `lines` titled `title`, `selected` lit, under `field`
/// or, when there is more room there, over it; within `inside`, scrolled so
/// the selected line shows.
fn dropdown(
    app: &App,
    buf: &mut Buffer,
    title: &str,
    lines: &[String],
    selected: usize,
    field: Rect,
    inside: Rect,
) {
    let wanted = (lines.len() as u16).min(DROPDOWN_ROWS) + 2;
    let below = inside.bottom().saturating_sub(field.bottom());
    let above = field.y.saturating_sub(inside.y);
    let (y, height) = if below >= wanted || below >= above {
        (field.bottom(), wanted.min(below))
    } else {
        let height = wanted.min(above);
        (field.y - height, height)
    };
    if height < 3 {
        return; // No room for one line and its border.
    }
    let styles = &app.styles;
    let area = Rect { y, height, ..field };
    let list = Popup::new(title, styles.title(), styles.border_focused()).draw_in(buf, area);
    let rows = list.height as usize;
    let first = (selected + 1).saturating_sub(rows);
    for (row, (i, text)) in lines.iter().enumerate().skip(first).take(rows).enumerate() {
        let style = if i == selected {
            styles.selected()
        } else {
            styles.base()
        };
        let y = list.y + row as u16;
        buf.set_style(
            Rect {
                y,
                height: 1,
                ..list
            },
            style,
        );
        let line = Line::styled(format!(" {}", for_display(text)), style);
        put_line(buf, list, y, &line);
    }
}
