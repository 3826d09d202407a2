//! Building the app's state from a directory: the search index, look-ups,
//! themes and plan, on two cores at fair scale.

use std::sync::Arc;

use super::{App, Focus, Options};
use crate::directory::{Directory, Lookup};
use crate::notes::NotesBook;
use crate::search::catalog::Catalog;
use crate::tui::list::ListView;
use crate::tui::notes::Notes;
use crate::tui::plan::PlanState;
use crate::tui::style::Styles;
use crate::tui::tab::Tab;

impl App {
    /// An app without notes (they show as unavailable).
    pub fn new(directory: Directory, options: Options) -> App {
        App::with_notes(directory, options, None)
    }

    /// An app with the notebook `book` (`None`: no folder to keep notes in).
    pub fn with_notes(directory: Directory, options: Options, book: Option<NotesBook>) -> App {
        App::with_catalog(directory, None, options, book, None)
    }

    /// [`App::with_notes`] with the directory's search catalog when it is
    /// already built (read from the launch cache; `None`: built here), and
    /// the plan kept in `plan_dir` (`None`: in memory).
    pub fn with_catalog(
        directory: Directory,
        catalog: Option<Catalog>,
        options: Options,
        book: Option<NotesBook>,
        plan_dir: Option<&std::path::Path>,
    ) -> App {
        let lookups = || (Lookup::new(&directory), directory.themes());
        // The plan's grid, the user's plan file and the shortest-path tree
        // from where the user is, which the first frame's route walks: at
        // 50k stands 10 + 30 ms, the look-ups and themes 20.
        let plan = || {
            let mut plan = PlanState::new(&directory, options.lang);
            if let Some(dir) = plan_dir {
                plan.open_store(dir);
            }
            plan.prepare_tree();
            plan
        };
        // At fair scale these are built on other cores while the search
        // index is, or while the look-ups are when the index comes from the
        // launch cache; a small directory is not worth a thread.
        let (catalog, (lookup, themes), plan) = match catalog {
            catalog if directory.stands.len() < 2_000 => (
                catalog.unwrap_or_else(|| Catalog::new(&directory)),
                lookups(),
                plan(),
            ),
            Some(catalog) => std::thread::scope(|scope| {
                let plan = scope.spawn(plan);
                let lookups = lookups();
                (catalog, lookups, joined(plan))
            }),
            None => std::thread::scope(|scope| {
                let others = scope.spawn(|| (lookups(), plan()));
                let catalog = Catalog::new(&directory);
                let (lookups, plan) = joined(others);
                (catalog, lookups, plan)
            }),
        };
        let mut app = App {
            ticked: vec![false; themes.len()],
            themes,
            catalog: Arc::new(catalog),
            lookup,
            plan,
            directory: Arc::new(directory),
            styles: Styles::new(options.no_color),
            text: &crate::i18n::t(options.lang).ui,
            query: String::new(),
            tab: Tab::ALL[0],
            lists: vec![ListView::default(); Tab::ALL.len()],
            focus: Focus::List,
            detail: None,
            back: Vec::new(),
            popup: None,
            notes: Notes::new(book),
            form: None,
            confirm: None,
            effect: None,
            message: None,
            quit: false,
            searches: Default::default(),
            width: options.width,
            height: options.height,
        };
        app.refresh_results();
        app.refresh_plan();
        app
    }
}

/// What a scoped thread built; its panic, if it panicked, goes on here.
fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    match handle.join() {
        Ok(built) => built,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}
