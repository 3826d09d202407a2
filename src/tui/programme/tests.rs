//! The Programme tab: its order, its rows, a talk's detail, stars and the
//! reminder, on a fixture with a small programme and a pinned clock.

use insta::assert_snapshot;
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::directory::{self, Directory};
use crate::i18n::Lang;
use crate::search::catalog::talks;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::detail::Target;
use crate::tui::plan::PlanAction;
use crate::tui::tab::Tab;
use crate::tui::testing::{options, type_text};
use crate::tui::view;

const FIXTURE: &str = include_str!("../../../tests/fixtures/valid/tui-programme.json");

fn fixture() -> Directory {
    directory::parse(FIXTURE).expect("the programme fixture is valid")
}

/// The fixture in `lang`, on the Programme tab, the clock at `now`.
fn app(lang: Lang, now: &str) -> App {
    let mut app = App::new(fixture(), options(100, 24, true, lang));
    app.set_now(now.parse::<Timestamp>().unwrap());
    app.update(Action::NextTab);
    app.update(Action::NextTab);
    app.update(Action::NextTab);
    assert_eq!(app.tab(), Tab::Programme);
    app
}

/// The ids of the talks listed, in order.
fn listed(app: &App) -> Vec<String> {
    let all = talks(&app.directory);
    let list = app.list(Tab::Programme);
    list.hits
        .iter()
        .map(|h| all[h.record()].id.to_string())
        .collect()
}

fn screen(app: &App) -> String {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const BEFORE: &str = "2022-11-10T12:00:00Z";
/// 10:20 on the first day, event clock: "refugies" runs, "logement" is next.
const DURING: &str = "2022-11-17T09:20:00Z";

#[test]
fn before_the_event_talks_are_by_day_and_time_unknown_last() {
    let app = app(Lang::En, BEFORE);
    assert_eq!(
        listed(&app),
        [
            "refugies",
            "logement",
            "soins-rue",
            "seniors",
            "table-ronde"
        ]
    );
    assert_snapshot!("programme_by_time_en", screen(&app));
}

#[test]
fn during_the_event_now_and_next_come_first() {
    let app = app(Lang::Fr, DURING);
    assert_eq!(
        listed(&app),
        [
            "refugies",
            "logement",
            "soins-rue",
            "seniors",
            "table-ronde"
        ]
    );
    let app = self::app(Lang::Fr, "2022-11-17T10:05:00Z");
    // 11:05: "logement" runs, "soins-rue" is next; "refugies" is over.
    assert_eq!(
        listed(&app),
        [
            "logement",
            "soins-rue",
            "refugies",
            "seniors",
            "table-ronde"
        ]
    );
    assert_snapshot!("programme_now_next_fr", screen(&app));
}

#[test]
fn typing_filters_with_the_same_search() {
    let mut app = app(Lang::En, BEFORE);
    type_text(&mut app, "anne exmple");
    assert_eq!(listed(&app), ["refugies", "seniors"]);
    assert_snapshot!("programme_search_en", screen(&app));
}

#[test]
fn a_talks_detail_links_its_speakers_and_organisations() {
    let mut app = app(Lang::En, BEFORE);
    app.update(Action::Open);
    assert_eq!(app.detail().map(|d| d.target), Some(Target::Talk(0)));
    assert_snapshot!("programme_talk_detail_en", screen(&app));
    // The first link is the speaker: Enter opens her detail, which lists
    // her talks.
    app.update(Action::Open);
    let person = app.detail().map(|d| d.target);
    assert!(matches!(person, Some(Target::Person(_))), "{person:?}");
    let items = app.detail_items(person.unwrap());
    let talks: Vec<_> = items
        .iter()
        .filter(|i| matches!(i, crate::tui::detail::Item::Link(_, Target::Talk(_))))
        .collect();
    assert_eq!(talks.len(), 2, "{items:?}");
}

#[test]
fn a_talk_at_a_landmark_has_no_route_yet() {
    let mut app = app(Lang::Fr, BEFORE);
    app.update(Action::Plan(PlanAction::ShowOnPlan));
    assert_eq!(app.message(), Some("Pas encore d'itinéraire vers ce lieu."));
    assert_eq!(app.tab(), Tab::Programme);
    // A talk at a stand leads to it on the plan.
    type_text(&mut app, "soins");
    app.update(Action::Plan(PlanAction::ShowOnPlan));
    assert_eq!(app.tab(), Tab::Plan);
    assert_eq!(app.plan_stand().as_deref(), Some("A2"));
}

#[test]
fn starring_a_talk_is_said_saved_and_undone() {
    let mut app = app(Lang::En, BEFORE);
    app.update(Action::Plan(PlanAction::ToggleStar));
    assert_eq!(
        app.message(),
        Some("★ Talk starred: Le travail de la Croix-Rouge avec les réfugiés.")
    );
    assert!(app.plan.event_plan().is_talk_starred("refugies"));
    assert!(screen(&app).contains("★10:00"));
    // The stands are untouched.
    assert!(app.plan.event_plan().starred().is_empty());
    app.update(Action::Undo);
    assert!(!app.plan.event_plan().is_talk_starred("refugies"));
    // From the detail too.
    app.update(Action::Open);
    app.update(Action::Plan(PlanAction::ToggleStar));
    assert!(app.plan.event_plan().is_talk_starred("refugies"));
}

#[test]
fn a_starred_talk_is_announced_ten_minutes_before_once() {
    let mut app = app(Lang::Fr, "2022-11-17T09:40:00Z");
    type_text(&mut app, "logement");
    app.update(Action::Plan(PlanAction::ToggleStar));
    // 10:40: "logement" starts at 11:00, in twenty minutes.
    app.update(Action::Tick);
    assert!(
        app.message().unwrap().starts_with("★"),
        "{:?}",
        app.message()
    );
    app.update(Action::ClearSearch); // a key: the message goes
    app.update(Action::Tick);
    assert_eq!(app.message(), None);
    app.set_now("2022-11-17T09:52:30Z".parse().unwrap());
    app.update(Action::Tick);
    assert_eq!(
        app.message(),
        Some("Dans 8 min : Logement abordable : où en est-on ? — Salle 2")
    );
    app.update(Action::ClearSearch);
    app.update(Action::Tick);
    assert_eq!(app.message(), None, "once per talk");
}

#[test]
fn a_time_note_that_says_the_time_is_unknown_is_not_said_twice() {
    let talk = |note: &str| -> crate::directory::Talk {
        serde_json::from_value(serde_json::json!({"id": "t", "title": "T", "time_note": note}))
            .unwrap()
    };
    let fr = &crate::i18n::t(crate::i18n::Lang::Fr).programme;
    assert_eq!(
        super::detail::when(fr, &talk("Heure inconnue : la presse ne la donne pas.")),
        "Heure inconnue : la presse ne la donne pas."
    );
    assert_eq!(
        super::detail::when(fr, &talk("non publiée")),
        "Heure inconnue (non publiée)"
    );
}

/// A directory without a programme says so on its tab, in both languages,
/// rather than "no results" for a search nobody typed.
#[test]
fn without_a_programme_the_tab_says_there_are_no_talks() {
    for (lang, said) in [
        (Lang::En, "The programme has no talks."),
        (Lang::Fr, "Le programme ne contient aucune"),
    ] {
        let mut directory = fixture();
        directory.programme = None;
        let mut app = App::new(directory, options(100, 24, true, lang));
        while app.tab() != Tab::Programme {
            app.update(Action::NextTab);
        }
        let shown = screen(&app);
        assert!(shown.contains(said), "{shown}");
    }
}
