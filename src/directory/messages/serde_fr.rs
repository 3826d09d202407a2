//! serde_json's messages in French. serde_json only speaks English, so its
//! message (already put in JSON words by `serde_errors`) is read back by
//! shape. The shapes a hand-edited file runs into are translated: missing,
//! unknown or duplicate field, wrong type, a missing `,` `:` `}` or `]`, the
//! file ending early, a trailing comma. Rare ones (number out of range,
//! invalid escape, recursion limit…) fall back to the English text: `None`.

/// The French for one of serde's usual messages, or `None`.
pub fn french(english: &str) -> Option<String> {
    if let Some(rest) = english.strip_prefix("missing field ") {
        let name = rest.strip_suffix(" in the object that ends here")?;
        return Some(format!(
            "champ {} manquant dans l'objet qui se termine ici",
            field(name)?
        ));
    }
    if let Some(rest) = english.strip_prefix("duplicate field ") {
        return Some(format!("champ {} en double", field(rest)?));
    }
    for (prefix, french) in [
        ("unknown field ", "champ inconnu"),
        ("unknown variant ", "valeur inconnue"),
    ] {
        if let Some(rest) = english.strip_prefix(prefix) {
            let (name, expected) = rest.split_once(", ")?;
            let expected = if expected == "there are no fields" {
                "aucun champ n'est attendu ici".to_string()
            } else if let Some(names) = expected.strip_prefix("expected one of ") {
                format!("attendu : l'un de {names}")
            } else {
                format!("attendu : {}", expected.strip_prefix("expected ")?)
            };
            return Some(format!("{french} {}, {expected}", field(name)?));
        }
    }
    if let Some(rest) = english.strip_prefix("invalid type: ") {
        let (found, expected) = rest.rsplit_once(", expected ")?;
        return Some(format!(
            "type invalide : {}, {} attendu",
            unexpected(found)?,
            expected_value(expected)?
        ));
    }
    let fixed = match english {
        "expected `,` or `}`" => "`,` ou `}` attendu",
        "expected `,` or `]`" => "`,` ou `]` attendu",
        "expected `:`" => "`:` attendu",
        "expected value" => "valeur attendue",
        "expected ident" => "`true`, `false` ou `null` attendu",
        "key must be a string" => "une clé doit être une chaîne entre guillemets",
        "trailing characters" => "caractères en trop après la fin du document",
        "the file ends inside an object (a `}` is missing)" => {
            "le fichier se termine dans un objet (il manque une `}`)"
        }
        "the file ends inside an array (a `]` is missing)" => {
            "le fichier se termine dans un tableau (il manque un `]`)"
        }
        "the file ends inside a string (a `\"` is missing)" => {
            "le fichier se termine dans une chaîne (il manque un `\"`)"
        }
        "the file ends where a value was expected" => {
            "le fichier se termine là où une valeur était attendue"
        }
        // serde's own words, as other JSON files (notes, plan) show them.
        "EOF while parsing an object" => "le fichier se termine dans un objet",
        "EOF while parsing a list" => "le fichier se termine dans un tableau",
        "EOF while parsing a string" => "le fichier se termine dans une chaîne",
        "EOF while parsing a value" => "le fichier se termine là où une valeur était attendue",
        "trailing comma" => "virgule en trop",
        "trailing comma (JSON allows no comma before `}` or `]`)" => {
            "virgule en trop (JSON n'admet pas de virgule avant `}` ou `]`)"
        }
        _ => return None,
    };
    Some(fixed.to_string())
}

/// serde quotes names as `` `name` ``: « name » in French.
fn field(quoted: &str) -> Option<String> {
    let name = quoted.strip_prefix('`')?.strip_suffix('`')?;
    Some(format!("« {name} »"))
}

/// What serde found instead: `string "3"`, `integer `5``, `map`…
fn unexpected(found: &str) -> Option<String> {
    let words = [
        ("string ", "la chaîne "),
        ("integer ", "l'entier "),
        ("floating point ", "le nombre "),
        ("boolean ", "le booléen "),
        ("character ", "le caractère "),
    ];
    for (english, french) in words {
        if let Some(value) = found.strip_prefix(english) {
            return Some(format!("{french}{value}"));
        }
    }
    let whole = match found {
        "null" => "null",
        "map" => "un objet",
        "sequence" => "un tableau",
        "unit value" => "une valeur vide",
        _ => return None,
    };
    Some(whole.to_string())
}

/// What was expected, in the JSON words `serde_errors` put it in.
fn expected_value(expected: &str) -> Option<String> {
    if let Some(max) = expected.strip_prefix("a whole number from 0 to ") {
        return Some(format!("un nombre entier de 0 à {max}"));
    }
    let french = match expected {
        "a whole number" => "un nombre entier",
        "a number" => "un nombre",
        "an array" => "un tableau",
        "true or false" => "true ou false",
        "an object" => "un objet",
        "a string" => "une chaîne",
        _ => return None,
    };
    Some(french.to_string())
}
