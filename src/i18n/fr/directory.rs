//! Directory problems in French. Values from the file are put between
//! « guillemets », as French typography wants; field names of the JSON
//! format (`short_name`, `length_m`…) stay as written in the file.

use crate::directory::messages::{
    Compass, Dimension, Field, HallExtent, IoReason, Item, MAX_HALL_CELLS, Place, ProblemKind,
    SeeLabel, Subject, TalkPlaceKind, TalkTimeField,
};
use crate::directory::{FORMAT, FORMAT_VERSION};
use crate::i18n::{DirectoryTexts, escaped, plain_number};

pub(super) const DIRECTORY: DirectoryTexts = DirectoryTexts {
    problem: kind,
    see,
    io,
};

fn see(label: SeeLabel, line: usize) -> String {
    match label {
        SeeLabel::FirstAt => format!("première occurrence ligne {line}"),
        SeeLabel::TheFirstIsAt => format!("la première est ligne {line}"),
        SeeLabel::Line => format!("ligne {line}"),
    }
}

fn io(reason: &IoReason) -> String {
    match reason {
        IoReason::NotFound => "fichier introuvable".into(),
        IoReason::PermissionDenied => "permission refusée".into(),
        // The system's own words: only in English.
        IoReason::Other(text) => text.clone(),
    }
}

fn quoted(text: &str) -> String {
    format!("« {} »", escaped(text))
}

/// The noun with its definite article, and with `de` (`d'organisation`).
fn item(item: Item) -> (&'static str, &'static str) {
    match item {
        Item::Event => ("l'événement", "d'événement"),
        Item::Organisation => ("l'organisation", "d'organisation"),
        Item::Person => ("la personne", "de personne"),
        Item::Hall => ("le hall", "de hall"),
        Item::Landmark => ("le repère", "de repère"),
        Item::Entrance => ("l'entrée", "d'entrée"),
        Item::Connection => ("le passage", "de passage"),
        Item::Room => ("la salle", "de salle"),
        Item::Talk => ("l'intervention", "d'intervention"),
    }
}

fn the(what: Item) -> &'static str {
    item(what).0
}

fn of(what: Item) -> &'static str {
    item(what).1
}

/// `l'organisation « croix-rouge »`, `le stand A3`, `le stand n° 4`, `le mur 2`.
fn subject(s: &Subject) -> String {
    match s {
        Subject::Named(what, index, id) if id.trim().is_empty() => {
            format!("{} n° {}", the(*what), index + 1)
        }
        Subject::Named(what, _, id) => format!("{} {}", the(*what), quoted(id)),
        Subject::Stand(index, number) => format!("le stand {}", number_label(*index, number)),
        Subject::Wall(k) => format!("le mur {}", k + 1),
        Subject::AWall => "un mur".into(),
    }
}

fn number_label(index: usize, number: &str) -> String {
    if number.trim().is_empty() {
        format!("n° {}", index + 1)
    } else if plain_number(number) {
        number.to_string()
    } else {
        quoted(number)
    }
}

/// The field, with its indefinite article.
fn field(f: Field) -> &'static str {
    match f {
        Field::Name => "un nom",
        Field::ShortName => "un nom court (short_name)",
        Field::Title => "un titre",
        Field::Role => "un rôle",
    }
}

fn dimension(d: Dimension) -> &'static str {
    match d {
        Dimension::Width => "largeur",
        Dimension::Height => "hauteur",
    }
}

/// `du hall « main » (x 0-9, y 0-5)`.
fn of_hall(h: &HallExtent) -> String {
    format!(
        "du hall {} (x 0-{}, y 0-{})",
        quoted(&h.id),
        h.last_x,
        h.last_y
    )
}

/// `par le nord`, `par l'est`.
fn from_side(side: Compass) -> &'static str {
    match side {
        Compass::North => "par le nord",
        Compass::South => "par le sud",
        Compass::East => "par l'est",
        Compass::West => "par l'ouest",
    }
}

/// `l'entrée « e » en x 1, y 2 est` or `le passage « c » commence en x 1, y 2,`.
fn place(p: &Place) -> String {
    match p {
        Place::Entrance { who, x, y } => format!("{} en x {x}, y {y} est", subject(who)),
        Place::ConnectionEnd { who, start, x, y } => {
            let verb = if *start { "commence" } else { "se termine" };
            format!("{} {verb} en x {x}, y {y},", subject(who))
        }
    }
}

fn kind(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
        K::NotUtf8 => "le fichier n'est pas en UTF-8 valide".into(),
        K::NotAJsonObject => {
            "ce n'est pas un fichier d'annuaire maillage (ce n'est pas un objet JSON)".into()
        }
        K::NoFormat => format!(
            "ce n'est pas un fichier d'annuaire maillage (il n'a pas de \"format\": \"{FORMAT}\")"
        ),
        K::NotADirectory { format } => format!(
            "ce n'est pas un fichier d'annuaire maillage (son format est {}, \"{FORMAT}\" attendu)",
            escaped(format)
        ),
        K::UnsupportedVersion { version } => format!(
            "version d'annuaire non prise en charge : {} (cette version de maillage lit la version {FORMAT_VERSION})",
            escaped(version)
        ),
        K::Json(problem) => super::json::problem(problem),
        K::EmptyId(what) => format!("identifiant {} vide", of(*what)),
        K::InvalidId(what, id) => format!(
            "identifiant {} invalide {} (utilisez des minuscules a-z, des chiffres et « - », \
             en commençant par une lettre ou un chiffre)",
            of(*what),
            quoted(id)
        ),
        K::DuplicateId(what, id) => {
            format!("identifiant {} en double {}", of(*what), quoted(id))
        }
        K::DuplicatePlaceId(id) => format!(
            "identifiant en double {} : repères, entrées et passages doivent avoir des identifiants distincts",
            quoted(id)
        ),
        K::EmptyEventName => "nom d'événement vide".into(),
        K::InvalidDate(date) => format!(
            "date d'événement invalide {} (utilisez AAAA, AAAA-MM ou AAAA-MM-JJ)",
            quoted(date)
        ),
        K::EmptyField(who, f) => format!("{} a {} vide", subject(who), field(*f)),
        K::EmptyAlias(who) => format!("alias vide dans {}", subject(who)),
        K::EmptyTheme(who) => format!("thème vide dans {}", subject(who)),
        K::UnknownParent(who, parent) => format!(
            "{} a une organisation parente inconnue {}",
            subject(who),
            quoted(parent)
        ),
        K::OwnAncestor(who, chain) => format!(
            "{} est son propre ancêtre ({})",
            subject(who),
            escaped(&chain.join(" → "))
        ),
        K::EmptyStandNumber => "numéro de stand vide".into(),
        K::NumberSpaces(number) => format!(
            "le numéro de stand {} a des espaces au début ou à la fin",
            quoted(number)
        ),
        K::DuplicateStandNumber(Subject::Stand(index, number)) => {
            format!("numéro de stand {} en double", number_label(*index, number))
        }
        K::DuplicateStandNumber(other) => format!("{} en double", subject(other)),
        K::NoOrganisation(who) => format!(
            "{} n'a aucune organisation (il en faut au moins une)",
            subject(who)
        ),
        K::UnknownOrganisation(who, id) => format!(
            "{} appartient à une organisation inconnue {}",
            subject(who),
            quoted(id)
        ),
        K::OrganisationTwice(who, id) => format!(
            "{} cite deux fois l'organisation {}",
            subject(who),
            quoted(id)
        ),
        K::WorksForUnknownOrganisation(who, id) => format!(
            "{} travaille pour une organisation inconnue {}",
            subject(who),
            quoted(id)
        ),
        K::AtUnknownStand(who, stand) => {
            format!("{} est à un stand inconnu {}", subject(who), quoted(stand))
        }
        K::LocationWithoutVenue(who) => format!(
            "{} a un emplacement (location) mais l'annuaire n'a pas de lieu (venue)",
            subject(who)
        ),
        K::NoHall => "le lieu n'a aucun hall".into(),
        K::HallUnreachable(who) => format!(
            "personne ne peut entrer dans {} : il n'a aucune entrée, et aucune porte, aucun \
             escalier ni ascenseur n'y mène depuis un hall qui en a une",
            subject(who)
        ),
        K::InUnknownHall(who, hall) => {
            format!("{} est dans un hall inconnu {}", subject(who), quoted(hall))
        }
        K::SecondMainEntrance(who) => format!(
            "{} est une deuxième entrée principale ; il ne peut y en avoir qu'une",
            subject(who)
        ),
        K::BadLength(who, length) => format!(
            "{} a une longueur length_m de {length} (elle doit être de 0 ou plus)",
            subject(who)
        ),
        K::EndInUnknownHall { who, start, hall } => format!(
            "{} {} dans un hall inconnu {}",
            subject(who),
            if *start { "commence" } else { "se termine" },
            quoted(hall)
        ),
        K::BadHallSize(who, d, cells) => format!(
            "{} a une {} de {cells} (elle doit être de 1 à {MAX_HALL_CELLS} cases)",
            subject(who),
            dimension(*d)
        ),
        K::BadMetresPerCell(who, metres) => format!(
            "{} a metres_per_cell à {metres} (ce doit être un nombre positif)",
            subject(who)
        ),
        K::PointOutside(p, h) => format!("{} hors {}", place(p), of_hall(h)),
        K::PointCovered(p, by) => format!("{} dans {}", place(p), subject(by)),
        K::Overlaps(who, other) => format!("{} chevauche {}", subject(who), subject(other)),
        K::ApproachOutside {
            stand,
            side,
            x,
            y,
            hall,
        } => format!(
            "{} n'est pas accessible {} : la case devant lui (x {x}, y {y}) est hors {}",
            subject(stand),
            from_side(*side),
            of_hall(hall)
        ),
        K::ApproachBlocked {
            stand,
            side,
            x,
            y,
            by,
        } => format!(
            "{} n'est pas accessible {} : la case devant lui (x {x}, y {y}) est occupée par {}",
            subject(stand),
            from_side(*side),
            subject(by)
        ),
        K::ZeroSize(what, d) => format!("{} a une {} nulle", subject(what), dimension(*d)),
        K::ExtendsOutside { what, xs, ys, hall } => format!(
            "{} en x {xs}, y {ys} dépasse {}",
            subject(what),
            of_hall(hall)
        ),
        K::BadTalkTime(who, field, text) => format!(
            "{} a {} {} qui n'est pas une heure avec son décalage (écrire par exemple 2022-11-17T09:30:00+01:00)",
            subject(who),
            match field {
                TalkTimeField::Start => "un début",
                TalkTimeField::End => "une fin",
            },
            quoted(text)
        ),
        K::EndWithoutStart(who) => format!("{} a une fin mais pas de début", subject(who)),
        K::EndNotAfterStart(who) => {
            format!("{} finit avant son début, ou au même moment", subject(who))
        }
        K::UnknownTalkPlace(who, kind, id) => format!(
            "{} a lieu {} {}",
            subject(who),
            match kind {
                TalkPlaceKind::Landmark => "à un repère inconnu",
                TalkPlaceKind::Hall => "dans un hall inconnu",
                TalkPlaceKind::Room => "dans une salle inconnue",
                TalkPlaceKind::Stand => "à un stand inconnu",
            },
            quoted(id)
        ),
        K::UnknownSpeaker(who, person) => format!(
            "{} a un intervenant inconnu {} (aucune personne n'a cet identifiant)",
            subject(who),
            quoted(person)
        ),
        K::SpeakerWithoutName(who) => format!(
            "un intervenant de {} n'a ni nom (name) ni personne (person)",
            subject(who)
        ),
        K::TalkUnknownOrganisation(who, id) => format!(
            "{} cite une organisation inconnue {}",
            subject(who),
            quoted(id)
        ),
        K::TalksOverlap(who, other) => format!(
            "{} chevauche {} au même endroit",
            subject(who),
            subject(other)
        ),
    }
}
