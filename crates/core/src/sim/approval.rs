//! Approval: drafts go to an approver, who answers after a latency drawn by
//! the seed (approved, approved with edits, rejected), or never, when
//! unreachable.

use super::action::{ApprovalId, ItemId, Reply};
use super::log::{LogEvent, Outcome, PostKind, Refusal};
use super::shift::{Shift, Timer};
use super::state::Approval;

impl Shift {
    /// The approver a request goes to by default: the first one covering
    /// the item's topic, or the first approver of all.
    pub fn default_approver(&self, item: ItemId) -> Option<usize> {
        let e = &self.sc.events[self.items.get(item as usize)?.event];
        e.topic
            .and_then(|t| self.sc.approvers_for(t).next())
            .or((!self.sc.approvers.is_empty()).then_some(0))
    }

    pub(super) fn request_approval(
        &mut self,
        id: ItemId,
        draft: &Reply,
        approver: Option<u16>,
    ) -> Result<(), Refusal> {
        let account = self.item(id)?.account;
        let (_, _, blank) = self.measure(Some(draft), self.sc.accounts[account].network)?;
        if blank {
            return Err(Refusal::Empty);
        }
        let ap = match approver {
            Some(a) if (a as usize) < self.sc.approvers.len() => a as usize,
            Some(_) => return Err(Refusal::NoSuchApprover),
            None => self.default_approver(id).ok_or(Refusal::NoSuchApprover)?,
        };
        let root = self.root_of(id);
        let info = &self.sc.approvers[ap];
        let reachable = info.answers_at(self.now);
        let due = reachable.then(|| self.now + self.rng.range(info.latency.0, info.latency.1));
        let aid = self.approvals.len() as ApprovalId;
        self.approvals.push(Approval {
            id: aid,
            item: root,
            draft: draft.clone(),
            approver: ap,
            requested: self.now,
            due,
            outcome: None,
            approved_text: None,
            used: false,
        });
        self.items[root as usize].approval = Some(aid);
        self.note(LogEvent::ApprovalRequested {
            approval: aid,
            item: root,
            approver: ap as u16,
            reachable,
        });
        if let Some(t) = due {
            self.schedule(t, Timer::Answer(aid));
        }
        Ok(())
    }

    pub(super) fn approver_answers(&mut self, aid: ApprovalId) {
        let a = &self.approvals[aid as usize];
        let item = a.item;
        let account = self.items[item as usize].account;
        let verdict = self.judge_reply(item, &a.draft, account);
        let j = verdict.get(&self.sc);
        let (outcome, text) = if !j.wrong_facts.is_empty() || !j.off_voice.is_empty() || j.too_long
        {
            (Outcome::Rejected, None)
        } else if j.is_clean() {
            (Outcome::Approved, Some(a.draft.clone()))
        } else {
            // The approver fixes the draft with the scenario's best saved
            // reply when it is right; with nothing right to offer, the draft
            // goes back rejected.
            let event = self.items[item as usize].event;
            match self
                .sc
                .best_reply(event)
                .map(|r| Reply::Saved(r as u16))
                .filter(|r| self.judge_reply(item, r, account).get(&self.sc).is_clean())
            {
                Some(fixed) => (Outcome::ApprovedWithEdits, Some(fixed)),
                None => (Outcome::Rejected, None),
            }
        };
        let a = &mut self.approvals[aid as usize];
        a.outcome = Some(outcome);
        a.approved_text = text;
        self.note(LogEvent::ApprovalAnswered {
            approval: aid,
            outcome,
        });
    }

    pub(super) fn post_approved(&mut self, aid: ApprovalId) -> Result<(), Refusal> {
        let a = self
            .approvals
            .get(aid as usize)
            .filter(|a| !a.used)
            .ok_or(Refusal::NotApproved)?;
        let (item, text) = (a.item, a.approved_text.clone().ok_or(Refusal::NotApproved)?);
        self.post(item, text, PostKind::Approved)?;
        self.approvals[aid as usize].used = true;
        Ok(())
    }
}
