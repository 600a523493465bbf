//! The five dimensions, computed from the shift's final state.

use super::Dimensions;
use crate::scenario::{Expect, Ms, Owner, Scenario};
use crate::sim::Shift;
use crate::sim::log::{Outcome, PostKind};
use crate::sim::state::{Item, Post};
use crate::tuning::{
    DEFAULT_TARGET, FED_TROLL_ALIGNMENT_CAP, LEFT_UP_PENALTY, PROCESS_APPROVED, PROCESS_ASKED,
    PROCESS_NEEDLESS, PROCESS_NOT_ASKED, PROCESS_UNAPPROVED, SCREENSHOT_PENALTY,
    SCREENSHOTS_PENALTY_MAX, SPEED_AFTER_PATIENCE, SPEED_AT_ONCE, SPEED_AT_PATIENCE,
    SPEED_AT_TARGET, WRONG_ACCOUNT_PENALTY,
};

/// The first response that counts (an unacceptable holding reply does not).
pub fn first_valid_response(s: &Shift, it: &Item) -> Option<Ms> {
    let holding_ok = s.scenario().holding_ok(it.event);
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
/// 40→0 up to twice the patience, 0 after or without answer (the numbers
/// are in [`crate::tuning`]).
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
        lerp(
            SPEED_AT_ONCE,
            SPEED_AT_TARGET,
            waited as f64 / target as f64,
        )
    } else if waited <= patience {
        lerp(
            SPEED_AT_TARGET,
            SPEED_AT_PATIENCE,
            (waited - target) as f64 / (patience - target).max(1) as f64,
        )
    } else {
        lerp(
            SPEED_AFTER_PATIENCE,
            0.0,
            (waited - patience) as f64 / patience as f64,
        )
    };
    round_non_negative(v)
}

/// `v.round() as u32` for `0 <= v < 2^32`, without a libm call (the
/// integer part of a double is exact, and so is `v - t`).
fn round_non_negative(v: f64) -> u32 {
    let t = v as u32;
    if v - t as f64 >= 0.5 { t + 1 } else { t }
}

fn is_substantive(p: &Post) -> bool {
    matches!(p.kind, PostKind::Reply | PostKind::Approved) && !p.hollow
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
    // The holding reply is the brand's own text: it is judged on the voice,
    // not on acknowledging this customer.
    let a = s
        .judgement(p)
        .alignment(e.needs_empathy && p.kind != PostKind::Holding);
    if e.expect == Expect::Ignore && !p.wrong_account && e.kind == crate::scenario::EventKind::Troll
    {
        a.min(FED_TROLL_ALIGNMENT_CAP)
    } else {
        a
    }
}

/// What an item's own posts and requests add up to, gathered in one pass
/// over the posts and one over the requests (both name the original item).
#[derive(Clone, Copy, Default)]
struct PerItem {
    /// Accuracy of its substantive posts.
    accuracy: Mean,
    /// A substantive post went out without approval / with approval.
    unapproved: bool,
    approved: bool,
    /// Approval was asked / asked someone who answers.
    asked: bool,
    asked_reachable: bool,
}

/// Running sum and count for a rounded mean.
#[derive(Clone, Copy, Default)]
struct Mean {
    sum: u64,
    n: u64,
}

impl Mean {
    fn push(&mut self, v: u32) {
        self.sum += v as u64;
        self.n += 1;
    }

    /// The rounded mean; 100 when empty (nothing to get wrong).
    fn value(&self) -> u32 {
        (self.sum + self.n / 2)
            .checked_div(self.n)
            .map_or(100, |m| m as u32)
    }
}

/// Computes the dimensions and the incident count.
pub fn compute(s: &Shift) -> (Dimensions, u32) {
    let sc = s.scenario();
    let mut per = vec![PerItem::default(); s.items().len()];
    let (mut alignment, mut incidents, mut left_up) = (Mean::default(), 0u32, 0i64);
    let mut spread = 0i64;
    for p in s.posts() {
        if is_brand_speech(sc, p) {
            alignment.push(post_alignment(s, p));
        }
        if p.wrong_account {
            incidents += 1;
            if p.left_up(s.now()) {
                left_up += 1;
            }
            spread += i64::from(p.screenshots).min(SCREENSHOTS_PENALTY_MAX);
        } else if is_substantive(p) {
            let acc = &mut per[p.item as usize];
            acc.accuracy.push(s.judgement(p).accuracy());
            acc.approved |= p.approved;
            acc.unapproved |= !p.approved;
        }
    }
    for a in s.approvals() {
        let acc = &mut per[a.item as usize];
        acc.asked = true;
        acc.asked_reachable |= a.due.is_some();
        // The approver rewrote the draft: what the trainee knew counts
        // beside what the approver posted in their name.
        if a.used && a.outcome == Some(Outcome::ApprovedWithEdits) {
            let account = s.items()[a.item as usize].account;
            let draft = s.judge_reply(a.item, &a.draft, account);
            acc.accuracy.push(draft.get(sc).accuracy());
        }
    }
    // A refused claim got past the approver in other words, and was
    // posted: as good as unapproved.
    for (_, approved) in super::findings::reworded(s) {
        let a = &s.approvals()[approved];
        if a.used {
            per[a.item as usize].unapproved = true;
        }
    }
    let (mut speed, mut accuracy, mut process) =
        (Mean::default(), Mean::default(), Mean::default());
    for it in s.items().iter().filter(|i| i.escalated_from.is_none()) {
        let e = &sc.events[it.event];
        let acc = per[it.id as usize];
        let item_accuracy = (acc.accuracy.n > 0).then(|| acc.accuracy.value());
        match e.expect {
            Expect::Answer => {
                speed.push(speed_of(sc, it, first_valid_response(s, it)));
                accuracy.push(item_accuracy.unwrap_or(0));
            }
            Expect::Optional => {
                if let Some(a) = item_accuracy {
                    accuracy.push(a);
                }
            }
            Expect::Ignore => {}
        }
        if sc.needs_approval(it.event) {
            process.push(if acc.unapproved {
                PROCESS_UNAPPROVED
            } else if acc.approved {
                PROCESS_APPROVED
            } else if acc.asked_reachable {
                PROCESS_ASKED // asked properly, the answer did not come in time
            } else if acc.asked || e.expect == Expect::Answer {
                PROCESS_NOT_ASKED // asked only someone who could not answer, or never asked
            } else {
                PROCESS_APPROVED
            });
        } else if acc.asked {
            process.push(PROCESS_NEEDLESS);
        }
    }
    let safety = (100
        - WRONG_ACCOUNT_PENALTY * incidents as i64
        - LEFT_UP_PENALTY * left_up
        - SCREENSHOT_PENALTY * spread)
        .clamp(0, 100) as u32;
    (
        Dimensions {
            speed: speed.value(),
            accuracy: accuracy.value(),
            alignment: alignment.value(),
            process: process.value(),
            account_safety: safety,
        },
        incidents,
    )
}

#[cfg(test)]
mod tests {
    use super::round_non_negative;

    #[test]
    fn rounds_like_f64_round() {
        let cases = [
            0.0,
            0.49999999999999994,
            0.5,
            1.5,
            2.5,
            79.49999999999999,
            79.5,
            99.99999999999999,
            100.0,
        ];
        for v in cases {
            assert_eq!(round_non_negative(v), v.round() as u32, "{v}");
        }
        for k in 0..100_000u32 {
            let v = k as f64 / 997.0;
            assert_eq!(round_non_negative(v), v.round() as u32, "{v}");
        }
    }
}
