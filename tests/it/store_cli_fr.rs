//! An unusable notes or plan file is explained in French with `--lang fr`.

use std::process::Output;

use crate::common::cli::{Run, maillage, stderr};

fn run(config: &std::path::Path, args: &[&str]) -> Output {
    maillage().arg("--config-dir").arg(config).args(args).run()
}

fn first_line(out: &Output) -> String {
    stderr(out).lines().next().unwrap_or_default().to_string()
}

#[test]
fn a_notes_file_of_another_kind_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    std::fs::write(&path, "{\"format\": \"x\", \"version\": 1}\n").unwrap();
    let out = run(dir.path(), &["--lang", "fr", "notes", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        first_line(&out),
        format!(
            "{}:1:2: ce n'est pas un fichier de notes maillage : \"format\" vaut \"x\", \"maillage-notes\" attendu",
            path.display()
        )
    );
}

#[test]
fn a_truncated_plan_file_in_french_and_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, "{\"format\": \"maillage-plan\", \"version\": 1,\n").unwrap();
    let out = run(dir.path(), &["--lang", "fr", "plan"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        first_line(&out),
        format!(
            "maillage: {}:2:1: le fichier se termine dans un objet (il manque une `}}`)",
            path.display()
        )
    );
    let out = run(dir.path(), &["plan"]);
    assert_eq!(
        first_line(&out),
        format!(
            "maillage: {}:2:1: the file ends inside an object (a `}}` is missing)",
            path.display()
        )
    );
}
