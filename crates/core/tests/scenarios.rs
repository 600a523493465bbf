//! The bundled scenarios: all valid, and the bots score as the lessons
//! intend (ideal passes, wrong accounts fail, skipping approval costs).

mod common;

use onbrand_core::scenario::{Scenario, Severity, load_file, scenario_files};
use onbrand_core::score::score;
use onbrand_core::sim::bots::{BotKind, play};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn bundled() -> Vec<PathBuf> {
    common::at_root();
    let files = scenario_files(Path::new("scenarios")).expect("scenarios/ exists");
    assert!(files.len() >= 2, "at least the two starter scenarios");
    files
}

fn load(p: &Path) -> Arc<Scenario> {
    let l = load_file(p);
    let problems: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    l.scenario.unwrap()
}

#[test]
fn every_bundled_scenario_checks_clean() {
    for p in bundled() {
        let l = load_file(&p);
        assert!(l.scenario.is_some(), "{}", p.display());
        let warnings: Vec<String> = l
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| d.to_string())
            .collect();
        assert!(warnings.is_empty(), "{}", warnings.join("\n"));
    }
}

#[test]
fn ideal_passes_every_scenario_with_90_or_more() {
    for p in bundled() {
        let sc = load(&p);
        for seed in 0..50 {
            let mut bot = BotKind::Ideal.make(seed);
            let (shift, _) = play(&sc, seed, bot.as_mut());
            let s = score(&shift);
            assert!(
                s.passed && s.overall >= 90,
                "{} seed {seed}: {} {:?}",
                p.display(),
                s.overall,
                s.findings
            );
            assert_eq!(s.incidents, 0);
        }
    }
}

#[test]
fn any_wrong_account_post_fails_the_shift() {
    let mut seen = 0;
    for p in bundled() {
        let sc = load(&p);
        for seed in 0..50 {
            for name in [BotKind::Careless, BotKind::Random] {
                let mut bot = name.make(seed);
                let (shift, _) = play(&sc, seed, bot.as_mut());
                let s = score(&shift);
                if s.incidents > 0 {
                    seen += 1;
                    assert!(
                        !s.passed,
                        "{} seed {seed} {name:?}: passed with an incident",
                        p.display()
                    );
                    assert!(s.dims.account_safety <= 50);
                }
            }
        }
    }
    assert!(
        seen > 0,
        "no run posted on a wrong account: the test proves nothing"
    );
}

#[test]
fn hasty_loses_process_points_where_approval_is_required() {
    for p in bundled() {
        let sc = load(&p);
        let needs = (0..sc.events.len()).any(|e| sc.needs_approval(e));
        if !needs {
            continue;
        }
        for seed in 0..10 {
            let mut bot = BotKind::Hasty.make(seed);
            let (shift, _) = play(&sc, seed, bot.as_mut());
            let s = score(&shift);
            assert!(
                s.dims.process < 50,
                "{} seed {seed}: process {}",
                p.display(),
                s.dims.process
            );
            assert!(
                s.findings
                    .iter()
                    .any(|f| f.rule() == onbrand_core::scenario::Rule::Unapproved)
            );
        }
    }
}

#[test]
fn careless_fails_motor_city() {
    // The lesson of Motor City is the account trap: the careless bot answers
    // the friend from the work tool, on the brand account.
    common::at_root();
    let sc = load(Path::new("scenarios/en/02-motor-city.ron"));
    let failed = (0..20)
        .filter(|&seed| {
            let mut bot = BotKind::Careless.make(seed);
            !score(&play(&sc, seed, bot.as_mut()).0).passed
        })
        .count();
    assert!(failed >= 18, "careless failed only {failed}/20");
}

#[test]
fn the_example_in_the_docs_is_valid() {
    common::at_root();
    load(Path::new("docs/example-scenario.ron"));
}

/// Each day of the pack fails the bot that lacks its lesson (README's
/// "trains" column): skipping approval on validation days, slowness on
/// speed days, carelessness with accounts on account days, an off-voice
/// tone on voice days. Over 20 seeds, the bot fails at least 18 times.
#[test]
fn each_day_fails_the_bot_that_lacks_its_lesson() {
    use BotKind::{Careless, Hasty, Rude, Slow};
    let lessons: &[(&str, &[BotKind])] = &[
        ("02-motor-city.ron", &[Careless, Rude]),
        ("03-weekend-silence.ron", &[Slow, Hasty]),
        ("04-recall.ron", &[Hasty, Slow]),
        ("05-two-clients.ron", &[Careless]),
        ("06-troll-wave.ron", &[Rude, Careless]),
        ("07-contest.ron", &[Hasty]),
        ("08-price-error.ron", &[Hasty]),
        ("09-data-leak.ron", &[Hasty]),
        ("10-final-exam.ron", &[Hasty, Slow, Careless, Rude]),
    ];
    common::at_root();
    for lang in ["en", "fr"] {
        for (file, bots) in lessons {
            let sc = load(&Path::new("scenarios").join(lang).join(file));
            for kind in *bots {
                let failed = (0..20)
                    .filter(|&seed| {
                        let mut bot = kind.make(seed);
                        let (shift, _) = play(&sc, seed, bot.as_mut());
                        !score(&shift).passed
                    })
                    .count();
                assert!(
                    failed >= 18,
                    "{lang}/{file}: {kind:?} failed {failed} of 20 shifts"
                );
            }
        }
    }
}
