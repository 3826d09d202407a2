//! The programme's words in English.

use crate::i18n::ProgrammeTexts;

pub(super) const PROGRAMME: ProgrammeTexts = ProgrammeTexts {
    // — The programme itself and `maillage programme`.

    // — The Programme tab and a talk's detail.

    // — The day plan (Ma visite, `maillage plan`).

};
