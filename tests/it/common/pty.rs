//! Drives the real `maillage` binary in a pseudo-terminal and reads its screen
//! through a VT100 emulator, as a person at a terminal would.
//!
//! A screen is read only once it is whole: every wait returns when the
//! screen shows what the test expects *and* has settled (no byte written for
//! [`SETTLE`]), so a frame still being drawn is never asserted on. There is
//! no fixed delay anywhere: the [`DEADLINE`] only turns a hang into a
//! failure, it never measures speed.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

use super::cli::BIN;

/// How long to wait for the screen to show something before failing.
pub const DEADLINE: Duration = Duration::from_secs(20);

/// How long the program must have written nothing for its screen to count
/// as drawn. A frame is written in a few writes microseconds apart; this
/// leaves a loaded machine a wide margin.
pub const SETTLE: Duration = Duration::from_millis(150);

/// What the program wrote, as the reader thread saw it.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// When the last byte arrived.
    last: Instant,
    /// The terminal was closed: the program and everything it started exited.
    closed: bool,
}

pub struct Session {
    output: Arc<(Mutex<Output>, Condvar)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// The configuration folder, when the test gave none.
    _config: Option<tempfile::TempDir>,
}

/// What to launch.
pub struct Launch<'a> {
    pub args: &'a [&'a str],
    pub env: &'a [(&'a str, &'a str)],
    pub cols: u16,
    pub rows: u16,
    /// Notes and plan folder (`MAILLAGE_CONFIG_DIR`); a new empty one if `None`.
    pub config_dir: Option<&'a Path>,
    /// A program maillage runs under, with its arguments (e.g. `strace …`):
    /// the command becomes `wrapper… maillage args…`.
    pub wrapper: &'a [&'a str],
}

impl Default for Launch<'_> {
    fn default() -> Self {
        Launch {
            args: &[],
            env: &[],
            cols: 120,
            rows: 40,
            config_dir: None,
            wrapper: &[],
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
        let mut cmd = match launch.wrapper {
            [] => CommandBuilder::new(BIN),
            [program, args @ ..] => {
                let mut cmd = CommandBuilder::new(program);
                cmd.args(args);
                cmd.arg(BIN);
                cmd
            }
        };
        cmd.args(launch.args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // English unless a test passes a French LANG in `Launch::env`.
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        let own_config = match launch.config_dir {
            Some(_) => None,
            None => Some(super::cli::config_dir()),
        };
        let config = launch
            .config_dir
            .or(own_config.as_ref().map(|d| d.path()))
            .unwrap();
        cmd.env("MAILLAGE_CONFIG_DIR", config);
        for (k, v) in launch.env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn maillage");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let rows = NonZeroU16::new(launch.rows).expect("rows > 0");
        let cols = NonZeroU16::new(launch.cols).expect("cols > 0");
        let output = Arc::new((
            Mutex::new(Output {
                parser: vt100::Parser::new(rows, cols, 0),
                raw: Vec::new(),
                last: Instant::now(),
                closed: false,
            }),
            Condvar::new(),
        ));
        {
            let output = Arc::clone(&output);
            std::thread::spawn(move || {
                let (state, changed) = &*output;
                let mut buf = [0u8; 8192];
                loop {
                    let n = match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let mut state = state.lock().unwrap();
                    state.raw.extend_from_slice(&buf[..n]);
                    state.parser.process(&buf[..n]);
                    state.last = Instant::now();
                    changed.notify_all();
                }
                state.lock().unwrap().closed = true;
                changed.notify_all();
            });
        }
        Session {
            output,
            writer,
            child,
            master: pty.master,
            _config: own_config,
        }
    }

    fn output(&self) -> MutexGuard<'_, Output> {
        self.output.0.lock().unwrap()
    }

    /// Waits until `ready` holds and the screen has settled, or the deadline
    /// passes (then panics, saying what was awaited and showing the screen).
    fn wait(&self, what: &str, ready: impl Fn(&Output) -> bool) -> MutexGuard<'_, Output> {
        let (_, changed) = &*self.output;
        let deadline = Instant::now() + DEADLINE;
        let mut output = self.output();
        loop {
            let now = Instant::now();
            let quiet = now.duration_since(output.last);
            let wake = if !ready(&output) {
                if output.closed {
                    panic!(
                        "maillage's terminal closed while waiting for {what}; the screen shows:\n{}",
                        output.parser.screen().contents()
                    );
                }
                deadline
            } else if output.closed || quiet >= SETTLE {
                return output;
            } else {
                (output.last + SETTLE).min(deadline)
            };
            if now >= deadline {
                let state = if ready(&output) {
                    format!("it came but the screen never settled (output every < {SETTLE:?})")
                } else {
                    "it never came".to_string()
                };
                panic!(
                    "waited {DEADLINE:?} for {what}: {state}; the screen shows:\n{}",
                    output.parser.screen().contents()
                );
            }
            output = changed.wait_timeout(output, wake - now).unwrap().0;
        }
    }

    /// Waits until the screen satisfies `pred` and has settled; returns it.
    /// Panics with the screen if that does not happen within [`DEADLINE`].
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let output = self.wait(what, |o| pred(&o.parser.screen().contents()));
        output.parser.screen().contents()
    }

    /// Waits until the screen contains `text` and has settled; returns it.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Waits until the program has written nothing for [`SETTLE`]; returns
    /// the screen. For assertions that something is *not* shown.
    pub fn wait_settled(&self) -> String {
        self.wait_until("the screen to settle", |_| true)
    }

    /// Runs `check` on the emulated screen once it has settled.
    pub fn with_screen<T>(&self, check: impl FnOnce(&vt100::Screen) -> T) -> T {
        let output = self.wait("the screen to settle", |_| true);
        check(output.parser.screen())
    }

    /// Every byte the program wrote so far (all of it after [`Session::wait_exit`]).
    pub fn raw_output(&self) -> Vec<u8> {
        self.output().raw.clone()
    }

    /// The terminal's local modes (`ICANON`, `ECHO`, …) as text, read from
    /// the pseudo-terminal: raw mode is the absence of `ICANON` and `ECHO`.
    /// `None` where the platform cannot tell.
    pub fn local_modes(&self) -> Option<String> {
        self.master
            .get_termios()
            .map(|t| format!("{:?}", t.local_flags))
    }

    /// Types text or control bytes, all in one write.
    pub fn send(&mut self, bytes: &str) {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Types text. The keys arrive together, as from a fast typist or a
    /// paste without bracketing; wait for what they should show.
    pub fn type_text(&mut self, text: &str) {
        self.send(text);
    }

    /// A left click on the cell at `column`, `row` (from 0, as on screen):
    /// press and release, as xterm reports them in SGR mode (which maillage
    /// turns on with the mouse).
    pub fn click(&mut self, column: u16, row: u16) {
        let (x, y) = (column + 1, row + 1);
        self.send(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    }

    /// One notch of the mouse wheel over `column`, `row`: `up` away from
    /// the user.
    pub fn wheel(&mut self, up: bool, column: u16, row: u16) {
        let button = if up { 64 } else { 65 };
        self.send(&format!("\x1b[<{button};{};{}M", column + 1, row + 1));
    }

    /// Where `text` first appears on the screen, left of `max_column`: its
    /// first character's column and row. The screen must have settled.
    pub fn find_on_screen(&self, text: &str, max_column: u16) -> Option<(u16, u16)> {
        self.with_screen(|screen| {
            let (rows, cols) = screen.size();
            let end = u16::from(cols).min(max_column);
            (0..u16::from(rows)).find_map(|row| {
                let line = screen.contents_between(row, 0, row, end);
                line.find(text)
                    .map(|at| (line[..at].chars().count() as u16, row))
            })
        })
    }

    /// Types `query` into the search line and waits until the line shows it
    /// and the screen has settled, so the results drawn are the query's
    /// (a key sent next acts on them); returns the screen.
    pub fn search(&mut self, query: &str) -> String {
        self.type_text(query);
        self.wait_until(&format!("the search line to show {query:?}"), |screen| {
            screen.lines().any(|line| {
                ["Search: ", "Rechercher : "]
                    .iter()
                    .any(|label| line.starts_with(&format!("{label}{query}")))
            })
        })
    }

    /// Waits for the program to exit and its terminal to close (so
    /// [`Session::raw_output`] holds everything it wrote); returns its exit
    /// code.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + DEADLINE;
        let (_, changed) = &*self.output;
        let mut output = self.output.0.lock().unwrap();
        loop {
            if output.closed
                && let Some(status) = self.child.try_wait().expect("poll child")
            {
                return status.exit_code();
            }
            let now = Instant::now();
            if now >= deadline {
                drop(output);
                let _ = self.child.kill();
                panic!(
                    "maillage did not exit within {DEADLINE:?}; the screen shows:\n{}",
                    self.output().parser.screen().contents()
                );
            }
            // The reader wakes us when the terminal closes; the child's exit
            // status is polled when it does, or at least every 50 ms.
            let wake = (deadline - now).min(Duration::from_millis(50));
            output = changed.wait_timeout(output, wake).unwrap().0;
        }
    }

    /// Quits with Ctrl-C, as a person always can, and asserts a clean exit
    /// and a terminal given back as it was found.
    pub fn quit(&mut self) {
        self.send("\x03");
        assert_eq!(self.wait_exit(), 0, "exit code after Ctrl-C");
        assert_terminal_restored(self);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
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
