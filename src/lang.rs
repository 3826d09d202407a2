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
