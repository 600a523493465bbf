//! The verdict on a whole shift (issue: "a grade that matches the
//! outcome"): empty answers are not answers, a fail caps the grade, the
//! day's lesson can fail a shift, the approver reads, and what a neglect
//! caused reaches the score.

mod common;

use common::load;
use onbrand_core::scenario::{Rule, Scenario};
use onbrand_core::score::{Score, score};
use onbrand_core::sim::bots::{Bot, BotKind, Step, play};
use onbrand_core::sim::{Action, Reply, Shift};
use std::sync::Arc;

/// Plays like `inner`, but every text it would post or send for approval
/// is replaced by `text`.
struct Retyped<'a> {
    inner: Box<dyn Bot>,
    text: &'a str,
}

impl Bot for Retyped<'_> {
    fn step(&mut self, s: &Shift) -> Step {
        match self.inner.step(s) {
            Step::Act(Action::Post(i, _), c) => {
                Step::Act(Action::Post(i, Reply::Free(self.text.into())), c)
            }
            Step::Act(Action::RequestApproval(i, _, a), c) => Step::Act(
                Action::RequestApproval(i, Reply::Free(self.text.into()), a),
                c,
            ),
            other => other,
        }
    }
}

fn pack() -> Vec<(String, Arc<Scenario>)> {
    common::at_root();
    let mut out = Vec::new();
    for lang in ["en", "fr"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("scenarios/{lang}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for p in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        {
            let p = p.to_str().unwrap().to_owned();
            let sc = load(&p);
            out.push((p, sc));
        }
    }
    out
}

#[test]
fn an_all_empty_replies_shift_fails_every_day() {
    for (p, sc) in pack() {
        let text = match sc.language {
            onbrand_core::scenario::Language::En => "Thanks for reaching out! We'll look into it.",
            onbrand_core::scenario::Language::Fr => "Merci pour votre message ! Nous regardons ça.",
        };
        let text = match &sc.brand.sign_off {
            Some(s) => format!("{text} {s}"),
            None => text.to_owned(),
        };
        let mut bot = Retyped {
            inner: BotKind::Ideal.make(1),
            text: &text,
        };
        let (shift, _) = play(&sc, 1, &mut bot);
        let s = score(&shift);
        assert!(!s.passed, "{p}: {} {} passed", s.overall, s.grade);
        assert!(s.grade >= 'D', "{p}: grade {}", s.grade);
        assert!(s.dims.accuracy < 50, "{p}: accuracy {}", s.dims.accuracy);
        assert!(
            s.findings.iter().any(|f| f.rule() == Rule::HollowReply),
            "{p}"
        );
    }
}

/// Runs `verdict.ron` answering only the fan of event `answered`, at 90 s.
fn answer_only(answered: &str) -> (Score, Shift) {
    let sc = load("tests/fixtures/verdict.ron");
    let mut s = Shift::new(&sc, 1);
    s.advance_to(90_000);
    let item = s
        .items()
        .iter()
        .find(|i| sc.events[i.event].id == answered)
        .expect("arrived at 60 s")
        .id;
    s.apply(&Action::Post(item, Reply::Saved(0))).unwrap();
    s.finish();
    (score(&s), s)
}

#[test]
fn a_neglect_that_reached_a_journalist_costs_more_than_one_that_did_not() {
    use onbrand_core::score::Consequence;
    // Both runs have the same five dimensions. The answered fan waited 30 s
    // of a 300 s target (patience 5 min, under the 10 min SLA): speed
    // 100 - 20 × 30/300 = 98; the other, none: 0. Mean 49. Accuracy
    // mean(100, 0) = 50; alignment 100 (one clean post); no approval topic:
    // process 100; safety 100.
    // Weighted: (49×20 + 50×25 + 100×20 + 100×20 + 100×15) / 100 = 77.3 → 77.
    let (quiet, _) = answer_only("q_loud");
    let (loud, shift) = answer_only("q_quiet");
    for s in [&quiet, &loud] {
        assert_eq!(
            (s.dims.speed, s.dims.accuracy, s.dims.alignment),
            (49, 50, 100)
        );
        assert_eq!((s.dims.process, s.dims.account_safety), (100, 100));
        assert_eq!(s.weighted, 77);
    }
    // Zoé left waiting gives up at 6:00 (sentiment -3, buzz +2); Yan,
    // answered, is satisfied (+2). Sentiment -1, buzz 2: nothing to pay.
    assert_eq!(quiet.consequences, []);
    assert_eq!(quiet.overall, 77);
    assert!(quiet.passed);
    assert_eq!(quiet.grade, 'C');
    // Yan left waiting gives up at 6:00 (-3, +2), then the story grows:
    // 7:00 an angry repost (-5, +10), 9:00 Hollie, an influencer (-10,
    // +15), 12:00 a journalist with 5,000 followers (-5, +20). Zoé is
    // satisfied (+2). Sentiment -21, buzz 47. Escalations 4 + 6 + 10 = 20
    // points, buzz 47 → 4, sentiment -21 → 2: 26 off.
    assert_eq!(
        loud.consequences,
        [
            (Consequence::Escalations { fired: [1, 1, 1] }, 20),
            (Consequence::Buzz(47), 4),
            (Consequence::Sentiment(-21), 2),
        ]
    );
    assert_eq!(loud.overall, 51); // 77 - 26
    assert!(!loud.passed); // under the pass mark (70)
    assert_eq!(loud.grade, 'F');
    // Each step is a finding, tied to the item that was neglected, at the
    // minute it happened.
    let loud_item = shift
        .items()
        .iter()
        .find(|i| shift.scenario().events[i.event].id == "q_loud")
        .unwrap()
        .id;
    let steps: Vec<(u64, Option<u32>)> = loud
        .findings
        .iter()
        .filter(|f| f.rule() == Rule::Escalated)
        .map(|f| (f.at, f.item))
        .collect();
    assert_eq!(
        steps,
        [
            (420_000, Some(loud_item)),
            (540_000, Some(loud_item)),
            (720_000, Some(loud_item)),
        ]
    );
}

/// Plays like the ideal bot, but answers the first `n` troll posts instead
/// of setting them aside (a polite correction, in the brand's voice).
struct FeedsTrolls {
    inner: Box<dyn Bot>,
    n: usize,
}

impl Bot for FeedsTrolls {
    fn step(&mut self, s: &Shift) -> Step {
        let step = self.inner.step(s);
        if let Step::Act(Action::Dismiss(i), c) = &step {
            let sc = s.scenario();
            let it = &s.items()[*i as usize];
            let e = &sc.events[it.event];
            if self.n > 0
                && e.kind == onbrand_core::scenario::EventKind::Troll
                && it.escalated_from.is_none()
                && s.composer() == it.account
            {
                self.n -= 1;
                let text = match sc.language {
                    onbrand_core::scenario::Language::En => {
                        "That is not true: please read our patch notes before posting. #Hollowmere"
                    }
                    onbrand_core::scenario::Language::Fr => {
                        "C'est faux : merci de lire nos notes de mise à jour avant de publier. #Hollowmere"
                    }
                };
                return Step::Act(Action::Post(*i, Reply::Free(text.into())), *c);
            }
        }
        step
    }
}

#[test]
fn feeding_the_raid_fails_the_troll_day() {
    for p in [
        "scenarios/en/06-troll-wave.ron",
        "scenarios/fr/06-troll-wave.ron",
    ] {
        let sc = load(p);
        let (ideal, _) = play(&sc, 1, BotKind::Ideal.make(1).as_mut());
        let ideal = score(&ideal);
        assert!(ideal.passed && ideal.overall >= 90, "{p}");
        let mut bot = FeedsTrolls {
            inner: BotKind::Ideal.make(1),
            n: 3,
        };
        let (shift, _) = play(&sc, 1, &mut bot);
        let s = score(&shift);
        let fed = s
            .findings
            .iter()
            .filter(|f| f.rule() == Rule::FedTroll)
            .count();
        assert_eq!(fed, 3, "{p}");
        assert!(!s.passed, "{p}");
        assert_eq!(s.failed_by, [Rule::FedTroll], "{p}");
        assert!(
            s.grade >= 'D' && s.overall < sc.pass_mark,
            "{p}: {}",
            s.overall
        );
        // The average alone would have passed it: the lesson fails it.
        assert!(s.weighted >= sc.pass_mark, "{p}: weighted {}", s.weighted);
    }
}

/// Plays like the ideal bot, but posts its first approval draft at once
/// instead of sending it to the approver.
struct SkipsApproval {
    inner: Box<dyn Bot>,
    done: bool,
}

impl Bot for SkipsApproval {
    fn step(&mut self, s: &Shift) -> Step {
        match self.inner.step(s) {
            Step::Act(Action::RequestApproval(i, reply, _), c) if !self.done => {
                self.done = true;
                Step::Act(Action::Post(i, reply), c)
            }
            other => other,
        }
    }
}

#[test]
fn one_unapproved_statement_fails_the_recall_day() {
    for p in ["scenarios/en/04-recall.ron", "scenarios/fr/04-recall.ron"] {
        let sc = load(p);
        let mut bot = SkipsApproval {
            inner: BotKind::Ideal.make(1),
            done: false,
        };
        let (shift, _) = play(&sc, 1, &mut bot);
        let s = score(&shift);
        let unapproved = s
            .findings
            .iter()
            .filter(|f| f.rule() == Rule::Unapproved)
            .count();
        assert_eq!(unapproved, 1, "{p}");
        assert!(!s.passed, "{p}");
        assert!(s.failed_by.contains(&Rule::Unapproved), "{p}");
        assert!(s.grade >= 'D', "{p}: {}", s.grade);
        assert!(s.weighted >= sc.pass_mark, "{p}: weighted {}", s.weighted);
    }
}

/// Plays like the ideal bot, but answers the friend's joke from the work
/// tool, on whatever account the composer holds (the brand's), and deletes
/// it `delete_after` later, if ever.
struct PostsTheJoke {
    inner: Box<dyn Bot>,
    delete_after: Option<u64>,
    posted: Option<(u32, u64)>,
    deleted: bool,
}

const JOKE: &str = "Ha, so true: nobody in Halden can drive, lol";

impl Bot for PostsTheJoke {
    fn step(&mut self, s: &Shift) -> Step {
        if let (Some((post, at)), Some(d), false) = (self.posted, self.delete_after, self.deleted)
            && s.now() >= at + d
        {
            self.deleted = true;
            return Step::Act(Action::Delete(post), 1_000);
        }
        let step = self.inner.step(s);
        // A deletion is due: do not sleep past it.
        if let (Some((_, at)), Some(d), false) = (self.posted, self.delete_after, self.deleted) {
            match step {
                Step::Idle => return Step::WaitUntil(at + d),
                Step::WaitUntil(t) if t > at + d => return Step::WaitUntil(at + d),
                _ => {}
            }
        }
        if let Step::Act(Action::Dismiss(i), c) = &step {
            let sc = s.scenario();
            let it = &s.items()[*i as usize];
            if self.posted.is_none() && sc.events[it.event].id == "f_joke" {
                self.posted = Some((s.posts().len() as u32, s.now()));
                return Step::Act(Action::Post(*i, Reply::Free(JOKE.into())), *c);
            }
        }
        step
    }
}

fn joke(delete_after: Option<u64>) -> Score {
    let sc = load("scenarios/en/02-motor-city.ron");
    let mut bot = PostsTheJoke {
        inner: BotKind::Ideal.make(1),
        delete_after,
        posted: None,
        deleted: false,
    };
    let (shift, _) = play(&sc, 1, &mut bot);
    let p = &shift.posts()[bot.posted.expect("the joke went out").0 as usize];
    assert!(p.wrong_account);
    score(&shift)
}

#[test]
fn a_joke_left_up_fails_at_d_or_worse_and_weighs_more_than_one_deleted_at_once() {
    use onbrand_core::score::Detail;
    let kept = joke(None);
    let deleted = joke(Some(10_000));
    for s in [&kept, &deleted] {
        assert!(!s.passed);
        assert!(s.grade >= 'D', "a failed shift never shows {}", s.grade);
        // The joke mocks the brand's own city, from the brand's account, on
        // a day whose lessons are the accounts and the voice.
        assert_eq!(s.failed_by, [Rule::WrongAccount, Rule::Tone]);
        assert!(s.findings[0].rule() == Rule::WrongAccount);
        assert!(s.findings.iter().any(|f| matches!(
            &f.detail,
            Detail::Tone { class: onbrand_core::rubric::ToneClass::MocksBrand, phrase, .. }
                if phrase.starts_with("nobody in Halden")
        )));
    }
    // Deleted within 10 s: no screenshot yet (the first comes at 20 s), no
    // "left up" finding.
    assert!(!deleted.findings.iter().any(|f| f.rule() == Rule::LeftUp));
    assert_eq!(deleted.dims.account_safety, 50);
    // Left up to the end: captured again and again, and it shows.
    let left = kept
        .findings
        .iter()
        .find_map(|f| match &f.detail {
            Detail::LeftUp {
                screenshots,
                deleted: false,
                ..
            } => Some(*screenshots),
            _ => None,
        })
        .expect("a left-up finding");
    assert!(left >= 20, "{left} screenshots");
    // 100 - 50 (the post) - 10 (left up) - one per screenshot (at most 40).
    assert_eq!(kept.dims.account_safety, 0);
    // It kept spreading: more bad buzz, worse sentiment, a lower overall.
    let cost = |s: &Score| s.consequences.iter().map(|c| c.1).sum::<u32>();
    assert!(cost(&kept) >= cost(&deleted) + 8, "{:?}", kept.consequences);
    assert!(kept.weighted < deleted.weighted);
    assert!(
        kept.overall < deleted.overall,
        "{} vs {}",
        kept.overall,
        deleted.overall
    );
}

#[test]
fn a_failed_shift_never_shows_a_passing_grade() {
    let mut failed = 0;
    for (p, sc) in pack() {
        for bot in BotKind::ALL {
            for seed in 1..=3 {
                let (shift, _) = play(&sc, seed, bot.make(seed).as_mut());
                let s = score(&shift);
                if s.passed {
                    assert!(s.overall >= sc.pass_mark, "{p} {bot:?} {seed}");
                    continue;
                }
                failed += 1;
                assert!(
                    s.grade >= 'D' && s.overall < sc.pass_mark,
                    "{p} {bot:?} seed {seed}: {} {}",
                    s.overall,
                    s.grade
                );
            }
        }
    }
    assert!(failed > 100, "{failed}");
}

/// Plays like the ideal bot, but types its own text for some events.
struct RetypedFor {
    inner: Box<dyn Bot>,
    texts: Vec<(&'static str, &'static str)>,
}

impl Bot for RetypedFor {
    fn step(&mut self, s: &Shift) -> Step {
        match self.inner.step(s) {
            Step::Act(Action::Post(i, r), c) => {
                let event = &s.scenario().events[s.items()[i as usize].event].id;
                match self.texts.iter().find(|(e, _)| e == event) {
                    Some((_, t)) => Step::Act(Action::Post(i, Reply::Free((*t).into())), c),
                    None => Step::Act(Action::Post(i, r), c),
                }
            }
            other => other,
        }
    }
}

#[test]
fn motor_city_with_two_rude_replies_retyped_by_hand() {
    use onbrand_core::score::Detail;
    let sc = load("scenarios/en/02-motor-city.ron");
    let mut bot = RetypedFor {
        inner: BotKind::Ideal.make(1),
        texts: vec![
            (
                "q_price",
                "Whatever. It is $34,990, it says so on the website if you bothered to look. #BuiltInHalden",
            ),
            (
                "q_charging",
                "Seriously? Over 4,000 fast chargers and 2 years of free charging on Northline. Do your homework next time. #BuiltInHalden",
            ),
        ],
    };
    let (shift, _) = play(&sc, 1, &mut bot);
    let s = score(&shift);
    assert_eq!(s.dims.accuracy, 100, "the facts were right");
    assert!(s.dims.alignment < 100);
    let quoted: Vec<(onbrand_core::rubric::ToneClass, &str)> = s
        .findings
        .iter()
        .filter_map(|f| match &f.detail {
            Detail::Tone { class, phrase, .. } => Some((*class, phrase.as_str())),
            _ => None,
        })
        .collect();
    use onbrand_core::rubric::ToneClass as C;
    for want in [(C::Contempt, "if you bothered"), (C::Dismissal, "Whatever")] {
        assert!(quoted.contains(&want), "{want:?} in {quoted:?}");
    }
    assert!(
        quoted
            .iter()
            .any(|(c, p)| *c == C::Contempt && p.contains("homework")),
        "{quoted:?}"
    );
    // Motor City's lessons are the accounts and the voice: contempt for a
    // customer fails the shift, however right the facts.
    assert!(!s.passed);
    assert_eq!(s.failed_by, [Rule::Tone]);
    assert!(s.grade >= 'D');
}
