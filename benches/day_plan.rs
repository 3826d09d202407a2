//! The day plan of "Ma visite" and `maillage plan` (`venue::day::plan_day`):
//! 10 starred stands spread over the generated 50k-stand fair and 5 starred
//! talks (at a landmark, in halls, at stands), added here. The plan is
//! computed again when a star, the position or the minute changes, so it
//! must fit within one frame (16 ms). The grid is built once, as the app does.
//!
//! `cargo bench --bench day_plan`

mod common;

use criterion::{BenchmarkId, Criterion};
use maillage::directory::TalkTime;
use maillage::venue::day::{DEFAULT_STAND_MINUTES, DayInput, DayTalk, plan_day};
use maillage::venue::{Place, VenueGrid};

fn day_plan(c: &mut Criterion) {
    let stands = 50_000;
    let directory = common::directory(stands);
    let grid = VenueGrid::build(&directory).expect("the generated fair has a venue");
    // Ten stands across the fair: every hall is walked through.
    let starred: Vec<String> = (0..10)
        .map(|i| directory.stands[i * stands / 10 + 17].number.to_string())
        .collect();
    let at = |time: &str| TalkTime::parse(&format!("2026-03-12T{time}:00+01:00"));
    let talk = |id: &str, start: &str, end: &str, place: Place| DayTalk {
        id: id.into(),
        title: format!("Talk {id}"),
        start: at(start),
        end: at(end),
        place: Some(place),
    };
    let far_stand = directory.stands[stands - 3].number.to_string();
    let near_stand = directory.stands[40].number.to_string();
    let talks = vec![
        talk(
            "opening",
            "09:30",
            "10:00",
            Place::Landmark("sanitaires-1".into()),
        ),
        talk("panel", "11:00", "12:00", Place::Hall("hall-3".into())),
        talk("demo", "13:30", "13:45", Place::Stand(far_stand)),
        talk("keynote", "14:00", "15:00", Place::Hall("hall-1".into())),
        talk("closing", "17:00", "17:30", Place::Stand(near_stand)),
    ];
    let now = at("09:00").expect("a time").at;
    let input = || DayInput {
        here: &Place::MainEntrance,
        now,
        stands: &starred,
        visited: &[],
        talks: &talks,
        stand_minutes: DEFAULT_STAND_MINUTES,
    };
    let plan = plan_day(&grid, input()).expect("a plan");
    assert_eq!(plan.items.len(), 15, "every stand and talk is planned");
    let mut group = c.benchmark_group("day_plan/50k");
    group.bench_function(BenchmarkId::from_parameter("10 stands 5 talks"), |b| {
        b.iter(|| plan_day(&grid, input()))
    });
    // The first plan on a grid also joins its halls' doors into the graph
    // the distances go through (`VenueGrid::portals`), once per grid.
    group.bench_function(BenchmarkId::from_parameter("first plan of a grid"), |b| {
        b.iter_batched(
            || VenueGrid::build(&directory).expect("a venue"),
            |fresh| plan_day(&fresh, input()),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion::criterion_group! {
    name = benches;
    config = common::criterion();
    targets = day_plan
}
criterion::criterion_main!(benches);
