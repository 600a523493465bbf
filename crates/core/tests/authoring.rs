//! The trainer's workflow: the `new` template, warnings with positions,
//! the campaign, and the calibration of the bundled pack.

mod common;

use onbrand_core::scenario::campaign::{LANGUAGE_FOLDERS, check_campaign, days, load_campaign};
use onbrand_core::scenario::starter::{STARTER_EN, STARTER_FR};
use onbrand_core::scenario::{Lesson, Scenario, load_bytes, load_file};
use onbrand_core::score::score;
use onbrand_core::sim::bots::{BotKind, play};
use std::path::Path;

#[test]
fn starter_templates_check_clean() {
    for (name, text) in [
        ("starter-en.ron", STARTER_EN),
        ("starter-fr.ron", STARTER_FR),
    ] {
        let l = load_bytes(Path::new(name), text.as_bytes());
        let all: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(all.is_empty(), "{}", all.join("\n"));
        let sc = l.scenario.unwrap();
        let mut bot = BotKind::Ideal.make(1);
        assert!(
            score(&play(&sc, 1, bot.as_mut()).0).passed,
            "{name}: ideal fails its own template"
        );
    }
}

#[test]
fn warnings_point_at_their_items() {
    common::at_root();
    let l = load_file(Path::new("tests/fixtures/warnings.ron"));
    assert!(
        l.scenario.is_some(),
        "warnings do not stop a scenario from loading"
    );
    let got: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        got,
        [
            "tests/fixtures/warnings.ron:8:43: warning: the holding reply does not end with the sign-off `^Al`",
            "tests/fixtures/warnings.ron:9:76: warning: fact `tbc`: a reply made of its own text would not state it; rephrase the text or its `say` phrasings",
            "tests/fixtures/warnings.ron:18:96: warning: no one can answer event `hurry` in time: patience is 0:10 but the fastest possible answer takes 0:20",
            "tests/fixtures/warnings.ron:19:14: warning: event `late` may arrive at 11:00, after the shift ends (10:00): some seeds will never show it",
            "tests/fixtures/warnings.ron:20:14: warning: event `norubric` needs an answer but has no `rubric`: accuracy cannot be judged",
            "tests/fixtures/warnings.ron:21:14: warning: event `praise` has a `patience` but does not expect an answer",
            "tests/fixtures/warnings.ron:24:14: warning: saved reply `long` has 285 characters: too long for Microblog (280 max)",
            "tests/fixtures/warnings.ron:28:14: warning: no saved reply satisfies rubric `hours`: trainees will have to type the answer; the closest, `long`, is too long",
            "tests/fixtures/warnings.ron:29:14: warning: rubric `unused` is used by no event",
        ]
    );
    let l = load_file(Path::new("tests/fixtures/no-trap.ron"));
    let got: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        got,
        [
            "tests/fixtures/no-trap.ron:3:9: warning: this scenario has no approval topic and no account trap: fine for a warm-up, but it trains neither validation nor account safety"
        ]
    );
}

#[test]
fn campaign_references_only_existing_scenarios() {
    common::at_root();
    let path = Path::new("scenarios/campaign.ron");
    let problems: Vec<String> = check_campaign(path).iter().map(|d| d.to_string()).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let (c, _) = load_campaign(path).unwrap();
    assert!(c.days.len() >= 10, "at least ten days");
}

fn pass_rate(sc: &std::sync::Arc<Scenario>, bot: BotKind, seeds: u64) -> f64 {
    let passed = (0..seeds)
        .filter(|&s| {
            let mut b = bot.make(s);
            score(&play(sc, s, b.as_mut()).0).passed
        })
        .count();
    passed as f64 / seeds as f64
}

#[test]
fn the_pack_is_calibrated() {
    common::at_root();
    let root = Path::new("scenarios");
    let (c, _) = load_campaign(&root.join("campaign.ron")).unwrap();
    for lang in LANGUAGE_FOLDERS {
        for p in days(root, &c, lang) {
            let l = load_file(&p);
            let all: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
            assert!(all.is_empty(), "{}", all.join("\n"));
            let sc = l.scenario.unwrap();
            assert!(
                !sc.lessons.is_empty(),
                "{}: say what it trains in `lessons`",
                p.display()
            );
            assert!(
                sc.bulletin.is_some(),
                "{}: each day opens with a rule bulletin",
                p.display()
            );
            for seed in 0..30 {
                let mut b = BotKind::Ideal.make(seed);
                let s = score(&play(&sc, seed, b.as_mut()).0);
                assert!(
                    s.passed && s.overall >= 90,
                    "{} seed {seed}: ideal scored {}",
                    p.display(),
                    s.overall
                );
            }
            if sc.lessons.contains(&Lesson::Validation) {
                assert_eq!(
                    pass_rate(&sc, BotKind::Hasty, 30),
                    0.0,
                    "{}: hasty passes a validation lesson",
                    p.display()
                );
            }
            if sc.lessons.contains(&Lesson::Accounts) {
                let r = pass_rate(&sc, BotKind::Careless, 30);
                assert!(
                    r <= 0.1,
                    "{}: careless passes an account lesson {:.0} % of the time",
                    p.display(),
                    100.0 * r
                );
            }
            assert_eq!(
                pass_rate(&sc, BotKind::Random, 30),
                0.0,
                "{}: random passes",
                p.display()
            );
        }
    }
}
