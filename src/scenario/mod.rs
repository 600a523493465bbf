//! The scenario authoring format: serde types for RON, loading with
//! positions, semantic validation, and the compiled model the simulation
//! runs on.

mod approvers;
pub mod campaign;
pub mod compile;
pub mod diagnostic;
pub mod duration;
mod judging;
mod lint;
pub mod load;
pub mod model;
mod recover;
mod satisfiable;
pub mod span;
mod timeline;
pub mod types;

pub use diagnostic::{Diagnostic, Severity};
pub use duration::Ms;
pub use load::{Loaded, load_bytes, load_file};
pub use model::Scenario;
pub use types::{EventKind, Expect, Language, Lesson, Network, Owner, Rule};
