//! `update` for the notes: form, confirmations, follow-ups, the unreadable
//! file, live reload. Each test keeps its notes in its own temporary folder.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Effect;
use super::form::FormField;
use crate::i18n::Lang::{self, En};
use crate::i18n::t;
use crate::notes::{FollowUp, NoteDraft, NotesBook};
use crate::tui::action::Action;
use crate::tui::app::{App, Focus};
use crate::tui::confirm::Confirm;
use crate::tui::detail::{Item, Target};
use crate::tui::keymap::{self, Context};
use crate::tui::tab::Tab;
use crate::tui::testing::{app_with_notes, type_in_form, type_text};

fn app_in(dir: &std::path::Path) -> App {
    app_with_notes(dir, Lang::En)
}

fn other_instance(dir: &std::path::Path) -> NotesBook {
    NotesBook::open_in(dir, "tui-sample")
}

fn note_names(app: &App) -> Vec<String> {
    app.list(Tab::Notes)
        .hits
        .iter()
        .map(|h| app.notes().note(h.record()).unwrap().name.clone())
        .collect()
}

fn add(app: &mut App, name: &str) {
    app.update(Action::NewNote);
    type_in_form(app, name);
    app.update(Action::FormSave);
    assert!(
        app.form().is_none(),
        "saved: {:?}",
        app.form().map(|f| &f.error)
    );
}

#[test]
fn a_note_made_from_a_stand_is_prefilled_saved_and_found() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::Open); // Stand A1, of the Croix-Rouge.
    app.update(Action::NewNote);
    let form = app.form().expect("the form opens");
    assert_eq!(form.value(FormField::Stand), "A1");
    assert_eq!(form.value(FormField::Organisation), "Croix-Rouge");
    assert!(form.is_linked());
    type_in_form(&mut app, "Ada Exemple");
    app.update(Action::FormSave);
    assert!(app.form().is_none());
    assert_eq!(app.message(), Some(t(En).ui.note_saved));

    let saved = other_instance(dir.path());
    let note = saved.notes()[0].clone();
    assert_eq!(note.name, "Ada Exemple");
    assert_eq!(note.stand.as_deref(), Some("A1"));
    assert_eq!(
        note.organisation.unwrap().id.as_deref(),
        Some("croix-rouge")
    );
    // The stand's detail now lists the note, as a link that opens it.
    let links: Vec<Target> = app
        .document(app.shown_target().unwrap())
        .into_iter()
        .filter_map(|i| match i {
            Item::Link(_, t) => Some(t),
            _ => None,
        })
        .collect();
    assert!(links.contains(&Target::Note(0)), "{links:?}");
    // The search finds it in the Notes list.
    app.update(Action::TypeChar('a'));
    app.update(Action::TypeChar('d'));
    assert_eq!(note_names(&app), ["Ada Exemple"]);
    assert_eq!(app.tab_title(Tab::Notes), "Notes 1/1");
}

#[test]
fn an_empty_name_is_refused_in_the_form_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NewNote);
    type_in_form(&mut app, "   ");
    app.update(Action::FormSave);
    let form = app.form().expect("the form stays open");
    assert_eq!(form.error.as_deref(), Some("the person's name is required"));
    assert!(other_instance(dir.path()).notes().is_empty());
    assert!(!dir.path().join("notes.json").exists());
}

#[test]
fn a_malformed_email_is_saved_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NewNote);
    type_in_form(&mut app, "Ada");
    app.update(Action::FormNextField);
    app.update(Action::FormNextField);
    app.update(Action::FormNextField);
    assert_eq!(app.form().unwrap().focus, FormField::Email);
    type_in_form(&mut app, "ada@");
    assert_eq!(
        app.form().unwrap().warnings().len(),
        1,
        "warned while typing"
    );
    app.update(Action::FormSave);
    assert!(app.form().is_none());
    assert!(
        app.message()
            .unwrap()
            .contains("does not look like an e-mail")
    );
    assert_eq!(
        other_instance(dir.path()).notes()[0].email.as_deref(),
        Some("ada@")
    );
}

#[test]
fn esc_asks_before_throwing_changes_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NewNote);
    app.update(Action::FormCancel);
    assert!(app.form().is_none(), "nothing typed: closes at once");

    app.update(Action::NewNote);
    type_in_form(&mut app, "Ada");
    app.update(Action::FormCancel);
    assert_eq!(app.confirmation(), Some(&Confirm::DiscardForm));
    assert_eq!(app.contexts(), [Context::Confirm]);
    app.update(Action::ConfirmNo);
    assert_eq!(app.form().unwrap().value(FormField::Name), "Ada");
    app.update(Action::FormCancel);
    app.update(Action::ConfirmYes);
    assert!(app.form().is_none() && app.confirmation().is_none());
    // Quitting with changes asks too.
    app.update(Action::NewNote);
    type_in_form(&mut app, "Bo");
    app.update(Action::Quit);
    assert!(!app.should_quit());
    app.update(Action::ConfirmYes);
    assert!(app.should_quit());
}

/// Ctrl-C quits from every dialog: a question asked (the note is not
/// deleted), and the form with changes, where it asks first and a second
/// Ctrl-C is the yes.
#[test]
fn ctrl_c_quits_from_every_dialog_asking_only_for_unsaved_changes() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let press = |app: &mut App| {
        let action = keymap::action_for_key(&ctrl_c, &app.contexts());
        assert_eq!(action, Some(Action::Quit), "in {:?}", app.contexts());
        app.update(Action::Quit);
    };
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    add(&mut app, "Ada");
    app.update(Action::PrevTab); // Notes
    app.update(Action::DeleteNote);
    assert_eq!(app.contexts(), [Context::Confirm]);
    press(&mut app);
    assert!(app.should_quit());
    assert_eq!(
        other_instance(dir.path()).notes().len(),
        1,
        "nothing deleted"
    );

    let mut app = app_in(dir.path());
    app.update(Action::NewNote);
    type_in_form(&mut app, "Bo");
    press(&mut app);
    assert!(!app.should_quit());
    assert_eq!(app.confirmation(), Some(&Confirm::QuitWithForm));
    press(&mut app);
    assert!(app.should_quit());
}

#[test]
fn edit_changes_the_note_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    add(&mut app, "Ada");
    app.update(Action::PrevTab);
    assert_eq!(app.tab(), Tab::Notes);
    app.update(Action::Open);
    app.update(Action::EditNote);
    assert_eq!(app.form().unwrap().value(FormField::Name), "Ada");
    type_in_form(&mut app, " Lovelace");
    app.update(Action::FormSave);
    assert_eq!(note_names(&app), ["Ada Lovelace"]);
    assert_eq!(app.shown_target(), Some(Target::Note(0)));
    assert_eq!(other_instance(dir.path()).notes().len(), 1);
}

#[test]
fn delete_asks_first_and_only_yes_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    add(&mut app, "Ada");
    app.update(Action::DeleteNote);
    assert_eq!(
        app.message(),
        Some(t(En).ui.no_note_shown),
        "a stand is shown"
    );
    app.update(Action::PrevTab); // Notes
    app.update(Action::DeleteNote);
    assert!(matches!(app.confirmation(), Some(Confirm::DeleteNote { name, .. }) if name == "Ada"));
    app.update(Action::ConfirmNo);
    assert_eq!(note_names(&app), ["Ada"]);
    app.update(Action::DeleteNote);
    app.update(Action::ConfirmYes);
    assert!(note_names(&app).is_empty());
    assert!(other_instance(dir.path()).notes().is_empty());
}

#[test]
fn f_cycles_the_follow_up_and_the_filter_lists_open_ones_soonest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    for name in ["Ada", "Bo", "Cy"] {
        add(&mut app, name);
    }
    app.update(Action::PrevTab); // Notes, "Ada" selected
    app.update(Action::CycleFollowUp);
    assert_eq!(app.message(), Some("Follow-up: to do."));
    app.update(Action::CycleFollowUp);
    let ada = |app: &App| app.notes().note(0).unwrap().follow_up;
    assert_eq!(ada(&app), FollowUp::Done);
    app.update(Action::CycleFollowUp);
    assert_eq!(ada(&app), FollowUp::None);

    let mut other = other_instance(dir.path());
    let ids: Vec<String> = other.notes().iter().map(|n| n.id.clone()).collect();
    let by = |d: i8| FollowUp::Todo {
        date: Some(jiff::civil::date(2026, 12, d)),
    };
    other.set_follow_up(&ids[0], by(20)).unwrap();
    other.set_follow_up(&ids[2], by(3)).unwrap();
    app.update(Action::Tick);
    app.update(Action::ToggleFollowUpFilter);
    assert!(app.follow_up_only());
    assert_eq!(note_names(&app), ["Cy", "Ada"]);
    app.update(Action::ToggleFollowUpFilter);
    assert_eq!(note_names(&app), ["Ada", "Bo", "Cy"]);
    // Once Cy's date is past, Cy comes first and says so, in the list and
    // in the detail.
    app.set_today(jiff::civil::date(2026, 12, 5));
    assert_eq!(note_names(&app), ["Cy", "Ada", "Bo"]);
    let screen = screen(&app);
    let row = screen.lines().find(|l| l.contains("Cy")).unwrap();
    assert!(
        row.contains("☐ overdue  Cy · Croix-Rouge  3 Dec 2026"),
        "{screen}"
    );
    let bo = screen.lines().find(|l| l.contains("Bo")).unwrap();
    assert!(!bo.contains("overdue"), "{screen}");
    let detail = app.document(Target::Note(0));
    assert!(
        detail.contains(&Item::Warning("Overdue by 2 days.".into())),
        "{detail:?}"
    );
    assert!(
        !app.document(Target::Note(1))
            .iter()
            .any(|i| matches!(i, Item::Warning(_)))
    );
}

/// The app drawn at its size, as text.
fn screen(app: &App) -> String {
    let (width, height) = app.size();
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| crate::tui::view(app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn notes_another_instance_adds_appear_on_the_next_tick() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    let mut other = other_instance(dir.path());
    let draft = NoteDraft {
        name: "Written elsewhere".into(),
        ..NoteDraft::default()
    };
    other.add(&draft).unwrap();
    assert!(note_names(&app).is_empty());
    app.update(Action::Tick);
    assert_eq!(note_names(&app), ["Written elsewhere"]);
}

#[test]
fn an_unreadable_file_makes_notes_read_only_until_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    std::fs::write(&path, "{ not json").unwrap();
    let mut app = app_in(dir.path());
    assert!(
        app.notes()
            .problem(app.text())
            .unwrap()
            .contains("notes.json:1:3")
    );
    assert_eq!(app.banner_rows(), 2);
    assert!(app.contexts().contains(&Context::NotesBroken));
    for action in [
        Action::NewNote,
        Action::EditNote,
        Action::DeleteNote,
        Action::CycleFollowUp,
    ] {
        app.update(action);
        assert_eq!(app.message(), Some(t(En).ui.notes_read_only));
        assert!(app.form().is_none() && app.confirmation().is_none());
    }
    app.update(Action::SetAsideNotes);
    app.update(Action::ConfirmNo);
    assert!(app.notes().problem(app.text()).is_some(), "no means no");
    assert_eq!(std::fs::read(&path).unwrap(), b"{ not json");

    app.update(Action::SetAsideNotes);
    app.update(Action::ConfirmYes);
    assert!(app.notes().problem(app.text()).is_none());
    assert_eq!(app.banner_rows(), 0);
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("notes.json.broken"))
        .collect();
    assert_eq!(aside.len(), 1, "renamed, not deleted");
    add(&mut app, "Fresh start");
}

#[test]
fn the_editor_is_an_effect_for_the_run_loop_and_its_text_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NewNote);
    app.update(Action::FormOpenEditor);
    let Some(Effect::EditText { text, dir: folder }) = app.take_effect() else {
        panic!("no editor effect");
    };
    assert_eq!(text, "\n", "a text file ends with a newline");
    assert_eq!(folder.as_deref(), Some(dir.path()));
    assert_eq!(app.take_effect(), None, "handed over once");
    app.update(Action::EditorReturned(Ok("from editor\nsecond\n".into())));
    let form = app.form().unwrap();
    assert_eq!(form.value(FormField::Text), "from editor\nsecond");
    assert_eq!(form.focus, FormField::Text);
    app.update(Action::EditorReturned(Err("vi: not found".into())));
    assert!(
        app.form()
            .unwrap()
            .error
            .as_deref()
            .unwrap()
            .contains("vi: not found")
    );
}

#[test]
fn note_keys_act_only_where_letters_do_not_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    let press = |c: char, m: KeyModifiers| KeyEvent::new(KeyCode::Char(c), m);
    let plain = KeyModifiers::NONE;
    let n = keymap::action_for_key(&press('n', plain), &app.contexts());
    assert_eq!(
        n,
        Some(Action::TypeChar('n')),
        "in the list, n is searched for"
    );
    let alt_n = keymap::action_for_key(&press('n', KeyModifiers::ALT), &app.contexts());
    assert_eq!(alt_n, Some(Action::NewNote));
    app.update(Action::Open);
    let n = keymap::action_for_key(&press('n', plain), &app.contexts());
    assert_eq!(n, Some(Action::TypeChar('n')), "in the detail, n types");
    let alt_n = keymap::action_for_key(&press('n', KeyModifiers::ALT), &app.contexts());
    assert_eq!(alt_n, Some(Action::NewNote), "Alt-n is a new note");
    app.update(Action::NewNote);
    let e = keymap::action_for_key(&press('e', plain), &app.contexts());
    assert_eq!(
        e,
        Some(Action::FormKey(press('e', plain))),
        "the form types"
    );
    assert_eq!(app.focus(), Focus::Detail);
}

#[test]
fn no_size_panics_with_the_form_a_question_or_the_banner() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let dir = tempfile::tempdir().unwrap();
    let mut form = app_in(dir.path());
    form.update(Action::PrevTab); // Notes, empty: nothing to prefill.
    form.update(Action::NewNote);
    type_in_form(&mut form, "Ada");
    form.update(Action::FormNextField);
    type_in_form(&mut form, "cro");
    assert!(form.form().unwrap().picker_open());
    let mut question = app_in(dir.path());
    question.update(Action::NewNote);
    type_in_form(&mut question, "Bo");
    question.update(Action::FormCancel);
    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join("notes.json"), "[").unwrap();
    let mut banner = app_in(broken.path());
    for _ in 0..3 {
        banner.update(Action::NextTab); // The plan.
    }
    for app in [&mut form, &mut question, &mut banner] {
        for width in 1..=130 {
            for height in 1..=45 {
                app.update(Action::Resize { width, height });
                let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                terminal.draw(|frame| crate::tui::view(app, frame)).unwrap();
            }
        }
    }
}

/// A note's times are shown in the time zone of the machine, to the minute,
/// with the zone named.
#[test]
fn note_times_are_shown_in_local_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut other = other_instance(dir.path());
    let draft = NoteDraft {
        name: "Met at 9".into(),
        ..NoteDraft::default()
    };
    other.add(&draft).unwrap();
    let created = other.notes()[0].created;
    let mut app = app_in(dir.path());
    let two_hours = jiff::tz::TimeZone::fixed(jiff::tz::offset(2));
    app.set_time_zone(two_hours.clone());
    let local = created.to_zoned_datetime(two_hours);
    let expected = format!(
        "{} {}",
        crate::notes::format_date(local.date(), Lang::En),
        local.strftime("%H:%M")
    );
    let shown: Vec<String> = app
        .document(Target::Note(0))
        .into_iter()
        .filter_map(|item| match item {
            Item::Field(label, value) if label == app.text().note_created => Some(value),
            _ => None,
        })
        .collect();
    assert_eq!(shown.len(), 1);
    assert!(shown[0].starts_with(&expected), "{shown:?} for {expected}");
    assert!(shown[0].ends_with("+02"), "the zone is named: {shown:?}");
    assert!(!shown[0].contains('T') && !shown[0].ends_with('Z'));
}

fn press_key(code: KeyCode) -> Action {
    Action::FormKey(KeyEvent::new(code, KeyModifiers::NONE))
}

/// The names the form's name field suggests, as shown.
fn suggested(app: &App) -> Vec<String> {
    let form = app.form().expect("the form is open");
    form.person_choices()
        .iter()
        .map(|p| p.name.clone())
        .collect()
}

/// A note from a stand suggests the people to meet there; typing narrows
/// the suggestions, and picking one fills in their name, role and (a
/// directory organisation given way) organisation.
#[test]
fn a_note_from_a_stand_suggests_its_people_and_picking_one_fills_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::Open); // Stand A1, of the Croix-Rouge: Anne Exemple.
    app.update(Action::NewNote);
    assert_eq!(suggested(&app), ["Anne Exemple"]);
    assert!(app.form().unwrap().people_picker_open());
    type_in_form(&mut app, "zz");
    assert!(suggested(&app).is_empty(), "nothing matches");
    assert!(!app.form().unwrap().people_picker_open());
    app.update(press_key(KeyCode::Backspace));
    app.update(press_key(KeyCode::Backspace));
    type_in_form(&mut app, "exem");
    assert_eq!(suggested(&app), ["Anne Exemple"]);
    app.update(press_key(KeyCode::Enter));
    let form = app.form().unwrap();
    assert_eq!(form.value(FormField::Name), "Anne Exemple");
    assert_eq!(form.value(FormField::Role), "coordinatrice (fictive)");
    assert_eq!(form.value(FormField::Organisation), "Croix-Rouge");
    assert!(form.is_linked());
    assert_eq!(form.value(FormField::Stand), "A1");
    assert_eq!(
        form.focus,
        FormField::Organisation,
        "picked: on to the next field"
    );
    assert!(
        suggested(&app).is_empty(),
        "the name typed in full is picked"
    );
    app.update(Action::FormSave);
    let note = other_instance(dir.path()).notes()[0].clone();
    assert_eq!(note.role.as_deref(), Some("coordinatrice (fictive)"));

    // The person's detail now lists the note taken about them.
    let anne = app
        .directory
        .people
        .iter()
        .position(|p| p.id == "anne-exemple")
        .unwrap();
    let items = app.document(Target::Person(anne));
    assert!(items.contains(&Item::Section(app.text().your_notes)));
    assert!(
        items
            .iter()
            .any(|i| matches!(i, Item::Link(_, Target::Note(0))))
    );
}

/// Arrows move among the suggestions; Tab leaves the name as typed.
#[test]
fn arrows_choose_a_suggestion_and_tab_moves_on_without_picking() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NextTab); // Organisations
    type_text(&mut app, "croix");
    app.update(Action::Open);
    app.update(Action::NewNote);
    assert_eq!(suggested(&app), ["Anne Exemple"]);
    app.update(press_key(KeyCode::Down));
    app.update(press_key(KeyCode::Up));
    assert_eq!(app.form().unwrap().person_choice, 0, "stays in range");
    app.update(Action::FormNextField);
    let form = app.form().unwrap();
    assert_eq!(form.value(FormField::Name), "");
    assert_eq!(form.focus, FormField::Organisation);
}

/// From an organisation with one stand the stand is filled in; with two it
/// is left for the user (no guess).
#[test]
fn a_note_from_an_organisation_fills_in_its_stand_only_when_it_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NextTab); // Organisations
    type_text(&mut app, "wunnengshellef");
    app.update(Action::Open);
    app.update(Action::NewNote);
    let form = app.form().unwrap();
    assert_eq!(form.value(FormField::Organisation), "Wunnéngshëllef");
    assert_eq!(form.value(FormField::Stand), "A3");
    assert_eq!(suggested(&app), ["Luc Fictif"]);
    app.update(Action::FormCancel);

    app.update(Action::Back);
    app.update(Action::ClearSearch);
    type_text(&mut app, "croix");
    app.update(Action::Open);
    app.update(Action::NewNote);
    let form = app.form().unwrap();
    assert_eq!(form.value(FormField::Organisation), "Croix-Rouge");
    assert_eq!(form.value(FormField::Stand), "", "two stands: A1 and B3");
}

/// From a person: their name, role, organisation and stand (here the one
/// stand of their organisation, as they name none).
#[test]
fn a_note_from_a_person_is_about_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.update(Action::NextTab);
    app.update(Action::NextTab); // People
    type_text(&mut app, "luc");
    app.update(Action::NewNote); // From the list: the selected person.
    let form = app.form().unwrap();
    assert_eq!(form.value(FormField::Name), "Luc Fictif");
    assert_eq!(form.value(FormField::Role), "chargé de projet (fictif)");
    assert_eq!(form.value(FormField::Organisation), "Wunnéngshëllef");
    assert!(form.is_linked());
    assert_eq!(form.value(FormField::Stand), "A3");
    assert!(!form.is_changed(), "nothing typed yet");
    assert!(!form.people_picker_open(), "nothing else to suggest");
}

/// Alt-a lists every event's notes; Alt-m brings an earlier event's note
/// to this event, then ties it to none, then back; undo puts it back.
#[test]
fn every_events_notes_and_moving_one_between_events() {
    let dir = tempfile::tempdir().unwrap();
    let mut earlier = NotesBook::open_in(dir.path(), "edition-2022");
    let draft = NoteDraft {
        name: "Old Friend".into(),
        ..NoteDraft::default()
    };
    let old = earlier.add(&draft).unwrap().id;
    let mut app = app_in(dir.path());
    add(&mut app, "New Face");
    app.switch_tab(Tab::Notes);
    assert_eq!(note_names(&app), ["New Face"]);
    app.update(Action::ToggleAllEvents);
    assert_eq!(note_names(&app), ["New Face", "Old Friend"]);
    assert_eq!(app.total(Tab::Notes), 2);
    app.update(Action::MoveDown);
    app.update(Action::MoveNoteEvent);
    let event = |app: &App| {
        app.notes()
            .book()
            .unwrap()
            .note(&old)
            .unwrap()
            .event
            .clone()
    };
    assert_eq!(event(&app), "tui-sample");
    assert_eq!(
        app.message(),
        Some("Now a note of Assises sociales (exemple).")
    );
    app.update(Action::MoveNoteEvent);
    assert_eq!(event(&app), "", "tied to none");
    app.update(Action::MoveNoteEvent);
    assert_eq!(event(&app), "tui-sample", "and back");
    app.update(Action::Undo);
    app.update(Action::Undo);
    app.update(Action::Undo);
    assert_eq!(event(&app), "edition-2022", "undone");
    assert_eq!(other_instance(dir.path()).notes().len(), 1, "on disk too");
    app.update(Action::ToggleAllEvents);
    assert_eq!(note_names(&app), ["New Face"]);
}
