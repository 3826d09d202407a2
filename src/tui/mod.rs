//! The terminal user interface: state + action → state, and a view that only draws.
//!
//! - [`action`]: what can happen; [`keymap`]: the one key table (handling,
//!   help and hint bar); [`app`]: the state and `update`; [`view`]: drawing.
//! - [`run`] owns the terminal: it sets it up, restores it on every way out
//!   (quit, error, panic), and turns events into actions.

pub mod action;
pub mod app;
pub mod detail;
pub mod keymap;
pub mod layout;
pub mod style;
pub mod tab;
pub mod text;
pub mod view;
mod wrap;

pub use action::Action;
pub use app::{App, Focus, Options, Popup};
pub use tab::Tab;
pub use view::view;

use std::io::{self, stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::directory::Directory;

use style::Styles;

/// Whether the TUI holds the terminal, so a panic knows to give it back.
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

/// Runs the TUI on `directory` until the user quits.
pub fn run(directory: Directory) -> io::Result<()> {
    HOOK.call_once(install_panic_hook);
    ACTIVE.store(true, Ordering::SeqCst);
    let result = enter().and_then(|()| event_loop(directory));
    // Whatever happened, the terminal is put back before returning.
    let restored = restore();
    result.and(restored)
}

fn event_loop(directory: Directory) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    let size = terminal.size()?;
    let options = Options {
        no_color: Styles::from_env().no_color,
        width: size.width,
        height: size.height,
    };
    let mut app = App::new(directory, options);
    terminal.draw(|frame| view(&app, frame))?;
    // Test hook (debug builds only): tests/e2e_panic.rs proves that a panic
    // gives the terminal back.
    #[cfg(debug_assertions)]
    if std::env::var_os("MAILLAGE_TEST_PANIC").is_some() {
        panic!("MAILLAGE_TEST_PANIC is set");
    }
    while !app.should_quit() {
        // Blocking read: the screen is redrawn only after something happened.
        let event = event::read()?;
        if let Some(action) = keymap::action_for_event(&event, &app.contexts()) {
            app.update(action);
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
