//! Approval: drafts go to an approver, who answers after a latency drawn by
//! the seed (approved, approved with edits, rejected), or never, when
//! unreachable.

use super::action::{ApprovalId, ItemId, Reply};
use super::log::{LogEvent, Outcome, PostKind, Refusal};
use super::posting::reply_text;
use super::shift::{Shift, Timer};
use super::state::{Approval, ApprovalReason};
use crate::rubric::ToneClass;
use crate::rubric::text::clause_at;

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
            reasons: Vec::new(),
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

    /// The approver reads the draft as a trainer would (the reply judge):
    /// a wrong fact, a promise the facts card does not back, off-voice
    /// words or a text too long are refused; a correct draft is approved;
    /// one that is incomplete (facts missing, no word for the customer,
    /// no sign-off) is rewritten: the approved text is then the scenario's
    /// ideal answer (its best clean saved reply), never a silent fix.
    pub(super) fn approver_answers(&mut self, aid: ApprovalId) {
        let a = &self.approvals[aid as usize];
        let item = a.item;
        let account = self.items[item as usize].account;
        let event = self.items[item as usize].event;
        let empathy = self.sc.events[event].needs_empathy;
        let draft_text = reply_text(&self.sc, &a.draft).unwrap_or("").to_owned();
        let verdict = self.judge_reply(item, &a.draft, account);
        let j = verdict.get(&self.sc);
        let mut refuse: Vec<ApprovalReason> = Vec::new();
        for (f, h) in &j.wrong_facts {
            refuse.push(ApprovalReason::WrongFact(
                *f,
                clause_at(&draft_text, h.start, h.end).into(),
            ));
        }
        for h in &j.promises {
            refuse.push(ApprovalReason::Promise(
                clause_at(&draft_text, h.start, h.end).into(),
            ));
        }
        for h in &j.off_voice {
            refuse.push(ApprovalReason::OffVoice(h.phrase.to_string()));
        }
        for (t, _) in j
            .tone
            .iter()
            .filter(|(t, _)| t.class != ToneClass::Register)
        {
            let words = draft_text.get(t.hit.start..t.hit.end).unwrap_or("");
            refuse.push(ApprovalReason::Tone(t.class, words.into()));
        }
        if j.too_long {
            refuse.push(ApprovalReason::TooLong);
        }
        let mut edit: Vec<ApprovalReason> = Vec::new();
        if !j.facts_missing.is_empty() {
            edit.push(ApprovalReason::Incomplete);
        }
        if empathy && j.lacks_empathy() {
            edit.push(ApprovalReason::NoAcknowledgement);
        }
        if j.tone.iter().any(|(t, _)| t.class == ToneClass::Register)
            || j.sign_off_missing
            || !j.shouting.is_empty()
            || j.too_many_exclamations
        {
            edit.push(ApprovalReason::Voice);
        }
        let (outcome, text, reasons) = if !refuse.is_empty() {
            (Outcome::Rejected, None, refuse)
        } else if edit.is_empty() {
            (Outcome::Approved, Some(a.draft.clone()), Vec::new())
        } else {
            let ideal = self
                .sc
                .best_reply(event)
                .map(|r| Reply::Saved(r as u16))
                .filter(|r| {
                    self.judge_reply(item, r, account)
                        .get(&self.sc)
                        .is_clean(empathy)
                });
            match ideal {
                Some(fixed) => (Outcome::ApprovedWithEdits, Some(fixed), edit),
                None => (Outcome::Rejected, None, edit),
            }
        };
        let a = &mut self.approvals[aid as usize];
        a.outcome = Some(outcome);
        a.approved_text = text;
        a.reasons = reasons;
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
