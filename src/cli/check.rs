//! `onbrand check PATH...`: every problem of every scenario, with positions.

use super::{Error, Result};
use onbrand_core::scenario::files::find;
use onbrand_core::scenario::load_file;
use std::path::PathBuf;

pub(super) fn run(paths: &[PathBuf]) -> Result {
    let mut files = Vec::new();
    let (mut errors, mut warnings, mut bad_files) = (0, 0, 0);
    for p in paths {
        let found = find(p).map_err(|e| Error::Usage(e.to_string()))?;
        for s in &found.skipped {
            println!("{s}");
        }
        warnings += found.skipped.len();
        files.extend(found.files);
    }
    // A folder with a campaign: its days must exist in every language.
    for p in paths.iter().filter(|p| p.is_dir()) {
        let c = p.join("campaign.ron");
        if c.is_file() {
            for d in onbrand_core::scenario::campaign::check_campaign(&c) {
                println!("{d}");
                errors += 1;
            }
        }
    }
    for f in &files {
        let loaded = load_file(f);
        let e = loaded.error_count();
        errors += e;
        warnings += loaded.warning_count();
        bad_files += usize::from(e > 0);
        for d in &loaded.diagnostics {
            println!("{d}");
        }
        if loaded.omitted > 0 {
            println!(
                "{}: … and {} more problems ({} errors) not shown",
                onbrand_core::untrusted::escape_path(f),
                loaded.omitted,
                loaded.omitted_errors
            );
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
        return Err(Error::Usage("no scenario file (.ron) found".into()));
    }
    if errors > 0 {
        Err(Error::Reported)
    } else {
        Ok(())
    }
}
