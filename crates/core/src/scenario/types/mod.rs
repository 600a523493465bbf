//! The scenario file as trainers write it (serde types for RON).
//!
//! Every struct denies unknown fields so a typo is reported with its
//! position, and every optional part has a default so small scenarios stay
//! short. `docs/scenario-format.md` documents each field; keep them in step.

mod brand;
mod judging;
mod policy;
mod timeline;

pub use brand::*;
pub use judging::*;
pub use policy::*;
pub use timeline::*;

use super::duration::Dur;
use super::span::Spanned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `true`, for serde defaults.
pub(super) fn yes() -> bool {
    true
}

/// "0s", for serde defaults.
pub(super) fn zero() -> Dur {
    Dur::literal("0s")
}

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

/// Language of a scenario or of the interface (`en` and `fr` on the
/// command line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Language {
    /// Both languages, English first.
    pub const ALL: [Language; 2] = [Language::En, Language::Fr];

    /// The language's folder in a scenario pack (`en`, `fr`) and its code.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
        }
    }
}
