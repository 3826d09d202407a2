//! `maillage import FILE [--sheet NAME] [--plan salle.txt] [--into directory.json]
//! [-o directory.json] [--force] [--event-name NAME]`: FILE is a spreadsheet (xlsx, xlsm,
//! xlsb, ods, xls), a CSV file, or a conference's schedule (frab/Pentabarf
//! `schedule.xml` or its JSON form), told apart by their content.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::directory;
use crate::i18n::Lang;
use crate::i18n::{self, CliTexts};
use crate::import::messages::{ImportProblem, ScheduleProblem};
use crate::import::schedule::{ScheduleFormat, ScheduleOptions};
use crate::import::{self, Options};

#[derive(Debug, Args)]
#[command(after_long_help = COLUMNS_HELP)]
pub struct ImportArgs {
    /// The exhibitor spreadsheet, one row per stand: an Excel or LibreOffice
    /// file (.xlsx, .xlsm, .xlsb, .ods, .xls; its first sheet unless --sheet)
    /// or CSV (UTF-8, `,`, `;` or tab separated). Or a conference's schedule
    /// as frab and pretalx publish it: schedule.xml or schedule.json.
    pub file: PathBuf,
    /// Read this sheet of the spreadsheet instead of the first one.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Write the directory to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// The event's name (default: the file's name without extension; for a
    /// schedule, its conference's title; with --into, the directory's event is kept).
    #[arg(long, value_name = "NAME")]
    pub event_name: Option<String>,
    /// The floor plan drawn as text: each hall's walls, entrances, doors,
    /// landmarks and stand boxes holding their numbers (see data/README.md).
    /// The sheet's position columns are then ignored, with a warning.
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Add the schedule's programme (and its speakers as people) to this
    /// directory, made from a spreadsheet: rooms named as its halls or
    /// landmarks become those. Written to -o, or standard output.
    #[arg(long, value_name = "DIRECTORY")]
    pub into: Option<PathBuf>,
}

const MAX_WARNINGS_SHOWN: usize = 20;

const COLUMNS_HELP: &str = "\
Columns (header in French or English; case, accents and punctuation do not matter):
  stand / numéro / n° / number          required
  organisation / organization / exposant / exhibitor   required; rows with the same
                                        organisation make one organisation with several stands
  nom court / short name, description, titre / title, site web / website
  thèmes / themes                       separated by ;
  personnes / contacts / people         \"Name (role)\" separated by ;
  hall / salle, x, y, w / largeur, h / hauteur, approach / accès (north, south, east, west)
                                        optional position in cells of 1 m; without x and y
                                        the stands are laid out in an illustrative grid
Other columns are ignored with a warning. Problems are printed as FILE:LINE:COLUMN: message
for CSV, FILE: SHEET!CELL: message for a spreadsheet (exposants.xlsx: Feuil1!C12: …). A row
with a problem is refused, and then nothing is written.
With --plan salle.txt, the stands go where the plan draws their numbers (the position
columns are then ignored); the drawing language is described in data/README.md.
A conference's schedule (frab/Pentabarf schedule.xml, or schedule.json, as frab and
pretalx publish them) becomes a directory with its programme: talks, rooms, speakers.
With --into directory.json, they are added to that directory. An event without a title,
or with a time or duration that cannot be read, is refused at FILE:LINE:COLUMN.";

/// Prints problems (`FILE:LINE:COLUMN: message`, `FILE: Sheet!C12: message`)
/// and how many rows they refuse and exits 1, or writes the directory
/// (checked before it is written) and exits 0.
pub fn run(args: &ImportArgs, lang: Lang) -> ExitCode {
    let t = &i18n::t(lang).cli;
    let shown = args.file.display().to_string();
    if let Some(path) = args.output.as_ref().filter(|p| !args.force && p.exists()) {
        return fail(&format!("{}: {}", path.display(), t.already_exists));
    }
    let bytes = match std::fs::read(&args.file) {
        Ok(b) => b,
        Err(e) => return fail(&format!("{shown}: {}: {}", t.cannot_read, reason(&e, t))),
    };
    if let Some(format) = import::schedule::detect(&args.file, &bytes) {
        return run_schedule(args, &bytes, format, lang);
    }
    if args.into.is_some() {
        let problem = ImportProblem::from(ScheduleProblem::IntoNeedsSchedule);
        return fail(&format!("{shown}: {}", problem.text(lang)));
    }
    let event_name = args.event_name.clone().unwrap_or_else(|| {
        args.file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let plan = match &args.plan {
        None => None,
        Some(path) => match read_plan(path, lang, t) {
            Ok(drawing) => Some(drawing),
            Err(code) => return code,
        },
    };
    let plan_shown = args.plan.as_ref().map(|p| p.display().to_string());
    let options = Options {
        event_name,
        lang,
        plan,
    };
    let sheet = args.sheet.as_deref();
    let imported = match import::import_file(&args.file, &bytes, sheet, &options) {
        Ok(i) => i,
        Err(refused) => {
            for p in &refused.problems {
                let file = match &plan_shown {
                    Some(plan) if matches!(p.place, import::Place::Plan { .. }) => plan,
                    _ => &shown,
                };
                eprintln!("{}", p.render_in(file, lang));
            }
            // Problems with the file or its header refuse no row in particular.
            if refused.rows_read > 0 {
                let (rows, stands) = (refused.rows_read, refused.stands);
                let summary = (t.refused)(&shown, rows, stands, refused.rows_refused);
                eprintln!("{summary}");
            }
            return ExitCode::from(1);
        }
    };
    // Warnings are advice; a sheet with thousands of them would bury the
    // notes below, so only the first ones are shown.
    for w in imported.warnings.iter().take(MAX_WARNINGS_SHOWN) {
        eprintln!("{}", w.render_in(&shown, lang));
    }
    if let Some(more) = imported
        .warnings
        .len()
        .checked_sub(MAX_WARNINGS_SHOWN)
        .filter(|n| *n > 0)
    {
        eprintln!("{shown}: {}", (t.more_warnings)(more));
    }
    for note in &imported.notes {
        eprintln!("{shown}: {}", note.text(lang));
    }

    let d = &imported.directory;
    let summary = |path: &str| {
        (t.imported)(
            path,
            imported.rows_read,
            d.stands.len(),
            d.organisations.len(),
            d.people.len(),
        )
    };
    write_directory(d, args, lang, summary)
}

/// Checks the directory and writes it to `-o` (then prints `summary` of
/// that file's name) or to standard output.
fn write_directory(
    directory: &directory::Directory,
    args: &ImportArgs,
    lang: Lang,
    summary: impl Fn(&str) -> String,
) -> ExitCode {
    let t = &i18n::t(lang).cli;
    let mut json = match serde_json::to_string_pretty(directory) {
        Ok(j) => crate::sanitize::json_for_terminal(&j).into_owned(),
        Err(e) => return fail(&format!("{}: {e}", t.cannot_serialize)),
    };
    json.push('\n');
    // The importer should only ever produce valid directories; checking here
    // means a defect shows as a message instead of a broken file.
    if let Err(problems) = directory::parse_findings(&json) {
        for p in problems {
            let message = p.message.text(lang);
            eprintln!("{}", (t.import_fails_check)(p.line, p.column, &message));
        }
        return ExitCode::from(1);
    }

    let written = match &args.output {
        None => std::io::stdout()
            .lock()
            .write_all(json.as_bytes())
            .map_err(|e| reason(&e, t)),
        Some(path) => write_atomically(path, json.as_bytes(), args.force, t),
    };
    match (written, &args.output) {
        (Err(e), Some(path)) => fail(&format!("{}: {e}", path.display())),
        (Err(e), None) => fail(&format!("{}: {e}", t.cannot_write_stdout)),
        (Ok(()), Some(path)) => {
            eprintln!("{}", summary(&path.display().to_string()));
            ExitCode::SUCCESS
        }
        (Ok(()), None) => ExitCode::SUCCESS,
    }
}

/// `maillage import schedule.xml [--into directory.json]`: prints the
/// refused events (`FILE:LINE:COLUMN: message`) and how many, and exits 1,
/// or writes the directory with its programme.
fn run_schedule(args: &ImportArgs, bytes: &[u8], format: ScheduleFormat, lang: Lang) -> ExitCode {
    let texts = &i18n::t(lang).import;
    let shown = args.file.display().to_string();
    for (given, option) in [
        (args.sheet.is_some(), "--sheet"),
        (args.plan.is_some(), "--plan"),
    ] {
        if given {
            let problem = ImportProblem::from(ScheduleProblem::NotForSchedule(option));
            return fail(&format!("{shown}: {}", problem.text(lang)));
        }
    }
    let into = match &args.into {
        None => None,
        Some(path) => match directory::load_file(path) {
            Ok(d) => Some(d),
            Err(e) => return fail(&e.render(lang)),
        },
    };
    let options = ScheduleOptions {
        event_name: args.event_name.clone(),
        lang,
    };
    let imported = match import::schedule::import_schedule(bytes, format, into, &options) {
        Ok(i) => i,
        Err(refused) => {
            for p in &refused.problems {
                eprintln!("{}", p.render_in(&shown, lang));
            }
            if refused.rows_read > 0 {
                let (events, talks) = (refused.rows_read, refused.stands);
                let summary = (texts.schedule_refused)(&shown, events, talks, refused.rows_refused);
                eprintln!("{summary}");
            }
            return ExitCode::from(1);
        }
    };
    let summary = |path: &str| {
        (texts.schedule_imported)(
            path,
            imported.events_read,
            imported.talks,
            imported.talks_updated,
            imported.rooms,
            imported.speakers,
        )
    };
    write_directory(&imported.directory, args, lang, summary)
}

/// Reads and parses the drawn plan; on failure prints its problems as
/// `PLAN:LINE:COLUMN: message` and gives the exit code.
fn read_plan(path: &Path, lang: Lang, t: &CliTexts) -> Result<import::drawing::Drawing, ExitCode> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| fail(&format!("{shown}: {}: {}", t.cannot_read, reason(&e, t))))?;
    import::drawing::parse(&bytes).map_err(|problems| {
        for p in &problems {
            let kind = import::messages::ImportProblem::Plan(p.problem.clone());
            eprintln!("{shown}:{}:{}: {}", p.line, p.column, kind.text(lang));
        }
        ExitCode::from(1)
    })
}

/// Writes to a temporary file next to `path`, then renames it over `path`, so
/// a reader never sees half a directory and a failed write leaves no wreck.
fn write_atomically(path: &Path, contents: &[u8], force: bool, t: &CliTexts) -> Result<(), String> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or(t.not_a_file_name)?.to_string_lossy();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::File::create_new(&temp)
        .and_then(|mut f| {
            f.write_all(contents)?;
            f.sync_all()
        })
        .and_then(|()| {
            if force {
                return std::fs::rename(&temp, path);
            }
            // A hard link never replaces an existing file, so a file that
            // appeared since the check above is not clobbered.
            match std::fs::hard_link(&temp, path) {
                Ok(()) => std::fs::remove_file(&temp),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
                // Filesystems without hard links: the check above has to do.
                Err(_) => std::fs::rename(&temp, path),
            }
        });
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            t.already_exists.to_string()
        } else {
            format!("{}: {}", t.cannot_write, reason(&e, t))
        }
    })
}

fn reason(e: &std::io::Error, t: &CliTexts) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => t.not_found.into(),
        std::io::ErrorKind::PermissionDenied => t.permission_denied.into(),
        _ => e.to_string(),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(1)
}
