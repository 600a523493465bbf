//! The scenario as the simulation uses it: validated, ids resolved to
//! indices, durations in milliseconds, rubrics compiled, saved replies
//! judged once in advance.

use super::duration::Ms;
use super::types::{EscalationKind, EventKind, Expect, Language, Network, Owner, Rule, Weights};
use crate::rubric::{Judgement, RubricMatcher, VoiceRules};
use std::collections::BTreeMap;

/// A validated scenario, ready to simulate.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Stable identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Language of its texts.
    pub language: Language,
    /// Summary for the menu.
    pub summary: String,
    /// Goal for the briefing.
    pub goal: String,
    /// Rule bulletin of the day.
    pub bulletin: Option<String>,
    /// Difficulty 1–5.
    pub difficulty: u8,
    /// What it trains.
    pub lessons: Vec<super::types::Lesson>,
    /// Displayed start time.
    pub clock_start: String,
    /// Shift length.
    pub duration: Ms,
    /// The brand.
    pub brand: BrandInfo,
    /// Accounts open in the tool.
    pub accounts: Vec<AccountInfo>,
    /// Authors.
    pub personas: Vec<PersonaInfo>,
    /// Declared topics.
    pub topics: Vec<TopicInfo>,
    /// Approvers.
    pub approvers: Vec<ApproverInfo>,
    /// First-answer target.
    pub sla: Option<Ms>,
    /// Composer account at the start.
    pub composer_start: usize,
    /// Whether the composer follows the selected item's account.
    pub follows_selection: bool,
    /// Timeline, in file order.
    pub events: Vec<EventInfo>,
    /// Event indices in an order where `after` targets come first.
    pub arrival_order: Vec<usize>,
    /// Saved replies.
    pub replies: Vec<ReplyInfo>,
    /// Compiled rubrics.
    pub rubrics: Vec<RubricInfo>,
    /// Compiled voice rules.
    pub voice: VoiceRules,
    /// Holding reply text.
    pub holding: String,
    /// The holding reply judged by the voice, per network (see [`network_index`]).
    pub holding_judged: [Judgement; 3],
    /// Scoring weights.
    pub weights: Weights,
    /// Pass mark.
    pub pass_mark: u32,
    /// Rules any breach of which fails the shift.
    pub fail_on: Vec<Rule>,
    /// Debrief texts overriding the defaults.
    pub debrief: BTreeMap<Rule, String>,
}

/// The brand, for display.
#[derive(Clone, Debug)]
pub struct BrandInfo {
    /// Name.
    pub name: String,
    /// Home city or origin.
    pub home: Option<String>,
    /// Tone words.
    pub tone: Vec<String>,
    /// Values.
    pub values: Vec<String>,
    /// Banned phrases as written.
    pub banned: Vec<String>,
    /// Sign-off, if required.
    pub sign_off: Option<String>,
    /// Facts (id, text).
    pub facts: Vec<(String, String)>,
    /// Wrong facts (id, text).
    pub wrong_facts: Vec<(String, String)>,
}

/// An account.
#[derive(Clone, Debug)]
pub struct AccountInfo {
    /// Identifier.
    pub id: String,
    /// Network.
    pub network: Network,
    /// Handle.
    pub handle: String,
    /// Display name.
    pub name: String,
    /// Avatar colour (r, g, b).
    pub colour: [u8; 3],
    /// Owner.
    pub owner: Owner,
}

/// An author.
#[derive(Clone, Debug)]
pub struct PersonaInfo {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
    /// Handle.
    pub handle: String,
    /// Followers.
    pub followers: u32,
    /// Profile line.
    pub bio: String,
}

impl PersonaInfo {
    /// Influencers count more in the audience's reaction.
    pub fn is_influencer(&self) -> bool {
        self.followers >= crate::tuning::INFLUENCER_FOLLOWERS
    }
}

/// A topic of the policy.
#[derive(Clone, Debug)]
pub struct TopicInfo {
    /// Identifier.
    pub id: String,
    /// Whether replies on it need approval.
    pub needs_approval: bool,
}

/// An approver.
#[derive(Clone, Debug)]
pub struct ApproverInfo {
    /// Identifier.
    pub id: String,
    /// Name and role.
    pub name: String,
    /// Topic indices.
    pub topics: Vec<usize>,
    /// Latency range (min, max).
    pub latency: (Ms, Ms),
    /// Time window in which requests are answered: [from, until).
    pub window: (Ms, Ms),
    /// Backup approver index.
    pub backup: Option<usize>,
    /// Auto-reply when unreachable.
    pub away_note: Option<String>,
}

impl ApproverInfo {
    /// Whether a request made at `t` will ever be answered.
    pub fn answers_at(&self, t: Ms) -> bool {
        t >= self.window.0 && t < self.window.1
    }
}

/// One event of the timeline.
///
/// The fields the simulation reads on every arrival and post come first,
/// in declaration order (`repr(C)`), so they share cache lines; the texts
/// for screens and the debrief come after.
#[derive(Clone, Debug)]
#[repr(C)]
pub struct EventInfo {
    /// Offset from the shift start or from `after`'s arrival.
    pub at: Ms,
    /// Jitter (±).
    pub jitter: Ms,
    /// Event whose arrival `at` counts from.
    pub after: Option<usize>,
    /// Possible authors (persona indices); empty for anonymous items.
    pub authors: Vec<usize>,
    /// Possible texts (at least one).
    pub texts: Vec<String>,
    /// Patience.
    pub patience: Option<Ms>,
    /// Account index it arrives on.
    pub account: usize,
    /// Rubric index.
    pub rubric: Option<usize>,
    /// Topic index.
    pub topic: Option<usize>,
    /// The best saved reply for it (see [`Scenario::best_reply`]).
    pub best_reply: Option<usize>,
    /// Kind.
    pub kind: EventKind,
    /// What the ideal CM does.
    pub expect: Expect,
    /// An answer must acknowledge the customer.
    pub needs_empathy: bool,
    /// Escalation steps.
    pub escalation: Vec<EscalationStep>,
    /// Identifier.
    pub id: String,
    /// Earlier conversation: (display name, text).
    pub history: Vec<(String, String)>,
    /// Ideal handling for the debrief.
    pub ideal: Option<String>,
}

/// An escalation step.
#[derive(Clone, Debug)]
pub struct EscalationStep {
    /// Delay after the previous step.
    pub after: Ms,
    /// Kind.
    pub kind: EscalationKind,
    /// Author persona (None: the original author).
    pub author: Option<usize>,
    /// Text of the new post.
    pub text: String,
    /// Bad-buzz points.
    pub buzz: u32,
}

/// A saved reply.
#[derive(Clone, Debug)]
pub struct ReplyInfo {
    /// Identifier.
    pub id: String,
    /// Label.
    pub label: String,
    /// Text.
    pub text: String,
    /// Topic index.
    pub topic: Option<usize>,
    /// Length of the text in characters.
    pub length: usize,
    /// The text is only white space.
    pub blank: bool,
}

/// A compiled rubric with its saved replies judged in advance.
#[derive(Clone, Debug)]
pub struct RubricInfo {
    /// Identifier.
    pub id: String,
    /// Matchers.
    pub matcher: RubricMatcher,
    /// Judgement of each saved reply against this rubric, per network
    /// limit (index: reply, then [`network_index`]).
    pub replies: Vec<[Judgement; 3]>,
}

/// Index of a network in per-network tables.
pub fn network_index(n: Network) -> usize {
    match n {
        Network::Microblog => 0,
        Network::Page => 1,
        Network::Messages => 2,
    }
}

impl Scenario {
    /// Whether an event's topic needs approval.
    pub fn needs_approval(&self, event: usize) -> bool {
        self.events[event]
            .topic
            .is_some_and(|t| self.topics[t].needs_approval)
    }

    /// Whether a holding reply is an acceptable first answer to an event:
    /// its rubric says so (`holding_ok`, true by default), and an event with
    /// no rubric accepts one.
    pub fn holding_ok(&self, event: usize) -> bool {
        self.events[event]
            .rubric
            .is_none_or(|r| self.rubrics[r].matcher.holding_ok)
    }

    /// The ideal handling of an event, for the debrief: the event's own
    /// `ideal`, else (when it is not to be ignored) the text of its best
    /// saved reply.
    pub fn ideal_for(&self, event: usize) -> Option<&str> {
        let ev = &self.events[event];
        ev.ideal.as_deref().or_else(|| {
            let r = self.best_reply(event)?;
            (ev.expect != Expect::Ignore).then(|| self.replies[r].text.as_str())
        })
    }

    /// Approvers for a topic, in file order.
    pub fn approvers_for(&self, topic: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.approvers.len()).filter(move |&a| self.approvers[a].topics.contains(&topic))
    }

    /// The verdict on a saved reply for an event, judged in advance (by
    /// reference: no copy), when the event has a rubric.
    pub fn saved_judgement(
        &self,
        event: usize,
        reply: usize,
        account: usize,
    ) -> Option<&Judgement> {
        let r = self.events[event].rubric?;
        let net = network_index(self.accounts[account].network);
        self.rubrics[r].replies.get(reply).map(|j| &j[net])
    }

    /// The event's rubric matcher, if any.
    pub fn rubric_of(&self, event: usize) -> Option<&RubricMatcher> {
        self.events[event].rubric.map(|r| &self.rubrics[r].matcher)
    }

    /// The best saved reply for an event (clean first, then most accurate
    /// and aligned, then filed under the event's topic, then first in the
    /// file), if the event has a rubric and the scenario saved replies.
    pub fn best_reply(&self, event: usize) -> Option<usize> {
        self.events[event].best_reply
    }

    /// Computes [`EventInfo::best_reply`] (once, when compiling).
    pub(super) fn find_best_reply(&self, event: usize) -> Option<usize> {
        let e = &self.events[event];
        let net = network_index(self.accounts[e.account].network);
        let rubric = e.rubric?;
        let judged = &self.rubrics[rubric].replies;
        let empathy = e.needs_empathy;
        (0..self.replies.len()).max_by_key(|&r| {
            let j = &judged[r][net];
            (
                j.is_clean(empathy),
                j.accuracy() + j.alignment(empathy),
                e.topic.is_some() && self.replies[r].topic == e.topic,
                std::cmp::Reverse(r),
            )
        })
    }
}

/// The quickest a person can read an item and send a saved reply. Used by
/// the checker (patience shorter than this cannot be met) and by the bots.
pub const FASTEST_RESPONSE: Ms = 20_000;
