//! serde_json errors, by category, in both languages.
