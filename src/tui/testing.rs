//! What the TUI's unit tests share: the sample directory, apps built on it,
//! and typing into them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::directory::{self, Directory};
use crate::i18n::Lang;
use crate::notes::NotesBook;
use crate::tui::action::Action;
use crate::tui::app::{App, Options};
use crate::tui::tab::Tab;

/// A small fair: seven stands, six organisations, a few people and themes.
const SAMPLE: &str = include_str!("../../tests/fixtures/valid/tui-sample.json");

pub(crate) fn sample() -> Directory {
    directory::parse(SAMPLE).expect("the TUI fixture is valid")
}

pub(crate) fn options(width: u16, height: u16, no_color: bool, lang: Lang) -> Options {
    Options {
        no_color,
        width,
        height,
        lang,
    }
}

/// The sample in English, in colour, on a `width` × `height` terminal, without notes.
pub(crate) fn app_sized(width: u16, height: u16) -> App {
    App::new(sample(), options(width, height, false, Lang::En))
}

/// The sample in English on a 120 × 40 terminal, without notes.
pub(crate) fn app() -> App {
    app_sized(120, 40)
}

/// The sample speaking `lang` on a 120 × 40 terminal without colours, its
/// notes kept in `dir`.
pub(crate) fn app_with_notes(dir: &std::path::Path, lang: Lang) -> App {
    let directory = sample();
    let mut book = NotesBook::open_in(dir, &directory.event.id);
    // A fixed today, so what is overdue does not depend on the clock.
    book.set_today(jiff::civil::date(2026, 11, 20));
    App::with_notes(directory, options(120, 40, true, lang), Some(book))
}

/// Types `text` where printable keys go to the search.
pub(crate) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::TypeChar(c));
    }
}

/// What the run loop does after a frame while no key waits: every list
/// left for after the frame searched, one [`Action::CatchUp`] at a time.
pub(crate) fn catch_up(app: &mut App) {
    while app.has_pending_work() {
        app.update(Action::CatchUp);
    }
}

/// Where `theme` is in the directory's themes, as the theme picker lists them.
pub(crate) fn theme_position(app: &App, theme: &str) -> usize {
    let themes = app.directory.themes();
    themes
        .iter()
        .position(|t| t == theme)
        .expect("a theme of the directory")
}

/// Types `text` into the note form's focused field.
pub(crate) fn type_in_form(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        app.update(Action::FormKey(key));
    }
}

/// The numbers of the stands in the Stands list, in order.
pub(crate) fn stand_numbers(app: &App) -> Vec<String> {
    app.list(Tab::Stands)
        .hits
        .iter()
        .map(|h| app.directory.stands[h.record()].number.to_string())
        .collect()
}

/// The ids of the organisations in the Organisations list, in order.
pub(crate) fn org_ids(app: &App) -> Vec<String> {
    app.list(Tab::Organisations)
        .hits
        .iter()
        .map(|h| app.directory.organisations[h.record()].id.to_string())
        .collect()
}

/// Stand `number`'s index in the directory.
pub(crate) fn stand_index(app: &App, number: &str) -> usize {
    app.directory
        .stands
        .iter()
        .position(|s| s.number == number)
        .unwrap()
}

/// Organisation `id`'s index in the directory.
pub(crate) fn org_index(app: &App, id: &str) -> usize {
    app.directory
        .organisations
        .iter()
        .position(|o| o.id == id)
        .unwrap()
}
