//! The cost of journaling one action: `Store::journal` (one transaction,
//! committed with `synchronous = FULL`: what the records thread does for
//! each action), and `Writer::journal` (what the game's frame pays: a
//! channel send). Run with `cargo bench -p onbrand-records`.

use criterion::{Criterion, criterion_group, criterion_main};
use onbrand_core::sim::{Action, Reply, TimedAction};
use onbrand_records::{ProfileSettings, RunStart, Store, Writer};
use std::hint::black_box;

fn start(profile: i64) -> RunStart {
    RunStart {
        profile,
        scenario_id: "bench".into(),
        scenario_title: "Bench".into(),
        scenario_sha256: "0".repeat(64),
        scenario_path: None,
        seed: 1,
        game_version: "bench".into(),
    }
}

fn action(k: u64) -> TimedAction {
    TimedAction {
        at: k * 1000,
        action: Action::Post(
            k as u32,
            Reply::Free("Thanks for asking: the Brew costs €49. ^Ana".into()),
        ),
    }
}

fn journal(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("onbrand-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = Store::open(&dir).expect("store");
    let p = store
        .profile_or_create("bench", ProfileSettings::default())
        .expect("profile");
    let run = store.begin_run(&start(p.id)).expect("run");
    let mut seq = 0u32;
    let mut g = c.benchmark_group("journal");
    g.bench_function("store_commit_one_action", |b| {
        b.iter(|| {
            seq += 1;
            store
                .journal(&run, seq, black_box(&action(u64::from(seq))))
                .expect("journal");
        })
    });
    drop(store);
    let writer = Writer::spawn(Store::open(&dir).expect("store"));
    let run = writer.begin(start(p.id));
    let mut seq = 0u32;
    g.bench_function("writer_send_one_action", |b| {
        b.iter(|| {
            seq += 1;
            writer.journal(&run, seq, black_box(action(u64::from(seq))));
        })
    });
    g.finish();
    writer.flush().expect("flushed");
    drop(writer);
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, journal);
criterion_main!(benches);
