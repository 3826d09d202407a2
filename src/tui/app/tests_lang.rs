//! A French app: its own strings and the messages that come from the notes
//! core are French (English is covered by the other tests).

use super::App;
use crate::i18n::Lang::{self, Fr};
use crate::i18n::t;
use crate::tui::action::Action;
use crate::tui::keymap;
use crate::tui::testing::{app_with_notes, type_in_form};

fn french_app_in(dir: &std::path::Path) -> App {
    app_with_notes(dir, Lang::Fr)
}

#[test]
fn the_form_refuses_and_warns_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = french_app_in(dir.path());
    app.update(Action::NewNote);
    app.update(Action::FormSave);
    let form = app.form().expect("the form stays open");
    assert_eq!(
        form.error.as_deref(),
        Some("le nom de la personne est obligatoire")
    );
    type_in_form(&mut app, "Ada");
    for _ in 0..3 {
        app.update(Action::FormNextField);
    }
    type_in_form(&mut app, "ada@");
    app.update(Action::FormSave);
    let message = app.message().unwrap();
    assert!(message.starts_with(t(Fr).ui.note_saved), "{message}");
    assert!(message.contains("adresse électronique"), "{message}");
}

#[test]
fn the_hints_are_french() {
    let dir = tempfile::tempdir().unwrap();
    let app = french_app_in(dir.path());
    let hints = keymap::hints(&app.contexts(), &app.text().keys);
    let words: Vec<&str> = hints.iter().map(|(_, h)| h.text).collect();
    assert!(words.contains(&"aide"), "{words:?}");
    assert!(!words.contains(&"help"), "{words:?}");
}
