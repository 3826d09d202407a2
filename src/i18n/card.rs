//! Your card's words ([`CardTexts`]), for `maillage card` and the card's
//! popup in the app; they are in `en/card.rs` and `fr/card.rs`.

use super::text_table;

text_table! {
    /// Your card's messages and labels in one language.
    pub struct CardTexts {
        strings {
            /// How to set the card, when there is none.
            no_card,
            card_saved, card_cleared, no_card_to_clear,
            /// Why a card cannot be saved.
            no_name, too_long,
            /// The fields' labels, in the text under the code and the form.
            name, organisation, role, email, phone, website,
            /// The popup: its title, the form's title and footer.
            title, form_title, form_footer,
            /// In the form when there is no card yet.
            form_intro,
            /// Under the code, without colours: what to do if it looks inverted.
            plain_hint,
            /// The card cannot be kept: no configuration folder.
            not_kept,
            /// What happens to an unreadable card file.
            unusable_advice,
            /// Help sections.
            context_card, context_card_form,
        }
        others {
            /// The terminal is too small for the code: needed width and
            /// height, then the terminal's.
            too_small: fn(u16, u16, u16, u16) -> String,
        }
    }
}
