//! Snapshots of the main screens, drawn on a test backend from the fixture
//! `tests/fixtures/valid/tui-sample.json`. Regenerate with
//! `INSTA_UPDATE=always cargo test --test it tui_snapshots::` and read the diff.

use maillage::directory::Directory;
use maillage::i18n::Lang;
use maillage::tui::{Action, App};
use ratatui::style::{Color, Modifier};

use crate::common::draw::{app_on, draw, options, text, type_text};
use crate::common::fixtures::load_fixture;

fn sample() -> Directory {
    load_fixture("valid/tui-sample.json")
}

fn app(width: u16, height: u16, no_color: bool) -> App {
    app_in(Lang::En, width, height, no_color)
}

fn app_in(lang: Lang, width: u16, height: u16, no_color: bool) -> App {
    app_on(sample(), lang, width, height, no_color)
}

#[test]
fn main_screen_wide() {
    insta::assert_snapshot!(text(&draw(&app(120, 40, false))));
}

#[test]
fn main_screen_narrow() {
    insta::assert_snapshot!(text(&draw(&app(60, 20, false))));
}

#[test]
fn query_typed_without_accents() {
    let mut app = app(120, 40, false);
    type_text(&mut app, "croix");
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn organisation_detail() {
    let mut app = app(120, 40, false);
    app.update(Action::NextTab);
    type_text(&mut app, "Wunn");
    app.update(Action::Open);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn followed_link_narrow() {
    let mut app = app(60, 20, false);
    // B2, by position rather than by search, so the snapshot does not
    // depend on what else a search for "B2" finds.
    for _ in 0..4 {
        app.update(Action::MoveDown);
    }
    app.update(Action::Open);
    app.update(Action::MoveDown);
    app.update(Action::Open);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn help_overlay() {
    let mut app = app(120, 40, false);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn theme_picker_with_a_theme_ticked() {
    let mut app = app(120, 40, false);
    app.update(Action::OpenThemePicker);
    app.update(Action::MoveDown);
    app.update(Action::ToggleTheme);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn too_small() {
    insta::assert_snapshot!(text(&draw(&app(39, 11, false))));
}

#[test]
fn no_color_uses_no_colour_and_reverses_the_selection() {
    let mut app = app(120, 40, true);
    type_text(&mut app, "croix");
    app.update(Action::MoveDown);
    let buffer = draw(&app);
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "fg colour on {:?}", cell.symbol());
        assert_eq!(cell.bg, Color::Reset, "bg colour on {:?}", cell.symbol());
    }
    // The selected row (second result, list row 2 of the list's inside)
    // is reversed from edge to edge, and no other list row is.
    let list_row = |y: u16| (1..50).all(|x| buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(list_row(5), "selected row reversed");
    assert!(!list_row(4), "first row not reversed");
    insta::assert_snapshot!(text(&buffer));
}

#[test]
fn colours_are_used_when_no_color_is_off() {
    let buffer = draw(&app(120, 40, false));
    assert!(buffer.content().iter().any(|c| c.bg != Color::Reset));
}

#[test]
fn help_lists_every_binding_of_the_keymap() {
    use maillage::tui::keymap::{BINDINGS, keys_label};
    for lang in [Lang::En, Lang::Fr] {
        let mut app = app_in(lang, 120, 200, false);
        app.update(Action::ToggleHelp);
        let screen = text(&draw(&app));
        for binding in BINDINGS {
            // In the app's own language, and in one piece (not cut at the edge).
            let description = (binding.description)(&app.text().keys);
            assert!(screen.contains(description), "{lang:?}: {description}");
            for key in binding.keys {
                let label = maillage::tui::keymap::key_label(key);
                assert!(
                    screen.contains(&label),
                    "{label} of {}",
                    keys_label(binding)
                );
            }
        }
    }
}

#[test]
fn highlighted_cells_are_exactly_the_matched_characters() {
    use maillage::search::catalog::{Catalog, Kind, STAND_NUMBER, STAND_ORGS, STAND_TITLE};
    let mut app = app(120, 40, true);
    type_text(&mut app, "croix");
    let buffer = draw(&app);
    let directory = sample();
    let catalog = Catalog::new(&directory);
    let a1 = directory
        .stands
        .iter()
        .position(|s| s.number == "A1")
        .unwrap();
    let texts = Catalog::field_texts(Kind::Stand, &directory, a1);
    let mut expected = String::new();
    for field in [STAND_NUMBER, STAND_ORGS, STAND_TITLE] {
        let chars: Vec<char> = texts[field].chars().collect();
        for p in catalog
            .stands
            .positions_in(a1, field, &texts[field], "croix")
        {
            expected.push(chars[p]);
        }
    }
    // Row 4 is the first list row (A1, the best match).
    let underlined: String = (0..55)
        .map(|x| &buffer[(x, 4)])
        .filter(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert!(text(&buffer).lines().nth(4).unwrap().contains("A1"));
    assert_eq!(underlined, expected);
}

// ---- Notes ----------------------------------------------------------------

use maillage::notes::NotesBook;

/// Notes for the fixture's event (and one of another event, never shown),
/// with fixed timestamps so the snapshots do not move. The people are fictitious.
const NOTES: &str = r#"{
  "format": "maillage-notes",
  "version": 1,
  "notes": [
    {
      "id": "01900000-0000-7000-8000-000000000001",
      "event": "tui-sample",
      "name": "Ada Exemple",
      "organisation": { "id": "croix-rouge", "name": "Croix-Rouge" },
      "role": "coordinatrice (fictive)",
      "email": "ada@example.org",
      "stand": "A1",
      "text": "Intéressée par un partenariat.\nRappeler après l'événement.",
      "tags": ["partenariat", "santé"],
      "follow_up": { "state": "todo", "date": "2026-12-01" },
      "created": "2026-11-17T09:15:00Z",
      "updated": "2026-11-17T09:20:30Z"
    },
    {
      "id": "01900000-0000-7000-8000-000000000002",
      "event": "tui-sample",
      "name": "Bruno Témoin",
      "organisation": { "name": "Les Voisins asbl" },
      "follow_up": { "state": "done" },
      "created": "2026-11-17T10:00:00Z",
      "updated": "2026-11-18T08:00:00Z"
    },
    {
      "id": "01900000-0000-7000-8000-000000000003",
      "event": "another-event",
      "name": "Not Shown",
      "created": "2026-11-17T10:00:00Z",
      "updated": "2026-11-17T10:00:00Z"
    }
  ]
}"#;

/// An app whose notes file holds `notes` (the folder lives as long as the app).
fn app_with_notes(width: u16, height: u16, notes: &str) -> (App, tempfile::TempDir) {
    app_with_notes_in(Lang::En, width, height, notes)
}

fn app_with_notes_in(lang: Lang, width: u16, height: u16, notes: &str) -> (App, tempfile::TempDir) {
    app_with_notes_on(lang, width, height, notes, BEFORE_ADAS_DATE, false)
}

/// A day before Ada's follow-up date (nothing overdue), and one after.
const BEFORE_ADAS_DATE: jiff::civil::Date = jiff::civil::date(2026, 11, 20);
const AFTER_ADAS_DATE: jiff::civil::Date = jiff::civil::date(2026, 12, 4);

/// [`app_with_notes_in`] on a given today, with or without colours.
fn app_with_notes_on(
    lang: Lang,
    width: u16,
    height: u16,
    notes: &str,
    today: jiff::civil::Date,
    no_color: bool,
) -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.json"), notes).unwrap();
    let mut book = NotesBook::open_in(dir.path(), "tui-sample");
    book.set_today(today);
    let options = options(lang, width, height, no_color);
    let mut app = App::with_notes(sample(), options, Some(book));
    app.set_time_zone(jiff::tz::TimeZone::UTC);
    (app, dir)
}

/// Notes is the last tab: one step back from the first.
fn go_to_notes(app: &mut App) {
    app.update(Action::PrevTab);
}

#[test]
fn notes_tab_with_a_note_detail() {
    let (mut app, _dir) = app_with_notes(120, 40, NOTES);
    go_to_notes(&mut app);
    app.update(Action::Open);
    let screen = text(&draw(&app));
    assert!(screen.contains("Notes 2/2"), "{screen}");
    assert!(!screen.contains("Not Shown"), "another event's note");
    insta::assert_snapshot!(screen);
}

#[test]
fn notes_to_follow_up_and_a_stand_with_your_notes() {
    let (mut app, _dir) = app_with_notes(120, 40, NOTES);
    app.update(Action::ToggleFollowUpFilter);
    let screen = text(&draw(&app));
    assert!(
        screen.contains("Ada Exemple") && !screen.contains("Bruno"),
        "{screen}"
    );
    // Stand A1's detail lists the note taken there.
    app.update(Action::ToggleFollowUpFilter);
    app.update(Action::NextTab);
    let screen = text(&draw(&app));
    assert!(
        screen.contains("Stand A1") && screen.contains("Your notes"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

fn form_from_stand_a1(width: u16, height: u16) -> (App, tempfile::TempDir) {
    let (mut app, dir) = app_with_notes(width, height, NOTES);
    app.update(Action::Open); // Stand A1
    app.update(Action::NewNote);
    for c in "Chloé Fictive".chars() {
        app.update(Action::FormKey(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char(c),
            ratatui::crossterm::event::KeyModifiers::NONE,
        )));
    }
    (app, dir)
}

#[test]
fn note_form_wide() {
    let (app, _dir) = form_from_stand_a1(120, 40);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn note_form_narrow() {
    let (app, _dir) = form_from_stand_a1(60, 20);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn delete_confirmation() {
    let (mut app, _dir) = app_with_notes(120, 40, NOTES);
    go_to_notes(&mut app);
    app.update(Action::DeleteNote);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn broken_notes_file_banner() {
    let bad = "{\n  \"format\": \"maillage-notes\",\n  oops\n}\n";
    let (mut app, dir) = app_with_notes(120, 40, bad);
    go_to_notes(&mut app);
    let folder = dir.path().display().to_string();
    let screen = text(&draw(&app));
    // The list explains it in full (wrapped where the path's length says).
    let list: String = screen
        .lines()
        .map(|l| {
            l.chars()
                .skip(2)
                .take(50)
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" ");
    assert!(list.contains("notes are read-only"), "{screen}");
    assert!(list.contains("F9 sets the file aside"), "{screen}");
    assert!(
        screen.lines().last().unwrap().contains("F9"),
        "hinted: {screen}"
    );
    // The banner, path masked: it changes from machine to machine.
    let top: Vec<String> = screen
        .replace(&folder, "[DIR]")
        .lines()
        .take(5)
        .map(String::from)
        .collect();
    assert!(top[1].contains("[DIR]/notes.json:3:3:"), "{screen}");
    insta::assert_snapshot!(top.join("\n"));
}

// The same screens in French (`Options::lang`; the binary takes it from
// `--lang` or the locale). Directory content stays as written.

#[test]
fn main_screen_wide_fr() {
    let screen = text(&draw(&app_in(Lang::Fr, 120, 40, false)));
    assert!(screen.contains("Rechercher :"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn help_overlay_fr() {
    let mut app = app_in(Lang::Fr, 120, 40, false);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn organisation_detail_fr() {
    let mut app = app_in(Lang::Fr, 120, 40, false);
    app.update(Action::NextTab);
    type_text(&mut app, "Wunn");
    app.update(Action::Open);
    insta::assert_snapshot!(text(&draw(&app)));
}

#[test]
fn notes_tab_with_a_note_detail_fr() {
    let (mut app, _dir) = app_with_notes_in(Lang::Fr, 120, 40, NOTES);
    go_to_notes(&mut app);
    app.update(Action::Open);
    insta::assert_snapshot!(text(&draw(&app)));
}

// ---- People ---------------------------------------------------------------

/// The People tab, third: Stands, Organisations, People.
fn go_to_people(app: &mut App) {
    app.update(Action::NextTab);
    app.update(Action::NextTab);
}

/// The People tab with `search` typed and the first person's detail open.
fn person_detail(lang: Lang, search: &str) -> String {
    let mut app = app_in(lang, 120, 40, false);
    go_to_people(&mut app);
    type_text(&mut app, search);
    app.update(Action::Open);
    text(&draw(&app))
}

#[test]
fn people_tab_with_a_person_detail() {
    let screen = person_detail(Lang::En, "anne");
    assert!(screen.contains("People 1/2"), "{screen}");
    assert!(
        screen.contains("› Croix-Rouge") && screen.contains("› A1"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
}

#[test]
fn people_tab_with_a_person_detail_fr() {
    let screen = person_detail(Lang::Fr, "anne");
    assert!(screen.contains("Personnes 1/2"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// Someone who names no stand: their organisation's stand, said to be theirs.
#[test]
fn person_detail_without_a_stand_of_their_own() {
    let screen = person_detail(Lang::En, "luc");
    assert!(screen.contains("Stands of their organisation"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn person_detail_without_a_stand_of_their_own_fr() {
    let screen = person_detail(Lang::Fr, "luc");
    assert!(screen.contains("Stands de son organisation"), "{screen}");
    insta::assert_snapshot!(screen);
}

/// The form of a note started from stand A1: its people suggested for the
/// name, in a bordered dropdown under the field, the labels in view.
#[test]
fn note_form_suggests_the_people_of_the_stand() {
    let (mut app, _dir) = app_with_notes(120, 40, NOTES);
    app.update(Action::Open); // Stand A1
    app.update(Action::NewNote);
    let screen = text(&draw(&app));
    assert!(screen.contains("People here"), "{screen}");
    assert!(screen.contains("Anne Exemple — coordinatrice (fictive) · Croix-Rouge"));
    for label in ["Name *", "Organisation", "Role", "E-mail"] {
        assert!(screen.contains(label), "{label} hidden: {screen}");
    }
    insta::assert_snapshot!(screen);
}

/// The organisations matching what is typed, in the same dropdown.
#[test]
fn note_form_suggests_organisations() {
    let (mut app, _dir) = app_with_notes_in(Lang::Fr, 120, 40, NOTES);
    app.update(Action::NewNote);
    for c in "Chloé".chars() {
        app.update(Action::FormKey(key(c)));
    }
    app.update(Action::FormNextField);
    // Ctrl-U empties the organisation the stand selected in the list gave.
    app.update(Action::FormKey(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char('u'),
        ratatui::crossterm::event::KeyModifiers::CONTROL,
    )));
    for c in "soc".chars() {
        app.update(Action::FormKey(key(c)));
    }
    let screen = text(&draw(&app));
    assert!(screen.contains("Dans l'annuaire"), "{screen}");
    let typed = screen.lines().find(|l| l.contains("Organisation")).unwrap();
    assert!(
        typed.contains("soc"),
        "the field typed in stays in view: {screen}"
    );
    insta::assert_snapshot!(screen);
}

fn key(c: char) -> ratatui::crossterm::event::KeyEvent {
    ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Char(c),
        ratatui::crossterm::event::KeyModifiers::NONE,
    )
}

/// Notes where Ada's follow-up is overdue and Bruno's more so: both come
/// first, Bruno first, then the others by name; dates read as each
/// language writes them, with a word, and the detail says by how much.
#[test]
fn notes_with_an_overdue_follow_up() {
    let bruno_late = r#""follow_up": { "state": "todo", "date": "2026-11-30" }"#;
    let notes = NOTES.replace(r#""follow_up": { "state": "done" }"#, bruno_late);
    let notes = notes.replace(
        "\"event\": \"another-event\",\n      \"name\": \"Not Shown\"",
        "\"event\": \"tui-sample\",\n      \"name\": \"Aline Avant\"",
    );
    assert!(notes.contains("Aline"));
    for (lang, word) in [
        (Lang::En, "☐ overdue  Ada Exemple · Croix-Rouge  1 Dec 2026"),
        (
            Lang::Fr,
            "☐ en retard  Ada Exemple · Croix-Rouge  01/12/2026",
        ),
    ] {
        let (mut app, _dir) = app_with_notes_on(lang, 120, 40, &notes, AFTER_ADAS_DATE, false);
        go_to_notes(&mut app);
        app.update(Action::Open);
        let screen = text(&draw(&app));
        assert!(screen.contains(word), "{screen}");
        let rows: Vec<&str> = screen.lines().skip(4).take(3).collect();
        for (row, name) in rows.iter().zip(["Bruno", "Ada", "Aline"]) {
            assert!(row.contains(name), "{screen}");
        }
        let name = match lang {
            Lang::En => "notes_with_an_overdue_follow_up_en",
            Lang::Fr => "notes_with_an_overdue_follow_up_fr",
        };
        insta::assert_snapshot!(name, screen);
    }
}

/// The overdue date and word are in the warning colour; under `NO_COLOR`
/// no colour is set and the word (in italics) carries the warning alone.
#[test]
fn an_overdue_follow_up_with_and_without_colour() {
    for (no_color, fg, modifier) in [
        (false, Color::LightRed, Modifier::empty()),
        (true, Color::Reset, Modifier::ITALIC),
    ] {
        let (mut app, _dir) =
            app_with_notes_on(Lang::En, 120, 40, NOTES, AFTER_ADAS_DATE, no_color);
        go_to_notes(&mut app);
        app.update(Action::MoveDown); // Bruno selected: Ada's row is drawn plain.
        let buffer = draw(&app);
        let screen = text(&buffer);
        let (y, row) = screen
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains("Ada Exemple"))
            .unwrap();
        let x = row[..row.find("overdue").unwrap()].chars().count();
        let cell = &buffer[(x as u16, y as u16)];
        assert_eq!(
            (cell.fg, cell.modifier),
            (fg, modifier),
            "NO_COLOR={no_color}\n{screen}"
        );
    }
}

/// Each result says why it was found when its row does not show it: the
/// other name, the person, the theme or the words of the description that
/// matched.
#[test]
fn results_say_why_they_matched() {
    let row = |lang: Lang, tab_presses: usize, query: &str| -> String {
        let mut app = app_on(
            maillage::directory::default_directory(),
            lang,
            220,
            20,
            false,
        );
        for _ in 0..tab_presses {
            app.update(Action::NextTab);
        }
        type_text(&mut app, query);
        let screen = text(&draw(&app));
        screen.lines().nth(4).unwrap_or_default().to_string()
    };
    let cases = [
        (Lang::En, 0, "red cross", "A3  Croix-Rouge — Red Cross"),
        (
            Lang::En,
            0,
            "jonatan",
            "A2  Foyer Saint-Antoine · Caritas · person: Jonathan Lai",
        ),
        (
            Lang::Fr,
            0,
            "jonatan",
            "A2  Foyer Saint-Antoine · Caritas · personne : Jonathan Lai",
        ),
        (Lang::En, 0, "logement", "A1  Caritas · theme: logement"),
        (Lang::Fr, 1, "logement", "Caritas · thème : logement"),
        (
            Lang::En,
            0,
            "tuberculoze",
            "C1  Ligue médico-sociale — Ligue luxembourgeoise contre",
        ),
        (Lang::En, 1, "b6", "Médecins du monde · stand B6"),
    ];
    for (lang, tabs, query, wanted) in cases {
        let row = row(lang, tabs, query);
        assert!(row.contains(wanted), "{query:?} ({lang:?}): {row:?}");
    }
    let mut app = app_on(
        maillage::directory::default_directory(),
        Lang::Fr,
        100,
        16,
        false,
    );
    type_text(&mut app, "caritas");
    insta::assert_snapshot!(text(&draw(&app)));
}

/// The detail pane lights what the search matched: the person a stand was
/// found through, the theme searched for.
#[test]
fn the_detail_lights_what_matched() {
    let mut app = app_on(
        maillage::directory::default_directory(),
        Lang::En,
        110,
        30,
        true,
    );
    type_text(&mut app, "jonatan");
    let buffer = draw(&app);
    let screen = text(&buffer);
    let (y, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("› Jonathan Lai"))
        .expect("the person in the detail");
    let x = line[..line.find("Jonathan").unwrap()].chars().count() as u16;
    let lit = |dx: u16| {
        buffer[(x + dx, y as u16)]
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    };
    assert!(
        lit(0) && lit(4) && lit(6),
        "J, t and a of Jonathan lit: {screen}"
    );
    assert!(!lit(5), "the h not typed is not lit");
    assert!(!lit(9), "nor is Lai");
}

/// [`NOTES`] where Ada's note was also changed on another device: that
/// version lost the merge and is kept as an earlier one.
fn notes_with_an_earlier_version() -> String {
    NOTES.replace(
        r#""updated": "2026-11-17T09:20:30Z""#,
        r#""updated": "2026-11-17T09:20:30Z",
      "earlier": [
        {
          "name": "Ada Exemple",
          "organisation": { "id": "croix-rouge", "name": "Croix-Rouge" },
          "role": "bénévole",
          "email": "ada@example.org",
          "stand": "A1",
          "text": "Vue au stand A1.",
          "tags": ["partenariat", "santé"],
          "updated": "2026-11-17T09:18:00Z"
        }
      ]"#,
    )
}

#[test]
fn a_note_with_an_earlier_version_shows_it_and_brings_it_back() {
    for lang in [Lang::En, Lang::Fr] {
        let notes = notes_with_an_earlier_version();
        let (mut app, dir) = app_with_notes_in(lang, 120, 40, &notes);
        go_to_notes(&mut app);
        app.update(Action::Open);
        let screen = text(&draw(&app));
        let (summary, differs) = match lang {
            Lang::En => (
                "1 earlier version (changed on 17 Nov 2026 09:18 UTC)",
                "Role",
            ),
            Lang::Fr => (
                "1 version antérieure (modifiée le 17/11/2026 09:18 UTC)",
                "Fonction",
            ),
        };
        assert!(screen.contains(summary), "{screen}");
        assert!(
            screen.contains("bénévole") && screen.contains(differs),
            "{screen}"
        );
        insta::assert_snapshot!(format!("note_with_an_earlier_version_{lang:?}"), screen);

        app.update(Action::RestoreEarlierVersion);
        let note = |app: &App| {
            app.notes()
                .book()
                .unwrap()
                .note("01900000-0000-7000-8000-000000000001")
                .unwrap()
                .clone()
        };
        let restored = note(&app);
        assert_eq!(restored.role.as_deref(), Some("bénévole"));
        assert_eq!(restored.text, "Vue au stand A1.");
        let earlier: Vec<_> = restored.earlier.iter().map(|v| v.role.clone()).collect();
        assert_eq!(earlier, [Some("coordinatrice (fictive)".to_string())]);
        let screen = text(&draw(&app));
        assert!(screen.contains("coordinatrice (fictive)"), "kept: {screen}");
        let on_disk = std::fs::read_to_string(dir.path().join("notes.json")).unwrap();
        assert!(on_disk.contains("\"role\": \"bénévole\""), "saved");

        // Undo puts the note back as it was, its earlier version too.
        app.update(Action::Undo);
        let undone = note(&app);
        assert_eq!(undone.role.as_deref(), Some("coordinatrice (fictive)"));
        let earlier: Vec<_> = undone.earlier.iter().map(|v| v.role.clone()).collect();
        assert_eq!(earlier, [Some("bénévole".to_string())]);
    }
}

/// Alt-a: every event's notes, each saying its event (the loaded
/// directory's by name, another by id); Alt-a again: this event's. An
/// earlier event's note about "CROIX ROUGE" (no id: one of the
/// Croix-Rouge's other names, folded) is in the Croix-Rouge's detail.
#[test]
fn every_events_notes_with_alt_a() {
    let notes = NOTES.replace(
        "\"name\": \"Not Shown\",",
        "\"name\": \"Not Shown\",\n      \"organisation\": { \"name\": \"CROIX ROUGE\" },",
    );
    for (lang, title, hint) in [
        (Lang::En, "Notes · all events", "Alt-a  all events"),
        (Lang::Fr, "Notes · tous les événements", "Alt-a  événements"),
    ] {
        let (mut app, _dir) = app_with_notes_in(lang, 120, 40, &notes);
        go_to_notes(&mut app);
        app.update(Action::ToggleAllEvents);
        let screen = text(&draw(&app));
        assert!(screen.contains(title), "{screen}");
        assert!(
            screen.contains("another-event · Not Shown · CROIX ROUGE"),
            "{screen}"
        );
        assert!(screen.contains("☐ Ada Exemple · Croix-Rouge"), "{screen}");
        assert!(screen.contains(hint), "{screen}");
        let rows: Vec<&str> = screen.lines().skip(4).take(3).collect();
        for (row, name) in rows.iter().zip(["Ada", "Bruno", "Not Shown"]) {
            assert!(row.contains(name), "this event's first: {screen}");
        }
        insta::assert_snapshot!(format!("every_events_notes_{lang:?}"), screen);
        // Search works across events.
        type_text(&mut app, "not shown");
        let screen = text(&draw(&app));
        assert!(
            screen.contains("Not Shown") && !screen.contains("Bruno"),
            "{screen}"
        );
        app.update(Action::ClearSearch);
        app.update(Action::ToggleAllEvents);
        let screen = text(&draw(&app));
        assert!(
            !screen.contains("Not Shown"),
            "this event's again: {screen}"
        );
    }
    let (mut app, _dir) = app_with_notes(120, 40, &notes);
    app.update(Action::NextTab);
    type_text(&mut app, "Croix-Rouge");
    app.update(Action::Open);
    let screen = text(&draw(&app));
    assert!(
        screen.contains("› Ada Exemple, coordinatrice (fictive)"),
        "{screen}"
    );
    assert!(screen.contains("› another-event · Not Shown"), "{screen}");
    // Followed, the note says its event and leads to the Croix-Rouge.
    app.update(Action::End);
    app.update(Action::Open);
    let screen = text(&draw(&app));
    assert!(screen.contains("Event          another-event"), "{screen}");
    assert!(screen.contains("› Croix-Rouge"), "{screen}");
}
