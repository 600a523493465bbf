//! The scenario file as trainers write it (serde types for RON).
//!
//! Every struct denies unknown fields so a typo is reported with its
//! position, and every optional part has a default so small scenarios stay
//! short. `docs/scenario-format.md` documents each field; keep them in step.

use super::duration::Dur;
use super::span::Spanned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One shift, as written in a `.ron` file.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
pub struct ScenarioFile {
    /// Stable identifier (used by campaigns and saved results).
    pub id: Spanned,
    /// Title shown in the menu.
    pub title: String,
    /// Language of the scenario's texts.
    #[serde(default)]
    pub language: Language,
    /// One-paragraph summary for the menu.
    #[serde(default)]
    pub summary: String,
    /// The goal shown on the briefing.
    #[serde(default)]
    pub goal: String,
    /// The day's rule bulletin, shown before the shift (Papers, Please-style).
    #[serde(default)]
    pub bulletin: Option<String>,
    /// What the scenario trains (shown in the menu; the test suite checks
    /// that the bot lacking the skill fails).
    #[serde(default)]
    pub lessons: Vec<Lesson>,
    /// Difficulty from 1 (easy) to 5.
    #[serde(default = "default_difficulty")]
    pub difficulty: u8,
    /// Wall-clock time the shift starts at, for display ("09:00", "Sun 10:00").
    #[serde(default = "default_clock")]
    pub clock_start: String,
    /// Length of the shift.
    pub duration: Dur,
    /// The brand the trainee speaks for.
    pub brand: Brand,
    /// Accounts open in the trainee's tool.
    pub accounts: Vec<Account>,
    /// Authors of incoming messages.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// Who may say what, who approves, and service levels.
    #[serde(default)]
    pub policy: Policy,
    /// Behaviour of the composer (the account trap).
    #[serde(default)]
    pub composer: Composer,
    /// The timeline of incoming items.
    pub events: Vec<Event>,
    /// Saved replies the trainee can pick (correct, outdated or wrong).
    #[serde(default)]
    pub replies: Vec<SavedReply>,
    /// Rules a reply is judged by.
    #[serde(default)]
    pub rubrics: Vec<Rubric>,
    /// Weights and pass mark.
    #[serde(default)]
    pub scoring: Scoring,
    /// Debrief texts shown when a rule is broken (override the defaults).
    #[serde(default)]
    pub debrief: BTreeMap<Rule, String>,
}

fn default_difficulty() -> u8 {
    1
}

fn default_clock() -> String {
    "09:00".into()
}

/// A skill a scenario trains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Lesson {
    /// Saved replies, facts, sign-off, service level.
    Basics,
    /// The right account every time (personal, look-alike clients).
    Accounts,
    /// Approval where the policy requires it.
    Validation,
    /// Fast first answers, holding replies.
    Speed,
    /// The brand's voice; trolls.
    Voice,
    /// A crisis: escalation, press, unconfirmed facts.
    Crisis,
}

/// Language of a scenario or of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

/// The brand: its voice and its facts.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Brand name.
    pub name: String,
    /// Home city or origin the brand is proud of, if any.
    #[serde(default)]
    pub home: Option<String>,
    /// The voice guide.
    #[serde(default)]
    pub voice: Voice,
    /// Facts a correct answer uses.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Outdated or false statements a reply must not make.
    #[serde(default)]
    pub wrong_facts: Vec<Fact>,
}

/// The brand's voice guide.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    /// Tone words shown on the voice card ("warm", "direct").
    #[serde(default)]
    pub tone: Vec<String>,
    /// Values the brand stands for.
    #[serde(default)]
    pub values: Vec<String>,
    /// Words and phrases the brand never uses (matched on word boundaries,
    /// case and accents folded; a trailing `*` matches any ending).
    #[serde(default)]
    pub banned: Vec<Spanned>,
    /// Text every public brand reply must end with (e.g. "^Sam"), if any.
    #[serde(default)]
    pub sign_off: Option<String>,
    /// The holding reply ("we're looking into it") the composer can send.
    #[serde(default)]
    pub holding: Option<Spanned>,
    /// Most exclamation marks a reply may have.
    #[serde(default = "default_exclamations")]
    pub max_exclamations: u8,
    /// Whether words in capitals (shouting) break the voice.
    #[serde(default = "yes")]
    pub no_shouting: bool,
}

impl Default for Voice {
    fn default() -> Self {
        Voice {
            tone: vec![],
            values: vec![],
            banned: vec![],
            sign_off: None,
            holding: None,
            max_exclamations: default_exclamations(),
            no_shouting: true,
        }
    }
}

fn default_exclamations() -> u8 {
    1
}

fn yes() -> bool {
    true
}

/// A fact, with the phrasings that count as stating it (any one suffices).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Identifier used by rubrics.
    pub id: Spanned,
    /// The fact in full, for the briefing and the debrief.
    pub text: String,
    /// Phrasings: any one of them in a reply states the fact.
    pub say: Vec<Spanned>,
}

/// A fictional network; each has its own length limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Network {
    /// A short-post network (280 characters).
    Microblog,
    /// A brand page with comments (2,000 characters).
    Page,
    /// Private messages (1,000 characters).
    Messages,
}

impl Network {
    /// Longest post the network accepts, in characters.
    pub fn limit(self) -> usize {
        match self {
            Network::Microblog => 280,
            Network::Page => 2000,
            Network::Messages => 1000,
        }
    }

    /// Whether posts on this network are seen by the public.
    pub fn is_public(self) -> bool {
        !matches!(self, Network::Messages)
    }
}

/// Whose account it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Owner {
    /// The brand the trainee works for in this shift.
    Brand,
    /// The trainee's own account.
    Personal,
    /// Another client of the agency (named).
    Client(String),
}

/// An account open in the trainee's tool.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// Identifier used by events and the composer.
    pub id: Spanned,
    /// The network it lives on.
    pub network: Network,
    /// Public handle ("@HaldenMotors").
    pub handle: String,
    /// Display name.
    pub name: String,
    /// Avatar colour, "#rrggbb".
    pub colour: Spanned,
    /// Whose account it is.
    pub owner: Owner,
}

/// Someone who writes to the brand or to the trainee.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Identifier used by events.
    pub id: Spanned,
    /// Display name.
    pub name: String,
    /// Handle ("@julie_r").
    #[serde(default)]
    pub handle: String,
    /// Audience size: 10,000 or more makes an influencer.
    #[serde(default)]
    pub followers: u32,
    /// One line of profile shown in the detail pane.
    #[serde(default)]
    pub bio: String,
}

/// Who may say what, who approves, and service levels.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Topics the community manager answers alone.
    #[serde(default)]
    pub autonomous: Vec<Spanned>,
    /// Topics whose replies need approval before posting.
    #[serde(default)]
    pub needs_approval: Vec<Spanned>,
    /// People who approve drafts.
    #[serde(default)]
    pub approvers: Vec<Approver>,
    /// Target time for a first answer to a fan.
    #[serde(default)]
    pub sla: Option<Dur>,
}

/// Someone who approves drafts on some topics.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approver {
    /// Identifier.
    pub id: Spanned,
    /// Name and role ("Claire, head of PR").
    pub name: String,
    /// Topics this person approves.
    pub topics: Vec<Spanned>,
    /// Shortest and longest time to answer; the seed draws in between.
    pub latency: (Dur, Dur),
    /// When the approver answers at all.
    #[serde(default)]
    pub available: Availability,
    /// Who to ask when this approver is unreachable.
    #[serde(default)]
    pub backup: Option<Spanned>,
    /// Auto-reply shown when the approver is unreachable.
    #[serde(default)]
    pub away_note: Option<String>,
}

/// When an approver answers requests.
#[derive(Clone, Debug, Default, Deserialize)]
pub enum Availability {
    /// Answers every request.
    #[default]
    Always,
    /// Never answers (on holiday, phone off).
    Never,
    /// Answers requests made before this time into the shift.
    Until(Dur),
    /// Answers requests made from this time into the shift.
    From(Dur),
}

/// Composer behaviour.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Composer {
    /// Account selected in the composer at the start (default: the first brand account).
    #[serde(default)]
    pub start: Option<Spanned>,
    /// Whether the composer switches to the account of the selected item.
    /// Real tools keep the last account used: `false` is the trap.
    #[serde(default)]
    pub follows_selection: bool,
}

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
    /// What happens, in order, once patience runs out unanswered.
    #[serde(default)]
    pub escalation: Vec<Escalation>,
    /// The ideal handling, shown in the debrief.
    #[serde(default)]
    pub ideal: Option<String>,
}

fn zero() -> Dur {
    Dur::literal("0s")
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
}

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
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
}

impl Rule {
    /// Every rule, in debrief order (most serious first).
    pub const ALL: [Rule; 16] = [
        Rule::WrongAccount,
        Rule::LeftUp,
        Rule::Unapproved,
        Rule::WrongFact,
        Rule::Unanswered,
        Rule::PatienceOut,
        Rule::OffVoice,
        Rule::FedTroll,
        Rule::MissingFact,
        Rule::Slow,
        Rule::HoldingNotOk,
        Rule::UnreachableApprover,
        Rule::NeedlessApproval,
        Rule::MissingSignOff,
        Rule::Shouting,
        Rule::TooLong,
    ];
}
