//! The timeline of incoming items and their escalations.

use super::super::duration::Dur;
use super::super::span::Spanned;
use super::zero;
use serde::{Deserialize, Serialize};

/// What kind of item an event is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum EventKind {
    /// A fan asks something.
    #[default]
    Question,
    /// A fan complains.
    Complaint,
    /// A fan says something nice.
    Praise,
    /// Someone tries to provoke.
    Troll,
    /// A crisis mention (safety, leak, scandal).
    Crisis,
    /// A notification on the trainee's personal phone.
    Personal,
    /// A message from the trainee's manager.
    Manager,
    /// A new rule of the brand's policy.
    Bulletin,
}

/// What the ideal community manager does with an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Expect {
    /// It needs an answer from the account it arrived on.
    Answer,
    /// It should not be answered from a brand account (trolls, private life).
    Ignore,
    /// An answer is welcome but not required (praise).
    Optional,
}

/// One incoming item on the timeline.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Identifier (for `after`, action logs and the debrief).
    pub id: Spanned,
    /// Kind of item.
    #[serde(default)]
    pub kind: EventKind,
    /// Arrival time from the start of the shift, or from `after`'s arrival.
    #[serde(default = "zero")]
    pub at: Dur,
    /// Event whose arrival `at` counts from.
    #[serde(default)]
    pub after: Option<Spanned>,
    /// Random shift of the arrival, up to this much earlier or later.
    #[serde(default)]
    pub jitter: Option<Dur>,
    /// Account the item arrives on.
    pub on: Spanned,
    /// Author (persona id); the seed may pick one of `alt_authors` instead.
    #[serde(default)]
    pub author: Option<Spanned>,
    /// Alternative authors drawn by the seed.
    #[serde(default)]
    pub alt_authors: Vec<Spanned>,
    /// The message.
    pub text: String,
    /// Alternative wordings drawn by the seed.
    #[serde(default)]
    pub alt_texts: Vec<String>,
    /// Earlier messages of the conversation, shown in the detail pane.
    #[serde(default)]
    pub history: Vec<HistoryLine>,
    /// Topic (declared in the policy).
    #[serde(default)]
    pub topic: Option<Spanned>,
    /// How long the author waits for a first answer.
    #[serde(default)]
    pub patience: Option<Dur>,
    /// What the ideal CM does (default from the kind: questions, complaints
    /// and crises need an answer; trolls and personal items are ignored;
    /// praise is optional).
    #[serde(default)]
    pub expect: Option<Expect>,
    /// Rubric an answer is judged by.
    #[serde(default)]
    pub rubric: Option<Spanned>,
    /// Whether an answer must acknowledge the customer (an apology, "we
    /// understand"): by default, for complaints and crises.
    #[serde(default)]
    pub empathy: Option<bool>,
    /// What happens, in order, once patience runs out unanswered.
    #[serde(default)]
    pub escalation: Vec<Escalation>,
    /// The ideal handling, shown in the debrief.
    #[serde(default)]
    pub ideal: Option<String>,
}

/// A line of earlier conversation.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryLine {
    /// Persona id, or an account id for the brand's own earlier replies.
    pub from: Spanned,
    /// What was said.
    pub text: String,
}

/// What an escalation step looks like from outside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum EscalationKind {
    /// The fan reposts, angrier.
    AngryRepost,
    /// An influencer picks the story up.
    Influencer,
    /// A journalist asks for a statement.
    Journalist,
}

/// One step of escalation after patience runs out.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// Delay after the previous step (the first counts from patience running out).
    #[serde(default = "zero")]
    pub after: Dur,
    /// What happens.
    pub kind: EscalationKind,
    /// Who posts it (default: the original author).
    #[serde(default)]
    pub author: Option<Spanned>,
    /// The new post in the feed.
    pub text: String,
    /// Points added to the bad-buzz meter (0–100 scale).
    #[serde(default = "default_buzz")]
    pub buzz: u32,
}

fn default_buzz() -> u32 {
    10
}
