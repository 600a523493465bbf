//! Same scenario + seed + action log = same event log and score, always.
//! Replays 1,000 seeds of each starter scenario through a saved (RON) log.

mod common;

use common::load;
use onbrand_core::score::{RunReport, score};
use onbrand_core::sim::ActionLog;
use onbrand_core::sim::bots::{BotKind, play, replay};

fn check_replays(path: &str, seeds: u64) {
    let sc = load(path);
    for seed in 0..seeds {
        let kind = BotKind::ALL[(seed % BotKind::ALL.len() as u64) as usize];
        let bot_name = kind.name();
        let mut bot = kind.make(seed);
        let (shift, actions) = play(&sc, seed, bot.as_mut());
        let original = score(&shift);
        let log = ActionLog {
            version: ActionLog::VERSION,
            scenario: path.into(),
            scenario_id: sc.id.clone(),
            seed,
            player: bot_name.into(),
            actions,
            scenario_fingerprint: Some("0123456789abcdef".into()),
            result: Some(RunReport::new(&sc.id, seed, bot_name, &original).score),
        };
        let text = log.to_ron();
        let back = ActionLog::from_ron(&text).expect("log round-trips through RON");
        assert_eq!(back, log, "seed {seed}");
        let again = replay(&sc, seed, &back.actions);
        assert_eq!(
            again.log(),
            shift.log(),
            "{path} seed {seed} ({bot_name}): event logs differ"
        );
        assert_eq!(
            again.refusals(),
            shift.refusals(),
            "{path} seed {seed} ({bot_name}): refusals differ"
        );
        assert_eq!(
            score(&again),
            original,
            "{path} seed {seed} ({bot_name}): scores differ"
        );
    }
}

#[test]
fn motor_city_replays_1000_seeds() {
    check_replays("scenarios/en/02-motor-city.ron", 1000);
}

#[test]
fn weekend_silence_replays_1000_seeds() {
    check_replays("scenarios/en/03-weekend-silence.ron", 1000);
}

#[test]
fn french_starters_replay_1000_seeds() {
    check_replays("scenarios/fr/02-motor-city.ron", 1000);
    check_replays("scenarios/fr/03-weekend-silence.ron", 1000);
}

#[test]
fn seeds_vary_the_shift() {
    let sc = load("scenarios/en/03-weekend-silence.ron");
    let logs: Vec<_> = (0..5)
        .map(|seed| {
            let mut bot = BotKind::Ideal.make(seed);
            play(&sc, seed, bot.as_mut()).0.log().to_vec()
        })
        .collect();
    assert!(
        logs.windows(2).any(|w| w[0] != w[1]),
        "five seeds gave five identical shifts"
    );
}

#[test]
fn advancing_in_steps_or_at_once_is_the_same() {
    use onbrand_core::sim::Shift;
    let sc = load("scenarios/en/03-weekend-silence.ron");
    let mut a = Shift::new(&sc, 42);
    a.finish();
    let mut b = Shift::new(&sc, 42);
    while !b.is_over() {
        b.advance(16);
    }
    assert_eq!(a.log(), b.log());
}
