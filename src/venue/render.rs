//! Directions, distances and times written out in French or English.

use super::Endpoint;
use super::directions::{Near, RelativeSide, Step, Turn};
use super::route::Route;
use crate::directory::{ConnectionKind, LandmarkKind};
use crate::lang::Lang;

/// The steps as one sentence, e.g. "From the main entrance, walk 12 m, then
/// turn left at stand B4 and walk 6 m; stand C2 is on your right."
pub fn render(steps: &[Step], lang: Lang) -> String {
    let mut start = None;
    let mut clauses: Vec<String> = Vec::new();
    let mut arrival = None;
    let mut previous_was_walk = true;
    for step in steps {
        match step {
            Step::Start { from } => start = Some(start_phrase(from, lang)),
            Step::Arrive { to, side } => arrival = Some(arrival_phrase(to, *side, lang)),
            other => {
                let is_walk = matches!(other, Step::Walk { .. });
                let clause = clause(other, lang);
                let joined = match (clauses.is_empty(), is_walk && !previous_was_walk, lang) {
                    (true, _, _) => clause,
                    (false, true, Lang::Fr) => format!(" et {clause}"),
                    (false, true, Lang::En) => format!(" and {clause}"),
                    (false, false, Lang::Fr) => format!(", puis {clause}"),
                    (false, false, Lang::En) => format!(", then {clause}"),
                };
                clauses.push(joined);
                previous_was_walk = is_walk;
            }
        }
    }
    let mut text = String::new();
    if let Some(start) = start.filter(|_| !clauses.is_empty()) {
        text.push_str(&start);
        text.push_str(", ");
    }
    text.extend(clauses.iter().map(String::as_str));
    if let Some(arrival) = arrival {
        if !text.is_empty() {
            text.push_str(if lang == Lang::Fr { " ; " } else { "; " });
        }
        text.push_str(&arrival);
    }
    text.push('.');
    capitalize_first(&text)
}

fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn start_phrase(from: &Endpoint, lang: Lang) -> String {
    match (from, lang) {
        (Endpoint::Entrance { main: true, .. }, Lang::Fr) => "depuis l'entrée principale".into(),
        (Endpoint::Entrance { main: true, .. }, Lang::En) => "from the main entrance".into(),
        (Endpoint::Entrance { name, .. }, Lang::Fr) => format!("depuis l'entrée « {name} »"),
        (Endpoint::Entrance { name, .. }, Lang::En) => {
            format!("from the entrance \u{201c}{name}\u{201d}")
        }
        (Endpoint::Stand { number }, Lang::Fr) => format!("depuis le stand {number}"),
        (Endpoint::Stand { number }, Lang::En) => format!("from stand {number}"),
        (Endpoint::Cell { .. }, Lang::Fr) => "depuis votre position".into(),
        (Endpoint::Cell { .. }, Lang::En) => "from where you are".into(),
    }
}

fn clause(step: &Step, lang: Lang) -> String {
    match (step, lang) {
        (Step::Walk { metres }, Lang::Fr) => format!("avancez de {metres} m"),
        (Step::Walk { metres }, Lang::En) => format!("walk {metres} m"),
        (Step::Turn { turn, near }, _) => {
            let verb = match (turn, lang) {
                (Turn::Left, Lang::Fr) => "tournez à gauche",
                (Turn::Right, Lang::Fr) => "tournez à droite",
                (Turn::Back, Lang::Fr) => "faites demi-tour",
                (Turn::Left, Lang::En) => "turn left",
                (Turn::Right, Lang::En) => "turn right",
                (Turn::Back, Lang::En) => "turn around",
            };
            match near {
                Some(near) => format!("{verb} {}", at_phrase(near, lang)),
                None => verb.to_string(),
            }
        }
        (Step::Connection { kind, name, hall }, _) => {
            let named = |fr: &str, en: &str| match (name.is_empty(), lang) {
                (true, Lang::Fr) => fr.to_string(),
                (true, Lang::En) => en.to_string(),
                (false, Lang::Fr) => format!("{fr} « {name} »"),
                (false, Lang::En) => format!("{en} \u{201c}{name}\u{201d}"),
            };
            let what = match kind {
                ConnectionKind::Door => named("passez la porte", "go through the door"),
                ConnectionKind::Stairs => named("prenez l'escalier", "take the stairs"),
                ConnectionKind::Lift => named("prenez l'ascenseur", "take the lift"),
            };
            match lang {
                Lang::Fr => format!("{what} vers {hall}"),
                Lang::En => format!("{what} to {hall}"),
            }
        }
        (Step::Start { .. } | Step::Arrive { .. }, _) => String::new(),
    }
}

/// "at stand B4", "at the bar"… Landmarks are named by their kind, in the
/// reader's language, since their names are in the directory's language.
fn at_phrase(near: &Near, lang: Lang) -> String {
    match near {
        Near::Stand { number } => match lang {
            Lang::Fr => format!("au stand {number}"),
            Lang::En => format!("at stand {number}"),
        },
        Near::Landmark { name, landmark } => {
            let fixed = match (landmark, lang) {
                (LandmarkKind::Tribune, Lang::Fr) => "à la tribune",
                (LandmarkKind::WelcomeDesk, Lang::Fr) => "à l'accueil",
                (LandmarkKind::Bar, Lang::Fr) => "au bar",
                (LandmarkKind::Toilets, Lang::Fr) => "aux toilettes",
                (LandmarkKind::Exit, Lang::Fr) => "à la sortie",
                (LandmarkKind::Cloakroom, Lang::Fr) => "au vestiaire",
                (LandmarkKind::Tribune, Lang::En) => "at the tribune",
                (LandmarkKind::WelcomeDesk, Lang::En) => "at the welcome desk",
                (LandmarkKind::Bar, Lang::En) => "at the bar",
                (LandmarkKind::Toilets, Lang::En) => "at the toilets",
                (LandmarkKind::Exit, Lang::En) => "at the exit",
                (LandmarkKind::Cloakroom, Lang::En) => "at the cloakroom",
                (LandmarkKind::Other, Lang::Fr) => return format!("près de « {name} »"),
                (LandmarkKind::Other, Lang::En) => return format!("near \u{201c}{name}\u{201d}"),
            };
            fixed.to_string()
        }
    }
}

fn arrival_phrase(to: &Endpoint, side: Option<RelativeSide>, lang: Lang) -> String {
    match (to, lang) {
        (Endpoint::Stand { number }, Lang::Fr) => match side {
            Some(RelativeSide::Left) => format!("le stand {number} est à votre gauche"),
            Some(RelativeSide::Right) => format!("le stand {number} est à votre droite"),
            Some(RelativeSide::Ahead) => format!("le stand {number} est droit devant vous"),
            Some(RelativeSide::Behind) => format!("le stand {number} est derrière vous"),
            None => format!("vous êtes au stand {number}"),
        },
        (Endpoint::Stand { number }, Lang::En) => match side {
            Some(RelativeSide::Left) => format!("stand {number} is on your left"),
            Some(RelativeSide::Right) => format!("stand {number} is on your right"),
            Some(RelativeSide::Ahead) => format!("stand {number} is straight ahead"),
            Some(RelativeSide::Behind) => format!("stand {number} is behind you"),
            None => format!("you are at stand {number}"),
        },
        (Endpoint::Entrance { main: true, .. }, Lang::Fr) => {
            "vous êtes à l'entrée principale".into()
        }
        (Endpoint::Entrance { main: true, .. }, Lang::En) => "you are at the main entrance".into(),
        (Endpoint::Entrance { name, .. }, Lang::Fr) => format!("vous êtes à l'entrée « {name} »"),
        (Endpoint::Entrance { name, .. }, Lang::En) => {
            format!("you are at the entrance \u{201c}{name}\u{201d}")
        }
        (Endpoint::Cell { .. }, Lang::Fr) => "vous êtes arrivé".into(),
        (Endpoint::Cell { .. }, Lang::En) => "you have arrived".into(),
    }
}

/// A walking time people can use: to 5 s under a minute, to 30 s under ten
/// minutes, to the minute beyond.
pub fn format_duration(seconds: u32, _lang: Lang) -> String {
    if seconds < 60 {
        let s = seconds.div_ceil(5) * 5;
        return if s == 60 {
            "1 min".into()
        } else {
            format!("{s} s")
        };
    }
    if seconds < 600 {
        let halves = (seconds + 15) / 30;
        let (min, half) = (halves / 2, halves % 2 == 1);
        return if half {
            format!("{min} min 30 s")
        } else {
            format!("{min} min")
        };
    }
    // u64: a hall with an absurd scale can give u32::MAX seconds.
    format!("{} min", (u64::from(seconds) + 30) / 60)
}

/// Metres to the metre, kilometres past 1 000 m ("1,2 km" in French).
pub fn format_distance(metres: f64, lang: Lang) -> String {
    if metres < 999.5 {
        return format!("{} m", metres.round() as u64);
    }
    let km = format!("{:.1}", metres / 1000.0);
    match lang {
        Lang::Fr => format!("{} km", km.replace('.', ",")),
        Lang::En => format!("{km} km"),
    }
}

/// "45 m, about 40 s on foot" / "45 m, environ 40 s à pied".
pub fn render_summary(route: &Route, lang: Lang) -> String {
    let distance = format_distance(route.length_m, lang);
    let time = format_duration(route.seconds, lang);
    match lang {
        Lang::Fr => format!("{distance}, environ {time} à pied"),
        Lang::En => format!("{distance}, about {time} on foot"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_rounded_sensibly() {
        assert_eq!(format_duration(0, Lang::En), "0 s");
        assert_eq!(format_duration(41, Lang::En), "45 s");
        assert_eq!(format_duration(58, Lang::Fr), "1 min");
        assert_eq!(format_duration(89, Lang::En), "1 min 30 s");
        assert_eq!(format_duration(130, Lang::En), "2 min");
        assert_eq!(format_duration(754, Lang::En), "13 min");
        assert_eq!(format_duration(u32::MAX, Lang::En), "71582788 min");
    }

    /// Found by `tests/prop_directory.rs`: costs are capped, metres are not,
    /// so a hall of absurd scale gives a route of `u32::MAX` seconds.
    #[test]
    fn a_route_across_a_hall_of_absurd_scale_is_told_without_overflow() {
        let mut directory = crate::venue::testing::directory_from_art(
            &["@...", "..A."],
            &[('A', crate::directory::Side::West)],
        );
        directory.venue.as_mut().unwrap().halls[0].metres_per_cell = 1e300;
        let grid = crate::venue::VenueGrid::build(&directory).unwrap();
        let to = crate::venue::Place::Stand("A1".into());
        let route = crate::venue::route(&grid, &crate::venue::Place::MainEntrance, &to).unwrap();
        assert_eq!(route.seconds, u32::MAX);
        let steps = super::super::directions::steps(&grid, &route);
        assert!(render(&steps, Lang::En).starts_with("From the main entrance"));
        assert!(render_summary(&route, Lang::En).ends_with(" min on foot"));
    }

    #[test]
    fn distances_switch_to_km_with_the_right_decimal_mark() {
        assert_eq!(format_distance(12.4, Lang::En), "12 m");
        assert_eq!(format_distance(1234.0, Lang::Fr), "1,2 km");
        assert_eq!(format_distance(1234.0, Lang::En), "1.2 km");
    }

    #[test]
    fn a_zero_length_route_says_you_are_there() {
        let stand = Endpoint::Stand {
            number: "C2".into(),
        };
        let steps = [
            Step::Start {
                from: stand.clone(),
            },
            Step::Arrive {
                to: stand,
                side: None,
            },
        ];
        assert_eq!(render(&steps, Lang::Fr), "Vous êtes au stand C2.");
        assert_eq!(render(&steps, Lang::En), "You are at stand C2.");
    }
}
