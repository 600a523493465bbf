//! What the shift holds: items in the feed, posts, approval requests.

use super::action::{ApprovalId, ItemId, PostId, Reply};
use super::log::{Outcome, PostKind, Reaction};
use crate::rubric::Judgement;
use crate::scenario::types::EscalationKind;
use crate::scenario::{Ms, Scenario};

/// An item in the feed.
#[derive(Clone, Debug)]
pub struct Item {
    /// Its id (index in arrival order).
    pub id: ItemId,
    /// Scenario event it comes from.
    pub event: usize,
    /// For escalations: the original item and what happened.
    pub escalated_from: Option<(ItemId, EscalationKind)>,
    /// Arrival time.
    pub arrived: Ms,
    /// Author (persona index).
    pub author: Option<usize>,
    /// Text variant index (or escalation step index for escalations).
    pub variant: usize,
    /// Account it arrived on.
    pub account: usize,
    /// Opened by the trainee.
    pub opened: bool,
    /// Set aside.
    pub dismissed: bool,
    /// Time of the first response on the right account (holding or answer).
    pub first_response: Option<Ms>,
    /// The post that answered it on the right account.
    pub answer: Option<PostId>,
    /// The first holding reply sent (the brand's, or a reply that stated
    /// none of the facts asked for).
    pub holding: Option<PostId>,
    /// The latest approval request for it.
    pub approval: Option<ApprovalId>,
    /// When the current patience runs out, if it runs.
    pub deadline: Option<Ms>,
    /// Patience ran out at least once.
    pub patience_out: bool,
    /// Next escalation step to fire.
    pub next_step: usize,
}

impl Item {
    /// A new item in the feed, untouched by the trainee.
    pub fn new(
        id: ItemId,
        event: usize,
        arrived: Ms,
        author: Option<usize>,
        variant: usize,
        account: usize,
    ) -> Item {
        Item {
            id,
            event,
            escalated_from: None,
            arrived,
            author,
            variant,
            account,
            opened: false,
            dismissed: false,
            first_response: None,
            answer: None,
            holding: None,
            approval: None,
            deadline: None,
            patience_out: false,
            next_step: 0,
        }
    }

    /// Whether it has been answered (not only held).
    pub fn is_answered(&self) -> bool {
        self.answer.is_some()
    }
}

/// A judgement: of a saved reply or of the holding reply, judged once when
/// the scenario loads and named here by index, or of typed text, judged
/// when posted and owned. Two words wide, so posts stay small.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Saved reply `reply` judged against rubric `rubric` on the network of
    /// index `net` (see [`network_index`](crate::scenario::model::network_index)).
    Saved {
        /// Rubric index.
        rubric: u32,
        /// Saved reply index.
        reply: u16,
        /// Network index.
        net: u8,
    },
    /// The holding reply on the network of that index.
    Holding(u8),
    /// Judged when posted.
    Owned(Box<Judgement>),
}

impl Verdict {
    /// The judgement itself.
    pub fn get<'a>(&'a self, sc: &'a Scenario) -> &'a Judgement {
        match self {
            Verdict::Saved { rubric, reply, net } => {
                &sc.rubrics[*rubric as usize].replies[*reply as usize][*net as usize]
            }
            Verdict::Holding(net) => &sc.holding_judged[*net as usize],
            Verdict::Owned(j) => j,
        }
    }
}

/// Something the trainee posted.
#[derive(Clone, Debug)]
pub struct Post {
    /// Its id.
    pub id: PostId,
    /// Item it answers.
    pub item: ItemId,
    /// Account it went out on.
    pub account: usize,
    /// Time.
    pub at: Ms,
    /// The text: a reply, or `None` for the brand's holding reply (the
    /// scenario's text, not copied into every post).
    pub reply: Option<Reply>,
    /// Kind of post.
    pub kind: PostKind,
    /// On an account that was not the item's.
    pub wrong_account: bool,
    /// Posted with an approval on an approval topic.
    pub approved: bool,
    /// A reply that states none of the facts the fan asked for: it counts
    /// as a holding reply, never as the answer.
    pub hollow: bool,
    /// The verdict on its text (for saved replies and the holding reply,
    /// the one worked out when the scenario loaded; see
    /// [`Shift::judgement`](super::Shift::judgement)).
    pub judgement: Verdict,
    /// The audience's reaction.
    pub reaction: Reaction,
    /// When it was deleted.
    pub deleted: Option<Ms>,
    /// Screenshots taken of it (wrong-account posts).
    pub screenshots: u32,
}

impl Post {
    /// The text that went out.
    pub fn text<'a>(&'a self, sc: &'a Scenario) -> &'a str {
        match &self.reply {
            Some(r) => super::posting::reply_text(sc, r).unwrap_or(""),
            None => &sc.holding,
        }
    }

    /// How long the post has been up at `now` (until deleted).
    pub fn up_for(&self, now: Ms) -> Ms {
        self.deleted.unwrap_or(now).saturating_sub(self.at)
    }

    /// Whether a wrong-account post was left up too long by `now` (longer
    /// than [`DELETE_WITHIN`](crate::tuning::DELETE_WITHIN)).
    pub fn left_up(&self, now: Ms) -> bool {
        self.wrong_account && self.up_for(now) > crate::tuning::DELETE_WITHIN
    }
}

/// A request for approval.
#[derive(Clone, Debug)]
pub struct Approval {
    /// Its id.
    pub id: ApprovalId,
    /// Item.
    pub item: ItemId,
    /// The draft.
    pub draft: Reply,
    /// Approver index.
    pub approver: usize,
    /// When asked.
    pub requested: Ms,
    /// When the answer comes (None: never).
    pub due: Option<Ms>,
    /// The answer, once given.
    pub outcome: Option<Outcome>,
    /// The text approved (the draft, or the approver's version).
    pub approved_text: Option<Reply>,
    /// Why the draft was refused or rewritten (empty when approved as is).
    pub reasons: Vec<ApprovalReason>,
    /// Posted already.
    pub used: bool,
}

/// Why an approver refused or rewrote a draft.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub enum ApprovalReason {
    /// It states a wrong fact (index in the scenario's wrong facts, and
    /// the clause of the draft that says it).
    WrongFact(usize, String),
    /// It promises what the facts card does not back (the words).
    Promise(String),
    /// It uses a banned or avoided phrase.
    OffVoice(String),
    /// Its tone (the class and the words).
    Tone(crate::rubric::ToneClass, String),
    /// Too long.
    TooLong,
    /// Facts missing (rewritten).
    Incomplete,
    /// No word for a customer who needed one (rewritten).
    NoAcknowledgement,
    /// Off the brand's register, sign-off or shouting (rewritten).
    Voice,
}
