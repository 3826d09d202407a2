//! The programme's words ([`ProgrammeTexts`]): its validation, `maillage
//! programme`, the Programme tab and the day plan; they are in
//! `en/programme.rs` and `fr/programme.rs`.

use super::text_table;

text_table! {
    /// The programme's messages and labels in one language.
    pub struct ProgrammeTexts {
        strings {
            // — The programme itself and `maillage programme`.

            // — The Programme tab and a talk's detail.

            // — The day plan (Ma visite, `maillage plan`).

        }
        others {
            // — The programme itself and `maillage programme`.

            // — The Programme tab and a talk's detail.

            // — The day plan (Ma visite, `maillage plan`).

        }
    }
}
