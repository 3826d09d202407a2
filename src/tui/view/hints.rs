//! The bottom row: the main keys of whatever has the keyboard, from the keymap.
//! The help key is always shown, on the right: it leads to everything else.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::put_line;
use crate::sanitize::for_display;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::detail::Target;
use crate::tui::keymap::{self, ShownHint};
use crate::tui::plan::PlanAction;
use crate::tui::wrap::width;

pub fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    if let Some(message) = app.message() {
        // What just happened matters more than the keys, until the next key.
        let line = Line::styled(format!(" {}", for_display(message)), app.styles.title());
        put_line(buf, area, area.y, &line);
        return;
    }
    let note_shown = matches!(app.shown_target(), Some(Target::Note(_)));
    // Where a stand is what the screen is about: its detail, the Plan, "Ma visite".
    let stand_in_view = app.detail().is_some() || !app.tab().has_list();
    let hints: Vec<_> = keymap::hints(&app.contexts(), &app.text().keys)
        .into_iter()
        .filter(|(binding, _)| note_shown || !acts_on_a_note(&binding.action))
        .filter(|(binding, _)| stand_in_view || !marks_a_stand(&binding.action))
        // Which events' notes: said where notes are listed.
        .filter(|(binding, _)| {
            app.tab() == crate::tui::tab::Tab::Notes || binding.action != Action::ToggleAllEvents
        })
        .collect();
    let (help, others): (Vec<_>, Vec<_>) = hints
        .into_iter()
        .partition(|(binding, _)| binding.action == Action::ToggleHelp);

    let help_spans: Vec<Span> = help.iter().flat_map(|(_, h)| spans(app, h)).collect();
    let help_width = help_spans.iter().map(|s| width(&s.content)).sum::<usize>();
    let room = (area.width as usize).saturating_sub(help_width);

    let mut left = Vec::new();
    let mut used = 0;
    for (_, hint) in &others {
        let parts = spans(app, hint);
        let w: usize = parts.iter().map(|s| width(&s.content)).sum();
        if used + w > room {
            break; // Drop the rest rather than show half a hint.
        }
        used += w;
        left.extend(parts);
    }
    put_line(buf, area, area.y, &Line::from(left));
    let help_area = Rect {
        x: area.x + area.width.saturating_sub(help_width as u16),
        width: (help_width as u16).min(area.width),
        ..area
    };
    put_line(buf, help_area, area.y, &Line::from(help_spans));
}

/// Actions that need a note shown: their hints would only get a refusal otherwise.
fn acts_on_a_note(action: &Action) -> bool {
    matches!(
        action,
        Action::EditNote | Action::DeleteNote | Action::CycleFollowUp
    )
}

/// Stars and visits: hinted where a stand is in view, so the lists keep
/// room for their own keys (the keys work there too).
fn marks_a_stand(action: &Action) -> bool {
    matches!(
        action,
        Action::Plan(PlanAction::ToggleStar | PlanAction::ToggleVisited | PlanAction::SetHere)
    )
}

fn spans(app: &App, hint: &ShownHint) -> Vec<Span<'static>> {
    vec![
        Span::styled(format!(" {} ", hint.keys), app.styles.hint_key()),
        Span::styled(format!(" {} ", hint.text), app.styles.hint_text()),
    ]
}
