//! Writing a cache file: the header, a list of blocks left blank, the blocks
//! in the order they are built, then the list filled in.

use std::fs::{self, File};
use std::io::{self, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use super::blocks::{BLOCK_ENTRY, Block};
use super::{KEPT, PREFIX, SEARCH_CACHE, Stamp, header, prune};
use crate::search::persist::{put_u32, put_u64};

/// A cache file being written, under a temporary name until it is whole.
pub(super) struct Sink {
    out: BufWriter<File>,
    temporary: PathBuf,
    file: PathBuf,
    /// Offset of the next byte written.
    at: u64,
    /// Where the list of blocks goes.
    list_at: u64,
    /// Offset and length of each block written, by block number.
    placed: Vec<Option<(u64, u64)>>,
    failed: Option<io::Error>,
}

impl Sink {
    /// Starts the cache `file` of the directory file stamped `stamp`, to
    /// hold `blocks` blocks.
    pub(super) fn create(file: &Path, stamp: &Stamp, blocks: usize) -> io::Result<Sink> {
        // The cache folder and files are private, as the notes' are.
        crate::store::ensure_folder(file)?;
        let temporary = file.with_extension(format!("tmp-{}", std::process::id()));
        let opened = crate::store::private_file()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        let mut sink = Sink {
            out: BufWriter::with_capacity(1 << 16, opened),
            temporary,
            file: file.to_path_buf(),
            at: 0,
            list_at: 0,
            placed: vec![None; blocks],
            failed: None,
        };
        let out = &mut sink.out;
        header::write(out, &SEARCH_CACHE, stamp)?;
        put_u64(out, blocks as u64)?;
        sink.list_at = out.stream_position()?;
        out.write_all(&vec![0; blocks * BLOCK_ENTRY as usize])?;
        sink.at = out.stream_position()?;
        Ok(sink)
    }

    /// Writes block number `number`. After a failure nothing more is
    /// written, and [`Sink::finish`] gives the error.
    pub(super) fn put(&mut self, number: usize, bytes: &[u8]) {
        if self.failed.is_some() {
            return;
        }
        match self.out.write_all(bytes) {
            Ok(()) => {
                self.placed[number] = Some((self.at, bytes.len() as u64));
                self.at += bytes.len() as u64;
            }
            Err(e) => self.failed = Some(e),
        }
    }

    /// Fills in the list of `blocks`, every one of which must have been
    /// written, and puts the cache in place; then removes the oldest caches
    /// beyond [`KEPT`].
    pub(super) fn finish(mut self, blocks: &[Block]) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.out.seek(io::SeekFrom::Start(self.list_at))?;
        for (block, placed) in blocks.iter().zip(&self.placed) {
            let Some((offset, len)) = *placed else {
                return Err(io::Error::other("a block was not written"));
            };
            put_u32(&mut self.out, block.kind as u32)?;
            put_u32(&mut self.out, block.first as u32)?;
            put_u32(&mut self.out, block.records as u32)?;
            put_u64(&mut self.out, offset)?;
            put_u64(&mut self.out, len)?;
        }
        // No `sync_all`: a cache lost in a crash is only rebuilt, and one
        // cut short is refused when read.
        self.out.flush()?;
        fs::rename(&self.temporary, &self.file)?;
        prune(self.file.parent().unwrap_or(Path::new(".")), PREFIX, KEPT)
    }
}

impl Drop for Sink {
    /// A cache not finished leaves nothing behind.
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.temporary);
    }
}
