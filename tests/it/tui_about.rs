//! The help ends with "About this directory": the event and, above all, the
//! caveats the data states about itself (an illustrative plan, organisations
//! missing), so nobody takes the demo plan for the real one.

use maillage::directory;
use maillage::lang::Lang;
use maillage::tui::{Action, App, Options, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The whole help text, scrolled page by page to its end.
fn help_text(lang: Lang) -> String {
    let (width, height) = (100, 30);
    let options = Options {
        no_color: true,
        width,
        height,
        lang,
    };
    let mut app = App::new(directory::default_directory(), options);
    app.update(Action::ToggleHelp);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut seen = String::new();
    for _ in 0..40 {
        terminal.draw(|frame| view(&app, frame)).unwrap();
        let buffer = terminal.backend().buffer();
        for y in 0..height {
            let row: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            seen.push_str(row.trim_end());
            seen.push('\n');
        }
        app.update(Action::PageDown);
    }
    seen
}

#[test]
fn the_help_says_what_the_directory_is_and_that_its_plan_is_illustrative() {
    let help = help_text(Lang::En);
    assert!(help.contains("About this directory"), "{help}");
    assert!(help.contains("Date: 2022"), "{help}");
    assert!(
        help.contains("Centre culturel de Bonnevoie, Luxembourg"),
        "{help}"
    );
    assert!(
        help.contains("illustratifs"),
        "the data's own caveat: {help}"
    );
    assert!(help.contains("lequotidien.lu"), "the source: {help}");
}

#[test]
fn the_about_section_speaks_french_too() {
    let help = help_text(Lang::Fr);
    assert!(help.contains("À propos de cet annuaire"), "{help}");
    assert!(
        help.contains("Lieu\u{a0}: Centre culturel de Bonnevoie"),
        "{help}"
    );
}
