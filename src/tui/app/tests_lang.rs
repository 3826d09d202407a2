//! A French app: its own strings and the messages that come from the notes
//! core are French (English is covered by the other tests).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::action::Action;
use super::super::keymap;
use super::{App, Options};
use crate::directory;
use crate::i18n::Lang::{self, Fr};
use crate::i18n::t;
use crate::notes::NotesBook;

const SAMPLE: &str = include_str!("../../../tests/fixtures/valid/tui-sample.json");

fn french_app_in(dir: &std::path::Path) -> App {
    let directory = directory::parse(SAMPLE).expect("the TUI fixture is valid");
    let book = NotesBook::open_in(dir, &directory.event.id);
    let options = Options {
        no_color: true,
        width: 120,
        height: 40,
        lang: Lang::Fr,
    };
    App::with_notes(directory, options, Some(book))
}

fn type_in_form(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        app.update(Action::FormKey(key));
    }
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
