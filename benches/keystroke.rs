//! Keystroke → frame: type a 12-letter query one letter at a time, then
//! delete it letter by letter. Each step is what the TUI does for a key:
//! `App::update` (search + ranking + theme filter) then drawing the whole
//! 120×40 screen into a buffer (a ratatui `TestBackend`).
//!
//! Criterion reports the mean/median of one step; afterwards every step of
//! many rounds is timed on its own and p50/p99/max are printed, since the
//! target is on the p99 of a keystroke. Also: the first frame (load the
//! embedded directory, `App::new`, first draw).
//!
//! Each fair has a programme of [`common::TALKS`] talks beside its stands
//! (searched at each keystroke too, as the Programme tab's list).
//!
//! `cargo bench --bench keystroke` (add `-- typing/50k` to filter).

mod common;

use std::time::{Duration, Instant};

use common::{SIZES, label, ms, percentile};
use criterion::{BenchmarkId, Criterion};
use maillage::directory::{self, Directory};
use maillage::tui::{Action, App, Options, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Twelve letters (the space counts as a keystroke too), a real name in the
/// generated data; its first letters match almost every record.
const QUERY: &str = "sante diekir";
const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

struct Screen {
    app: App,
    terminal: Terminal<TestBackend>,
}

impl Screen {
    fn new(directory: Directory) -> Screen {
        let options = Options {
            no_color: false,
            width: WIDTH,
            height: HEIGHT,
            lang: maillage::i18n::Lang::En,
        };
        let mut screen = Screen {
            app: App::new(directory, options),
            terminal: Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend"),
        };
        screen.draw();
        screen
    }

    fn draw(&mut self) {
        let app = &self.app;
        self.terminal
            .draw(|frame| view(app, frame))
            .expect("test backend");
    }

    /// One keystroke, timed: update, then draw.
    fn step(&mut self, action: Action) -> Duration {
        let start = Instant::now();
        self.app.update(action);
        self.draw();
        start.elapsed()
    }

    /// What the run loop does once the frame is drawn, while no key waits:
    /// search a list not on screen (at fair scale), draw again, and so on
    /// until none is left. Each step timed apart: none is between a key and
    /// its frame, and a key typed meanwhile waits for one step at most.
    fn catch_up(&mut self) -> Vec<Duration> {
        let mut steps = Vec::new();
        while self.app.has_pending_work() {
            let start = Instant::now();
            self.app.update(Action::CatchUp);
            self.draw();
            steps.push(start.elapsed());
        }
        steps
    }

    fn typed(&self) -> usize {
        self.app.query().chars().count()
    }

    /// The next letter of [`QUERY`], starting over (untimed) when complete.
    fn type_next(&mut self) -> Duration {
        if self.typed() == QUERY.len() {
            self.step(Action::ClearSearch);
        }
        let next = QUERY[self.typed()..].chars().next().expect("ascii query");
        let time = self.step(Action::TypeChar(next));
        self.catch_up();
        time
    }

    /// Deletes one letter, typing the whole query again (untimed) when empty.
    fn delete_next(&mut self) -> Duration {
        if self.typed() == 0 {
            QUERY.chars().for_each(|c| {
                self.step(Action::TypeChar(c));
            });
        }
        let time = self.step(Action::Backspace);
        self.catch_up();
        time
    }
}

fn keystrokes(c: &mut Criterion) {
    for stands in SIZES {
        let mut screen = Screen::new(common::directory_with_talks(stands, common::TALKS));
        let mut group = c.benchmark_group("keystroke");
        group.bench_function(BenchmarkId::new("typing", label(stands)), |b| {
            b.iter_custom(|iters| (0..iters).map(|_| screen.type_next()).sum())
        });
        group.bench_function(BenchmarkId::new("deleting", label(stands)), |b| {
            b.iter_custom(|iters| (0..iters).map(|_| screen.delete_next()).sum())
        });
        group.finish();
    }
}

fn first_frame(c: &mut Criterion) {
    c.bench_function("first_frame/default", |b| {
        b.iter(|| Screen::new(directory::default_directory()))
    });
}

/// Times every step of `rounds` rounds of typing then deleting [`QUERY`],
/// and the catch-up after each frame (apart), and prints p50/p99/max.
fn print_percentiles(stands: usize, rounds: usize) {
    let mut screen = Screen::new(common::directory_with_talks(stands, common::TALKS));
    let (mut typing, mut deleting, mut catching_up) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        for c in QUERY.chars() {
            typing.push(screen.step(Action::TypeChar(c)));
            catching_up.extend(screen.catch_up());
        }
        for _ in QUERY.chars() {
            deleting.push(screen.step(Action::Backspace));
            catching_up.extend(screen.catch_up());
        }
    }
    if stands == 50_000 {
        // Median of each step: which letters cost what.
        let per_step = |samples: &[Duration], step: usize| {
            let mut times: Vec<Duration> = samples
                .iter()
                .skip(step)
                .step_by(QUERY.len())
                .copied()
                .collect();
            ms(percentile(&mut times, 50.0))
        };
        for (what, samples) in [("typing", &typing), ("deleting", &deleting)] {
            let medians: Vec<String> = (0..QUERY.len()).map(|i| per_step(samples, i)).collect();
            println!(
                "keystroke/{what}/50k median per step: {}",
                medians.join(", ")
            );
        }
    }
    for (what, samples) in [
        ("typing", &mut typing),
        ("deleting", &mut deleting),
        ("catch-up after the frame", &mut catching_up),
    ] {
        if samples.is_empty() {
            continue;
        }
        println!(
            "keystroke/{what}/{}: {} steps  p50 {}  p99 {}  max {}",
            label(stands),
            samples.len(),
            ms(percentile(samples, 50.0)),
            ms(percentile(samples, 99.0)),
            ms(percentile(samples, 100.0)),
        );
    }
}

criterion::criterion_group! {
    name = benches;
    config = common::criterion();
    targets = keystrokes, first_frame
}

fn main() {
    // As the app does.
    maillage::cli::return_freed_memory();
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    // Not under `cargo test --benches` (criterion's --test mode runs once).
    if std::env::args().any(|a| a == "--bench") {
        println!("\nper-step percentiles (each keystroke timed on its own):");
        let only: Option<usize> = std::env::var("PERCENTILES_ONLY")
            .ok()
            .and_then(|v| v.parse().ok());
        for (stands, rounds) in [(1_000, 200), (10_000, 60), (50_000, 25)] {
            if only.is_some_and(|o| o != stands) {
                continue;
            }
            print_percentiles(stands, rounds);
        }
    }
}
