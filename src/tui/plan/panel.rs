//! What the Plan tab's panel says: where you are, the route to the selected
//! stand in words, a message, the tour. The layout measures it to size the
//! panel (under a narrow map it grows so the directions are not cut); the
//! view styles and draws it, then the legend after it.

use super::canvas;
use crate::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::wrap::wrap;

/// What a paragraph of the panel is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Label,
    Title,
    Body,
    Warning,
    Dim,
    Tour,
}

/// The panel's paragraphs, in order.
pub fn paragraphs(app: &App) -> Vec<(Kind, String)> {
    let text = app.text();
    let mut parts = Vec::new();
    let here = match app.plan().event_plan().position() {
        Some(stand) => format!("{} {}", text.stand, for_display(stand)),
        None => text.main_entrance.to_string(),
    };
    parts.push((
        Kind::Label,
        format!("{}{}{here}", text.you_are_here, text.colon),
    ));
    match (app.plan_stand(), app.plan_route()) {
        (Some(stand), Some(Ok(routed))) => {
            let head = match &routed.summary {
                Some(summary) => format!(
                    "{} {}{}{summary}",
                    text.route_to,
                    for_display(&stand),
                    text.colon,
                ),
                None => format!("{} {}", text.route_to, for_display(&stand)),
            };
            parts.push((Kind::Title, head));
            parts.push((Kind::Body, for_display(&routed.directions).into_owned()));
        }
        (Some(stand), Some(Err(e))) => {
            parts.push((
                Kind::Title,
                format!("{} {}", text.route_to, for_display(&stand)),
            ));
            parts.push((Kind::Warning, e.message(app.plan().lang)));
        }
        _ => parts.push((Kind::Dim, text.no_stand_selected.to_string())),
    }
    if let Some(message) = &app.plan().message {
        parts.push((Kind::Warning, message.clone()));
    }
    if app.plan().show_tour {
        parts.push((Kind::Tour, format!("{} {}", canvas::TOUR, text.tour_shown)));
    }
    parts
}

/// The paragraphs wrapped to `width` columns, one line each.
pub fn lines(app: &App, width: usize) -> Vec<(Kind, String)> {
    paragraphs(app)
        .into_iter()
        .flat_map(|(kind, text)| wrap(&text, width).into_iter().map(move |l| (kind, l)))
        .collect()
}
