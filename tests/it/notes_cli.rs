//! `maillage notes list|add|export`, run as the real binary.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::common::cli::{Run, maillage, maillage_in, stderr, stdout};

/// `maillage notes ARGS` with its notes in `config`.
fn run_notes(config: &Path, args: &[&str]) -> Output {
    maillage_in(config).arg("notes").args(args).run()
}

/// [`run_notes`] with `input` on stdin.
fn run_notes_with_stdin(config: &Path, args: &[&str], input: &str) -> Output {
    maillage_in(config)
        .arg("notes")
        .args(args)
        .run_with_stdin(input)
}

#[test]
fn add_prints_the_id_and_list_shows_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_notes(
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
    assert!(out.status.success(), "{}", stderr(&out));
    let id = stdout(&out).trim().to_string();
    assert_eq!(id.len(), 36, "a UUID: {id}");
    assert!(stderr(&out).contains("linked to the directory"));

    let out = run_notes(dir.path(), &["list"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        format!("{id}\tAda Exemple\tCroix-Rouge\tnone\n")
    );

    let out = run_notes(dir.path(), &["list", "--json"]);
    let notes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(notes[0]["organisation"]["id"], "croix-rouge");
    assert_eq!(notes[0]["tags"][0], "santé");
    assert_eq!(notes[0]["event"], "assises-sociales-vdl-2022");

    let out = run_notes(dir.path(), &["list", "--follow-up"]);
    assert_eq!(stdout(&out), "", "no open follow-up");
}

#[test]
fn an_unknown_organisation_is_kept_as_typed_and_text_read_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_notes_with_stdin(
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
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run_notes(dir.path(), &["list", "--json"]);
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
        let out = run_notes(dir.path(), &["add", "--name", &name, "--org", org]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = run_notes(dir.path(), &["list", "--json"]);
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
    let out = run_notes(dir.path(), &["add", "--name", "   "]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("name is required"));
    assert!(!dir.path().join("notes.json").exists());

    let out = run_notes(
        dir.path(),
        &["add", "--name", "Ada", "--email", "ada.example.org"],
    );
    assert!(out.status.success());
    assert!(stderr(&out).contains("warning"), "{}", stderr(&out));
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
        let out = run_notes(dir.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = stderr(&out);
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
    maillage()
        .args(["--config-dir"])
        .arg(&folder)
        .args(["notes", "add", "--name", "Ada"])
        .env_remove("MAILLAGE_CONFIG_DIR")
        .run_ok();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder.join("notes.json")), 0o600);
    assert_eq!(mode(&folder), 0o700);
}

#[test]
fn export_writes_to_a_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    run_notes(
        dir.path(),
        &["add", "--name", "Ada Exemple", "--text", "a, b; c"],
    );
    let target = dir.path().join("out").join("contacts.vcf");
    let out = run_notes(
        dir.path(),
        &[
            "export",
            "--format",
            "vcard",
            "-o",
            target.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let card = fs::read_to_string(&target).unwrap();
    assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Exemple\r\n"));
    assert!(card.contains("NOTE:a\\, b\\; c\r\n"));
    let out = run_notes(dir.path(), &["export", "--format", "md"]);
    assert!(stdout(&out).contains("### Ada Exemple"));
    let out = run_notes(dir.path(), &["export", "--format", "csv"]);
    assert!(stdout(&out).starts_with("id,event,name,"));
}

/// `--follow-up` alone is the first step of the TUI's cycle (to do, no date);
/// with a date it takes the three written forms, kept as ISO in the file and
/// shown as the reader expects; a past date is listed first, as overdue.
#[test]
fn add_with_a_follow_up_with_and_without_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let add = |args: &[&str]| {
        let out = run_notes(dir.path(), &[&["add"], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).trim().to_string()
    };
    let undated = add(&["--name", "Anne", "--follow-up"]);
    let later = add(&["--name", "Bea", "--follow-up", "15/12/2099"]);
    let past = add(&["--name", "Zoé", "--follow-up=2020-01-31", "--tag", "x"]);
    let dotted = add(&["--name", "Carl", "--follow-up", "5.3.2099"]);
    let none = add(&["--name", "Dora"]);

    let out = run_notes(dir.path(), &["list", "--json"]);
    let notes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let follow_up = |id: &str| {
        let note = notes.as_array().unwrap().iter().find(|n| n["id"] == id);
        note.unwrap()["follow_up"].clone()
    };
    assert_eq!(follow_up(&undated), serde_json::json!({ "state": "todo" }));
    assert_eq!(
        follow_up(&later),
        serde_json::json!({ "state": "todo", "date": "2099-12-15" })
    );
    assert_eq!(follow_up(&dotted)["date"], "2099-03-05");
    assert_eq!(follow_up(&past)["date"], "2020-01-31");
    assert_eq!(follow_up(&none), serde_json::Value::Null);

    let out = run_notes(dir.path(), &["list"]);
    assert_eq!(
        stdout(&out),
        format!(
            "{past}\tZoé\t\ttodo 31 Jan 2020 overdue\n\
             {undated}\tAnne\t\ttodo\n\
             {later}\tBea\t\ttodo 15 Dec 2099\n\
             {dotted}\tCarl\t\ttodo 5 Mar 2099\n\
             {none}\tDora\t\tnone\n"
        )
    );
    let out = maillage_in(dir.path())
        .args(["notes", "list", "--follow-up"])
        .env("LANG", "fr_FR.UTF-8")
        .run();
    assert_eq!(
        stdout(&out),
        format!(
            "{past}\tZoé\t\ttodo 31/01/2020 en retard\n\
             {dotted}\tCarl\t\ttodo 05/03/2099\n\
             {later}\tBea\t\ttodo 15/12/2099\n\
             {undated}\tAnne\t\ttodo\n"
        )
    );
}

#[test]
fn a_bad_follow_up_date_is_one_line_and_nothing_is_added() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, date, message) in [
        (
            "C.UTF-8",
            "31/11/2026",
            "maillage: there is no such day as \u{201c}31/11/2026\u{201d} \
             (check the day and the month)\n",
        ),
        (
            "fr_FR.UTF-8",
            "demain",
            "maillage: « demain » n'est pas une date : \
             écrivez-la 2026-12-15, 15/12/2026 ou 15.12.2026\n",
        ),
    ] {
        let out = maillage_in(dir.path())
            .args(["notes", "add", "--name", "Ada", "--follow-up", date])
            .env("LANG", lang)
            .run();
        assert_eq!(out.status.code(), Some(1), "{lang} {date}");
        assert_eq!(stderr(&out), message);
        assert_eq!(stdout(&out), "");
    }
    let out = run_notes(dir.path(), &["list"]);
    assert_eq!(stdout(&out), "", "nothing added");
}
