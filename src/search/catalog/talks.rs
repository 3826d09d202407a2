//! What the talk records read from the programme: the talks, their order by
//! time. Places and speakers are named by the directory's look-ups
//! (`Directory::talk_place_name`, `Directory::speaker_name`).

use crate::directory::{Directory, Talk};

/// The talks of the directory's programme (none without one).
pub fn talks(directory: &Directory) -> &[Talk] {
    directory.programme.as_ref().map_or(&[], |p| &p.talks)
}

/// The sort key of a talk: its start instant (UTC, so text order is time
/// order), then `title`; talks whose time is unknown sort after all others.
pub fn sort_key_into(talk: &Talk, title: &str, key: &mut String) {
    use std::fmt::Write;
    key.clear();
    match talk.start_time() {
        Some(start) => {
            // Seconds from a fixed origin, zero-padded: text order is time order.
            let seconds = start.at.as_second().saturating_add(1 << 40);
            let _ = write!(key, "0{seconds:016}");
        }
        None => key.push('1'),
    }
    key.push_str(title);
}
