//! On Brand: a training game for community managers.
//!
//! - [`scenario`]: the authoring format (RON), loading and validation.
//! - [`rubric`]: how a reply's text is judged (facts, voice).
//! - [`sim`]: the deterministic shift simulation and its bots.
//! - [`score`]: scores and debrief findings.
//! - [`game`]: the Bevy app.
//! - [`cli`]: the headless commands.

pub mod cli;
#[cfg(feature = "game")]
pub mod game;
pub mod rubric;
pub mod scenario;
pub mod score;
pub mod sim;
