//! `--lang` overrides the language the locale would give.

use clap::Parser;

use super::Cli;
use crate::i18n::Lang;

fn parse(args: &[&str]) -> Cli {
    Cli::try_parse_from(args).expect("valid arguments")
}

#[test]
fn lang_overrides_the_locale_either_way() {
    // Whatever the test's own locale, both answers come out: the option wins.
    assert_eq!(parse(&["maillage", "--lang", "fr"]).lang(), Lang::Fr);
    assert_eq!(parse(&["maillage", "--lang", "en"]).lang(), Lang::En);
}

#[test]
fn lang_is_global_and_optional() {
    let cli = parse(&["maillage", "route", "A1", "B2", "--lang", "fr"]);
    assert_eq!(cli.lang, Some(Lang::Fr));
    assert_eq!(parse(&["maillage", "check", "x.json"]).lang, None);
}

#[test]
fn only_fr_and_en_are_accepted() {
    let error = Cli::try_parse_from(["maillage", "--lang", "de"]).unwrap_err();
    assert_eq!(error.kind(), clap::error::ErrorKind::InvalidValue);
}
