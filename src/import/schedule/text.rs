//! A schedule's texts and times as the directory keeps them: plain text,
//! and RFC 3339 times with their offset.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ZonedDateTime as Zoned};

use crate::directory::TalkTime;

/// The text of an abstract or description: markup tags dropped (exports
/// often carry HTML), a few entities decoded, Windows line ends and control
/// characters gone, at most one blank line in a row, trimmed.
pub fn plain(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let stripped = if has_tags(&text) {
        decode_entities(&strip_tags(&text))
    } else {
        text
    };
    let mut out = String::with_capacity(stripped.len());
    let mut blank_lines = 0;
    for line in stripped.split('\n') {
        let line: String = line
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        out.push_str(line);
    }
    out.trim().to_string()
}

/// A name or title on one line: every run of spaces, line breaks or
/// control characters is one space.
pub fn one_line(text: &str) -> String {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

fn has_tags(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// Drops `<…>` tags; a paragraph or line break tag becomes a line break.
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>').filter(|_| is_tag) {
            Some(close) => {
                let tag = after[..close].trim_start_matches('/').to_ascii_lowercase();
                if ["p", "br", "li", "div"]
                    .iter()
                    .any(|t| tag == *t || tag.starts_with(&format!("{t} ")) || tag == "br/")
                {
                    out.push('\n');
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entities(text: &str) -> String {
    text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// `10:30`, `10:30:00` (frab's `start`).
pub fn clock(text: &str) -> Option<Time> {
    let mut parts = text.trim().split(':');
    let hour: i8 = parts.next()?.parse().ok()?;
    let minute: i8 = parts.next()?.parse().ok()?;
    let second: i8 = match parts.next() {
        Some(s) => s.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::new(hour, minute, second, 0).ok()
}

/// `00:25`, `1:30`, `01:30:00` (frab's `duration`; more than 24 hours is
/// allowed, as a camp's workshop may last days), at least zero.
pub fn duration(text: &str) -> Option<SignedDuration> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let numbers: Option<Vec<i64>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let (hours, minutes, seconds) = match numbers?.as_slice() {
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if minutes > 59 || seconds > 59 || hours > 24 * 31 {
        return None;
    }
    Some(SignedDuration::from_secs(
        hours * 3600 + minutes * 60 + seconds,
    ))
}

/// A civil date (`2024-02-03`).
pub fn date(text: &str) -> Option<Date> {
    text.trim().parse().ok()
}

/// How an event's `date` reads.
pub enum EventDate {
    /// With its offset: the instant and the clock it was written on.
    Offset(TalkTime),
    /// Without one: a clock time to place in the conference's zone.
    Civil(DateTime),
}

pub fn event_date(text: &str) -> Option<EventDate> {
    if let Some(time) = TalkTime::parse(text.trim()) {
        return Some(EventDate::Offset(time));
    }
    text.trim().parse::<DateTime>().ok().map(EventDate::Civil)
}

/// A time in the zone, as the directory writes it: `2024-02-03T10:30:00+01:00`.
pub fn write(zoned: &Zoned) -> String {
    zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// The instant at the given offset's clock, zoned so it prints with it.
pub fn at_offset(time: TalkTime) -> Zoned {
    time.at.to_zoned_datetime(TimeZone::fixed(time.offset))
}

/// A day's start (`2024-02-03T09:00:00+01:00`), if it reads.
pub fn instant(text: &str) -> Option<Timestamp> {
    text.trim().parse().ok()
}
