//! Trainee records: profiles and every shift they played, kept in one
//! embedded SQLite file (bundled, WAL mode) in the platform's data folder.
//!
//! - [`Store`] opens the file, refuses one that is corrupt or was written by
//!   a newer On Brand (and leaves it untouched), and migrates an older one
//!   after copying it aside ([`schema`]).
//! - Profiles ([`Profile`]) and runs ([`RunStart`], [`Finished`],
//!   [`RunRecord`]): a run is written when its shift starts, each action is
//!   journaled as it is taken (in its own transaction), and the scores are
//!   added when it ends; a run that never ended can be resumed by replaying
//!   its journal (the simulation is deterministic).
//! - [`Writer`]: the same writes on a thread of their own, so that the
//!   game's frame never waits for the disk.
//! - [`export`]: runs as CSV, JSON lines and xAPI statements; everything
//!   about one trainee as JSON.
//!
//! No Bevy here: the game, the command line and (later) the session server
//! use the same store.

mod error;
pub mod export;
mod profiles;
mod runs;
pub mod schema;
mod writer;

pub use error::StoreError;
pub use profiles::{Profile, ProfileSettings};
pub use runs::{
    FindingRow, Finished, RunFilter, RunId, RunRecord, RunStart, RunState, rule_name, rule_of,
};
pub use writer::Writer;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The environment variable that overrides the data folder (tests, and
/// trainers who keep records on a shared drive).
pub const DATA_DIR_ENV: &str = "ONBRAND_DATA_DIR";

/// The database's file name inside the data folder.
pub const FILE_NAME: &str = "onbrand.db";

/// The data folder: `$ONBRAND_DATA_DIR` if set, else the platform's data
/// folder for On Brand (`~/.local/share/onbrand` on Linux).
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "onbrand").map(|p| p.data_dir().to_owned())
}

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An open records file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates) the records of a data folder, migrating an older
    /// file after copying it aside. A corrupt file, or one written by a
    /// newer On Brand, is an error and is left as it is.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
            path: dir.to_owned(),
            source: e,
        })?;
        Store::open_file(&dir.join(FILE_NAME))
    }

    /// Opens (or creates) a records file.
    pub fn open_file(path: &Path) -> Result<Store, StoreError> {
        check_header(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::sqlite(path, e))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| StoreError::sqlite(path, e))?;
        // Read-only checks first: nothing is written to a file that fails
        // them (setting WAL mode would already rewrite its header).
        let ok: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| StoreError::sqlite(path, e))?;
        if ok != "ok" {
            return Err(StoreError::Corrupt {
                path: path.to_owned(),
                detail: ok,
            });
        }
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| StoreError::sqlite(path, e))?;
        if version > schema::LATEST {
            return Err(StoreError::Newer {
                path: path.to_owned(),
                found: version,
                supported: schema::LATEST,
            });
        }
        if version > 0 && version < schema::LATEST {
            schema::backup(&conn, path, version)?;
        }
        // WAL: readers never block the writer; FULL: a committed action
        // survives a power cut, not only a killed process (the writer
        // thread keeps the fsync off the game's frame); foreign keys
        // cascade a trainee's deletion; secure_delete zeroes what is
        // deleted, so a deleted trainee leaves no trace in the file.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;",
        )
        .map_err(|e| StoreError::sqlite(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_owned(),
        };
        schema::migrate(&mut store.conn, version).map_err(|e| StoreError::sqlite(path, e))?;
        Ok(store)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn version(&self) -> Result<u32, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// An application setting (the last profile, "unlock all").
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Sets an application setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Rewrites the file without the free pages (after a deletion).
    pub fn vacuum(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch(
                "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .map_err(|e| self.err(e))
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, e)
    }
}

/// A file that exists and is not empty must start as SQLite files do:
/// anything else is not ours, and is not opened (SQLite would refuse it
/// later, but only after we asked it to write).
fn check_header(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(StoreError::Io {
                path: path.to_owned(),
                source: e,
            });
        }
    };
    let meta = f.metadata().map_err(|e| StoreError::Io {
        path: path.to_owned(),
        source: e,
    })?;
    if !meta.is_file() {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: "not a regular file".into(),
        });
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let mut head = [0u8; 16];
    let n = f.read(&mut head).unwrap_or(0);
    if n < 16 || &head != SQLITE_HEADER {
        return Err(StoreError::Corrupt {
            path: path.to_owned(),
            detail: "the file does not start like an SQLite database".into(),
        });
    }
    Ok(())
}

/// Now, as RFC 3339 (UTC, to the millisecond).
pub fn now() -> String {
    timestamp(jiff::Timestamp::now())
}

/// A timestamp as RFC 3339 (UTC, to the millisecond).
pub fn timestamp(t: jiff::Timestamp) -> String {
    format!("{t:.3}")
}
