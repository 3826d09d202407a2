//! A generator of valid, realistic directories of any size, for benchmarks
//! (`benches/`) and for trying the app at trade-fair scale
//! (`cargo run --release --example generate_directory -- --stands 50000`).
//!
//! Names mix French, Luxembourgish and German words with their accents, so the
//! folding path of the search is exercised as on real data. Everything is
//! fictional (the event says so). The layout is a real grid: halls of double
//! rows of stands back to back, 2-cell aisles between them, a cross aisle
//! every ten stands, halls joined by doors. The output passes `maillage check`.
//!
//! Not part of the app: hidden from the docs, kept in the library only so the
//! example and the benchmarks share one generator.

mod names;
mod programme;

pub use programme::add_programme;

use crate::directory::*;
use names::*;

/// Deterministic generator (SplitMix64): the same seed gives the same file on
/// every machine, which a benchmark needs; quality needs are modest.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Stands per row between cross aisles, rows of groups, and the resulting hall.
const PER_GROUP: u32 = 10;
const GROUPS: u32 = 4;
const STAND_W: u32 = 3;
const STAND_H: u32 = 2;
const BLOCKS_PER_HALL: u32 = 32;

/// Builds a directory of `stands` stands, deterministic for a given seed.
pub fn generate(stands: usize, seed: u64) -> Directory {
    let mut rng = Rng(seed);
    let per_hall = (BLOCKS_PER_HALL * 2 * GROUPS * PER_GROUP) as usize;
    let hall_count = stands.div_ceil(per_hall);
    let mut halls = Vec::new();
    let mut connections = Vec::new();
    for h in 0..hall_count {
        let in_hall = (stands - h * per_hall).min(per_hall) as u32;
        let blocks = in_hall.div_ceil(2 * GROUPS * PER_GROUP);
        halls.push(hall(h, blocks));
        if h > 0 {
            let prev_width = 4 + GROUPS * (PER_GROUP * STAND_W + 2);
            connections.push(Connection {
                id: format!("porte-{h}").into(),
                name: format!("Porte entre les halls {} et {}", h, h + 1).into(),
                kind: ConnectionKind::Door,
                from: Point {
                    hall: hall_id(h - 1).into(),
                    x: prev_width - 2,
                    y: 1,
                },
                to: Point {
                    hall: hall_id(h).into(),
                    x: 1,
                    y: 1,
                },
                length_m: Some(4.0),
            });
        }
    }

    let mut organisations = Vec::new();
    let mut people = Vec::new();
    let mut stand_list = Vec::with_capacity(stands);
    for i in 0..stands {
        // One organisation in ten holds two neighbouring stands.
        let shares_previous = i % 10 == 1;
        if !shares_previous {
            let org = organisation(&mut rng, organisations.len());
            if organisations.len() % 2 == 0 {
                people.push(person(&mut rng, people.len(), &org.id));
            }
            organisations.push(org);
        }
        let org_id = organisations
            .last()
            .map(|o: &Organisation| o.id.clone())
            .unwrap_or_default();
        stand_list.push(stand(&mut rng, i, per_hall, org_id));
    }

    Directory {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        event: Event {
            id: format!("salon-genere-{stands}-{seed}").into(),
            name: format!("Salon généré ({stands} stands)").into(),
            edition: None,
            date: None,
            date_note: None,
            venue: Some("Parc des expositions (fictif)".into()),
            city: None,
            description: Some(
                "Répertoire fictif produit par generate_directory pour les mesures de performance."
                    .into(),
            ),
            sources: Vec::new(),
            notes: vec!["Tout ce répertoire est inventé : noms, personnes et plan.".into()],
        },
        organisations,
        stands: stand_list,
        people,
        venue: Some(Venue {
            illustrative: true,
            note: Some("Plan généré automatiquement.".into()),
            halls,
            connections,
        }),
        programme: None,
        links: Default::default(),
    }
}

fn hall_id(h: usize) -> String {
    format!("hall-{}", h + 1)
}

fn hall(h: usize, blocks: u32) -> Hall {
    let width = 4 + GROUPS * (PER_GROUP * STAND_W + 2);
    let height = 6 + blocks * 6;
    let entrance_x = 2;
    let walls = vec![
        Rect {
            x: 0,
            y: 0,
            w: width,
            h: 1,
        },
        Rect {
            x: 0,
            y: height - 1,
            w: entrance_x,
            h: 1,
        },
        Rect {
            x: entrance_x + 1,
            y: height - 1,
            w: width - entrance_x - 1,
            h: 1,
        },
        Rect {
            x: 0,
            y: 1,
            w: 1,
            h: height - 2,
        },
        Rect {
            x: width - 1,
            y: 1,
            w: 1,
            h: height - 2,
        },
    ];
    Hall {
        id: hall_id(h).into(),
        name: format!("Hall {}", h + 1).into(),
        level: 0,
        width,
        height,
        metres_per_cell: 1.0,
        walls,
        entrances: vec![Entrance {
            id: format!("entree-{}", h + 1).into(),
            name: format!("Entrée du hall {}", h + 1).into(),
            x: entrance_x,
            y: height - 1,
            main: h == 0,
        }],
        landmarks: vec![Landmark {
            id: format!("sanitaires-{}", h + 1).into(),
            name: "Sanitaires".into(),
            kind: LandmarkKind::Toilets,
            x: width - 3,
            y: 1,
            w: 2,
            h: 2,
            walkable: true,
        }],
    }
}

fn stand(rng: &mut Rng, i: usize, per_hall: usize, org: Text) -> Stand {
    let hall = i / per_hall;
    let k = (i % per_hall) as u32;
    let per_row = GROUPS * PER_GROUP;
    let row = k / per_row; // rows alternate: facing north, then facing south
    let col = k % per_row;
    let block = row / 2;
    let facing_north = row.is_multiple_of(2);
    let x = 3 + (col / PER_GROUP) * (PER_GROUP * STAND_W + 2) + (col % PER_GROUP) * STAND_W;
    let y = 3 + block * 6 + if facing_north { 0 } else { STAND_H };
    let themes = if rng.below(3) == 0 {
        vec![rng.pick(THEMES)]
    } else {
        Vec::new()
    };
    Stand {
        number: format!(
            "{}{}-{:03}",
            hall + 1,
            (b'A' + (row % 26) as u8) as char,
            col + 1 + (row / 26) * 100
        )
        .into(),
        organisations: vec![org].into(),
        title: (rng.below(4) == 0)
            .then(|| format!("{} {}", rng.pick(WORDS), rng.pick(PLACES)).into()),
        themes: themes.into(),
        illustrative: false,
        location: Some(StandLocation {
            hall: hall_id(hall).into(),
            x,
            y,
            w: STAND_W,
            h: STAND_H,
            approach: if facing_north {
                Side::North
            } else {
                Side::South
            },
        }),
    }
}

fn organisation(rng: &mut Rng, n: usize) -> Organisation {
    let kind = rng.pick(KINDS);
    let word = rng.pick(WORDS);
    let place = rng.pick(PLACES);
    let name = format!("{kind} {word} {place}");
    let mut themes: Vec<Text> = vec![rng.pick(THEMES).into()];
    let second = rng.pick(THEMES);
    if second != themes[0] {
        themes.push(second.into());
    }
    Organisation {
        id: format!("org-{n}").into(),
        short_name: (rng.below(3) == 0).then(|| format!("{word} {place}").into()),
        kind: Some(kind.to_lowercase().into()),
        description: Some(
            format!(
                "{} pour {} à {}.",
                rng.pick(WORDS),
                rng.pick(THEMES),
                rng.pick(PLACES)
            )
            .into(),
        ),
        themes: themes.into(),
        name: name.into(),
        more: None,
    }
}

fn person(rng: &mut Rng, n: usize, org: &str) -> Person {
    Person {
        id: format!("p-{n}").into(),
        name: format!("{} {}", rng.pick(FIRST), rng.pick(LAST)).into(),
        role: Some(rng.pick(ROLES).into()),
        organisation: Some(org.into()),
        illustrative: false,
        more: None,
    }
}

/// The directory of [`generate`] as the JSON text of a directory file.
pub fn json(stands: usize, seed: u64) -> String {
    json_with_talks(stands, 0, seed)
}

/// [`generate`] with a programme of `talks` talks ([`add_programme`]; none
/// for 0), as JSON.
pub fn json_with_talks(stands: usize, talks: usize, seed: u64) -> String {
    let mut directory = generate(stands, seed);
    if talks > 0 {
        add_programme(&mut directory, talks, seed);
    }
    serde_json::to_string(&directory).expect("a directory always serializes")
}
