//! Whole shifts per second: a 200-event scenario played by the `ideal`
//! bot, then scored. Target: at least 20,000 shifts/s per core.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use onbrand_core::scenario::load_bytes;
use onbrand_core::score::score;
use onbrand_core::sim::bots::{Player, Style, play};
use onbrand_core::sim::generate::busy_scenario;
use std::hint::black_box;
use std::path::Path;

fn shifts(c: &mut Criterion) {
    let text = busy_scenario(200);
    let loaded = load_bytes(Path::new("busy-200.ron"), text.as_bytes());
    let sc = loaded.scenario.expect("the synthetic scenario is valid");
    let mut g = c.benchmark_group("shift");
    g.throughput(Throughput::Elements(1));
    let mut seed = 0u64;
    g.bench_function("ideal_200_events", |b| {
        b.iter(|| {
            seed += 1;
            let mut bot = Player::new(Style::ideal(), seed);
            let (shift, _) = play(&sc, seed, &mut bot);
            black_box(score(&shift).overall)
        })
    });
    g.finish();
}

criterion_group!(benches, shifts);
criterion_main!(benches);
