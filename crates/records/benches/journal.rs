//! The cost of journaling one action: `Store::journal` (one transaction,
//! committed with `synchronous = FULL`: what the records thread does for
//! each action), and `Writer::journal` (what the game's frame pays: a
//! channel send), the first as criterion's mean and as the p50/p99 of 2,000
//! single commits timed one by one, the second as the p50/p99 of 400
//! sends paced as a fast trainee acts (printed); and what the title and
//! progress screens read from a store holding 1,000 runs. Run with
//! `cargo bench -p onbrand-records`.

use criterion::{Criterion, criterion_group, criterion_main};
use onbrand_core::sim::action::RecordedScore;
use onbrand_core::sim::{Action, Reply, TimedAction};
use onbrand_records::{FindingRow, Finished, ProfileSettings, RunFilter, RunStart, Store, Writer};
use std::hint::black_box;
use std::time::{Duration, Instant};

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

/// p50, p99 and max of single timings, in microseconds.
fn percentiles(mut t: Vec<Duration>) -> (f64, f64, f64) {
    t.sort();
    let at = |q: f64| t[((t.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e6;
    (at(0.5), at(0.99), at(1.0))
}

fn print(name: &str, t: Vec<Duration>) {
    let n = t.len();
    let (p50, p99, max) = percentiles(t);
    println!(
        "journal/{name}: {n} single actions: p50 {p50:.1} µs, p99 {p99:.1} µs, max {max:.1} µs"
    );
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
    let single: Vec<Duration> = (0..2000)
        .map(|_| {
            seq += 1;
            let a = action(u64::from(seq));
            let t = Instant::now();
            store.journal(&run, seq, &a).expect("journal");
            t.elapsed()
        })
        .collect();
    print("store_commit_one_action", single);
    drop(store);
    let writer = Writer::spawn(Store::open(&dir).expect("store"));
    let run = writer.begin(start(p.id));
    // Not under criterion: it would send millions of actions in a burst,
    // far beyond what the thread commits, and measure a growing queue.
    let mut seq = 0u32;
    // One action per 50 ms, about what a fast trainee does in a burst: what
    // a frame pays while the thread commits the one before.
    let single: Vec<Duration> = (0..400)
        .map(|_| {
            seq += 1;
            let a = action(u64::from(seq));
            std::thread::sleep(Duration::from_millis(50));
            let t = Instant::now();
            writer.journal(&run, seq, a);
            t.elapsed()
        })
        .collect();
    print("writer_send_one_action", single);
    g.finish();
    writer.flush().expect("flushed");
    drop(writer);
    let _ = std::fs::remove_dir_all(&dir);
}

fn finished(k: u32) -> Finished {
    Finished {
        actions: (1..=40).map(action).collect(),
        score: RecordedScore {
            overall: 40 + k % 60,
            speed: 90,
            accuracy: 80,
            alignment: 70,
            process: 60,
            account_safety: 100,
            passed: !k.is_multiple_of(3),
            incidents: k % 2,
            rules: Some(4),
        },
        grade: 'C',
        weighted: 40 + k % 60,
        findings: (0..6)
            .map(|f| FindingRow {
                rule: ["missing_fact", "slow", "off_voice", "unapproved"][(f + k as usize) % 4]
                    .into(),
                event: Some(format!("e{f}")),
                at: 1000 * f as u64,
            })
            .collect(),
        report_json: r#"{"findings":[]}"#.into(),
        clock_ms: 1_800_000,
    }
}

/// The title screen (open the store, the last profile, best grades,
/// unfinished runs) and the progress screen (every run, frequent
/// mistakes) with 1,000 runs kept: the target is no visible delay, well
/// under one frame (16 ms).
fn thousand_runs(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("onbrand-bench-1000-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut store = Store::open(&dir).expect("store");
    let p = store
        .profile_or_create("trainee", ProfileSettings::default())
        .expect("profile");
    store
        .set_setting("last_profile", "trainee")
        .expect("setting");
    for k in 0..1000u32 {
        let mut s = start(p.id);
        s.scenario_id = format!("day-{:02}", k % 10);
        let run = store.begin_run(&s).expect("run");
        store.finish_run(&run, &finished(k)).expect("finish");
    }
    drop(store);
    let mut g = c.benchmark_group("records_1000_runs");
    g.bench_function("title_screen", |b| {
        b.iter(|| {
            let s = Store::open(&dir).expect("store");
            let p = s.last_profile().expect("read").expect("profile");
            black_box(s.best_per_scenario(p.id).expect("best"));
            black_box(s.unfinished(p.id).expect("unfinished"));
        })
    });
    let s = Store::open(&dir).expect("store");
    g.bench_function("progress_screen", |b| {
        b.iter(|| {
            let runs = s
                .runs(&RunFilter {
                    trainee: Some("trainee".into()),
                    ..RunFilter::default()
                })
                .expect("runs");
            assert_eq!(runs.len(), 1000);
            black_box(s.frequent_mistakes(p.id).expect("mistakes"));
        })
    });
    g.finish();
    drop(s);
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, journal, thousand_runs);
criterion_main!(benches);
