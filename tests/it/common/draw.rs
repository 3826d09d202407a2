//! The app in memory, driven by actions and drawn on ratatui's test backend
//! (no terminal, no process): for snapshots and properties of screens.

use maillage::directory::Directory;
use maillage::i18n::Lang;
use maillage::tui::{Action, App, Options, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The options of an app in `lang`, at `width` × `height`.
pub fn options(lang: Lang, width: u16, height: u16, no_color: bool) -> Options {
    Options {
        no_color,
        width,
        height,
        lang,
    }
}

/// An app on `directory`, in `lang`, at `width` × `height`, without notes.
pub fn app_on(directory: Directory, lang: Lang, width: u16, height: u16, no_color: bool) -> App {
    App::new(directory, options(lang, width, height, no_color))
}

/// Types `text` into the app, one character at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::TypeChar(c));
    }
}

/// Searches for `stand` alone, which selects it.
pub fn select(app: &mut App, stand: &str) {
    app.update(Action::ClearSearch);
    type_text(app, stand);
    assert_eq!(app.plan_stand().as_deref(), Some(stand));
}

/// One frame of the app, at the size it was given (`Options` or a resize).
pub fn draw(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, trailing blanks trimmed.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let row: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
