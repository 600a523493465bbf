//! Patience and escalation: an unanswered fan gives up, then the story
//! grows (angry repost, influencer, journalist), each step a new item in the
//! feed and more bad buzz, until someone answers.

use super::action::ItemId;
use super::log::LogEvent;
use super::shift::{Shift, Timer};
use super::state::Item;
use crate::tuning::{ESCALATION_SENTIMENT, ESCALATION_SENTIMENT_INFLUENCER, PATIENCE_OUT_METERS};

impl Shift {
    pub(super) fn patience_out(&mut self, id: ItemId) {
        let it = &self.items[id as usize];
        if it.is_answered() || it.deadline != Some(self.now) {
            return;
        }
        let first = !it.patience_out;
        let e = &self.sc.events[it.event];
        let step_delay = e.escalation.get(it.next_step).map(|s| s.after);
        self.items[id as usize].patience_out = true;
        self.items[id as usize].deadline = None;
        self.note(LogEvent::PatienceOut { item: id });
        self.bump(PATIENCE_OUT_METERS.0, PATIENCE_OUT_METERS.1);
        if let (true, Some(d)) = (first, step_delay) {
            self.schedule(self.now + d, Timer::Escalate(id));
        }
    }

    pub(super) fn escalate(&mut self, root: ItemId) {
        let it = &self.items[root as usize];
        if it.is_answered() {
            return;
        }
        let (event, step_ix) = (it.event, it.next_step);
        let e = &self.sc.events[event];
        let Some(step) = e.escalation.get(step_ix) else {
            return;
        };
        let author = step.author.or(it.author);
        let influencer = author.is_some_and(|a| self.sc.personas[a].is_influencer());
        let id = self.items.len() as ItemId;
        self.items.push(Item {
            escalated_from: Some((root, step.kind)),
            ..Item::new(id, event, self.now, author, step_ix, it.account)
        });
        let buzz = step.buzz as i32;
        let next = e.escalation.get(step_ix + 1).map(|s| s.after);
        self.items[root as usize].next_step += 1;
        self.note(LogEvent::Escalated {
            from: root,
            item: id,
            kind: step.kind,
        });
        let ds = if influencer {
            ESCALATION_SENTIMENT_INFLUENCER
        } else {
            ESCALATION_SENTIMENT
        };
        self.bump(ds, buzz);
        if let Some(d) = next {
            self.schedule(self.now + d, Timer::Escalate(root));
        }
    }
}
