//! Checks that need the whole compiled scenario: saved replies too long for
//! where they are used, rubrics no saved reply satisfies, items no one can
//! answer in time, and scenarios without any trap or approval.

use super::compile::Ctx;
use super::duration::clock;
use super::model::{FASTEST_RESPONSE, Scenario, network_index};
use super::satisfiable::{shortest_answer, what_needs};
use super::types::{EventKind, Expect, Owner, ScenarioFile};
use crate::rubric::judge;
use crate::untrusted::echo;

pub(super) fn check(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    rubrics_without_correct_reply(cx, f, s);
    facts_state_themselves(cx, f, s);
    events_in_time(cx, f, s);
    traps(cx, f, s);
    if let (Some(sig), Some(h)) = (&s.brand.sign_off, &f.brand.voice.holding)
        && judge(h, &s.voice, None, usize::MAX).sign_off_missing
    {
        cx.warn(
            h,
            format!("the holding reply does not end with the sign-off `{sig}`"),
        );
    }
}

/// Runs even when the file has errors (it needs only accounts and topics).
/// A saved reply longer than every network it can be used on is an error;
/// longer than some of them, a warning.
pub(super) fn saved_reply_lengths(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    if s.accounts.is_empty() {
        return;
    }
    for (i, r) in s.replies.iter().enumerate() {
        let len = r.text.chars().count();
        let mut nets: Vec<_> = s
            .events
            .iter()
            .filter(|e| r.topic.is_none() || e.topic == r.topic)
            .filter(|e| e.expect != Expect::Ignore)
            .filter(|e| {
                s.accounts
                    .get(e.account)
                    .is_some_and(|a| a.owner != Owner::Personal)
            })
            .filter_map(|e| s.accounts.get(e.account).map(|a| a.network))
            .collect();
        if nets.is_empty() {
            nets = s.accounts.iter().map(|a| a.network).collect();
        }
        nets.sort_by_key(|n| n.limit());
        nets.dedup();
        let over: Vec<_> = nets.iter().filter(|n| len > n.limit()).collect();
        let id = &f.replies[i].id;
        if !over.is_empty() && over.len() == nets.len() {
            cx.error(
                id,
                format!(
                    "saved reply `{id}` has {len} characters, more than {:?} allows ({})",
                    over[over.len() - 1],
                    over[over.len() - 1].limit()
                ),
            );
        } else if let Some(n) = over.first() {
            cx.warn(
                id,
                format!(
                    "saved reply `{id}` has {len} characters: too long for {n:?} ({} max)",
                    n.limit()
                ),
            );
        }
    }
}

/// Runs even when the file has errors, like [`saved_reply_lengths`]: a
/// rubric whose required facts and sign-off do not fit on any network it
/// is used on can never be satisfied (a tighter `max_len` is reported by
/// `satisfiable`).
pub(super) fn rubric_lengths(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    for (ri, r) in s.rubrics.iter().enumerate() {
        let sign_off = s.brand.sign_off.as_deref();
        let needed = shortest_answer(&r.matcher, sign_off);
        let widest = s
            .events
            .iter()
            .filter(|e| e.rubric == Some(ri))
            .filter_map(|e| s.accounts.get(e.account).map(|a| a.network))
            .max_by_key(|n| n.limit());
        if let Some(net) = widest
            && needed > net.limit()
            && r.matcher.max_len.is_none_or(|m| needed <= m)
            && let Some(fr) = f.rubrics.get(ri)
        {
            cx.error(
                &fr.id,
                format!(
                    "rubric `{}` can never be satisfied: {} at least {needed} characters but {net:?} allows {}",
                    echo(&r.id),
                    what_needs(sign_off),
                    net.limit()
                ),
            );
        }
    }
}

/// A fact's own sentence, posted as it is, must state it: the matcher
/// reads it with the same rules as a reply (a negation can cancel a
/// phrasing, a sentence may hold no word to match).
fn facts_state_themselves(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    for (i, fact) in f.brand.facts.iter().enumerate() {
        let Some(r) = s
            .rubrics
            .iter()
            .find(|r| r.matcher.must.iter().any(|m| m.fact == i))
        else {
            continue;
        };
        let j = judge(&fact.text, &s.voice, Some(&r.matcher), usize::MAX);
        if j.facts_missing.contains(&i) {
            cx.warn(
                &fact.id,
                format!(
                    "fact `{}`: a reply made of its own text would not state it; \
                     rephrase the text or its `say` phrasings",
                    echo(&fact.id)
                ),
            );
        }
    }
}

fn rubrics_without_correct_reply(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    if s.replies.is_empty() {
        return;
    }
    for (ri, r) in s.rubrics.iter().enumerate() {
        let used: Vec<(usize, bool)> = s
            .events
            .iter()
            .filter(|e| e.rubric == Some(ri))
            .map(|e| {
                (
                    network_index(s.accounts[e.account].network),
                    e.needs_empathy,
                )
            })
            .collect();
        if used.is_empty() {
            cx.warn(
                &f.rubrics[ri].id,
                format!("rubric `{}` is used by no event", echo(&r.id)),
            );
            continue;
        }
        let failing = used
            .iter()
            .find(|&&(n, empathy)| !r.replies.iter().any(|j| j[n].is_clean(empathy)));
        if let Some(&(n, empathy)) = failing {
            // The closest saved reply, and what keeps it from being clean:
            // what a trainer needs to fix it.
            let closest = (0..s.replies.len()).max_by_key(|&k| {
                let j = &r.replies[k][n];
                (j.accuracy() + j.alignment(empathy), std::cmp::Reverse(k))
            });
            let why = closest
                .map(|k| {
                    format!(
                        "; the closest, `{}`, {}",
                        echo(&s.replies[k].id),
                        r.replies[k][n]
                            .problems(empathy, &s.replies[k].text)
                            .join(", ")
                    )
                })
                .unwrap_or_default();
            cx.warn(
                &f.rubrics[ri].id,
                format!(
                    "no saved reply satisfies rubric `{}`: trainees will have to type the answer{why}",
                    echo(&r.id)
                ),
            );
        }
    }
}

fn events_in_time(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    let mut latest = vec![0u64; s.events.len()];
    for &i in &s.arrival_order {
        let e = &s.events[i];
        latest[i] = e.after.map_or(0, |a| latest[a]) + e.at + e.jitter;
        let fe = &f.events[i];
        if latest[i] >= s.duration {
            cx.warn(
                &fe.id,
                format!(
                    "event `{}` may arrive at {}, after the shift ends ({}): some seeds will never show it",
                    echo(&e.id),
                    clock(latest[i]),
                    clock(s.duration)
                ),
            );
        }
        if e.expect == Expect::Answer && e.rubric.is_none() {
            cx.warn(
                &fe.id,
                format!(
                    "event `{}` needs an answer but has no `rubric`: accuracy cannot be judged",
                    echo(&e.id)
                ),
            );
        }
        if e.expect != Expect::Answer && e.patience.is_some() {
            cx.warn(
                &fe.id,
                format!(
                    "event `{}` has a `patience` but does not expect an answer",
                    echo(&e.id)
                ),
            );
        }
        let Some(p) = e.patience else { continue };
        let holding_ok = s.holding_ok(i);
        let mut fastest = FASTEST_RESPONSE;
        if s.needs_approval(i) {
            let t = e.topic.unwrap_or(0);
            let reachable = s
                .approvers_for(t)
                .filter(|&a| s.approvers[a].window.0 < s.duration && s.approvers[a].window.1 > 0)
                .map(|a| s.approvers[a].latency.0)
                .min();
            match reachable {
                None => cx.warn(&fe.id, format!("no approver for event `{}` is ever reachable: it cannot be answered by the rules", echo(&e.id))),
                Some(lat) if !holding_ok => fastest += lat + FASTEST_RESPONSE,
                Some(_) => {}
            }
        }
        if p < fastest {
            let pos = fe.patience.as_ref().map_or(&fe.id, |d| &d.0);
            cx.warn(
                pos,
                format!(
                    "no one can answer event `{}` in time: patience is {} but the fastest possible answer takes {}",
                    echo(&e.id),
                    clock(p),
                    clock(fastest)
                ),
            );
        }
    }
}

fn traps(cx: &mut Ctx, f: &ScenarioFile, s: &Scenario) {
    let approval = (0..s.events.len()).any(|i| s.needs_approval(i));
    let personal = s.events.iter().any(|e| e.kind == EventKind::Personal);
    let clients = s
        .accounts
        .iter()
        .any(|a| matches!(a.owner, Owner::Client(_)));
    let several_brand = s
        .accounts
        .iter()
        .filter(|a| a.owner == Owner::Brand)
        .count()
        > 1;
    if !approval && !personal && !clients && !several_brand {
        cx.warn(
            &f.id,
            "this scenario has no approval topic and no account trap: fine for a warm-up, but it trains neither validation nor account safety".into(),
        );
    }
}
