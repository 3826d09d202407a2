use super::*;
use Context as C;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

const LIST: &[Context] = &[C::List, C::Browse, C::Global];
const LIST_IDLE: &[Context] = &[C::ListIdle, C::List, C::Browse, C::Global];
const DETAIL: &[Context] = &[C::Detail, C::Browse, C::Global];

#[test]
fn printable_keys_type_in_the_list_but_q_quits_in_the_detail() {
    let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(action_for_key(&q, LIST), Some(Action::TypeChar('q')));
    assert_eq!(action_for_key(&q, DETAIL), Some(Action::Quit));
}

#[test]
fn question_mark_is_help_only_when_not_typing() {
    let mark = press(KeyCode::Char('?'), KeyModifiers::SHIFT);
    assert_eq!(action_for_key(&mark, LIST_IDLE), Some(Action::ToggleHelp));
    assert_eq!(action_for_key(&mark, LIST), Some(Action::TypeChar('?')));
    let f1 = press(KeyCode::F(1), KeyModifiers::NONE);
    assert_eq!(action_for_key(&f1, LIST), Some(Action::ToggleHelp));
}

#[test]
fn ctrl_c_quits_everywhere_and_releases_are_ignored() {
    let c = press(KeyCode::Char('C'), KeyModifiers::CONTROL);
    for contexts in [
        LIST,
        DETAIL,
        &[C::Help, C::Global][..],
        &[C::ThemePicker, C::Global],
        &[C::Confirm],
        &[C::Form],
    ] {
        assert_eq!(action_for_key(&c, contexts), Some(Action::Quit));
    }
    let mut release = press(KeyCode::Char('a'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for_key(&release, LIST), None);
}

#[test]
fn shift_letters_and_altgr_characters_are_typed() {
    let upper = press(KeyCode::Char('É'), KeyModifiers::SHIFT);
    assert_eq!(action_for_key(&upper, LIST), Some(Action::TypeChar('É')));
    let altgr = press(
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(action_for_key(&altgr, LIST), Some(Action::TypeChar('@')));
    let ctrl_x = press(KeyCode::Char('x'), KeyModifiers::CONTROL);
    assert_eq!(action_for_key(&ctrl_x, LIST), None);
}

#[test]
fn popups_do_not_type() {
    let a = press(KeyCode::Char('a'), KeyModifiers::NONE);
    assert_eq!(action_for_key(&a, &[C::Help, C::Global]), None);
    assert_eq!(action_for_key(&a, &[C::ThemePicker, C::Global]), None);
}

#[test]
fn every_binding_is_reachable_in_its_own_context() {
    // An earlier binding in the same context with the same key would shadow it.
    for (i, b) in BINDINGS.iter().enumerate() {
        for key in b.keys {
            let first = BINDINGS
                .iter()
                .position(|o| o.context == b.context && o.keys.contains(key));
            assert_eq!(
                first,
                Some(i),
                "{} shadowed in {:?}",
                key_label(key),
                b.context
            );
        }
    }
}
