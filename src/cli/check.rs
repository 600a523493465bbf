//! `onbrand check PATH...`: every problem of every scenario, with positions.

use crate::scenario::{Severity, load_file};
use std::path::{Path, PathBuf};

/// Files that live among scenarios but are not scenarios.
const NOT_SCENARIOS: [&str; 1] = ["campaign.ron"];

/// Scenario files under a path (the path itself if it is a file), sorted.
pub fn scenario_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    if !path.is_dir() {
        return Err(format!("{}: no such file or folder", path.display()));
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "ron")
                && !p
                    .file_name()
                    .is_some_and(|n| NOT_SCENARIOS.iter().any(|x| n == *x))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

pub(super) fn run(paths: &[PathBuf]) -> u8 {
    let mut files = Vec::new();
    for p in paths {
        match scenario_files(p) {
            Ok(f) => files.extend(f),
            Err(e) => {
                eprintln!("error: {e}");
                return super::USAGE;
            }
        }
    }
    let (mut errors, mut warnings, mut bad_files) = (0, 0, 0);
    // A folder with a campaign: its days must exist in every language.
    for p in paths.iter().filter(|p| p.is_dir()) {
        let c = p.join("campaign.ron");
        if c.is_file() {
            for d in crate::scenario::campaign::check_campaign(&c) {
                println!("{d}");
                errors += 1;
            }
        }
    }
    for f in &files {
        let loaded = load_file(f);
        let e = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        errors += e;
        warnings += loaded.diagnostics.len() - e;
        bad_files += usize::from(e > 0);
        for d in &loaded.diagnostics {
            println!("{d}");
        }
    }
    println!(
        "checked {} file{}: {} error{}, {} warning{}{}",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        errors,
        if errors == 1 { "" } else { "s" },
        warnings,
        if warnings == 1 { "" } else { "s" },
        if bad_files > 0 {
            format!(
                " ({bad_files} file{} cannot be played)",
                if bad_files == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        }
    );
    if files.is_empty() {
        eprintln!("error: no scenario file (.ron) found");
        return super::USAGE;
    }
    if errors > 0 { super::PROBLEMS } else { 0 }
}
