//! The terminal user interface: state + action → state, and a view that only draws.
//!
//! - [`action`]: what can happen; [`keymap`]: the one key table (handling,
//!   help and hint bar); [`app`]: the state, composed of the features, and
//!   `update`, which hands each action to its feature; [`view`](mod@view):
//!   the frame, drawn from the features' own drawing.
//! - One folder per feature, each with its state, its part of `update` and
//!   its drawing: [`list`] (search line and results), [`detail`], [`plan`],
//!   [`visit`] ("Ma visite"), [`notes`] (list, detail, form, editor),
//!   [`help`], [`themes`] (the theme filter), [`card`] (your card as a QR
//!   code); [`confirm`] is the yes/no
//!   question they share; [`undo`] takes the last changes back.
//! - [`run`] owns the terminal: it sets it up, restores it on every way out
//!   (quit, error, panic), and turns events into actions.

pub mod action;
pub mod app;
pub mod card;
pub mod confirm;
pub mod detail;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod notes;
pub mod plan;
pub mod programme;
pub mod style;
pub mod tab;
#[cfg(test)]
mod testing;
pub mod themes;
pub mod undo;
pub mod view;
pub mod visit;
mod wrap;

pub use action::Action;
pub use app::{App, Focus, Options, Popup};
pub use tab::Tab;
pub use view::view;

use std::io::{self, stdout};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::TryRecvError;
use std::sync::{Arc, Once};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::notes::NotesBook;

use notes::Effect;
use style::Styles;

/// How long the run loop waits for input before a tick (which picks up
/// notes saved by another instance).
const TICK: Duration = Duration::from_millis(500);
/// How often the screen shows the index's progress while it is built.
const INDEXING_TICK: Duration = Duration::from_millis(10);

/// Whether the TUI holds the terminal, so a panic knows to give it back.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

/// Runs the TUI on `directory` until the user quits, speaking `lang`. Notes
/// and the visit plan are kept in `config_dir` (`None`: nowhere to keep them;
/// notes show as unavailable and the plan lives in memory only).
/// `directory` has been validated.
pub fn run(directory: Directory, config_dir: Option<PathBuf>, lang: Lang) -> io::Result<()> {
    // Opening never fails and never writes: an unreadable file is shown in the TUI.
    let book = config_dir
        .as_deref()
        .map(|dir| NotesBook::open_in(dir, &directory.event.id));
    HOOK.call_once(install_panic_hook);
    ACTIVE.store(true, Ordering::SeqCst);
    let result = enter().and_then(|()| event_loop(directory, book, config_dir.as_deref(), lang));
    // Whatever happened, the terminal is put back before returning.
    let restored = restore();
    result.and(restored)
}

fn event_loop(
    directory: Directory,
    book: Option<NotesBook>,
    plan_dir: Option<&std::path::Path>,
    lang: Lang,
) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    let size = terminal.size()?;
    let options = Options {
        no_color: Styles::from_env().no_color,
        width: size.width,
        height: size.height,
        lang,
    };
    // The first frame is drawn from the loaded directory; then the search
    // index is built on a worker thread, and typing is accepted at once.
    // Started after the frame, not before: the index keeps both cores busy,
    // and the app's state (the plan's grid, its routes) shares them.
    let directory = Arc::new(directory);
    let indexed = Arc::new(AtomicUsize::new(0));
    let mut app = App::indexing(
        Arc::clone(&directory),
        Arc::clone(&indexed),
        options,
        book,
        plan_dir,
    );
    if let Some(dir) = plan_dir {
        app.open_card_store(dir);
    }
    terminal.draw(|frame| view(&app, frame))?;
    let mut index = Some(list::indexing::spawn(directory, indexed));
    // Test hook (debug builds only): tests/it/e2e_panic.rs proves that a panic
    // gives the terminal back.
    #[cfg(debug_assertions)]
    if std::env::var_os("MAILLAGE_TEST_PANIC").is_some() {
        panic!("MAILLAGE_TEST_PANIC is set");
    }
    while !app.should_quit() {
        // Wait for input, but not for ever: the tick reloads notes changed
        // elsewhere. Work left for after the frame is done only when no
        // input is waiting, so keys always come first.
        let pending = app.has_pending_work();
        // While the index is built the screen shows its progress: redrawn
        // often, the first results come as soon as it is ready.
        let wait = match (&index, pending) {
            (_, true) => Duration::ZERO,
            (Some(_), false) => INDEXING_TICK,
            (None, false) => TICK,
        };
        if event::poll(wait)? {
            let event = event::read()?;
            if let Some(action) = keymap::action_for_event(&event, &app.contexts()) {
                app.update(action);
            }
        } else if pending {
            app.update(Action::CatchUp);
        } else if index.is_none() {
            app.update(Action::Tick);
        }
        if let Some(effect) = app.take_effect() {
            let answer = perform(effect, &mut terminal)?;
            app.update(answer);
        }
        // Checked after the wait, right before drawing: a finished index is
        // on screen at once, not after the next key or tick.
        if let Some(receiver) = &index {
            match receiver.try_recv() {
                Ok(catalog) => {
                    app.update(Action::Indexed(Arc::new(catalog)));
                    index = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    return Err(io::Error::other("the search index could not be built"));
                }
            }
        }
        if app.should_quit() {
            break;
        }
        // A resize can be missed (or arrive late); the drawn size is the truth.
        let size = terminal.size()?;
        if (size.width, size.height) != (app.width, app.height) {
            app.update(Action::Resize {
                width: size.width,
                height: size.height,
            });
        }
        terminal.draw(|frame| view(&app, frame))?;
    }
    Ok(())
}

/// Does what `update` asked for outside the state, and returns the action
/// that tells the app how it went.
fn perform(
    effect: Effect,
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
) -> io::Result<Action> {
    match effect {
        Effect::EditText { text, dir } => {
            // The editor gets the terminal as the shell left it.
            suspend()?;
            let result = notes::editor::edit(&text, dir.as_deref());
            enter()?;
            // A fresh terminal redraws every cell. (`Terminal::clear` would
            // ask the terminal where its cursor is, and not all answer.)
            execute!(stdout(), Clear(ClearType::All))?;
            *terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
            Ok(Action::EditorReturned(result))
        }
    }
}

/// Hands the terminal over (to the editor) without ending the TUI.
fn suspend() -> io::Result<()> {
    let raw = disable_raw_mode();
    let screen = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
    raw.and(screen)
}

fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
}

/// Puts the terminal back as it was: every step is tried even if one fails.
/// Does nothing once done, so a later panic prints on a clean screen.
fn restore() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let raw = disable_raw_mode();
    let screen = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
    raw.and(screen)
}

/// Restores the terminal before the panic message is printed, so it is
/// readable and the shell is usable afterwards. The message is short and
/// says what to do; the standard one (and a backtrace) only on request,
/// with `RUST_BACKTRACE` set (not to 0).
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        if std::env::var("RUST_BACKTRACE").is_ok_and(|v| v != "0") {
            previous(info);
            return;
        }
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
            .unwrap_or("unknown error");
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "maillage {} stopped on an internal error{place}: {}\n\
             Your saved notes are safe. Please report this bug to the maillage project \
             (its issue tracker, or whoever gave you maillage) with this message \
             and what you were doing.",
            env!("CARGO_PKG_VERSION"),
            crate::sanitize::for_display(what),
        );
    }));
}
