//! Approvals: answered after the drawn latency (approved, approved with
//! edits, rejected), or never when the approver is unreachable.

mod common;

use common::load;
use onbrand_core::sim::{Action, Outcome, Reply, Shift};

#[test]
fn outcomes_follow_the_draft() {
    let sc = load("tests/fixtures/golden.ron");
    let mut s = Shift::new(&sc, 1);
    s.advance_to(61_000); // q_price (item 0) has arrived
    // Right facts and voice: approved as is.
    s.apply(&Action::RequestApproval(0, Reply::Saved(0), None))
        .unwrap();
    // Missing the price: the approver puts in the right saved reply.
    s.apply(&Action::RequestApproval(
        0,
        Reply::Free("The Brew is lovely. ^Ana".into()),
        None,
    ))
    .unwrap();
    // An outdated price: rejected.
    s.apply(&Action::RequestApproval(
        0,
        Reply::Free("The Brew costs 59 euros. ^Ana".into()),
        None,
    ))
    .unwrap();
    assert!(
        s.approvals()
            .iter()
            .all(|a| a.due == Some(61_000 + 120_000)),
        "latency 2m to 2m"
    );
    s.advance_to(180_999);
    assert!(
        s.approvals().iter().all(|a| a.outcome.is_none()),
        "nothing before the latency"
    );
    s.advance_to(181_000);
    let got: Vec<_> = s
        .approvals()
        .iter()
        .map(|a| (a.outcome, a.approved_text.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(Outcome::Approved), Some(Reply::Saved(0))),
            (Some(Outcome::ApprovedWithEdits), Some(Reply::Saved(0))),
            (Some(Outcome::Rejected), None),
        ]
    );
    // A rejected draft cannot be posted; an approved one can, once.
    assert!(s.apply(&Action::PostApproved(2)).is_err());
    s.apply(&Action::PostApproved(1)).unwrap();
    assert!(s.apply(&Action::PostApproved(1)).is_err());
    assert!(s.posts()[0].approved);
}

#[test]
fn an_unreachable_approver_never_answers_and_the_backup_does() {
    let sc = load("scenarios/en/03-weekend-silence.ron");
    let helen = sc.approvers.iter().position(|a| a.id == "helen").unwrap() as u16;
    let karim = sc.approvers.iter().position(|a| a.id == "karim").unwrap() as u16;
    assert_eq!(sc.approvers[helen as usize].backup, Some(karim as usize));
    let mut s = Shift::new(&sc, 5);
    // Wait for the first strike question.
    let strike = sc.events.iter().position(|e| e.id == "s_tuesday").unwrap();
    while !s.items().iter().any(|i| i.event == strike) {
        s.advance(1_000);
    }
    let item = s.items().iter().find(|i| i.event == strike).unwrap().id;
    let draft = Reply::Saved(sc.best_reply(strike).unwrap() as u16);
    s.apply(&Action::RequestApproval(item, draft.clone(), None))
        .unwrap(); // the topic's first: Helen
    s.apply(&Action::RequestApproval(item, draft, Some(karim)))
        .unwrap();
    assert_eq!(s.approvals()[0].approver, helen as usize);
    assert_eq!(s.approvals()[0].due, None);
    let due = s.approvals()[1].due.expect("Karim answers");
    let (lo, hi) = sc.approvers[karim as usize].latency;
    assert!(due - s.now() >= lo && due - s.now() <= hi);
    s.finish();
    assert_eq!(s.approvals()[0].outcome, None, "Helen never answers");
    assert_eq!(s.approvals()[1].outcome, Some(Outcome::Approved));
}

/// Motor City, seed 3: waits for the recall question and returns the shift
/// and its item.
fn at_the_recall_question() -> (Shift, u32, std::sync::Arc<onbrand_core::scenario::Scenario>) {
    let sc = load("scenarios/en/02-motor-city.ron");
    let mut s = Shift::new(&sc, 3);
    let e = sc.events.iter().position(|e| e.id == "q_recall").unwrap();
    while !s.items().iter().any(|i| i.event == e) {
        s.advance(1_000);
    }
    let item = s.items().iter().find(|i| i.event == e).unwrap().id;
    (s, item, sc)
}

#[test]
fn the_approver_reads_as_a_trainer_does() {
    use onbrand_core::rubric::ToneClass;
    use onbrand_core::scenario::Rule;
    use onbrand_core::score::{Detail, score};
    use onbrand_core::sim::state::ApprovalReason;
    let (mut s, item, sc) = at_the_recall_question();
    let recall_ok = sc.replies.iter().position(|r| r.id == "recall_ok").unwrap();
    let drafts = [
        // 0. The right facts, said with contempt.
        "Whatever. The airbag recall covers Velas built from March to June 2023: check your VIN at haldenmotors.com/recall, it says so on the website if you bothered to look. #BuiltInHalden",
        // 1. The right facts and a courtesy car no fact backs.
        "Sorry for the worry. The airbag recall covers Velas built from March to June 2023: check your VIN at haldenmotors.com/recall. The repair is free, and we'll bring a courtesy car to your door for the day. #BuiltInHalden",
        // 2. Empty: nothing the owner asked.
        "Thanks for reaching out! We're looking into it. #BuiltInHalden",
        // 3. The right answer.
        sc.replies[recall_ok].text.as_str(),
    ];
    for d in drafts {
        s.apply(&Action::RequestApproval(item, Reply::Free(d.into()), None))
            .unwrap();
    }
    s.advance(6 * 60_000); // Ingrid answers within 2 to 5 minutes
    let a = s.approvals();
    assert_eq!(a[0].outcome, Some(Outcome::Rejected));
    assert!(
        a[0].reasons
            .iter()
            .any(|r| matches!(r, ApprovalReason::Tone(ToneClass::Dismissal, w) if w == "Whatever")),
        "{:?}",
        a[0].reasons
    );
    assert!(
        a[0].reasons
            .iter()
            .any(|r| matches!(r, ApprovalReason::Tone(ToneClass::Contempt, _))),
        "{:?}",
        a[0].reasons
    );
    assert_eq!(a[1].outcome, Some(Outcome::Rejected));
    assert!(
        a[1].reasons
            .iter()
            .any(|r| matches!(r, ApprovalReason::Promise(w) if w.contains("courtesy car"))),
        "{:?}",
        a[1].reasons
    );
    // The empty draft is rewritten into the scenario's ideal answer, and
    // says why.
    assert_eq!(a[2].outcome, Some(Outcome::ApprovedWithEdits));
    assert_eq!(a[2].approved_text, Some(Reply::Saved(recall_ok as u16)));
    assert_eq!(a[2].reasons, [ApprovalReason::Incomplete]);
    assert_eq!(a[3].outcome, Some(Outcome::Approved));
    // Post the rewritten text: the debrief says who wrote it and why, and
    // shows both refusals.
    s.apply(&Action::PostApproved(2)).unwrap();
    s.finish();
    let score = score(&s);
    let of = |r: Rule| -> Vec<&Detail> {
        score
            .findings
            .iter()
            .filter(|f| f.rule() == r && f.item == Some(item))
            .map(|f| &f.detail)
            .collect()
    };
    assert_eq!(of(Rule::DraftRefused).len(), 2);
    assert!(matches!(
        of(Rule::ApprovalRewritten)[..],
        [Detail::ApprovalRewritten { reasons, draft, .. }]
            if reasons == &[ApprovalReason::Incomplete] && draft.starts_with("Thanks for reaching out")
    ));
    // What the trainee knew (nothing) counts beside what Ingrid posted:
    // this item's accuracy is mean(0, 100).
    assert!(score.dims.accuracy < 100);
}

#[test]
fn a_refused_claim_reworded_past_the_approver_is_a_finding() {
    use onbrand_core::scenario::Rule;
    use onbrand_core::score::score;
    let (mut s, item, _) = at_the_recall_question();
    let promise = "Sorry for the worry. The airbag recall covers Velas built from March to June 2023: check your VIN at haldenmotors.com/recall. We'll bring you a courtesy car for the day of the repair. #BuiltInHalden";
    // The same courtesy car, as a statement instead of a promise: the
    // judge's commitment patterns do not see it, but it is the claim Ingrid
    // refused.
    let reworded = "Sorry for the worry. The airbag recall covers Velas built from March to June 2023: check your VIN at haldenmotors.com/recall. The repair is free, and a courtesy car for the day of the repair is part of the service. #BuiltInHalden";
    s.apply(&Action::RequestApproval(
        item,
        Reply::Free(promise.into()),
        None,
    ))
    .unwrap();
    s.advance(6 * 60_000);
    assert_eq!(s.approvals()[0].outcome, Some(Outcome::Rejected));
    s.apply(&Action::RequestApproval(
        item,
        Reply::Free(reworded.into()),
        None,
    ))
    .unwrap();
    s.advance(6 * 60_000);
    assert_eq!(s.approvals()[1].outcome, Some(Outcome::Approved));
    s.apply(&Action::PostApproved(1)).unwrap();
    s.finish();
    let sc = score(&s);
    let rules: Vec<Rule> = sc
        .findings
        .iter()
        .filter(|f| f.item == Some(item))
        .map(|f| f.rule())
        .collect();
    assert!(rules.contains(&Rule::ClaimReworded), "{rules:?}");
    assert!(rules.contains(&Rule::DraftRefused), "{rules:?}");
    // As good as unapproved: the process points of the item are lost.
    assert!(sc.dims.process < 100);
}
