//! `Engine::match_word` tries substrings first and fuzzy matching only where
//! it can still win; it must give exactly what scoring every field in order
//! gives.

use super::super::{Engine, FieldSpan, matching};
use crate::search::catalog::Catalog;

/// The simple way: every field scored in order, first field on ties.
fn match_word_in_order(
    engine: &Engine,
    spans: &[FieldSpan],
    word: &matching::Word,
) -> Option<(i64, usize)> {
    let mut best: Option<(i64, usize)> = None;
    for (index, pair) in spans.windows(2).enumerate() {
        let span = pair[0];
        let text = &engine.folded[span.start as usize..pair[1].start as usize];
        if let Some(quality) = matching::score(text, word, span.tier()) {
            let score = matching::tier_weight(span.tier()) + quality;
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, index));
            }
        }
    }
    best
}

#[test]
fn two_passes_score_every_word_like_scoring_fields_in_order() {
    let directory = crate::generate::generate(1500, 11);
    let catalog = Catalog::new(&directory);
    // Substrings, word starts, fuzzy abbreviations, typos, numbers, misses.
    let words = [
        "s",
        "sa",
        "san",
        "sante",
        "brsr",
        "bonnevoie",
        "bnv",
        "mersch",
        "msch",
        "coop",
        "cooperatve",
        "1a",
        "001",
        "hall",
        "dir",
        "directrice",
        "wltz",
        "enrg",
        "ecol",
        "zzq",
        "frenn",
        "lux",
        "taeter",
        "ass",
        "muller",
        "sol",
        "solidrite",
    ];
    let mut fuzzy_wins = 0;
    for engine in [&catalog.stands, &catalog.organisations, &catalog.people] {
        for text in words {
            let query = matching::Query::new(text);
            let word = &query.words[0];
            for record in 0..engine.len() {
                let spans = engine.spans_of(record);
                let expected = match_word_in_order(engine, spans, word);
                assert_eq!(
                    engine.match_word(spans, word),
                    expected,
                    "word {text:?}, record {record}"
                );
                if let Some((score, _)) = expected {
                    fuzzy_wins += usize::from(score % 1000 < 400);
                }
            }
        }
    }
    assert!(
        fuzzy_wins > 100,
        "fuzzy matches were exercised: {fuzzy_wins}"
    );
}
