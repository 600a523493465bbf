//! One player, many styles: `ideal`, `hasty`, `slow` and `careless` differ
//! only in how fast they work and which habits they have.

use super::Step;
use crate::scenario::model::Scenario;
use crate::scenario::{EventKind, Expect, Ms, Owner};
use crate::sim::action::{Action, ItemId, Reply};
use crate::sim::log::Outcome;
use crate::sim::rng::SimRng;
use crate::sim::shift::Shift;
use crate::sim::state::{Approval, Item};

/// Working habits of a player.
#[derive(Clone, Debug)]
pub struct Style {
    /// Time to read an item.
    pub read: Ms,
    /// Time to switch accounts.
    pub switch: Ms,
    /// Time to pick (and post) a reply.
    pub write: Ms,
    /// Time before starting on a new item.
    pub pickup: Ms,
    /// Reads items before answering.
    pub reads: bool,
    /// Asks approval where the policy says so.
    pub asks_approval: bool,
    /// Sends a holding reply while waiting for approval.
    pub holds: bool,
    /// Percent of items for which the composer account is not checked.
    pub forgets_switch: u64,
    /// Percent of personal notifications answered from the work tool.
    pub personal_in_tool: u64,
}

impl Style {
    /// Best saved replies, approval exactly when needed, never the wrong account.
    pub fn ideal() -> Style {
        Style {
            read: 8_000,
            switch: 1_000,
            write: 10_000,
            pickup: 0,
            reads: true,
            asks_approval: true,
            holds: true,
            forgets_switch: 0,
            personal_in_tool: 0,
        }
    }

    /// Answers fast, never asks approval.
    pub fn hasty() -> Style {
        Style {
            read: 0,
            write: 4_000,
            reads: false,
            asks_approval: false,
            holds: false,
            ..Style::ideal()
        }
    }

    /// Does everything right, too slowly.
    pub fn slow() -> Style {
        Style {
            read: 60_000,
            switch: 5_000,
            write: 120_000,
            pickup: 180_000,
            ..Style::ideal()
        }
    }

    /// Right answers, but sometimes forgets to check the account.
    pub fn careless() -> Style {
        Style {
            forgets_switch: 40,
            personal_in_tool: 100,
            ..Style::ideal()
        }
    }
}

/// A bot playing with a [`Style`].
pub struct Player {
    style: Style,
    rng: SimRng,
    /// Per item: whether this player skips the account check (drawn once).
    careless_about: Vec<Option<bool>>,
    /// Items this player has posted an answer to (right account or not):
    /// a person moves on after sending, even to the wrong place.
    sent: Vec<bool>,
    /// Items this player has sent a holding reply to (wherever it went).
    held: Vec<bool>,
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
            careless_about: Vec::new(),
            sent: Vec::new(),
            held: Vec::new(),
            first_open: 0,
            approvals_done: 0,
        }
    }

    fn has_sent(&self, item: ItemId) -> bool {
        self.sent.get(item as usize).copied().unwrap_or(false)
    }

    fn has_held(&self, item: ItemId) -> bool {
        self.held.get(item as usize).copied().unwrap_or(false)
    }

    /// Remembers the items an answer or a holding reply goes to.
    fn remember(&mut self, s: &Shift, step: &Step) {
        let (item, list) = match step {
            Step::Act(Action::Post(i, _), _) => (Some(*i), &mut self.sent),
            Step::Act(Action::PostApproved(a), _) => (
                s.approvals().get(*a as usize).map(|a| a.item),
                &mut self.sent,
            ),
            Step::Act(Action::Holding(i), _) => (Some(*i), &mut self.held),
            _ => (None, &mut self.sent),
        };
        if let Some(i) = item {
            let i = i as usize;
            if list.len() <= i {
                list.resize((i + 1).max(2 * list.len()).max(64), false);
            }
            list[i] = true;
        }
    }

    fn forgets(&mut self, item: ItemId) -> bool {
        let i = item as usize;
        if self.careless_about.len() <= i {
            let n = (i + 1).max(2 * self.careless_about.len()).max(64);
            self.careless_about.resize(n, None);
        }
        let pct = self.style.forgets_switch;
        *self.careless_about[i].get_or_insert_with(|| pct > 0 && self.rng.chance(pct))
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
            Step::Act(then, cost)
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

    fn handle(&mut self, s: &Shift, it: &Item) -> Option<Step> {
        let sc = s.scenario();
        let e = &sc.events[it.event];
        let best = sc.best_reply(it.event);
        let clean = best
            .and_then(|r| sc.saved_judgement(it.event, r, it.account))
            .is_some_and(|j| j.is_clean());
        let personal = sc.accounts[it.account].owner == Owner::Personal;
        if e.kind == EventKind::Personal || personal {
            if self.style.personal_in_tool > 0 && self.rng.chance(self.style.personal_in_tool) {
                let reply = best.map_or(Reply::Free(chat(sc)), |r| Reply::Saved(r as u16));
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
        let answer = match e.expect {
            Expect::Answer => true,
            Expect::Optional => clean,
            Expect::Ignore => false,
        };
        if !answer || (best.is_none() && e.ideal.is_none()) {
            return Some(Step::Act(Action::Dismiss(it.id), 2_000));
        }
        if self.style.reads && !it.opened {
            return Some(Step::Act(Action::Open(it.id), self.style.read));
        }
        let reply = best.map_or_else(
            || Reply::Free(e.ideal.clone().unwrap_or_default()),
            |r| Reply::Saved(r as u16),
        );
        if self.style.asks_approval && sc.needs_approval(it.event) {
            let asked = it
                .approval
                .is_some_and(|a| s.approvals()[a as usize].outcome != Some(Outcome::Rejected));
            if !asked {
                let approver = reachable_approver(s, it).map(|a| a as u16);
                return Some(Step::Act(
                    Action::RequestApproval(it.id, reply, approver),
                    self.style.write,
                ));
            }
            let holding_ok = e.rubric.is_none_or(|r| sc.rubrics[r].matcher.holding_ok);
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
            Action::Post(it.id, reply),
            self.style.write,
        ))
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
        let step = self.next_step(s);
        self.remember(s, &step);
        step
    }
}

impl Player {
    fn next_step(&mut self, s: &Shift) -> Step {
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
