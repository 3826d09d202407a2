//! maillage: find a stand at a stand-based event, walk there, and keep private
//! notes on the people you met. Everything works offline.
//!
//! The library holds the pure core; it knows nothing of the terminal:
//! - [`directory`]: the event directory (model, loading, validation),
//! - [`search`]: accent-proof fuzzy search (folding, matching, ranking),
//! - [`card`]: your own contact details as a vCard and a QR code,
//! - [`sanitize`]: making untrusted text safe to print,
//! - [`i18n`]: every word shown, in English and French.
//!
//! The terminal shell lives in [`tui`] (state + action → state, `view(&state)`)
//! and [`cli`] (argument parsing and one-shot commands). `main.rs` only calls [`cli::main`].

pub mod card;
pub mod cli;
pub mod directory;
#[doc(hidden)]
pub mod generate;
pub mod i18n;
pub mod import;
pub mod json_error;
pub mod notes;
pub mod sanitize;
pub mod search;
pub mod store;
pub mod text_position;
pub mod tui;
pub mod venue;
