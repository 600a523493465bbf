//! One player, many styles: `ideal`, `hasty`, `slow`, `careless` and `rude` differ
//! only in how fast they work and which habits they have (see [`Style`]).

use super::Step;
use super::style::Style;
use crate::scenario::model::Scenario;
use crate::scenario::{EventKind, Expect, Ms, Owner};
use crate::sim::action::{Action, ItemId, Reply};
use crate::sim::log::Outcome;
use crate::sim::rng::SimRng;
use crate::sim::shift::Shift;
use crate::sim::state::{Approval, Item};

/// What a player does with an event's items, worked out once per event
/// (it depends only on the scenario).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Plan {
    /// A personal notification (or anything on the personal account).
    Personal,
    /// Nothing to answer: set it aside.
    SetAside,
    /// Answer it.
    Answer {
        /// The topic needs approval.
        approval: bool,
        /// A holding reply is acceptable first.
        holding_ok: bool,
    },
}

/// Item flag: an answer was posted (right account or not).
const SENT: u8 = 1;
/// Item flag: a holding reply was sent (wherever it went).
const HELD: u8 = 2;
/// Item flag: whether to skip the account check has been drawn...
const CARELESS_DRAWN: u8 = 4;
/// Item flag: ...and the player skips it for this item.
const CARELESS: u8 = 8;

/// A bot playing with a [`Style`].
pub struct Player {
    style: Style,
    rng: SimRng,
    /// Per event: what to do with its items (worked out on first sight).
    plans: Vec<Option<Plan>>,
    /// Per item: [`SENT`] (an answer was posted, right account or not: a
    /// person moves on after sending, even to the wrong place), [`HELD`]
    /// (a holding reply was sent, wherever it went), and whether this
    /// player skips the account check for it (drawn once).
    flags: Vec<u8>,
    /// Every item before this index is done (answered, set aside or sent):
    /// the player never looks at them again.
    first_open: usize,
    /// Every approval request before this index is finished with.
    approvals_done: usize,
}

impl Player {
    /// A player with its own random stream.
    pub fn new(style: Style, seed: u64) -> Player {
        Player {
            style,
            rng: SimRng::new(seed, 1),
            plans: Vec::new(),
            flags: Vec::new(),
            first_open: 0,
            approvals_done: 0,
        }
    }

    fn flag(&self, item: ItemId, f: u8) -> bool {
        self.flags.get(item as usize).is_some_and(|x| x & f != 0)
    }

    fn set_flag(&mut self, item: ItemId, f: u8) {
        let i = item as usize;
        if self.flags.len() <= i {
            self.flags
                .resize((i + 1).max(2 * self.flags.len()).max(64), 0);
        }
        self.flags[i] |= f;
    }

    fn has_sent(&self, item: ItemId) -> bool {
        self.flag(item, SENT)
    }

    fn has_held(&self, item: ItemId) -> bool {
        self.flag(item, HELD)
    }

    fn plan(&mut self, sc: &Scenario, event: usize) -> Plan {
        if self.plans.len() != sc.events.len() {
            self.plans = vec![None; sc.events.len()];
        }
        *self.plans[event].get_or_insert_with(|| plan_for(sc, event))
    }

    fn forgets(&mut self, item: ItemId) -> bool {
        if !self.flag(item, CARELESS_DRAWN) {
            let pct = self.style.forgets_switch;
            let careless = pct > 0 && self.rng.chance(pct);
            self.set_flag(item, CARELESS_DRAWN | if careless { CARELESS } else { 0 });
        }
        self.flag(item, CARELESS)
    }

    /// Takes an action, remembering the items an answer or a holding reply
    /// goes to.
    fn act(&mut self, s: &Shift, action: Action, cost: Ms) -> Step {
        match &action {
            Action::Post(i, _) => self.set_flag(*i, SENT),
            Action::PostApproved(a) => {
                if let Some(a) = s.approvals().get(*a as usize) {
                    self.set_flag(a.item, SENT);
                }
            }
            Action::Holding(i) => self.set_flag(*i, HELD),
            _ => {}
        }
        Step::Act(action, cost)
    }

    /// Puts the right account in the composer first, unless careless.
    fn as_account(
        &mut self,
        s: &Shift,
        item: ItemId,
        account: usize,
        then: Action,
        cost: Ms,
    ) -> Step {
        if s.composer() != account && !self.forgets(item) {
            Step::Act(Action::SwitchAccount(account as u16), self.style.switch)
        } else {
            self.act(s, then, cost)
        }
    }

    fn approved_to_post(&mut self, s: &Shift) -> Option<Step> {
        let ready = |a: &Approval| {
            !a.used
                && matches!(
                    a.outcome,
                    Some(Outcome::Approved | Outcome::ApprovedWithEdits)
                )
                && !s.items()[a.item as usize].is_answered()
        };
        // Requests that can never be posted again are passed for good.
        let finished = |p: &Player, a: &Approval| {
            a.used
                || a.due.is_none()
                || a.outcome == Some(Outcome::Rejected)
                || s.items()[a.item as usize].is_answered()
                || p.has_sent(a.item)
        };
        while s
            .approvals()
            .get(self.approvals_done)
            .is_some_and(|a| finished(self, a))
        {
            self.approvals_done += 1;
        }
        let a = s.approvals()[self.approvals_done..]
            .iter()
            .find(|a| ready(a) && !self.has_sent(a.item))?;
        let account = s.items()[a.item as usize].account;
        Some(self.as_account(
            s,
            a.item,
            account,
            Action::PostApproved(a.id),
            self.style.write / 2,
        ))
    }

    /// The reply this player posts to an item: the best saved reply, else
    /// the ideal text; said rudely by a rude player, unless an approver
    /// already refused the rude draft for this item.
    fn reply(&self, s: &Shift, it: &Item) -> Reply {
        let sc = s.scenario();
        let plain = sc.best_reply(it.event).map_or_else(
            || {
                Reply::Free(
                    sc.events[it.event]
                        .ideal
                        .as_deref()
                        .unwrap_or_default()
                        .into(),
                )
            },
            |r| Reply::Saved(r as u16),
        );
        let refused = it
            .approval
            .is_some_and(|a| s.approvals()[a as usize].outcome == Some(Outcome::Rejected));
        if !self.style.rude || refused {
            return plain;
        }
        let text = crate::sim::posting::reply_text(sc, &plain).unwrap_or_default();
        let e = &sc.events[it.event];
        let limit = e
            .rubric
            .and_then(|r| sc.rubrics[r].matcher.max_len)
            .map_or(sc.accounts[it.account].network.limit(), |m| {
                m.min(sc.accounts[it.account].network.limit())
            });
        Reply::Free(super::rude::rude(sc, text, limit).into())
    }

    fn handle(&mut self, s: &Shift, it: &Item) -> Option<Step> {
        let sc = s.scenario();
        let (approval, holding_ok) = match self.plan(sc, it.event) {
            Plan::Personal => {
                if self.style.personal_in_tool > 0 && self.rng.chance(self.style.personal_in_tool) {
                    let reply = sc
                        .best_reply(it.event)
                        .map_or_else(|| Reply::Free(chat(sc).into()), |r| Reply::Saved(r as u16));
                    return Some(self.as_account(
                        s,
                        it.id,
                        it.account,
                        Action::Post(it.id, reply),
                        self.style.write,
                    ));
                }
                return Some(Step::Act(Action::Dismiss(it.id), 2_000));
            }
            Plan::SetAside => return Some(Step::Act(Action::Dismiss(it.id), 2_000)),
            Plan::Answer {
                approval,
                holding_ok,
            } => (approval, holding_ok),
        };
        if self.style.reads && !it.opened {
            return Some(Step::Act(Action::Open(it.id), self.style.read));
        }
        if self.style.asks_approval && approval {
            let asked = it
                .approval
                .is_some_and(|a| s.approvals()[a as usize].outcome != Some(Outcome::Rejected));
            if !asked {
                let approver = reachable_approver(s, it).map(|a| a as u16);
                return Some(Step::Act(
                    Action::RequestApproval(it.id, self.reply(s, it), approver),
                    self.style.write,
                ));
            }
            if self.style.holds && holding_ok && it.holding.is_none() && !self.has_held(it.id) {
                return Some(self.as_account(
                    s,
                    it.id,
                    it.account,
                    Action::Holding(it.id),
                    self.style.write / 2,
                ));
            }
            return None; // waiting for the approver
        }
        Some(self.as_account(
            s,
            it.id,
            it.account,
            Action::Post(it.id, self.reply(s, it)),
            self.style.write,
        ))
    }
}

/// What to do with an event's items (see [`Plan`]).
fn plan_for(sc: &Scenario, event: usize) -> Plan {
    let e = &sc.events[event];
    if e.kind == EventKind::Personal || sc.accounts[e.account].owner == Owner::Personal {
        return Plan::Personal;
    }
    let best = sc.best_reply(event);
    let clean = best
        .and_then(|r| sc.saved_judgement(event, r, e.account))
        .is_some_and(|j| j.is_clean(e.needs_empathy));
    let answer = match e.expect {
        Expect::Answer => true,
        Expect::Optional => clean,
        Expect::Ignore => false,
    };
    if !answer || (best.is_none() && e.ideal.is_none()) {
        return Plan::SetAside;
    }
    Plan::Answer {
        approval: sc.needs_approval(event),
        holding_ok: sc.holding_ok(event),
    }
}

/// The first approver for the item's topic who will answer now, following
/// backups; else the default one.
fn reachable_approver(s: &Shift, it: &Item) -> Option<usize> {
    let sc = s.scenario();
    let topic = sc.events[it.event].topic?;
    for first in sc.approvers_for(topic) {
        let mut cur = Some(first);
        let mut hops = 0;
        while let Some(a) = cur {
            if sc.approvers[a].answers_at(s.now()) {
                return Some(a);
            }
            cur = sc.approvers[a].backup;
            hops += 1;
            if hops > sc.approvers.len() {
                break;
            }
        }
    }
    s.default_approver(it.id)
}

/// What a careless player types back to a friend.
fn chat(sc: &Scenario) -> String {
    match sc.language {
        crate::scenario::Language::En => "Haha, so true 😂".into(),
        crate::scenario::Language::Fr => "Haha, trop vrai 😂".into(),
    }
}

impl super::Bot for Player {
    fn step(&mut self, s: &Shift) -> Step {
        if let Some(step) = self.approved_to_post(s) {
            return step;
        }
        let now = s.now();
        let mut wake: Option<Ms> = None;
        let done = |p: &Player, it: &Item| it.dismissed || it.is_answered() || p.has_sent(it.id);
        while s
            .items()
            .get(self.first_open)
            .is_some_and(|it| done(self, it))
        {
            self.first_open += 1;
        }
        for it in &s.items()[self.first_open..] {
            if done(self, it) {
                continue;
            }
            // Waiting for an approver, with the holding reply already sent:
            // nothing to do on this item for now (checked first: cheap).
            if let Some(a) = it.approval
                && s.approvals()[a as usize].outcome.is_none()
                && (it.holding.is_some() || self.has_held(it.id))
            {
                continue;
            }
            if it.escalated_from.is_some() {
                // The original item is what needs the answer.
                return Step::Act(Action::Dismiss(it.id), 1_000);
            }
            if it.arrived + self.style.pickup > now {
                let t = it.arrived + self.style.pickup;
                wake = Some(wake.map_or(t, |w: Ms| w.min(t)));
                continue;
            }
            if let Some(step) = self.handle(s, it) {
                return step;
            }
        }
        wake.map_or(Step::Idle, Step::WaitUntil)
    }
}
