//! Deserializing a large directory on several cores.
//!
//! At fair scale nearly all of a directory file is its three arrays
//! (organisations, stands, people). The top level is read first with those
//! arrays left as raw JSON (a fast scan that only checks their syntax), then
//! the arrays are deserialized at the same time on two cores.
//!
//! Any error, or anything unusual (an array given as `null`), gives up and
//! lets the caller deserialize the whole text the plain way: the problem is
//! then reported exactly as for a small file, with its line and column in
//! the file. Only the happy path is made faster.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::model::{Directory, Event, Text, Venue};

/// From this many bytes of JSON on, deserializing in parts pays for the
/// extra scan and the thread.
pub const PARALLEL_FROM: usize = 1 << 20;

/// The top level of a directory, its three arrays still raw.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts<'a> {
    format: Text,
    version: u32,
    event: Event,
    #[serde(borrow, default, deserialize_with = "present")]
    organisations: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    stands: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    people: Option<&'a RawValue>,
    #[serde(default)]
    venue: Option<Venue>,
}

/// `Some` for any value that is there, `null` included (a plain `Option`
/// would read `null` as absent, which `Directory` refuses).
fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(deserializer).map(Some)
}

/// The directory in `text`, its arrays deserialized on two cores; `None`
/// when anything goes wrong (the caller then deserializes it the plain way
/// to report the problem).
pub fn deserialize(text: &str) -> Option<Directory> {
    let parts: Parts = serde_json::from_str(text).ok()?;
    // An array that is absent stays empty, as in `Directory`; one given as
    // `null` is an error there, reported by the plain way.
    fn array(raw: Option<&RawValue>) -> Option<&str> {
        match raw {
            Some(raw) if raw.get() == "null" => None,
            Some(raw) => Some(raw.get()),
            None => Some("[]"),
        }
    }
    let (organisations, stands, people) = (
        array(parts.organisations)?,
        array(parts.stands)?,
        array(parts.people)?,
    );
    let (organisations, (stands, people)) = std::thread::scope(|scope| {
        let organisations = scope.spawn(|| parse::<Vec<_>>(organisations));
        let rest = (parse::<Vec<_>>(stands), parse::<Vec<_>>(people));
        (organisations.join().ok().flatten(), rest)
    });
    Some(Directory {
        format: parts.format,
        version: parts.version,
        event: parts.event,
        organisations: organisations?,
        stands: stands?,
        people: people?,
        venue: parts.venue,
    })
}

fn parse<T: DeserializeOwned>(json: &str) -> Option<T> {
    serde_json::from_str(json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_fair_deserializes_in_parts_as_in_one_go() {
        let json = serde_json::to_string(&crate::generate::generate(300, 5)).unwrap();
        let whole: Directory = serde_json::from_str(&json).unwrap();
        assert_eq!(deserialize(&json), Some(whole));
    }

    #[test]
    fn the_default_directory_deserializes_in_parts_as_in_one_go() {
        let whole: Directory = serde_json::from_str(super::super::DEFAULT_JSON).unwrap();
        assert_eq!(deserialize(super::super::DEFAULT_JSON), Some(whole));
    }

    #[test]
    fn anything_unusual_is_left_to_the_plain_way() {
        let valid = r#"{"format":"maillage-directory","version":1,"event":{"id":"e","name":"E"}"#;
        // Absent arrays are empty, as in `Directory`.
        let absent = format!("{valid}}}");
        assert_eq!(deserialize(&absent).map(|d| d.stands.len()), Some(0));
        for broken in [
            format!(r#"{valid},"stands":null}}"#),
            format!(r#"{valid},"stands":[{{"number":1}}]}}"#),
            format!(r#"{valid},"stands":[],"stands":[]}}"#),
            format!(r#"{valid},"colour":"red"}}"#),
            format!(r#"{valid},"people":[}}"#),
        ] {
            assert_eq!(deserialize(&broken), None, "{broken}");
            assert!(
                serde_json::from_str::<Directory>(&broken).is_err(),
                "{broken}"
            );
        }
    }
}
