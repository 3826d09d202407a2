//! `maillage notes list|add|export|import|move`: the notes of the loaded
//! directory's event (and those tied to no event), or of another event
//! (`--event ID`), or of every event (`--all-events`).
//!
//! An unusable notes file is reported as `path:line:column: message` and the
//! command exits 1 without writing anything.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::directory::Directory;
use crate::i18n::Lang;
use crate::i18n::{self, CliTexts};
use crate::notes::export::csv::CsvOptions;
use crate::notes::export::{self, Format, vdir};
use crate::notes::{
    FollowUp, Note, NoteDraft, NotesBook, OrganisationRef, Scope, format_date, parse_date,
};
use crate::notes::{import, vcf};
use crate::sanitize::{for_display, json_for_terminal};
use crate::search::catalog::Catalog;

#[derive(Debug, Subcommand)]
// Parsed once per run: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
pub enum NotesCommand {
    /// Print this event's notes, overdue follow-ups first: id, name,
    /// organisation, follow-up (`none`, `todo`, `done`; a date; `overdue`);
    /// with `--all-events`, every event's, each line ending with its event.
    List(ListArgs),
    /// Add a note; prints its id once it is safely on disk.
    Add(AddArgs),
    /// Write this event's notes (or another's, or every event's) for an
    /// address book, a task list, a spreadsheet or a document.
    Export(ExportArgs),
    /// Move a note to another event (`--event ID`), or tie it to none
    /// (`--no-event`: it then shows in every event).
    Move(MoveArgs),
    /// Add people from a vCard file (a phone's or an address book's export)
    /// as notes of this event; a card whose UID is a note's id updates it.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// vCard files (.vcf): versions 2.1, 3.0 and 4.0, one card or many
    /// each (a vdir folder's cards: `DIR/*.vcf`).
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// Which events' notes: the loaded directory's by default.
#[derive(Debug, Args)]
pub struct EventArgs {
    /// Every event's notes, this event's first.
    #[arg(long, conflicts_with = "event")]
    pub all_events: bool,
    /// The notes of event ID (a directory's `event.id`) [default: the
    /// loaded directory's event].
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
}

impl EventArgs {
    fn scope(&self) -> Scope {
        match (&self.event, self.all_events) {
            (_, true) => Scope::All,
            (Some(event), false) => Scope::Event(event.clone()),
            (None, false) => Scope::Current,
        }
    }
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// The note's id (as `notes list` prints it).
    #[arg(value_name = "NOTE_ID")]
    pub id: String,
    /// The event to move it to (a directory's `event.id`).
    #[arg(long, value_name = "ID", required_unless_present = "no_event")]
    pub event: Option<String>,
    /// Tied to no event: the note shows in every event.
    #[arg(long, conflicts_with = "event")]
    pub no_event: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub events: EventArgs,
    /// Print the notes as a JSON array.
    #[arg(long)]
    pub json: bool,
    /// Only open follow-ups, soonest date first, undated last.
    #[arg(long)]
    pub follow_up: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The person's name (required, not empty).
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Given name(s), for address books [default: guessed from the name].
    #[arg(long, value_name = "GIVEN")]
    pub given: Option<String>,
    /// Family name, for address books [default: guessed from the name:
    /// `Jean de La Fontaine` gives `de La Fontaine`].
    #[arg(long, value_name = "FAMILY")]
    pub family: Option<String>,
    /// Organisation: linked to the directory's when it names exactly one,
    /// kept as typed otherwise.
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    #[arg(long, value_name = "P")]
    pub phone: Option<String>,
    /// The stand where you met.
    #[arg(long, value_name = "S")]
    pub stand: Option<String>,
    /// A tag; repeat for several.
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// The note's text; `-` reads it from standard input.
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Something to do about this person; by DATE when given, written
    /// 2026-12-15, 15/12/2026 or 15.12.2026.
    #[arg(long, value_name = "DATE", num_args = 0..=1)]
    pub follow_up: Option<Option<String>>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub events: EventArgs,
    #[arg(long, value_enum)]
    pub format: FormatArg,
    /// Write to FILE (replaced atomically) instead of standard output; for
    /// `vdir`, the folder of cards (required).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV: the separator, `;`, `,` or `tab` [default: `;` in French, `,` in English].
    #[arg(long, value_name = "SEP", value_parser = separator_parser())]
    pub separator: Option<u8>,
    /// CSV: start with a byte-order mark, for Excel [default: in French].
    #[arg(long, overrides_with = "no_bom")]
    pub bom: bool,
    /// CSV: no byte-order mark [default: in English].
    #[arg(long, overrides_with = "bom")]
    pub no_bom: bool,
}

/// `;`, `,` or `tab` (also a tab character itself).
fn separator_parser() -> impl clap::builder::TypedValueParser<Value = u8> {
    use clap::builder::PossibleValue;
    use clap::builder::TypedValueParser;
    let values = [
        PossibleValue::new(";"),
        PossibleValue::new(","),
        PossibleValue::new("tab"),
        // A tab typed as such (`--separator $'\t'`), not listed in the help.
        PossibleValue::new("\t").hide(true),
    ];
    clap::builder::PossibleValuesParser::new(values).map(|value| match value.as_str() {
        ";" => b';',
        "," => b',',
        _ => b'\t',
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// vCard 4.0, one file, for address books.
    Vcard,
    /// A folder of vCards, one per note (`-o DIR`), for khard and vdirsyncer;
    /// run again, it updates changed cards and removes deleted notes' cards.
    Vdir,
    /// The follow-ups as iCalendar to-dos (VTODO), for task apps.
    Ics,
    /// CSV with a header row, for spreadsheets.
    Csv,
    /// Markdown, grouped by organisation.
    Md,
    /// JSON, in the notes file's own format.
    Json,
}

pub fn run(
    data: Option<&Path>,
    config_dir: Option<&Path>,
    command: &NotesCommand,
    lang: Lang,
) -> ExitCode {
    match run_inner(data, config_dir, command, &i18n::t(lang).cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(Failure::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Reported) => ExitCode::from(1),
        Err(failure) => {
            eprintln!("{failure}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Message(String),
    Io(std::io::Error),
    /// Already told on standard error.
    Reported,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Message(m) => f.write_str(m),
            Failure::Io(e) => write!(f, "maillage: {e}"),
            Failure::Reported => Ok(()),
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}

fn run_inner(
    data: Option<&Path>,
    config_dir: Option<&Path>,
    command: &NotesCommand,
    t: &CliTexts,
) -> Result<(), Failure> {
    let directory = super::load_directory(data).map_err(|e| Failure::Message(e.render(t.lang)))?;
    let folder = crate::notes::config_dir(config_dir)
        .ok_or_else(|| Failure::Message(t.no_config_folder.into()))?;
    let mut book = NotesBook::open_in(&folder, &directory.event.id);
    super::report_conflicts(book.take_conflicts(), t.lang);
    if let Some(problem) = book.problem() {
        return Err(Failure::Message(crate::notes::problem_message(
            problem, t.lang,
        )));
    }
    match command {
        NotesCommand::List(args) => list(&book, args, t.lang),
        NotesCommand::Add(args) => add(&mut book, &directory, args, t),
        NotesCommand::Export(args) => export_notes(&book, args, t),
        NotesCommand::Import(args) => import_cards(&mut book, &directory, args, t),
        NotesCommand::Move(args) => move_note(&mut book, args, t),
    }
}

fn move_note(book: &mut NotesBook, args: &MoveArgs, t: &CliTexts) -> Result<(), Failure> {
    let event = args.event.as_deref().filter(|_| !args.no_event);
    book.move_to_event(&args.id, event)
        .map_err(|e| Failure::Message(format!("maillage: {}", e.message(t.lang))))?;
    let name = book.note(&args.id).map_or("", |n| n.name.as_str());
    eprintln!(
        "{}",
        (t.note_moved)(&for_display(name), event.map(for_display).as_deref())
    );
    Ok(())
}

fn list(book: &NotesBook, args: &ListArgs, lang: Lang) -> Result<(), Failure> {
    let scope = args.events.scope();
    let notes = if args.follow_up {
        book.follow_ups_in(&scope)
    } else {
        book.notes_in(&scope)
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        let json = serde_json::to_string_pretty(&notes).map_err(std::io::Error::from)?;
        writeln!(out, "{}", json_for_terminal(&json))?;
        return Ok(());
    }
    let today = book.today();
    for note in notes {
        let mut line = list_line(note, today, lang);
        // Every event's notes: each says its event (empty: tied to none).
        if scope == Scope::All {
            line = format!("{line}\t{}", for_display(&note.event));
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `id TAB name TAB organisation TAB follow-up[ date[ overdue]]`, safe to
/// print; the date as a reader of `lang` writes it, `overdue` in `lang` too.
fn list_line(note: &Note, today: Date, lang: Lang) -> String {
    let organisation = note.organisation.as_ref().map_or("", |o| o.name.as_str());
    let mut follow_up = note.follow_up.label().to_string();
    if let Some(date) = note.follow_up.date() {
        follow_up = format!("{follow_up} {}", format_date(date, lang));
    }
    if note.follow_up.is_overdue(today) {
        follow_up = format!("{follow_up} {}", i18n::t(lang).notes.overdue);
    }
    format!(
        "{}\t{}\t{}\t{follow_up}",
        for_display(&note.id),
        for_display(&note.name),
        for_display(organisation)
    )
}

fn add(
    book: &mut NotesBook,
    directory: &Directory,
    args: &AddArgs,
    t: &CliTexts,
) -> Result<(), Failure> {
    // Checked before reading any text from standard input.
    // As the first step of the TUI's follow-up cycle: to do, no date.
    let follow_up = match &args.follow_up {
        None => FollowUp::None,
        Some(None) => FollowUp::Todo { date: None },
        Some(Some(typed)) => FollowUp::Todo {
            date: Some(
                parse_date(typed)
                    .map_err(|e| Failure::Message(format!("maillage: {}", e.message(t.lang))))?,
            ),
        },
    };
    let text = match args.text.as_deref() {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            text
        }
        Some(text) => text.to_string(),
        None => String::new(),
    };
    let organisation = args.org.as_deref().map(|typed| {
        let linked = link_organisation(directory, typed);
        if let Some(org) = &linked {
            eprintln!("{}", (t.org_linked)(&for_display(&org.name)));
        }
        linked.unwrap_or_else(|| OrganisationRef {
            id: None,
            name: typed.to_string(),
        })
    });
    let draft = NoteDraft {
        name: args.name.clone(),
        given_name: args.given.clone().unwrap_or_default(),
        family_name: args.family.clone().unwrap_or_default(),
        organisation,
        role: args.role.clone().unwrap_or_default(),
        email: args.email.clone().unwrap_or_default(),
        phone: args.phone.clone().unwrap_or_default(),
        stand: args.stand.clone().unwrap_or_default(),
        text,
        tags: args.tags.clone(),
        follow_up,
    };
    let added = book
        .add(&draft)
        .map_err(|e| Failure::Message(format!("maillage: {}", e.message(t.lang))))?;
    for warning in &added.warnings {
        eprintln!(
            "maillage: {}: {}",
            t.warning,
            for_display(&warning.message(t.lang))
        );
    }
    // Printed only once the note is on disk: scripts may rely on it.
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", added.id)?;
    out.flush()?;
    Ok(())
}

/// The directory organisation `typed` names, if it names one clearly: one
/// of its names (official, short, or another spelling) is `typed` once
/// folded (so "inter actions" is Inter-Actions), or the best search hit is on
/// a name and the next best is not.
fn link_organisation(directory: &Directory, typed: &str) -> Option<OrganisationRef> {
    use crate::search::{Hit, Tier, fold::fold_text};
    if fold_text(typed).is_empty() {
        return None;
    }
    let organisation = match named_exactly(directory, typed) {
        Some(o) => o,
        None => {
            let catalog = Catalog::new(directory);
            let engine = &catalog.organisations;
            let hits = engine.search(typed);
            let on_a_name = |hit: &Hit| {
                engine
                    .record(hit.record())
                    .tier(hit.field())
                    .is_some_and(|tier| tier <= Tier::Name)
            };
            match hits.as_slice() {
                [best, rest @ ..] if on_a_name(best) && !rest.first().is_some_and(on_a_name) => {
                    &directory.organisations[best.record()]
                }
                _ => return None,
            }
        }
    };
    Some(organisation_ref(organisation))
}

/// The directory organisation one of whose names (official, short, or
/// another spelling) is `typed` once folded: "inter actions" is Inter-Actions.
fn named_exactly<'a>(
    directory: &'a Directory,
    typed: &str,
) -> Option<&'a crate::directory::Organisation> {
    let wanted = crate::search::fold::fold_text(typed);
    if wanted.is_empty() {
        return None;
    }
    directory.organisations.iter().find(|o| {
        std::iter::once(o.name.as_str())
            .chain(o.short_name.as_deref())
            .chain(o.aliases())
            .any(|name| crate::search::fold::fold_text(name) == wanted)
    })
}

fn organisation_ref(organisation: &crate::directory::Organisation) -> OrganisationRef {
    OrganisationRef {
        id: Some(organisation.id.to_string()),
        name: organisation.display_name().to_string(),
    }
}

fn export_notes(book: &NotesBook, args: &ExportArgs, t: &CliTexts) -> Result<(), Failure> {
    let csv_flags = args.separator.is_some() || args.bom || args.no_bom;
    if csv_flags && args.format != FormatArg::Csv {
        return Err(Failure::Message(t.csv_options_only.into()));
    }
    let format = match args.format {
        FormatArg::Vcard => Format::Vcard,
        FormatArg::Csv => {
            let mut options = CsvOptions::for_lang(t.lang);
            if let Some(separator) = args.separator {
                options.separator = separator;
            }
            options.bom = (options.bom || args.bom) && !args.no_bom;
            Format::Csv(options)
        }
        FormatArg::Md => Format::Markdown,
        FormatArg::Json => Format::Json,
        FormatArg::Ics => Format::Ics,
        FormatArg::Vdir => {
            let dir = args
                .output
                .as_deref()
                .ok_or_else(|| Failure::Message(t.vdir_needs_output.into()))?;
            return export_vdir(book, &args.events.scope(), dir, t);
        }
    };
    let bytes = export::export(format, &book.notes_in(&args.events.scope()), t.lang)
        .map_err(|e| Failure::Message(format!("{}: {e}", t.cannot_export)))?;
    match &args.output {
        Some(path) => crate::store::write_atomic(path, &bytes).map_err(|e| {
            Failure::Message(format!(
                "{}: {e}",
                (t.cannot_write_file)(&path.display().to_string())
            ))
        }),
        None => {
            let mut out = std::io::stdout().lock();
            if out.is_terminal() {
                // Shown, not saved: directory text (organisation names) must
                // not reach the terminal as control characters. Piped or
                // redirected output keeps the exact bytes.
                let text = String::from_utf8_lossy(&bytes);
                for line in text.lines() {
                    writeln!(out, "{}", for_display(line))?;
                }
            } else {
                out.write_all(&bytes)?;
            }
            out.flush()?;
            Ok(())
        }
    }
}

/// `--format vdir -o DIR`: the folder brought up to date, what was done on
/// standard error (as the other commands' summaries).
fn export_vdir(book: &NotesBook, scope: &Scope, dir: &Path, t: &CliTexts) -> Result<(), Failure> {
    // The cards of the events exported whose notes are gone are removed.
    let exported = |event: &str| match scope {
        Scope::Current => crate::notes::book::belongs_to_event(event, book.event()),
        Scope::Event(id) => crate::notes::book::belongs_to_event(event, id),
        Scope::All => true,
    };
    let notes = book.notes_in(scope);
    let report = vdir::export_vdir_of(dir, &exported, &notes).map_err(|e| {
        Failure::Message(format!(
            "{}: {}",
            t.cannot_export,
            for_display(&e.to_string())
        ))
    })?;
    let shown = for_display(&dir.display().to_string()).into_owned();
    for name in &report.edited_elsewhere {
        eprintln!("{}", (t.vdir_edited_elsewhere)(&for_display(name)));
    }
    for name in &report.not_ours {
        eprintln!("{}", (t.vdir_not_ours)(&for_display(name)));
    }
    eprintln!(
        "{}",
        (t.vdir_done)(&shown, report.written, report.unchanged, report.removed)
    );
    Ok(())
}

/// `notes import FILE.vcf…`: the cards as notes of this event, one summary
/// per file; cards that cannot be imported are reported at their line (and
/// the exit code is 1), the others imported.
fn import_cards(
    book: &mut NotesBook,
    directory: &Directory,
    args: &ImportArgs,
    t: &CliTexts,
) -> Result<(), Failure> {
    let mut all_read = true;
    for path in &args.files {
        all_read &= import_file(book, directory, path, t)?;
    }
    if all_read {
        Ok(())
    } else {
        Err(Failure::Reported)
    }
}

/// One file of [`import_cards`]; false when a card could not be imported.
fn import_file(
    book: &mut NotesBook,
    directory: &Directory,
    path: &Path,
    t: &CliTexts,
) -> Result<bool, Failure> {
    let shown = for_display(&path.display().to_string()).into_owned();
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Message(format!("maillage: {shown}: {}: {e}", t.cannot_read)))?;
    // UTF-8 as vCard 4.0 requires; an older file in Latin-1 is read as such.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => e.as_bytes().iter().map(|&b| b as char).collect(),
    };
    let (cards, problems) = vcf::read_cards(&text);
    for problem in &problems {
        eprintln!("{shown}:{}: {}", problem.line(), problem.message(t.lang));
    }
    let link = |name: &str| named_exactly(directory, name).map(organisation_ref);
    let event = book.event().to_string();
    let now = jiff::Timestamp::now()
        .round(jiff::Unit::Millisecond)
        .unwrap_or_else(|_| jiff::Timestamp::now());
    let imported = book
        .save_with(|file| import::apply_cards(file, &cards, &event, now, &link))
        .map_err(|e| Failure::Message(format!("maillage: {}", e.message(t.lang))))?;
    eprintln!(
        "{}",
        (t.vcf_imported)(
            &shown,
            cards.len() + problems.len(),
            imported.added,
            imported.updated,
            imported.unchanged
        )
    );
    Ok(problems.is_empty())
}
