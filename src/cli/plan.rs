//! `maillage plan`: the visit tour of the starred stands, read from
//! `plan.json` (never written here), in walking order from "you are here".

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::sanitize::{for_display, for_display_with};
use crate::store::Store;
use crate::venue::directions::{format_distance, format_duration};
use crate::venue::plan::{self, PlanFile};
use crate::venue::route::walking_seconds;
use crate::venue::tour::{Tour, plan_tour};
use crate::venue::{Endpoint, Place, VenueGrid};

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Print JSON: from, stops (stand, leg_m), total_m, seconds, visited, skipped.
    #[arg(long)]
    pub json: bool,
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
