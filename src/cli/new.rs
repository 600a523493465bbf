//! `onbrand new PATH`: a commented starter scenario that passes `check`.

use super::write::create_new;
use super::{Error, Result};
use onbrand_core::scenario::Language;
use onbrand_core::scenario::starter::starter;
use onbrand_core::untrusted::escape_path;
use std::path::Path;

pub(super) fn run(path: &Path, lang: Language) -> Result {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::Failed(format!("error: cannot create {}: {e}", escape_path(dir)))
        })?;
    }
    create_new(path, starter(lang).as_bytes()).map_err(|e| Error::Failed(format!("error: {e}")))?;
    let p = escape_path(path);
    println!("wrote {p}");
    println!("next: onbrand check {p}");
    println!("      onbrand sim {p} --calibrate");
    println!("      onbrand play {p} --watch");
    Ok(())
}
