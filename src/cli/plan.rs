//! `maillage plan`: the visit tour of the starred stands, read from
//! `plan.json` (never written here), in walking order from "you are here";
//! with starred talks, the day plan: the talks at their time and the stands
//! in the gaps between them (`venue::day`).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use jiff::Timestamp;

use crate::directory::{Directory, TalkTime};
use crate::i18n::Lang;
use crate::sanitize::{for_display, for_display_with};
use crate::store::Store;
use crate::venue::day::{self, DayInput, DayItem, DayPlan, DayStop, plan_day};
use crate::venue::directions::{format_distance, format_duration};
use crate::venue::plan::{self, PlanFile};
use crate::venue::route::walking_seconds;
use crate::venue::tour::{Tour, plan_tour};
use crate::venue::{Endpoint, Place, VenueGrid};

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Print JSON: from, stops (stand, leg_m), total_m, seconds, visited,
    /// skipped; with starred talks, the day plan's items instead of stops.
    #[arg(long)]
    pub json: bool,
    /// Plan the day from this time (RFC 3339 with its offset,
    /// 2022-11-17T09:30:00+01:00) instead of now.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Serialize)]
struct JsonTour<'a> {
    event: &'a str,
    from: &'a Endpoint,
    stops: Vec<JsonStop<'a>>,
    total_m: f64,
    seconds: u32,
    visited: &'a [String],
    skipped: Vec<JsonSkipped>,
}

#[derive(Debug, Serialize)]
struct JsonStop<'a> {
    stand: &'a str,
    leg_m: f64,
    organisations: Vec<String>,
}

#[derive(Debug, Serialize)]
struct JsonSkipped {
    stand: String,
    reason: String,
}

pub fn run(
    data: Option<&Path>,
    config_dir: Option<&Path>,
    args: &PlanArgs,
    lang: Lang,
) -> ExitCode {
    let at = match args.at.as_deref().map(|text| (text, TalkTime::parse(text))) {
        None => None,
        Some((_, Some(time))) => Some(time.at),
        Some((text, None)) => {
            return fail(&(crate::i18n::t(lang).programme.bad_at)(text));
        }
    };
    let directory = match super::load_directory(data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", e.render(lang));
            return ExitCode::from(1);
        }
    };
    let Some(folder) = crate::notes::config_dir(config_dir) else {
        // The table's line already starts with "maillage: ".
        eprintln!("{}", crate::i18n::t(lang).cli.no_config_folder);
        return ExitCode::from(1);
    };
    let mut store: Store<PlanFile> = Store::open(folder.join(plan::FILE_NAME));
    super::report_conflicts(store.take_conflicts(), lang);
    if let Some(problem) = store.problem() {
        return fail(&problem.render(lang));
    }
    let grid = match VenueGrid::build(&directory) {
        Ok(grid) => grid,
        Err(e) => return fail(&e.message(lang)),
    };
    let event = store.document().event(&directory.event.id);
    let here = Place::here(event.position());
    let talks = day::starred_talks(&directory, &event.starred_talks());
    if !talks.is_empty() {
        let input = DayInput {
            here: &here,
            now: at.unwrap_or_else(Timestamp::now),
            stands: &event.starred(),
            visited: &event.visited(),
            talks: &talks,
            stand_minutes: day::DEFAULT_STAND_MINUTES,
        };
        return match plan_day(&grid, input) {
            Ok(plan) => print_day(&directory, &plan, args.json, lang),
            Err(e) => fail(&e.message(lang)),
        };
    }
    let tour = match plan_tour(&grid, &here, &event.starred(), &event.visited()) {
        Ok(tour) => tour,
        Err(e) => return fail(&e.message(lang)),
    };
    let mut out = std::io::stdout().lock();
    let written = if args.json {
        let json = JsonTour {
            event: &directory.event.id,
            from: &tour.start,
            stops: tour
                .stops
                .iter()
                .map(|s| JsonStop {
                    stand: &s.stand,
                    leg_m: s.leg_m,
                    organisations: organisations(&directory, &s.stand),
                })
                .collect(),
            total_m: tour.total_m,
            seconds: walking_seconds(tour.total_m),
            visited: &tour.visited,
            skipped: tour
                .skipped
                .iter()
                .map(|(stand, e)| JsonSkipped {
                    stand: stand.clone(),
                    reason: e.message(lang),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut out, &json)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        write!(
            out,
            "{}",
            for_display_with(&text(&directory, &tour, lang), true)
        )
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

/// The tour as lines of text: a heading, one line per stop with its leg, the
/// total, then the visited stands and those that cannot be reached.
fn text(directory: &Directory, tour: &Tour, lang: Lang) -> String {
    let t = &crate::i18n::t(lang).cli;
    let mut out = String::new();
    let from = match &tour.start {
        Endpoint::Entrance { name, .. } => name.clone(),
        Endpoint::Stand { number } => format!("stand {number}"),
        Endpoint::Landmark { name, .. } | Endpoint::Hall { name, .. } => name.clone(),
        Endpoint::Cell { hall, x, y } => format!("{hall} ({x}, {y})"),
    };
    if tour.stops.is_empty() && tour.visited.is_empty() && tour.skipped.is_empty() {
        out.push_str(t.plan_no_stars);
        out.push('\n');
        return out;
    }
    out.push_str(&(t.plan_tour_from)(&from));
    out.push('\n');
    let width = tour
        .stops
        .iter()
        .map(|s| s.stand.chars().count())
        .max()
        .unwrap_or(0);
    for (i, stop) in tour.stops.iter().enumerate() {
        out.push_str(&format!(
            "{:>3}. ★ {:<width$}  {:>8}  {}\n",
            i + 1,
            stop.stand,
            format!("+{}", format_distance(stop.leg_m, lang)),
            organisations(directory, &stop.stand).join(", "),
        ));
    }
    if !tour.stops.is_empty() {
        let time = format_duration(walking_seconds(tour.total_m), lang);
        let total = format_distance(tour.total_m, lang);
        out.push_str(&(t.plan_total)(&total, &time));
        out.push('\n');
    }
    for stand in &tour.visited {
        let label = t.plan_visited;
        let orgs = organisations(directory, stand).join(", ");
        out.push_str(&format!("     ✓ {stand} ({label})  {orgs}\n"));
    }
    for (stand, why) in &tour.skipped {
        out.push_str(&format!("     ! {stand}: {}\n", why.message(lang)));
    }
    out
}

#[derive(Debug, Serialize)]
struct JsonDay<'a> {
    event: &'a str,
    from: &'a Endpoint,
    at: String,
    stand_minutes: u32,
    items: Vec<JsonItem<'a>>,
    total_m: f64,
    seconds: u32,
    unknown_time: Vec<JsonTalk<'a>>,
    over: Vec<JsonTalk<'a>>,
    visited: &'a [String],
    skipped: Vec<JsonSkipped>,
}

#[derive(Debug, Serialize)]
struct JsonItem<'a> {
    /// `stand` or `talk`.
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    stand: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    talk: Option<JsonTalk<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a Endpoint>,
    walk_m: f64,
    walk_seconds: u32,
    arrive: String,
    leave: String,
    notes: Vec<String>,
}

#[derive(Debug, Serialize)]
struct JsonTalk<'a> {
    id: &'a str,
    title: &'a str,
}

fn json_talk((id, title): &(String, String)) -> JsonTalk<'_> {
    JsonTalk { id, title }
}

fn json_item<'a>(plan: &DayPlan, item: &'a DayItem, lang: Lang) -> JsonItem<'a> {
    let p = &crate::i18n::t(lang).programme;
    let (kind, stand, talk, place) = match &item.stop {
        DayStop::Stand { number } => ("stand", Some(number.as_str()), None, None),
        DayStop::Talk {
            id, title, place, ..
        } => ("talk", None, Some(JsonTalk { id, title }), place.as_ref()),
    };
    JsonItem {
        kind,
        stand,
        talk,
        place,
        walk_m: item.walk_m,
        walk_seconds: item.walk_seconds,
        arrive: item.arrive.display_with_offset(plan.offset).to_string(),
        leave: item.leave.display_with_offset(plan.offset).to_string(),
        notes: item.notes.iter().map(|n| (p.day_note)(n)).collect(),
    }
}

/// Prints the day plan, as text or JSON.
fn print_day(directory: &Directory, plan: &DayPlan, json: bool, lang: Lang) -> ExitCode {
    let mut out = std::io::stdout().lock();
    let written = if json {
        let talk = |t| json_talk(t);
        let item = |i| json_item(plan, i, lang);
        let json = JsonDay {
            event: &directory.event.id,
            from: &plan.start,
            at: plan.from.display_with_offset(plan.offset).to_string(),
            stand_minutes: plan.stand_minutes,
            items: plan.items.iter().map(item).collect(),
            total_m: plan.total_m,
            seconds: walking_seconds(plan.total_m),
            unknown_time: plan.unknown_time.iter().map(talk).collect(),
            over: plan.over.iter().map(talk).collect(),
            visited: &plan.visited,
            skipped: plan
                .skipped
                .iter()
                .map(|(stand, e)| JsonSkipped {
                    stand: stand.clone(),
                    reason: e.message(lang),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut out, &json)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        write!(
            out,
            "{}",
            for_display_with(&day_text(directory, plan, lang), true)
        )
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

/// The day plan as lines of text: a heading, one line per stop (its times,
/// what, the walk before it) and its notes, the total and the assumption,
/// then the talks not planned, the visited stands and those out of reach.
fn day_text(directory: &Directory, plan: &DayPlan, lang: Lang) -> String {
    let texts = crate::i18n::t(lang);
    let (p, t, venue) = (&texts.programme, &texts.cli, &texts.venue);
    let mut out = String::new();
    let from = (venue.start)(&plan.start);
    out.push_str(&(p.day_plan_heading)(&plan.clock(plan.from), &from));
    out.push('\n');
    let pad = "               ";
    for item in &plan.items {
        let walk = (p.day_walk)(
            &format_distance(item.walk_m, lang),
            &format_duration(item.walk_seconds, lang),
        );
        match &item.stop {
            DayStop::Stand { number } => {
                let orgs = organisations(directory, number).join(", ");
                out.push_str(&format!(
                    "  {}–{}  ★ {number}  {walk}  {orgs}\n",
                    plan.clock(item.arrive),
                    plan.clock(item.leave),
                ));
            }
            DayStop::Talk {
                title,
                place,
                start,
                end,
                end_assumed,
                ..
            } => {
                let to = place
                    .as_ref()
                    .map(|e| format!(" {}", (venue.destination)(e)))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "  {}–{}  ◆ {}{}{title}  {walk}{to}\n",
                    plan.clock(*start),
                    plan.clock(*end),
                    p.day_talk,
                    texts.ui.colon,
                ));
                if *end_assumed {
                    out.push_str(&format!(
                        "{pad}· {}\n",
                        (p.day_end_assumed)(day::ASSUMED_TALK_MINUTES)
                    ));
                }
            }
        }
        for note in &item.notes {
            out.push_str(&format!("{pad}! {}\n", (p.day_note)(note)));
        }
    }
    if !plan.items.is_empty() {
        let time = format_duration(walking_seconds(plan.total_m), lang);
        out.push_str(&(t.plan_total)(&format_distance(plan.total_m, lang), &time));
        out.push('\n');
        out.push_str(&(p.day_stand_minutes)(plan.stand_minutes));
        out.push('\n');
    }
    for (heading, talks) in [
        (p.day_unknown_time, &plan.unknown_time),
        (p.day_over, &plan.over),
    ] {
        if talks.is_empty() {
            continue;
        }
        out.push_str(heading);
        out.push('\n');
        for (_, title) in talks {
            out.push_str(&format!("     ◆ {title}\n"));
        }
    }
    for stand in &plan.visited {
        let label = t.plan_visited;
        let orgs = organisations(directory, stand).join(", ");
        out.push_str(&format!("     ✓ {stand} ({label})  {orgs}\n"));
    }
    for (stand, why) in &plan.skipped {
        out.push_str(&format!("     ! {stand}: {}\n", why.message(lang)));
    }
    out
}

fn organisations(directory: &Directory, number: &str) -> Vec<String> {
    let Some(stand) = directory.stand_index(number) else {
        return Vec::new();
    };
    directory
        .organisations_of_stand(stand)
        .map(|o| directory.organisations[o].display_name().to_string())
        .collect()
}

fn fail(message: &str) -> ExitCode {
    eprintln!("maillage: {}", for_display(message));
    ExitCode::from(1)
}
