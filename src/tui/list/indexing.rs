//! The search index, built on a worker thread while the app is already on
//! screen (as helix and television build theirs): the first frame is drawn
//! from the loaded directory at once, typing is accepted meanwhile, and the
//! lists fill in, for what was typed, as soon as the index is ready.
//!
//! The run loop owns the thread ([`spawn`]) and hands the finished catalog
//! over as [`Action::Indexed`](crate::tui::Action::Indexed); until then the
//! app searches an empty catalog and the lists say how far the index is.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};

use crate::directory::Directory;
use crate::search::catalog::Catalog;
use crate::tui::app::App;

/// How far the index being built is.
#[derive(Debug)]
pub(crate) struct Indexing {
    /// Records indexed so far, counted by the worker.
    indexed: Arc<AtomicUsize>,
    /// Records in all.
    total: usize,
}

impl Indexing {
    pub(crate) fn new(indexed: Arc<AtomicUsize>, directory: &Directory) -> Self {
        Indexing {
            indexed,
            total: Catalog::records(directory),
        }
    }
}

/// Builds `directory`'s catalog on a new thread, counting the records
/// indexed in `indexed`; the catalog arrives on the returned channel (which
/// disconnects without it if the build panicked).
pub fn spawn(directory: Arc<Directory>, indexed: Arc<AtomicUsize>) -> Receiver<Catalog> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let catalog = Catalog::counting(&directory, &indexed);
        give_back_freed_memory();
        // The app may have quit meanwhile: nobody to tell.
        let _ = sender.send(catalog);
    });
    receiver
}

/// Hands the pages the index's build freed back to the system. The build's
/// scratch buffers are freed on the worker threads, in the allocator's
/// per-thread heaps, which glibc shrinks only from their top: at 50k stands
/// about 1.5 MB of free pages stayed resident for the app's whole life.
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free pages; it is safe from any
    // thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

impl App {
    /// Whether the search index is still being built.
    pub fn is_indexing(&self) -> bool {
        self.indexing.is_some()
    }

    /// The line a list shows while the index is built, e.g.
    /// `indexing… 12,000/117,500`; `None` once it is ready.
    pub(crate) fn indexing_line(&self) -> Option<String> {
        let indexing = self.indexing.as_ref()?;
        let done = indexing.indexed.load(Ordering::Relaxed).min(indexing.total);
        Some((self.text.indexing)(done, indexing.total))
    }

    /// The index is ready: the lists are searched for what was typed
    /// meanwhile.
    pub(crate) fn indexed(&mut self, catalog: Arc<Catalog>) {
        self.catalog = catalog;
        self.indexing = None;
        self.refresh_results();
    }
}
