//! A schedule as read from either format, before it is checked: every value
//! the checks may complain about keeps its line and column.

/// A value and where it is (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned {
    pub value: String,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Default)]
pub struct RawSchedule {
    /// Where the schedule itself starts (for "no events").
    pub line: usize,
    pub column: usize,
    pub title: Option<String>,
    pub acronym: Option<String>,
    /// The first day (`2024-02-03`), as written.
    pub start: Option<String>,
    pub time_zone: Option<Spanned>,
    /// Room names in the order the schedule lists them.
    pub rooms: Vec<String>,
    pub events: Vec<RawEvent>,
}

#[derive(Debug, Clone, Default)]
pub struct RawEvent {
    /// Where the event starts.
    pub line: usize,
    pub column: usize,
    /// frab's numeric id, or pretalx's code.
    pub id: Option<String>,
    pub slug: Option<String>,
    /// `2024-02-03T10:30:00+01:00`.
    pub date: Option<Spanned>,
    /// `10:30`, on the day's date.
    pub start: Option<Spanned>,
    /// `00:25`.
    pub duration: Option<Spanned>,
    /// The date of the `<day>` the event is listed under.
    pub day_date: Option<String>,
    /// When that day starts (`2024-02-03T09:00:00+01:00`): a `start` before
    /// it is after midnight, on the next date.
    pub day_start: Option<String>,
    pub room: Option<String>,
    pub title: Option<Spanned>,
    pub subtitle: Option<String>,
    pub track: Option<String>,
    pub language: Option<String>,
    pub abstract_: Option<String>,
    pub description: Option<String>,
    pub persons: Vec<RawPerson>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPerson {
    pub name: String,
}

/// `Some(trimmed)` unless blank.
pub fn non_blank(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}
