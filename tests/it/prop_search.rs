//! Property tests: search never panics on any Unicode, and highlights always
//! point at characters of the field they highlight.
//!
//! Texts and queries mix the characters that break naive text code: combining
//! marks, emoji with joiners and skin tones, flags, right-to-left scripts,
//! bidi overrides, zero-width characters, C0/C1 controls, characters whose
//! case or compatibility folding changes their length (ß, İ, ﬁ, ǅ), CJK.
//! Case counts: see tests/it/common/prop.rs.

use crate::common::prop as prop_settings;

use maillage::directory;
use maillage::search::catalog::Catalog;
use maillage::search::{Engine, Field, Hit, LiveSearch, Record, Tier};
use proptest::prelude::*;

/// Characters chosen to be hard, plus any char at all.
fn hard_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            'a', 'e', 'E', 'o', 's', 't', ' ', ' ', '-', '\'', '.', '1',
            'é', 'Ü', 'ß', 'İ', 'ı', 'ﬁ', 'ǅ', 'Å', 'ø', 'œ', 'Æ',
            '\u{301}', '\u{308}', '\u{327}', '\u{20dd}', // combining marks
            '🦀', '👩', '\u{200d}', '\u{1f3fd}', '🇱', '🇺', '\u{fe0f}',
            'א', 'ש', 'ل', 'م', '\u{202e}', '\u{202d}', '\u{2066}', '\u{200f}',
            '\u{200b}', '\u{feff}', '\u{0}', '\u{7}', '\u{1b}', '\u{9b}', '\u{85}', '\n', '\t',
            '中', '文', 'ｱ', '\u{3000}', '\u{ffff}', '\u{10ffff}',
        ]),
        1 => any::<char>(),
    ]
}

fn hard_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(hard_char(), 0..max).prop_map(|c| c.into_iter().collect())
}

fn tier() -> impl Strategy<Value = Tier> {
    prop::sample::select(vec![
        Tier::Key,
        Tier::Name,
        Tier::Related,
        Tier::Description,
    ])
}

fn records() -> impl Strategy<Value = Vec<Record>> {
    let field = (tier(), hard_text(40)).prop_map(|(tier, text)| Field { tier, text });
    let record = (prop::collection::vec(field, 0..5), hard_text(6))
        .prop_map(|(fields, sort_key)| Record { fields, sort_key });
    prop::collection::vec(record, 0..12)
}

/// A query: random, or a piece of a field (so that it matches), edited.
fn query_for(records: &[Record]) -> impl Strategy<Value = String> + use<> {
    let texts: Vec<String> = records
        .iter()
        .flat_map(|r| r.fields.iter().map(|f| f.text.clone()))
        .filter(|t| !t.is_empty())
        .collect();
    let random = hard_text(12).boxed();
    if texts.is_empty() {
        return random;
    }
    let piece = (
        prop::sample::select(texts.clone()),
        any::<(usize, usize)>(),
        hard_text(2),
    )
        .prop_map(|(text, (a, b), extra)| {
            let chars: Vec<char> = text.chars().collect();
            let start = a % chars.len();
            let end = start + b % (chars.len() - start + 1);
            let mut q: String = chars[start..end].iter().collect();
            q.push_str(&extra);
            q
        });
    // A longer piece with typos: letters swapped, replaced or dropped, so
    // typo matches (and searching as one types through them) are exercised.
    let with_typos = (
        prop::sample::select(texts),
        any::<usize>(),
        prop::collection::vec((any::<usize>(), 0..3u8, hard_char()), 1..3),
    )
        .prop_map(|(text, start, edits)| {
            let chars: Vec<char> = text.chars().collect();
            let start = start % chars.len();
            let mut q: Vec<char> = chars[start..].iter().copied().take(12).collect();
            for (at, kind, c) in edits {
                if q.len() < 2 {
                    break;
                }
                let at = at % (q.len() - 1);
                match kind {
                    0 => q.swap(at, at + 1),
                    1 => q[at] = c,
                    _ => {
                        q.remove(at);
                    }
                }
            }
            q.into_iter().collect()
        });
    prop_oneof![random, piece, with_typos].boxed()
}

/// Every highlight is a char index of the field, sorted, no duplicates,
/// and lands on a char boundary of the text as a byte offset too.
fn check_positions(engine: &Engine, query: &str) -> Result<(), TestCaseError> {
    for record in 0..engine.len() {
        for (f, field) in engine.record(record).to_record().fields.iter().enumerate() {
            let positions = engine.positions(record, f, query);
            let count = field.text.chars().count();
            prop_assert!(
                positions.windows(2).all(|w| w[0] < w[1]),
                "not sorted and unique: {:?}",
                positions
            );
            for &p in &positions {
                prop_assert!(
                    p < count,
                    "position {} beyond the {} chars of {:?}",
                    p,
                    count,
                    field.text
                );
                let byte = field.text.char_indices().nth(p).unwrap().0;
                prop_assert!(field.text.is_char_boundary(byte));
            }
        }
        // Out of range asks get nothing, not a panic.
        prop_assert!(engine.positions(record, usize::MAX, query).is_empty());
    }
    prop_assert!(engine.positions(usize::MAX, 0, query).is_empty());
    Ok(())
}

fn check_hits(engine: &Engine, hits: &[Hit]) -> Result<(), TestCaseError> {
    for hit in hits {
        prop_assert!(hit.record() < engine.len());
        let fields = engine.record(hit.record()).len();
        prop_assert!(hit.field() < fields.max(1));
    }
    Ok(())
}

proptest! {
    #![proptest_config(prop_settings::config(1000))]

    #[test]
    fn random_records_and_queries_never_panic(
        (records, queries) in records().prop_flat_map(|records| {
            let queries = prop::collection::vec(query_for(&records), 1..4);
            (Just(records), queries)
        }),
        kept in 1usize..6,
    ) {
        let engine = Engine::new(records.clone());
        // The engine gives back every record as it was given.
        prop_assert_eq!(engine.len(), records.len());
        for (index, record) in records.iter().enumerate() {
            prop_assert_eq!(&engine.record(index).to_record(), record);
        }
        let mut live = LiveSearch::new();
        // Typing with the frame's share first: what is left for later never
        // changes the first `kept` hits, and finishing gives the full search.
        let mut first = LiveSearch::new();
        let mut previous: Option<(String, Vec<Hit>)> = None;
        for query in &queries {
            let hits = engine.search(query);
            check_hits(&engine, &hits)?;
            check_positions(&engine, query)?;
            // Searching as one types, or within the last hits, finds the same.
            let mut typed = String::new();
            for c in query.chars() {
                typed.push(c);
                live.update(&engine, &typed);
                let full = engine.search(&typed);
                let shown = first.update_first(&engine, &typed, kept).to_vec();
                let top = kept.min(full.len());
                prop_assert_eq!(&shown[..top.min(shown.len())], &full[..top.min(shown.len())]);
                prop_assert!(shown.len() >= top, "the first hits are all there");
                if !first.is_partial() {
                    prop_assert_eq!(&shown, &full);
                }
                // Sometimes the next letter comes before the rest was found.
                if typed.len().is_multiple_of(2) {
                    first.finish(&engine);
                    prop_assert_eq!(first.hits(), &full[..]);
                }
            }
            first.update_first(&engine, query, kept);
            first.finish(&engine);
            prop_assert_eq!(first.hits(), &hits[..]);
            prop_assert_eq!(live.update(&engine, query), &hits[..]);
            if let Some((before, before_hits)) = &previous {
                prop_assert_eq!(engine.search_within(before, before_hits, query), hits.clone());
            }
            previous = Some((query.clone(), hits));
        }
    }
}

proptest! {
    #![proptest_config(prop_settings::config(1000))]

    /// A search is a function of the engine and the query only: searching
    /// something else in between changes nothing.
    #[test]
    fn results_do_not_depend_on_earlier_searches(
        (records, query) in records().prop_flat_map(|r| {
            let q = query_for(&r);
            (Just(r), q)
        }),
        (other, other_queries) in records().prop_flat_map(|r| {
            let q = prop::collection::vec(query_for(&r), 1..4);
            (Just(r), q)
        }),
    ) {
        let engine = Engine::new(records);
        let first = engine.search(&query);
        let other = Engine::new(other);
        for q in &other_queries {
            // Searching and highlighting, as the list does for its rows.
            for hit in other.search(q) {
                other.positions(hit.record(), hit.field(), q);
            }
        }
        prop_assert_eq!(engine.search(&query), first);
    }
}

thread_local! {
    static CATALOG: Catalog = Catalog::new(&directory::default_directory());
}

proptest! {
    #![proptest_config(prop_settings::config(1000))]

    #[test]
    fn hard_queries_on_the_real_directory_never_panic(query in hard_text(16)) {
        CATALOG.with(|catalog| -> Result<(), TestCaseError> {
            for engine in [&catalog.stands, &catalog.organisations, &catalog.people] {
                let hits = engine.search(&query);
                check_hits(engine, &hits)?;
                for hit in hits.iter().take(20) {
                    let record = engine.record(hit.record()).to_record();
                    let field = &record.fields[hit.field()];
                    let count = field.text.chars().count();
                    let positions = engine.positions(hit.record(), hit.field(), &query);
                    prop_assert!(positions.iter().all(|&p| p < count));
                }
            }
            Ok(())
        })?;
    }
}

thread_local! {
    /// A generated fair, and its catalog.
    static FAIR: (directory::Directory, Catalog) = {
        let fair = maillage::generate::generate(2500, 13);
        let catalog = Catalog::new(&fair);
        (fair, catalog)
    };
}

/// Words of the generated fair's vocabulary, cut, with typos and accents.
fn fair_query() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "santé",
        "sante",
        "wiltz",
        "mersch",
        "brsr",
        "coop",
        "1a-0",
        "hall",
        "dir",
        "Düdelingen",
        "gaelle",
        "assoc",
        "solidrite",
        "x",
        "zzq",
        "e",
    ]);
    let piece = (word, 1..8usize).prop_map(|(w, n)| w.chars().take(n).collect::<String>());
    prop::collection::vec(prop_oneof![4 => piece, 1 => hard_text(4)], 0..3)
        .prop_map(|words| words.join(" "))
}

/// One, two or all three kinds of records, in order.
fn kinds() -> impl Strategy<Value = Vec<maillage::search::catalog::Kind>> {
    use maillage::search::catalog::Kind;
    prop::sample::subsequence(vec![Kind::Stand, Kind::Organisation, Kind::Person], 1..=3)
}

proptest! {
    #![proptest_config(prop_settings::config(100))]

    /// `maillage search` and the app rank hits of several kinds as one list
    /// (`Catalog::search` merges each engine's ranked hits): exactly the
    /// hits of each engine, sorted by score, then sort key, then kind, then
    /// record, whatever the query and kinds.
    #[test]
    fn hits_of_several_kinds_are_ranked_as_one_list(
        query in fair_query(),
        kinds in kinds(),
    ) {
        FAIR.with(|(_, catalog)| -> Result<(), TestCaseError> {
            let mut expected: Vec<_> = kinds
                .iter()
                .flat_map(|&kind| catalog.engine(kind).search(&query).into_iter().map(move |hit| (kind, hit)))
                .collect();
            expected.sort_by(|(a_kind, a), (b_kind, b)| {
                let key = |kind, hit: &Hit| catalog.engine(kind).record(hit.record()).sort_key();
                b.score()
                    .cmp(&a.score())
                    .then_with(|| key(*a_kind, a).cmp(key(*b_kind, b)))
                    .then(a_kind.cmp(b_kind))
                    .then(a.record().cmp(&b.record()))
            });
            prop_assert_eq!(catalog.search(&query, &kinds), expected);
            Ok(())
        })?;
    }
}
