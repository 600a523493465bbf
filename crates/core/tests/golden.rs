//! Golden scores: scripted runs of `fixtures/golden.ron` whose every number
//! was worked out by hand (see the comments).

mod common;

use onbrand_core::scenario::{Rule, Scenario};
use onbrand_core::score::{Consequence, Detail, Score, score};
use onbrand_core::sim::bots::replay;
use onbrand_core::sim::{Action, LogEvent, Refusal, Reply, TimedAction};
use std::sync::Arc;

fn golden() -> Arc<Scenario> {
    common::load("tests/fixtures/golden.ron")
}

fn timed(actions: &[(u64, Action)]) -> Vec<TimedAction> {
    actions
        .iter()
        .map(|(s, a)| TimedAction {
            at: s * 1000,
            action: a.clone(),
        })
        .collect()
}

fn run(actions: &[(u64, Action)]) -> Score {
    let sc = golden();
    score(&replay(&sc, 1, &timed(actions)))
}

fn rules(s: &Score) -> Vec<Rule> {
    s.findings.iter().map(|f| f.rule()).collect()
}

// Items: 0 = q_price (arrives 60 s), 1 = q_recall (120 s), 2 = friend_msg (180 s).
// SLA 10 min, patience 20 min: the speed target is 600 s.

#[test]
fn perfect_shift() {
    let s = run(&[
        (80, Action::Open(0)),
        (90, Action::Post(0, Reply::Saved(0))), // 30 s: 100 - 20*30/600 = 99
        (130, Action::Open(1)),
        (140, Action::RequestApproval(1, Reply::Saved(2), None)), // answer due at 260 s
        (150, Action::Holding(1)),                                // first response after 30 s: 99
        (200, Action::Dismiss(2)),
        (270, Action::PostApproved(0)),
    ]);
    assert_eq!(s.dims.speed, 99);
    assert_eq!(s.dims.accuracy, 100);
    assert_eq!(s.dims.alignment, 100);
    assert_eq!(s.dims.process, 100);
    assert_eq!(s.dims.account_safety, 100);
    // (99*20 + 100*80) / 100 = 99.8 → 100
    assert_eq!(s.overall, 100);
    assert_eq!(s.grade, 'A');
    assert!(s.passed);
    assert_eq!(s.incidents, 0);
    assert!(s.findings.is_empty(), "{:?}", s.findings);
}

#[test]
fn chrysler_slip_fails_the_shift() {
    let s = run(&[
        // The composer still holds the brand account: the joke goes public.
        (
            190,
            Action::Post(
                2,
                Reply::Free("Ha, everyone here drives like a clown lol".into()),
            ),
        ),
        (200, Action::Open(0)),
        (210, Action::Post(0, Reply::Saved(1))), // outdated price, 150 s: speed 95, accuracy 0
        (220, Action::Post(1, Reply::Saved(2))), // unapproved, 100 s: speed 96.7 → 97
        (400, Action::Delete(0)),                // up 210 s: left up too long
    ]);
    assert_eq!(s.dims.speed, 96); // mean(95, 97)
    assert_eq!(s.dims.accuracy, 50); // mean(0, 100)
    // The joke: "lol" (banned, -40), an insult ("clown", aggression, -40),
    // mocking the locals ("everyone here drives like", -40), no sign-off
    // (-20): 0. Then mean(0, 100, 100) = 66.7 → 67.
    assert_eq!(s.dims.alignment, 67);
    assert_eq!(s.dims.process, 0);
    // The joke spreads at 210 s (first screenshot, 20 s after posting), then
    // every 60 s while up: 270, 330, 390 s. Each spread takes 1 to 3
    // screenshots, drawn by the seed: 8 with seed 1.
    assert_eq!(
        s.findings[1].detail,
        Detail::LeftUp {
            post: 0,
            up: 210_000,
            deleted: true,
            screenshots: 8
        }
    );
    // 100 - 50 (incident) - 10 (left up) - 8 (one per screenshot)
    assert_eq!(s.dims.account_safety, 32);
    // (96*20 + 50*25 + 67*20 + 0*20 + 32*15) / 100 = 49.9 → 50
    assert_eq!(s.weighted, 50);
    // Bad buzz: 10 (a wrong-account post seen by the brand's public) + 4 per
    // spread × 4 = 26 → 2 points. Sentiment: -8 (the post) - 2 × 4 (spreads)
    // - 4 (Zoé angry at the wrong price) + 2 × 2 (Max, an influencer,
    // satisfied) = -16 → 1 point.
    assert_eq!(
        s.consequences,
        [(Consequence::Buzz(26), 2), (Consequence::Sentiment(-16), 1)]
    );
    assert_eq!(s.overall, 47); // 50 - 3
    assert_eq!(s.failed_by, [Rule::WrongAccount]);
    assert_eq!(s.grade, 'F');
    assert!(!s.passed);
    assert_eq!(s.incidents, 1);
    assert_eq!(
        rules(&s),
        [
            Rule::WrongAccount,
            Rule::LeftUp,
            Rule::Unapproved,
            Rule::WrongFact,
            Rule::Tone,
            Rule::Tone,
            Rule::OffVoice,
            Rule::MissingFact,
            Rule::MissingSignOff
        ]
    );
    let sc = golden();
    let wrong = &s.findings[0];
    assert_eq!(wrong.at, 190_000);
    assert_eq!(
        wrong.event.map(|e| sc.events[e].id.as_str()),
        Some("friend_msg")
    );
    let account = |id: &str| sc.accounts.iter().position(|a| a.id == id).unwrap();
    assert_eq!(
        wrong.detail,
        Detail::WrongAccount {
            post: 0,
            account: account("brand"),
            expected: account("me"),
            text: "Ha, everyone here drives like a clown lol".into(),
        }
    );
    assert_eq!(
        s.findings[3].detail,
        Detail::WrongFact {
            fact: 0,
            phrase: "59".into()
        }
    );
}

#[test]
fn silence_is_not_golden() {
    let s = run(&[]);
    assert_eq!(s.dims.speed, 0);
    assert_eq!(s.dims.accuracy, 0);
    assert_eq!(s.dims.alignment, 100);
    assert_eq!(s.dims.process, 50); // the recall question never went through approval
    assert_eq!(s.dims.account_safety, 100);
    assert_eq!(s.overall, 45); // (0 + 0 + 2000 + 1000 + 1500) / 100
    assert!(!s.passed);
    assert_eq!(
        rules(&s),
        [
            Rule::Unanswered,
            Rule::Unanswered,
            Rule::PatienceOut,
            Rule::PatienceOut
        ]
    );
    // Patience: 60 s + 20 min = 1260 s; 120 s + 20 min = 1320 s.
    assert_eq!(s.findings[2].at, 1_260_000);
    assert_eq!(s.findings[3].at, 1_320_000);
}

#[test]
fn refused_actions_change_nothing() {
    let s = run(&[
        (10, Action::Post(7, Reply::Saved(0))),  // no such item yet
        (90, Action::Post(0, Reply::Saved(99))), // no such saved reply
        (91, Action::Post(0, Reply::Free("x".repeat(281).into()))), // too long for the microblog
        (92, Action::PostApproved(3)),           // no such approval
        (93, Action::SwitchAccount(9)),          // no such account
        (94, Action::ReplyPersonal(0, Reply::Free("hi".into()))), // not a personal item
    ]);
    assert_eq!(s.incidents, 0);
    assert_eq!(s.dims.speed, 0);
}

#[test]
fn refused_actions_are_logged_with_their_reason() {
    let sc = golden();
    let actions = [
        (10, Action::Post(7, Reply::Saved(0))),
        (93, Action::SwitchAccount(9)),
    ];
    let shift = replay(&sc, 1, &timed(&actions));
    assert_eq!(
        shift.refusals(),
        [
            (actions[0].1.clone(), Refusal::NoSuchItem),
            (actions[1].1.clone(), Refusal::NoSuchAccount),
        ]
    );
    let logged: Vec<(u64, u32)> = shift
        .log()
        .iter()
        .filter_map(|l| match l.event {
            LogEvent::Refused { index } => Some((l.at, index)),
            _ => None,
        })
        .collect();
    assert_eq!(logged, [(10_000, 0), (93_000, 1)]);
}
