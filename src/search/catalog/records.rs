//! The fields of each stand, organisation and person record (the layout is
//! in the module docs of [`super`]).

use std::sync::atomic::{AtomicUsize, Ordering};

use super::folded::{FoldedTexts, Prefolded};
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
    /// A field that must be present (fixed index), even when empty;
    /// `folded` is its text folded already, when the catalog has it.
    fn fixed(&mut self, tier: Tier, what: Matched, text: &str, folded: Option<Prefolded>) {
        match (self, folded) {
            (Fields::Engine(engine), Some(folded)) => {
                engine.field_folded(tier, what as u8, text, folded.folded, folded.letters)
            }
            (Fields::Engine(engine), None) => engine.field_tagged(tier, what as u8, text),
            (
                Fields::Texts {
                    wanted,
                    seen,
                    texts,
                },
                _,
            ) => {
                if wanted.is_none_or(|wanted| wanted == *seen) {
                    texts.push(text.to_string());
                }
                *seen += 1;
            }
        }
    }

    /// [`Fields::fixed`], skipping a blank text.
    fn add(&mut self, tier: Tier, what: Matched, text: &str, folded: Option<Prefolded>) {
        // A text that folds to something is not blank: most are not, and
        // `trim` is only needed for the others.
        if folded.is_some_and(|f| !f.folded.is_empty()) || !text.trim().is_empty() {
            self.fixed(tier, what, text, folded);
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
    /// the organisation at `position`.
    fn names_of(&mut self, texts: Option<&FoldedTexts>, position: usize, org: &Organisation) {
        if org.short_name.is_some() {
            let folded = texts.map(|t| t.org_name(position));
            self.add(Tier::Name, Matched::OfficialName, &org.name, folded);
        }
        for (i, alias) in org.aliases.iter().enumerate() {
            let folded = texts.map(|t| t.org_alias(position, org, i));
            self.add(Tier::Name, Matched::Alias, alias, folded);
        }
    }

    /// Names and roles of the people of the organisation at `position`.
    fn people(&mut self, texts: Option<&FoldedTexts>, directory: &Directory, position: usize) {
        for p in directory.people_of(position) {
            let person = &directory.people[p];
            let folded = texts.map(|t| t.person_name(p));
            self.add(Tier::Related, Matched::Person, &person.name, folded);
            let role = person.role.as_deref().unwrap_or("");
            let folded = texts.map(|t| t.person_role(p));
            self.add(Tier::Related, Matched::Role, role, folded);
        }
    }

    /// The themes `ids` (indices into the directory's themes).
    fn themes(&mut self, texts: Option<&FoldedTexts>, directory: &Directory, ids: &[u32]) {
        for &t in ids {
            let t = t as usize;
            let folded = texts.map(|texts| texts.theme(t));
            self.add(
                Tier::Related,
                Matched::Theme,
                &directory.themes()[t],
                folded,
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
    /// The texts folded once; `None` when only original texts are read.
    texts: Option<&'d FoldedTexts>,
    fields: Fields,
    orgs: Vec<(usize, &'d Organisation)>,
    names: String,
    key: String,
}

impl<'d> Writer<'d> {
    fn new(directory: &'d Directory, texts: Option<&'d FoldedTexts>, to: Fields) -> Self {
        Writer {
            directory,
            texts,
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
        self.fields
            .fixed(Tier::Key, Matched::Shown, &talk.title, None);
        super::talks::sort_key_into(talk, self.fields.last_folded(), &mut self.key);
        let place = talk
            .place
            .as_ref()
            .and_then(|p| directory.talk_place_name(p));
        self.fields
            .fixed(Tier::Related, Matched::Place, place.unwrap_or(""), None);
        // The row shows the first two fields: reading them back needs no
        // look-up of the speakers.
        if !self.fields.wants_more() {
            return;
        }
        for k in 0..talk.speakers.len() {
            let name = directory.speaker_name(position, k).unwrap_or("");
            self.fields.add(Tier::Related, Matched::Speaker, name, None);
        }
        for theme in &talk.themes {
            self.fields.add(Tier::Related, Matched::Theme, theme, None);
        }
        self.fields.end_record(&self.key);
    }

    fn stand(&mut self, position: usize) {
        let (directory, texts) = (self.directory, self.texts);
        let fields = &mut self.fields;
        let stand = &directory.stands[position];
        self.orgs.clear();
        self.orgs.extend(
            directory
                .organisations_of_stand(position)
                .map(|o| (o, &directory.organisations[o])),
        );
        fields.fixed(Tier::Key, Matched::Number, &stand.number, None);
        // The sort key is made from the number folded just now.
        crate::search::fold::natural_key_into(fields.last_folded(), &mut self.key);
        if let [(o, org)] = self.orgs[..] {
            // Most stands have one organisation, whose name is folded already.
            let folded = texts.map(|t| t.org_display(o));
            fields.fixed(Tier::Key, Matched::Shown, org.display_name(), folded);
        } else {
            self.names.clear();
            for (i, (_, org)) in self.orgs.iter().enumerate() {
                if i > 0 {
                    self.names.push_str(" · ");
                }
                self.names.push_str(org.display_name());
            }
            fields.fixed(Tier::Key, Matched::Shown, &self.names, None);
        }
        let title = stand.title.as_deref().unwrap_or("");
        fields.fixed(Tier::Key, Matched::Title, title, None);
        for &(o, org) in &self.orgs {
            fields.names_of(texts, o, org);
        }
        fields.themes(texts, directory, directory.stand_theme_ids(position));
        for &(o, _) in &self.orgs {
            fields.people(texts, directory, o);
        }
        for &(o, org) in &self.orgs {
            let description = org.description.as_deref().unwrap_or("");
            let folded = texts.map(|t| t.org_description(o, org));
            fields.add(Tier::Description, Matched::Description, description, folded);
        }
        fields.end_record(&self.key);
    }

    fn organisation(&mut self, position: usize) {
        let (directory, texts) = (self.directory, self.texts);
        let fields = &mut self.fields;
        let org = &directory.organisations[position];
        let display = texts.map(|t| t.org_display(position));
        fields.fixed(Tier::Key, Matched::Shown, org.display_name(), display);
        fields.names_of(texts, position, org);
        fields.themes(texts, directory, directory.organisation_theme_ids(position));
        fields.people(texts, directory, position);
        for s in directory.stands_of(position) {
            let number = &directory.stands[s].number;
            fields.add(Tier::Related, Matched::Stand, number, None);
        }
        let description = org.description.as_deref().unwrap_or("");
        let folded = texts.map(|t| t.org_description(position, org));
        fields.add(Tier::Description, Matched::Description, description, folded);
        fields.end_record(display.map_or("", |d| d.folded));
    }

    fn person(&mut self, position: usize) {
        let (directory, texts) = (self.directory, self.texts);
        let fields = &mut self.fields;
        let person = &directory.people[position];
        let name = texts.map(|t| t.person_name(position));
        fields.fixed(Tier::Key, Matched::Shown, &person.name, name);
        let role = person.role.as_deref().unwrap_or("");
        let folded = texts.map(|t| t.person_role(position));
        fields.fixed(Tier::Related, Matched::Role, role, folded);
        match directory.organisation_of_person(position) {
            Some(o) => {
                let organisation = directory.organisations[o].display_name();
                let folded = texts.map(|t| t.org_display(o));
                fields.fixed(Tier::Related, Matched::Organisation, organisation, folded);
            }
            None => fields.fixed(Tier::Related, Matched::Organisation, "", None),
        }
        let stand = person.stand.as_deref().unwrap_or("");
        fields.add(Tier::Related, Matched::Stand, stand, None);
        fields.end_record(name.map_or("", |n| n.folded));
    }
}

/// The engine of every record of `kind`.
pub(super) fn engine(
    kind: Kind,
    directory: &Directory,
    texts: &FoldedTexts,
    indexed: &AtomicUsize,
) -> Engine {
    /// Records between two updates of `indexed`: often enough for a
    /// progress line, rarely enough that two cores adding to one counter
    /// do not slow each other.
    const STEP: usize = 512;
    let count = super::count(directory, kind);
    let mut writer = Writer::new(
        directory,
        Some(texts),
        Fields::Engine(Box::new(builder(count))),
    );
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
    let mut writer = Writer::new(directory, None, texts);
    writer.record(kind, position);
    match writer.fields {
        Fields::Texts { texts, .. } => texts,
        Fields::Engine(_) => Vec::new(),
    }
}
