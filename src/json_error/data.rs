//! A value that does not fit its Rust type, told by serde itself.
//!
//! serde_json's error type only keeps an English sentence. So, on the error
//! path only, the file is read into a [`Node`] tree (which keeps every key,
//! in order, duplicates included) and the tree is replayed into the same
//! type through a deserializer whose error type is ours ([`Mismatch`]):
//! serde's derive code then hands over the facts (`missing_field("name")`,
//! `unknown_field("colour", FIELDS)`, `invalid_type(found, …)`), and the
//! deserializer adds what it knows: what the type asked for, what the file
//! has, and the path of the value. The replay visits the values in the same
//! order serde_json did, so it stops at the same one.

use std::fmt;

use serde::de::value::StrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Unexpected, Visitor,
};
use serde::forward_to_deserialize_any;

use super::{DataProblem, Expected, Found, JsonProblem};

/// The value that does not fit, found by replaying `bytes` into a `T`,
/// with the byte to point at (`at`, where serde_json stopped).
pub(super) fn at<T: DeserializeOwned>(bytes: &[u8], at: usize) -> (usize, JsonProblem) {
    let problem = serde_json::from_slice::<Node>(bytes)
        .ok()
        .and_then(|tree| {
            let root = Path::Root;
            T::deserialize(Replay {
                node: &tree,
                path: &root,
            })
            .err()
        })
        .and_then(Mismatch::into_problem)
        .unwrap_or(JsonProblem::Unreadable);
    (at, problem)
}

/// A JSON value, its objects' keys kept in order with duplicates.
#[derive(Debug)]
enum Node {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Text(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl<'de> de::Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Unsigned(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Signed(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.to_string()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Object(entries))
    }
}

/// Where a value is: `stands[3].location.w`. Built as the replay goes down,
/// written out only for the value that does not fit.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// What serde's derive code and the replay know about a value that does not
/// fit. The first replayed value to see it (the innermost) fills in where it
/// is, what it holds and what was asked of it. Boxed: it travels up through
/// every `Result` of the replay.
#[derive(Debug)]
struct Mismatch(Box<Facts>);

#[derive(Debug)]
struct Facts {
    what: What,
    /// What the visitor was handed, when serde says it.
    unexpected: Option<Found>,
    /// Set by the innermost replayed value: the mismatch is placed.
    placed: Option<Placed>,
}

/// What went wrong. A value of the wrong type or a refused one is told with
/// what was expected and found, which the replay knows once it places it.
#[derive(Debug)]
enum What {
    WrongType,
    BadValue,
    Told(DataProblem),
}

#[derive(Debug)]
struct Placed {
    path: String,
    found: Found,
    expected: Option<Expected>,
}

impl Mismatch {
    fn new(what: What, unexpected: Unexpected) -> Mismatch {
        Mismatch(Box::new(Facts {
            what,
            unexpected: found_of(unexpected),
            placed: None,
        }))
    }

    fn told(problem: DataProblem) -> Mismatch {
        Mismatch::new(What::Told(problem), Unexpected::Other(""))
    }

    /// Places the mismatch at `node` if nothing inside it did.
    fn place(mut self, node: &Node, path: &Path, expected: Option<Expected>) -> Mismatch {
        if self.0.placed.is_none() {
            self.0.placed = Some(Placed {
                path: path.to_string(),
                found: found(node),
                expected,
            });
        }
        self
    }

    fn into_problem(self) -> Option<JsonProblem> {
        let facts = *self.0;
        let placed = facts.placed?;
        let found = facts.unexpected.unwrap_or(placed.found);
        let expected = placed.expected;
        let problem = match facts.what {
            What::WrongType => DataProblem::WrongType { expected, found },
            What::BadValue => DataProblem::BadValue { expected, found },
            What::Told(problem) => problem,
        };
        Some(JsonProblem::Data {
            path: placed.path,
            problem: Box::new(problem),
        })
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Mismatch {}

impl de::Error for Mismatch {
    /// A type's own check (a date…): its words, in English, are not shown.
    fn custom<T: fmt::Display>(_message: T) -> Mismatch {
        Mismatch::new(What::BadValue, Unexpected::Other(""))
    }

    fn invalid_type(unexpected: Unexpected, _expected: &dyn de::Expected) -> Mismatch {
        Mismatch::new(What::WrongType, unexpected)
    }

    fn invalid_value(unexpected: Unexpected, _expected: &dyn de::Expected) -> Mismatch {
        Mismatch::new(What::BadValue, unexpected)
    }

    fn invalid_length(length: usize, _expected: &dyn de::Expected) -> Mismatch {
        Mismatch::told(DataProblem::WrongLength(length))
    }

    fn unknown_variant(variant: &str, known: &'static [&'static str]) -> Mismatch {
        let variant = variant.to_string();
        Mismatch::told(DataProblem::UnknownVariant { variant, known })
    }

    fn unknown_field(field: &str, known: &'static [&'static str]) -> Mismatch {
        let field = field.to_string();
        Mismatch::told(DataProblem::UnknownField { field, known })
    }

    fn missing_field(field: &'static str) -> Mismatch {
        Mismatch::told(DataProblem::MissingField(field))
    }

    fn duplicate_field(field: &'static str) -> Mismatch {
        Mismatch::told(DataProblem::DuplicateField(field))
    }
}

/// A value as serde describes it to an error, when it is one JSON has.
fn found_of(unexpected: Unexpected) -> Option<Found> {
    Some(match unexpected {
        Unexpected::Bool(b) => Found::Bool(b),
        Unexpected::Unsigned(n) => Found::Number(n.to_string()),
        Unexpected::Signed(n) => Found::Number(n.to_string()),
        Unexpected::Float(n) => Found::Number(n.to_string()),
        Unexpected::Char(c) => Found::Text(c.to_string()),
        Unexpected::Str(s) => Found::Text(s.to_string()),
        Unexpected::Unit | Unexpected::Option => Found::Null,
        Unexpected::Seq => Found::Array,
        Unexpected::Map => Found::Object,
        _ => return None,
    })
}

fn found(node: &Node) -> Found {
    match node {
        Node::Null => Found::Null,
        Node::Bool(b) => Found::Bool(*b),
        Node::Unsigned(n) => Found::Number(n.to_string()),
        Node::Signed(n) => Found::Number(n.to_string()),
        Node::Float(n) => Found::Number(n.to_string()),
        Node::Text(s) => Found::Text(s.clone()),
        Node::Array(_) => Found::Array,
        Node::Object(_) => Found::Object,
    }
}

/// One value of the tree, replayed the way serde_json would read it.
struct Replay<'a> {
    node: &'a Node,
    path: &'a Path<'a>,
}

impl<'a> Replay<'a> {
    /// Hands the value to `visitor` as what it is, and places any mismatch
    /// here, as a value that should have been `expected`.
    fn visit<'de, V: Visitor<'de>>(
        self,
        visitor: V,
        expected: Option<Expected>,
    ) -> Result<V::Value, Mismatch> {
        let (node, path) = (self.node, self.path);
        let result = match node {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Unsigned(n) => visitor.visit_u64(*n),
            Node::Signed(n) => visitor.visit_i64(*n),
            Node::Float(n) => visitor.visit_f64(*n),
            Node::Text(s) => visitor.visit_str(s),
            Node::Array(items) => visitor.visit_seq(Items {
                items: items.iter().enumerate(),
                path,
            }),
            Node::Object(entries) => visitor.visit_map(Entries {
                entries: entries.iter(),
                value: None,
                path,
            }),
        };
        result.map_err(|e| e.place(node, path, expected))
    }
}

/// Every `deserialize_*` that asks for one kind of value.
macro_rules! expecting {
    ($($method:ident => $expected:expr,)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
                self.visit(visitor, Some($expected))
            }
        )*
    };
}

impl<'de> Deserializer<'de> for Replay<'_> {
    type Error = Mismatch;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        self.visit(visitor, None)
    }

    expecting! {
        deserialize_bool => Expected::Bool,
        deserialize_i8 => Expected::WholeNumber { max: None },
        deserialize_i16 => Expected::WholeNumber { max: None },
        deserialize_i32 => Expected::WholeNumber { max: None },
        deserialize_i64 => Expected::WholeNumber { max: None },
        deserialize_u8 => Expected::WholeNumber { max: Some(u8::MAX.into()) },
        deserialize_u16 => Expected::WholeNumber { max: Some(u16::MAX.into()) },
        deserialize_u32 => Expected::WholeNumber { max: Some(u32::MAX.into()) },
        deserialize_u64 => Expected::WholeNumber { max: Some(u64::MAX) },
        deserialize_f32 => Expected::Number,
        deserialize_f64 => Expected::Number,
        deserialize_char => Expected::Text,
        deserialize_str => Expected::Text,
        deserialize_string => Expected::Text,
        deserialize_identifier => Expected::Text,
        deserialize_seq => Expected::Array,
        deserialize_map => Expected::Object,
        deserialize_unit => Expected::Null,
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Mismatch> {
        self.visit(v, Some(Expected::Array))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.visit(visitor, Some(Expected::Array))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.visit(visitor, Some(Expected::Object))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.visit(visitor, Some(Expected::Null))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        let (node, path) = (self.node, self.path);
        match node {
            Node::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
        .map_err(|e| e.place(node, path, None))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        let (node, path) = (self.node, self.path);
        visitor
            .visit_newtype_struct(self)
            .map_err(|e| e.place(node, path, None))
    }

    /// Enums of maillage's files are words (`"north"`); serde_json also
    /// reads `{"variant": value}`, which no file of ours has.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        let expected = Some(Expected::OneOf(variants));
        match self.node {
            Node::Text(word) => {
                let word: StrDeserializer<Mismatch> = word.as_str().into_deserializer();
                visitor
                    .visit_enum(word)
                    .map_err(|e| e.place(self.node, self.path, expected))
            }
            node => Err(Mismatch::new(What::WrongType, Unexpected::Other(""))
                .place(node, self.path, expected)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! { i128 u128 bytes byte_buf }
}

/// The items of an array.
struct Items<'a> {
    items: std::iter::Enumerate<std::slice::Iter<'a, Node>>,
    path: &'a Path<'a>,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Mismatch;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Mismatch> {
        let Some((index, node)) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Index(self.path, index);
        seed.deserialize(Replay { node, path: &path }).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The entries of an object.
struct Entries<'a> {
    entries: std::slice::Iter<'a, (String, Node)>,
    /// The entry whose key was just read.
    value: Option<&'a (String, Node)>,
    path: &'a Path<'a>,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = Mismatch;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Mismatch> {
        let Some(entry) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(entry);
        let key: StrDeserializer<Mismatch> = entry.0.as_str().into_deserializer();
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Mismatch> {
        // serde reads a key before its value; a value with no key is no value.
        let Some((key, node)) = self.value.take() else {
            return Err(de::Error::custom("a value before its key"));
        };
        let path = Path::Key(self.path, key);
        seed.deserialize(Replay { node, path: &path })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
