//! The fields of each stand, organisation and person record (the layout is
//! in the module docs of [`super`]).

use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Kind, Matched};

use crate::directory::{Directory, Organisation};
use crate::search::{Engine, EngineBuilder, Tier};

/// Where a record's fields go: into an engine being built, or, to read one
/// record's original texts back (the engines do not keep them), into a list.
enum Fields {
    /// Boxed: a builder is ten times the size of the other variant.
    Engine(Box<EngineBuilder>),
    Texts {
        /// The one field to copy (`None`: all of them).
        wanted: Option<usize>,
        /// Fields seen so far.
        seen: usize,
        texts: Vec<String>,
    },
}

impl Fields {
    /// A field that must be present (fixed index), even when empty.
    fn fixed(&mut self, tier: Tier, what: Matched, text: &str) {
        match self {
            Fields::Engine(engine) => engine.field_tagged(tier, what as u8, text),
            Fields::Texts {
                wanted,
                seen,
                texts,
            } => {
                if wanted.is_none_or(|wanted| wanted == *seen) {
                    texts.push(text.to_string());
                }
                *seen += 1;
            }
        }
    }

    /// [`Fields::fixed`], skipping a blank text.
    fn add(&mut self, tier: Tier, what: Matched, text: &str) {
        if !text.trim().is_empty() {
            self.fixed(tier, what, text);
        }
    }

    /// The folded text of the last field added ("" when only texts are
    /// collected).
    fn last_folded(&self) -> &str {
        match self {
            Fields::Engine(engine) => engine.last_folded(),
            Fields::Texts { .. } => "",
        }
    }

    /// Whether fields after those seen so far are wanted: always for an
    /// engine; for texts, unless the one wanted is already copied.
    fn wants_more(&self) -> bool {
        match self {
            Fields::Engine(_) => true,
            Fields::Texts { wanted, seen, .. } => wanted.is_none_or(|w| w >= *seen),
        }
    }

    fn end_record(&mut self, sort_key: &str) {
        if let Fields::Engine(engine) = self {
            engine.end_record(sort_key);
        }
    }

    /// Official name (when not already the display name) and aliases of
    /// `org`.
    fn names_of(&mut self, org: &Organisation) {
        if org.short_name.is_some() {
            self.add(Tier::Name, Matched::OfficialName, &org.name);
        }
        for alias in org.aliases() {
            self.add(Tier::Name, Matched::Alias, alias);
        }
    }

    /// Names and roles of the people of the organisation at `position`.
    fn people(&mut self, directory: &Directory, position: usize) {
        for p in directory.people_of(position) {
            let person = &directory.people[p];
            self.add(Tier::Related, Matched::Person, &person.name);
            let role = person.role.as_deref().unwrap_or("");
            self.add(Tier::Related, Matched::Role, role);
        }
    }

    /// The themes `ids` (indices into the directory's themes).
    fn themes(&mut self, directory: &Directory, ids: &[u32]) {
        for &t in ids {
            self.add(
                Tier::Related,
                Matched::Theme,
                &directory.themes()[t as usize],
            );
        }
    }
}

/// Room for this many bytes of folded text per record, to start with.
const BYTES_PER_RECORD: usize = 128;
/// Room for this many fields per record, to start with.
const FIELDS_PER_RECORD: usize = 8;

/// A builder with room for `records` records of the usual size, keeping
/// only the folded texts: the directory has the originals.
fn builder(records: usize) -> EngineBuilder {
    EngineBuilder::without_texts(
        records,
        records * FIELDS_PER_RECORD,
        records * BYTES_PER_RECORD,
    )
}

/// Writes records into an engine builder; keeps its scratch buffers from
/// one record to the next.
struct Writer<'d> {
    directory: &'d Directory,
    fields: Fields,
    orgs: Vec<(usize, &'d Organisation)>,
    names: String,
    key: String,
}

impl<'d> Writer<'d> {
    fn new(directory: &'d Directory, to: Fields) -> Self {
        Writer {
            directory,
            fields: to,
            orgs: Vec::new(),
            names: String::new(),
            key: String::new(),
        }
    }

    /// The engine of the records written.
    fn build(self) -> Engine {
        match self.fields {
            Fields::Engine(engine) => (*engine).build(),
            Fields::Texts { .. } => Engine::default(),
        }
    }

    /// Writes record `position` of kind `kind` (its index in the directory's
    /// list of that kind).
    fn record(&mut self, kind: Kind, position: usize) {
        match kind {
            Kind::Stand => self.stand(position),
            Kind::Organisation => self.organisation(position),
            Kind::Person => self.person(position),
            Kind::Talk => self.talk(position),
        }
    }

    fn talk(&mut self, position: usize) {
        let directory = self.directory;
        let talk = &super::talks(directory)[position];
        self.fields.fixed(Tier::Key, Matched::Shown, &talk.title);
        super::talks::sort_key_into(talk, self.fields.last_folded(), &mut self.key);
        let place = talk
            .place
            .as_ref()
            .and_then(|p| directory.talk_place_name(p));
        self.fields
            .fixed(Tier::Related, Matched::Place, place.unwrap_or(""));
        // The row shows the first two fields: reading them back needs no
        // look-up of the speakers.
        if !self.fields.wants_more() {
            return;
        }
        for k in 0..talk.speakers.len() {
            let name = directory.speaker_name(position, k).unwrap_or("");
            self.fields.add(Tier::Related, Matched::Speaker, name);
        }
        for theme in &talk.themes {
            self.fields.add(Tier::Related, Matched::Theme, theme);
        }
        self.fields.end_record(&self.key);
    }

    fn stand(&mut self, position: usize) {
        let directory = self.directory;
        let fields = &mut self.fields;
        let stand = &directory.stands[position];
        self.orgs.clear();
        self.orgs.extend(
            directory
                .organisations_of_stand(position)
                .map(|o| (o, &directory.organisations[o])),
        );
        fields.fixed(Tier::Key, Matched::Number, &stand.number);
        // The sort key is made from the number folded just now.
        crate::search::fold::natural_key_into(fields.last_folded(), &mut self.key);
        if let [(_, org)] = self.orgs[..] {
            fields.fixed(Tier::Key, Matched::Shown, org.display_name());
        } else {
            self.names.clear();
            for (i, (_, org)) in self.orgs.iter().enumerate() {
                if i > 0 {
                    self.names.push_str(" · ");
                }
                self.names.push_str(org.display_name());
            }
            fields.fixed(Tier::Key, Matched::Shown, &self.names);
        }
        let title = stand.title.as_deref().unwrap_or("");
        fields.fixed(Tier::Key, Matched::Title, title);
        for &(_, org) in &self.orgs {
            fields.names_of(org);
        }
        fields.themes(directory, directory.stand_theme_ids(position));
        for &(o, _) in &self.orgs {
            fields.people(directory, o);
        }
        for &(_, org) in &self.orgs {
            let description = org.description.as_deref().unwrap_or("");
            fields.add(Tier::Description, Matched::Description, description);
        }
        fields.end_record(&self.key);
    }

    fn organisation(&mut self, position: usize) {
        let directory = self.directory;
        let fields = &mut self.fields;
        let org = &directory.organisations[position];
        fields.fixed(Tier::Key, Matched::Shown, org.display_name());
        // The sort key is the display name folded: the first field, which
        // the engine then does not store twice.
        self.key.clear();
        self.key.push_str(fields.last_folded());
        fields.names_of(org);
        fields.themes(directory, directory.organisation_theme_ids(position));
        fields.people(directory, position);
        for s in directory.stands_of(position) {
            let number = &directory.stands[s].number;
            fields.add(Tier::Related, Matched::Stand, number);
        }
        let description = org.description.as_deref().unwrap_or("");
        fields.add(Tier::Description, Matched::Description, description);
        fields.end_record(&self.key);
    }

    fn person(&mut self, position: usize) {
        let directory = self.directory;
        let fields = &mut self.fields;
        let person = &directory.people[position];
        fields.fixed(Tier::Key, Matched::Shown, &person.name);
        // The sort key is the name folded (the first field, see above).
        self.key.clear();
        self.key.push_str(fields.last_folded());
        let role = person.role.as_deref().unwrap_or("");
        fields.fixed(Tier::Related, Matched::Role, role);
        let organisation = directory
            .organisation_of_person(position)
            .map_or("", |o| directory.organisations[o].display_name());
        fields.fixed(Tier::Related, Matched::Organisation, organisation);
        let stand = person.stand().unwrap_or("");
        fields.add(Tier::Related, Matched::Stand, stand);
        fields.end_record(&self.key);
    }
}

/// The engine of every record of `kind`.
pub(super) fn engine(kind: Kind, directory: &Directory, indexed: &AtomicUsize) -> Engine {
    /// Records between two updates of `indexed`: often enough for a
    /// progress line, rarely enough that two cores adding to one counter
    /// do not slow each other.
    const STEP: usize = 512;
    let count = super::count(directory, kind);
    let mut writer = Writer::new(directory, Fields::Engine(Box::new(builder(count))));
    for from in (0..count).step_by(STEP) {
        let to = (from + STEP).min(count);
        (from..to).for_each(|position| writer.record(kind, position));
        indexed.fetch_add(to - from, Ordering::Relaxed);
    }
    writer.build()
}

/// The original texts of record `position` of `kind`, field by field, or
/// only field `wanted`'s: what its engine was given (see
/// [`super::Catalog::field_texts`]).
pub(super) fn field_texts(
    kind: Kind,
    directory: &Directory,
    position: usize,
    wanted: Option<usize>,
) -> Vec<String> {
    let texts = Fields::Texts {
        wanted,
        seen: 0,
        texts: Vec::new(),
    };
    let mut writer = Writer::new(directory, texts);
    writer.record(kind, position);
    match writer.fields {
        Fields::Texts { texts, .. } => texts,
        Fields::Engine(_) => Vec::new(),
    }
}
