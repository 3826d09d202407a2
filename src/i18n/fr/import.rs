//! The importer's messages in French. The sheet's own text is put between
//! « guillemets »; accepted header names and the words `north`, `x`… are
//! shown as they are typed in the sheet.

use crate::directory::Side;
use crate::i18n::{ImportTexts, escaped};
use crate::import::messages::{
    Column, IgnoreReason, ImportNote, ImportProblem, MAX_COORDINATE, ScheduleProblem,
};

pub(super) const IMPORT: ImportTexts = ImportTexts {
    hall: "Salle",
    main_entrance: "Entrée",
    imported_note: "Importé d'un tableau d'exposants avec `maillage import`.",
    positions_note: "Positions des stands tirées du fichier importé ; les salles sont dimensionnées \
                     pour contenir les stands, et leurs murs et portes ne sont pas connus : \
                     l'entrée de chaque salle, sur son bord sud, est placée par l'importateur.",
    plan_note: "Disposition dessinée en texte par l'organisateur et importée avec \
                `maillage import --plan`.",
    schedule_note: "Importé du programme publié par la conférence avec `maillage import`.",
    problem,
    note,
    hall_entrance: |hall| format!("Entrée – {hall}"),
    grid_note: |aisles| {
        format!(
            "Plan illustratif : le fichier importé ne donnait pas de positions, les stands sont donc \
             disposés en grille sur {aisles} allées dans l'ordre de leurs numéros. Il ne montre pas \
             la vraie salle."
        )
    },
    schedule_imported: |file, events, talks, updated, rooms, speakers| {
        let updated = match updated {
            0 => String::new(),
            n => format!(" (dont {n} mis à jour)"),
        };
        format!(
            "{file} : {} : {}{updated}, {}, {}",
            count(events, "événement lu", "événements lus"),
            count(talks, "exposé", "exposés"),
            count(rooms, "nouvelle salle", "nouvelles salles"),
            count(speakers, "intervenant", "intervenants")
        )
    },
    schedule_refused: |file, events, talks, refused| {
        format!(
            "{file} : {} : {}, {} ; rien n'a été écrit",
            count(events, "événement lu", "événements lus"),
            count(talks, "exposé", "exposés"),
            count(refused, "refusé", "refusés")
        )
    },
};

/// `1 exposé`, `0 exposé`, `3 exposés` (en français, 0 et 1 sont au singulier).
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { many })
}

/// Un problème du programme d'une conférence.
fn schedule(p: &ScheduleProblem) -> String {
    use ScheduleProblem as S;
    match p {
        S::NotUtf8(byte) => format!(
            "le programme n'est pas en UTF-8 (octet 0x{byte:02X}) : exportez-le à nouveau depuis \
             le site de la conférence"
        ),
        S::NotXml(reason) => format!("illisible comme XML : {}", quoted(reason)),
        S::Json(problem) => super::json::problem(problem),
        S::NotSchedule => "ce n'est pas le programme d'une conférence : <schedule> (frab, \
             pretalx) ou {\"schedule\": …} en JSON attendu"
            .into(),
        S::NoEvents => "le programme ne contient aucun événement : rien à importer".into(),
        S::MissingTitle => "événement refusé : il n'a pas de titre".into(),
        S::NoTime => "événement refusé : il n'a ni date, ni heure de début un jour daté".into(),
        S::BadDate(value) => format!(
            "événement refusé : date {} illisible (2024-02-03T10:30:00+01:00 attendu)",
            quoted(value)
        ),
        S::BadStart(value) => format!(
            "événement refusé : heure de début {} illisible (HH:MM attendu)",
            quoted(value)
        ),
        S::BadDuration(value) => format!(
            "événement refusé : durée {} illisible (HH:MM attendu)",
            quoted(value)
        ),
        S::NoTimeZone => "événement refusé : son heure n'a pas de décalage (+01:00) et la \
             conférence ne nomme pas de fuseau horaire (time_zone_name)"
            .into(),
        S::UnknownTimeZone(name) => format!(
            "fuseau horaire inconnu : {} (un nom comme Europe/Brussels attendu)",
            quoted(name)
        ),
        S::Overlaps {
            room,
            other,
            other_line,
        } => format!(
            "événement refusé : dans {} il chevauche {} (ligne {other_line}) ; une salle \
             accueille une intervention à la fois",
            quoted(room),
            quoted(other)
        ),
        S::IntoNeedsSchedule => "--into ajoute le programme d'une conférence à un annuaire ; ce \
             fichier est un tableur : importez-le sans --into"
            .into(),
        S::NotForSchedule(option) => format!(
            "{option} sert aux tableaux d'exposants ; ce fichier est le programme d'une conférence"
        ),
    }
}

fn quoted(text: &str) -> String {
    format!("« {} »", escaped(text))
}

/// How a column is named in messages.
pub(in crate::i18n) fn column(c: Column) -> &'static str {
    match c {
        Column::Stand => "numéro de stand",
        Column::Organisation => "organisation",
        Column::ShortName => "nom court",
        Column::Description => "description",
        Column::Title => "titre",
        Column::Themes => "thèmes",
        Column::Website => "site web",
        Column::People => "personnes",
        Column::Hall => "hall",
        Column::X => "x",
        Column::Y => "y",
        Column::Width => "w",
        Column::Height => "h",
        Column::Approach => "accès",
    }
}

/// The column with its article, for "il manque …".
fn the_column(c: Column) -> String {
    match c {
        Column::X | Column::Y | Column::Width | Column::Height => column(c).to_string(),
        Column::Organisation | Column::Approach => format!("l'{}", column(c)),
        Column::Description => "la description".into(),
        Column::Themes | Column::People => format!("les {}", column(c)),
        _ => format!("le {}", column(c)),
    }
}

/// "Another value" of an organisation's field, with the right gender.
fn another(c: Column) -> String {
    match c {
        Column::Description => "une autre description".into(),
        Column::ShortName | Column::Website | Column::Title => {
            format!("un autre {}", column(c))
        }
        _ => format!("une autre valeur de {}", column(c)),
    }
}

/// `par le nord`: the side a stand is reached from.
/// A side of a stand, as the import and the drawn plan's messages name it.
pub(super) fn side(s: Side) -> &'static str {
    match s {
        Side::North => "nord",
        Side::South => "sud",
        Side::East => "est",
        Side::West => "ouest",
    }
}

fn examples(c: Column) -> &'static str {
    match c {
        Column::Stand => "stand, numéro, n°, number",
        _ => "organisation, organization, exposant, exhibitor",
    }
}

fn problem(p: &ImportProblem) -> String {
    use ImportProblem as P;
    match p {
        P::NotUtf8(byte) => format!(
            "le fichier n'est pas en UTF-8 (octet 0x{byte:02X} ; sans doute Windows-1252 ou Latin-1) : \
             enregistrez-le en « CSV UTF-8 » depuis votre tableur et importez-le à nouveau"
        ),
        // The csv reader's own reason only exists in English.
        P::NotCsv(reason) => format!(
            "impossible de lire cette ligne en CSV : {}",
            escaped(reason)
        ),
        P::UnclosedQuote => {
            "cette cellule ouvre un guillemet (\") que rien ne ferme : toutes les lignes \
             suivantes y seraient lues : fermez le guillemet ou retirez-le"
                .into()
        }
        P::EmptyFile => {
            "le fichier est vide : une ligne d'en-tête était attendue (stand; organisation; …)"
                .into()
        }
        P::NotSpreadsheet(format) => format!(
            "ce fichier est nommé .{} mais n'est pas un classeur : ce n'est ni une archive zip \
             (xlsx, ods), ni un document Excel 97-2003 (xls), ni du texte CSV ; il est peut-être abîmé",
            format.name()
        ),
        // The spreadsheet reader's own reason only exists in English.
        P::UnreadableSpreadsheet { format, reason } => format!(
            "impossible de lire ce fichier en {} : {} ; il est peut-être abîmé : ouvrez-le dans \
             votre tableur et enregistrez-le à nouveau",
            format.name(),
            escaped(reason)
        ),
        P::UnknownSheet { name, sheets } => format!(
            "pas de feuille « {} » dans ce fichier ; ses feuilles : {}",
            escaped(name),
            sheet_list(sheets)
        ),
        P::NoSheet => {
            "ce fichier n'a aucune feuille de cellules (seulement des graphiques ou des macros)"
                .into()
        }
        P::SheetOfCsv(name) => format!(
            "--sheet {} sert aux classeurs (xlsx, ods, xls) ; ce fichier est lu en CSV, qui n'a qu'une feuille",
            escaped(name)
        ),
        P::EmptySheet => {
            "la feuille est vide : une ligne d'en-tête était attendue (stand, organisation, …)"
                .into()
        }
        P::NoStands => "aucun stand : le fichier a une ligne d'en-tête et rien en dessous".into(),
        P::NoColumn(c) => format!(
            "aucune colonne « {} » dans l'en-tête (noms acceptés : {})",
            column(*c),
            examples(*c)
        ),
        P::IgnoredColumn { header, reason } => {
            let reason = match reason {
                IgnoreReason::Unknown => "maillage ne connaît pas cette colonne",
                IgnoreReason::Repeated => "la même colonne apparaît plus tôt",
                IgnoreReason::HallWithoutPosition => "un hall ne sert qu'avec des colonnes x et y",
                IgnoreReason::PlanGiven => "le plan dessiné (--plan) donne les positions",
            };
            format!("attention : colonne {} ignorée : {reason}", quoted(header))
        }
        P::ControlCharacter(c) => {
            format!(
                "caractère de contrôle U+{:04X} dans la cellule",
                u32::from(*c)
            )
        }
        P::MoreCellsThanHeader { cells, width } => format!(
            "cette ligne a plus de cellules que l'en-tête ({cells} > {width}) : \
             une cellule qui contient le séparateur doit être entre guillemets doubles"
        ),
        P::CellError(shown) => format!(
            "la cellule affiche l'erreur {} : corrigez sa formule ou tapez sa valeur",
            escaped(shown)
        ),
        P::CellsWithoutHeader => {
            "attention : cette colonne n'a pas d'en-tête, ses cellules sont ignorées : \
             donnez-lui un en-tête ou videz-la"
                .into()
        }
        P::Missing(c) => format!("il manque {}", the_column(*c)),
        P::EmailNotPerson(item) => format!(
            "{} ressemble à une adresse e-mail, pas à une personne (attendu : « Nom (rôle) »)",
            quoted(item)
        ),
        P::UnreadablePerson(item) => format!(
            "impossible de lire la personne {} : attendu « Nom (rôle) »",
            quoted(item)
        ),
        P::WebsiteWithSpaces(value) => format!(
            "le site web {} n'est pas une adresse web (il contient des espaces)",
            quoted(value)
        ),
        P::WebsiteIsEmail(value) => format!(
            "le site web {} ressemble à une adresse e-mail, pas à une adresse web",
            quoted(value)
        ),
        P::WebsiteNotAddress(value) => format!(
            "le site web {} n'est pas une adresse web (attendu : https://…)",
            quoted(value)
        ),
        P::StandNumberUsed { number, line } => format!(
            "le numéro de stand {} est déjà utilisé ligne {line}",
            escaped(number)
        ),
        P::OrganisationConflict {
            organisation,
            field,
            line,
        } => format!(
            "attention : {} a déjà {} ligne {line} ; la première valeur est gardée",
            quoted(organisation),
            another(*field)
        ),
        P::NoPosition { stand } => format!(
            "le stand {} n'a pas de position alors que d'autres en ont une : \
             donnez x et y à tous les stands, ou à aucun",
            escaped(stand)
        ),
        P::ZeroSize(c) => format!("{} doit valoir au moins 1 case", column(*c)),
        P::NotCells { column: c, value } => format!(
            "{} doit être un nombre entier de cases de 0 à {MAX_COORDINATE}, lu {}",
            column(*c),
            quoted(value)
        ),
        P::MissingCoordinate(c) => {
            format!("il manque {} (la position demande x et y)", the_column(*c))
        }
        P::BadApproach(value) => format!(
            "l'accès doit être nord, sud, est ou ouest (north, south, east, west), lu {}",
            quoted(value)
        ),
        P::BeyondLargestHall {
            stand,
            reach,
            hall_max,
        } => format!(
            "le stand {} va au-delà de {reach} cases depuis le coin : \
             un hall fait au plus {hall_max} cases de large et de profondeur",
            escaped(stand)
        ),
        P::Overlap { stand, other, line } => format!(
            "le stand {} chevauche le stand {} (ligne {line})",
            escaped(stand),
            escaped(other)
        ),
        P::EdgeOfPlan { side: s, stand } => format!(
            "le côté {} du stand {} est le bord du plan : aucune allée ne permet d'y accéder",
            side(*s),
            escaped(stand)
        ),
        P::FacesStand {
            side: s,
            stand,
            other,
            line,
        } => format!(
            "le côté {} du stand {} (son accès) donne sur le stand {} (ligne {line}) : \
             aucune allée ne permet d'y accéder",
            side(*s),
            escaped(stand),
            escaped(other)
        ),
        P::Plan(problem) => super::drawing::problem(problem),
        P::NotDrawn { stand } => format!(
            "le stand {} n'est pas dessiné sur le plan (--plan) : dessinez son cadre avec son \
             numéro dedans",
            escaped(stand)
        ),
        P::Schedule(problem) => schedule(problem),
    }
}

/// `« Feuil1 », « Feuil2 »`.
fn sheet_list(sheets: &[String]) -> String {
    let quoted: Vec<String> = sheets
        .iter()
        .map(|s| format!("« {} »", escaped(s)))
        .collect();
    quoted.join(", ")
}

fn note(n: &ImportNote) -> String {
    match n {
        ImportNote::Grid { aisles } => format!(
            "pas de positions dans le fichier : stands disposés en grille sur {aisles} allées"
        ),
        ImportNote::HallsWithoutDoors(halls) => format!(
            "{halls} halls sans portes entre eux dans le fichier : chaque hall a sa propre entrée \
             sur son bord sud, placée par l'importateur, et un itinéraire depuis l'entrée vers un \
             stand passe par l'entrée de son hall (dessinez le plan avec --plan pour donner les \
             vraies portes)"
        ),
    }
}
