use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};
struct Counting;
static CUR: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
static LOG: AtomicBool = AtomicBool::new(false);
thread_local!(static IN: Cell<bool> = const { Cell::new(false) });
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let c = CUR.fetch_add(l.size() as isize, Relaxed) + l.size() as isize;
        PEAK.fetch_max(c, Relaxed);
        if l.size() >= 100_000 && LOG.load(Relaxed) {
            IN.with(|i| {
                if !i.get() {
                    i.set(true);
                    eprintln!(
                        "  alloc {} KB\n{}",
                        l.size() / 1000,
                        short(std::backtrace::Backtrace::force_capture())
                    );
                    i.set(false);
                }
            });
        }
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        CUR.fetch_sub(l.size() as isize, Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        let c =
            CUR.fetch_add(n as isize - l.size() as isize, Relaxed) + n as isize - l.size() as isize;
        PEAK.fetch_max(c, Relaxed);
        if n >= 100_000 && LOG.load(Relaxed) {
            IN.with(|i| {
                if !i.get() {
                    i.set(true);
                    eprintln!(
                        "  realloc {} -> {} KB\n{}",
                        l.size() / 1000,
                        n / 1000,
                        short(std::backtrace::Backtrace::force_capture())
                    );
                    i.set(false);
                }
            });
        }
        unsafe { System.realloc(p, l, n) }
    }
}
fn short(b: std::backtrace::Backtrace) -> String {
    let s = format!("{b}");
    s.lines()
        .filter(|l| l.contains("at ./src/") || l.contains("at src/"))
        .take(4)
        .map(|l| format!("     {}\n", l.trim()))
        .collect()
}
#[global_allocator]
static A: Counting = Counting;
use maillage::tui::{Action, App, Options};
fn main() {
    let d = maillage::directory::load_file(std::path::Path::new("/work/scratch/big.json")).unwrap();
    let options = Options {
        no_color: false,
        width: 120,
        height: 40,
        lang: maillage::i18n::Lang::En,
    };
    let mut app = App::new(d, options);
    while app.has_pending_work() {
        app.update(Action::CatchUp);
    }
    let mb = |x: isize| x as f64 / 1e6;
    println!("base {:.2} MB", mb(CUR.load(Relaxed)));
    let base = CUR.load(Relaxed);
    let mut top = 0;
    LOG.store(std::env::var_os("LOG").is_some(), Relaxed);
    for c in "sante diekirch".chars() {
        let before = CUR.load(Relaxed);
        PEAK.store(before, Relaxed);
        eprintln!("== {c}");
        app.update(Action::TypeChar(c));
        let p1 = PEAK.load(Relaxed);
        while app.has_pending_work() {
            app.update(Action::CatchUp);
        }
        let p2 = PEAK.load(Relaxed);
        let now = CUR.load(Relaxed);
        top = top.max(p2 - base);
        println!(
            "{c}: now {:+.2}  key-peak {:+.2}  catchup-peak {:+.2}  (vs base)",
            mb(now - base),
            mb(p1 - base),
            mb(p2 - base)
        );
    }
    println!("max above base {:.2} MB", mb(top));
}
