//! The programme's words in French.

use crate::i18n::{Lang, ProgrammeTexts};
use crate::venue::day::DayNote;

pub(super) const PROGRAMME: ProgrammeTexts = ProgrammeTexts {
    // — The programme itself and `maillage programme`.
    time_unknown: "Heure inconnue",
    no_talks: "Le programme ne contient aucune intervention.",
    no_starred_talks: "Aucune intervention n'est étoilée.",
    now_heading: "En ce moment",
    nothing_now: "Rien en ce moment.",
    next_heading: "Ensuite",
    nothing_next: "Plus rien ensuite.",
    stand_prefix: "stand ",
    speakers_label: "Intervenants : ",
    day_heading,
    now_at: |at| format!("Le {at}"),
    unknown_day: |day, days| {
        if days.is_empty() {
            format!("pas de jour {day} : aucune intervention du programme n'a d'heure connue")
        } else {
            format!(
                "pas de jour {day} dans le programme (ses jours : {})",
                days.join(", ")
            )
        }
    },
    bad_at: |at| {
        format!(
            "--at « {at} » : ce n'est pas une heure avec son décalage (écrire par exemple 2022-11-17T09:30:00+01:00)"
        )
    },
    ics_left_out: |n| match n {
        1 => "1 intervention d'heure inconnue laissée hors du calendrier".to_string(),
        n => format!("{n} interventions d'heure inconnue laissées hors du calendrier"),
    },
    // — The Programme tab and a talk's detail.
    talk: "Intervention",
    time: "Heure",
    place: "Lieu",
    speakers: "Intervenants",
    organisations: "Organisations",
    themes: "Thèmes",
    language: "Langue",
    about: "Présentation",
    sources: "Sources",
    illustrative_flag: "(illustratif)",
    illustrative_talk: "Illustratif : cette intervention est inventée pour une démonstration.",
    talks_section: "Interventions",
    no_route: "Pas encore d'itinéraire vers ce lieu.",
    day_short,
    duration,
    talk_starred,
    reminder,
    // — The day plan (Ma visite, `maillage plan`).
    day_talk: "Intervention",
    day_unknown_time: "Heure inconnue : hors du plan",
    day_over: "Déjà terminées",
    day_plan_heading: |time, from| format!("Plan de la journée, à partir de {time}, {from}"),
    day_stand_minutes: |minutes| format!("Hypothèse : {minutes} min à chaque stand."),
    day_walk: |distance, time| format!("+{distance}, {time} à pied"),
    day_end_assumed: |minutes| format!("fin non donnée : {minutes} min supposées"),
    day_note: |note| match note {
        DayNote::Late { minutes } => {
            format!("en retard : vous arrivez {minutes} min après le début")
        }
        DayNote::MovedAfter { talk } => {
            format!("ne tient pas avant « {talk} » : vu après")
        }
        DayNote::MovedToEnd { talk } => {
            format!("ne tient pas avant « {talk} » : vu à la fin")
        }
        DayNote::NoPlace => "lieu non donné : aucune marche comptée".into(),
        DayNote::Unreachable(e) => {
            format!("{} Aucune marche comptée.", e.message(Lang::Fr))
        }
    },
};

const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const WEEKDAYS_SHORT: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn day_heading(date: jiff::civil::Date) -> String {
    let weekday = WEEKDAYS[date.weekday().to_monday_zero_offset() as usize];
    let month = MONTHS[date.month() as usize - 1];
    // French writes the first of the month as an ordinal: « 1er novembre ».
    let day = match date.day() {
        1 => "1er".to_string(),
        n => n.to_string(),
    };
    format!("{weekday} {day} {month} {}", date.year())
}

fn day_short(date: jiff::civil::Date) -> String {
    let weekday = WEEKDAYS_SHORT[date.weekday().to_monday_zero_offset() as usize];
    format!("{weekday} {}", date.day())
}

fn duration(minutes: i64) -> String {
    format!("{minutes} min")
}

fn talk_starred(title: &str, on: bool) -> String {
    if on {
        format!("★ Intervention ajoutée aux favoris : {title}.")
    } else {
        format!("Intervention retirée des favoris : {title}.")
    }
}

fn reminder(minutes: i64, title: &str, place: &str) -> String {
    match place.is_empty() {
        true => format!("Dans {minutes} min : {title}"),
        false => format!("Dans {minutes} min : {title} — {place}"),
    }
}
