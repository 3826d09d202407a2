//! `maillage check` and every command that loads `--data`, in French
//! (`--lang fr`, or a French locale), on a few fixtures.

use std::path::PathBuf;
use std::process::Output;

use crate::check_cli::expected_stderr;
use crate::common::cli::{Run, config_dir, maillage, stderr};

/// Fixtures and exactly the `LINE:COLUMN: message` lines they produce in French.
const EXPECTED: &[(&str, &[&str])] = &[
    (
        "unknown-organisation",
        &["17:33: le stand A2 appartient à une organisation inconnue « gamma »"],
    ),
    (
        "duplicate-stand-number",
        &["16:17: numéro de stand A1 en double (première occurrence ligne 11)"],
    ),
    (
        "overlapping-stands",
        &["18:19: le stand A2 chevauche le stand A1 (ligne 13)"],
    ),
    (
        "syntax-error",
        &["7:36: attendu : `,` ou `}`, trouvé : `\"`"],
    ),
    (
        "duplicate-organisation-id",
        &["7:13: identifiant d'organisation en double « alpha » (première occurrence ligne 6)"],
    ),
    (
        "several-problems",
        &[
            "4:41: nom d'événement vide",
            "16:17: numéro de stand A1 en double (première occurrence ligne 11)",
            "17:25: le stand A1 appartient à une organisation inconnue « gamma »",
        ],
    ),
];

fn fixture(name: &str) -> PathBuf {
    crate::common::fixtures::fixture(&format!("invalid/{name}.json"))
}

/// `maillage ARGS` under the locale `lang`, with a configuration folder of its own.
fn run(args: &[&std::ffi::OsStr], lang: &str) -> Output {
    let config = config_dir();
    maillage()
        .args(args)
        .arg("--config-dir")
        .arg(config.path())
        .env("LANG", lang)
        .run()
}

#[test]
fn check_speaks_french_with_lang_fr() {
    for (name, lines) in EXPECTED {
        let path = fixture(name);
        let out = run(
            &[
                "--lang".as_ref(),
                "fr".as_ref(),
                "check".as_ref(),
                path.as_os_str(),
            ],
            "C",
        );
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_eq!(stderr(&out), expected_stderr(&path, lines), "{name}");
    }
}

#[test]
fn a_french_locale_is_enough_and_lang_en_overrides_it() {
    let path = fixture("unknown-organisation");
    let check = ["check".as_ref(), path.as_os_str()];
    let out = run(&check, "fr_LU.UTF-8");
    assert_eq!(stderr(&out), expected_stderr(&path, EXPECTED[0].1));
    let out = run(
        &[&["--lang".as_ref(), "en".as_ref()][..], &check].concat(),
        "fr_LU.UTF-8",
    );
    assert_eq!(
        stderr(&out),
        format!(
            "{}:17:33: stand A2 belongs to unknown organisation \"gamma\"\n",
            path.display()
        )
    );
}

#[test]
fn every_command_that_loads_data_speaks_french() {
    let path = fixture("overlapping-stands");
    let want = expected_stderr(
        &path,
        &["18:19: le stand A2 chevauche le stand A1 (ligne 13)"],
    );
    let commands: [&[&str]; 5] = [
        &[],
        &["search", "croix"],
        &["route", "A1", "A2"],
        &["plan"],
        &["notes", "list"],
    ];
    for command in commands {
        let mut args: Vec<&std::ffi::OsStr> = vec!["--lang".as_ref(), "fr".as_ref()];
        args.extend(command.iter().map(std::ffi::OsStr::new));
        args.extend(["--data".as_ref(), path.as_os_str()]);
        let out = run(&args, "C");
        assert_eq!(out.status.code(), Some(1), "{command:?}");
        assert_eq!(stderr(&out), want, "{command:?}");
    }
}

#[test]
fn a_missing_file_is_said_in_french() {
    let path = fixture("no-such-file");
    let out = run(
        &[
            "--lang".as_ref(),
            "fr".as_ref(),
            "check".as_ref(),
            path.as_os_str(),
        ],
        "C",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("{}: fichier introuvable\n", path.display())
    );
}
