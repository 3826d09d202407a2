//! A panic in the TUI gives the terminal back and prints a short message.
//!
//! Debug builds panic right after drawing the first frame when
//! `MAILLAGE_TEST_PANIC` is set (see `tui::event_loop`); release builds ignore
//! it, so the panic test runs in `cargo test`'s default debug build and is
//! marked ignored, with that reason, in a release build (`--release`).
#![cfg(unix)]

use crate::common::pty::{Launch, Session, assert_terminal_restored};

/// Raw mode: neither `ICANON` nor `ECHO` among the flags (`ECHOE` etc. are
/// other flags, hence whole words).
fn is_raw(modes: &str) -> bool {
    let flags: Vec<&str> = modes
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .collect();
    !flags.contains(&"ICANON") && !flags.contains(&"ECHO")
}

#[test]
fn the_terminal_is_raw_while_the_tui_runs_and_cooked_after_quitting() {
    // The check below must be able to fail: raw mode is visible here.
    let mut app = Session::start(Launch::default());
    app.wait_for("Assises sociales");
    let running = app.local_modes().expect("termios readable on a pty");
    assert!(is_raw(&running), "raw mode while running: {running}");
    app.quit();
    let after = app.local_modes().unwrap();
    assert!(!is_raw(&after), "cooked after quitting: {after}");
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the MAILLAGE_TEST_PANIC hook exists only in debug builds"
)]
fn a_panic_restores_the_terminal_and_prints_a_short_message() {
    let mut app = Session::start(Launch {
        // RUST_BACKTRACE asks for the standard message: keep it off here.
        env: &[("MAILLAGE_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")],
        ..Launch::default()
    });
    let code = app.wait_exit();
    assert_eq!(code, 101, "a panic exits with Rust's panic code");
    let raw = app.raw_output();
    let text = String::from_utf8_lossy(&raw).into_owned();

    // It did take the terminal: alternate screen, mouse, hidden cursor...
    for (what, sequence) in [
        ("entered the alternate screen", "\x1b[?1049h"),
        ("enabled the mouse", "\x1b[?1000h"),
    ] {
        assert!(text.contains(sequence), "never {what}: {text:?}");
    }
    // ...and gave every bit of it back, as the emulator's state shows.
    assert_terminal_restored(&app);
    let modes = app.local_modes().expect("termios readable on a pty");
    assert!(!is_raw(&modes), "raw mode left on: {modes}");
    let last = |sequence: &str| text.rfind(sequence);
    assert!(last("\x1b[?1000l") > last("\x1b[?1000h"), "mouse off");
    assert!(last("\x1b[?1049l") > last("\x1b[?1049h"), "main screen");
    let left = last("\x1b[?1049l").unwrap();
    let message = &text[left..];
    assert!(message.contains("\x1b[?25h"), "cursor shown: {message:?}");

    // The message: printed after the restore, short, says what to do.
    let message: String = message
        .split("\x1b[?25h")
        .last()
        .unwrap()
        .replace("\r\n", "\n");
    let message = message.trim();
    assert!(message.contains("internal error"), "{message:?}");
    assert!(
        message.contains("MAILLAGE_TEST_PANIC is set"),
        "{message:?}"
    );
    assert!(message.contains("report"), "{message:?}");
    assert!(message.contains("notes are safe"), "{message:?}");
    assert!(
        message.lines().count() <= 4 && !message.contains("stack backtrace"),
        "not short: {message:?}"
    );
    // The screen shows it, on the main screen.
    app.wait_for("internal error");
}
