//! The programme's words in French.

use crate::i18n::ProgrammeTexts;

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

    // — The day plan (Ma visite, `maillage plan`).
};

fn day_heading(date: jiff::civil::Date) -> String {
    const DAYS: [&str; 7] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
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
    let weekday = DAYS[usize::from(date.weekday().to_monday_zero_offset() as u8)];
    let month = MONTHS[usize::from(date.month() as u8) - 1];
    let day = match date.day() {
        1 => "1er".to_string(),
        d => d.to_string(),
    };
    format!("{weekday} {day} {month} {}", date.year())
}
