//! The binary in a shell: `maillage completions` and `maillage man` come
//! from the clap definition (they name the real subcommands and options),
//! and the app run without a terminal says what to use instead.

use crate::common::cli::{Run, maillage, stderr, stdout};

/// The exit code and the output of `maillage ARGS`.
fn run(args: &[&str]) -> (i32, String) {
    let out = maillage().args(args).run();
    (out.status.code().unwrap_or(-1), stdout(&out))
}

#[test]
fn bash_completion_knows_the_subcommands_and_options() {
    let (code, script) = run(&["completions", "bash"]);
    assert_eq!(code, 0);
    for word in [
        "search", "check", "notes", "route", "import", "--data", "--kind",
    ] {
        assert!(script.contains(word), "bash completion lacks {word}");
    }
}

#[test]
fn zsh_and_fish_completions_are_generated() {
    let (code, zsh) = run(&["completions", "zsh"]);
    assert_eq!(code, 0);
    assert!(
        zsh.starts_with("#compdef maillage"),
        "{}",
        &zsh[..40.min(zsh.len())]
    );
    let (code, fish) = run(&["completions", "fish"]);
    assert_eq!(code, 0);
    assert!(fish.contains("complete -c maillage"));
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let (code, _) = run(&["completions", "tcsh"]);
    assert_eq!(code, 2);
}

#[test]
fn the_man_page_is_roff_with_the_commands() {
    let (code, page) = run(&["man"]);
    assert_eq!(code, 0);
    assert!(
        page.contains(".TH maillage"),
        "{}",
        &page[..80.min(page.len())]
    );
    assert!(page.contains("search"));
    assert!(page.contains("\\-\\-data"));
}

/// Without a terminal (a pipe, a file, /dev/null) the app says in one line,
/// in the user's language, what to use instead, writes no escape code, and
/// exits as for a usage error.
#[test]
fn the_app_without_a_terminal_points_to_the_commands_in_one_line() {
    for (lang, words) in [("en", "needs a terminal"), ("fr", "besoin d'un terminal")] {
        let out = maillage()
            .args(["--lang", lang])
            .stdin(std::process::Stdio::null())
            .run();
        assert_eq!(out.status.code(), Some(2), "{lang}");
        assert!(out.stdout.is_empty(), "{lang}: {:?}", out.stdout);
        let message = stderr(&out);
        assert_eq!(message.lines().count(), 1, "{lang}: {message}");
        assert!(message.contains(words), "{lang}: {message}");
        assert!(message.contains("maillage search"), "{lang}: {message}");
        assert!(!message.contains('\x1b'), "{lang}: {message:?}");
    }
}
