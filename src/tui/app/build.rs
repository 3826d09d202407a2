//! Building the app's state from a directory: the search index, themes and
//! plan, on two cores at fair scale.

use std::sync::Arc;

use super::{App, Focus, Options};
use crate::directory::Directory;
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
        App::with_plan_dir(directory, options, book, None)
    }

    /// [`App::with_notes`] with the plan kept in `plan_dir` (`None`: in
    /// memory).
    pub fn with_plan_dir(
        directory: Directory,
        options: Options,
        book: Option<NotesBook>,
        plan_dir: Option<&std::path::Path>,
    ) -> App {
        // The plan's grid, the user's plan file and the shortest-path tree
        // from where the user is, which the first frame's route walks: at
        // 50k stands 10 + 30 ms.
        let plan = || {
            let mut plan = PlanState::new(&directory, options.lang);
            if let Some(dir) = plan_dir {
                plan.open_store(dir);
            }
            plan.prepare_tree();
            plan
        };
        // At fair scale the plan is built on another core while the search
        // index is.
        let (catalog, plan) = rayon::join(|| Catalog::new(&directory), plan);
        let themes: Vec<String> = directory.themes().iter().map(|t| t.to_string()).collect();
        let mut app = App {
            ticked: vec![false; themes.len()],
            themes,
            catalog: Arc::new(catalog),
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
