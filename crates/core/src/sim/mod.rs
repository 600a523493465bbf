//! The deterministic shift simulation. No Bevy, no wall clock, no global
//! RNG: integer milliseconds, a seeded RNG, [`Action`]s in, an event log
//! and state out. Same scenario + seed + action log = same result.

pub mod action;
mod approval;
pub mod audience;
pub mod bots;
mod escalation;
pub mod generate;
pub mod log;
mod posting;
pub mod rng;
pub mod shift;
pub mod state;
mod timers;

pub use action::{Action, ActionLog, ApprovalId, ItemId, LogError, PostId, Reply, TimedAction};
pub use log::{LogEntry, LogEvent, Outcome, PostKind, Reaction, Refusal};
pub use posting::reply_text;
pub use shift::Shift;
