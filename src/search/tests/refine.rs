//! Searching only the previous hits, or across cores, gives the full scan's result.

use super::{directory, kind_names, names, records};
use crate::search::catalog::{Catalog, Kind};
use crate::search::{Engine, Field, Hit, Record, Tier};

/// A tiny deterministic generator, so the comparison below is reproducible.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound
    }
}

#[test]
fn refining_gives_the_same_hits_as_a_full_scan() {
    let catalog = Catalog::new(&directory());
    let engine = &catalog.stands;
    let typed = [
        "",
        "m",
        "me",
        "med",
        "medc",
        "medci",
        "medcin",
        "medcin ",
        "medcin m",
        "medcin mo",
    ];
    let mut hits = engine.search("");
    let mut previous = "";
    // Type, then delete letter by letter.
    for query in typed.iter().chain(typed.iter().rev()) {
        hits = engine.search_within(previous, &hits, query);
        assert_eq!(hits, engine.search(query), "after {previous:?} → {query:?}");
        previous = query;
    }
    // Random queries made of letters of the directory's texts.
    let alphabet: Vec<char> = "aeiounrstlcdmgp é-".chars().collect();
    let mut random = Lcg(7);
    let mut query = String::new();
    let mut hits = engine.search("");
    for _ in 0..400 {
        let previous = query.clone();
        if random.next(4) == 0 {
            query.pop();
        } else {
            query.push(alphabet[random.next(alphabet.len())]);
        }
        if query.chars().count() > 8 {
            query.clear();
        }
        hits = engine.search_within(&previous, &hits, &query);
        assert_eq!(hits, engine.search(&query), "{previous:?} → {query:?}");
    }
}

#[test]
fn search_into_reuses_and_clears_the_buffer() {
    let catalog = Catalog::new(&directory());
    let mut hits = catalog.stands.search("");
    catalog.stands.search_into("wunneng", &mut hits);
    assert_eq!(kind_names(Kind::Stand, &hits), ["A2"]);
}

#[test]
fn refining_after_a_two_letter_word_still_finds_fuzzy_matches() {
    let engine = records(&[(&[(Tier::Key, "Mxexd")], "m")]);
    // Two letters only match as substrings; three may match fuzzily.
    assert!(engine.search("me").is_empty());
    assert_eq!(engine.search("med").len(), 1);
    let hits = engine.search("me");
    assert_eq!(
        engine.search_within("me", &hits, "med"),
        engine.search("med")
    );
}

#[test]
fn a_large_engine_split_across_cores_ranks_like_a_sequential_pass() {
    // Above the parallel threshold; names built from a few syllables so that
    // queries hit many records with many equal scores.
    let syllables = [
        "wun", "néng", "shël", "lef", "croix", "rou", "ge", "mé", "de", "cins",
    ];
    let mut random = Lcg(3);
    let records: Vec<Record> = (0..20_000)
        .map(|i| {
            let name: String = (0..3)
                .map(|_| syllables[random.next(syllables.len())])
                .collect();
            Record {
                fields: vec![
                    Field {
                        tier: Tier::Key,
                        text: format!("H{i}"),
                    },
                    Field {
                        tier: Tier::Key,
                        text: name,
                    },
                ],
                sort_key: format!("{:05}", random.next(5000)),
            }
        })
        .collect();
    let engine = Engine::new(records);
    for query in ["wun", "shel croix", "h12", "medecins", "ge ge"] {
        let full = engine.search(query);
        assert!(!full.is_empty(), "{query}");
        // The same, one record after the other on this thread.
        let words = engine.query(query);
        let mut sequential: Vec<Hit> = (0..engine.len())
            .filter_map(|r| engine.match_record(r, &words))
            .collect();
        engine.rank_hits(&mut sequential);
        assert_eq!(full, sequential, "{query}");
        // Refining from the empty query is split across cores too.
        let refined = engine.search_within("", &engine.search(""), query);
        assert_eq!(full, refined, "{query}");
    }
}

#[test]
fn live_search_matches_a_full_search_while_typing_deleting_and_editing() {
    let catalog = Catalog::new(&directory());
    let engine = &catalog.stands;
    let mut live = crate::search::LiveSearch::new();
    let mut steps: Vec<String> = Vec::new();
    let typed = "medcin mond";
    for end in 0..=typed.len() {
        steps.push(typed[..end].to_string());
    }
    for end in (0..typed.len()).rev() {
        steps.push(typed[..end].to_string());
    }
    steps.extend(["wun", "wan", "Wun", "wun neng", "rouge croix", "", "a1"].map(String::from));
    let alphabet: Vec<char> = "aeiounrstlcdmgp é-".chars().collect();
    let mut random = Lcg(11);
    let mut query = String::new();
    for _ in 0..300 {
        match random.next(5) {
            0 => drop(query.pop()),
            1 if !query.is_empty() => {
                // Edit in the middle, not at the end.
                let chars: Vec<char> = query.chars().collect();
                let at = random.next(chars.len());
                query = chars[..at].iter().chain(&chars[at + 1..]).collect();
            }
            _ => query.push(alphabet[random.next(alphabet.len())]),
        }
        steps.push(query.clone());
    }
    for step in &steps {
        let hits = live.update(engine, step).to_vec();
        assert_eq!(hits, engine.search(step), "{step:?}");
        assert_eq!(live.hits(), hits.as_slice());
    }
    // Another engine: the guard starts afresh.
    let hits = live.update(&catalog.people, "lea").to_vec();
    assert_eq!(hits, catalog.people.search("lea"));
}

/// Typing a misspelt word letter by letter, or deleting letters, finds what
/// a direct search finds at every step, typo matches included.
#[test]
fn typing_through_a_typo_finds_what_a_direct_search_finds() {
    let names = [
        "Médecins du monde",
        "Maison médicale",
        "Caritas Luxembourg",
        "Croix-Rouge luxembourgeoise",
        "Médiateur",
    ];
    let engine = name_engine(&names);
    let mut live = crate::search::LiveSearch::new();
    for word in ["medicins", "craitas", "luxemburgeoise"] {
        let mut typed = String::new();
        for c in word.chars() {
            typed.push(c);
            assert_eq!(
                live.update(&engine, &typed),
                engine.search(&typed),
                "{typed}"
            );
        }
        while typed.pop().is_some() {
            assert_eq!(
                live.update(&engine, &typed),
                engine.search(&typed),
                "{typed}"
            );
        }
    }
    assert_eq!(engine.search("medicins")[0].record(), 0);
    assert_eq!(engine.search("craitas")[0].record(), 2);
    assert_eq!(engine.search("luxemburgeoise")[0].record(), 3);
}

/// At the letter that gives a word its first typo, the records it reaches
/// only with typos rank below every hit already found: with enough of
/// those, finding them waits until after the frame, and the first hits are
/// the full search's all along.
#[test]
fn records_reached_only_by_typos_can_wait_until_after_the_frame() {
    let names = [
        "Médecins du monde",
        "Médecins sans frontières",
        "Maison médicale",
        "Médiateur",
        // Reached by "medec" only with a typo.
        "Medicins",
    ];
    let engine = name_engine(&names);
    let full = engine.search("medec");
    assert_eq!(
        names_of(&engine, &full),
        [
            "Médecins du monde",
            "Médecins sans frontières",
            "Medicins",
            "Maison médicale"
        ]
    );
    for kept in [1, 2] {
        let mut live = crate::search::LiveSearch::new();
        live.update(&engine, "mede");
        let first = live.update_first(&engine, "medec", kept).to_vec();
        assert!(live.is_partial(), "kept {kept}: the typo pass waits");
        assert_eq!(
            names_of(&engine, &first),
            ["Médecins du monde", "Médecins sans frontières"]
        );
        assert_eq!(first[..], full[..first.len()]);
        live.finish(&engine);
        assert!(!live.is_partial());
        assert_eq!(live.hits(), &full[..]);
        // The next letter does not build on the partial hits.
        let mut next = crate::search::LiveSearch::new();
        next.update(&engine, "mede");
        next.update_first(&engine, "medec", kept);
        assert_eq!(next.update(&engine, "medeci"), &engine.search("medeci")[..]);
    }
    // More hits wanted than can be sure: nothing waits.
    let mut live = crate::search::LiveSearch::new();
    live.update(&engine, "mede");
    assert_eq!(live.update_first(&engine, "medec", 3), &full[..]);
    assert!(!live.is_partial());
}

/// One record per name: the name as its one field (of the name tier) and its sort key.
fn name_engine(names: &[&str]) -> Engine {
    Engine::new(
        names
            .iter()
            .map(|name| Record {
                fields: vec![Field {
                    tier: Tier::Name,
                    text: name.to_string(),
                }],
                sort_key: name.to_string(),
            })
            .collect(),
    )
}

fn names_of(engine: &Engine, hits: &[Hit]) -> Vec<String> {
    names(engine, hits)
}

/// A query one word longer is scored from the earlier words' hits, only
/// the new word matched: the same hits as a full search, on a generated
/// fair, for words matched as such, fuzzily and with typos.
#[test]
fn one_more_word_is_scored_from_the_earlier_hits_as_a_full_search_scores_it() {
    let directory = crate::generate::generate(3_000, 7);
    let catalog = Catalog::new(&directory);
    for engine in [&catalog.stands, &catalog.organisations, &catalog.people] {
        for (before, after) in [
            ("sante", "sante d"),
            ("sante", "sante diekir"),
            ("sante diekir", "sante diekir a"),
            ("a", "a b"),
            ("croix", "croix rouge"),
            ("solidarite", "solidarite wlitz"),
        ] {
            let previous = engine.search(before);
            let added = engine
                .add_word(&previous, after)
                .expect("hits of this engine");
            assert_eq!(added, engine.search(after), "{before:?} → {after:?}");
        }
        // Hits made elsewhere do not say their best word: no shortcut.
        let made = vec![Hit::new(0, 4000, 0)];
        assert_eq!(engine.add_word(&made, "x y"), None);
    }
    let mut live = crate::search::LiveSearch::new();
    let typed = "sante diekir rue";
    for end in 1..=typed.len() {
        let query = &typed[..end];
        assert_eq!(
            live.update(&catalog.stands, query),
            catalog.stands.search(query),
            "{query:?}"
        );
    }
}

/// Records where a word is in no field as such (it could only match them
/// fuzzily or with typos) wait until after the frame when they cannot reach
/// the kept hits: the first hits are the full search's all along, and the
/// finished search is the full one.
#[test]
fn records_matched_only_fuzzily_can_wait_until_after_the_frame() {
    let names = [
        "Santé mentale",
        "Maison de la santé",
        "Sans abri",
        // "san" only fuzzily.
        "Association Saint-Nicolas",
        "Solidarité ainées",
    ];
    let engine = name_engine(&names);
    let full = engine.search("san");
    assert_eq!(
        names_of(&engine, &full)[..3],
        ["Sans abri", "Santé mentale", "Maison de la santé"]
    );
    assert!(
        full.len() > 3,
        "some match only fuzzily: {:?}",
        names_of(&engine, &full)
    );
    let mut live = crate::search::LiveSearch::new();
    live.update(&engine, "s");
    let first = live.update_first(&engine, "san", 2).to_vec();
    assert!(live.is_partial(), "the fuzzy matches wait");
    assert_eq!(first.len(), 3);
    assert_eq!(first[..2], full[..2]);
    live.finish(&engine);
    assert_eq!(live.hits(), &full[..]);
}

/// On a generated fair, whatever is typed: the first `kept` hits of a
/// search that leaves records for later are the full search's, and once
/// finished it is the full search.
#[test]
fn the_first_hits_are_right_before_the_rest_is_found() {
    let directory = crate::generate::generate(3_000, 7);
    let catalog = Catalog::new(&directory);
    let mut waited = 0;
    for engine in [&catalog.stands, &catalog.organisations, &catalog.people] {
        for typed in [
            "sante diekir",
            "solidarite wiltz",
            "maison medicale",
            "croix rouge",
            "brsr",
        ] {
            for kept in [1, 10, 200] {
                let mut live = crate::search::LiveSearch::new();
                for end in 1..=typed.len() {
                    let query = &typed[..end];
                    let full = engine.search(query);
                    let first = live.update_first(engine, query, kept).to_vec();
                    let sure = kept.min(full.len());
                    assert_eq!(first[..sure], full[..sure], "{query:?}, kept {kept}");
                    if live.is_partial() {
                        waited += 1;
                        live.finish(engine);
                    }
                    assert_eq!(live.hits(), &full[..], "{query:?}, kept {kept}");
                }
            }
        }
    }
    assert!(
        waited > 10,
        "records waited for after the frame {waited} times"
    );
}

/// At a fair's size only the first hits are ranked before the frame; the
/// others follow, in the full search's order once finished.
#[test]
fn at_a_fairs_size_the_hits_beyond_the_first_are_ranked_after_the_frame() {
    let directory = crate::generate::generate(17_000, 7);
    let catalog = Catalog::new(&directory);
    let engine = &catalog.stands;
    let full = engine.search("s");
    assert!(full.len() > 16_384, "{} hits", full.len());
    let (mut first, left) = engine.search_first("s", 50);
    assert_eq!(first[..50], full[..50]);
    let left = left.expect("the rest waits");
    assert!(left.all_found(), "only the ranking waits");
    let mut sorted = first.clone();
    sorted.sort_by_key(|h| h.record());
    let mut expected = full.clone();
    expected.sort_by_key(|h| h.record());
    assert_eq!(sorted, expected, "every hit is there");
    engine.finish(left, &mut first);
    assert_eq!(first, full);
    // Typing on: each step starts from the hits found, ranked or not.
    let mut live = crate::search::LiveSearch::new();
    for query in ["s", "sa", "san", "sante", "sante w"] {
        let expected = engine.search(query);
        let hits = live.update_first(engine, query, 50).to_vec();
        assert_eq!(
            hits[..50.min(hits.len())],
            expected[..50.min(expected.len())],
            "{query}"
        );
    }
    live.finish(engine);
    assert_eq!(live.hits(), &engine.search("sante w")[..]);
}
