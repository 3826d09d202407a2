//! `maillage search`: the app's engine and ranking, for scripts; its exit
//! status says whether anything matched, as grep and fzf do.

use crate::common::cli::{Run, maillage, stdout};

#[test]
fn a_match_is_printed_and_exits_zero() {
    let out = maillage().args(["search", "croix rouge"]).run_ok();
    let lines = stdout(&out);
    assert!(lines.contains("stand\tA3\tCroix-Rouge"), "{lines}");
    assert!(lines.contains("org\tcroix-rouge\tCroix-Rouge"), "{lines}");
}

#[test]
fn nothing_matching_prints_nothing_and_exits_one() {
    let out = maillage().args(["search", "zzqxw"]).run();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let json = maillage().args(["search", "--json", "zzqxw"]).run();
    assert_eq!(json.status.code(), Some(1));
    assert_eq!(stdout(&json).trim(), "[]");
}
