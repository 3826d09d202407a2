use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::card::CardField;
use crate::tui::action::Action;
use crate::tui::keymap::{Context, action_for_key};
use crate::tui::testing::app;

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    let key = KeyEvent::new(code, modifiers);
    if let Some(action) = action_for_key(&key, &app.contexts()) {
        app.update(action);
    }
}

fn type_keys(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

#[test]
fn alt_c_opens_the_form_when_there_is_no_card_and_saving_shows_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    app.open_card_store(dir.path());
    press(&mut app, KeyCode::Char('c'), KeyModifiers::ALT);
    assert_eq!(app.popup(), Some(Popup::Card));
    assert_eq!(app.contexts(), [Context::CardForm]);
    // In the form every letter types, `q` and `e` too.
    type_keys(&mut app, "Ada queen");
    press(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    type_keys(&mut app, "ACME");
    press(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(app.card().form.is_none(), "saved, the form closes");
    let card = app.card().card().expect("a card");
    assert_eq!(card.name, "Ada queen");
    assert_eq!(card.get(CardField::Organisation), Some("ACME"));
    assert!(matches!(app.card().code(), Some(Ok(_))));
    assert!(dir.path().join("card.json").exists());
    // The popup shows the code: Esc closes it.
    assert_eq!(app.contexts(), [Context::Card, Context::Global]);
    press(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.popup(), None);
}

#[test]
fn a_card_needs_a_name_and_esc_without_a_card_closes_everything() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    app.open_card_store(dir.path());
    app.update(Action::Card(CardAction::Toggle));
    press(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let error = app.card().form.as_ref().and_then(|f| f.error.clone());
    assert_eq!(error.as_deref(), Some("your card needs a name"));
    assert!(
        !dir.path().join("card.json").exists(),
        "a refused card writes nothing"
    );
    press(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.popup(), None);
    assert!(app.card().card().is_none());
}

#[test]
fn editing_keeps_the_uid_and_i_swaps_the_ink() {
    let mut app = app();
    app.update(Action::Card(CardAction::Toggle));
    type_keys(&mut app, "Ada");
    app.update(Action::Card(CardAction::Save));
    let uid = app.card().card().unwrap().uid.clone();
    let ink = app.card().plain_ink;
    type_keys(&mut app, "i");
    assert_eq!(app.card().plain_ink, ink.inverted());
    type_keys(&mut app, "e");
    assert!(app.card().form.is_some());
    // Ctrl-U empties the name; another one is typed.
    press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_keys(&mut app, "Grace");
    app.update(Action::Card(CardAction::Save));
    let card = app.card().card().unwrap();
    assert_eq!(
        (card.name.as_str(), card.uid.as_str()),
        ("Grace", uid.as_str())
    );
    // Ctrl-C quits from the form as everywhere.
    type_keys(&mut app, "e");
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.should_quit());
}
