//! Posting: replies, holding replies, approved drafts and phone replies;
//! deleting; wrong-account posts that spread.

use super::action::{ItemId, PostId, Reply};
use super::audience::{reaction, sentiment_delta};
use super::log::{LogEvent, PostKind, Reaction, Refusal};
use super::shift::{Shift, Timer};
use super::state::{Post, Verdict};
use crate::rubric::judge;
use crate::scenario::model::network_index;
use crate::scenario::{EventKind, Expect, Owner, Scenario};
use crate::tuning::{
    FED_TROLL_METERS, FIRST_SCREENSHOT, SCREENSHOTS_PER_SPREAD, SPREAD_EVERY, SPREAD_METERS,
    WRONG_ACCOUNT_OTHER_METERS, WRONG_ACCOUNT_PUBLIC_METERS,
};

/// The text of a reply: a saved reply's, or the typed one.
pub fn reply_text<'a>(sc: &'a Scenario, reply: &'a Reply) -> Result<&'a str, Refusal> {
    match reply {
        Reply::Saved(i) => sc
            .replies
            .get(*i as usize)
            .map(|r| r.text.as_str())
            .ok_or(Refusal::NoSuchReply),
        Reply::Edited(i, t) if (*i as usize) < sc.replies.len() => Ok(t),
        Reply::Edited(..) => Err(Refusal::NoSuchReply),
        Reply::Free(t) => Ok(t),
    }
}

impl Shift {
    /// Judges a reply to an item as posted on `account` (saved replies were
    /// judged in advance: named, not judged again).
    pub fn judge_reply(&self, item: ItemId, reply: &Reply, account: usize) -> Verdict {
        let it = &self.items[item as usize];
        let e = &self.sc.events[it.event];
        let net = self.sc.accounts[account].network;
        match (reply, e.rubric) {
            (Reply::Saved(r), Some(rub)) if (*r as usize) < self.sc.replies.len() => {
                Verdict::Saved {
                    rubric: rub as u32,
                    reply: *r,
                    net: network_index(net) as u8,
                }
            }
            _ => Verdict::Owned(Box::new(judge(
                reply_text(&self.sc, reply).unwrap_or(""),
                &self.sc.voice,
                self.sc.rubric_of(it.event),
                net.limit(),
            ))),
        }
    }

    pub(super) fn post(&mut self, id: ItemId, reply: Reply, kind: PostKind) -> Result<(), Refusal> {
        let account = self.composer;
        self.publish(id, Some(reply), kind, account)
    }

    pub(super) fn holding(&mut self, id: ItemId) -> Result<(), Refusal> {
        let account = self.composer;
        self.publish(id, None, PostKind::Holding, account)
    }

    pub(super) fn reply_personal(&mut self, id: ItemId, reply: Reply) -> Result<(), Refusal> {
        let account = self.item(id)?.account;
        if self.sc.accounts[account].owner != Owner::Personal {
            return Err(Refusal::NotPersonal);
        }
        self.publish(id, Some(reply), PostKind::Phone, account)
    }

    /// A reply's text, its length in characters and whether it is blank
    /// (`None`: the holding reply). Saved replies and the holding reply were
    /// measured once, when the scenario loaded.
    pub(super) fn measure<'a>(
        &'a self,
        reply: Option<&'a Reply>,
        net: crate::scenario::Network,
    ) -> Result<(&'a str, usize, bool), Refusal> {
        let sc: &Scenario = &self.sc;
        Ok(match reply {
            None => (
                sc.holding.as_str(),
                sc.holding_judged[network_index(net)].length,
                sc.holding.trim().is_empty(),
            ),
            Some(Reply::Saved(r)) => {
                let info = sc.replies.get(*r as usize).ok_or(Refusal::NoSuchReply)?;
                (info.text.as_str(), info.length, info.blank)
            }
            Some(other) => {
                let t = reply_text(sc, other)?;
                (t, t.chars().count(), t.trim().is_empty())
            }
        })
    }

    /// Puts a post out on `account` and lets the audience react; `None`
    /// is the brand's holding reply.
    fn publish(
        &mut self,
        id: ItemId,
        reply: Option<Reply>,
        kind: PostKind,
        account: usize,
    ) -> Result<(), Refusal> {
        self.item(id)?;
        let net = self.sc.accounts[account].network;
        let (text, length, blank) = self.measure(reply.as_ref(), net)?;
        if blank {
            return Err(Refusal::Empty);
        }
        if length > net.limit() {
            return Err(Refusal::TooLong {
                length,
                limit: net.limit(),
            });
        }
        let root = self.root_of(id);
        let it = &self.items[root as usize];
        let e = &self.sc.events[it.event];
        let wrong_account = account != it.account;
        let judgement = match &reply {
            None => Verdict::Holding(network_index(net) as u8),
            Some(_) if kind == PostKind::Phone => {
                Verdict::Owned(Box::new(judge(text, &self.sc.voice, None, net.limit())))
            }
            Some(r) => self.judge_reply(root, r, account),
        };
        let holding_ok = self.sc.holding_ok(it.event);
        let late = it.patience_out;
        // A reply that states none of the facts the fan asked for (and no
        // wrong fact, no promise) is at best a holding reply.
        let hollow = kind == PostKind::Reply && {
            let j = judgement.get(&self.sc);
            j.is_hollow() && j.wrong_facts.is_empty() && j.promises.is_empty()
        };
        let reaction = if wrong_account {
            Reaction::Angry
        } else {
            reaction(
                judgement.get(&self.sc),
                if hollow { PostKind::Holding } else { kind },
                late,
                holding_ok,
                e.needs_empathy,
            )
        };
        // Posting the approved text by hand counts as posting it approved.
        let approved = kind == PostKind::Approved
            || (it.approval.is_some()
                && reply.as_ref().is_some_and(|r| {
                    self.approvals
                        .iter()
                        .any(|a| a.item == root && a.approved_text.as_ref() == Some(r))
                }));
        let pid = self.posts.len() as PostId;
        let public = net.is_public();
        let influencer = it
            .author
            .is_some_and(|a| self.sc.personas[a].is_influencer());
        let (expect, event_kind, patience) = (e.expect, e.kind, e.patience);
        self.posts.push(Post {
            id: pid,
            item: root,
            account,
            at: self.now,
            reply,
            kind,
            wrong_account,
            approved,
            hollow,
            judgement,
            reaction,
            deleted: None,
            screenshots: 0,
        });
        self.note(LogEvent::Posted {
            post: pid,
            item: root,
            account: account as u16,
            kind,
            wrong_account,
            reaction,
        });
        if wrong_account {
            // A post in the wrong place: public damage, until deleted, and
            // screenshots that deletion cannot undo.
            let seen_by_brand_audience =
                public && self.sc.accounts[account].owner != Owner::Personal;
            let (ds, db) = if seen_by_brand_audience {
                WRONG_ACCOUNT_PUBLIC_METERS
            } else {
                WRONG_ACCOUNT_OTHER_METERS
            };
            self.bump(ds, db);
            if public {
                self.schedule(self.now + FIRST_SCREENSHOT, Timer::Spread(pid));
            }
            return Ok(());
        }
        let now = self.now;
        let item = &mut self.items[root as usize];
        item.first_response.get_or_insert(now);
        if kind == PostKind::Holding || hollow {
            item.holding.get_or_insert(pid);
            // The fan waits again, for the real answer (an unacceptable
            // holding reply buys no time).
            if holding_ok
                && !item.is_answered()
                && let Some(p) = patience
            {
                self.schedule_patience(root, now, p);
            }
        } else if item.answer.is_none() {
            item.answer = Some(pid);
            item.deadline = None;
        }
        if public && kind != PostKind::Phone {
            let mut ds = sentiment_delta(reaction, influencer);
            let mut db = 0;
            if event_kind == EventKind::Troll && expect == Expect::Ignore {
                ds += FED_TROLL_METERS.0;
                db += FED_TROLL_METERS.1;
            }
            self.bump(ds, db);
        }
        Ok(())
    }

    pub(super) fn delete(&mut self, pid: PostId) -> Result<(), Refusal> {
        match self.posts.get_mut(pid as usize) {
            Some(p) if p.deleted.is_none() => {
                p.deleted = Some(self.now);
                self.note(LogEvent::Deleted { post: pid });
                Ok(())
            }
            _ => Err(Refusal::NoSuchPost),
        }
    }

    pub(super) fn spread(&mut self, pid: PostId) {
        if self.posts[pid as usize].deleted.is_some() {
            return;
        }
        let more = 1 + self.rng.range(0, SCREENSHOTS_PER_SPREAD - 1) as u32;
        let p = &mut self.posts[pid as usize];
        p.screenshots += more;
        let screenshots = p.screenshots;
        self.note(LogEvent::Spread {
            post: pid,
            screenshots,
        });
        self.bump(SPREAD_METERS.0, SPREAD_METERS.1);
        self.schedule(self.now + SPREAD_EVERY, Timer::Spread(pid));
    }
}
