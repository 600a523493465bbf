//! What the trainee (or a bot) does: [`Action`]s, and the timed action log
//! that replays a run exactly.

use crate::scenario::Ms;
use serde::{Deserialize, Serialize};

/// Index of an item in the feed, in order of arrival.
pub type ItemId = u32;
/// Index of a post, in order of posting.
pub type PostId = u32;
/// Index of an approval request, in order of request.
pub type ApprovalId = u32;

/// The text of a reply. Typed texts are boxed string slices (two words,
/// not three): actions are copied into every run's log, so they stay small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    /// A saved reply, unchanged (index in the scenario's list).
    Saved(u16),
    /// A saved reply, edited.
    Edited(u16, Box<str>),
    /// Typed from scratch.
    Free(Box<str>),
}

/// One thing the trainee does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Select an item and read it.
    Open(ItemId),
    /// Put another account in the composer (index in the scenario's accounts).
    SwitchAccount(u16),
    /// Post a reply to an item, as the composer's current account.
    Post(ItemId, Reply),
    /// Send the brand's holding reply to an item, as the composer's account.
    Holding(ItemId),
    /// Send a draft for approval; `None` asks the topic's first approver.
    RequestApproval(ItemId, Reply, Option<u16>),
    /// Post the text an approver approved, as the composer's account.
    PostApproved(ApprovalId),
    /// Mark an item as handled without answering.
    Dismiss(ItemId),
    /// Delete one of one's own posts.
    Delete(PostId),
    /// Answer a personal notification from one's own phone.
    ReplyPersonal(ItemId, Reply),
}

/// An action and when it was taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimedAction {
    /// Simulation time in milliseconds.
    pub at: Ms,
    /// The action.
    pub action: Action,
}

/// A saved run: enough to replay it exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionLog {
    /// Format version.
    pub version: u32,
    /// Path of the scenario file (made absolute when the run is saved;
    /// `replay` also looks beside the log, by file name).
    pub scenario: String,
    /// Scenario id, checked on replay.
    pub scenario_id: String,
    /// The seed.
    pub seed: u64,
    /// Who played ("ideal" bot, or a trainee's name).
    pub player: String,
    /// The actions, in time order.
    pub actions: Vec<TimedAction>,
    /// Fingerprint of the scenario file when the run was recorded
    /// ([`fingerprint`]), to tell a replay that the file changed since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario_fingerprint: Option<String>,
    /// What the recorded run scored: a replay must score the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<RecordedScore>,
}

/// The scores of a run: printed by `sim --json` and `replay --json`, and
/// saved in the run's log, where a replay must find them again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedScore {
    /// Overall score.
    pub overall: u32,
    /// Speed.
    pub speed: u32,
    /// Accuracy.
    pub accuracy: u32,
    /// Brand alignment.
    pub alignment: u32,
    /// Process.
    pub process: u32,
    /// Account safety.
    pub account_safety: u32,
    /// Passed.
    pub passed: bool,
    /// Wrong-account posts.
    pub incidents: u32,
}

impl RecordedScore {
    /// Where `other` differs from this one, as `name other (recorded self)`.
    pub fn differences(&self, other: &RecordedScore) -> Vec<String> {
        let nums = [
            ("overall", self.overall, other.overall),
            ("speed", self.speed, other.speed),
            ("accuracy", self.accuracy, other.accuracy),
            ("alignment", self.alignment, other.alignment),
            ("process", self.process, other.process),
            ("account_safety", self.account_safety, other.account_safety),
            ("incidents", self.incidents, other.incidents),
        ];
        let mut out: Vec<String> = nums
            .iter()
            .filter(|(_, a, b)| a != b)
            .map(|(n, a, b)| format!("{n} {b} (recorded {a})"))
            .collect();
        if self.passed != other.passed {
            out.push(format!(
                "passed {} (recorded {})",
                other.passed, self.passed
            ));
        }
        out
    }
}

/// A short fingerprint of a file's bytes (FNV-1a, 64 bits, in hex): the
/// same bytes always give the same text, on every machine.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl ActionLog {
    /// The current format version.
    pub const VERSION: u32 = 1;

    /// The log as RON text.
    pub fn to_ron(&self) -> String {
        let cfg = ron::ser::PrettyConfig::new()
            .depth_limit(2)
            .struct_names(true);
        ron::ser::to_string_pretty(self, cfg).unwrap_or_default()
    }

    /// Reads a log from RON text; errors carry `line:col`.
    pub fn from_ron(text: &str) -> Result<ActionLog, String> {
        let log: ActionLog = ron::from_str(text).map_err(|e| {
            format!(
                "{}:{}: error: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
        if log.version != Self::VERSION {
            return Err(format!(
                "1:1: error: action log version {} is not supported (this build reads version {})",
                log.version,
                Self::VERSION
            ));
        }
        if log.actions.windows(2).any(|w| w[1].at < w[0].at) {
            return Err("1:1: error: actions are not in time order".into());
        }
        Ok(log)
    }
}
