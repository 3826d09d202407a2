use super::*;
use Context as C;

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

const LIST: &[Context] = &[C::List, C::Browse, C::Global];
const LIST_IDLE: &[Context] = &[C::ListIdle, C::List, C::Browse, C::Global];
const DETAIL: &[Context] = &[C::Detail, C::Browse, C::Global];

const PLAN: &[Context] = &[C::Plan, C::Browse, C::Global];
const VISIT: &[Context] = &[C::Visit, C::Browse, C::Global];

/// Where the search line invites typing (the list, and the detail reached
/// from it), every letter types, and nothing else happens.
#[test]
fn every_letter_types_in_the_list_and_the_detail() {
    for c in ('a'..='z').chain('A'..='Z').chain("éçœ0123456789".chars()) {
        let key = press(KeyCode::Char(c), KeyModifiers::NONE);
        for contexts in [LIST, LIST_IDLE, DETAIL] {
            assert_eq!(
                action_for_key(&key, contexts),
                Some(Action::TypeChar(c)),
                "{c} in {contexts:?}"
            );
        }
    }
    let slash = press(KeyCode::Char('/'), KeyModifiers::NONE);
    assert_eq!(action_for_key(&slash, LIST), Some(Action::TypeChar('/')));
    assert_eq!(action_for_key(&slash, DETAIL), Some(Action::FocusSearch));
}

/// Where letters are commands, no bare letter changes what is saved or
/// types: each is a harmless command, quit, search or help, or is answered
/// with how to search. Undo changes what is saved back, so it is Ctrl-Z
/// there too: `bonjour` typed in "Ma visite" undoes nothing.
#[test]
fn no_bare_letter_changes_what_is_saved_on_the_plan_or_in_the_visit() {
    use crate::tui::plan::PlanAction as P;
    for contexts in [PLAN, VISIT] {
        for c in ('a'..='z')
            .chain('A'..='Z')
            .chain("0123456789/?+-=[]*".chars())
        {
            let key = press(KeyCode::Char(c), KeyModifiers::NONE);
            let action = action_for_key(&key, contexts);
            let saves = matches!(
                action,
                Some(Action::Plan(
                    P::ToggleStar | P::ToggleVisited | P::SetHere | P::ResetHere
                )) | Some(
                    Action::NewNote
                        | Action::EditNote
                        | Action::DeleteNote
                        | Action::CycleFollowUp
                        | Action::RestoreEarlierVersion
                        | Action::MoveNoteEvent
                        | Action::Undo
                        | Action::TypeChar(_)
                )
            );
            assert!(!saves, "{c} in {contexts:?} does {action:?}");
            assert!(action.is_some(), "{c} in {contexts:?} says something");
        }
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(action_for_key(&q, contexts), Some(Action::Quit));
        let u = press(KeyCode::Char('u'), KeyModifiers::NONE);
        assert_eq!(action_for_key(&u, contexts), Some(Action::NotACommand));
        let ctrl_z = press(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(action_for_key(&ctrl_z, contexts), Some(Action::Undo));
        let slash = press(KeyCode::Char('/'), KeyModifiers::NONE);
        assert_eq!(action_for_key(&slash, contexts), Some(Action::FocusSearch));
        let e = press(KeyCode::Char('e'), KeyModifiers::NONE);
        assert_eq!(action_for_key(&e, contexts), Some(Action::NotACommand));
    }
}

/// Stars, visits and "you are here" are the same Alt-letters everywhere,
/// and Ctrl-Z undoes everywhere but in the form and a question.
#[test]
fn saved_changes_and_undo_have_the_same_keys_everywhere() {
    use crate::tui::plan::PlanAction as P;
    let alt = |c| press(KeyCode::Char(c), KeyModifiers::ALT);
    let undo = press(KeyCode::Char('z'), KeyModifiers::CONTROL);
    for contexts in [LIST, LIST_IDLE, DETAIL, PLAN, VISIT] {
        assert_eq!(
            action_for_key(&alt('s'), contexts),
            Some(Action::Plan(P::ToggleStar))
        );
        assert_eq!(
            action_for_key(&alt('v'), contexts),
            Some(Action::Plan(P::ToggleVisited))
        );
        assert_eq!(
            action_for_key(&alt('h'), contexts),
            Some(Action::Plan(P::SetHere))
        );
        assert_eq!(
            action_for_key(&alt('r'), contexts),
            Some(Action::Plan(P::ResetHere))
        );
        assert_eq!(action_for_key(&undo, contexts), Some(Action::Undo));
    }
    assert_ne!(action_for_key(&undo, &[C::Confirm]), Some(Action::Undo));
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
        PLAN,
        VISIT,
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
