//! Follow-up dates as people type and read them.
//!
//! One parser for the note form and `maillage notes add --follow-up`: ISO
//! `2026-12-15`, or day first as in France, `15/12/2026` or `15.12.2026`.
//! One formatter for the TUI, the Markdown export and the CLI: `15/12/2026`
//! in French, `15 Dec 2026` in English. The notes file keeps ISO dates
//! (`2026-12-15`), unchanged; so do the CSV and JSON exports, for machines.
//!
//! Today's date is always passed in (see [`today`]), so tests can pin it.

use std::fmt;

use jiff::civil::Date;

use crate::i18n::{Lang, t};

/// Why a typed date was refused; the text is kept as typed, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not written in any of the accepted forms.
    Unreadable(String),
    /// Well written, but no such day (`2026-02-30`, `31/11/2026`).
    Impossible(String),
}

impl DateError {
    /// One line in `lang` (`Display` gives the English one).
    pub fn message(&self, lang: Lang) -> String {
        (t(lang).notes.date_error)(self)
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DateError {}

/// A date typed `2026-12-15`, `15/12/2026` or `15.12.2026` (day and month
/// may have one digit; spaces around are ignored).
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let typed = text.trim();
    let unreadable = || DateError::Unreadable(typed.to_string());
    let (year, month, day) = if let Some(parts) = split3(typed, '-') {
        let [y, m, d] = parts;
        (y, m, d)
    } else if let Some(parts) = split3(typed, '/').or_else(|| split3(typed, '.')) {
        let [d, m, y] = parts;
        (y, m, d)
    } else {
        return Err(unreadable());
    };
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(year, 4, 4) && digits(month, 1, 2) && digits(day, 1, 2)) {
        return Err(unreadable());
    }
    // Four digits and at most two: these parse and fit.
    let (Ok(year), Ok(month), Ok(day)) = (year.parse(), month.parse(), day.parse()) else {
        return Err(unreadable());
    };
    Date::new(year, month, day).map_err(|_| DateError::Impossible(typed.to_string()))
}

/// `text` cut in exactly three parts at `separator`.
fn split3(text: &str, separator: char) -> Option<[&str; 3]> {
    let mut parts = text.split(separator);
    let found = [parts.next()?, parts.next()?, parts.next()?];
    parts.next().is_none().then_some(found)
}

/// The date as a reader of `lang` expects it: `15/12/2026`, `15 Dec 2026`.
pub fn format_date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Fr => date.strftime("%d/%m/%Y").to_string(),
        Lang::En => date.strftime("%-d %b %Y").to_string(),
    }
}

/// The date as a reader of `lang` would type it, so that a form can show it
/// for editing and read it back: `15/12/2026` in French, `2026-12-15` in
/// English (where [`format_date`]'s `15 Dec 2026` is not a typed form).
pub fn editable_date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Fr => format_date(date, lang),
        Lang::En => date.to_string(),
    }
}

/// Today in the system's time zone: the one place the clock is read for
/// follow-ups; everything else takes today as an argument.
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn the_three_written_forms_give_the_same_day() {
        for typed in ["2026-12-15", "15/12/2026", "15.12.2026", " 15/12/2026 "] {
            assert_eq!(parse_date(typed), Ok(date(2026, 12, 15)), "{typed}");
        }
        assert_eq!(parse_date("5/3/2027"), Ok(date(2027, 3, 5)));
        assert_eq!(parse_date("2027-3-5"), Ok(date(2027, 3, 5)));
        assert_eq!(parse_date("29.02.2028"), Ok(date(2028, 2, 29)));
    }

    #[test]
    fn impossible_days_are_refused_as_such() {
        for typed in [
            "2026-02-29",
            "31/11/2026",
            "00.12.2026",
            "15/13/2026",
            "2026-12-32",
        ] {
            assert_eq!(
                parse_date(typed),
                Err(DateError::Impossible(typed.into())),
                "{typed}"
            );
        }
    }

    #[test]
    fn other_writings_are_unreadable() {
        for typed in [
            "",
            "tomorrow",
            "12/15",
            "2026/12/15",
            "15-12-2026",
            "15/12/26",
            "15/12.2026",
            "2026-12-15-1",
            "+1/12/2026",
            "１５/12/2026",
        ] {
            assert_eq!(
                parse_date(typed),
                Err(DateError::Unreadable(typed.trim().into())),
                "{typed}"
            );
        }
    }

    #[test]
    fn errors_are_one_line_in_each_language() {
        let unreadable = DateError::Unreadable("demain".into());
        let impossible = DateError::Impossible("31/11/2026".into());
        assert_eq!(
            unreadable.message(Lang::En),
            "\u{201c}demain\u{201d} is not a date: write it 2026-12-15, 15/12/2026 or 15.12.2026"
        );
        assert_eq!(
            unreadable.message(Lang::Fr),
            "« demain » n'est pas une date : écrivez-la 2026-12-15, 15/12/2026 ou 15.12.2026"
        );
        assert_eq!(
            impossible.message(Lang::En),
            "there is no such day as \u{201c}31/11/2026\u{201d} (check the day and the month)"
        );
        assert_eq!(
            impossible.message(Lang::Fr),
            "le « 31/11/2026 » n'existe pas (vérifiez le jour et le mois)"
        );
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(format_date(date(2026, 12, 15), Lang::Fr), "15/12/2026");
        assert_eq!(format_date(date(2026, 12, 15), Lang::En), "15 Dec 2026");
        assert_eq!(format_date(date(2027, 3, 5), Lang::Fr), "05/03/2027");
        assert_eq!(format_date(date(2027, 3, 5), Lang::En), "5 Mar 2027");
        // What a form shows for editing can be read back.
        for lang in [Lang::Fr, Lang::En] {
            let shown = editable_date(date(2027, 3, 5), lang);
            assert_eq!(parse_date(&shown), Ok(date(2027, 3, 5)), "{shown}");
        }
        assert_eq!(editable_date(date(2027, 3, 5), Lang::En), "2027-03-05");
    }
}
