use super::*;
use crate::i18n::{Lang::En, t};

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn type_in(form: &mut NoteForm, text: &str) {
    for c in text.chars() {
        form.key(press(KeyCode::Char(c)));
    }
}

#[test]
fn one_line_fields_never_take_a_line_break_but_the_text_does() {
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    type_in(&mut form, "Ada");
    form.key(press(KeyCode::Enter));
    assert_eq!(form.focus, FormField::Organisation, "Enter moves on");
    form.set_focus(FormField::Text);
    type_in(&mut form, "one");
    form.key(press(KeyCode::Enter));
    type_in(&mut form, "two");
    let draft = form.draft().unwrap();
    assert_eq!(draft.name, "Ada");
    assert_eq!(draft.text, "one\ntwo");
}

#[test]
fn a_picked_organisation_links_until_its_name_is_edited() {
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    form.set_focus(FormField::Organisation);
    type_in(&mut form, "croix");
    form.set_choices(vec![Choice {
        id: "croix-rouge".into(),
        name: "Croix-Rouge".into(),
    }]);
    form.key(press(KeyCode::Enter));
    let org = form.draft().unwrap().organisation.unwrap();
    assert_eq!(org.id.as_deref(), Some("croix-rouge"));
    form.set_focus(FormField::Organisation);
    type_in(&mut form, "x");
    let org = form.draft().unwrap().organisation.unwrap();
    assert_eq!((org.id, org.name.as_str()), (None, "Croix-Rougex"));
}

#[test]
fn tags_dates_and_follow_up_become_the_draft() {
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    form.set_focus(FormField::Tags);
    type_in(&mut form, "santé, , partenariat ");
    form.set_focus(FormField::FollowUp);
    form.key(press(KeyCode::Char(' ')));
    form.set_focus(FormField::Date);
    type_in(&mut form, "2026-12-01");
    let draft = form.draft().unwrap();
    assert_eq!(draft.tags, ["santé", "partenariat"]);
    assert_eq!(
        draft.follow_up,
        FollowUp::Todo {
            date: Some(jiff::civil::date(2026, 12, 1))
        }
    );
    form.key(press(KeyCode::Backspace));
    let no_such_day = crate::notes::DateError::Impossible("2026-12-0".into());
    assert_eq!(form.draft(), Err(no_such_day.message(En)));
    form.key(press(KeyCode::Backspace));
    let unreadable = crate::notes::DateError::Unreadable("2026-12-".into());
    assert_eq!(form.draft(), Err(unreadable.message(En)));
    assert!(form.is_changed());
}

/// Ctrl-U empties the field being typed in, as in a shell; the others keep
/// their text.
#[test]
fn ctrl_u_empties_the_field_being_typed_in() {
    let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    type_in(&mut form, "Ada");
    form.key(press(KeyCode::Enter));
    type_in(&mut form, "Croix");
    assert!(matches!(form.key(ctrl_u), KeyOutcome::OrganisationEdited));
    assert_eq!(form.value(FormField::Organisation), "");
    assert_eq!(form.value(FormField::Name), "Ada");
    assert!(
        matches!(form.key(ctrl_u), KeyOutcome::Nothing),
        "already empty"
    );
    form.set_focus(FormField::Text);
    type_in(&mut form, "one");
    form.key(press(KeyCode::Enter));
    type_in(&mut form, "two");
    form.key(ctrl_u);
    assert_eq!(form.value(FormField::Text), "");
    type_in(&mut form, "again");
    assert_eq!(form.draft().unwrap().text, "again");
}

fn anne() -> PersonChoice {
    PersonChoice {
        name: "Anne Exemple".into(),
        role: "coordinatrice".into(),
        organisation: Some(Choice {
            id: "croix-rouge".into(),
            name: "Croix-Rouge".into(),
        }),
        stand: "A1".into(),
    }
}

/// Picking a person never overwrites what the user typed: an organisation
/// or role typed by hand stays; a directory organisation gives way.
#[test]
fn picking_a_person_keeps_what_was_typed_by_hand() {
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    form.suggest_people(vec![anne()]);
    form.set_focus(FormField::Organisation);
    type_in(&mut form, "Mon asso");
    form.set_focus(FormField::Role);
    type_in(&mut form, "bénévole");
    form.set_focus(FormField::Name);
    type_in(&mut form, "ANNE");
    assert!(form.people_picker_open(), "case and accents aside");
    form.key(press(KeyCode::Enter));
    let draft = form.draft().unwrap();
    assert_eq!(draft.name, "Anne Exemple");
    assert_eq!(draft.role, "bénévole");
    let organisation = draft.organisation.unwrap();
    assert_eq!(
        (organisation.id, organisation.name.as_str()),
        (None, "Mon asso")
    );
    assert_eq!(draft.stand, "A1");

    let linked = NoteDraft {
        organisation: Some(OrganisationRef {
            id: Some("caritas".into()),
            name: "Caritas".into(),
        }),
        ..NoteDraft::default()
    };
    let mut form = NoteForm::new(&linked, None, Styles::new(true), &t(En).ui);
    form.suggest_people(vec![anne()]);
    form.key(press(KeyCode::Enter));
    let organisation = form.draft().unwrap().organisation.unwrap();
    assert_eq!(organisation.id.as_deref(), Some("croix-rouge"));
}

/// A dated follow-up opens as the reader types dates (`01/12/2026` in
/// French) and saves back unchanged; the French form reads day first.
#[test]
fn a_follow_up_date_opens_editable_and_reads_back_in_each_language() {
    let date = jiff::civil::date(2026, 12, 1);
    let draft = NoteDraft {
        name: "Ada".into(),
        follow_up: FollowUp::Todo { date: Some(date) },
        ..NoteDraft::default()
    };
    for (lang, shown) in [(En, "2026-12-01"), (crate::i18n::Lang::Fr, "01/12/2026")] {
        let form = NoteForm::new(&draft, None, Styles::new(true), &t(lang).ui);
        assert_eq!(form.value(FormField::Date), shown);
        assert_eq!(form.draft().unwrap().follow_up, draft.follow_up);
    }
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    form.set_focus(FormField::Date);
    type_in(&mut form, "15.12.2026");
    form.follow = FollowChoice::Todo;
    let typed = form.draft().unwrap().follow_up.date();
    assert_eq!(typed, Some(jiff::civil::date(2026, 12, 15)));
}

/// The given and family names show the guess from the name until one is
/// typed; typed ones are saved, and open again for editing.
#[test]
fn given_and_family_names_show_the_guess_until_typed() {
    let mut form = NoteForm::new(&NoteDraft::default(), None, Styles::new(true), &t(En).ui);
    let placeholder = |form: &NoteForm, field| form.input(field).placeholder_text().to_string();
    assert_eq!(
        placeholder(&form, FormField::Family),
        "",
        "no name, no guess"
    );
    type_in(&mut form, "Jean de La Fontaine");
    assert_eq!(placeholder(&form, FormField::Given), "Jean, from the name");
    assert_eq!(
        placeholder(&form, FormField::Family),
        "de La Fontaine, from the name"
    );
    assert_eq!(form.draft().unwrap().given_name, "", "a guess is not saved");
    form.set_focus(FormField::Family);
    type_in(&mut form, "La Fontaine");
    assert_eq!(
        placeholder(&form, FormField::Given),
        "Jean de, from the name",
        "what the name leaves"
    );
    let draft = form.draft().unwrap();
    assert_eq!(draft.family_name, "La Fontaine");
    let reopened = NoteForm::new(&draft, None, Styles::new(true), &t(En).ui);
    assert_eq!(reopened.value(FormField::Family), "La Fontaine");
}
