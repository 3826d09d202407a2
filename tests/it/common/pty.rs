//! Drives the real `maillage` binary in a pseudo-terminal and reads its screen
//! through a VT100 emulator, as a person at a terminal would.
//!
//! Waiting is always "until the screen shows X, or a generous deadline": the
//! deadline only turns a hang into a failure, it never measures speed.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long to wait for the screen to show something before failing.
pub const DEADLINE: Duration = Duration::from_secs(20);

pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    eof: Receiver<()>,
}

/// What to launch.
pub struct Launch<'a> {
    pub args: &'a [&'a str],
    pub env: &'a [(&'a str, &'a str)],
    pub cols: u16,
    pub rows: u16,
    pub config_dir: Option<&'a Path>,
}

impl Default for Launch<'_> {
    fn default() -> Self {
        Launch {
            args: &[],
            env: &[],
            cols: 120,
            rows: 40,
            config_dir: None,
        }
    }
}

impl Session {
    pub fn start(launch: Launch<'_>) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: launch.rows,
                cols: launch.cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_maillage"));
        cmd.args(launch.args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env("LANG", "C.UTF-8");
        // English unless a test passes a French LANG in `Launch::env`.
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        let isolated;
        let config = match launch.config_dir {
            Some(dir) => dir,
            None => {
                isolated =
                    std::env::temp_dir().join(format!("maillage-pty-{}", std::process::id()));
                &isolated
            }
        };
        cmd.env("MAILLAGE_CONFIG_DIR", config);
        // A large directory file would otherwise leave its launch cache in
        // the user's cache folder; a test that wants one passes its own.
        cmd.env("MAILLAGE_CACHE_DIR", config.join("cache"));
        for (k, v) in launch.env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn maillage");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let rows = NonZeroU16::new(launch.rows).expect("rows > 0");
        let cols = NonZeroU16::new(launch.cols).expect("cols > 0");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (eof_tx, eof) = mpsc::channel();
        {
            let parser = Arc::clone(&parser);
            let raw = Arc::clone(&raw);
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            raw.lock().unwrap().extend_from_slice(&buf[..n]);
                            parser.lock().unwrap().process(&buf[..n]);
                        }
                    }
                }
                let _ = eof_tx.send(());
            });
        }
        Session {
            parser,
            raw,
            writer,
            child,
            _master: pty.master,
            eof,
        }
    }

    /// The screen's text, rows joined by newlines.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Runs `check` on the emulated screen.
    pub fn with_screen<T>(&self, check: impl FnOnce(&vt100::Screen) -> T) -> T {
        check(self.parser.lock().unwrap().screen())
    }

    /// Every byte the program wrote so far.
    pub fn raw_output(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// The terminal's local modes (`ICANON`, `ECHO`, …) as text, read from
    /// the pseudo-terminal: raw mode is the absence of `ICANON` and `ECHO`.
    /// `None` where the platform cannot tell.
    pub fn local_modes(&self) -> Option<String> {
        self._master
            .get_termios()
            .map(|t| format!("{:?}", t.local_flags))
    }

    /// Types text or control bytes.
    pub fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Types text one key at a time, as a person does.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(&c.to_string());
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    /// Waits until the screen satisfies `pred`; panics with the screen if it never does.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the screen contains `text`.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Waits for the program to exit; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("poll child") {
                // Let the reader drain what was written before the exit.
                let _ = self.eof.recv_timeout(Duration::from_secs(2));
                return status.exit_code();
            }
            if start.elapsed() > DEADLINE {
                let _ = self.child.kill();
                panic!(
                    "maillage did not exit; the screen shows:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// Asserts the terminal was given back as it was found: main screen, cursor
/// shown, no mouse reporting, and raw mode off (checked by the caller through
/// the last bytes written).
pub fn assert_terminal_restored(session: &Session) {
    session.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor left hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting left on"
        );
    });
}
