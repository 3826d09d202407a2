//! `maillage notes list|add|export|import`, run as the real binary.

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

/// The notes of `config` as `notes list --json` gives them.
fn listed(config: &Path) -> Vec<serde_json::Value> {
    let out = run_notes(config, &["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn given_and_family_names_typed_apart_reach_the_card_and_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let add = |args: &[&str]| {
        let out = run_notes(dir.path(), &[&["add"], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
    };
    add(&["--name", "Jean de La Fontaine"]);
    add(&[
        "--name",
        "Maria Sofia Anna",
        "--given",
        "Maria Sofia",
        "--family",
        "Anna",
    ]);
    let notes = listed(dir.path());
    assert_eq!(notes[1]["given_name"], "Maria Sofia");
    assert!(notes[0].get("given_name").is_none(), "guessed, not stored");
    let out = run_notes(dir.path(), &["export", "--format", "vcard"]);
    let cards = stdout(&out);
    assert!(
        cards.contains("\r\nN:de La Fontaine;Jean;;;\r\n"),
        "{cards}"
    );
    assert!(cards.contains("\r\nN:Anna;Maria Sofia;;;\r\n"), "{cards}");
    let out = run_notes(dir.path(), &["export", "--format", "csv"]);
    assert!(stdout(&out).contains(",Jean de La Fontaine,Jean,de La Fontaine,"));
}

#[test]
fn csv_separator_and_bom_follow_the_language_unless_told() {
    let dir = tempfile::tempdir().unwrap();
    run_notes(dir.path(), &["add", "--name", "Ada", "--phone", "+352 000"]);
    let csv = |lang: &str, extra: &[&str]| {
        let out = maillage_in(dir.path())
            .env("LANG", lang)
            .args([&["notes", "export", "--format", "csv"], extra].concat())
            .run();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let french = csv("fr_LU.UTF-8", &[]);
    assert!(french.starts_with("\u{feff}id;event;name;"), "{french}");
    assert!(french.contains(";'+352 000;"), "{french}");
    let english = csv("C.UTF-8", &[]);
    assert!(english.starts_with("id,event,name,"), "{english}");
    let told = csv("fr_LU.UTF-8", &["--separator", "tab", "--no-bom"]);
    assert!(told.starts_with("id\tevent\tname\t"), "{told}");
    let told = csv("C.UTF-8", &["--separator", ";", "--bom"]);
    assert!(told.starts_with("\u{feff}id;event;"), "{told}");

    let out = run_notes(dir.path(), &["export", "--format", "md", "--bom"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("apply to --format csv only"),
        "{}",
        stderr(&out)
    );
    let out = run_notes(
        dir.path(),
        &["export", "--format", "csv", "--separator", "|"],
    );
    assert_eq!(out.status.code(), Some(2), "clap refuses it");
}

#[test]
fn ics_lists_the_follow_ups_only() {
    let dir = tempfile::tempdir().unwrap();
    run_notes(
        dir.path(),
        &[
            "add",
            "--name",
            "Ada",
            "--org",
            "Caritas",
            "--follow-up",
            "15/12/2026",
        ],
    );
    run_notes(dir.path(), &["add", "--name", "Bruno"]);
    let out = maillage_in(dir.path())
        .env("LANG", "fr_FR.UTF-8")
        .args(["notes", "export", "--format", "ics"])
        .run();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.matches("BEGIN:VTODO").count(), 1, "{text}");
    assert!(text.contains("\r\nDUE;VALUE=DATE:20261215\r\n"), "{text}");
    assert!(text.contains("\r\nSTATUS:NEEDS-ACTION\r\n"), "{text}");
    assert!(text.contains("SUMMARY:Relancer : Ada ("), "{text}");
}

#[test]
fn vdir_export_needs_a_folder_and_says_what_it_did() {
    let dir = tempfile::tempdir().unwrap();
    run_notes(dir.path(), &["add", "--name", "Ada"]);
    let out = run_notes(dir.path(), &["export", "--format", "vdir"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("-o DIR"), "{}", stderr(&out));
    let cards = dir.path().join("contacts");
    let target = cards.to_str().unwrap();
    let out = run_notes(dir.path(), &["export", "--format", "vdir", "-o", target]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).ends_with(": 1 card written, 0 unchanged, 0 removed\n"),
        "{}",
        stderr(&out)
    );
    let out = run_notes(dir.path(), &["export", "--format", "vdir", "-o", target]);
    assert!(
        stderr(&out).ends_with(": 0 cards written, 1 unchanged, 0 removed\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_phone_export_imports_and_a_card_without_a_name_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = crate::common::fixtures::fixture_arg("notes/phone-export.vcf");
    let out = run_notes(dir.path(), &["import", &file]);
    assert_eq!(out.status.code(), Some(1), "a card was not imported");
    let err = stderr(&out);
    assert!(
        err.contains("phone-export.vcf:24: a card with no name (FN or N), not imported"),
        "{err}"
    );
    assert!(
        err.ends_with("phone-export.vcf: 3 cards read: 2 notes added, 0 updated\n"),
        "{err}"
    );
    let notes = listed(dir.path());
    let elise = notes.iter().find(|n| n["name"] == "Élise Dupont").unwrap();
    assert_eq!(elise["phone"], "+352 621 000 001", "the preferred number");
    assert_eq!(elise["email"], "elise@example.org");
    assert_eq!(
        elise["organisation"]["id"], "croix-rouge",
        "linked by its name"
    );
    assert_eq!(elise["text"], "Rencontrée au salon\nPremière visite");
    assert_eq!(elise["event"], "assises-sociales-vdl-2022");
    let jean = notes
        .iter()
        .find(|n| n["name"] == "Jean de La Fontaine")
        .unwrap();
    assert_eq!(jean["organisation"]["name"], "Les Fables asbl, Accueil");
    assert!(jean["organisation"].get("id").is_none());
    assert_eq!(jean["role"], "Conteur");
    assert_eq!(jean["tags"], serde_json::json!(["culture", "suivi"]));
    assert!(
        jean.get("family_name").is_none(),
        "N is the guess: not kept apart"
    );

    // In French too.
    let out = maillage_in(dir.path())
        .env("LANG", "fr_FR.UTF-8")
        .args(["notes", "import", &file])
        .run();
    let err = stderr(&out);
    assert!(
        err.contains(":24: une fiche sans nom (FN ou N), non importée"),
        "{err}"
    );
    assert!(
        err.ends_with(" : 3 fiches lues : 2 notes ajoutées, 0 mise à jour\n"),
        "{err}"
    );
}

/// Export a vdir, import its cards in another notes file: the same notes
/// (but their follow-ups and times, which a card does not carry).
#[test]
fn a_vdir_export_imports_back_as_the_same_notes() {
    let from = tempfile::tempdir().unwrap();
    for args in [
        &[
            "--name",
            "Jean de La Fontaine",
            "--org",
            "Croix-Rouge",
            "--role",
            "Conteur",
        ][..],
        &[
            "--name",
            "María García López",
            "--given",
            "María",
            "--family",
            "García López",
            "--tag",
            "a,b",
            "--tag",
            "suivi",
        ],
        &[
            "--name",
            "Élise",
            "--email",
            "e@example.org",
            "--phone",
            "+352 1",
            "--stand",
            "A1",
            "--text",
            "ligne 1\nligne 2; avec, \\ tout",
        ],
    ] {
        let out = run_notes(from.path(), &[&["add"], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let folder = from.path().join("cards");
    let out = run_notes(
        from.path(),
        &["export", "--format", "vdir", "-o", folder.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut cards: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".vcf"))
        .collect();
    cards.sort();
    let to = tempfile::tempdir().unwrap();
    let args: Vec<&str> = std::iter::once("import")
        .chain(cards.iter().map(String::as_str))
        .collect();
    let out = run_notes(to.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let strip = |mut notes: Vec<serde_json::Value>| {
        for note in &mut notes {
            let note = note.as_object_mut().unwrap();
            for field in ["created", "updated", "follow_up"] {
                note.remove(field);
            }
        }
        notes
    };
    assert_eq!(strip(listed(to.path())), strip(listed(from.path())));
    // Imported again: the same notes, nothing new.
    let out = run_notes(to.path(), &args);
    assert!(
        stderr(&out).contains("1 card read: 0 notes added, 0 updated, 1 unchanged"),
        "{}",
        stderr(&out)
    );
}
