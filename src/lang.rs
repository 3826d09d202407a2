//! The language text is shown in.

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    /// French when the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`,
    /// the first one set and non-empty, as POSIX orders them) starts with
    /// `fr`; English otherwise.
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_locale(var("LC_ALL"), var("LC_MESSAGES"), var("LANG"))
    }

    /// [`Lang::from_env`] on given values, so it can be tested without
    /// touching the process environment.
    pub fn from_locale(
        lc_all: Option<String>,
        lc_messages: Option<String>,
        lang: Option<String>,
    ) -> Lang {
        let locale = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty());
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }
}

/// Declares a table struct whose `&'static str` fields can be listed by
/// name (`strings()`), so a test can check that every language has every string.
macro_rules! text_table {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            strings { $($string:ident,)* }
            others { $($(#[$other_meta:meta])* $other:ident: $ty:ty,)* }
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(pub $string: &'static str,)*
            $($(#[$other_meta])* pub $other: $ty,)*
        }

        impl $name {
            /// Every plain string with its field name.
            pub fn strings(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($string), self.$string),)*]
            }
        }
    };
}

pub(crate) use text_table;

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn the_first_set_variable_decides() {
        assert_eq!(
            Lang::from_locale(s("fr_LU.UTF-8"), s("en_GB"), None),
            Lang::Fr
        );
        assert_eq!(Lang::from_locale(s("en_US"), None, s("fr_FR")), Lang::En);
        assert_eq!(Lang::from_locale(s(""), s("fr_BE"), s("en")), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, s("fr")), Lang::Fr);
    }

    #[test]
    fn english_when_nothing_says_french() {
        assert_eq!(Lang::from_locale(None, None, None), Lang::En);
        assert_eq!(Lang::from_locale(None, None, s("C.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, s("de_LU")), Lang::En);
    }
}
