//! Everything maillage says, in French: one file per domain.

mod card;
mod cli;
mod directory;
mod drawing;
pub(super) mod import;
mod json;
mod notes;
mod programme;
mod store;
mod ui;
mod venue;

use super::{Lang, Texts};

pub(super) static FR: Texts = Texts {
    lang: Lang::Fr,
    ui: ui::UI,
    cli: cli::CLI,
    directory: directory::DIRECTORY,
    import: import::IMPORT,
    json: json::JSON,
    store: store::STORE,
    notes: notes::NOTES,
    venue: venue::VENUE,
    card: card::CARD,
    programme: programme::PROGRAMME,
};
