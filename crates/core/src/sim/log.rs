//! The ordered event log every run produces: what arrived, what was posted,
//! how the audience reacted. Same scenario + seed + actions = same log.

use super::action::{ApprovalId, ItemId, PostId};
use crate::scenario::Ms;
use crate::scenario::types::EscalationKind;
use serde::Serialize;

/// How the audience took a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Reaction {
    /// The fan got what they needed.
    Satisfied,
    /// Fine, nothing more.
    Neutral,
    /// The post made things worse.
    Angry,
}

/// What an approver answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Outcome {
    /// Post it as it is.
    Approved,
    /// Post the approver's corrected version.
    ApprovedWithEdits,
    /// Do not post this.
    Rejected,
}

/// What kind of post it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum PostKind {
    /// A reply from the composer.
    Reply,
    /// The holding reply.
    Holding,
    /// An approved draft.
    Approved,
    /// A reply from the personal phone.
    Phone,
}

/// Why an action was refused (the state did not change).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Refusal {
    /// No such item has arrived.
    NoSuchItem,
    /// No such account.
    NoSuchAccount,
    /// No such saved reply.
    NoSuchReply,
    /// No such post, or not one's own.
    NoSuchPost,
    /// No such approval, or not approved.
    NotApproved,
    /// No such approver.
    NoSuchApprover,
    /// Longer than the network allows.
    TooLong {
        /// Characters in the post.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// The phone answers personal notifications only.
    NotPersonal,
    /// Empty text.
    Empty,
    /// The shift is over.
    ShiftOver,
}

/// One entry of the event log.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum LogEvent {
    /// An item arrived in the feed.
    Arrived {
        /// The new item.
        item: ItemId,
        /// Its event in the scenario.
        event: u32,
    },
    /// The trainee opened an item.
    Opened {
        /// Item.
        item: ItemId,
    },
    /// The composer's account changed.
    Switched {
        /// New account.
        account: u16,
    },
    /// Something was posted.
    Posted {
        /// The post.
        post: PostId,
        /// Item answered.
        item: ItemId,
        /// Account it went out on.
        account: u16,
        /// What kind of post.
        kind: PostKind,
        /// Posted on an account that was not the item's.
        wrong_account: bool,
        /// How the audience took it.
        reaction: Reaction,
    },
    /// A draft went to an approver.
    ApprovalRequested {
        /// Request.
        approval: ApprovalId,
        /// Item.
        item: ItemId,
        /// Approver.
        approver: u16,
        /// Whether this approver will ever answer.
        reachable: bool,
    },
    /// An approver answered.
    ApprovalAnswered {
        /// Request.
        approval: ApprovalId,
        /// Answer.
        outcome: Outcome,
    },
    /// A fan's patience ran out.
    PatienceOut {
        /// Item.
        item: ItemId,
    },
    /// An unanswered item escalated into a new item.
    Escalated {
        /// The original item.
        from: ItemId,
        /// The new item.
        item: ItemId,
        /// What happened.
        kind: EscalationKind,
    },
    /// An item was set aside.
    Dismissed {
        /// Item.
        item: ItemId,
    },
    /// A post was deleted.
    Deleted {
        /// Post.
        post: PostId,
    },
    /// A wrong-account post kept spreading.
    Spread {
        /// Post.
        post: PostId,
        /// Screenshots taken so far (they outlive deletion).
        screenshots: u32,
    },
    /// The meters moved.
    Meters {
        /// Sentiment, −100 to 100.
        sentiment: i32,
        /// Bad buzz, 0 to 100.
        buzz: u32,
    },
    /// An action was refused: the action and the reason are entry `index`
    /// of [`Shift::refusals`](super::Shift::refusals) (kept apart, so that
    /// log entries stay small and plain).
    Refused {
        /// Index in the refusals.
        index: u32,
    },
    /// The shift ended.
    Ended,
}

/// A log entry with its time.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LogEntry {
    /// Simulation time in milliseconds.
    pub at: Ms,
    /// What happened.
    pub event: LogEvent,
}
