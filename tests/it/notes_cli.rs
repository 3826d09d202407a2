//! `maillage notes list|add|export`, run as the real binary.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn maillage(config: &Path, args: &[&str]) -> Output {
    run_with_stdin(config, args, "")
}

fn run_with_stdin(config: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .arg("notes")
        .args(args)
        .env("MAILLAGE_CONFIG_DIR", config)
        // Messages are asserted in English: the locale must not say French.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn add_prints_the_id_and_list_shows_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let out = maillage(
        dir.path(),
        &[
            "add",
            "--name",
            "Ada Exemple",
            "--org",
            "croix-rouge luxembourgeoise",
            "--tag",
            "santé",
            "--text",
            "Bonjour",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let id = text(&out.stdout).trim().to_string();
    assert_eq!(id.len(), 36, "a UUID: {id}");
    assert!(text(&out.stderr).contains("linked to the directory"));

    let out = maillage(dir.path(), &["list"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout),
        format!("{id}\tAda Exemple\tCroix-Rouge\tnone\n")
    );

    let out = maillage(dir.path(), &["list", "--json"]);
    let notes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(notes[0]["organisation"]["id"], "croix-rouge");
    assert_eq!(notes[0]["tags"][0], "santé");
    assert_eq!(notes[0]["event"], "assises-sociales-vdl-2022");

    let out = maillage(dir.path(), &["list", "--follow-up"]);
    assert_eq!(text(&out.stdout), "", "no open follow-up");
}

#[test]
fn an_unknown_organisation_is_kept_as_typed_and_text_read_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_with_stdin(
        dir.path(),
        &[
            "add",
            "--name",
            "Bruno",
            "--org",
            "Les Voisins asbl",
            "--text",
            "-",
        ],
        "première ligne\nseconde ligne\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = maillage(dir.path(), &["list", "--json"]);
    let notes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        notes[0]["organisation"],
        serde_json::json!({"name": "Les Voisins asbl"})
    );
    assert_eq!(notes[0]["text"], "première ligne\nseconde ligne");
}

/// The organisation each `--org` spelling was linked to (`None`: kept as typed).
fn linked_ids(orgs: &[&str]) -> Vec<Option<String>> {
    let dir = tempfile::tempdir().unwrap();
    for (i, org) in orgs.iter().enumerate() {
        let name = format!("P{i:02}");
        let out = maillage(dir.path(), &["add", "--name", &name, "--org", org]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let out = maillage(dir.path(), &["list", "--json"]);
    let notes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut notes = notes.as_array().unwrap().clone();
    notes.sort_by_key(|n| n["name"].as_str().unwrap().to_string());
    notes
        .iter()
        .map(|n| n["organisation"]["id"].as_str().map(String::from))
        .collect()
}

#[test]
fn an_organisation_typed_loosely_is_linked_when_it_names_one_clearly() {
    let ids = linked_ids(&[
        "inter actions", // folded, it is Inter-Actions' name
        "wunengshelef",  // a typo of a name
        "Red Cross",     // another name the directory gives
        "medecins",      // the start of one name only
        "fondation",     // in several names: ambiguous, kept as typed
        "Les Voisins",   // in none
    ]);
    let id = |s: &str| Some(s.to_string());
    assert_eq!(
        ids,
        [
            id("inter-actions"),
            id("wunnengshellef"),
            id("croix-rouge"),
            id("medecins-du-monde"),
            None,
            None
        ]
    );
}

#[test]
fn an_empty_name_is_refused_and_a_bad_email_warned() {
    let dir = tempfile::tempdir().unwrap();
    let out = maillage(dir.path(), &["add", "--name", "   "]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("name is required"));
    assert!(!dir.path().join("notes.json").exists());

    let out = maillage(
        dir.path(),
        &["add", "--name", "Ada", "--email", "ada.example.org"],
    );
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("warning"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_corrupt_file_stays_byte_for_byte_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let corrupt: &[u8] = b"{\n  \"format\": \"maillage-notes\",\n  \"version\": 1,\n  \"notes\": [ {\"id\": \xff} ]\n";
    fs::write(&path, corrupt).unwrap();
    for args in [
        &["add", "--name", "Ada"][..],
        &["list"][..],
        &["export", "--format", "csv"][..],
    ] {
        let out = maillage(dir.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.starts_with(&format!("{}:4:", path.display())),
            "{stderr}"
        );
        assert!(stderr.contains("left untouched"), "{stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            fs::read(&path).unwrap(),
            corrupt,
            "{args:?} changed the file"
        );
    }
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["notes.json"],
        "no backup, lock or temporary file either"
    );
}

#[cfg(unix)]
#[test]
fn the_file_is_0600_in_a_0700_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("xdg").join("maillage");
    let out = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["--config-dir"])
        .arg(&folder)
        .args(["notes", "add", "--name", "Ada"])
        .env_remove("MAILLAGE_CONFIG_DIR")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder.join("notes.json")), 0o600);
    assert_eq!(mode(&folder), 0o700);
}

#[test]
fn export_writes_to_a_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    maillage(
        dir.path(),
        &["add", "--name", "Ada Exemple", "--text", "a, b; c"],
    );
    let target = dir.path().join("out").join("contacts.vcf");
    let out = maillage(
        dir.path(),
        &[
            "export",
            "--format",
            "vcard",
            "-o",
            target.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let card = fs::read_to_string(&target).unwrap();
    assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Exemple\r\n"));
    assert!(card.contains("NOTE:a\\, b\\; c\r\n"));
    let out = maillage(dir.path(), &["export", "--format", "md"]);
    assert!(text(&out.stdout).contains("### Ada Exemple"));
    let out = maillage(dir.path(), &["export", "--format", "csv"]);
    assert!(text(&out.stdout).starts_with("id,event,name,"));
}
