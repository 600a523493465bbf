//! What the trainee (or a bot) does: [`Action`]s, and the timed action log
//! that replays a run exactly.

use crate::scenario::span::Pos;
use crate::scenario::{Dimension, Ms};
use crate::untrusted::MAX_ACTIONS;
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
#[serde(deny_unknown_fields)]
pub struct TimedAction {
    /// Simulation time in milliseconds.
    pub at: Ms,
    /// The action.
    pub action: Action,
}

/// A saved run: enough to replay it exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// The actions, in time order (at most [`MAX_ACTIONS`]: reading stops
    /// there, with the position).
    #[serde(deserialize_with = "bounded_actions")]
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
#[serde(deny_unknown_fields)]
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
    /// The version of the scoring rules it was scored with (none: the
    /// first rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<u32>,
}

impl RecordedScore {
    /// The value of one dimension.
    pub fn get(&self, d: Dimension) -> u32 {
        match d {
            Dimension::Speed => self.speed,
            Dimension::Accuracy => self.accuracy,
            Dimension::Alignment => self.alignment,
            Dimension::Process => self.process,
            Dimension::AccountSafety => self.account_safety,
        }
    }

    /// Where `other` differs from this one, as `name other (recorded self)`.
    pub fn differences(&self, other: &RecordedScore) -> Vec<String> {
        let nums = std::iter::once(("overall", self.overall, other.overall))
            .chain(
                Dimension::ALL
                    .iter()
                    .map(|&d| (d.key(), self.get(d), other.get(d))),
            )
            .chain(std::iter::once((
                "incidents",
                self.incidents,
                other.incidents,
            )));
        let mut out: Vec<String> = nums
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

/// The fingerprint of a file's bytes: its SHA-256, in hex. The same bytes
/// always give the same text, on every machine, and no one can make other
/// bytes give it.
pub fn fingerprint(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `bytes` have the fingerprint `f`: a SHA-256 as [`fingerprint`]
/// writes it, or the 16-digit FNV-1a of logs recorded before it.
pub fn fingerprint_matches(bytes: &[u8], f: &str) -> bool {
    if f.len() == 16 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        return format!("{h:016x}") == f;
    }
    fingerprint(bytes) == f
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

    /// Reads a log from RON text (a byte-order mark first is accepted).
    pub fn from_ron(text: &str) -> Result<ActionLog, LogError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let log: ActionLog = ron::from_str(text).map_err(|e| LogError::Syntax {
            pos: Pos {
                line: e.span.start.line,
                col: e.span.start.col,
            },
            message: e.code.to_string(),
        })?;
        if log.version != Self::VERSION {
            return Err(LogError::Version(log.version));
        }
        if log.actions.windows(2).any(|w| w[1].at < w[0].at) {
            return Err(LogError::OutOfOrder);
        }
        Ok(log)
    }
}

/// Reads the actions of a log, stopping with an error past [`MAX_ACTIONS`]
/// (before building more of a list no shift can hold).
fn bounded_actions<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<TimedAction>, D::Error> {
    struct Bounded;
    impl<'de> serde::de::Visitor<'de> for Bounded {
        type Value = Vec<TimedAction>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of timed actions")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
            while let Some(a) = seq.next_element()? {
                if v.len() == MAX_ACTIONS {
                    return Err(serde::de::Error::custom(format!(
                        "the log holds more than {MAX_ACTIONS} actions, more than any shift"
                    )));
                }
                v.push(a);
            }
            Ok(v)
        }
    }
    d.deserialize_seq(Bounded)
}

/// Why an action log cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LogError {
    /// Not a well-formed log.
    #[error("{pos}: error: {message}")]
    Syntax {
        /// Where.
        pos: Pos,
        /// What ron says.
        message: String,
    },
    /// Written by another version of the format.
    #[error("1:1: error: action log version {0} is not supported (this build reads version {v})", v = ActionLog::VERSION)]
    Version(u32),
    /// Actions out of time order.
    #[error("1:1: error: actions are not in time order")]
    OutOfOrder,
}
