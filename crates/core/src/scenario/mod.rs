//! The scenario authoring format: serde types for RON, loading with
//! positions, semantic validation, and the compiled model the simulation
//! runs on.

mod approvers;
pub mod campaign;
pub mod compile;
mod confusable;
pub mod diagnostic;
pub mod duration;
pub mod files;
mod judging;
mod lenient;
pub mod limits;
mod lint;
pub mod load;
pub mod model;
mod satisfiable;
pub mod span;
pub mod starter;
mod timeline;
pub mod types;

pub use diagnostic::{Diagnostic, Severity};
pub use duration::{DurationError, Ms};
pub use files::{FilesError, scenario_files};
pub use load::{Loaded, load_bytes, load_file};
pub use model::Scenario;
pub use types::{Dimension, EventKind, Expect, Language, Lesson, Network, Owner, Rule};
