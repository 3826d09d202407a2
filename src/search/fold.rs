//! Folding: to be written by the search work.
