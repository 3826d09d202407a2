//! The Programme list's rows: with an empty query, under section headers
//! (now, next, each day, time unknown); each row the talk's time, title,
//! place, a ★ when starred and a flag when illustrative. The list feature
//! calls these for its drawing and its clicks.

use ratatui::style::Style;
use ratatui::text::Span;

use super::{Moment, Section, detail::hour};
use crate::directory::TalkPlace;
use crate::search::Hit;
use crate::search::catalog::{TALK_PLACE, TALK_TITLE, talks};
use crate::tui::app::App;
use crate::tui::tab::Tab;
use crate::tui::view::highlighted;
use crate::tui::wrap::width;

/// One screen row of the Programme list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Row {
    /// A section's header.
    Header(String),
    /// The talk of the list's hit at this index.
    Talk(usize),
}

impl App {
    /// The rows the Programme list shows in `height` rows, from its first
    /// visible hit: headers (with an empty query) before each section's
    /// first talk and above the first row; moved down when headers would
    /// push the selected talk out of view.
    pub(crate) fn programme_rows(&self, height: usize) -> Vec<Row> {
        let list = self.list(Tab::Programme);
        let headers = self.query.is_empty();
        let all = talks(&self.directory);
        let moment = Moment::at(&self.directory, self.now());
        let section = |index: usize| {
            let hit = list.hits.get(index)?;
            Some(moment.section(all, hit.record()))
        };
        let layout = |start: usize, stop_at: usize| {
            let mut rows = Vec::new();
            let mut previous = None;
            for index in start..list.hits.len() {
                if rows.len() >= stop_at {
                    break;
                }
                let here = section(index);
                if headers && here != previous {
                    let label = here.map(|s| self.section_label(s)).unwrap_or_default();
                    rows.push(Row::Header(label));
                    previous = here;
                }
                rows.push(Row::Talk(index));
            }
            rows.truncate(stop_at);
            rows
        };
        let mut start = list.offset.min(list.selected);
        // The selected talk must be on screen, headers and all.
        while start < list.selected && !layout(start, height).contains(&Row::Talk(list.selected)) {
            start += 1;
        }
        layout(start, height)
    }

    fn section_label(&self, section: Section) -> String {
        let t = self.programme_text();
        match section {
            Section::Now => t.now_heading.to_string(),
            Section::Next => t.next_heading.to_string(),
            Section::Day(date) => (t.day_heading)(date),
            Section::Unknown => t.time_unknown.to_string(),
        }
    }
}

/// The spans of a talk's row after its first cell: time, title, place and
/// flag. `texts` are its record's field texts; `positions` the matched
/// chars of a field.
pub(crate) fn row(
    app: &App,
    hit: &Hit,
    texts: &[String],
    positions: &dyn Fn(usize) -> Vec<usize>,
    (base, matched, dim): (Style, Style, Style),
) -> Vec<Span<'static>> {
    let Some(talk) = talks(&app.directory).get(hit.record()) else {
        return Vec::new();
    };
    let t = app.programme_text();
    let star = if app.is_talk_starred(hit.record()) {
        "★"
    } else {
        " "
    };
    // With an empty query the headers say the day; search results say it
    // on each row.
    let with_day = !app.query().is_empty();
    let time = match talk.start_time() {
        Some(start) if with_day => {
            let civil = start.civil();
            format!("{} {}", (t.day_short)(civil.date()), hour(civil))
        }
        Some(start) => hour(start.civil()),
        None => "—".to_string(),
    };
    let column: usize = if with_day { 13 } else { 5 };
    let pad = column.saturating_sub(width(&time));
    let mut spans = vec![
        Span::styled(star, base),
        Span::styled(format!("{}{time}  ", " ".repeat(pad)), dim),
    ];
    let title = texts.get(TALK_TITLE).map_or("", String::as_str);
    spans.extend(highlighted(title, &positions(TALK_TITLE), base, matched));
    let place = texts.get(TALK_PLACE).map_or("", String::as_str);
    if !place.is_empty() {
        spans.push(Span::styled(" · ", dim));
        if matches!(talk.place, Some(TalkPlace::Stand(_))) {
            spans.push(Span::styled(t.stand_prefix, dim));
        }
        let emphasis = dim.patch(matched);
        spans.extend(highlighted(place, &positions(TALK_PLACE), dim, emphasis));
    }
    if talk.illustrative {
        spans.push(Span::styled(format!(" {}", t.illustrative_flag), dim));
    }
    spans
}
