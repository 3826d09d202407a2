//! The results list of the current tab, matched characters highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::search::Hit;
use crate::search::catalog::{
    Catalog, Kind, Matched, ORG_NAME, PERSON_NAME, PERSON_ORG, PERSON_ROLE, STAND_NUMBER,
    STAND_ORGS, STAND_TITLE, talks,
};
use crate::tui::app::{App, Focus};
use crate::tui::notes::list as notes_list;
use crate::tui::programme::draw::{self as programme_draw, Row};
use crate::tui::tab::Tab;
use crate::tui::view::{highlighted, put_line};
use crate::tui::wrap::{width, wrap};

pub(crate) fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let styles = &app.styles;
    let focused = app.focus() == Focus::List;
    let border = if focused {
        styles.border_focused()
    } else {
        styles.border()
    };
    let title = match app.tab() {
        Tab::Notes => notes_list::title(app),
        tab => format!(" {} ", tab.title(app.text())),
    };
    let block = Block::bordered()
        .border_style(border)
        .title(Line::styled(title, styles.title()));
    let rows = block.inner(area);
    block.render(area, buf);

    let list = app.current_list();
    if list.hits.is_empty() {
        let empty = match app.tab() {
            Tab::Notes => notes_list::empty(app),
            Tab::Programme if talks(&app.directory).is_empty() => {
                app.programme_text().no_talks.to_string()
            }
            _ => app.indexing_line().unwrap_or_else(|| {
                let nothing = app.text().no_results;
                match app.looser_query() {
                    Some((looser, found)) => {
                        format!("{nothing} {}", (app.text().looser_offer)(looser, found))
                    }
                    None => nothing.to_string(),
                }
            }),
        };
        for (row, part) in wrap(&empty, rows.width.saturating_sub(1) as usize)
            .into_iter()
            .enumerate()
        {
            let line = Line::styled(format!(" {part}"), styles.dim());
            put_line(buf, rows, rows.y + row as u16, &line);
        }
        return;
    }
    let number_width = app.stand_number_width();
    if app.tab() == Tab::Programme {
        return draw_programme(app, buf, rows, number_width);
    }
    // Highlights are computed here, for the visible rows only.
    let visible = list
        .hits
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(rows.height as usize);
    for (row, (index, hit)) in visible.enumerate() {
        let y = rows.y + row as u16;
        let selected = index == list.selected;
        let base = if selected {
            styles.selected()
        } else {
            styles.base()
        };
        if selected {
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..rows
                },
                base,
            );
        }
        let line = row_line(app, hit, base, selected, number_width);
        put_line(buf, rows, y, &line);
    }
}

/// The Programme's rows: its talks under their section headers.
fn draw_programme(app: &App, buf: &mut Buffer, rows: Rect, number_width: usize) {
    let styles = &app.styles;
    let list = app.current_list();
    for (row, shown) in app.programme_rows(rows.height as usize).iter().enumerate() {
        let y = rows.y + row as u16;
        let line = match *shown {
            Row::Header(ref label) => Line::styled(format!(" {label}"), styles.title()),
            Row::Talk(index) => {
                let selected = index == list.selected;
                let base = match selected {
                    true => styles.selected(),
                    false => styles.base(),
                };
                if selected {
                    buf.set_style(
                        Rect {
                            y,
                            height: 1,
                            ..rows
                        },
                        base,
                    );
                }
                row_line(app, &list.hits[index], base, selected, number_width)
            }
        };
        put_line(buf, rows, y, &line);
    }
}

fn row_line(
    app: &App,
    hit: &Hit,
    base: Style,
    selected: bool,
    number_width: usize,
) -> Line<'static> {
    let styles = &app.styles;
    let emphasis = if selected {
        styles.matched_in_selection()
    } else {
        styles.matched()
    };
    let matched = base.patch(emphasis);
    let dim = if selected { base } else { styles.dim() };
    let engine = app.engine(app.tab());
    // The engines keep only folded texts: the row's are read back from the
    // directory (the notes' rows are drawn by the notes).
    let texts = app.tab().kind().map_or_else(Vec::new, |kind| {
        Catalog::field_texts(kind, &app.directory, hit.record())
    });
    let field = |index: usize| texts.get(index).map(String::as_str);
    let positions = |index: usize| match field(index) {
        Some(text) if !app.query().is_empty() => {
            engine.positions_in(hit.record(), index, text, app.query())
        }
        _ => Vec::new(),
    };
    // Why the record was found, when the row does not show it: before a
    // stand's title, which it matters more than.
    let mut why = Vec::new();
    if let Some(kind) = app.tab().kind()
        && !app.query().is_empty()
    {
        let text = field(hit.field()).unwrap_or("");
        let matched_field = app.catalog.matched(kind, hit.record(), hit.field());
        let positions = || positions(hit.field());
        why = why_part(app, kind, matched_field, text, positions, dim, emphasis);
    }
    let mut spans = vec![Span::styled(" ", base)];
    match app.tab() {
        Tab::Stands => {
            let number = field(STAND_NUMBER).unwrap_or("");
            spans[0] = Span::styled(app.visit_marker(number), base);
            spans.extend(highlighted(number, &positions(STAND_NUMBER), base, matched));
            let pad = number_width.saturating_sub(width(number)) + 2;
            spans.push(Span::styled(" ".repeat(pad), base));
            let orgs = field(STAND_ORGS).unwrap_or("");
            spans.extend(highlighted(orgs, &positions(STAND_ORGS), base, matched));
            spans.append(&mut why);
            if let Some(title) = field(STAND_TITLE).filter(|t| !t.is_empty()) {
                spans.push(Span::styled(" — ", dim));
                spans.extend(highlighted(
                    title,
                    &positions(STAND_TITLE),
                    dim,
                    dim.patch(emphasis),
                ));
            }
        }
        Tab::Organisations => {
            let name = field(ORG_NAME).unwrap_or("");
            spans.extend(highlighted(name, &positions(ORG_NAME), base, matched));
        }
        Tab::People => {
            let name = field(PERSON_NAME).unwrap_or("");
            spans.extend(highlighted(name, &positions(PERSON_NAME), base, matched));
            // Role and organisation after the name, dimmed: `Anne — coordinatrice · Croix-Rouge`.
            for (index, separator) in [(PERSON_ROLE, " — "), (PERSON_ORG, " · ")] {
                if let Some(text) = field(index).filter(|t| !t.is_empty()) {
                    spans.push(Span::styled(separator, dim));
                    spans.extend(highlighted(
                        text,
                        &positions(index),
                        dim,
                        dim.patch(emphasis),
                    ));
                }
            }
        }
        Tab::Programme => {
            // The star goes in the first cell, as a stand's.
            let mut row = programme_draw::row(app, hit, &texts, &positions, (base, matched, dim));
            if !row.is_empty() {
                spans[0] = row.remove(0);
            }
            spans.extend(row);
        }
        Tab::Notes => spans.extend(notes_list::row(app, hit, base, matched, dim, selected)),
        Tab::Plan | Tab::Visit => {} // Drawn by their own views.
    }
    spans.append(&mut why);
    Line::from(spans)
}

/// Why a result was found, when the row does not show it already: the
/// other name that matched (`FOE — Fédération Œcuménique d'Entraide`), or a
/// short part naming a person, theme, role, stand or a bit of description
/// (`· person: Jonathan Lai`, `· theme: housing`, `· …the words matched…`),
/// its matched letters highlighted.
fn why_part(
    app: &App,
    kind: Kind,
    why: Matched,
    text: &str,
    positions: impl FnOnce() -> Vec<usize>,
    dim: Style,
    emphasis: Style,
) -> Vec<Span<'static>> {
    let shown_on_the_row = match kind {
        Kind::Stand => matches!(why, Matched::Number | Matched::Shown | Matched::Title),
        Kind::Organisation => why == Matched::Shown,
        Kind::Person => matches!(why, Matched::Shown | Matched::Role | Matched::Organisation),
        Kind::Talk => matches!(why, Matched::Shown | Matched::Place),
    };
    if shown_on_the_row || text.is_empty() {
        return Vec::new();
    }
    // Highlights only for the rows that show them: they cost a fold each.
    let positions = positions();
    if positions.is_empty() {
        return Vec::new();
    }
    let positions = positions.as_slice();
    let t = app.text();
    let (separator, label) = match why {
        Matched::OfficialName | Matched::Alias => (" — ", ""),
        Matched::Theme => (" · ", t.why_theme),
        Matched::Role => (" · ", t.why_role),
        Matched::Stand => (" · ", t.why_stand),
        Matched::Person | Matched::Speaker => (" · ", t.why_person),
        _ => (" · ", ""),
    };
    let mut spans = vec![Span::styled(format!("{separator}{label}"), dim)];
    if why == Matched::Description {
        let (excerpt, positions) = excerpt(text, positions, DESCRIPTION_EXCERPT);
        spans.extend(highlighted(&excerpt, &positions, dim, dim.patch(emphasis)));
    } else {
        spans.extend(highlighted(text, positions, dim, dim.patch(emphasis)));
    }
    spans
}

/// Chars of a description shown around what matched.
const DESCRIPTION_EXCERPT: usize = 40;

/// At most `length` chars of `text` from its first highlighted char (so a
/// narrow list still shows it), with `…` where it was cut, and the
/// highlights moved to match.
fn excerpt(text: &str, positions: &[usize], length: usize) -> (String, Vec<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let first = positions.first().copied().unwrap_or(0);
    let start = first.min(chars.len().saturating_sub(length));
    let end = (start + length).min(chars.len());
    let mut out = String::new();
    let mut shift = start;
    if start > 0 {
        out.push('…');
        shift -= 1;
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    let moved = positions
        .iter()
        .filter(|&&p| (start..end).contains(&p))
        .map(|&p| p - shift)
        .collect();
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn an_excerpt_starts_at_what_matched_and_moves_the_highlights() {
        let text = "Aide aux familles et aux sans-abri, avec Caritas et la Croix-Rouge.";
        let at = text.find("Caritas").unwrap();
        let positions: Vec<usize> = (at..at + 7).collect();
        let (shown, moved) = excerpt(text, &positions, 20);
        assert_eq!(shown, "…Caritas et la Croix-…");
        assert_eq!(moved, (1..8).collect::<Vec<_>>());
        let (whole, same) = excerpt("Caritas", &[0, 1], 20);
        assert_eq!((whole.as_str(), same), ("Caritas", vec![0, 1]));
    }
}
