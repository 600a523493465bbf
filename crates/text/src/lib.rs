//! Every text On Brand shows a person, in English and French, on one
//! path: the game's interface ([`ui`]) and the debrief ([`debrief`]),
//! rendered from the scoring's data. The scoring never localises; the game,
//! the command line and (later) the dashboard and exports render through
//! this crate.
//!
//! Each language is one table (a struct filled in full, so a missing
//! translation is a compile error); templates name their values
//! (`{account}`), and a test checks that both languages name the same ones.

pub mod debrief;
mod fill;
pub mod report;
pub mod ui;

pub use debrief::{DebriefFinding, render, render_all};
pub use report::{Report, VerdictKind, VerdictLine};
pub use ui::{Strings, strings};
