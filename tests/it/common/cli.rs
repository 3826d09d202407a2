//! The real `maillage` binary, run as a command in a known environment.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The binary Cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_maillage");

/// `maillage` as a command whose output does not depend on the machine:
/// messages in English (`LANG=C.UTF-8`, `LC_ALL` and `LC_MESSAGES` unset:
/// the first one set decides), colours allowed (`NO_COLOR` unset), notes and
/// plan in [`unused_config_dir`] unless the test gives its own
/// (`.env("MAILLAGE_CONFIG_DIR", …)` or `--config-dir`). A test changes any
/// of it, e.g. `.env("LANG", "fr_LU.UTF-8")`.
pub fn maillage() -> Command {
    let mut command = Command::new(BIN);
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR")
        .env("MAILLAGE_CONFIG_DIR", unused_config_dir());
    command
}

/// [`maillage`] keeping its notes and plan in `config`.
pub fn maillage_in(config: &Path) -> Command {
    let mut command = maillage();
    command.env("MAILLAGE_CONFIG_DIR", config);
    command
}

/// A folder for a test's notes and plan, removed when dropped.
pub fn config_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Where commands of tests that give no configuration folder keep notes and
/// plan: never the user's own, and never written by a test (a test that
/// writes notes or a plan gives its own [`config_dir`]).
pub fn unused_config_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("maillage-config-of-no-test")
}

/// Running a command and reading what it did.
pub trait Run {
    /// Runs it with an empty stdin; panics only if it cannot start.
    fn run(&mut self) -> Output;
    /// Runs it with `input` on stdin.
    fn run_with_stdin(&mut self, input: &str) -> Output;
    /// Runs it and asserts it succeeded, showing its stderr if not.
    fn run_ok(&mut self) -> Output;
}

impl Run for Command {
    fn run(&mut self) -> Output {
        self.stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {self:?}: {e}"))
    }

    fn run_with_stdin(&mut self, input: &str) -> Output {
        let mut child = self
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {self:?}: {e}"));
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn run_ok(&mut self) -> Output {
        let out = self.run();
        assert!(
            out.status.success(),
            "{self:?} failed ({}):\n{}",
            out.status,
            stderr(&out)
        );
        out
    }
}

/// What the command printed on stdout; panics if it is not UTF-8.
pub fn stdout(out: &Output) -> String {
    utf8("stdout", &out.stdout)
}

/// What the command printed on stderr; panics if it is not UTF-8.
pub fn stderr(out: &Output) -> String {
    utf8("stderr", &out.stderr)
}

fn utf8(stream: &str, bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap_or_else(|e| {
        panic!(
            "{stream} is not UTF-8 ({e}): {:?}",
            String::from_utf8_lossy(bytes)
        )
    })
}

/// This test binary running one of its own `#[ignore]`d tests, `name` being
/// its path in the crate (`notes_crash::looping_writer`): for tests that need
/// test code in another process.
pub fn this_test_binary_running(name: &str) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("the test binary"));
    command.args(["--ignored", "--exact", name, "--nocapture"]);
    command
}
