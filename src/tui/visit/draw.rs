//! "Ma visite": the starred stands in walking order from where you are, each
//! with the walk from the previous stop, the total, and the visited ones
//! ticked and dimmed; with starred talks, the day plan: each stop with its
//! times and the walk before it, talks marked as talks, the warnings.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::VisitState;
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::layout::Areas;
use crate::tui::plan::canvas::{STAR, TICK};
use crate::tui::view::put_line;
use crate::tui::wrap::{width, wrap};
use crate::venue::day::{self, DayPlan, DayStop};
use crate::venue::directions::{format_distance, format_duration};
use crate::venue::route::walking_seconds;

/// The mark of a talk in the day plan.
const TALK: char = '◆';

pub(crate) fn draw(app: &App, buf: &mut Buffer, areas: &Areas) {
    let styles = &app.styles;
    let area = areas.list.union(areas.detail);
    let day_plan = app.day_plan();
    let title = match day_plan {
        Some(_) => app.text().visit_day_title,
        None => app.text().visit_title,
    };
    let block = Block::bordered()
        .border_style(styles.border_focused())
        .title(Line::styled(format!(" {title} "), styles.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    if let Some(plan) = day_plan {
        let (lines, cursor_line) = day_lines(app, plan, inner.width as usize);
        show(app, buf, inner, &lines, cursor_line);
        return;
    }
    let lang = app.plan().lang;
    let mut lines: Vec<Line> = Vec::new();
    let here = match app.plan().event_plan().position() {
        Some(stand) => format!("{} {}", app.text().stand, for_display(stand)),
        None => app.text().main_entrance.to_string(),
    };
    lines.push(Line::styled(
        format!("{}{}{here}", app.text().visit_from, app.text().colon),
        styles.label(),
    ));
    let tour = match app.plan_tour() {
        Some(Ok(tour)) => Some(tour),
        Some(Err(e)) => {
            lines.push(Line::styled(e.message(lang), styles.warning()));
            None
        }
        None => None,
    };
    let rows = app.visit_rows();
    if rows.is_empty() && tour.is_some() {
        for part in wrap(app.text().visit_empty, inner.width as usize) {
            lines.push(Line::styled(part, styles.dim()));
        }
    }
    let number_width = rows.iter().map(|r| width(&r.stand)).max().unwrap_or(0);
    let first_row = lines.len();
    let mut stop = 0;
    for (i, row) in rows.iter().enumerate() {
        let selected = i == app.plan().cursor;
        let (mark, tail, base) = match &row.state {
            VisitState::ToSee { leg_m } => {
                stop += 1;
                (
                    format!("{stop:>2}. {STAR}"),
                    format!("+{}", format_distance(*leg_m, lang)),
                    styles.base(),
                )
            }
            VisitState::Visited => (
                format!("    {TICK}"),
                app.text().visit_done.to_string(),
                styles.visited(),
            ),
            VisitState::Unreachable(why) => ("    !".to_string(), why.clone(), styles.warning()),
            // Only in the day plan, drawn by `day_lines`.
            VisitState::Day(_) => (String::new(), String::new(), styles.base()),
        };
        let base = if selected { styles.selected() } else { base };
        let number = for_display(&row.stand);
        let pad = " ".repeat(number_width.saturating_sub(width(&number)) + 2);
        let name = stand_name(app, &row.stand);
        let line = Line::from(vec![
            Span::styled(format!("{mark} {number}{pad}"), base),
            Span::styled(format!("{tail:>8}  "), base),
            Span::styled(name, base),
        ]);
        lines.push(line);
    }
    if let Some(tour) = tour
        && !tour.stops.is_empty()
    {
        lines.push(Line::default());
        let seconds = crate::venue::route::walking_seconds(tour.total_m);
        let total = format!(
            "{}{}{} ({})",
            app.text().visit_total,
            app.text().colon,
            format_distance(tour.total_m, lang),
            format_duration(seconds, lang)
        );
        lines.push(Line::styled(total, styles.title()));
    }
    if let Some(message) = &app.plan().message {
        lines.push(Line::styled(message.clone(), styles.warning()));
    }
    let cursor_line = (!rows.is_empty()).then_some(first_row + app.plan().cursor);
    show(app, buf, inner, &lines, cursor_line);
}

/// Puts `lines` in `inner`, scrolled so that the cursor's line (when there
/// is one) is on screen, and highlighted.
fn show(
    app: &App,
    buf: &mut Buffer,
    inner: ratatui::layout::Rect,
    lines: &[Line],
    cursor_line: Option<usize>,
) {
    let styles = &app.styles;
    let height = inner.height as usize;
    let skip = cursor_line.map_or(0, |c| (c + 1).saturating_sub(height));
    for (i, line) in lines.iter().skip(skip).take(height).enumerate() {
        if Some(skip + i) == cursor_line {
            buf.set_style(
                ratatui::layout::Rect {
                    y: inner.y + i as u16,
                    height: 1,
                    ..inner
                },
                styles.selected(),
            );
        }
        put_line(buf, inner, inner.y + i as u16, line);
    }
}

/// The day plan's lines, and which one is the cursor's row: the heading,
/// one line per stop (its times, what it is, the walk before it) with its
/// notes under it, the visited stands and those out of reach, the total
/// and the assumption, then the talks not planned.
fn day_lines<'a>(
    app: &App,
    plan: &Result<DayPlan, crate::venue::RouteError>,
    columns: usize,
) -> (Vec<Line<'a>>, Option<usize>) {
    let styles = &app.styles;
    let lang = app.plan().lang;
    let texts = crate::i18n::t(lang);
    let (p, venue) = (&texts.programme, &texts.venue);
    let mut lines: Vec<Line> = Vec::new();
    let plan = match plan {
        Ok(plan) => plan,
        Err(e) => {
            lines.push(Line::styled(e.message(lang), styles.warning()));
            return (lines, None);
        }
    };
    let heading = (p.day_plan_heading)(&plan.clock(plan.from), &(venue.start)(&plan.start));
    lines.push(Line::styled(heading, styles.label()));
    let rows = app.visit_rows();
    let number_width = rows.iter().map(|r| width(&r.stand)).max().unwrap_or(0);
    let indent = " ".repeat(13);
    let mut cursor_line = None;
    for (i, row) in rows.iter().enumerate() {
        let selected = i == app.plan().cursor;
        if selected {
            cursor_line = Some(lines.len());
        }
        let pick = |style| if selected { styles.selected() } else { style };
        let mut notes: Vec<(String, ratatui::style::Style)> = Vec::new();
        let line = match &row.state {
            VisitState::Day(item) => {
                let walk = (p.day_walk)(
                    &format_distance(item.walk_m, lang),
                    &format_duration(item.walk_seconds, lang),
                );
                let line = match &item.stop {
                    DayStop::Stand { number } => {
                        let number = for_display(number);
                        let pad = " ".repeat(number_width.saturating_sub(width(&number)) + 2);
                        let base = pick(styles.base());
                        Line::from(vec![
                            Span::styled(
                                format!(
                                    "{}–{} {STAR} {number}{pad}",
                                    plan.clock(item.arrive),
                                    plan.clock(item.leave)
                                ),
                                base,
                            ),
                            Span::styled(format!("{walk}  "), base),
                            Span::styled(stand_name(app, &row.stand), base),
                        ])
                    }
                    DayStop::Talk {
                        title,
                        place,
                        start,
                        end,
                        end_assumed,
                        ..
                    } => {
                        if *end_assumed {
                            let assumed = (p.day_end_assumed)(day::ASSUMED_TALK_MINUTES);
                            notes.push((format!("· {assumed}"), styles.dim()));
                        }
                        let to = place
                            .as_ref()
                            .map(|e| format!(" {}", (venue.destination)(e)))
                            .unwrap_or_default();
                        let base = pick(styles.title());
                        Line::from(vec![
                            Span::styled(
                                format!(
                                    "{}–{} {TALK} {}{}{}",
                                    plan.clock(*start),
                                    plan.clock(*end),
                                    p.day_talk,
                                    app.text().colon,
                                    for_display(title)
                                ),
                                base,
                            ),
                            Span::styled(format!("  {walk}{to}"), pick(styles.base())),
                        ])
                    }
                };
                for note in &item.notes {
                    notes.push((format!("! {}", (p.day_note)(note)), styles.warning()));
                }
                line
            }
            VisitState::Visited => {
                let base = pick(styles.visited());
                Line::from(vec![Span::styled(
                    format!(
                        "{indent}{TICK} {}  {}  {}",
                        for_display(&row.stand),
                        app.text().visit_done,
                        stand_name(app, &row.stand)
                    ),
                    base,
                )])
            }
            VisitState::Unreachable(why) => Line::styled(
                format!("{indent}! {}  {why}", for_display(&row.stand)),
                pick(styles.warning()),
            ),
            VisitState::ToSee { .. } => Line::default(),
        };
        lines.push(line);
        for (note, style) in notes {
            for part in wrap(&note, columns.saturating_sub(indent.len())) {
                lines.push(Line::styled(format!("{indent}{part}"), style));
            }
        }
    }
    if !plan.items.is_empty() {
        lines.push(Line::default());
        let total = format!(
            "{}{}{} ({})",
            app.text().visit_total,
            app.text().colon,
            format_distance(plan.total_m, lang),
            format_duration(walking_seconds(plan.total_m), lang)
        );
        lines.push(Line::styled(total, styles.title()));
        lines.push(Line::styled(
            (p.day_stand_minutes)(plan.stand_minutes),
            styles.dim(),
        ));
    }
    for (heading, talks) in [
        (p.day_unknown_time, &plan.unknown_time),
        (p.day_over, &plan.over),
    ] {
        if talks.is_empty() {
            continue;
        }
        lines.push(Line::styled(heading.to_string(), styles.label()));
        for (_, title) in talks {
            lines.push(Line::styled(
                format!("  {TALK} {}", for_display(title)),
                styles.dim(),
            ));
        }
    }
    if let Some(message) = &app.plan().message {
        lines.push(Line::styled(message.clone(), styles.warning()));
    }
    (lines, cursor_line)
}

/// The names of the organisations on a stand, for its row.
fn stand_name(app: &App, number: &str) -> String {
    let Some(position) = app.directory.stand_index(number) else {
        return String::new();
    };
    let names: Vec<&str> = app
        .directory
        .organisations_of_stand(position)
        .map(|o| app.directory.organisations[o].display_name())
        .collect();
    for_display(&names.join(", ")).into_owned()
}
