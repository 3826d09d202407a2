//! The programme's words in French.

use crate::i18n::{Lang, ProgrammeTexts};
use crate::venue::day::DayNote;

pub(super) const PROGRAMME: ProgrammeTexts = ProgrammeTexts {
    // — The programme itself and `maillage programme`.

    // — The Programme tab and a talk's detail.

    // — The day plan (Ma visite, `maillage plan`).
    day_talk: "Intervention",
    day_unknown_time: "Heure inconnue : hors du plan",
    day_over: "Déjà terminées",
    day_heading: |time, from| format!("Plan de la journée, à partir de {time}, {from}"),
    day_stand_minutes: |minutes| format!("Hypothèse : {minutes} min à chaque stand."),
    day_walk: |distance, time| format!("+{distance}, {time} à pied"),
    day_end_assumed: |minutes| format!("fin non donnée : {minutes} min supposées"),
    day_bad_time: |text| {
        format!(
            "--at {text} : pas une heure avec son décalage (RFC 3339, 2022-11-17T09:30:00+01:00)"
        )
    },
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
