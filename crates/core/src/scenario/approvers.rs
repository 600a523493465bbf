//! Compiling approvers: latency, availability window, backup.

use super::compile::{Ctx, IdMap, resolve};
use super::duration::{Ms, clock};
use super::model::ApproverInfo;
use super::types::{Approver, Availability};

pub(super) fn build_approver(
    cx: &mut Ctx,
    a: &Approver,
    topics: &IdMap,
    approvers: &IdMap,
    duration: Ms,
) -> ApproverInfo {
    let lo = cx.dur(&a.latency.0, &a.id);
    let hi = cx.dur(&a.latency.1, &a.id);
    if lo > hi {
        cx.error_in(
            &a.latency.0.0,
            &a.id,
            format!(
                "latency starts at {} but ends earlier, at {}",
                clock(lo),
                clock(hi)
            ),
        );
    }
    let window = match &a.available {
        Availability::Always => (0, Ms::MAX),
        Availability::Never => (0, 0),
        Availability::Until(d) => (0, cx.dur(d, &a.id)),
        Availability::From(d) => (cx.dur(d, &a.id), Ms::MAX),
    };
    if window.0 >= duration && window.0 != Ms::MAX {
        cx.error(
            &a.id,
            format!(
                "approver `{}` becomes available only after the shift ends",
                a.id
            ),
        );
    }
    let backup = a
        .backup
        .as_ref()
        .and_then(|b| resolve(cx, "approver", approvers, b, &a.id));
    if a.backup.as_ref().is_some_and(|b| b.value == a.id.value) {
        cx.error_in(
            a.backup.as_ref().unwrap_or(&a.id),
            &a.id,
            format!("approver `{}` is their own backup", a.id),
        );
    }
    if a.topics.is_empty() {
        cx.error(&a.id, format!("approver `{}` approves no topic", a.id));
    }
    ApproverInfo {
        id: a.id.value.clone(),
        name: a.name.clone(),
        topics: a
            .topics
            .iter()
            .filter_map(|t| resolve(cx, "topic", topics, t, &a.id))
            .collect(),
        latency: (lo, hi.max(lo)),
        window,
        backup,
        away_note: a.away_note.clone(),
    }
}
