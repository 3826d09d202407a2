//! Your card's words in English.

use crate::i18n::CardTexts;

pub(super) const CARD: CardTexts = CardTexts {
    no_card: "No card yet. Set yours with: maillage card set --name \"Your Name\" \
        [--org …] [--role …] [--email …] [--phone …] [--website …]",
    card_saved: "Card saved.",
    card_cleared: "Card cleared.",
    no_card_to_clear: "There was no card to clear.",
    no_name: "your card needs a name",
    too_long: "your card is too long for a QR code: shorten some fields",
    name: "Name",
    organisation: "Organisation",
    role: "Role",
    email: "E-mail",
    phone: "Phone",
    website: "Website",
    title: "Your card",
    form_title: "Your card: your contact details",
    form_footer: "Ctrl-S save · Tab next field · Esc cancel",
    form_intro: "Enter your contact details once: they are shown as a QR code a phone camera reads. \
        Only the name is required. Nothing leaves this computer.",
    plain_hint: "No colours: if the code looks inverted (a light terminal), press i.",
    not_kept: "No configuration folder: your card is kept until you quit.",
    unusable_advice: "The card file was left untouched and your card is read-only. \
        Repair the file, or move it away to start afresh.",
    context_card: "Your card",
    context_card_form: "Your card's form",
    too_small: |width, height, has_width, has_height| {
        format!(
            "The terminal is too small for the code: it needs {width}×{height}, \
             this one is {has_width}×{has_height}. Enlarge the window or make the font smaller, \
             or run `maillage card` in a larger terminal."
        )
    },
};
