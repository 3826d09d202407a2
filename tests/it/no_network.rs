//! The app makes no network connection: every command, and the TUI, run
//! under `strace -f -e trace=network` and no internet socket is ever created.
//!
//! Needs `strace` (Debian: `apt-get install strace`) and permission to trace;
//! without them the tests print why and skip. A control run of a process
//! that does open a socket proves the check can see one.
#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_maillage");

/// Why strace cannot be used here, if it cannot.
fn strace_unavailable() -> Option<String> {
    match Command::new("strace")
        .args(["-f", "-o", "/dev/null", "true"])
        .output()
    {
        Err(e) => Some(format!("strace not found ({e}); apt-get install strace")),
        Ok(out) if !out.status.success() => Some(format!(
            "strace cannot trace here: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Ok(_) => None,
    }
}

macro_rules! require_strace {
    () => {
        if let Some(reason) = strace_unavailable() {
            eprintln!("skipped: {reason}");
            return;
        }
    };
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
    let out = Command::new("strace")
        .args(strace_args(log))
        .arg(BIN)
        .args(args)
        .env("MAILLAGE_CONFIG_DIR", config)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_command_opens_an_internet_socket() {
    require_strace!();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let hostile = fixture("hostile/hostile.json");
    let csv = fixture("import/en-comma.csv");
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
    require_strace!();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("strace-tui.log");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new("strace");
    cmd.args(strace_args(&log));
    cmd.args([BIN, "--data", &fixture("valid/tui-sample.json")]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("MAILLAGE_CONFIG_DIR", dir.path().join("config"));
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    // Wait for a drawn screen, search, open a detail, quit.
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let wait_for = |seen: &mut Vec<u8>, text: &str| {
        let start = Instant::now();
        while !String::from_utf8_lossy(seen).contains(text) {
            assert!(start.elapsed() < Duration::from_secs(30), "no {text:?}");
            if let Ok(bytes) = rx.recv_timeout(Duration::from_millis(100)) {
                seen.extend(bytes);
            }
        }
    };
    wait_for(&mut seen, "Stands");
    writer.write_all(b"croix\r").unwrap();
    wait_for(&mut seen, "Croix-Rouge");
    writer.write_all(b"\x03").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
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
    require_strace!();
    let dir = tempfile::tempdir().unwrap();
    let log: PathBuf = dir.path().join("strace-control.log");
    let out = Command::new("strace")
        .args(strace_args(&log))
        .arg(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "no_network::control_opens_a_socket"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let calls = network_calls(&log);
    assert!(
        calls.iter().any(|c| c.contains("AF_INET")),
        "the control's socket was not seen: {calls:?}"
    );
}
