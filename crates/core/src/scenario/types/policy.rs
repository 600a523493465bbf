//! Who may say what, who approves, and how the composer behaves.

use super::super::duration::Dur;
use super::super::span::Spanned;
use serde::Deserialize;

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
