//! `maillage card`: your own contact details, shown as a QR code a phone
//! camera reads (a vCard), set and cleared from the command line. Kept in
//! `card.json` beside the notes; nothing leaves the machine.
//!
//! Exit codes: 0 done; 1 no card yet (with a line saying how to set one),
//! a card that cannot be saved, or an unusable card file; 2 bad arguments.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use crate::card::qr::{Ink, QrMatrix};
use crate::card::{Card, CardField, CardFile, FILE_NAME, vcard};
use crate::i18n::{self, Lang};
use crate::sanitize::for_display;
use crate::store::Store;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CardArgs {
    #[command(subcommand)]
    pub command: Option<CardCommand>,
    /// Print the vCard text (what the QR code holds) instead of the code.
    #[arg(long)]
    pub vcard: bool,
    /// Without colours, swap dark and light: for a terminal with a light
    /// background (the code is drawn for a dark one unless COLORFGBG says otherwise).
    #[arg(long)]
    pub invert: bool,
}

#[derive(Debug, Subcommand)]
pub enum CardCommand {
    /// Set fields of your card (a card needs a name; an empty value clears a field).
    Set(SetArgs),
    /// Remove your card.
    Clear,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("change").required(true).multiple(true)))]
pub struct SetArgs {
    /// Your name, as people should file it.
    #[arg(long, group = "change")]
    pub name: Option<String>,
    /// Your organisation.
    #[arg(long, group = "change")]
    pub org: Option<String>,
    /// Your role or job title.
    #[arg(long, group = "change")]
    pub role: Option<String>,
    #[arg(long, group = "change")]
    pub email: Option<String>,
    #[arg(long, group = "change")]
    pub phone: Option<String>,
    /// Your website (https:// is added when no scheme is given).
    #[arg(long, group = "change")]
    pub website: Option<String>,
    /// Remove a field (may be repeated).
    #[arg(long, value_name = "FIELD", group = "change")]
    pub clear: Vec<FieldArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FieldArg {
    Org,
    Role,
    Email,
    Phone,
    Website,
}

impl FieldArg {
    fn field(self) -> CardField {
        match self {
            FieldArg::Org => CardField::Organisation,
            FieldArg::Role => CardField::Role,
            FieldArg::Email => CardField::Email,
            FieldArg::Phone => CardField::Phone,
            FieldArg::Website => CardField::Website,
        }
    }
}

pub fn run(config_dir: Option<&Path>, args: &CardArgs, lang: Lang) -> ExitCode {
    let t = &i18n::t(lang);
    let Some(folder) = crate::notes::config_dir(config_dir) else {
        return fail(t.cli.no_config_folder);
    };
    let mut store: Store<CardFile> = Store::open(folder.join(FILE_NAME));
    if let Some(problem) = store.problem() {
        let advice = t.card.unusable_advice;
        return fail(&format!("{}\n{advice}", problem.render(lang)));
    }
    let saved = match &args.command {
        None => return show(store.document().card.as_ref(), args, lang),
        Some(CardCommand::Set(set)) => {
            let changes = changes(set);
            if let Err(why) = store.document().check(&changes) {
                return fail(&format!("maillage: {}", why.message(lang)));
            }
            store.save(|file| file.set(&changes, jiff::Timestamp::now()).map(|_| ()))
        }
        Some(CardCommand::Clear) => match store.save(|file| file.clear(jiff::Timestamp::now())) {
            Ok(true) => Ok(Ok(())),
            Ok(false) => {
                eprintln!("{}", t.card.no_card_to_clear);
                return ExitCode::SUCCESS;
            }
            Err(e) => Err(e),
        },
    };
    match saved {
        Ok(Ok(())) => {
            let done = match args.command {
                Some(CardCommand::Clear) => t.card.card_cleared,
                _ => t.card.card_saved,
            };
            eprintln!("{done}");
            ExitCode::SUCCESS
        }
        Ok(Err(why)) => fail(&format!("maillage: {}", why.message(lang))),
        Err(e) => fail(&e.render(lang)),
    }
}

/// What `set` changes, in the order given by the card's fields.
fn changes(set: &SetArgs) -> Vec<(CardField, String)> {
    let given = [
        (CardField::Name, &set.name),
        (CardField::Organisation, &set.org),
        (CardField::Role, &set.role),
        (CardField::Email, &set.email),
        (CardField::Phone, &set.phone),
        (CardField::Website, &set.website),
    ];
    let mut changes: Vec<(CardField, String)> = set
        .clear
        .iter()
        .map(|f| (f.field(), String::new()))
        .collect();
    changes.extend(
        given
            .into_iter()
            .filter_map(|(field, value)| value.clone().map(|v| (field, v))),
    );
    changes
}

/// Prints the card: its QR code and its fields, or its vCard text.
fn show(card: Option<&Card>, args: &CardArgs, lang: Lang) -> ExitCode {
    let t = &i18n::t(lang).card;
    let Some(card) = card else {
        return fail(t.no_card);
    };
    let text = vcard::to_vcard(card);
    let mut out = std::io::stdout().lock();
    let written = if args.vcard {
        out.write_all(text.as_bytes())
    } else {
        let code = match QrMatrix::encode(&text) {
            Ok(code) => code,
            Err(why) => return fail(&format!("maillage: {}", why.message(lang))),
        };
        let colour = out.is_terminal() && !crate::tui::style::Styles::from_env().no_color;
        write_code(&mut out, &code, colour, args.invert)
            .and_then(|()| writeln!(out))
            .and_then(|()| out.write_all(fields_text(card, lang).as_bytes()))
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("maillage: {e}")),
    }
}

/// The code in half blocks: black on white when `colour` (ANSI 30 on 107,
/// the same as the app's `Color::Black` on `Color::White`), else in the
/// terminal's own colours, for its background (see [`Ink`]).
fn write_code(
    out: &mut impl Write,
    code: &QrMatrix,
    colour: bool,
    invert: bool,
) -> std::io::Result<()> {
    let ink = if colour {
        Ink::Dark
    } else {
        let plain = Ink::for_plain_terminal(std::env::var("COLORFGBG").ok().as_deref());
        if invert { plain.inverted() } else { plain }
    };
    for line in code.half_blocks(ink) {
        if colour {
            // Reset at each line end, so a resized terminal shows no bar of colour.
            writeln!(out, "\x1b[30;107m{line}\x1b[0m")?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The card's fields, one `Label: value` line each, in `lang`.
pub fn fields_text(card: &Card, lang: Lang) -> String {
    let mut text = String::new();
    for field in CardField::ALL {
        if let Some(value) = card.get(field) {
            let label = field.label(lang);
            let colon = i18n::t(lang).ui.colon;
            text.push_str(&format!("{label}{colon}{}\n", for_display(value)));
        }
    }
    text
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{}", for_display(message));
    ExitCode::from(1)
}
