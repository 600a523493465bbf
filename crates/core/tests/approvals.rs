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
