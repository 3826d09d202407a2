//! serde_json's usual messages, produced by real files, come out in French.

use crate::directory::parse_findings;
use crate::lang::Lang;

fn french(text: &str) -> String {
    let found = parse_findings(text).expect_err("the text is broken");
    found[0].message.text(Lang::Fr)
}

const HEAD: &str = r#""format": "maillage-directory", "version": 1"#;

#[test]
fn usual_serde_errors_are_translated() {
    let cases = [
        (
            format!("{{{HEAD}"),
            "le fichier se termine dans un objet (il manque une `}`)",
        ),
        (format!("{{{HEAD} \"x\": 1}}"), "`,` ou `}` attendu"),
        (
            format!("{{{HEAD},}}"),
            "virgule en trop (JSON n'admet pas de virgule avant `}` ou `]`)",
        ),
        (
            format!("{{{HEAD}, \"event\": 3}}"),
            "type invalide : l'entier `3`, un objet attendu",
        ),
        (
            format!("{{{HEAD}, \"colour\": 3}}"),
            "champ inconnu « colour », attendu : l'un de",
        ),
        (
            format!("{{{HEAD}, \"event\": {{\"id\": \"e\"}}}}"),
            "champ « name » manquant dans l'objet qui se termine ici",
        ),
        (
            format!("{{{HEAD}, \"version\": 1, \"event\": {{}}}}"),
            "champ « version » en double",
        ),
    ];
    for (text, start) in cases {
        let message = french(&text);
        assert!(message.starts_with(start), "{text}\n→ {message}");
    }
}

#[test]
fn rare_serde_errors_fall_back_to_english() {
    let text = format!("{{{HEAD}, \"event\": {{\"id\": \"\\q\"}}}}");
    assert_eq!(
        parse_findings(&text).unwrap_err()[0].message.text(Lang::Fr),
        parse_findings(&text).unwrap_err()[0].message.text(Lang::En)
    );
}
