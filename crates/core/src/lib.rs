//! On Brand's core: everything that decides what happens in a shift and how
//! it is scored, with no Bevy, no wall clock and no global RNG.
//!
//! - [`scenario`]: the authoring format (RON), loading with positions,
//!   validation, and the compiled model.
//! - [`rubric`]: how a reply's text is judged (facts, voice).
//! - [`sim`]: the deterministic shift simulation (integer milliseconds, a
//!   seeded RNG, [`sim::Action`]s in, an event log and state out) and its bots.
//! - [`score`]: the five dimensions, the overall score, and the debrief
//!   findings as data (rendered into words by `onbrand-text`, at the edge).
//! - [`tuning`]: every tuning number of the meters, the dimensions and the
//!   grades, in one place.
//! - [`untrusted`]: the bounded reader, the limits and the escaping that
//!   apply to every file that comes from someone else.
//!
//! The game (`onbrand-game`), the command line (`onbrand`) and the session
//! server all stand on this crate; it depends on none of them.

pub mod rubric;
pub mod scenario;
pub mod score;
pub mod sim;
pub mod tuning;
pub mod untrusted;
