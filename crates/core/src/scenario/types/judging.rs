//! How replies are judged and scored: saved replies, rubrics, weights,
//! and the rules whose breach becomes a debrief finding.

use super::super::span::Spanned;
use super::yes;
use serde::{Deserialize, Serialize};

/// A saved reply the trainee can pick and edit.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedReply {
    /// Identifier.
    pub id: Spanned,
    /// Short label in the picker.
    pub label: String,
    /// The text.
    pub text: String,
    /// Topic it is filed under, for the picker.
    #[serde(default)]
    pub topic: Option<Spanned>,
}

/// How a reply to an item is judged.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Identifier used by events.
    pub id: Spanned,
    /// Facts (ids from `brand.facts`) the reply must state.
    #[serde(default)]
    pub must: Vec<Spanned>,
    /// Wrong facts (ids from `brand.wrong_facts`) the reply must not state.
    #[serde(default)]
    pub wrong: Vec<Spanned>,
    /// Phrases that are off-voice for this item (besides the brand's banned words).
    #[serde(default)]
    pub avoid: Vec<Spanned>,
    /// Whether a holding reply is an acceptable first answer.
    #[serde(default = "yes")]
    pub holding_ok: bool,
    /// Length limit, if tighter than the network's.
    #[serde(default)]
    pub max_len: Option<u32>,
}

/// Weights of the five dimensions and the pass mark.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Weights (any positive numbers; they are normalised).
    #[serde(default)]
    pub weights: Weights,
    /// Overall score needed to pass (0–100).
    #[serde(default = "default_pass")]
    pub pass_mark: u32,
    /// Rules any breach of which fails the shift, whatever the score
    /// (default: from the lessons; a wrong account always fails).
    #[serde(default)]
    pub fail_on: Option<Vec<Rule>>,
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            fail_on: None,
            weights: Weights::default(),
            pass_mark: default_pass(),
        }
    }
}

fn default_pass() -> u32 {
    70
}

/// Relative weight of each dimension in the overall score.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// First answers versus patience and SLA.
    pub speed: u32,
    /// Facts right, nothing wrong.
    pub accuracy: u32,
    /// The brand's voice.
    pub alignment: u32,
    /// Approval when needed, not otherwise.
    pub process: u32,
    /// Never the wrong account.
    pub account_safety: u32,
}

impl Weights {
    /// The weight of one dimension.
    pub fn get(&self, d: Dimension) -> u32 {
        match d {
            Dimension::Speed => self.speed,
            Dimension::Accuracy => self.accuracy,
            Dimension::Alignment => self.alignment,
            Dimension::Process => self.process,
            Dimension::AccountSafety => self.account_safety,
        }
    }

    /// The sum of the weights (in `u64`: five `u32` cannot overflow it).
    pub fn total(&self) -> u64 {
        Dimension::ALL.iter().map(|&d| u64::from(self.get(d))).sum()
    }
}

/// The five dimensions a shift is scored on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dimension {
    /// First answers versus patience and SLA.
    Speed,
    /// Facts right, nothing wrong.
    Accuracy,
    /// The brand's voice.
    Alignment,
    /// Approval when needed, not otherwise.
    Process,
    /// Never the wrong account.
    AccountSafety,
}

impl Dimension {
    /// The five, in display order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Speed,
        Dimension::Accuracy,
        Dimension::Alignment,
        Dimension::Process,
        Dimension::AccountSafety,
    ];

    /// The key of the dimension in JSON, CSV and the weights of a scenario.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Speed => "speed",
            Dimension::Accuracy => "accuracy",
            Dimension::Alignment => "alignment",
            Dimension::Process => "process",
            Dimension::AccountSafety => "account_safety",
        }
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            speed: 20,
            accuracy: 25,
            alignment: 20,
            process: 20,
            account_safety: 15,
        }
    }
}

/// A rule whose breach becomes a debrief finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Rule {
    /// Posted from an account that was not the item's.
    WrongAccount,
    /// A wrong-account post stayed up.
    LeftUp,
    /// Posted on an approval topic without approval.
    Unapproved,
    /// Asked approval on a topic the CM may answer alone.
    NeedlessApproval,
    /// Asked an approver who could not answer.
    UnreachableApprover,
    /// First answer after the SLA.
    Slow,
    /// The fan's patience ran out.
    PatienceOut,
    /// An item that needed an answer got none.
    Unanswered,
    /// A required fact was missing.
    MissingFact,
    /// A wrong or outdated fact was stated.
    WrongFact,
    /// A banned or off-voice phrase was used.
    OffVoice,
    /// The sign-off was missing.
    MissingSignOff,
    /// Shouting or too many exclamation marks.
    Shouting,
    /// A holding reply where it was not acceptable.
    HoldingNotOk,
    /// Answered a troll from a brand account.
    FedTroll,
    /// A post longer than the network allows.
    TooLong,
    /// Condescending, sarcastic, blaming, aggressive or dismissive words, or
    /// mocking the brand's own people, places or values (the class is in
    /// the finding).
    Tone,
    /// Facts with no word of acknowledgement, where the customer needed one.
    NoEmpathy,
    /// Off the brand's register: `tu` for `vous` (or both), text-speak, emoji.
    Register,
    /// A promise the facts card does not back (a date, a refund, a gift).
    UnbackedPromise,
    /// A reply that states none of the facts asked for: only a holding reply.
    HollowReply,
    /// A neglected item escalated (an angry repost, an influencer, a journalist).
    Escalated,
    /// An approver refused a draft.
    DraftRefused,
    /// An approver had to rewrite an incomplete draft.
    ApprovalRewritten,
    /// A claim the approver refused went out later in other words.
    ClaimReworded,
}

impl Rule {
    /// Where the rule comes in the debrief (0 first: most serious).
    pub fn rank(self) -> usize {
        Rule::ALL
            .iter()
            .position(|&x| x == self)
            .unwrap_or(usize::MAX)
    }

    /// Every rule, in debrief order (most serious first).
    pub const ALL: [Rule; 25] = [
        Rule::WrongAccount,
        Rule::LeftUp,
        Rule::ClaimReworded,
        Rule::Unapproved,
        Rule::WrongFact,
        Rule::UnbackedPromise,
        Rule::Escalated,
        Rule::Unanswered,
        Rule::PatienceOut,
        Rule::HollowReply,
        Rule::Tone,
        Rule::OffVoice,
        Rule::NoEmpathy,
        Rule::FedTroll,
        Rule::MissingFact,
        Rule::Slow,
        Rule::HoldingNotOk,
        Rule::DraftRefused,
        Rule::ApprovalRewritten,
        Rule::UnreachableApprover,
        Rule::NeedlessApproval,
        Rule::MissingSignOff,
        Rule::Register,
        Rule::Shouting,
        Rule::TooLong,
    ];
}
