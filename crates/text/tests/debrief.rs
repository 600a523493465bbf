//! The debrief in words, as the game and the command line show it: a run
//! of `tests/fixtures/golden.ron` rendered in English and French.

use onbrand_core::scenario::{Language, Rule, load_file};
use onbrand_core::score::score;
use onbrand_core::sim::bots::replay;
use onbrand_core::sim::{Action, Reply, TimedAction};
use onbrand_text::render_all;
use std::path::Path;

fn chrysler_slip(lang: Language) -> Vec<onbrand_text::DebriefFinding> {
    std::env::set_current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).unwrap();
    let sc = load_file(Path::new("tests/fixtures/golden.ron"))
        .scenario
        .expect("golden loads");
    let actions: Vec<TimedAction> = [
        (
            190,
            Action::Post(
                2,
                Reply::Free("Ha, everyone here drives like a clown lol".into()),
            ),
        ),
        (200, Action::Open(0)),
        (210, Action::Post(0, Reply::Saved(1))),
        (220, Action::Post(1, Reply::Saved(2))),
        (400, Action::Delete(0)),
    ]
    .into_iter()
    .map(|(s, action)| TimedAction {
        at: s * 1000,
        action,
    })
    .collect();
    let shift = replay(&sc, 1, &actions);
    render_all(&sc, &score(&shift).findings, lang)
}

#[test]
fn findings_in_english() {
    let f = chrysler_slip(Language::En);
    let lines: Vec<(Rule, &str, &str)> = f
        .iter()
        .map(|f| (f.rule, f.clock.as_str(), f.what.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (
                Rule::WrongAccount,
                "3:10",
                "Posted on @KettleCo (Microblog, brand) instead of @ana_home (Microblog, personal): “Ha, everyone here drives like a clown lol”"
            ),
            (
                Rule::LeftUp,
                "3:10",
                "The post stayed up 3:30 (then deleted) and was screenshotted 8 times."
            ),
            (
                Rule::Unapproved,
                "3:40",
                "Posted without approval: “No recall: the Brew is safe to use. ^Ana”"
            ),
            (
                Rule::WrongFact,
                "3:30",
                "Wrong fact stated: “59” — €59 was last year's price."
            ),
            (Rule::Tone, "3:10", "Aggressive: “like a clown”"),
            (
                Rule::Tone,
                "3:10",
                "Mocks the brand's own: “everyone here drives like”"
            ),
            (Rule::OffVoice, "3:10", "Off-voice wording: “lol”"),
            (
                Rule::MissingFact,
                "3:30",
                "Missing fact: The Brew kettle costs €49."
            ),
            (
                Rule::MissingSignOff,
                "3:10",
                "The reply does not end with the sign-off ^Ana"
            ),
        ]
    );
    let wrong = &f[0];
    assert_eq!(wrong.title, "Wrong account");
    assert_eq!(wrong.event.as_deref(), Some("friend_msg"));
    assert_eq!(wrong.author.as_deref(), Some("Lou @lou"));
    assert!(wrong.serious);
    assert!(wrong.why.starts_with("A post on the wrong account"));
    assert_eq!(
        f[3].ideal.as_deref(),
        Some("The Brew costs €49. ^Ana"),
        "the ideal is the best saved reply"
    );
}

#[test]
fn findings_in_french() {
    let f = chrysler_slip(Language::Fr);
    assert_eq!(f[0].title, "Mauvais compte");
    assert_eq!(
        f[0].what,
        "Publié sur @KettleCo (Microblog, marque) au lieu de @ana_home (Microblog, personnel) : « Ha, everyone here drives like a clown lol »"
    );
    assert_eq!(
        f[1].what,
        "Le message est resté en ligne 3:30 (puis supprimé) et a été capturé 8 fois."
    );
    assert!(
        f[0].why
            .starts_with("Un message publié depuis le mauvais compte")
    );
}
