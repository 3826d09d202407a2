//! Unit tests of the schedule import.
