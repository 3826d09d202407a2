//! Routes and directions in French. `venue::directions::render` puts the
//! pieces together.

use crate::directory::{ConnectionKind, LandmarkKind};
use crate::i18n::VenueTexts;
use crate::venue::directions::{Near, RelativeSide, Step, Turn};
use crate::venue::{Endpoint, RouteError, grid};

pub(super) const VENUE: VenueTexts = VenueTexts {
    and: " et ",
    then: ", puis ",
    before_arrival: " ; ",
    decimal_mark: ",",
    illustrative_plan: "Plan illustratif\u{a0}: disposition et numéros inventés",
    route_error,
    start,
    set_off,
    towards,
    step,
    arrival,
    destination,
    summary: |distance, time| format!("{distance}, environ {time} à pied"),
};

fn route_error(error: &RouteError) -> String {
    match error {
        RouteError::NoVenue => "Ce répertoire n'a pas de plan des lieux.".into(),
        RouteError::TooLarge { cells } => format!(
            "Le plan est trop grand ({cells} cases, au plus {}).",
            grid::MAX_CELLS
        ),
        RouteError::NoEntrance => "Le plan n'a pas d'entrée.".into(),
        RouteError::UnknownEntrance { entrance } => {
            format!("Aucune entrée « {entrance} » sur le plan.")
        }
        RouteError::UnknownStand { stand } => format!("Aucun stand {stand}."),
        RouteError::NoLocation { stand } => {
            format!("Le stand {stand} n'est pas placé sur le plan.")
        }
        RouteError::NotWalkable { cell } => {
            format!("On ne peut pas marcher en ({}, {}).", cell.x, cell.y)
        }
        RouteError::Unreachable { stand } => format!("Aucun chemin ne mène au stand {stand}."),
        RouteError::UnreachablePlace { place } => format!("Aucun chemin ne mène à {place}."),
        RouteError::UnknownLandmark { landmark } => {
            format!("Aucun repère « {landmark} » sur le plan.")
        }
        RouteError::UnknownHall { hall } => format!("Aucune salle « {hall} » sur le plan."),
        RouteError::UnreachableLandmark { landmark } => {
            format!("Aucun chemin ne mène à « {landmark} ».")
        }
        RouteError::UnreachableHall { hall } => {
            format!("Aucun chemin ne mène dans la salle « {hall} ».")
        }
    }
}

fn start(from: &Endpoint) -> String {
    match from {
        Endpoint::Entrance { main: true, .. } => "depuis l'entrée principale".into(),
        Endpoint::Entrance { name, .. } => format!("depuis l'entrée « {name} »"),
        Endpoint::Stand { number } => format!("depuis le stand {number}"),
        Endpoint::Landmark { name, landmark, .. } => format!("depuis {}", the(name, *landmark)),
        Endpoint::Hall { name, .. } => format!("depuis la salle « {name} »"),
        Endpoint::Cell { .. } => "depuis votre position".into(),
    }
}

/// « jusqu'à la tribune », « jusqu'au stand B1 » : où mène une marche.
fn destination(to: &Endpoint) -> String {
    match to {
        Endpoint::Entrance { main: true, .. } => "jusqu'à l'entrée principale".into(),
        Endpoint::Entrance { name, .. } => format!("jusqu'à l'entrée « {name} »"),
        Endpoint::Stand { number } => format!("jusqu'au stand {number}"),
        Endpoint::Landmark { name, landmark, .. } => {
            let at = at(&Near::Landmark {
                name: name.clone(),
                landmark: *landmark,
            });
            // « au bar » → « jusqu'au bar », « à la tribune » → « jusqu'à la tribune ».
            match *landmark {
                LandmarkKind::Other => format!("jusqu'à « {name} »"),
                _ => format!("jusqu'{at}"),
            }
        }
        Endpoint::Hall { name, .. } => format!("jusqu'à la salle « {name} »"),
        Endpoint::Cell { hall, x, y } => format!("jusqu'à {hall} ({x}, {y})"),
    }
}

/// « la tribune » : un repère nommé par son genre, dans la langue du lecteur.
fn the(name: &str, landmark: LandmarkKind) -> String {
    match landmark {
        LandmarkKind::Tribune => "la tribune".into(),
        LandmarkKind::WelcomeDesk => "l'accueil".into(),
        LandmarkKind::Bar => "le bar".into(),
        LandmarkKind::Toilets => "les toilettes".into(),
        LandmarkKind::Exit => "la sortie".into(),
        LandmarkKind::Cloakroom => "le vestiaire".into(),
        LandmarkKind::Other => format!("« {name} »"),
    }
}

fn set_off(stand: &str, side: RelativeSide) -> String {
    match side {
        RelativeSide::Left => format!("en laissant le stand {stand} à votre gauche"),
        RelativeSide::Right => format!("en laissant le stand {stand} à votre droite"),
        RelativeSide::Ahead => format!("face au stand {stand}"),
        RelativeSide::Behind => format!("dos au stand {stand}"),
    }
}

/// " vers le bar", " vers le stand C2"…
fn towards(near: &Near) -> String {
    let what = match near {
        Near::Stand { number } => format!("le stand {number}"),
        Near::Landmark { name, landmark } => match landmark {
            LandmarkKind::Tribune => "la tribune".into(),
            LandmarkKind::WelcomeDesk => "l'accueil".into(),
            LandmarkKind::Bar => "le bar".into(),
            LandmarkKind::Toilets => "les toilettes".into(),
            LandmarkKind::Exit => "la sortie".into(),
            LandmarkKind::Cloakroom => "le vestiaire".into(),
            LandmarkKind::Other => format!("« {name} »"),
        },
        Near::Entrance { main: true, .. } => "l'entrée principale".into(),
        Near::Entrance { name, .. } => format!("l'entrée « {name} »"),
    };
    format!(" vers {what}")
}

fn step(step: &Step) -> String {
    match step {
        Step::Walk { metres } => format!("avancez de {metres} m"),
        Step::Turn { turn, near } => {
            let verb = match turn {
                Turn::Left => "tournez à gauche",
                Turn::Right => "tournez à droite",
                Turn::Back => "faites demi-tour",
            };
            match near {
                Some(near) => format!("{verb} {}", at(near)),
                None => verb.to_string(),
            }
        }
        Step::Connection { kind, name, hall } => {
            let what = match kind {
                ConnectionKind::Door => "passez la porte",
                ConnectionKind::Stairs => "prenez l'escalier",
                ConnectionKind::Lift => "prenez l'ascenseur",
            };
            match name.is_empty() {
                true => format!("{what} vers {hall}"),
                false => format!("{what} « {name} » vers {hall}"),
            }
        }
        Step::Start { .. } | Step::SetOff { .. } | Step::Arrive { .. } => String::new(),
    }
}

/// "au stand B4", "au bar"… Landmarks are named by their kind, in the
/// reader's language, since their names are in the directory's language.
fn at(near: &Near) -> String {
    match near {
        Near::Stand { number } => format!("au stand {number}"),
        Near::Landmark { name, landmark } => match landmark {
            LandmarkKind::Tribune => "à la tribune".into(),
            LandmarkKind::WelcomeDesk => "à l'accueil".into(),
            LandmarkKind::Bar => "au bar".into(),
            LandmarkKind::Toilets => "aux toilettes".into(),
            LandmarkKind::Exit => "à la sortie".into(),
            LandmarkKind::Cloakroom => "au vestiaire".into(),
            LandmarkKind::Other => format!("près de « {name} »"),
        },
        Near::Entrance { main: true, .. } => "à l'entrée principale".into(),
        Near::Entrance { name, .. } => format!("à l'entrée « {name} »"),
    }
}

fn arrival(to: &Endpoint, side: Option<RelativeSide>) -> String {
    match to {
        Endpoint::Stand { number } => match side {
            Some(RelativeSide::Left) => format!("le stand {number} est à votre gauche"),
            Some(RelativeSide::Right) => format!("le stand {number} est à votre droite"),
            Some(RelativeSide::Ahead) => format!("le stand {number} est droit devant vous"),
            Some(RelativeSide::Behind) => format!("le stand {number} est derrière vous"),
            None => format!("vous êtes au stand {number}"),
        },
        Endpoint::Entrance { main: true, .. } => "vous êtes à l'entrée principale".into(),
        Endpoint::Entrance { name, .. } => format!("vous êtes à l'entrée « {name} »"),
        Endpoint::Landmark { name, landmark, .. } => {
            let at = at(&Near::Landmark {
                name: name.clone(),
                landmark: *landmark,
            });
            match *landmark {
                LandmarkKind::Other => format!("vous êtes à « {name} »"),
                _ => format!("vous êtes {at}"),
            }
        }
        Endpoint::Hall { name, .. } => format!("vous êtes dans la salle « {name} »"),
        Endpoint::Cell { .. } => "vous êtes arrivé".into(),
    }
}
