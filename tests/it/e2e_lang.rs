//! End-to-end: the interface speaks French when the locale says so, and
//! `--lang` overrides the locale.

use crate::common::cli::{Run, maillage, stdout};
use crate::common::fixtures::fixture;
use crate::common::pty::{Launch, Session};

#[test]
fn a_french_locale_gives_the_french_interface() {
    let mut app = Session::start(Launch {
        env: &[("LANG", "fr_LU.UTF-8")],
        ..Launch::default()
    });
    let screen = app.wait_for("Rechercher :");
    assert!(
        screen.contains("F1  aide"),
        "the hint bar is French: {screen}"
    );
    assert!(!screen.contains("Search:"), "{screen}");
    // The help overlay too.
    app.send("\x1bOP"); // F1
    app.wait_for("Touches");
    app.wait_for("se déplacer dans la liste");
    app.quit();
}

#[test]
fn lang_en_overrides_a_french_locale() {
    let mut app = Session::start(Launch {
        args: &["--lang", "en"],
        env: &[("LANG", "fr_LU.UTF-8")],
        ..Launch::default()
    });
    let screen = app.wait_for("Search:");
    assert!(!screen.contains("Rechercher"), "{screen}");
    app.quit();
}

#[test]
fn lang_fr_overrides_an_english_locale() {
    let mut app = Session::start(Launch {
        args: &["--lang", "fr"],
        ..Launch::default()
    });
    app.wait_for("Rechercher :");
    app.quit();
}

/// The commands' messages follow the same rule: locale, then `--lang`.
fn check(locale: &str, args: &[&str]) -> String {
    let out = maillage()
        .args(args)
        .arg("check")
        .arg(fixture("valid/venue.json"))
        .env("LANG", locale)
        .run_ok();
    stdout(&out)
}

#[test]
fn command_messages_follow_the_locale_and_lang() {
    let summary = "(2 stands, 2 organisations, 1 personnes)";
    assert!(check("fr_LU.UTF-8", &[]).contains(&format!("valide {summary}")));
    assert!(check("C.UTF-8", &["--lang", "fr"]).contains("valide"));
    let english = check("fr_LU.UTF-8", &["--lang", "en"]);
    assert!(
        english.contains("ok (2 stands, 2 organisations, 1 people)"),
        "{english}"
    );
}
