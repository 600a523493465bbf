//! What can go wrong with the records, each naming the file.

use std::path::PathBuf;

/// An error of the records store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder or file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Not a records file, or a damaged one: left as it is.
    #[error(
        "{}: this records file is damaged or is not an On Brand records file ({detail}); it was left untouched: move it aside (or restore a backup copy beside it) and start again",
        path.display()
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite found.
        detail: String,
    },
    /// Written by a newer On Brand: left as it is.
    #[error(
        "{}: these records were written by a newer On Brand (schema {found}; this version reads up to {supported}); they were left untouched: update On Brand to open them",
        path.display()
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// SQLite refused an operation.
    #[error("{}: {source}", path.display())]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// A stored value could not be read back (a hand-edited file).
    #[error("{}: run {run}: {what}", path.display())]
    Data {
        /// The file.
        path: PathBuf,
        /// The run.
        run: String,
        /// What is wrong with it.
        what: String,
    },
    /// No such trainee.
    #[error("no trainee named `{0}`")]
    NoTrainee(String),
    /// No such run.
    #[error("no run `{0}`")]
    NoRun(String),
    /// The writer thread stopped (its last error).
    #[error("the records writer stopped: {0}")]
    Writer(String),
}

impl StoreError {
    /// An SQLite error on a file: damage is reported as such.
    pub(crate) fn sqlite(path: &std::path::Path, e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match e.sqlite_error_code() {
            Some(DatabaseCorrupt | NotADatabase) => StoreError::Corrupt {
                path: path.to_owned(),
                detail: e.to_string(),
            },
            _ => StoreError::Sqlite {
                path: path.to_owned(),
                source: e,
            },
        }
    }
}
