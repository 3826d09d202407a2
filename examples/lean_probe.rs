use maillage::directory::{Organisation, Person, Stand};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::time::Instant;

#[derive(Deserialize)]
struct Top<'a> {
    #[serde(borrow)]
    organisations: &'a RawValue,
    #[serde(borrow)]
    stands: &'a RawValue,
    #[serde(borrow)]
    people: &'a RawValue,
}

fn main() {
    let path = std::env::args().nth(1).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let text = std::fs::read_to_string(&path).unwrap();
        let read = t.elapsed();
        let t = Instant::now();
        let top: Top = serde_json::from_str(&text).unwrap();
        let prescan = t.elapsed();
        let t = Instant::now();
        let o: Vec<Organisation> = serde_json::from_str(top.organisations.get()).unwrap();
        let to = t.elapsed();
        let t = Instant::now();
        let s: Vec<Stand> = serde_json::from_str(top.stands.get()).unwrap();
        let ts = t.elapsed();
        let t = Instant::now();
        let p: Vec<Person> = serde_json::from_str(top.people.get()).unwrap();
        let tp = t.elapsed();
        let t = Instant::now();
        let d = maillage::directory::parse(&text).unwrap();
        let full = t.elapsed();
        let t = Instant::now();
        let c = maillage::search::catalog::Catalog::new(&d);
        let index = t.elapsed();
        eprintln!(
            "read {read:?} prescan {prescan:?} orgs {to:?} stands {ts:?} people {tp:?} | parse+validate {full:?} index {index:?}"
        );
        std::mem::forget((o, s, p, d, c, text));
    }
}
