//! Les mots de votre carte, en français.

use crate::i18n::CardTexts;

pub(super) const CARD: CardTexts = CardTexts {
    no_card: "Pas encore de carte. Créez la vôtre avec\u{a0}: maillage card set --name \"Votre Nom\" \
        [--org …] [--role …] [--email …] [--phone …] [--website …]",
    card_saved: "Carte enregistrée.",
    card_cleared: "Carte effacée.",
    no_card_to_clear: "Il n'y avait pas de carte à effacer.",
    no_name: "votre carte doit porter un nom",
    too_long: "votre carte est trop longue pour un code QR\u{a0}: raccourcissez quelques champs",
    name: "Nom",
    organisation: "Organisation",
    role: "Fonction",
    email: "Courriel",
    phone: "Téléphone",
    website: "Site web",
    title: "Votre carte",
    form_title: "Votre carte\u{a0}: vos coordonnées",
    form_footer: "Ctrl-S enregistrer · Tab champ suivant · Esc annuler",
    form_intro: "Saisissez vos coordonnées une fois\u{a0}: elles s'affichent en code QR, \
        lisible par l'appareil photo d'un téléphone. Seul le nom est obligatoire. \
        Rien ne quitte cet ordinateur.",
    plain_hint: "Sans couleurs\u{a0}: si le code paraît inversé (terminal clair), appuyez sur i.",
    not_kept: "Pas de dossier de configuration\u{a0}: votre carte est gardée jusqu'à la fermeture.",
    unusable_advice: "Le fichier de la carte n'a pas été modifié et votre carte est en lecture seule. \
        Réparez le fichier, ou déplacez-le pour repartir de zéro.",
    context_card: "Votre carte",
    context_card_form: "Formulaire de votre carte",
    too_small: |width, height, has_width, has_height| {
        format!(
            "Le terminal est trop petit pour le code\u{a0}: il faut {width}×{height}, \
             celui-ci fait {has_width}×{has_height}. Agrandissez la fenêtre ou réduisez la police, \
             ou lancez `maillage card` dans un terminal plus grand."
        )
    },
};
