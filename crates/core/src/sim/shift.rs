//! The shift: a deterministic, event-driven simulation in integer
//! milliseconds. `advance` moves time (arrivals, patience, escalations,
//! approvals, spreading), `apply` takes the trainee's actions.

use super::action::{Action, ItemId};
use super::log::{LogEntry, LogEvent, Refusal};
use super::rng::SimRng;
use super::state::{Approval, Item, Post};
pub(super) use super::timers::Timer;
use super::timers::Timers;
use crate::rubric::Judgement;
use crate::scenario::{Ms, Scenario};
use std::sync::Arc;

/// A planned arrival (indices as `u32`: the plan is read once per item and
/// stays small).
#[derive(Clone, Copy, Debug)]
pub(super) struct Arrival {
    pub at: Ms,
    pub event: u32,
    pub author: Option<u32>,
    pub variant: u32,
}

/// One run of a scenario. The shift holds its scenario (shared, never
/// copied), as a virtual machine owns its program.
#[derive(Clone, Debug)]
pub struct Shift {
    pub(super) sc: Arc<Scenario>,
    pub(super) seed: u64,
    pub(super) rng: SimRng,
    pub(super) now: Ms,
    pub(super) over: bool,
    pub(super) arrivals: Vec<Arrival>,
    pub(super) next_arrival: usize,
    pub(super) timers: Timers,
    pub(super) items: Vec<Item>,
    pub(super) posts: Vec<Post>,
    pub(super) approvals: Vec<Approval>,
    pub(super) composer: usize,
    pub(super) selected: Option<ItemId>,
    pub(super) sentiment: i32,
    pub(super) buzz: u32,
    pub(super) log: Vec<LogEntry>,
    pub(super) refusals: Vec<(Action, Refusal)>,
}

impl Shift {
    /// A new shift of `scenario`, its chances drawn from `seed`.
    pub fn new(scenario: &Arc<Scenario>, seed: u64) -> Shift {
        let mut rng = SimRng::new(seed, 0);
        let n = scenario.events.len();
        let mut at = vec![0u64; n];
        let mut arrivals = Vec::with_capacity(n);
        for &i in &scenario.arrival_order {
            let e = &scenario.events[i];
            let base = e.after.map_or(0, |a| at[a]) + e.at;
            let t = if e.jitter > 0 {
                (base + rng.range(0, 2 * e.jitter)).saturating_sub(e.jitter)
            } else {
                base
            };
            at[i] = t;
            let author = (!e.authors.is_empty()).then(|| e.authors[rng.index(e.authors.len())]);
            let variant = rng.index(e.texts.len());
            arrivals.push(Arrival {
                at: t,
                event: i as u32,
                author: author.map(|a| a as u32),
                variant: variant as u32,
            });
        }
        // Nearly in order already (jitter moves few): a stable sort finds the
        // runs.
        arrivals.sort_by_key(|a| (a.at, a.event));
        arrivals.retain(|a| a.at < scenario.duration);
        Shift {
            sc: Arc::clone(scenario),
            seed,
            rng,
            now: 0,
            over: false,
            arrivals,
            next_arrival: 0,
            timers: Timers::with_capacity(n),
            items: Vec::with_capacity(n + n / 2),
            posts: Vec::with_capacity(n),
            approvals: Vec::with_capacity(n / 4),
            composer: scenario.composer_start,
            selected: None,
            sentiment: 0,
            buzz: 0,
            log: Vec::with_capacity(4 * n + 8),
            refusals: Vec::new(),
        }
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Scenario {
        &self.sc
    }

    /// The scenario being played, shared.
    pub fn scenario_arc(&self) -> &Arc<Scenario> {
        &self.sc
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Current simulation time.
    pub fn now(&self) -> Ms {
        self.now
    }

    /// Whether the shift has ended.
    pub fn is_over(&self) -> bool {
        self.over
    }

    /// Items in the feed, in arrival order.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Posts, in order.
    pub fn posts(&self) -> &[Post] {
        &self.posts
    }

    /// The verdict on a post's text.
    pub fn judgement<'a>(&'a self, p: &'a Post) -> &'a Judgement {
        p.judgement.get(&self.sc)
    }

    /// Approval requests, in order.
    pub fn approvals(&self) -> &[Approval] {
        &self.approvals
    }

    /// The newest approved text for an item (or the item it escalated
    /// from) that has not been posted yet: what "post approved" posts.
    pub fn ready_approval(&self, item: ItemId) -> Option<&Approval> {
        let root = self.root_of(item);
        self.approvals
            .iter()
            .rev()
            .find(|a| a.item == root && a.approved_text.is_some() && !a.used)
    }

    /// The event log so far.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// Account in the composer.
    pub fn composer(&self) -> usize {
        self.composer
    }

    /// Selected item.
    pub fn selected(&self) -> Option<ItemId> {
        self.selected
    }

    /// Sentiment meter, −100 to 100.
    pub fn sentiment(&self) -> i32 {
        self.sentiment
    }

    /// Bad-buzz meter, 0 to 100.
    pub fn buzz(&self) -> u32 {
        self.buzz
    }

    /// The text of an item as the trainee sees it.
    pub fn item_text(&self, id: ItemId) -> &str {
        let it = &self.items[id as usize];
        let e = &self.sc.events[it.event];
        match it.escalated_from {
            Some(_) => &e.escalation[it.variant].text,
            None => &e.texts[it.variant],
        }
    }

    /// Items waiting for an answer (arrived, expected, not answered, not dismissed).
    pub fn waiting(&self) -> usize {
        self.items
            .iter()
            .filter(|i| {
                i.escalated_from.is_none()
                    && !i.dismissed
                    && !i.is_answered()
                    && self.sc.events[i.event].expect == crate::scenario::Expect::Answer
            })
            .count()
    }

    /// When the next thing happens on its own (arrival, timer, end).
    pub fn next_happening(&self) -> Ms {
        let a = self
            .arrivals
            .get(self.next_arrival)
            .map_or(Ms::MAX, |a| a.at);
        let t = self.timers.next_at().unwrap_or(Ms::MAX);
        a.min(t).min(self.sc.duration)
    }

    /// Moves time forward by `dt` milliseconds.
    pub fn advance(&mut self, dt: Ms) {
        self.advance_to(self.now.saturating_add(dt));
    }

    /// Moves time forward to `t` (never backwards), running everything due.
    #[inline]
    pub fn advance_to(&mut self, t: Ms) {
        if self.over {
            return;
        }
        // Nothing due by then (the common case: a short wait).
        if self.next_happening() > t {
            self.now = self.now.max(t);
            return;
        }
        self.run_until(t);
    }

    /// Runs everything due up to `t`, then ends the shift if `t` is its end.
    fn run_until(&mut self, t: Ms) {
        loop {
            let next = self.next_happening();
            if next > t || next >= self.sc.duration {
                break;
            }
            self.now = next;
            self.run_due();
        }
        if t >= self.sc.duration {
            self.now = self.sc.duration;
            self.over = true;
            self.note(LogEvent::Ended);
        } else {
            self.now = self.now.max(t);
        }
    }

    /// Runs arrivals first, then timers, due at `now`.
    fn run_due(&mut self) {
        while let Some(a) = self.arrivals.get(self.next_arrival).copied() {
            if a.at > self.now {
                break;
            }
            self.next_arrival += 1;
            self.arrive(a);
        }
        while let Some(timer) = self.timers.pop_due(self.now) {
            self.fire(timer);
        }
    }

    pub(super) fn schedule(&mut self, at: Ms, timer: Timer) {
        self.timers.push(at, timer);
    }

    /// Patience of `item`, starting at `from` (normally now), runs out
    /// `patience` later.
    pub(super) fn schedule_patience(&mut self, item: ItemId, from: Ms, patience: Ms) {
        let at = from + patience;
        self.items[item as usize].deadline = Some(at);
        self.timers.push_patience(at, patience, item);
    }

    pub(super) fn note(&mut self, event: LogEvent) {
        self.log.push(LogEntry {
            at: self.now,
            event,
        });
    }

    /// Moves the meters and logs the change.
    pub(super) fn bump(&mut self, sentiment: i32, buzz: i32) {
        let s = (self.sentiment + sentiment).clamp(-100, 100);
        let b = (self.buzz as i32 + buzz).clamp(0, 100) as u32;
        if (s, b) != (self.sentiment, self.buzz) {
            self.sentiment = s;
            self.buzz = b;
            self.note(LogEvent::Meters {
                sentiment: s,
                buzz: b,
            });
        }
    }

    fn arrive(&mut self, a: Arrival) {
        let event = a.event as usize;
        let e = &self.sc.events[event];
        let id = self.items.len() as ItemId;
        let patience = e.patience;
        self.items.push(Item::new(
            id,
            event,
            a.at,
            a.author.map(|p| p as usize),
            a.variant as usize,
            e.account,
        ));
        self.note(LogEvent::Arrived {
            item: id,
            event: a.event,
        });
        if let Some(p) = patience {
            self.schedule_patience(id, a.at, p);
        }
    }

    fn fire(&mut self, timer: Timer) {
        match timer {
            Timer::Patience(id) => self.patience_out(id),
            Timer::Escalate(id) => self.escalate(id),
            Timer::Answer(a) => self.approver_answers(a),
            Timer::Spread(p) => self.spread(p),
        }
    }

    /// The original item an item stands for (itself, or what it escalated from).
    pub fn root_of(&self, id: ItemId) -> ItemId {
        self.items[id as usize]
            .escalated_from
            .map_or(id, |(r, _)| r)
    }

    /// Applies an action at the current time. A refused action changes
    /// nothing but is logged with its reason.
    pub fn apply(&mut self, action: &Action) -> Result<(), Refusal> {
        let r = if self.over {
            Err(Refusal::ShiftOver)
        } else {
            match action {
                Action::Open(i) => self.open(*i),
                Action::SwitchAccount(a) => self.switch(*a as usize),
                Action::Post(i, r) => self.post(*i, r.clone(), super::log::PostKind::Reply),
                Action::Holding(i) => self.holding(*i),
                Action::RequestApproval(i, r, a) => self.request_approval(*i, r, *a),
                Action::PostApproved(a) => self.post_approved(*a),
                Action::Dismiss(i) => self.dismiss(*i),
                Action::Delete(p) => self.delete(*p),
                Action::ReplyPersonal(i, r) => self.reply_personal(*i, r.clone()),
            }
        };
        if let Err(reason) = &r {
            self.refused(action, reason);
        }
        r
    }

    /// Logs a refused action, keeping the action and reason aside.
    #[cold]
    fn refused(&mut self, action: &Action, reason: &Refusal) {
        let index = self.refusals.len() as u32;
        self.refusals.push((action.clone(), reason.clone()));
        self.note(LogEvent::Refused { index });
    }

    /// Refused actions and why, in order (see [`LogEvent::Refused`]).
    pub fn refusals(&self) -> &[(Action, Refusal)] {
        &self.refusals
    }

    pub(super) fn item(&self, id: ItemId) -> Result<&Item, Refusal> {
        self.items.get(id as usize).ok_or(Refusal::NoSuchItem)
    }

    fn open(&mut self, id: ItemId) -> Result<(), Refusal> {
        let account = self.item(id)?.account;
        self.items[id as usize].opened = true;
        self.selected = Some(id);
        self.note(LogEvent::Opened { item: id });
        if self.sc.follows_selection && self.composer != account {
            self.switch(account)?;
        }
        Ok(())
    }

    fn switch(&mut self, account: usize) -> Result<(), Refusal> {
        if account >= self.sc.accounts.len() {
            return Err(Refusal::NoSuchAccount);
        }
        if self.composer != account {
            self.composer = account;
            self.note(LogEvent::Switched {
                account: account as u16,
            });
        }
        Ok(())
    }

    fn dismiss(&mut self, id: ItemId) -> Result<(), Refusal> {
        self.item(id)?;
        self.items[id as usize].dismissed = true;
        self.note(LogEvent::Dismissed { item: id });
        Ok(())
    }

    /// Runs the shift to its end with no further action.
    pub fn finish(&mut self) {
        self.advance_to(self.sc.duration);
    }
}
