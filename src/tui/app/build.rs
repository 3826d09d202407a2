//! Building the app's state from a directory: its search index (here, or on
//! a worker thread for the app on screen) and plan.

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use super::{App, Focus, Options};
use crate::directory::Directory;
use crate::notes::NotesBook;
use crate::search::catalog::Catalog;
use crate::tui::list::{Indexing, ListView, Searches};
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
        App::with_plan_dir(directory, options, book, None)
    }

    /// [`App::with_notes`] with the plan kept in `plan_dir` (`None`: in
    /// memory). The search index is built here, before returning: what
    /// tests and benchmarks want. The app on screen uses [`App::indexing`].
    pub fn with_plan_dir(
        directory: Directory,
        options: Options,
        book: Option<NotesBook>,
        plan_dir: Option<&std::path::Path>,
    ) -> App {
        // At fair scale the plan is built on another core while the search
        // index is.
        let (catalog, plan) = rayon::join(
            || Catalog::new(&directory),
            || plan_state(&directory, options, plan_dir),
        );
        App::assemble(Arc::new(directory), catalog, None, plan, options, book)
    }

    /// An app whose search index is being built elsewhere (see
    /// `list::indexing`): its lists are empty and say how far the index is
    /// (`indexed` counts the records done) until [`Action::Indexed`] hands
    /// the index over. Nothing here grows with the directory but the plan's
    /// grid, so the first frame waits for nothing else.
    ///
    /// [`Action::Indexed`]: crate::tui::Action::Indexed
    pub fn indexing(
        directory: Arc<Directory>,
        indexed: Arc<AtomicUsize>,
        options: Options,
        book: Option<NotesBook>,
        plan_dir: Option<&std::path::Path>,
    ) -> App {
        let indexing = Indexing::new(indexed, &directory);
        let mut plan = PlanState::new(&directory, options.lang);
        if let Some(dir) = plan_dir {
            plan.open_store(dir);
        }
        let catalog = Catalog::default();
        App::assemble(directory, catalog, Some(indexing), plan, options, book)
    }

    fn assemble(
        directory: Arc<Directory>,
        catalog: Catalog,
        indexing: Option<Indexing>,
        plan: PlanState,
        options: Options,
        book: Option<NotesBook>,
    ) -> App {
        let searches = Searches::new(&directory);
        let mut app = App {
            ticked: Vec::new(),
            catalog: Arc::new(catalog),
            indexing,
            plan,
            card: Default::default(),
            programme: Default::default(),
            directory,
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
            undo: Default::default(),
            searches,
            width: options.width,
            height: options.height,
        };
        app.refresh_results();
        app.refresh_plan();
        app.announce_conflicts();
        app
    }
}

/// The plan's grid, the user's plan file and the shortest-path tree from
/// where the user is, which the first frame's route walks (at 50k stands
/// 10 + 30 ms).
fn plan_state(
    directory: &Directory,
    options: Options,
    plan_dir: Option<&std::path::Path>,
) -> PlanState {
    let mut plan = PlanState::new(directory, options.lang);
    if let Some(dir) = plan_dir {
        plan.open_store(dir);
    }
    plan.prepare_tree();
    plan
}
