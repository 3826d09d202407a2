//! The fields of each stand, organisation and person record (the layout is
//! in the module docs of [`super`]).

use std::sync::atomic::{AtomicUsize, Ordering};

use super::folded::{FoldedTexts, Prefolded};
use super::{Kind, Matched};
use crate::directory::{Directory, Organisation};
use crate::search::{Engine, EngineBuilder, Tier};

/// Collects a record's fields into an engine, skipping empty ones after the
/// fixed first few.
struct Fields(EngineBuilder);

impl Fields {
    /// A field that must be present (fixed index), even when empty.
    fn fixed(&mut self, tier: Tier, what: Matched, text: &str) {
        self.0.field_tagged(tier, what as u8, text);
    }

    /// [`Fields::fixed`] for a text folded already.
    fn fixed_folded(&mut self, tier: Tier, what: Matched, text: &str, folded: Prefolded) {
        self.0
            .field_folded(tier, what as u8, text, folded.folded, folded.letters);
    }

    fn add(&mut self, tier: Tier, what: Matched, text: &str) {
        if !text.trim().is_empty() {
            self.fixed(tier, what, text);
        }
    }

    fn add_folded(&mut self, tier: Tier, what: Matched, text: &str, folded: Prefolded) {
        // A text that folds to something is not blank: most are not, and
        // `trim` is only needed for the others.
        if !folded.folded.is_empty() || !text.trim().is_empty() {
            self.fixed_folded(tier, what, text, folded);
        }
    }

    /// Official name (when not already the display name) and aliases of
    /// the organisation at `position`.
    fn names_of(&mut self, texts: &FoldedTexts, position: usize, org: &Organisation) {
        if org.short_name.is_some() {
            self.add_folded(
                Tier::Name,
                Matched::OfficialName,
                &org.name,
                texts.org_name(position),
            );
        }
        for (i, alias) in org.aliases.iter().enumerate() {
            self.add_folded(
                Tier::Name,
                Matched::Alias,
                alias,
                texts.org_alias(position, i),
            );
        }
    }

    /// Names and roles of the people of the organisation at `position`.
    fn people(&mut self, texts: &FoldedTexts, directory: &Directory, position: usize) {
        for p in directory.people_of(position) {
            let person = &directory.people[p];
            self.add_folded(
                Tier::Related,
                Matched::Person,
                &person.name,
                texts.person_name(p),
            );
            let role = person.role.as_deref().unwrap_or("");
            self.add_folded(Tier::Related, Matched::Role, role, texts.person_role(p));
        }
    }

    /// The themes `ids` (indices into the directory's themes).
    fn themes(&mut self, texts: &FoldedTexts, directory: &Directory, ids: &[u32]) {
        for &t in ids {
            let t = t as usize;
            self.add_folded(
                Tier::Related,
                Matched::Theme,
                &directory.themes()[t],
                texts.theme(t),
            );
        }
    }
}

/// Room for this many bytes of text per record, to start with.
const BYTES_PER_RECORD: usize = 128;
/// Room for this many fields per record, to start with.
const FIELDS_PER_RECORD: usize = 8;

/// A builder with room for `records` records of the usual size.
fn builder(records: usize) -> EngineBuilder {
    EngineBuilder::with_capacity(
        records,
        records * FIELDS_PER_RECORD,
        records * BYTES_PER_RECORD,
    )
}

/// Writes records into an engine builder; keeps its scratch buffers from
/// one record to the next.
struct Writer<'d> {
    directory: &'d Directory,
    texts: &'d FoldedTexts,
    fields: Fields,
    orgs: Vec<(usize, &'d Organisation)>,
    names: String,
    key: String,
}

impl<'d> Writer<'d> {
    fn new(directory: &'d Directory, texts: &'d FoldedTexts, to: EngineBuilder) -> Self {
        Writer {
            directory,
            texts,
            fields: Fields(to),
            orgs: Vec::new(),
            names: String::new(),
            key: String::new(),
        }
    }

    /// The engine of the records written.
    fn build(self) -> Engine {
        self.fields.0.build()
    }

    /// Writes record `position` of kind `kind` (its index in the directory's
    /// list of that kind).
    fn record(&mut self, kind: Kind, position: usize) {
        match kind {
            Kind::Stand => self.stand(position),
            Kind::Organisation => self.organisation(position),
            Kind::Person => self.person(position),
        }
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
        fields.fixed(Tier::Key, Matched::Number, &stand.number);
        // The sort key is made from the number folded just now.
        crate::search::fold::natural_key_into(fields.0.last_folded(), &mut self.key);
        if let [(o, org)] = self.orgs[..] {
            // Most stands have one organisation, whose name is folded already.
            fields.fixed_folded(
                Tier::Key,
                Matched::Shown,
                org.display_name(),
                texts.org_display(o),
            );
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
        fields.fixed(
            Tier::Key,
            Matched::Title,
            stand.title.as_deref().unwrap_or(""),
        );
        for &(o, org) in &self.orgs {
            fields.names_of(texts, o, org);
        }
        fields.themes(texts, directory, directory.stand_theme_ids(position));
        for &(o, _) in &self.orgs {
            fields.people(texts, directory, o);
        }
        for &(o, org) in &self.orgs {
            let description = org.description.as_deref().unwrap_or("");
            fields.add_folded(
                Tier::Description,
                Matched::Description,
                description,
                texts.org_description(o, org),
            );
        }
        fields.0.end_record(&self.key);
    }

    fn organisation(&mut self, position: usize) {
        let (directory, texts) = (self.directory, self.texts);
        let fields = &mut self.fields;
        let org = &directory.organisations[position];
        let display = texts.org_display(position);
        fields.fixed_folded(Tier::Key, Matched::Shown, org.display_name(), display);
        fields.names_of(texts, position, org);
        fields.themes(texts, directory, directory.organisation_theme_ids(position));
        fields.people(texts, directory, position);
        for s in directory.stands_of(position) {
            fields.add(Tier::Related, Matched::Stand, &directory.stands[s].number);
        }
        let description = org.description.as_deref().unwrap_or("");
        fields.add_folded(
            Tier::Description,
            Matched::Description,
            description,
            texts.org_description(position, org),
        );
        fields.0.end_record(display.folded);
    }

    fn person(&mut self, position: usize) {
        let (directory, texts) = (self.directory, self.texts);
        let fields = &mut self.fields;
        let person = &directory.people[position];
        let name = texts.person_name(position);
        fields.fixed_folded(Tier::Key, Matched::Shown, &person.name, name);
        let role = person.role.as_deref().unwrap_or("");
        fields.fixed_folded(
            Tier::Related,
            Matched::Role,
            role,
            texts.person_role(position),
        );
        match directory.organisation_of_person(position) {
            Some(o) => fields.fixed_folded(
                Tier::Related,
                Matched::Organisation,
                directory.organisations[o].display_name(),
                texts.org_display(o),
            ),
            None => fields.fixed(Tier::Related, Matched::Organisation, ""),
        }
        fields.add(
            Tier::Related,
            Matched::Stand,
            person.stand.as_deref().unwrap_or(""),
        );
        fields.0.end_record(name.folded);
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
    let mut writer = Writer::new(directory, texts, builder(count));
    for from in (0..count).step_by(STEP) {
        let to = (from + STEP).min(count);
        (from..to).for_each(|position| writer.record(kind, position));
        indexed.fetch_add(to - from, Ordering::Relaxed);
    }
    writer.build()
}
