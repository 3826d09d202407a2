//! The TUI in French. See `crate::i18n` for how to add a string.
//!
//! Key names (Esc, Enter, Tab, Ctrl-S…) stay as printed on most keyboards
//! and in the hint bar, which shows them the same in both languages.

use std::path::Path;

use crate::i18n::{Keys, Lang, Ui};

pub(super) const UI: Ui = Ui {
    lang: Lang::Fr,
    app_name: "maillage",
    tab_stands: "Stands",
    tab_organisations: "Organisations",
    tab_notes: "Notes",
    search_prompt: "Rechercher : ",
    search_placeholder: "tapez pour chercher…",
    themes_active: "Thèmes (au moins un) : ",
    no_results: "Aucun résultat.",
    why_theme: "thème : ",
    why_role: "rôle : ",
    why_stand: "stand ",
    why_person: "personne : ",
    nothing_selected: "Aucune sélection.",
    detail_title: "Détail",
    stand: "Stand",
    location: "Emplacement",
    illustrative: "plan indicatif",
    illustrative_stand: "stand supposé\u{a0}: aucune source ne dit qu'il était tenu",
    illustrative_person: "personne inventée\u{a0}: aucune source ne la nomme",
    not_on_plan: "absent du plan",
    organisations: "Organisations",
    title: "Intitulé",
    themes: "Thèmes",
    people: "Personnes",
    official_name: "Nom officiel",
    also_known_as: "Aussi appelée",
    kind: "Type",
    website: "Site web",
    part_of: "Fait partie de",
    stands: "Stands",
    none: "aucun",
    back_depth: "Esc : retour",
    tab_programme: "Programme",
    tab_people: "Personnes",
    role: "Fonction",
    organisation: "Organisation",
    not_given: "non indiqué dans l'annuaire",
    stands_of_organisation: "Stands de son organisation",
    suggested_people: "Personnes ici",
    suggested_organisations: "Dans l'annuaire",
    help_title: "Touches",
    help_footer: "Esc, F1 ou ? ferme cette aide",
    help_typing: "Dans les listes et le détail, tout caractère s'écrit dans la recherche \
(depuis le détail, on revient à la liste avec la lettre tapée) ; les commandes y sont des touches qui ne \
peuvent pas être du texte : Alt-lettre, touches F, Ctrl, Enter, Esc, flèches. `?` ouvre l'aide quand la \
recherche est vide ; F1 l'ouvre toujours. Sur le Plan et dans Ma visite, les lettres sont des commandes : \
/ mène à la recherche (des Stands), q quitte. Nulle part une lettre seule ne change ce qui est \
enregistré : étoiles, visites et « vous êtes ici » sont Alt-s, Alt-v, Alt-h et Alt-r, et chaque changement \
est annoncé en bas ; Ctrl-Z reprend les derniers, une note supprimée aussi. Ctrl-C quitte de partout \
(en demandant d'abord si un formulaire de note a des changements). \
Avec plusieurs thèmes choisis, les éléments ayant AU MOINS UN d'entre eux sont affichés. \
Souris : la molette fait défiler ; un clic choisit un onglet, une ligne ou un lien, un second clic l'ouvre. \
Sur le plan, un clic sur un stand le choisit et la molette zoome.",
    themes_title: "Filtrer par thème (au moins un)",
    themes_empty: "Cet annuaire n'a pas de thèmes.",
    themes_footer: "Space coche · Backspace efface · Enter ferme",
    context_notes_broken: "Fichier de notes illisible",
    context_plan_broken: "Fichier du plan illisible",
    context_form: "Formulaire de note",
    context_confirm: "Confirmation",
    context_global: "Partout",
    context_browse: "Listes, détail, Plan et Ma visite",
    context_list: "Liste (la recherche a le clavier)",
    context_list_idle: "Recherche vide (liste ou détail)",
    context_detail: "Volet de détail",
    context_help: "Cette aide",
    context_themes: "Choix des thèmes",
    note_organisation: "Organisation",
    note_role: "Fonction",
    note_email: "Courriel",
    note_phone: "Téléphone",
    note_stand: "Stand",
    note_event: "Événement",
    note_no_event: "tous les événements",
    note_tags: "Étiquettes",
    note_follow_up: "Suivi",
    note_created: "Créée le",
    note_updated: "Modifiée le",
    note_earlier: "Versions antérieures",
    note_version: "Version du",
    note_name: "Nom",
    no_earlier_version: "Cette note n'a pas de version antérieure.",
    note_in_directory: "Dans l'annuaire",
    your_notes: "Vos notes",
    follow_none: "aucun",
    follow_todo: "à faire",
    follow_done: "fait",
    notes_follow_up_title: "à suivre",
    notes_all_events_title: "tous les événements",
    no_notes: "Pas encore de notes. Alt-n ou F5 en ajoute une.",
    no_follow_ups: "Rien à suivre. Alt-u affiche toutes les notes.",
    set_aside_hint: "F9 met le fichier de côté (après confirmation).",
    notes_unavailable: "Notes indisponibles : aucun dossier de configuration (définissez MAILLAGE_CONFIG_DIR ou --config-dir).",
    notes_read_only: "Notes en lecture seule : le fichier de notes est illisible (voir le bandeau). F9 le met de côté.",
    no_note_shown: "Choisissez d'abord une note (onglet Notes, ou une note dans un détail).",
    note_saved: "Note enregistrée.",
    note_deleted: "Note supprimée.",
    note_gone: "Cette note n'existe plus (supprimée ailleurs ?).",
    notes_file_fine: "Le fichier de notes est lisible : rien à mettre de côté.",
    notes_reloaded: "Notes modifiées sur le disque : rechargées.",
    search_placeholder_commands: "/ pour chercher (ici, les lettres sont des commandes)",
    letters_are_commands: "Ici, les lettres sont des commandes\u{a0}: / pour chercher, ? pour les touches.",
    nothing_to_undo: "Rien à annuler.",
    undo_hint: "Ctrl-Z la rétablit.",
    banner_hint: "Notes en lecture seule ; le fichier n'est pas modifié. Réparez-le, ou F9 : le mettre de côté et repartir de zéro.",
    confirm_title: "Confirmation",
    confirm_footer: "o : oui · n ou Esc : non",
    confirm_discard: "Abandonner les modifications faites dans ce formulaire ?",
    confirm_quit: "Quitter et abandonner les modifications faites dans ce formulaire ?",
    confirm_set_aside: "Mettre de côté le fichier de notes illisible (il est renommé, \
jamais supprimé) et repartir sans notes ?",
    confirm_set_aside_plan: "Mettre de côté le fichier du plan illisible (il est renommé, \
jamais supprimé) et repartir sans étoiles ni visites, « vous êtes ici » à l'entrée ?",
    form_new: "Nouvelle note",
    form_edit: "Modifier la note",
    form_footer: "Tab/Shift-Tab : champ · Ctrl-S : enregistrer · Esc : annuler · Ctrl-O ou F4 : $EDITOR",
    field_name: "Nom *",
    field_organisation: "Organisation",
    field_role: "Fonction",
    field_email: "Courriel",
    field_phone: "Téléphone",
    field_stand: "Stand",
    field_tags: "Étiquettes",
    field_follow_up: "Suivi",
    field_date: "Avant le",
    field_text: "Texte",
    field_given: "Prénom",
    field_family: "Patronyme",
    tags_placeholder: "séparées par des virgules",
    date_placeholder: "par ex. 15/12/2026, facultatif",
    org_placeholder: "tapez pour choisir dans l'annuaire, ou texte libre",
    text_placeholder: "À retenir… (Enter : nouvelle ligne)",
    org_linked: "annuaire",
    follow_up_keys: "Space ←→ : changer",
    completion_keys: "↑↓ Enter : choisir",
    // Plan and "Ma visite".
    // A no-break space: the colon never starts a line.
    colon: "\u{a0}: ",
    tab_plan: "Plan",
    tab_visit: "Ma visite",
    context_plan: "Plan (les lettres sont des commandes ; / pour chercher)",
    context_visit: "Ma visite (les lettres sont des commandes ; / pour chercher)",
    plan_read_only: "le fichier du plan n'a pas été modifié ; étoiles, visites et « vous êtes ici » restent en lecture seule jusqu'à sa réparation, ou F9 pour le mettre de côté",
    plan_file_fine: "Le fichier du plan est lisible : rien à mettre de côté.",
    plan_no_stand: "Choisissez d'abord un stand.",
    starred: "★ à visiter",
    visited: "✓ visité",
    my_visit: "Ma visite",
    how_to_get_there: "Comment s'y rendre",
    you_are_here: "Vous êtes ici",
    main_entrance: "entrée principale",
    route_to: "Itinéraire vers le stand",
    no_stand_selected: "Aucun stand choisi : cherchez-en un dans Stands, ou n / p.",
    legend: "Légende",
    legend_stand: "stand",
    legend_selected: "choisi",
    legend_matched: "résultat",
    legend_wall: "mur",
    legend_entrance: "entrée",
    legend_here: "vous êtes ici",
    legend_route: "itinéraire",
    legend_tour: "parcours",
    legend_link: "porte / escalier / ascenseur",
    legend_star: "à visiter",
    legend_tick: "visité",
    no_venue: "Cet annuaire n'a pas de plan du lieu.",
    visit_title: "Ma visite — stands à visiter dans l'ordre du parcours",
    visit_day_title: "Ma visite — ma journée : interventions à leur heure, stands entre elles",
    visit_empty: "Aucun stand à visiter : choisissez un stand et appuyez sur Alt-s.",
    visit_from: "Départ",
    visit_total: "Marche totale",
    visit_done: "visité",
    tour_shown: "parcours affiché",
    tour_complete: "Tous les stands choisis sont visités : votre parcours est terminé.",
    about_title: "À propos de cet annuaire",
    about_date: "Date",
    about_venue: "Lieu",
    about_sources: "Sources",
    too_small,
    indexing,
    looser_offer,
    follow_todo_by,
    names_placeholder: |guess| match guess {
        "" => "aucun, d'après le nom".into(),
        guess => format!("{guess}, d'après le nom"),
    },
    overdue_by,
    follow_up_now,
    note_moved,
    set_aside_done,
    plan_set_aside_done,
    confirm_delete,
    editor_failed,
    starred_now,
    visited_now,
    here_now,
    undone,
    earlier_versions,
    version_restored,
    plan_title,
    keys: KEYS,
};

const KEYS: Keys = Keys {
    quit: "quitter",
    help: "aide",
    close_help: "fermer l'aide",
    themes: "filtrer par thème",
    themes_short: "thèmes",
    next_tab: "liste suivante",
    prev_tab: "liste précédente",
    tab_short: "liste",
    move_in_list: "se déplacer dans la liste",
    move_short: "déplacer",
    page: "avancer d'une page",
    first_last: "premier / dernier",
    open: "ouvrir le détail",
    open_short: "ouvrir",
    clear: "effacer la recherche",
    clear_short: "effacer",
    backspace: "effacer un caractère",
    delete_word: "effacer un mot",
    link: "choisir un lien",
    link_short: "lien",
    scroll: "faire défiler",
    first_last_link: "premier / dernier lien",
    follow: "suivre le lien",
    follow_short: "suivre",
    back: "retour (détail précédent, puis la liste)",
    back_short: "retour",
    theme_move: "se déplacer",
    theme_toggle: "cocher / décocher un thème",
    theme_toggle_short: "cocher",
    theme_clear: "tout décocher",
    theme_close: "fermer",
    new_note: "nouvelle note, préremplie d'après l'affichage",
    new_note_short: "nouvelle note",
    edit_note: "modifier la note",
    edit_short: "modifier",
    delete_note: "supprimer la note (demande d'abord)",
    delete_short: "supprimer",
    cycle_follow_up: "suivi : aucun → à faire → fait",
    follow_up_short: "suivi",
    follow_up_filter: "Notes à suivre seulement, par urgence",
    follow_up_filter_short: "à suivre",
    all_events: "Notes de cet événement ou de tous",
    all_events_short: "événements",
    move_event: "ranger la note dans cet événement ou aucun",
    set_aside: "écarter le fichier illisible (demande d'abord)",
    set_aside_short: "mettre de côté",
    set_aside_plan: "écarter le plan illisible (demande d'abord)",
    form_next: "champ suivant",
    form_prev: "champ précédent",
    form_field_short: "champ",
    form_save: "enregistrer la note",
    form_save_short: "enregistrer",
    form_cancel: "fermer le formulaire (demande si modifié)",
    form_cancel_short: "annuler",
    form_editor: "modifier le texte dans $VISUAL / $EDITOR",
    form_editor_short: "éditeur",
    form_quit: "quitter (demande si le formulaire est modifié)",
    confirm_yes: "oui",
    confirm_no: "non",
    yes_key: "o",
    open_card: "Votre carte\u{a0}: vos coordonnées en code QR",
    card_close: "fermer",
    card_edit: "Modifier votre carte",
    card_edit_short: "modifier",
    card_invert: "Inverser clair et sombre (sans couleurs)",
    card_invert_short: "inverser",
    // Plan and "Ma visite".
    show_on_plan: "montrer sur le plan le stand ou l'intervention",
    show_on_plan_short: "plan",
    star: "ajouter / retirer le stand ou l'intervention",
    star_short: "à visiter",
    visited: "marquer le stand visité / non visité",
    visited_short: "visité",
    here: "je suis à ce stand (« vous êtes ici »)",
    here_short: "je suis ici",
    reset_here: "« vous êtes ici » revient à l'entrée principale",
    pan: "déplacer la vue",
    pan_short: "vue",
    zoom_in: "zoomer",
    zoom_out: "dézoomer",
    zoom_fit: "ajuster la salle à la fenêtre",
    zoom_short: "zoom",
    next_stand: "stand correspondant suivant",
    prev_stand: "stand correspondant précédent",
    stand_short: "stand",
    tour: "afficher ou non tout le parcours",
    tour_short: "parcours",
    next_hall: "salle ou étage suivant",
    prev_hall: "salle ou étage précédent",
    undo: "annuler le dernier changement (étoile, note…)",
    undo_short: "annuler",
    focus_search: "chercher (du Plan et de Ma visite : dans Stands)",
    focus_search_short: "chercher",
    restore_version: "rétablir la version antérieure d'une note",
};

fn too_small(width: u16, height: u16, min_width: u16, min_height: u16) -> String {
    format!("terminal trop petit ({width}×{height}, il faut {min_width}×{min_height})")
}

/// While the search index is built: how many records are in, of how many.
fn indexing(done: usize, total: usize) -> String {
    format!(
        "indexation… {}/{}",
        crate::i18n::group_digits(done, ' '),
        crate::i18n::group_digits(total, ' ')
    )
}

fn follow_todo_by(date: &str) -> String {
    format!("à faire avant le {date}")
}

fn note_moved(event: Option<&str>) -> String {
    match event {
        Some(event) => format!("Note rangée dans {event}."),
        None => "Note liée à aucun événement : visible dans tous.".to_string(),
    }
}

fn follow_up_now(state: &str) -> String {
    format!("Suivi : {state}.")
}

fn plan_set_aside_done(path: Option<&Path>) -> String {
    match path {
        Some(p) => format!(
            "Le fichier du plan illisible a été renommé en {} ; le plan repart de zéro.",
            p.display()
        ),
        None => "Le plan repart de zéro.".to_string(),
    }
}

fn set_aside_done(path: Option<&Path>) -> String {
    match path {
        Some(p) => format!(
            "Le fichier illisible a été renommé en {} ; les notes repartent de zéro.",
            p.display()
        ),
        None => "Les notes repartent de zéro.".to_string(),
    }
}

fn confirm_delete(name: &str) -> String {
    format!("Supprimer la note sur {name} ? (Ctrl-Z la rétablit.)")
}

fn plan_title(hall: &str, index: usize, count: usize) -> String {
    if count > 1 {
        format!("Plan — {hall} ({}/{count}, [ ] pour changer)", index + 1)
    } else {
        format!("Plan — {hall}")
    }
}

fn editor_failed(why: &str) -> String {
    format!("L'éditeur n'a pas pu être lancé : {why}")
}

fn starred_now(stand: &str, on: bool) -> String {
    if on {
        format!("★ Stand {stand} ajouté à ma visite.")
    } else {
        format!("Stand {stand} retiré de ma visite.")
    }
}

fn visited_now(stand: &str, on: bool) -> String {
    if on {
        format!("✓ Stand {stand} visité\u{a0}; vous êtes ici maintenant.")
    } else {
        format!("Stand {stand} n'est plus marqué visité.")
    }
}

fn here_now(stand: Option<&str>) -> String {
    match stand {
        Some(stand) => format!("Vous êtes ici\u{a0}: stand {stand}."),
        None => "Vous êtes de retour à l'entrée principale.".to_string(),
    }
}

fn earlier_versions(count: usize, latest: &str) -> String {
    match count {
        1 => format!("1 version antérieure (modifiée le {latest}). Alt-b la rétablit."),
        n => format!(
            "{n} versions antérieures (la dernière modifiée le {latest}). Alt-b rétablit la dernière."
        ),
    }
}

fn version_restored(name: &str) -> String {
    format!(
        "Version antérieure de la note sur {name} rétablie ; celle qu'elle remplace est gardée."
    )
}

fn undone(said: &str) -> String {
    format!("Annulé\u{a0}: {said}")
}

fn overdue_by(days: i32) -> String {
    match days {
        1 => "En retard d'un jour.".into(),
        n => format!("En retard de {n} jours."),
    }
}

fn looser_offer(looser: &str, found: usize) -> String {
    match found {
        1 => format!("« {looser} » en trouve 1\u{a0}: Enter pour le chercher."),
        _ => format!("« {looser} » en trouve {found}\u{a0}: Enter pour le chercher."),
    }
}
