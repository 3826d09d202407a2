//! The Notes list's parts: a row (name, organisation, follow-up; with every
//! event's notes, the event first), the title with the "to follow up" and
//! "all events" filters, and what an empty list says.

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use crate::i18n::t;
use crate::notes::book::{FIELD_NAME, FIELD_ORGANISATION};
use crate::notes::format_date;
use crate::sanitize::{for_display, for_display_with};
use crate::search::Hit;
use crate::tui::app::App;
use crate::tui::view::highlighted;

/// The spans of a note's row after the leading space: its follow-up box,
/// name, organisation, and date. An overdue follow-up says so in a word
/// and a colour (the word alone under `NO_COLOR`, or bold in the selected row).
pub fn row(
    app: &App,
    hit: &Hit,
    base: Style,
    matched: Style,
    dim: Style,
    selected: bool,
) -> Vec<Span<'static>> {
    let engine = &app.notes().engine;
    let field = |index: usize| engine.record(hit.record()).text(index).unwrap_or("");
    let positions = |index: usize| {
        if app.query().is_empty() {
            Vec::new()
        } else {
            engine.positions(hit.record(), index, app.query())
        }
    };
    let note = app.notes().note(hit.record());
    let overdue = note.is_some_and(|n| n.follow_up.is_overdue(app.notes().today()));
    let alert = if selected {
        base.add_modifier(Modifier::BOLD)
    } else {
        app.styles.warning()
    };
    let mut spans = Vec::new();
    if let Some(note) = note {
        let mark = match note.follow_up {
            crate::notes::FollowUp::None => "  ",
            crate::notes::FollowUp::Todo { .. } => "☐ ",
            crate::notes::FollowUp::Done => "☑ ",
        };
        spans.push(Span::styled(mark, base));
    }
    // Every event's notes: another event's say which first (this event's,
    // listed first, say nothing: the name stays in view).
    let book = app.notes().book();
    let elsewhere = |n: &&crate::notes::Note| book.is_some_and(|b| !b.is_current(n));
    if let Some(note) = note.filter(elsewhere) {
        let event = crate::notes::across::event_label(
            &app.directory,
            &note.event,
            app.text().note_no_event,
        );
        spans.push(Span::styled(for_display(event).into_owned(), dim));
        spans.push(Span::styled(" · ", dim));
    }
    // First, so that a long name or organisation never hides it.
    if overdue {
        let word = t(app.text().lang).notes.overdue;
        spans.push(Span::styled(word, alert));
        spans.push(Span::styled("  ", base));
    }
    spans.extend(highlighted(
        field(FIELD_NAME),
        &positions(FIELD_NAME),
        base,
        matched,
    ));
    let organisation = field(FIELD_ORGANISATION);
    if !organisation.is_empty() {
        spans.push(Span::styled(" · ", dim));
        spans.extend(highlighted(
            organisation,
            &positions(FIELD_ORGANISATION),
            dim,
            dim.patch(matched),
        ));
    }
    if let Some(date) = note.and_then(|n| n.follow_up.date()) {
        let style = if overdue { alert } else { dim };
        let date = format_date(date, app.text().lang);
        spans.push(Span::styled(format!("  {date}"), style));
    }
    spans
}

/// The list's title: `Notes`, `Notes · to follow up`, `Notes · all
/// events`, `Notes · all events · to follow up`.
pub fn title(app: &App) -> String {
    let text = app.text();
    let mut title = format!(" {}", text.tab_notes);
    if app.notes().all_events {
        title.push_str(&format!(" · {}", text.notes_all_events_title));
    }
    if app.follow_up_only() {
        title.push_str(&format!(" · {}", text.notes_follow_up_title));
    }
    title.push(' ');
    title
}

/// What an empty Notes list says; for an unreadable file, all of it.
pub fn empty(app: &App) -> String {
    if let Some(problem) = app.notes().problem(app.text()) {
        return format!(
            "{}\n\n{}",
            for_display_with(&problem, true),
            app.text().set_aside_hint
        );
    }
    if app.notes().refusal(app.text()).is_some() {
        app.text().notes_unavailable
    } else if !app.query().is_empty() || !app.active_themes().is_empty() {
        app.text().no_results
    } else if app.follow_up_only() {
        app.text().no_follow_ups
    } else {
        app.text().no_notes
    }
    .to_string()
}
