//! The searchable records of a directory.
//!
//! Record `i` of [`Catalog::stands`] is `directory.stands[i]`, and so on for
//! organisations and people, so a [`Hit`] leads straight back to the data.
//!
//! Field layout (the TUI highlights the first fields of each row):
//! - stand: 0 number, 1 organisations' display names joined by " · ", 2 title
//!   (empty when none), then other fields;
//! - organisation: 0 display name, then other fields;
//! - person: 0 name, 1 role (empty when none), then other fields.

use super::{Engine, Field, Hit, Record, Tier};
use crate::directory::Directory;

pub const STAND_NUMBER: usize = 0;
pub const STAND_ORGS: usize = 1;
pub const STAND_TITLE: usize = 2;
pub const ORG_NAME: usize = 0;
pub const PERSON_NAME: usize = 0;
pub const PERSON_ROLE: usize = 1;

/// What a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Stand,
    Organisation,
    Person,
}

/// Search engines over one directory's stands, organisations and people.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub stands: Engine,
    pub organisations: Engine,
    pub people: Engine,
}

impl Catalog {
    pub fn new(directory: &Directory) -> Self {
        let stands = directory
            .stands
            .iter()
            .map(|s| {
                let orgs: Vec<&str> = s
                    .organisations
                    .iter()
                    .filter_map(|id| directory.organisation(id))
                    .map(|o| o.display_name())
                    .collect();
                Record {
                    fields: vec![
                        field(Tier::Key, &s.number),
                        field(Tier::Key, &orgs.join(" · ")),
                        field(Tier::Key, s.title.as_deref().unwrap_or("")),
                    ],
                    sort_key: s.number.clone(),
                }
            })
            .collect();
        let organisations = directory
            .organisations
            .iter()
            .map(|o| Record {
                fields: vec![
                    field(Tier::Key, o.display_name()),
                    field(Tier::Name, &o.name),
                ],
                sort_key: o.display_name().to_lowercase(),
            })
            .collect();
        let people = directory
            .people
            .iter()
            .map(|p| Record {
                fields: vec![
                    field(Tier::Key, &p.name),
                    field(Tier::Related, p.role.as_deref().unwrap_or("")),
                ],
                sort_key: p.name.to_lowercase(),
            })
            .collect();
        Catalog {
            stands: Engine::new(stands),
            organisations: Engine::new(organisations),
            people: Engine::new(people),
        }
    }

    pub fn engine(&self, kind: Kind) -> &Engine {
        match kind {
            Kind::Stand => &self.stands,
            Kind::Organisation => &self.organisations,
            Kind::Person => &self.people,
        }
    }

    /// Searches several kinds at once; hits of all kinds ranked together.
    pub fn search(&self, query: &str, kinds: &[Kind]) -> Vec<(Kind, Hit)> {
        let mut hits: Vec<(Kind, Hit)> = kinds
            .iter()
            .flat_map(|&k| {
                self.engine(k)
                    .search(query)
                    .into_iter()
                    .map(move |h| (k, h))
            })
            .collect();
        hits.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(a.0.cmp(&b.0)));
        hits
    }
}

fn field(tier: Tier, text: &str) -> Field {
    Field {
        tier,
        text: text.to_string(),
    }
}
