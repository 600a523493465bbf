//! The trainer's workflow: the `new` template, warnings with positions,
//! the campaign, and the calibration of the bundled pack.

use onbrand::cli::{STARTER_EN, STARTER_FR};
use onbrand::scenario::campaign::{LANGUAGE_FOLDERS, check_campaign, days, load_campaign};
use onbrand::scenario::{Lesson, Scenario, load_bytes, load_file};
use onbrand::score::score;
use onbrand::sim::bots::{by_name, play};
use std::path::Path;
use std::process::Command;

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
        let mut bot = by_name("ideal", 1).unwrap();
        assert!(
            score(&play(&sc, 1, bot.as_mut()).0).passed,
            "{name}: ideal fails its own template"
        );
    }
}

#[test]
fn new_writes_the_starter_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("onbrand-new-{}", std::process::id()));
    let path = dir.join("sub/mine.ron");
    let bin = env!("CARGO_BIN_EXE_onbrand");
    let first = Command::new(bin)
        .args(["new", path.to_str().unwrap(), "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), STARTER_FR);
    std::fs::write(&path, "my own work").unwrap();
    let again = Command::new(bin)
        .args(["new", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my own work",
        "nothing the user saved is lost"
    );
    let check = Command::new(bin)
        .args(["check", dir.join("sub").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(1),
        "a file of plain text is not a scenario"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn warnings_point_at_their_items() {
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
            "tests/fixtures/warnings.ron:18:96: warning: no one can answer event `hurry` in time: patience is 0:10 but the fastest possible answer takes 0:20",
            "tests/fixtures/warnings.ron:19:14: warning: event `late` may arrive at 11:00, after the shift ends (10:00): some seeds will never show it",
            "tests/fixtures/warnings.ron:20:14: warning: event `norubric` needs an answer but has no `rubric`: accuracy cannot be judged",
            "tests/fixtures/warnings.ron:21:14: warning: event `praise` has a `patience` but does not expect an answer",
            "tests/fixtures/warnings.ron:24:14: warning: saved reply `long` has 285 characters: too long for Microblog (280 max)",
            "tests/fixtures/warnings.ron:28:14: warning: no saved reply satisfies rubric `hours`: trainees will have to type the answer",
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
    let path = Path::new("scenarios/campaign.ron");
    let problems: Vec<String> = check_campaign(path).iter().map(|d| d.to_string()).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let (c, _) = load_campaign(path).unwrap();
    assert!(c.days.len() >= 10, "at least ten days");
}

fn pass_rate(sc: &Scenario, bot: &str, seeds: u64) -> f64 {
    let passed = (0..seeds)
        .filter(|&s| {
            let mut b = by_name(bot, s).unwrap();
            score(&play(sc, s, b.as_mut()).0).passed
        })
        .count();
    passed as f64 / seeds as f64
}

#[test]
fn the_pack_is_calibrated() {
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
                let mut b = by_name("ideal", seed).unwrap();
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
                    pass_rate(&sc, "hasty", 30),
                    0.0,
                    "{}: hasty passes a validation lesson",
                    p.display()
                );
            }
            if sc.lessons.contains(&Lesson::Accounts) {
                let r = pass_rate(&sc, "careless", 30);
                assert!(
                    r <= 0.1,
                    "{}: careless passes an account lesson {:.0} % of the time",
                    p.display(),
                    100.0 * r
                );
            }
            assert_eq!(
                pass_rate(&sc, "random", 30),
                0.0,
                "{}: random passes",
                p.display()
            );
        }
    }
}
