//! The app makes no network connection: every command, and the TUI, run
//! under `strace -f -e trace=network` and no internet socket is ever created.
//!
//! Needs `strace` (`.ci/run` installs it) and permission to trace: without
//! them these tests fail and say how to get them, rather than pass without
//! having looked. A control run of a process that does open a socket proves
//! the check can see one.
#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::cli::{BIN, Run, this_test_binary_running};
use crate::common::fixtures::fixture_arg;
use crate::common::pty::{Launch, Session};

/// Panics, saying why and what to do, unless strace can trace here.
fn require_strace() {
    let problem = match Command::new("strace")
        .args(["-f", "-o", "/dev/null", "true"])
        .output()
    {
        Err(e) => format!(
            "strace cannot be run ({e}): install it (Debian/Ubuntu: `apt-get install strace`, \
             Fedora: `dnf install strace`)"
        ),
        Ok(out) if !out.status.success() => format!(
            "strace cannot trace here (a container without ptrace?): {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ),
        Ok(_) => return,
    };
    panic!(
        "{problem}. These tests prove maillage opens no internet socket; \
         to run the others without them: cargo test -- --skip no_network::"
    );
}

fn strace_args(log: &Path) -> Vec<String> {
    ["-f", "-qq", "-e", "trace=network", "-o"]
        .iter()
        .map(|s| s.to_string())
        .chain([log.display().to_string()])
        .collect()
}

/// Internet sockets and connections in a strace log.
fn network_calls(log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(log).expect("strace wrote its log");
    text.lines()
        .filter(|l| {
            l.contains("AF_INET")
                || l.contains("AF_INET6")
                || l.contains("connect(")
                || l.contains("sendto(")
        })
        .map(str::to_string)
        .collect()
}

fn traced(log: &Path, args: &[&str], config: &Path) {
    Command::new("strace")
        .args(strace_args(log))
        .arg(BIN)
        .args(args)
        .env("MAILLAGE_CONFIG_DIR", config)
        .run_ok();
}

#[test]
fn no_command_opens_an_internet_socket() {
    require_strace();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let hostile = fixture_arg("hostile/hostile.json");
    let csv = fixture_arg("import/en-comma.csv");
    let export = out.join("notes.vcf").display().to_string();
    let imported = out.join("imported.json").display().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["search", "croix rouge"],
        vec!["search", "--json", "rouge"],
        vec!["--data", &hostile, "search", "rouge"],
        vec!["check", &hostile],
        vec!["--data", &hostile, "route", "entrance", "H2"],
        vec!["notes", "add", "--name", "Ada", "--org", "Croix-Rouge"],
        vec!["notes", "list"],
        vec!["notes", "export", "--format", "vcard", "--output", &export],
        vec!["import", &csv, "--output", &imported],
    ];
    for (i, args) in commands.iter().enumerate() {
        let log = dir.path().join(format!("strace-{i}.log"));
        traced(&log, args, &config);
        let calls = network_calls(&log);
        assert!(calls.is_empty(), "{args:?} used the network: {calls:#?}");
    }
    println!("{} commands traced, no internet socket", commands.len());
}

#[test]
fn the_tui_opens_no_internet_socket() {
    require_strace();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("strace-tui.log");
    let strace = strace_args(&log);
    let strace: Vec<&str> = ["strace"]
        .into_iter()
        .chain(strace.iter().map(String::as_str))
        .collect();
    let data = fixture_arg("valid/tui-sample.json");
    let mut app = Session::start(Launch {
        wrapper: &strace,
        args: &["--data", &data],
        cols: 100,
        rows: 30,
        ..Launch::default()
    });
    // A drawn screen, a search, a detail opened, quit.
    app.wait_for("Stands");
    app.type_text("croix\r");
    app.wait_for("Croix-Rouge");
    app.quit();
    let calls = network_calls(&log);
    assert!(calls.is_empty(), "the TUI used the network: {calls:#?}");
}

/// Not a test on its own: the control below runs it under strace.
#[test]
#[ignore = "run by the_check_sees_a_socket_when_there_is_one"]
fn control_opens_a_socket() {
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    socket.send_to(b"x", socket.local_addr().unwrap()).unwrap();
}

#[test]
fn the_check_sees_a_socket_when_there_is_one() {
    require_strace();
    let dir = tempfile::tempdir().unwrap();
    let log: PathBuf = dir.path().join("strace-control.log");
    let control = this_test_binary_running("no_network::control_opens_a_socket");
    Command::new("strace")
        .args(strace_args(&log))
        .arg(control.get_program())
        .args(control.get_args())
        .run_ok();
    let calls = network_calls(&log);
    assert!(
        calls.iter().any(|c| c.contains("AF_INET")),
        "the control's socket was not seen: {calls:?}"
    );
}
