//! Helpers shared by the integration tests: running the binary (`cli`), the
//! fixture files (`fixtures`), the app drawn in memory (`draw`), the app in
//! a pseudo-terminal (`pty`), proptest's settings (`prop`), spreadsheet
//! files made by code (`sheets`) and QR codes read back (`qr`).

pub mod cli;
pub mod draw;
pub mod editions;
pub mod fixtures;
pub mod prop;
pub mod pty;
pub mod qr;
pub mod sheets;
