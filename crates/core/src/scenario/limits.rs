//! How much a scenario may hold: bounds on every list, far above what a
//! shift needs, so that a hostile or broken file costs bounded time and
//! memory. A list over its bound is an error at its owner, and only its
//! first items are checked further (the file cannot be played anyway).
//! `docs/scenario-format.md` (section 5.4) lists them.

use super::compile::Ctx;
use super::span::Spanned;
use super::types::ScenarioFile;

/// The most events of a shift.
pub const MAX_EVENTS: usize = 5_000;
/// The most personas.
pub const MAX_PERSONAS: usize = 5_000;
/// The most accounts open in the tool.
pub const MAX_ACCOUNTS: usize = 100;
/// The most saved replies.
pub const MAX_REPLIES: usize = 500;
/// The most rubrics.
pub const MAX_RUBRICS: usize = 500;
/// The most facts, and the most wrong facts.
pub const MAX_FACTS: usize = 1_000;
/// The most approvers.
pub const MAX_APPROVERS: usize = 100;
/// The most topics, in both lists together.
pub const MAX_TOPICS: usize = 500;
/// The most items of a list inside one item (alternative texts and
/// authors, history lines, phrasings of a fact, phrases of a rubric, an
/// approver's topics).
pub const MAX_ITEMS: usize = 100;
/// The most escalation steps of an event.
pub const MAX_STEPS: usize = 20;
/// The most banned phrases of the voice.
pub const MAX_BANNED: usize = 200;

/// Checks a list's length, reporting it at `anchor` and cutting it to the
/// bound.
fn bound<T>(cx: &mut Ctx, anchor: &Spanned, what: &str, list: &mut Vec<T>, max: usize) {
    if list.len() > max {
        cx.error(
            anchor,
            format!(
                "{} {what}: a scenario holds at most {max} (only the first {max} are checked)",
                list.len()
            ),
        );
        list.truncate(max);
    }
}

/// Bounds every list of the file (see the constants).
pub(super) fn apply(cx: &mut Ctx, f: &mut ScenarioFile) {
    let top = f.id.clone();
    bound(cx, &top, "events", &mut f.events, MAX_EVENTS);
    bound(cx, &top, "personas", &mut f.personas, MAX_PERSONAS);
    bound(cx, &top, "accounts", &mut f.accounts, MAX_ACCOUNTS);
    bound(cx, &top, "saved replies", &mut f.replies, MAX_REPLIES);
    bound(cx, &top, "rubrics", &mut f.rubrics, MAX_RUBRICS);
    bound(cx, &top, "facts", &mut f.brand.facts, MAX_FACTS);
    bound(cx, &top, "wrong facts", &mut f.brand.wrong_facts, MAX_FACTS);
    bound(
        cx,
        &top,
        "approvers",
        &mut f.policy.approvers,
        MAX_APPROVERS,
    );
    bound(
        cx,
        &top,
        "banned phrases",
        &mut f.brand.voice.banned,
        MAX_BANNED,
    );
    bound(
        cx,
        &top,
        "allowed phrases of the tone judge",
        &mut f.brand.voice.judge.allow,
        MAX_BANNED,
    );
    for list in f.brand.voice.judge.add.values_mut() {
        bound(cx, &top, "tone patterns of a class", list, MAX_BANNED);
    }
    let topics = f.policy.autonomous.len() + f.policy.needs_approval.len();
    if topics > MAX_TOPICS {
        cx.error(
            &top,
            format!("{topics} topics: a scenario holds at most {MAX_TOPICS} (only the first are checked)"),
        );
        f.policy.autonomous.truncate(MAX_TOPICS);
        let room = MAX_TOPICS - f.policy.autonomous.len();
        f.policy.needs_approval.truncate(room);
    }
    for e in &mut f.events {
        let id = e.id.clone();
        bound(cx, &id, "alternative texts", &mut e.alt_texts, MAX_ITEMS);
        bound(
            cx,
            &id,
            "alternative authors",
            &mut e.alt_authors,
            MAX_ITEMS,
        );
        bound(cx, &id, "history lines", &mut e.history, MAX_ITEMS);
        bound(cx, &id, "escalation steps", &mut e.escalation, MAX_STEPS);
    }
    for x in f.brand.facts.iter_mut().chain(&mut f.brand.wrong_facts) {
        let id = x.id.clone();
        bound(cx, &id, "phrasings", &mut x.say, MAX_ITEMS);
    }
    for r in &mut f.rubrics {
        let id = r.id.clone();
        bound(cx, &id, "required facts", &mut r.must, MAX_ITEMS);
        bound(cx, &id, "wrong facts", &mut r.wrong, MAX_ITEMS);
        bound(cx, &id, "phrases to avoid", &mut r.avoid, MAX_ITEMS);
    }
    for a in &mut f.policy.approvers {
        let id = a.id.clone();
        bound(cx, &id, "topics", &mut a.topics, MAX_TOPICS);
    }
}
