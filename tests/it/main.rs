//! The integration tests: one crate, so the library and its dependencies are
//! linked once, not once per file. Each module is one concern; `common` holds
//! the helpers they share (running the binary, fixtures, the pty harness,
//! drawing on a test backend, proptest settings).
//!
//! Run one module with `cargo test --test it MODULE::` (e.g. `e2e_tui::`).

mod common;

mod card_cli;
mod card_qr;
mod card_tui;
mod check_cli;
mod check_cli_fr;
mod cli_programme;
mod cli_shell;
mod day_plan;
mod default_directory;
mod directory_schema;
mod e2e_hostile;
mod e2e_lang;
mod e2e_mouse;
mod e2e_notes;
mod e2e_panic;
mod e2e_plan;
mod e2e_safe;
mod e2e_tui;
mod import_cli;
mod import_cli_fr;
mod import_plan;
mod import_schedule;
mod import_sheets;
mod no_network;
mod notes_cli;
mod notes_concurrency;
mod notes_crash;
mod notes_events;
mod notes_export;
mod notes_store;
mod notes_sync;
mod permissions;
mod plan_cli;
mod plan_snapshots;
mod plan_store;
mod prop_directory;
mod prop_import;
mod prop_notes;
mod prop_render;
mod prop_search;
mod search_cli;
mod search_quality;
mod small_screens;
mod store_cli_fr;
mod tui_about;
mod tui_programme;
mod tui_snapshots;
mod venue_cli;
mod venue_routing;
