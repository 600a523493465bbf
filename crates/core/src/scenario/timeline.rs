//! Compiling the timeline: events, their references, arrival order and
//! arrival windows.

use super::compile::{Ctx, IdMap, resolve};
use super::duration::{Ms, clock};
use super::model::{AccountInfo, EscalationStep, EventInfo, PersonaInfo};
use super::types::{Event, EventKind, Expect, Owner, ScenarioFile};
use crate::untrusted::echo;

pub(super) struct Refs<'a> {
    pub(super) accounts: &'a IdMap<'a>,
    pub(super) account_list: &'a [AccountInfo],
    pub(super) personas: &'a IdMap<'a>,
    pub(super) persona_list: &'a [PersonaInfo],
    pub(super) topics: &'a IdMap<'a>,
    pub(super) rubrics: &'a IdMap<'a>,
    pub(super) events: &'a IdMap<'a>,
}

pub(super) fn build_event(cx: &mut Ctx, e: &Event, r: &Refs) -> EventInfo {
    let id = &e.id;
    let account = resolve(cx, "account", r.accounts, &e.on, id).unwrap_or(0);
    let is_personal = r
        .account_list
        .get(account)
        .is_some_and(|a| a.owner == Owner::Personal);
    if e.kind == EventKind::Personal && !is_personal && r.accounts.contains_key(e.on.as_str()) {
        cx.error_in(
            &e.on,
            id,
            format!(
                "a Personal item must arrive on a personal account, not `{}`",
                e.on
            ),
        );
    }
    let mut authors: Vec<usize> = Vec::new();
    for a in e.author.iter().chain(&e.alt_authors) {
        if let Some(p) = resolve(cx, "persona", r.personas, a, id) {
            if authors.contains(&p) {
                cx.error_in(
                    a,
                    id,
                    format!("persona `{a}` is listed twice among the authors"),
                );
            } else {
                authors.push(p);
            }
        }
    }
    if e.author.is_none() && !e.alt_authors.is_empty() {
        cx.error_in(
            &e.alt_authors[0],
            id,
            "`alt_authors` needs an `author` first".into(),
        );
    }
    let needs_author = !matches!(e.kind, EventKind::Bulletin | EventKind::Manager);
    if needs_author && e.author.is_none() {
        cx.error(id, format!("event `{id}` has no `author` (a persona id)"));
    }
    let needs_empathy = e
        .empathy
        .unwrap_or(matches!(e.kind, EventKind::Complaint | EventKind::Crisis));
    let expect = e.expect.unwrap_or(match e.kind {
        EventKind::Question | EventKind::Complaint | EventKind::Crisis => Expect::Answer,
        EventKind::Praise => Expect::Optional,
        _ => Expect::Ignore,
    });
    let patience = e.patience.as_ref().map(|p| cx.dur(p, id));
    if !e.escalation.is_empty() && patience.is_none() {
        cx.error(id, format!("event `{id}` has an escalation but no `patience`: escalation starts when patience runs out"));
    }
    // (A bad duration was reported already: no second message for it.)
    if patience == Some(0) && e.patience.as_ref().is_some_and(|d| d.ms().is_ok()) {
        cx.error_in(
            &e.patience.as_ref().map_or(id.clone(), |d| d.0.clone()),
            id,
            "patience of zero: the fan gives up before the item even arrives".into(),
        );
    }
    let history = e
        .history
        .iter()
        .map(|h| {
            let name = if let Some(&p) = r.personas.get(h.from.as_str()) {
                r.persona_list[p].name.clone()
            } else if let Some(&a) = r.accounts.get(h.from.as_str()) {
                r.account_list[a].name.clone()
            } else {
                cx.error_in(
                    &h.from,
                    id,
                    format!("unknown persona or account `{}` in `history`", h.from),
                );
                h.from.value.clone()
            };
            (name, h.text.clone())
        })
        .collect();
    for s in &e.escalation {
        if s.buzz > 100 {
            cx.error(
                id,
                format!(
                    "event `{id}`: escalation buzz {} is above 100 (the meter goes from 0 to 100)",
                    s.buzz
                ),
            );
        }
    }
    let escalation = e
        .escalation
        .iter()
        .map(|s| EscalationStep {
            after: cx.dur(&s.after, id),
            kind: s.kind,
            author: s
                .author
                .as_ref()
                .and_then(|a| resolve(cx, "persona", r.personas, a, id)),
            text: s.text.clone(),
            buzz: s.buzz.min(100),
        })
        .collect();
    let after = e
        .after
        .as_ref()
        .and_then(|a| resolve(cx, "event", r.events, a, id));
    if e.after.as_ref().is_some_and(|a| a.value == id.value) {
        cx.error_in(
            e.after.as_ref().unwrap_or(id),
            id,
            format!("event `{id}` comes after itself"),
        );
    }
    EventInfo {
        id: id.value.clone(),
        kind: e.kind,
        at: cx.dur(&e.at, id),
        after,
        jitter: e.jitter.as_ref().map_or(0, |j| cx.dur(j, id)),
        account,
        authors,
        texts: std::iter::once(e.text.clone())
            .chain(e.alt_texts.iter().cloned())
            .collect(),
        history,
        topic: e
            .topic
            .as_ref()
            .and_then(|t| resolve(cx, "topic", r.topics, t, id)),
        patience,
        expect,
        needs_empathy,
        rubric: e
            .rubric
            .as_ref()
            .and_then(|x| resolve(cx, "rubric", r.rubrics, x, id)),
        escalation,
        ideal: e.ideal.clone(),
        best_reply: None,
    }
}

/// Orders events so that each comes after the one it is timed from;
/// reports cycles.
pub(super) fn order_events(cx: &mut Ctx, f: &ScenarioFile, events: &[EventInfo]) -> Vec<usize> {
    let n = events.len();
    let mut state = vec![0u8; n]; // 0 new, 1 in progress, 2 done
    let mut order = Vec::with_capacity(n);
    for start in 0..n {
        // Follow the `after` chain; it is a list, so a loop suffices.
        let mut chain = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            if state[i] == 2 {
                break;
            }
            if state[i] == 1 {
                if chain.contains(&i) {
                    cx.error(
                        &f.events[i].id,
                        format!("events `{}` are timed after each other in a loop", {
                            let k = chain.iter().position(|&c| c == i).unwrap_or(0);
                            let ring = &chain[k..];
                            let mut s = ring
                                .iter()
                                .take(crate::untrusted::MAX_ECHO_ITEMS)
                                .map(|&c| echo(&events[c].id))
                                .collect::<Vec<_>>()
                                .join("` → `");
                            if ring.len() > crate::untrusted::MAX_ECHO_ITEMS {
                                s.push_str(&format!("` → … ({} events in all)", ring.len()));
                            }
                            s
                        }),
                    );
                }
                break;
            }
            state[i] = 1;
            chain.push(i);
            cur = events[i].after;
        }
        for &i in chain.iter().rev() {
            state[i] = 2;
            order.push(i);
        }
    }
    order
}

/// Arrival windows: an event that cannot arrive during the shift is an error.
pub(super) fn check_times(
    cx: &mut Ctx,
    f: &ScenarioFile,
    events: &[EventInfo],
    order: &[usize],
    duration: Ms,
) {
    let mut earliest = vec![0u64; events.len()];
    for &i in order {
        let e = &events[i];
        let base = e.after.map_or(0, |a| earliest[a]);
        earliest[i] = (base + e.at).saturating_sub(e.jitter);
        if earliest[i] >= duration && duration > 0 {
            cx.error_in(
                &f.events[i].at.0,
                &f.events[i].id,
                format!(
                    "event `{}` arrives at {} at the earliest, but the shift ends at {}",
                    echo(&e.id),
                    clock(earliest[i]),
                    clock(duration)
                ),
            );
        }
    }
}
