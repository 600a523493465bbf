//! A bounded mutation fuzzer over the scenario loader and the action-log
//! reader, run in CI: seeded mutations of real files (byte flips, cuts,
//! copies, RON tokens dropped in, huge numbers, look-alike and invisible
//! characters), each of which must give diagnostics or a playable shift,
//! never a panic, and each within a time bound.
//!
//! `ONBRAND_FUZZ_CASES=N` runs N cases per input file (default 150).

mod common;

use onbrand_core::scenario::load_bytes;
use onbrand_core::score::score;
use onbrand_core::sim::ActionLog;
use onbrand_core::sim::bots::{BotKind, play, replay};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::time::{Duration, Instant};

/// Pieces of RON and of hostile text that mutations drop in.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    ",",
    ":",
    "\\",
    "r#\"",
    "\"#",
    "//",
    "/*",
    "*/",
    "Some(",
    "None",
    "true",
    "0",
    "-1",
    "99999999999999999999",
    "1e308",
    "\"0s\"",
    "\"168h\"",
    "\"9999999h\"",
    "\u{feff}",
    "\u{200b}",
    "а",
    "\u{202e}",
    "\u{1b}[2J",
    "\n",
    "é",
    "😂",
    "id: \"x\",",
    "tpyo: 1,",
    "events: [],",
    "after: \"q\",",
    "kind: Troll,",
    "owner: Client(\"x\"),",
];

fn mutate(rng: &mut ChaCha8Rng, src: &[u8]) -> Vec<u8> {
    let mut b = src.to_vec();
    let rounds = 1 + rng.next_u32() % 4;
    for _ in 0..rounds {
        let n = b.len().max(1);
        let at = (rng.next_u64() as usize) % n;
        match rng.next_u32() % 7 {
            0 => {
                if !b.is_empty() {
                    b[at] ^= 1 << (rng.next_u32() % 8);
                }
            }
            1 => {
                let len = (rng.next_u64() as usize) % 200;
                let end = (at + len).min(b.len());
                b.drain(at..end);
            }
            2 => {
                let len = (rng.next_u64() as usize) % 400;
                let end = (at + len).min(b.len());
                let piece = b[at..end].to_vec();
                let to = (rng.next_u64() as usize) % n;
                b.splice(to..to, piece);
            }
            3 | 4 => {
                let t = TOKENS[(rng.next_u32() as usize) % TOKENS.len()];
                let to = at.min(b.len());
                b.splice(to..to, t.bytes());
            }
            5 => b.truncate(at),
            _ => {
                // A number replaced by a huge one.
                if let Some(i) = (at..b.len()).find(|&i| b[i].is_ascii_digit()) {
                    b.splice(i..i + 1, b"4294967296".iter().copied());
                }
            }
        }
    }
    b
}

fn cases() -> usize {
    std::env::var("ONBRAND_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

/// The slowest case, to assert a bound and to report.
struct Stats {
    cases: usize,
    loaded: usize,
    slowest: Duration,
}

fn fuzz_scenario(path: &str, seed: u64, stats: &mut Stats) {
    let src = std::fs::read(path).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for k in 0..cases() {
        let bytes = mutate(&mut rng, &src);
        let t = Instant::now();
        let r = catch_unwind(AssertUnwindSafe(|| {
            let l = load_bytes(Path::new("fuzz.ron"), &bytes);
            if let Some(sc) = &l.scenario {
                for bot in [BotKind::Ideal, BotKind::Random] {
                    let mut b = bot.make(k as u64);
                    let (shift, _) = play(sc, k as u64, b.as_mut());
                    let s = score(&shift);
                    assert!(s.overall <= 100);
                }
            }
            l.scenario.is_some()
        }));
        let took = t.elapsed();
        stats.slowest = stats.slowest.max(took);
        stats.cases += 1;
        match r {
            Ok(loaded) => stats.loaded += usize::from(loaded),
            Err(_) => {
                let keep = std::env::temp_dir().join(format!("onbrand-fuzz-{seed}-{k}.ron"));
                std::fs::write(&keep, &bytes).ok();
                panic!("{path}: case {k} panicked; kept as {}", keep.display());
            }
        }
    }
}

#[test]
fn mutated_scenarios_never_panic() {
    common::at_root();
    let mut stats = Stats {
        cases: 0,
        loaded: 0,
        slowest: Duration::ZERO,
    };
    for (i, p) in [
        "docs/example-scenario.ron",
        "tests/fixtures/golden.ron",
        "scenarios/en/02-motor-city.ron",
        "scenarios/fr/04-recall.ron",
        "scenarios/en/10-final-exam.ron",
    ]
    .iter()
    .enumerate()
    {
        fuzz_scenario(p, 1000 + i as u64, &mut stats);
    }
    eprintln!(
        "fuzz: {} mutated scenarios, {} still playable, slowest case {:?}",
        stats.cases, stats.loaded, stats.slowest
    );
    assert!(stats.slowest < Duration::from_secs(2));
    assert!(
        stats.loaded > 0,
        "no mutation kept a playable file: the mutations are too coarse"
    );
}

#[test]
fn mutated_logs_never_panic() {
    let sc = common::load("tests/fixtures/golden.ron");
    let mut bot = BotKind::Careless.make(3);
    let (_, actions) = play(&sc, 3, bot.as_mut());
    let src = ActionLog {
        version: ActionLog::VERSION,
        scenario: "golden.ron".into(),
        scenario_id: sc.id.clone(),
        seed: 3,
        player: "careless".into(),
        actions,
        scenario_fingerprint: None,
        result: None,
    }
    .to_ron();
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let (mut read, mut slowest) = (0, Duration::ZERO);
    let n = 4 * cases();
    for k in 0..n {
        let bytes = mutate(&mut rng, src.as_bytes());
        let text = String::from_utf8_lossy(&bytes);
        let t = Instant::now();
        let r = catch_unwind(AssertUnwindSafe(|| {
            if let Ok(log) = ActionLog::from_ron(&text) {
                let shift = replay(&sc, log.seed, &log.actions);
                assert!(score(&shift).overall <= 100);
                return true;
            }
            false
        }));
        slowest = slowest.max(t.elapsed());
        match r {
            Ok(ok) => read += usize::from(ok),
            Err(_) => panic!("log case {k} panicked:\n{text}"),
        }
    }
    eprintln!("fuzz: {n} mutated logs, {read} read and replayed, slowest case {slowest:?}");
    assert!(slowest < Duration::from_secs(2));
    assert!(read > 0);
}
