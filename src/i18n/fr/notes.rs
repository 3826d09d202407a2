//! The notes' messages in French.

use crate::i18n::NotesTexts;
use crate::notes::vcf::VcfProblem;
use crate::notes::{DateError, DraftError, Warning};

pub(super) const NOTES: NotesTexts = NotesTexts {
    unusable_advice: "Le fichier de notes n'a pas été modifié et les notes sont en lecture seule. \
        Réparez le fichier, ou mettez-le de côté (il est renommé, jamais supprimé) \
        pour repartir de zéro.",
    md_title: "Notes de contact",
    md_no_organisation: "Sans organisation",
    md_follow_up: "Suivi",
    md_todo: "à faire",
    md_done: "fait",
    md_email: "Courriel",
    md_phone: "Téléphone",
    md_stand: "Stand",
    md_tags: "Étiquettes",
    md_todo_by: |date| format!("à faire avant le {date}"),
    overdue: "en retard",
    draft_error,
    date_error,
    warning,
    not_found: |id| format!("aucune note n'a l'identifiant {id}"),
    ics_summary: |name, organisation| match organisation {
        Some(organisation) => format!("Relancer : {name} ({organisation})"),
        None => format!("Relancer : {name}"),
    },
    vcf_problem,
};

fn vcf_problem(problem: &VcfProblem) -> String {
    match problem {
        VcfProblem::NoName { .. } => "une fiche sans nom (FN ou N), non importée".into(),
        VcfProblem::Unclosed { .. } => {
            "une fiche jamais fermée (pas de END:VCARD), non importée".into()
        }
    }
}

fn draft_error(error: &DraftError) -> String {
    match error {
        DraftError::EmptyName => "le nom de la personne est obligatoire".into(),
    }
}

fn warning(warning: &Warning) -> String {
    match warning {
        Warning::MalformedEmail(e) => {
            format!("« {e} » ne ressemble pas à une adresse électronique (enregistrée quand même)")
        }
    }
}

fn date_error(error: &DateError) -> String {
    match error {
        DateError::Unreadable(typed) => format!(
            "« {typed} » n'est pas une date : écrivez-la 2026-12-15, 15/12/2026 ou 15.12.2026"
        ),
        DateError::Impossible(typed) => {
            format!("le « {typed} » n'existe pas (vérifiez le jour et le mois)")
        }
    }
}
