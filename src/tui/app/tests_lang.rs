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

/// A question answers to the language's yes: `o` (oui) in French, shown as
/// such in the hint bar; `y` works too, for a hand used to English.
#[test]
fn a_question_takes_o_for_oui_and_says_so() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().unwrap();
    let mut app = french_app_in(dir.path());
    app.update(Action::NewNote);
    type_in_form(&mut app, "Ada");
    app.update(Action::FormCancel);
    assert!(app.confirmation().is_some(), "asks before losing Ada");
    let hints = keymap::hints(&app.contexts(), &app.text().keys);
    let shown: Vec<(&str, &str)> = hints.iter().map(|(_, h)| (h.keys, h.text)).collect();
    assert!(shown.contains(&("o", "oui")), "{shown:?}");
    assert!(app.text().confirm_footer.starts_with("o : oui"));
    for letter in ['o', 'y'] {
        let key = KeyEvent::new(KeyCode::Char(letter), KeyModifiers::NONE);
        assert_eq!(
            keymap::action_for_key(&key, &app.contexts()),
            Some(Action::ConfirmYes),
            "{letter}"
        );
    }
    let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
    assert_eq!(
        keymap::action_for_key(&n, &app.contexts()),
        Some(Action::ConfirmNo)
    );
}
