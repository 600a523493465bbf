//! The five dimensions, computed from the shift's final state.

use super::Dimensions;
use crate::scenario::{Expect, Ms, Owner, Scenario};
use crate::sim::Shift;
use crate::sim::log::PostKind;
use crate::sim::state::{Approval, Item, Post};

/// Target for a first answer when the scenario sets neither SLA nor patience.
pub const DEFAULT_TARGET: Ms = 15 * 60_000;

/// A wrong-account post left up longer than this is a second failure.
pub const DELETE_WITHIN: Ms = 2 * 60_000;

fn mean(v: &[u32]) -> u32 {
    if v.is_empty() {
        100
    } else {
        ((v.iter().map(|&x| x as u64).sum::<u64>() + v.len() as u64 / 2) / v.len() as u64) as u32
    }
}

/// The first response that counts (an unacceptable holding reply does not).
pub fn first_valid_response(s: &Shift, it: &Item) -> Option<Ms> {
    let sc = s.scenario();
    let holding_ok = sc.events[it.event]
        .rubric
        .is_none_or(|r| sc.rubrics[r].matcher.holding_ok);
    let answer = it.answer.map(|p| s.posts()[p as usize].at);
    let holding = it
        .holding
        .filter(|_| holding_ok)
        .map(|p| s.posts()[p as usize].at);
    match (answer, holding) {
        (Some(a), Some(h)) => Some(a.min(h)),
        (a, h) => a.or(h),
    }
}

/// Speed of one answer: 100→80 within the target, 80→50 up to patience,
/// 40→0 up to twice the patience, 0 after or without answer.
pub fn speed_of(sc: &Scenario, it: &Item, first: Option<Ms>) -> u32 {
    let Some(t) = first else { return 0 };
    let e = &sc.events[it.event];
    let waited = t.saturating_sub(it.arrived);
    let target = match (sc.sla, e.patience) {
        (Some(s), Some(p)) => s.min(p),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => DEFAULT_TARGET,
    }
    .max(1);
    let patience = e.patience.unwrap_or(2 * target).max(target);
    let lerp = |from: f64, to: f64, x: f64| from + (to - from) * x.clamp(0.0, 1.0);
    let v = if waited <= target {
        lerp(100.0, 80.0, waited as f64 / target as f64)
    } else if waited <= patience {
        lerp(
            80.0,
            50.0,
            (waited - target) as f64 / (patience - target).max(1) as f64,
        )
    } else {
        lerp(40.0, 0.0, (waited - patience) as f64 / patience as f64)
    };
    v.round() as u32
}

fn is_substantive(p: &Post) -> bool {
    matches!(p.kind, PostKind::Reply | PostKind::Approved)
}

/// Whether a post speaks publicly for a brand (the brand's or a client's
/// account): only those are judged by the brand's voice.
pub fn is_brand_speech(sc: &Scenario, p: &Post) -> bool {
    p.kind != PostKind::Phone && sc.accounts[p.account].owner != Owner::Personal
}

/// Alignment of one post (a reply to a troll from a brand account caps it).
pub fn post_alignment(s: &Shift, p: &Post) -> u32 {
    let sc = s.scenario();
    let e = &sc.events[s.items()[p.item as usize].event];
    let a = p.judgement.alignment();
    if e.expect == Expect::Ignore && !p.wrong_account && e.kind == crate::scenario::EventKind::Troll
    {
        a.min(30)
    } else {
        a
    }
}

/// Computes the dimensions and the incident count.
pub fn compute(s: &Shift) -> (Dimensions, u32) {
    let sc = s.scenario();
    let n = s.items().len();
    let mut speed = Vec::with_capacity(n);
    let mut accuracy = Vec::with_capacity(n);
    let mut process = Vec::with_capacity(n);
    // Posts and requests grouped by item once (they always name the
    // original item), so each item's are a slice.
    let mut own_posts: Vec<&Post> = s
        .posts()
        .iter()
        .filter(|p| !p.wrong_account && p.kind != PostKind::Phone)
        .collect();
    own_posts.sort_unstable_by_key(|p| p.item);
    let mut requests: Vec<&Approval> = s.approvals().iter().collect();
    requests.sort_unstable_by_key(|a| a.item);
    let (mut pi, mut ai) = (0, 0);
    let mut substantive: Vec<u32> = Vec::new();
    for it in s.items().iter().filter(|i| i.escalated_from.is_none()) {
        let e = &sc.events[it.event];
        let start = pi;
        while pi < own_posts.len() && own_posts[pi].item == it.id {
            pi += 1;
        }
        let posts = &own_posts[start..pi];
        let start = ai;
        while ai < requests.len() && requests[ai].item == it.id {
            ai += 1;
        }
        let asked = &requests[start..ai];
        substantive.clear();
        substantive.extend(
            posts
                .iter()
                .filter(|p| is_substantive(p))
                .map(|p| p.judgement.accuracy()),
        );
        match e.expect {
            Expect::Answer => {
                speed.push(speed_of(sc, it, first_valid_response(s, it)));
                accuracy.push(if substantive.is_empty() {
                    0
                } else {
                    mean(&substantive)
                });
            }
            Expect::Optional if !substantive.is_empty() => accuracy.push(mean(&substantive)),
            _ => {}
        }
        if sc.needs_approval(it.event) {
            let unapproved = posts.iter().any(|p| is_substantive(p) && !p.approved);
            let approved = posts.iter().any(|p| is_substantive(p) && p.approved);
            process.push(if unapproved {
                0
            } else if approved {
                100
            } else if asked.iter().any(|a| a.due.is_some()) {
                90 // asked properly, the answer did not come in time
            } else if !asked.is_empty() || e.expect == Expect::Answer {
                50 // asked only someone who could not answer, or never asked
            } else {
                100
            });
        } else if !asked.is_empty() {
            process.push(60);
        }
    }
    let own: Vec<&Post> = s
        .posts()
        .iter()
        .filter(|p| is_brand_speech(sc, p))
        .collect();
    let alignment: Vec<u32> = own.iter().map(|p| post_alignment(s, p)).collect();
    let wrong: Vec<&Post> = s.posts().iter().filter(|p| p.wrong_account).collect();
    let incidents = wrong.len() as u32;
    let left_up = wrong
        .iter()
        .filter(|p| p.deleted.unwrap_or(s.now()) - p.at > DELETE_WITHIN)
        .count() as i64;
    let safety = (100 - 50 * incidents as i64 - 10 * left_up).clamp(0, 100) as u32;
    (
        Dimensions {
            speed: mean(&speed),
            accuracy: mean(&accuracy),
            alignment: mean(&alignment),
            process: mean(&process),
            account_safety: safety,
        },
        incidents,
    )
}
