//! The fields of each stand, organisation and person record (the layout is
//! in the module docs of [`super`]).

use std::sync::Arc;
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
        /// The fields copied, with what each is.
        texts: Vec<(Matched, String)>,
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
                    texts.push((what, text.to_string()));
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
        for alias in &org.aliases {
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
}

/// The fields of an organisation's record that its stands' records share
/// (see `search/shared.rs`): all but the first (the display name, which a
/// stand's record has as its own second field) and the stand numbers.
/// Those are one run after the names: the record's fields `1..b` and `c..`
/// are shared, as `[1, b, c, len]`.
fn shared_runs(organisations: &Engine) -> Vec<[u16; 4]> {
    (0..organisations.len())
        .map(|o| {
            let record = organisations.record(o);
            let count = record.len();
            let tag = |field: usize| record.tag(field).map(Matched::from_tag);
            let mut b = 1;
            while b < count && matches!(tag(b), Some(Matched::OfficialName | Matched::Alias)) {
                b += 1;
            }
            let mut c = b;
            while c < count && tag(c) == Some(Matched::Stand) {
                c += 1;
            }
            [1, b, c, count].map(|field| u16::try_from(field).unwrap_or(u16::MAX))
        })
        .collect()
}

/// Whether a field of an organisation's record is one its stands share
/// ([`shared_runs`]), for reading the texts back in the same order.
fn is_shared(field: usize, what: Matched) -> bool {
    field > 0 && what != Matched::Stand
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

    /// A stand's own fields, then those it shares with its organisations'
    /// records (`search/shared.rs`): their names, then their themes,
    /// people and descriptions.
    fn stand(&mut self, position: usize) {
        let directory = self.directory;
        let stand = &directory.stands[position];
        self.orgs.clear();
        self.orgs.extend(
            directory
                .organisations_of_stand(position)
                .map(|o| (o, &directory.organisations[o])),
        );
        self.fields.fixed(Tier::Key, Matched::Number, &stand.number);
        // The sort key is made from the number folded just now.
        crate::search::fold::natural_key_into(self.fields.last_folded(), &mut self.key);
        if let [(_, org)] = self.orgs[..] {
            self.fields
                .fixed(Tier::Key, Matched::Shown, org.display_name());
        } else {
            self.names.clear();
            for (i, (_, org)) in self.orgs.iter().enumerate() {
                if i > 0 {
                    self.names.push_str(" · ");
                }
                self.names.push_str(org.display_name());
            }
            self.fields.fixed(Tier::Key, Matched::Shown, &self.names);
        }
        let title = stand.title.as_deref().unwrap_or("");
        self.fields.fixed(Tier::Key, Matched::Title, title);
        if !self.fields.wants_more() {
            return;
        }
        for theme in &stand.themes {
            self.fields.add(Tier::Related, Matched::Theme, theme);
        }
        match &mut self.fields {
            Fields::Engine(engine) => {
                for &(o, _) in &self.orgs {
                    engine.share(o);
                }
            }
            Fields::Texts { .. } => {
                // The texts of the organisations' records, as shared.
                for &(o, _) in &self.orgs {
                    let org_texts = field_texts(Kind::Organisation, directory, o, None);
                    let shared = org_texts
                        .into_iter()
                        .enumerate()
                        .filter(|&(field, (what, _))| is_shared(field, what));
                    for (_, (what, text)) in shared {
                        self.fields.fixed(Tier::Related, what, &text);
                    }
                }
            }
        }
        self.fields.end_record(&self.key);
    }

    /// An organisation's fields: its display name, other names, stand
    /// numbers, themes, people and description, the stand numbers right
    /// after the names so that what its stands share is two runs
    /// ([`shared_runs`]).
    fn organisation(&mut self, position: usize) {
        let directory = self.directory;
        let fields = &mut self.fields;
        let org = &directory.organisations[position];
        fields.fixed(Tier::Key, Matched::Shown, org.display_name());
        self.key.clear();
        self.key.push_str(fields.last_folded());
        fields.names_of(org);
        for s in directory.stands_of(position) {
            let number = &directory.stands[s].number;
            fields.add(Tier::Related, Matched::Stand, number);
        }
        for &t in directory.organisation_theme_ids(position) {
            fields.add(
                Tier::Related,
                Matched::Theme,
                &directory.themes()[t as usize],
            );
        }
        fields.people(directory, position);
        let description = org.description.as_deref().unwrap_or("");
        fields.add(Tier::Description, Matched::Description, description);
        fields.end_record(&self.key);
    }

    fn person(&mut self, position: usize) {
        let directory = self.directory;
        let person = &directory.people[position];
        self.fields.fixed(Tier::Key, Matched::Shown, &person.name);
        self.key.clear();
        self.key.push_str(self.fields.last_folded());
        let role = person.role.as_deref().unwrap_or("");
        self.fields.fixed(Tier::Related, Matched::Role, role);
        match directory.organisation_of_person(position) {
            Some(o) => {
                let organisation = directory.organisations[o].display_name();
                self.fields
                    .fixed(Tier::Related, Matched::Organisation, organisation);
            }
            None => self.fields.fixed(Tier::Related, Matched::Organisation, ""),
        }
        let stand = person.stand.as_deref().unwrap_or("");
        self.fields.add(Tier::Related, Matched::Stand, stand);
        self.fields.end_record(&self.key);
    }
}

/// The records of every record of `kind`, ready to build into its engine:
/// stands' records share fields of the organisations' engine, built
/// meanwhile ([`build_stands`]).
pub(super) fn records(kind: Kind, directory: &Directory, indexed: &AtomicUsize) -> EngineBuilder {
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
    match writer.fields {
        Fields::Engine(builder) => *builder,
        Fields::Texts { .. } => unreachable!("written into a builder"),
    }
}

/// The stands' engine, from their records and the organisations' engine.
pub(super) fn build_stands(stands: EngineBuilder, organisations: &Arc<Engine>) -> Engine {
    stands.build_sharing(Arc::clone(organisations), shared_runs(organisations))
}

/// The original texts of record `position` of `kind`, field by field, or
/// only field `wanted`'s, each with what it is: what its engine was given
/// (see [`super::Catalog::field_texts`]).
pub(super) fn field_texts(
    kind: Kind,
    directory: &Directory,
    position: usize,
    wanted: Option<usize>,
) -> Vec<(Matched, String)> {
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
