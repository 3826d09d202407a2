//! Les problèmes du plan dessiné (`import::drawing`) en français.

use crate::i18n::escaped;
use crate::import::messages::PlanProblem;

use super::import::side;

pub(in crate::i18n) fn problem(p: &PlanProblem) -> String {
    use PlanProblem as P;
    match p {
        P::NotUtf8(byte) => format!(
            "le plan n'est pas en UTF-8 (octet 0x{byte:02X}) : enregistrez-le en texte UTF-8 \
             depuis votre éditeur"
        ),
        P::Tab => "une tabulation dans le dessin : sa largeur dépend de l'éditeur, utilisez des \
                   espaces"
            .into(),
        P::BadScale(text) => format!(
            "échelle « {} » non comprise : écrivez par exemple \
             `échelle : 1 caractère = 0,5 m, 1 ligne = 1 m` (l'un des pas étant un multiple \
             entier de l'autre)",
            escaped(text)
        ),
        P::NoHall => "aucune salle dans le plan : commencez le dessin de chaque salle par une \
                      ligne `salle : NOM`"
            .into(),
        P::EmptyHall(hall) => format!(
            "la salle « {} » n'a aucun dessin sous sa ligne `salle :`",
            escaped(hall)
        ),
        P::HallTooLarge { hall, cells, max } => format!(
            "la salle « {} » mesure {cells} cases à cette échelle ; une salle en compte au plus \
             {max}",
            escaped(hall)
        ),
        P::OutsideSection => "cette ligne n'appartient à aucune section : commencez une salle \
                              par `salle : NOM` ou une légende par `légende :`"
            .into(),
        P::BadLegendLine => "ligne de légende non comprise : écrivez une lettre, deux-points, le \
                             nom et ce que c'est, par exemple `A : Accueil (accueil)`"
            .into(),
        P::LegendKeyTwice { key, line } => {
            format!("la lettre {key} figure déjà dans la légende, ligne {line}")
        }
        P::UnknownKind(word) => format!(
            "« {} » n'est pas un genre que la légende connaît : entrée principale, entrée, \
             porte, escalier, ascenseur, tribune, accueil, bar, toilettes, sortie, vestiaire, \
             autre (et praticable)",
            escaped(word)
        ),
        P::UnknownLetter(c) => format!(
            "la lettre {} n'est pas dans la légende : ajoutez une ligne `{} : NOM (genre)` sous \
             `légende :`, ou dessinez le stand dans un cadre",
            escaped(&c.to_string()),
            escaped(&c.to_string())
        ),
        P::UnknownCharacter(c) => format!(
            "`{}` ne veut rien dire dans un dessin : les murs sont des #, le sol une espace ou \
             un ., les stands des cadres de + - |, les lieux des lettres",
            escaped(&c.to_string())
        ),
        P::NotRectangle(c) => format!(
            "les cases {c} ne forment pas un rectangle : dessinez chaque lieu comme un rectangle \
             plein de sa lettre"
        ),
        P::UnclosedBox { line, column } => format!(
            "le cadre commencé ligne {line}, colonne {column} n'est pas fermé ici : un cadre, \
             c'est +--+ en haut, | de chaque côté et +--+ en bas"
        ),
        P::StrayOutline(c) => format!(
            "`{c}` n'appartient à aucun cadre : un stand est un cadre fermé de + - |, les murs \
             sont des #"
        ),
        P::NoNumber => "ce cadre ne contient aucun numéro de stand".into(),
        P::TwoNumbers { first, second } => format!(
            "ce cadre contient deux numéros, {} et {} : un stand par cadre",
            escaped(first),
            escaped(second)
        ),
        P::TwoApproaches => "des marques d'accès (*) sur deux côtés d'un même cadre : ne marquez \
                             que le côté par lequel on aborde le stand"
            .into(),
        P::DrawnTwice { stand, line } => {
            format!("le stand {} est déjà dessiné ligne {line}", escaped(stand))
        }
        P::Overlap { stand, other, line } => {
            let this = match stand.as_str() {
                "" => "ce cadre".to_string(),
                s => format!("le cadre du stand {}", escaped(s)),
            };
            let other = match other.as_str() {
                "" => "un autre cadre".to_string(),
                o => format!("celui du stand {} (ligne {line})", escaped(o)),
            };
            format!("{this} croise ou contient {other} : dessinez chaque cadre à part")
        }
        P::SecondMainEntrance { line } => format!(
            "une deuxième entrée principale (la première est ligne {line}) : déclarez les autres \
             (entrée) dans la légende"
        ),
        P::ConnectionOnce { name } => format!(
            "« {} » n'est dessiné que dans une salle : dessinez sa lettre dans les deux salles \
             qu'il relie",
            escaped(name)
        ),
        P::ConnectionTooMany { name } => format!(
            "« {} » est dessiné deux fois dans une salle ou dans plus de deux salles : une porte \
             relie deux salles, donnez à chacune sa lettre",
            escaped(name)
        ),
        P::HallUnreachable { hall } => format!(
            "personne ne peut entrer dans la salle « {} » : elle n'a aucune entrée, et aucune \
             porte, aucun escalier ni ascenseur n'y mène depuis une salle qui en a une",
            escaped(hall)
        ),
        P::ApproachOutside { stand, side: s } => format!(
            "le stand {} est marqué pour être abordé par le côté {}, mais ce côté donne sur le \
             bord de la salle",
            escaped(stand),
            side(*s)
        ),
        P::ApproachBlocked { stand, side: s } => format!(
            "le stand {} est marqué pour être abordé par le côté {}, mais ce côté donne sur un \
             mur, un stand ou un lieu : laissez une allée",
            escaped(stand),
            side(*s)
        ),
        P::ApproachUnreachable { stand, side: s } => format!(
            "le stand {} est marqué pour être abordé par le côté {}, mais aucune entrée ne mène \
             à l'allée de ce côté",
            escaped(stand),
            side(*s)
        ),
        P::StandUnreachable { stand } => format!(
            "aucune entrée ne mène au stand {} : aucun de ses côtés ne donne sur une allée où \
             mène une entrée ou une porte",
            escaped(stand)
        ),
        P::NotInSheet { stand } => format!(
            "le stand {} est dessiné sur le plan mais ne figure pas dans le tableau",
            escaped(stand)
        ),
    }
}
