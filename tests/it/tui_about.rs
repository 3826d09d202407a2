//! The help ends with "About this directory": the event and, above all, the
//! caveats the data states about itself (an illustrative plan, organisations
//! missing), so nobody takes the demo plan for the real one.

use maillage::directory;
use maillage::i18n::Lang;
use maillage::tui::Action;

use crate::common::draw::{app_on, draw, text};

/// The whole help text, scrolled page by page to its end.
fn help_text(lang: Lang) -> String {
    let mut app = app_on(directory::default_directory(), lang, 100, 30, true);
    app.update(Action::ToggleHelp);
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&text(&draw(&app)));
        seen.push('\n');
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
