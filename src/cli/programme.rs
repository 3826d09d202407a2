//! `maillage programme`: the talks by day and time, what is on now and
//! next, as JSON, or as an iCalendar file of events.
//!
//! Times are shown on the event's clock (the offset each time is written
//! with), never the laptop's. The starred talks are read from `plan.json`
//! (never written here), as `maillage plan` reads the starred stands.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use jiff::Timestamp;
use serde::Serialize;

use crate::directory::{Directory, Programme, Talk, TalkPlace, TalkTime};
use crate::i18n::{Lang, t};
use crate::notes::export::vcard::{escape, fold_into};
use crate::sanitize::{for_display, for_display_with};
use crate::store::Store;
use crate::venue::plan::{self, PlanFile};

#[derive(Debug, Args)]
pub struct ProgrammeArgs {
    /// Only this day: a date (`2022-11-17`) or its number in the programme (`1` is the first day).
    #[arg(long, value_name = "D")]
    pub day: Option<String>,
    /// Only what is on now and what starts next.
    #[arg(long, conflicts_with = "day")]
    pub now: bool,
    /// The clock for `--now` and the calendar's stamp, RFC 3339 with its offset
    /// (`2022-11-17T10:00:00+01:00`) [default: the system clock].
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Only the talks starred in your plan (`plan.json`).
    #[arg(long)]
    pub starred: bool,
    /// Print JSON (same as `--format json`).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Output format: text, json, or ics (iCalendar events, for a calendar app;
    /// talks whose time is unknown are left out).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Ics,
}

/// One talk as `--json` prints it.
#[derive(Debug, Serialize)]
struct JsonTalk<'a> {
    id: &'a str,
    title: &'a str,
    /// As written, with its offset; absent when unknown.
    start: Option<&'a str>,
    end: Option<&'a str>,
    /// The day on the event's clock (`2022-11-17`), when the start is known.
    day: Option<String>,
    time_note: Option<&'a str>,
    place: Option<JsonPlace<'a>>,
    speakers: Vec<JsonSpeaker<'a>>,
    organisations: &'a [crate::directory::Text],
    themes: &'a [crate::directory::Text],
    language: Option<&'a str>,
    illustrative: bool,
}

#[derive(Debug, Serialize)]
struct JsonPlace<'a> {
    /// `landmark`, `hall`, `room` or `stand`.
    kind: &'static str,
    /// The id (a stand's number).
    id: &'a str,
    /// The name shown (`stand A3` for a stand).
    name: String,
}

#[derive(Debug, Serialize)]
struct JsonSpeaker<'a> {
    name: Option<&'a str>,
    /// The person's id, when the speaker is one of the directory's people.
    person: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct JsonList<'a> {
    event: &'a str,
    talks: Vec<JsonTalk<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonNow<'a> {
    event: &'a str,
    at: String,
    now: Vec<JsonTalk<'a>>,
    next: Vec<JsonTalk<'a>>,
}

pub fn run(
    data: Option<&Path>,
    config_dir: Option<&Path>,
    args: &ProgrammeArgs,
    lang: Lang,
) -> ExitCode {
    let directory = match super::load_directory(data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", e.render(lang));
            return ExitCode::from(1);
        }
    };
    let texts = &t(lang).programme;
    let written_at = match &args.at {
        None => None,
        Some(text) => match TalkTime::parse(text) {
            Some(time) => Some(time),
            None => return fail(&(texts.bad_at)(text)),
        },
    };
    let at = written_at.map_or_else(Timestamp::now, |t| t.at);
    let starred = if args.starred {
        match starred_talks(&directory, config_dir, lang) {
            Ok(starred) => Some(starred),
            Err(code) => return code,
        }
    } else {
        None
    };
    let empty = Programme::default();
    let programme = directory.programme.as_ref().unwrap_or(&empty);
    let keep = |i: usize| {
        starred
            .as_ref()
            .is_none_or(|s| s.iter().any(|id| *id == programme.talks[i].id))
    };
    let format = if args.json { Format::Json } else { args.format };
    let mut talks = programme.in_time_order(keep);
    if let Some(day) = &args.day {
        let days = days(programme, &talks);
        let Some(wanted) = pick_day(&days, day) else {
            let listed: Vec<String> = days.iter().map(|d| d.to_string()).collect();
            return fail(&(texts.unknown_day)(day, &listed));
        };
        talks.retain(|&i| day_of(&programme.talks[i]) == Some(wanted));
    }
    // The clock is read on the event's offset (that of its first timed
    // talk), else on the one `--at` was written with, else the system's.
    let offset = programme
        .talks
        .iter()
        .find_map(|t| t.start_time())
        .or(written_at)
        .map_or_else(|| jiff::tz::TimeZone::system().to_offset(at), |t| t.offset);
    let view = View {
        directory: &directory,
        programme,
        lang,
    };
    let mut out = std::io::stdout().lock();
    let written = match (format, args.now) {
        (Format::Ics, _) => {
            let (calendar, left_out) = view.ics(&talks, at);
            if left_out > 0 {
                eprintln!("maillage: {}", (texts.ics_left_out)(left_out));
            }
            out.write_all(calendar.as_bytes())
        }
        (Format::Json, false) => {
            let list = JsonList {
                event: &directory.event.id,
                talks: talks.iter().map(|&i| view.json(i)).collect(),
            };
            write_json(&mut out, &list)
        }
        (Format::Json, true) => {
            let found = programme.now_and_next(at, keep);
            let now = JsonNow {
                event: &directory.event.id,
                at: at.display_with_offset(offset).to_string(),
                now: found.now.iter().map(|&i| view.json(i)).collect(),
                next: found.next.iter().map(|&i| view.json(i)).collect(),
            };
            write_json(&mut out, &now)
        }
        (Format::Text, false) => {
            let text = view.list(&talks, starred.is_some());
            write!(out, "{}", for_display_with(&text, true))
        }
        (Format::Text, true) => {
            let text = view.now_and_next(at, offset, keep);
            write!(out, "{}", for_display_with(&text, true))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

/// The ids of the talks starred in `plan.json`, for this event.
fn starred_talks(
    directory: &Directory,
    config_dir: Option<&Path>,
    lang: Lang,
) -> Result<Vec<String>, ExitCode> {
    let Some(folder) = crate::notes::config_dir(config_dir) else {
        eprintln!("{}", t(lang).cli.no_config_folder);
        return Err(ExitCode::from(1));
    };
    let mut store: Store<PlanFile> = Store::open(folder.join(plan::FILE_NAME));
    super::report_conflicts(store.take_conflicts(), lang);
    if let Some(problem) = store.problem() {
        return Err(fail(&problem.render(lang)));
    }
    Ok(store.document().event(&directory.event.id).starred_talks())
}

fn write_json(out: &mut impl Write, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
}

/// The day of a talk on the event's clock, when its start is known.
fn day_of(talk: &Talk) -> Option<jiff::civil::Date> {
    Some(talk.start_time()?.civil().date())
}

/// The days of `talks`, in order, each once.
fn days(programme: &Programme, talks: &[usize]) -> Vec<jiff::civil::Date> {
    let mut days: Vec<_> = talks
        .iter()
        .filter_map(|&i| day_of(&programme.talks[i]))
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// `--day D`: a date of the programme, or its 1-based number.
fn pick_day(days: &[jiff::civil::Date], wanted: &str) -> Option<jiff::civil::Date> {
    let wanted = wanted.trim();
    if let Ok(number) = wanted.parse::<usize>() {
        return days.get(number.checked_sub(1)?).copied();
    }
    let date: jiff::civil::Date = wanted.parse().ok()?;
    days.contains(&date).then_some(date)
}

/// What is needed to word a talk.
struct View<'a> {
    directory: &'a Directory,
    programme: &'a Programme,
    lang: Lang,
}

impl View<'_> {
    fn talk(&self, i: usize) -> &Talk {
        &self.programme.talks[i]
    }

    /// Where a talk is, as shown: the landmark's, hall's or room's name,
    /// `stand A3 (Croix-Rouge)` for a stand.
    fn place_name(&self, place: &TalkPlace) -> String {
        match place {
            TalkPlace::Stand(number) => {
                let prefix = t(self.lang).programme.stand_prefix;
                let organisations: Vec<&str> = self
                    .directory
                    .stand_index(number)
                    .into_iter()
                    .flat_map(|s| self.directory.organisations_of_stand(s))
                    .map(|o| self.directory.organisations[o].display_name())
                    .collect();
                if organisations.is_empty() {
                    format!("{prefix}{number}")
                } else {
                    format!("{prefix}{number} ({})", organisations.join(", "))
                }
            }
            TalkPlace::Landmark(id) | TalkPlace::Hall(id) | TalkPlace::Room(id) => self
                .directory
                .talk_place_name(place)
                .unwrap_or(id)
                .to_string(),
        }
    }

    fn speakers(&self, i: usize) -> Vec<&str> {
        (0..self.talk(i).speakers.len())
            .filter_map(|k| self.directory.speaker_name(i, k))
            .collect()
    }

    /// `09:30–10:15`, `09:30`, or nothing when the time is unknown.
    fn clock(talk: &Talk) -> Option<String> {
        let start = talk.start_time()?.civil();
        let mut text = start.strftime("%H:%M").to_string();
        if let Some(end) = talk.end_time() {
            let end = end.civil();
            text.push('–');
            if end.date() != start.date() {
                text.push_str(&end.strftime("%Y-%m-%d ").to_string());
            }
            text.push_str(&end.strftime("%H:%M").to_string());
        }
        Some(text)
    }

    /// Two lines: the time and title, then the place and speakers.
    fn line(&self, i: usize, out: &mut String) {
        let talk = self.talk(i);
        let clock = Self::clock(talk).unwrap_or_default();
        out.push_str(&format!("  {clock:<11}  {}\n", talk.title));
        let mut about: Vec<String> = Vec::new();
        if let Some(place) = &talk.place {
            about.push(self.place_name(place));
        }
        let speakers = self.speakers(i);
        if !speakers.is_empty() {
            about.push(speakers.join(", "));
        }
        if !about.is_empty() {
            out.push_str(&format!("  {:<11}  {}\n", "", about.join(" · ")));
        }
    }

    /// The talks under one heading per day, those of unknown time last.
    fn list(&self, talks: &[usize], starred: bool) -> String {
        let texts = &t(self.lang).programme;
        let mut out = String::new();
        if talks.is_empty() {
            out.push_str(if starred {
                texts.no_starred_talks
            } else {
                texts.no_talks
            });
            out.push('\n');
            return out;
        }
        let mut heading: Option<Option<jiff::civil::Date>> = None;
        for &i in talks {
            let day = day_of(self.talk(i));
            if heading != Some(day) {
                if heading.is_some() {
                    out.push('\n');
                }
                match day {
                    Some(date) => out.push_str(&(texts.day_heading)(date)),
                    None => out.push_str(texts.time_unknown),
                }
                out.push('\n');
                heading = Some(day);
            }
            self.line(i, &mut out);
        }
        out
    }

    fn now_and_next(
        &self,
        at: Timestamp,
        offset: jiff::tz::Offset,
        keep: impl Fn(usize) -> bool,
    ) -> String {
        let texts = &t(self.lang).programme;
        let found = self.programme.now_and_next(at, keep);
        let civil = offset.to_datetime(at);
        let clock = format!(
            "{} {}",
            (texts.day_heading)(civil.date()),
            civil.strftime("%H:%M")
        );
        let mut out = format!("{}\n\n", (texts.now_at)(&clock));
        for (heading, list, none) in [
            (texts.now_heading, &found.now, texts.nothing_now),
            (texts.next_heading, &found.next, texts.nothing_next),
        ] {
            out.push_str(heading);
            out.push('\n');
            if list.is_empty() {
                out.push_str(&format!("  {none}\n"));
            }
            for &i in list {
                self.line(i, &mut out);
            }
            if heading == texts.now_heading {
                out.push('\n');
            }
        }
        out
    }

    fn json(&self, i: usize) -> JsonTalk<'_> {
        let talk = self.talk(i);
        let place = talk.place.as_ref().map(|place| {
            let (kind, id) = match place {
                TalkPlace::Landmark(id) => ("landmark", id),
                TalkPlace::Hall(id) => ("hall", id),
                TalkPlace::Room(id) => ("room", id),
                TalkPlace::Stand(number) => ("stand", number),
            };
            JsonPlace {
                kind,
                id,
                name: self.place_name(place),
            }
        });
        JsonTalk {
            id: &talk.id,
            title: &talk.title,
            start: talk.start.as_deref(),
            end: talk.end.as_deref(),
            day: day_of(talk).map(|d| d.to_string()),
            time_note: talk.time_note.as_deref(),
            place,
            speakers: (0..talk.speakers.len())
                .map(|k| JsonSpeaker {
                    name: self.directory.speaker_name(i, k),
                    person: talk.speakers[k].person.as_deref(),
                })
                .collect(),
            organisations: &talk.organisations,
            themes: &talk.themes,
            language: talk.language.as_deref(),
            illustrative: talk.illustrative,
        }
    }

    /// The talks as an iCalendar file of events (RFC 5545), and how many
    /// were left out for want of a time.
    ///
    /// - `UID` is `<talk-id>@<event-id>.maillage`: importing again updates
    ///   the same events.
    /// - `DTSTART`/`DTEND` in UTC (`…Z`): the same instant in every
    ///   calendar, with no time zone table to ship.
    /// - `DTSTAMP` is the clock (`--at`, else now): when the file was made.
    /// - Text is escaped and lines folded as `notes export --format ics` does.
    fn ics(&self, talks: &[usize], at: Timestamp) -> (String, usize) {
        let stamp = |time: Timestamp| time.strftime("%Y%m%dT%H%M%SZ").to_string();
        let mut out = String::new();
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//maillage//programme//EN",
            "CALSCALE:GREGORIAN",
        ] {
            fold_into(&mut out, line);
        }
        let mut left_out = 0;
        let event = &self.directory.event.id;
        for &i in talks {
            let talk = self.talk(i);
            let Some(start) = talk.start_time() else {
                left_out += 1;
                continue;
            };
            let mut lines = vec!["BEGIN:VEVENT".to_string()];
            let mut add = |name: &str, value: String| lines.push(format!("{name}:{value}"));
            add("UID", escape(&format!("{}@{event}.maillage", talk.id)));
            add("DTSTAMP", stamp(at));
            add("DTSTART", stamp(start.at));
            if let Some(end) = talk.end_time() {
                add("DTEND", stamp(end.at));
            }
            add("SUMMARY", escape(&talk.title));
            if let Some(place) = &talk.place {
                add("LOCATION", escape(&self.place_name(place)));
            }
            let mut description = Vec::new();
            let speakers = self.speakers(i);
            if !speakers.is_empty() {
                let label = t(self.lang).programme.speakers_label;
                description.push(format!("{label}{}", speakers.join(", ")));
            }
            if let Some(text) = &talk.description {
                description.push(text.to_string());
            }
            if !description.is_empty() {
                add("DESCRIPTION", escape(&description.join("\n\n")));
            }
            if !talk.themes.is_empty() {
                let themes: Vec<String> = talk.themes.iter().map(|t| escape(t)).collect();
                add("CATEGORIES", themes.join(","));
            }
            lines.push("END:VEVENT".to_string());
            for line in lines {
                fold_into(&mut out, &line);
            }
        }
        fold_into(&mut out, "END:VCALENDAR");
        (out, left_out)
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("maillage: {}", for_display(message));
    ExitCode::from(1)
}
