//! Deserializing a large directory on several cores.
//!
//! At fair scale nearly all of a directory file is its three arrays
//! (organisations, stands, people), deserialized at the same time on two
//! cores. Where each array starts is found first:
//!
//! - quickly, by looking for its key (`"stands": [`) with a SIMD substring
//!   search; each array is then deserialized from its opening bracket, which
//!   tells where it ends, and the guess is proved right by reading what is
//!   left (the top level with each array replaced by `[]`) and checking that
//!   each key's value is exactly the `[]` put in its place. A key found
//!   anywhere else (inside a string, deeper down) fails that check;
//! - else by reading the top level with the arrays left as raw JSON (a scan
//!   of the whole file that only checks their syntax).
//!
//! Any error, or anything unusual (an array given as `null`), gives up and
//! lets the caller deserialize the whole text the plain way: the problem is
//! then reported exactly as for a small file, with its line and column in
//! the file. Only the happy path is made faster.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::model::{Directory, Event, Organisation, Person, Stand, Text, Venue};

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
    by_keys(text).or_else(|| by_raw_arrays(text))
}

/// The keys of the three arrays.
const ARRAYS: [&str; 3] = ["organisations", "stands", "people"];

/// [`deserialize`] with the arrays found by their keys (see the module docs).
fn by_keys(text: &str) -> Option<Directory> {
    let mut starts = [0; 3];
    for (start, key) in starts.iter_mut().zip(ARRAYS) {
        *start = array_after_key(text, key)?;
    }
    let (organisations, (stands, people)) = std::thread::scope(|scope| {
        let organisations = scope.spawn(|| array_at::<Organisation>(text, starts[0]));
        let rest = (
            array_at::<Stand>(text, starts[1]),
            array_at::<Person>(text, starts[2]),
        );
        (organisations.join().ok().flatten(), rest)
    });
    let (organisations, organisations_end) = organisations?;
    let ((stands, stands_end), (people, people_end)) = (stands?, people?);
    let mut spans = [
        (starts[0], organisations_end),
        (starts[1], stands_end),
        (starts[2], people_end),
    ];
    spans.sort_unstable();
    // The rest, each array replaced by `[]`; where each `[]` was put.
    let mut rest =
        String::with_capacity(text.len() - spans.iter().map(|(s, e)| e - s).sum::<usize>() + 6);
    let mut placed = [0; 3];
    let mut from = 0;
    for (i, &(start, end)) in spans.iter().enumerate() {
        if start < from {
            return None;
        }
        rest.push_str(&text[from..start]);
        placed[i] = rest.len();
        rest.push_str("[]");
        from = end;
    }
    rest.push_str(&text[from..]);
    let parts: Parts = serde_json::from_str(&rest).ok()?;
    let offset_in_rest = |raw: Option<&RawValue>| {
        raw.filter(|raw| raw.get() == "[]")
            .map(|raw| raw.get().as_ptr() as usize - rest.as_ptr() as usize)
    };
    let at = |start: usize| {
        spans
            .iter()
            .position(|&(s, _)| s == start)
            .map(|i| placed[i])
    };
    if offset_in_rest(parts.organisations)? != at(starts[0])?
        || offset_in_rest(parts.stands)? != at(starts[1])?
        || offset_in_rest(parts.people)? != at(starts[2])?
    {
        return None;
    }
    Some(Directory {
        format: parts.format,
        version: parts.version,
        event: parts.event,
        organisations,
        stands,
        people,
        venue: parts.venue,
    })
}

/// Where the `[` of the first `"key": [` in `text` is (JSON whitespace
/// allowed around the colon).
fn array_after_key(text: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let bytes = text.as_bytes();
    let skip_blanks = |mut at: usize| {
        while bytes
            .get(at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            at += 1;
        }
        at
    };
    memchr::memmem::find_iter(bytes, quoted.as_bytes()).find_map(|found| {
        let colon = skip_blanks(found + quoted.len());
        let bracket = skip_blanks(colon + 1);
        (bytes.get(colon) == Some(&b':') && bytes.get(bracket) == Some(&b'[')).then_some(bracket)
    })
}

/// The array of `T` whose `[` is at `start` in `text`, and the offset just
/// after its `]`.
fn array_at<T: DeserializeOwned>(text: &str, start: usize) -> Option<(Vec<T>, usize)> {
    let mut stream = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Vec<T>>();
    let array = stream.next()?.ok()?;
    Some((array, start + stream.byte_offset()))
}

/// [`deserialize`] with the top level read first, its arrays left raw.
fn by_raw_arrays(text: &str) -> Option<Directory> {
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
    fn arrays_found_by_their_keys_read_as_in_one_go() {
        let fair = crate::generate::generate(200, 8);
        let compact = serde_json::to_string(&fair).unwrap();
        let pretty = serde_json::to_string_pretty(&fair).unwrap();
        // The arrays in another order, and another key between them.
        let mut value: serde_json::Value = serde_json::from_str(&compact).unwrap();
        let object = value.as_object_mut().unwrap();
        let people = object.remove("people").unwrap();
        let stands = object.remove("stands").unwrap();
        object.insert("people".into(), people);
        object.insert("stands".into(), stands);
        let reordered = serde_json::to_string(&value).unwrap();
        for json in [&compact, &pretty, &reordered] {
            let whole: Directory = serde_json::from_str(json).unwrap();
            assert_eq!(by_keys(json), Some(whole));
        }
    }

    #[test]
    fn a_key_found_in_the_wrong_place_is_not_trusted() {
        let valid = r#"{"format":"maillage-directory","version":1,"event":{"id":"e","name":"E"}"#;
        let arrays = r#""organisations":[],"stands":[],"people":[]"#;
        for json in [
            // A key ending in `"stands"` (its first quote escaped) comes
            // first: the real array is later.
            format!(r#"{valid},"x\"stands":[],{arrays}}}"#),
            // Deeper down.
            format!(r#"{valid},"venue":{{"stands":[]}},{arrays}}}"#),
            // Twice.
            format!(r#"{valid},{arrays},"stands":[]}}"#),
        ] {
            assert_eq!(by_keys(&json), None, "{json}");
            assert!(serde_json::from_str::<Directory>(&json).is_err(), "{json}");
        }
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
