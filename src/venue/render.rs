//! Directions, distances and times written out in the reader's language;
//! the words are in `crate::i18n` (`en/venue.rs`, `fr/venue.rs`).

use super::directions::Step;
use super::route::Route;
use crate::i18n::{Lang, t};

/// The steps as one sentence, e.g. "From the main entrance, walk 12 m, then
/// turn left at stand B4 and walk 6 m; stand C2 is on your right.", or from
/// a stand "With stand B6 behind you, walk 26 m towards the bar, then …"
pub fn render(steps: &[Step], lang: Lang) -> String {
    let words = &t(lang).venue;
    let mut start = None;
    let mut clauses: Vec<String> = Vec::new();
    let mut arrival = None;
    let mut previous_was_walk = true;
    // What the first walk goes towards, when setting off from a stand.
    let mut towards = None;
    for step in steps {
        match step {
            Step::Start { from } => start = Some((words.start)(from)),
            // "With stand B6 behind you" says where you start from, too.
            Step::SetOff {
                stand,
                side,
                towards: ahead,
            } => {
                start = Some((words.set_off)(stand, *side));
                towards = ahead.as_ref();
            }
            Step::Arrive { to, side } => arrival = Some((words.arrival)(to, *side)),
            other => {
                let is_walk = matches!(other, Step::Walk { .. });
                let mut clause = (words.step)(other);
                if let Some(near) = towards.take().filter(|_| is_walk) {
                    clause.push_str(&(words.towards)(near));
                }
                let joined = match (clauses.is_empty(), is_walk && !previous_was_walk) {
                    (true, _) => clause,
                    (false, true) => format!("{}{clause}", words.and),
                    (false, false) => format!("{}{clause}", words.then),
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
            text.push_str(words.before_arrival);
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
    format!("{} km", km.replace('.', t(lang).venue.decimal_mark))
}

/// "45 m, about 40 s on foot" / "45 m, environ 40 s à pied"; nothing for
/// a route of no length (you are there: "0 m, about 0 s" says nothing).
pub fn render_summary(route: &Route, lang: Lang) -> Option<String> {
    if route.length_m <= 0.0 {
        return None;
    }
    let distance = format_distance(route.length_m, lang);
    let time = format_duration(route.seconds, lang);
    Some((t(lang).venue.summary)(&distance, &time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::venue::Endpoint;

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

    /// Found by `tests/it/prop_directory.rs`: costs are capped, metres are not,
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
        let summary = render_summary(&route, Lang::En).unwrap();
        assert!(summary.ends_with(" min on foot"), "{summary}");
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
