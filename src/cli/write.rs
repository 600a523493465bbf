//! Writing files the user named, without surprises: `new` never replaces
//! anything (not even through a symbolic link, and with no gap between a
//! check and the write), and a saved log replaces an existing file only
//! when asked, atomically (a temporary file beside it, then a rename), so
//! a crash never leaves half a file and a link is replaced, never written
//! through.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// Something is there already (a file, a folder or a link).
    #[error("{} already exists: choose another name, or --force to replace it (nothing was written)", onbrand_core::untrusted::escape_path(.0))]
    Exists(PathBuf),
    /// The system refused.
    #[error("cannot write {}: {}", onbrand_core::untrusted::escape_path(.0), .1)]
    Io(PathBuf, std::io::Error),
}

/// Creates `path` with `bytes`; fails if anything exists at `path`, a
/// dangling link included (create-new semantics: the system checks and
/// creates in one step).
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => WriteError::Exists(path.to_owned()),
            _ => WriteError::Io(path.to_owned(), e),
        })?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| WriteError::Io(path.to_owned(), e))
}

/// Writes `bytes` to `path` atomically: into a new temporary file in the
/// same folder, then renamed over `path`. Refuses an existing `path`
/// unless `replace`.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), WriteError> {
    if !replace && std::fs::symlink_metadata(path).is_ok() {
        return Err(WriteError::Exists(path.to_owned()));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut tmp = None;
    for k in 0..100u32 {
        let candidate = dir.join(format!(".{name}.{}.{k}.tmp", std::process::id()));
        match create_new(&candidate, bytes) {
            Ok(()) => {
                tmp = Some(candidate);
                break;
            }
            Err(WriteError::Exists(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    let Some(tmp) = tmp else {
        return Err(WriteError::Io(
            path.to_owned(),
            std::io::Error::other("no free temporary file name"),
        ));
    };
    if !replace {
        // Linking fails if something appeared meanwhile: never replaced
        // without --force, even in a race.
        let r = std::fs::hard_link(&tmp, path);
        let _ = std::fs::remove_file(&tmp);
        return r.map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => WriteError::Exists(path.to_owned()),
            _ => WriteError::Io(path.to_owned(), e),
        });
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        WriteError::Io(path.to_owned(), e)
    })
}
