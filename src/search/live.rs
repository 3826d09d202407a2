//! Search as you type: the results of the queries typed so far are kept, so
//! typing a letter searches only the previous hits and deleting one goes
//! back to results already computed.

use std::sync::Arc;

use super::matching::Query;
use super::{Engine, Hit, Left};

/// How many earlier queries are remembered; the oldest are forgotten first.
/// A query is rarely longer than this, and each level holds at most one hit
/// per record.
const MAX_LEVELS: usize = 32;

/// The search box of one list: feed it every new query, read the hits.
///
/// Use one `LiveSearch` per [`Engine`]; after switching to another engine (or
/// rebuilding it), call [`LiveSearch::clear`]. The hits are always exactly
/// those of `engine.search(query)`.
#[derive(Debug, Clone, Default)]
pub struct LiveSearch {
    /// Earlier queries and their hits; each query narrows the ones below it.
    levels: Vec<Level>,
    /// Size of the engine the levels were computed on (a cheap guard).
    engine_len: usize,
}

#[derive(Debug, Clone)]
struct Level {
    query: String,
    folded: Query,
    /// Shared with the list that shows them ([`LiveSearch::shared_hits`]):
    /// up to one hit per record, not copied.
    hits: Arc<Vec<Hit>>,
    /// Records left for later by [`Engine::refine_first`]: until
    /// [`LiveSearch::finish`], `hits` is right only in its first places.
    left: Option<Left>,
}

impl Level {
    /// Whether every hit of the level is found (the ranking of the later
    /// ones may wait): a search may start from them.
    fn all_found(&self) -> bool {
        self.left.as_ref().is_none_or(Left::all_found)
    }
}

impl LiveSearch {
    pub fn new() -> Self {
        Self::default()
    }

    /// The hits for `query`, reusing earlier results when `query` narrows
    /// them (letters typed) or was seen before (letters deleted).
    pub fn update(&mut self, engine: &Engine, query: &str) -> &[Hit] {
        self.update_first(engine, query, usize::MAX);
        self.finish(engine);
        self.hits()
    }

    /// [`LiveSearch::update`], leaving for [`LiveSearch::finish`] what cannot
    /// change the first `kept` hits (see [`Engine::refine_first`]): the
    /// frame is drawn from those, the rest is found after it.
    pub fn update_first(&mut self, engine: &Engine, query: &str, kept: usize) -> &[Hit] {
        if engine.len() != self.engine_len {
            self.clear();
            self.engine_len = engine.len();
        }
        let folded = Query::new(query);
        // Every record, in order, is no search: the empty query's hits are
        // listed anew when it comes back (at 50k, 0.6 MB less kept for the
        // list on screen while a query is typed), and freed before searching.
        if !folded.is_empty() {
            self.levels.retain(|level| !level.folded.is_empty());
        }
        // Keep the levels the new query narrows (it was typed from them, and
        // deleting letters may come back to them); drop the others.
        while let Some(top) = self.levels.last() {
            if top.folded.same_words(&folded) || folded.narrows(&top.folded) {
                break;
            }
            self.levels.pop();
        }
        if self
            .levels
            .last()
            .is_some_and(|top| top.folded.same_words(&folded))
        {
            return self.hits();
        }
        // Search within the highest complete level whose hits surely hold
        // all the new ones; with none, search everything.
        let source = self
            .levels
            .iter()
            .rev()
            .find(|l| l.all_found() && folded.refines(&l.folded));
        // A level with every word but the last has their scores: matching
        // the last word alone in its hits costs less than matching every
        // word in a few times fewer records.
        let words = folded.words.len();
        let settled = self.levels.iter().rev().find(|l| {
            l.all_found()
                && folded.adds_a_word_to(&l.folded)
                && source.is_none_or(|s| l.hits.len() <= s.hits.len() * words)
        });
        let (mut hits, left) = match (
            settled.and_then(|l| engine.add_word_first(&l.hits, query, kept)),
            source,
        ) {
            (Some(found), _) => found,
            (None, Some(source)) => engine.refine_first(&source.query, &source.hits, query, kept),
            (None, None) => engine.search_first(query, kept),
        };
        // Kept while the query is typed on: no more room than the hits
        // need (a list grown by doubling may hold twice as much).
        if left.is_none() {
            hits.shrink_to_fit();
        }
        if self.levels.len() == MAX_LEVELS {
            self.levels.remove(0);
        }
        self.levels.push(Level {
            query: query.to_string(),
            folded,
            hits: Arc::new(hits),
            left,
        });
        self.hits()
    }

    /// Whether the last query's hits still lack what was left for later.
    pub fn is_partial(&self) -> bool {
        self.levels.last().is_some_and(|l| l.left.is_some())
    }

    /// Completes the last query's hits, if anything was left for later.
    pub fn finish(&mut self, engine: &Engine) {
        if let Some(top) = self.levels.last_mut()
            && let Some(left) = top.left.take()
        {
            // Copied when the list on screen still shows the partial hits.
            let mut hits = Arc::unwrap_or_clone(std::mem::take(&mut top.hits));
            engine.finish(left, &mut hits);
            hits.shrink_to_fit();
            top.hits = Arc::new(hits);
        }
    }

    /// The hits of the last query given to [`LiveSearch::update`] (none
    /// before the first call).
    pub fn hits(&self) -> &[Hit] {
        self.levels.last().map_or(&[], |l| l.hits.as_slice())
    }

    /// [`LiveSearch::hits`], shared rather than copied: they stay as they
    /// are for whoever holds them, whatever is searched next.
    pub fn shared_hits(&self) -> Arc<Vec<Hit>> {
        self.levels
            .last()
            .map_or_else(Arc::default, |l| Arc::clone(&l.hits))
    }

    /// Forgets the results of earlier queries, keeping the last query's:
    /// for a list not on screen, which is searched after the frame, memory
    /// counts more than going back at once (at 50k, about 2 MB once a
    /// query is typed).
    pub fn forget_earlier(&mut self) {
        let last = self.levels.len().saturating_sub(1);
        self.levels.drain(..last);
    }

    /// Forgets every earlier result.
    pub fn clear(&mut self) {
        self.levels.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Field, Record, Tier};

    fn engine() -> Engine {
        let names = ["Médecins du monde", "Croix-Rouge", "Maison médicale"];
        Engine::new(
            names
                .iter()
                .map(|name| Record {
                    fields: vec![Field {
                        tier: Tier::Key,
                        text: name.to_string(),
                    }],
                    sort_key: name.to_string(),
                })
                .collect(),
        )
    }

    fn queries(live: &LiveSearch) -> Vec<&str> {
        live.levels.iter().map(|l| l.query.as_str()).collect()
    }

    #[test]
    fn typing_stacks_levels_and_deleting_goes_back_to_them() {
        let engine = engine();
        let mut live = LiveSearch::new();
        for query in ["", "m", "me", "med"] {
            live.update(&engine, query);
        }
        assert_eq!(
            queries(&live),
            ["m", "me", "med"],
            "every record is no search"
        );
        assert_eq!(live.update(&engine, "me").len(), 2);
        assert_eq!(queries(&live), ["m", "me"], "reused, not searched again");
        // An edit that no longer narrows "me" goes back to "m".
        live.update(&engine, "mai");
        assert_eq!(queries(&live), ["m", "mai"]);
        assert_eq!(live.hits().len(), 1);
        assert_eq!(live.update(&engine, ""), engine.search(""));
    }

    #[test]
    fn forgetting_earlier_queries_keeps_the_last_and_searches_again_on_delete() {
        let engine = engine();
        let mut live = LiveSearch::new();
        for query in ["m", "me", "med"] {
            live.update(&engine, query);
        }
        live.forget_earlier();
        assert_eq!(queries(&live), ["med"]);
        assert_eq!(live.hits(), engine.search("med"));
        assert_eq!(live.update(&engine, "me"), engine.search("me"));
        assert_eq!(queries(&live), ["me"], "searched anew");
    }
}
