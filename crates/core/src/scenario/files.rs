//! Finding scenario files: a path the user named, or every `.ron` file in a
//! folder and its sub-folders (a campaign file excepted).
//!
//! The walk visits each folder once, however symbolic links loop back (it
//! remembers the folders it has seen by device and inode), and takes only
//! regular files: a pipe, a socket or a device named `*.ron` is skipped
//! with a warning instead of blocking the walk.

use crate::untrusted::escape_path;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Files that live among scenarios but are not scenarios.
pub const NOT_SCENARIOS: [&str; 1] = ["campaign.ron"];

/// The folders walked at most (a pack holds a few; a link farm could hold
/// millions).
pub const MAX_FOLDERS: usize = 10_000;

/// Why a path gives no scenario files.
#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    /// Nothing at that path.
    #[error("{}: no such file or folder", escape_path(.0))]
    Missing(PathBuf),
    /// A folder that cannot be read.
    #[error("{}: {}", escape_path(.0), .1)]
    Unreadable(PathBuf, std::io::Error),
}

/// The scenario files under a path, and what was passed over.
#[derive(Debug, Default)]
pub struct Found {
    /// Scenario files, sorted.
    pub files: Vec<PathBuf>,
    /// What was skipped and why, as `path: warning: why` lines.
    pub skipped: Vec<String>,
}

/// A folder's identity, to see it again through another link.
#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn identity(_: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

fn is_scenario_name(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "ron")
        && !p
            .file_name()
            .is_some_and(|n| NOT_SCENARIOS.iter().any(|x| n == *x))
}

/// Scenario files under a path (the path itself if it is a file), sorted.
pub fn scenario_files(path: &Path) -> Result<Vec<PathBuf>, FilesError> {
    find(path).map(|f| f.files)
}

/// Scenario files under a path, with what was skipped.
pub fn find(path: &Path) -> Result<Found, FilesError> {
    let meta = std::fs::metadata(path).map_err(|_| FilesError::Missing(path.to_owned()))?;
    let mut found = Found::default();
    if !meta.is_dir() {
        // A file named on the command line is read as such (the reader
        // refuses what is not a regular file, with a message).
        found.files.push(path.to_owned());
        return Ok(found);
    }
    let mut seen: HashSet<(u64, u64)> = HashSet::new();
    seen.insert(identity(&meta));
    let mut stack = vec![path.to_owned()];
    while let Some(dir) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| FilesError::Unreadable(dir.clone(), e))?;
        for entry in entries.flatten() {
            let p = entry.path();
            // Follows links (a link to a pack is fine), once per folder.
            let Ok(meta) = std::fs::metadata(&p) else {
                if is_scenario_name(&p) {
                    found.skipped.push(format!(
                        "{}: warning: skipped: a link to nothing",
                        escape_path(&p)
                    ));
                }
                continue;
            };
            if meta.is_dir() {
                if !seen.insert(identity(&meta)) {
                    continue; // seen already, through another path
                }
                if seen.len() > MAX_FOLDERS {
                    found.skipped.push(format!(
                        "{}: warning: skipped: more than {MAX_FOLDERS} folders",
                        escape_path(&p)
                    ));
                    continue;
                }
                stack.push(p);
            } else if is_scenario_name(&p) {
                if meta.is_file() {
                    found.files.push(p);
                } else {
                    found.skipped.push(format!(
                        "{}: warning: skipped: not a regular file (a pipe, a socket or a device)",
                        escape_path(&p)
                    ));
                }
            }
        }
    }
    found.files.sort();
    found.skipped.sort();
    Ok(found)
}
