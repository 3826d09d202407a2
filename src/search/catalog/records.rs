//! The fields of each stand, organisation and person record (the layout is
//! in the module docs of [`super`]).

use super::Kind;
use super::index::Index;
use crate::directory::{Directory, Organisation, Person};
use crate::search::fold::{fold_text, fold_text_into};
use crate::search::{Engine, EngineBuilder, Tier};

/// Collects a record's fields into an engine, skipping empty ones after the
/// fixed first few.
struct Fields(EngineBuilder);

impl Fields {
    /// A field that must be present (fixed index), even when empty.
    fn fixed(&mut self, tier: Tier, text: &str) {
        self.0.field(tier, text);
    }

    fn add(&mut self, tier: Tier, text: &str) {
        if !text.trim().is_empty() {
            self.fixed(tier, text);
        }
    }

    /// Official name (when not already the display name) and aliases.
    fn names_of(&mut self, org: &Organisation) {
        if org.short_name.is_some() {
            self.add(Tier::Name, &org.name);
        }
        for alias in &org.aliases {
            self.add(Tier::Name, alias);
        }
    }

    fn people(&mut self, people: &[&Person]) {
        for person in people {
            self.add(Tier::Related, &person.name);
            self.add(Tier::Related, person.role.as_deref().unwrap_or(""));
        }
    }
}

/// Room for this many bytes of text per record, to start with.
const BYTES_PER_RECORD: usize = 128;
/// Room for this many fields per record, to start with.
const FIELDS_PER_RECORD: usize = 8;

/// A builder with room for `records` records of the usual size.
pub(super) fn builder(records: usize) -> EngineBuilder {
    EngineBuilder::with_capacity(
        records,
        records * FIELDS_PER_RECORD,
        records * BYTES_PER_RECORD,
    )
}

/// Writes records into an engine builder, any kind, in any order; keeps its
/// scratch buffers from one record to the next.
pub(super) struct Writer<'d> {
    directory: &'d Directory,
    index: &'d Index<'d>,
    fields: Fields,
    orgs: Vec<(usize, &'d Organisation)>,
    themes: Vec<&'d str>,
    names: String,
    key: String,
}

impl<'d> Writer<'d> {
    pub(super) fn new(directory: &'d Directory, index: &'d Index<'d>, to: EngineBuilder) -> Self {
        Writer {
            directory,
            index,
            fields: Fields(to),
            orgs: Vec::new(),
            themes: Vec::new(),
            names: String::new(),
            key: String::new(),
        }
    }

    /// The engine of the records written.
    pub(super) fn build(self) -> Engine {
        self.fields.0.build()
    }

    /// Writes record `position` of kind `kind` (its index in the directory's
    /// list of that kind).
    pub(super) fn record(&mut self, kind: Kind, position: usize) {
        match kind {
            Kind::Stand => self.stand(position),
            Kind::Organisation => self.organisation(position),
            Kind::Person => self.person(position),
        }
    }

    fn stand(&mut self, position: usize) {
        let (directory, index, fields) = (self.directory, self.index, &mut self.fields);
        let stand = &directory.stands[position];
        self.orgs.clear();
        self.orgs.extend(
            index
                .organisations_of_stand(position)
                .map(|o| (o, &directory.organisations[o])),
        );
        self.names.clear();
        for (i, (_, org)) in self.orgs.iter().enumerate() {
            if i > 0 {
                self.names.push_str(" · ");
            }
            self.names.push_str(org.display_name());
        }
        fields.fixed(Tier::Key, &stand.number);
        fields.fixed(Tier::Key, &self.names);
        fields.fixed(Tier::Key, stand.title.as_deref().unwrap_or(""));
        self.orgs.iter().for_each(|(_, org)| fields.names_of(org));
        self.themes.clear();
        self.themes.extend(stand.themes.iter().map(|t| t.as_str()));
        for theme in self.orgs.iter().flat_map(|(_, o)| o.themes.iter()) {
            if !self.themes.contains(&theme.as_str()) {
                self.themes.push(theme);
            }
        }
        self.themes
            .iter()
            .for_each(|t| fields.add(Tier::Related, t));
        self.orgs
            .iter()
            .for_each(|&(o, _)| fields.people(index.people_of(o)));
        for (_, org) in &self.orgs {
            fields.add(Tier::Description, org.description.as_deref().unwrap_or(""));
        }
        natural_key_into(&stand.number, &mut self.key);
        fields.0.end_record(&self.key);
    }

    fn organisation(&mut self, position: usize) {
        let (index, fields) = (self.index, &mut self.fields);
        let org = &self.directory.organisations[position];
        fields.fixed(Tier::Key, org.display_name());
        fields.names_of(org);
        org.themes.iter().for_each(|t| fields.add(Tier::Related, t));
        fields.people(index.people_of(position));
        for number in index.stand_numbers_of(position) {
            fields.add(Tier::Related, number);
        }
        fields.add(Tier::Description, org.description.as_deref().unwrap_or(""));
        self.key.clear();
        fold_text_into(org.display_name(), &mut self.key);
        fields.0.end_record(&self.key);
    }

    fn person(&mut self, position: usize) {
        let fields = &mut self.fields;
        let person = &self.directory.people[position];
        fields.fixed(Tier::Key, &person.name);
        fields.fixed(Tier::Related, person.role.as_deref().unwrap_or(""));
        let org = person
            .organisation
            .as_deref()
            .and_then(|id| self.index.organisation(id));
        fields.add(Tier::Related, org.map_or("", |o| o.display_name()));
        fields.add(Tier::Related, person.stand.as_deref().unwrap_or(""));
        self.key.clear();
        fold_text_into(&person.name, &mut self.key);
        fields.0.end_record(&self.key);
    }
}

/// The engine of every record of `kind`.
pub(super) fn engine(kind: Kind, directory: &Directory, index: &Index) -> Engine {
    let count = super::count(directory, kind);
    let mut writer = Writer::new(directory, index, builder(count));
    (0..count).for_each(|position| writer.record(kind, position));
    writer.build()
}

/// A sort key under which `A2` comes before `A10`: the folded text with every
/// run of digits left-padded with zeros to a fixed width.
fn natural_key_into(text: &str, key: &mut String) {
    const WIDTH: usize = 12;
    let folded = fold_text(text);
    key.clear();
    let mut rest = folded.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        key.push_str(&rest[..start]);
        let digits_len = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - start);
        let digits = &rest[start..start + digits_len];
        key.extend(std::iter::repeat_n('0', WIDTH.saturating_sub(digits.len())));
        key.push_str(digits);
        rest = &rest[start + digits_len..];
    }
    key.push_str(rest);
}
