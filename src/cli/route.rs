//! `maillage route FROM TO`: the walking directions between two places.

use std::cell::OnceCell;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::sanitize::{for_display, json_for_terminal};
use crate::search::catalog::Catalog;
use crate::venue::directions::{self, Step};
use crate::venue::{Endpoint, Place, VenueGrid, route};

#[derive(Debug, Args)]
pub struct RouteArgs {
    /// Where to start: a stand number, an organisation name, `entrance`,
    /// `landmark:ID` or `hall:ID`.
    pub from: String,
    /// Where to go: a stand number, an organisation name, `entrance`,
    /// `landmark:ID` or `hall:ID`.
    pub to: String,
    /// Print JSON: from, to, length_m, seconds, path, steps, directions.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Serialize)]
struct JsonRoute<'a> {
    from: &'a Endpoint,
    to: &'a Endpoint,
    length_m: f64,
    seconds: u32,
    path: Vec<JsonCell<'a>>,
    steps: &'a [Step],
    directions: String,
}

#[derive(Debug, Serialize)]
struct JsonCell<'a> {
    hall: &'a str,
    x: u32,
    y: u32,
}

pub fn run(data: Option<&Path>, args: &RouteArgs, lang: Lang) -> ExitCode {
    let directory = match super::load_directory(data) {
        Ok(directory) => directory,
        Err(e) => {
            eprintln!("{}", e.render(lang));
            return ExitCode::from(1);
        }
    };
    let grid = match VenueGrid::build(&directory) {
        Ok(grid) => grid,
        Err(e) => return fail(&e.message(lang)),
    };
    // Built only if a place is named by an organisation's name.
    let catalog = OnceCell::new();
    let (from, to) = match (
        resolve(&directory, &catalog, &args.from),
        resolve(&directory, &catalog, &args.to),
    ) {
        (Some(from), Some(to)) => (from, to),
        (None, _) => return fail(&unknown_place(&args.from, lang)),
        (_, None) => return fail(&unknown_place(&args.to, lang)),
    };
    let route = match route(&grid, &from, &to) {
        Ok(route) => route,
        Err(e) => return fail(&e.message(lang)),
    };
    let steps = directions::steps(&grid, &route);
    let text = directions::render(&steps, lang);
    // On standard error, so the directions (or the JSON) stay clean to pipe.
    if directory.layout_is_illustrative() {
        eprintln!("{}", crate::i18n::t(lang).venue.illustrative_plan);
    }
    let mut out = std::io::stdout().lock();
    let written = if args.json {
        let path = route
            .path
            .iter()
            .map(|c| JsonCell {
                hall: &grid.hall(c.hall).id,
                x: c.x,
                y: c.y,
            })
            .collect();
        let json = JsonRoute {
            from: &route.from,
            to: &route.to,
            length_m: route.length_m,
            seconds: route.seconds,
            path,
            steps: &steps,
            directions: text,
        };
        serde_json::to_string_pretty(&json)
            .map_err(std::io::Error::from)
            .and_then(|json| writeln!(out, "{}", json_for_terminal(&json)))
    } else {
        writeln!(out, "{}", for_display(&text)).and_then(|()| {
            match directions::render_summary(&route, lang) {
                Some(summary) => writeln!(out, "{summary}"),
                None => Ok(()),
            }
        })
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("{e}")),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("maillage: {}", for_display(message));
    ExitCode::from(1)
}

fn unknown_place(text: &str, lang: Lang) -> String {
    (crate::i18n::t(lang).cli.unknown_place)(text)
}

/// A stand number (exact, then ignoring case), `entrance`, or the best
/// matching organisation that has a stand (its first stand).
fn resolve(directory: &Directory, catalog: &OnceCell<Catalog>, text: &str) -> Option<Place> {
    let text = text.trim();
    if ["entrance", "entrée", "entree"]
        .iter()
        .any(|w| text.eq_ignore_ascii_case(w))
    {
        return Some(Place::MainEntrance);
    }
    // `landmark:tribune`, `hall:h1`: a talk's place; the grid says if it exists.
    if let Some(id) = text.strip_prefix("landmark:") {
        return Some(Place::Landmark(id.to_string()));
    }
    if let Some(id) = text.strip_prefix("hall:") {
        return Some(Place::Hall(id.to_string()));
    }
    let stand = directory.stand(text).or_else(|| {
        directory
            .stands
            .iter()
            .find(|s| s.number.eq_ignore_ascii_case(text))
    });
    if let Some(stand) = stand {
        return Some(Place::Stand(stand.number.to_string()));
    }
    if text.is_empty() {
        return None;
    }
    let catalog = catalog.get_or_init(|| Catalog::new(directory));
    catalog.organisations.search(text).iter().find_map(|hit| {
        let stand = directory.stands_of(hit.record()).next()?;
        Some(Place::Stand(directory.stands[stand].number.to_string()))
    })
}
