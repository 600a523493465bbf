//! `onbrand new PATH`: a commented starter scenario that passes `check`.

use std::path::Path;

/// The English starter.
pub const STARTER_EN: &str = include_str!("templates/starter-en.ron");
/// The French starter.
pub const STARTER_FR: &str = include_str!("templates/starter-fr.ron");

pub(super) fn run(path: &Path, lang: &str) -> u8 {
    if path.exists() {
        eprintln!(
            "error: {} already exists: choose another name (nothing was written)",
            path.display()
        );
        return super::PROBLEMS;
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return super::PROBLEMS;
    }
    let text = if lang == "fr" { STARTER_FR } else { STARTER_EN };
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("error: cannot write {}: {e}", path.display());
        return super::PROBLEMS;
    }
    let p = path.display();
    println!("wrote {p}");
    println!("next: onbrand check {p}");
    println!("      onbrand sim {p} --calibrate");
    println!("      onbrand play {p} --watch");
    0
}
