//! Blocks of records in a cache file: written from a directory, read and
//! searched one at a time.

use std::fs::File;
use std::io::{self, Read, Seek, Write};
use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::CachedHit;
use super::sink::Sink;
use crate::directory::Directory;
use crate::search::catalog::folded::FoldedTexts;
use crate::search::catalog::index::Index;
use crate::search::catalog::records::Writer;
use crate::search::catalog::{Kind, name_field};
use crate::search::persist::{Input, damaged, put_bytes, put_u32s};
use crate::search::{Engine, EngineBuilder, Hit};

/// Where a block of records is in a cache file.
#[derive(Debug, Clone, Copy)]
pub(super) struct Block {
    pub(super) kind: Kind,
    /// Index of the block's first record in the directory's list.
    pub(super) first: usize,
    pub(super) records: usize,
    pub(super) offset: u64,
    pub(super) len: u64,
}

/// Bytes of one entry of the list of blocks.
pub(super) const BLOCK_ENTRY: u64 = 4 * 3 + 8 * 2;

/// Takes blocks from `blocks` (shared with another thread through `next`)
/// until none is left, reads them from `file` (shared too: each read is a
/// seek and a read under its lock), and returns their hits.
pub(super) fn search_blocks(
    file: &Mutex<File>,
    blocks: &[Block],
    next: &AtomicUsize,
    query: Query,
) -> io::Result<Vec<CachedHit>> {
    let (mut bytes, mut hits, mut found) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(block) = blocks.get(next.fetch_add(1, Ordering::Relaxed)) {
        bytes.resize(block.len as usize, 0);
        {
            let mut opened = file
                .lock()
                .map_err(|_| io::Error::other("a reader of the cache failed"))?;
            opened.seek(io::SeekFrom::Start(block.offset))?;
            opened.read_exact(&mut bytes)?;
        }
        let mut input = Input::new(&bytes[..], block.len);
        let engine = Engine::read_from(&mut input)?;
        let ids = Ids::read(&mut input, engine.len())?;
        if engine.len() != block.records {
            return Err(damaged("a block does not hold the records listed"));
        }
        hits_of(&engine, &ids, block, query, &mut hits, &mut found);
    }
    Ok(found)
}

/// What is searched for in blocks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Query<'a> {
    pub(super) text: &'a str,
    pub(super) kinds: &'a [Kind],
    /// Whether to compute highlight positions in names.
    pub(super) positions: bool,
}

/// Searches the records of `block` (`engine`, their ids `ids`) and adds
/// their hits to `found`; `hits` is a buffer.
fn hits_of(
    engine: &Engine,
    ids: &Ids,
    block: &Block,
    query: Query,
    hits: &mut Vec<Hit>,
    found: &mut Vec<CachedHit>,
) {
    engine.search_into(query.text, hits);
    let field = name_field(block.kind);
    found.extend(hits.iter().map(|&hit| {
        let record = engine.record(hit.record);
        CachedHit {
            kind: block.kind,
            hit: Hit {
                record: block.first + hit.record,
                ..hit
            },
            id: ids.get(hit.record).into(),
            name: record.text(field).unwrap_or_default().into(),
            positions: if query.positions {
                engine.positions(hit.record, field, query.text)
            } else {
                Vec::new()
            },
            sort_key: record.sort_key().into(),
        }
    }));
}

/// Record ids, one after the other in one string.
#[derive(Debug, Default)]
struct Ids {
    text: String,
    ends: Vec<u32>,
}

impl Ids {
    /// The ids of records `records` of `kind`.
    fn of(directory: &Directory, kind: Kind, records: Range<usize>) -> Ids {
        let mut ids = Ids::default();
        let mut push = |id: &str| {
            ids.text.push_str(id);
            ids.ends.push(ids.text.len() as u32);
        };
        match kind {
            Kind::Stand => directory.stands[records]
                .iter()
                .for_each(|s| push(&s.number)),
            Kind::Organisation => directory.organisations[records]
                .iter()
                .for_each(|o| push(&o.id)),
            Kind::Person => directory.people[records].iter().for_each(|p| push(&p.id)),
        }
        ids
    }

    fn get(&self, record: usize) -> &str {
        let start = record.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.text[start..self.ends[record] as usize]
    }

    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        put_bytes(out, self.text.as_bytes())?;
        put_u32s(out, &self.ends)
    }

    fn read(input: &mut Input<impl Read>, records: usize) -> io::Result<Ids> {
        let ids = Ids {
            text: input.string()?,
            ends: input.u32s()?,
        };
        let mut previous = 0;
        let fits = ids.ends.len() == records
            && ids.ends.iter().all(|&end| {
                let ok = end >= previous && ids.text.is_char_boundary(end as usize);
                previous = end;
                ok
            });
        if fits {
            Ok(ids)
        } else {
            Err(damaged("record ids do not fit their text"))
        }
    }
}
/// Takes blocks from `blocks` (shared with another thread through `next`)
/// until none is left: builds their records from `directory`, gives each
/// block's bytes to `sink` if there is one, and returns the hits of `query`.
/// A block neither written nor searched is not built.
#[allow(clippy::too_many_arguments)]
pub(super) fn build_blocks(
    directory: &Directory,
    index: &Index,
    texts: &FoldedTexts,
    blocks: &[Block],
    next: &AtomicUsize,
    sink: &Mutex<Option<Sink>>,
    query: Query,
) -> Vec<CachedHit> {
    let (mut engine, mut bytes) = (Engine::default(), Vec::new());
    let (mut hits, mut found) = (Vec::new(), Vec::new());
    let writing = || sink.lock().is_ok_and(|sink| sink.is_some());
    while let Some((number, block)) = {
        let number = next.fetch_add(1, Ordering::Relaxed);
        blocks.get(number).map(|block| (number, block))
    } {
        let searched = query.kinds.contains(&block.kind);
        if !searched && !writing() {
            continue;
        }
        let records = block.first..block.first + block.records;
        let mut writer = Writer::new(directory, index, texts, EngineBuilder::recycle(engine));
        records
            .clone()
            .for_each(|position| writer.record(block.kind, position));
        engine = writer.build();
        let ids = Ids::of(directory, block.kind, records);
        if writing() {
            bytes.clear();
            // Writing to a `Vec` cannot fail.
            let _ = engine
                .write_to(&mut bytes)
                .and_then(|()| ids.write(&mut bytes));
            if let Ok(mut sink) = sink.lock()
                && let Some(to) = sink.as_mut()
            {
                to.put(number, &bytes);
            }
        }
        if searched {
            hits_of(&engine, &ids, block, query, &mut hits, &mut found);
        }
    }
    found
}
