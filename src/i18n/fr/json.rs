//! What is wrong with a JSON file (`crate::json_error`), in French. JSON's
//! own words (`true`, `null`) and punctuation stay as written in the file.

use crate::i18n::{JsonTexts, character, escaped};
use crate::json_error::{DataProblem, Expected, Found, JsonProblem, Next, Open};

pub(super) const JSON: JsonTexts = JsonTexts { problem };

pub(super) fn problem(problem: &JsonProblem) -> String {
    use JsonProblem as P;
    match problem {
        P::Empty => "le fichier est vide (une valeur JSON était attendue)".into(),
        P::EndsInside(Some(Open::Object)) => {
            "le fichier se termine dans un objet (il manque une `}`)".into()
        }
        P::EndsInside(Some(Open::Array)) => {
            "le fichier se termine dans un tableau (il manque un `]`)".into()
        }
        P::EndsInside(Some(Open::String)) => {
            "le fichier se termine dans une chaîne (il manque un `\"`)".into()
        }
        P::EndsInside(None) => "le fichier se termine là où une valeur était attendue".into(),
        P::Unexpected { found, next: n } => {
            format!("attendu : {}, trouvé : {}", next(*n), character(found))
        }
        P::TrailingComma => "virgule en trop (JSON n'admet pas de virgule avant `}` ou `]`)".into(),
        P::TrailingText(c) => format!("{} en trop après la fin du document JSON", character(c)),
        P::NotAValue(word) => format!(
            "`{}` n'est pas une valeur JSON (le texte s'écrit entre guillemets doubles ; \
             true, false et null s'écrivent en minuscules)",
            escaped(word)
        ),
        P::BadNumber(number) => format!("`{}` n'est pas un nombre JSON valide", escaped(number)),
        P::NumberTooLarge(number) => format!("le nombre {} est trop grand", escaped(number)),
        P::ControlCharacter(c) => format!(
            "caractère de contrôle U+{:04X} dans une chaîne \
             (écrivez un saut de ligne \\n, une tabulation \\t)",
            u32::from(*c)
        ),
        P::BadEscape(written) => format!(
            "séquence d'échappement invalide `{}` dans une chaîne \
             (JSON connaît \\\" \\\\ \\/ \\b \\f \\n \\r \\t et \\uXXXX)",
            escaped(written)
        ),
        P::NotUtf8 => "le fichier n'est pas en UTF-8 valide".into(),
        P::TooDeep => "tableaux et objets imbriqués trop profondément".into(),
        P::Data { path, problem } => match path.is_empty() {
            true => data(problem),
            false => format!("{} : {}", escaped(path), data(problem)),
        },
        P::Unreadable => "le fichier ne peut pas être lu comme du JSON".into(),
    }
}

fn next(next: Next) -> &'static str {
    match next {
        Next::Key => "une clé entre guillemets doubles",
        Next::Colon => "`:`",
        Next::Value => "une valeur",
        Next::CommaOrObjectEnd => "`,` ou `}`",
        Next::CommaOrArrayEnd => "`,` ou `]`",
    }
}

fn data(problem: &DataProblem) -> String {
    use DataProblem as D;
    match problem {
        D::WrongType {
            expected: Some(e),
            found: f,
        } => format!("attendu : {}, trouvé : {}", expected(e), found(f)),
        D::WrongType {
            expected: None,
            found: f,
        } => format!("valeur inattendue : {}", found(f)),
        D::BadValue {
            expected: Some(e @ Expected::WholeNumber { .. }),
            found: f,
        } => format!("{} hors limites (attendu : {})", found(f), expected(e)),
        D::BadValue { found: f, .. } => format!("valeur invalide : {}", found(f)),
        D::MissingField(field) => format!("champ « {field} » manquant"),
        D::UnknownField { field, known: [] } => format!(
            "champ inconnu « {} » (aucun champ n'est attendu ici)",
            escaped(field)
        ),
        D::UnknownField { field, known } => format!(
            "champ inconnu « {} » (attendu : l'un de {})",
            escaped(field),
            known.join(", ")
        ),
        D::DuplicateField(field) => format!("champ « {field} » en double"),
        D::UnknownVariant { variant, known } => format!(
            "valeur inconnue « {} » (attendu : l'un de {})",
            escaped(variant),
            known.join(", ")
        ),
        D::WrongLength(length) => format!("nombre d'éléments inattendu ({length})"),
    }
}

fn expected(expected: &Expected) -> String {
    match expected {
        Expected::WholeNumber { max: Some(max) } => format!("un nombre entier de 0 à {max}"),
        Expected::WholeNumber { max: None } => "un nombre entier".into(),
        Expected::Number => "un nombre".into(),
        Expected::Bool => "true ou false".into(),
        Expected::Text => "une chaîne".into(),
        Expected::Array => "un tableau".into(),
        Expected::Object => "un objet".into(),
        Expected::Null => "null".into(),
        Expected::OneOf(names) => format!("l'un de {}", names.join(", ")),
    }
}

fn found(found: &Found) -> String {
    match found {
        Found::Null => "null".into(),
        Found::Bool(b) => b.to_string(),
        Found::Number(n) => format!("le nombre {n}"),
        Found::Text(s) => format!("la chaîne « {} »", escaped(s)),
        Found::Array => "un tableau".into(),
        Found::Object => "un objet".into(),
    }
}
