//! Shared by the core's tests: they read the workspace's `scenarios/` and
//! `tests/fixtures/`, named as from the workspace root (as diagnostics and
//! the expected outputs write them).

#![allow(dead_code)]

use onbrand_core::scenario::{Scenario, Severity, load_file};
use std::path::Path;
use std::sync::Arc;

/// Makes the workspace root the current folder (every test sets the same
/// folder, so running them in parallel is harmless).
pub fn at_root() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    std::env::set_current_dir(root).expect("the workspace root exists");
}

/// Loads a scenario of the workspace that must have no error.
pub fn load(p: &str) -> Arc<Scenario> {
    at_root();
    let l = load_file(Path::new(p));
    let errors: Vec<String> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{p}:\n{}", errors.join("\n"));
    l.scenario.unwrap_or_else(|| panic!("{p} loads"))
}
