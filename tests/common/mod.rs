//! Shared test helpers.
pub mod pty;
