//! Shared test helpers.
pub mod prop;
pub mod pty;
