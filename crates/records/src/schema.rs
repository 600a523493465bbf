//! The schema and its migrations. The file's `user_version` is the number
//! of migrations applied; each migration runs in one transaction, after a
//! copy of the file is made beside it (`onbrand.db.v1.backup`, never
//! overwriting an older copy). A file whose version is newer than
//! [`LATEST`] is refused before anything is written.

use crate::StoreError;
use rusqlite::{Connection, Transaction};
use std::path::{Path, PathBuf};

/// The first schema: profiles, runs with their scores and debrief, and the
/// journal of the actions of each run.
pub const V1: &str = "
CREATE TABLE profiles (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    lang      TEXT NOT NULL,
    ui_scale  REAL NOT NULL DEFAULT 1.0,
    pace      REAL NOT NULL DEFAULT 1.0,
    sound     INTEGER NOT NULL DEFAULT 1,
    created   TEXT NOT NULL,
    last_used TEXT NOT NULL
);
CREATE TABLE runs (
    id              TEXT PRIMARY KEY,
    profile_id      INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    scenario_id     TEXT NOT NULL,
    scenario_title  TEXT NOT NULL,
    scenario_sha256 TEXT NOT NULL,
    scenario_path   TEXT,
    seed            INTEGER NOT NULL,
    game_version    TEXT NOT NULL,
    started         TEXT NOT NULL,
    ended           TEXT,
    clock_ms        INTEGER NOT NULL DEFAULT 0,
    actions         TEXT,
    overall         INTEGER,
    speed           INTEGER,
    accuracy        INTEGER,
    alignment       INTEGER,
    process         INTEGER,
    account_safety  INTEGER,
    grade           TEXT,
    passed          INTEGER,
    incidents       INTEGER,
    report          TEXT
);
CREATE TABLE journal (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    at     INTEGER NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
";

/// The second: the findings of each run as rows (the Progress screen and
/// the dashboard count the most frequent mistakes), the weighted score and
/// the scoring rules' version, application settings, and an index for a
/// trainee's runs in order.
pub const V2: &str = "
ALTER TABLE runs ADD COLUMN weighted INTEGER;
ALTER TABLE runs ADD COLUMN rules_version INTEGER;
CREATE TABLE findings (
    run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    rule   TEXT NOT NULL,
    event  TEXT,
    at     INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX findings_by_rule ON findings (rule);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX runs_by_profile ON runs (profile_id, started);
";

/// The migrations, in order: migration `k` takes a file from version `k`
/// to `k + 1`.
const MIGRATIONS: &[fn(&Transaction) -> rusqlite::Result<()>] = &[
    |t| t.execute_batch(V1),
    |t| {
        t.execute_batch(V2)?;
        backfill_findings(t)
    },
];

/// The newest schema version.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

/// Runs the migrations from `from` to [`LATEST`], each in a transaction.
pub(crate) fn migrate(conn: &mut Connection, from: u32) -> rusqlite::Result<()> {
    for (k, m) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let t = conn.transaction()?;
        m(&t)?;
        t.pragma_update(None, "user_version", (k + 1) as u32)?;
        t.commit()?;
    }
    Ok(())
}

/// Applies the migrations up to `version` only (for tests of migrations
/// from an older schema).
pub fn create_at_version(path: &Path, version: u32) -> rusqlite::Result<Connection> {
    let mut conn = Connection::open(path)?;
    for (k, m) in MIGRATIONS.iter().enumerate().take(version as usize) {
        let t = conn.transaction()?;
        m(&t)?;
        t.pragma_update(None, "user_version", (k + 1) as u32)?;
        t.commit()?;
    }
    Ok(conn)
}

/// Version 1 kept the findings only inside the debrief's JSON: version 2
/// lists them as rows.
fn backfill_findings(t: &Transaction) -> rusqlite::Result<()> {
    let mut read = t.prepare("SELECT id, report FROM runs WHERE report IS NOT NULL")?;
    let rows: Vec<(String, String)> = read
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut write = t.prepare(
        "INSERT INTO findings (run_id, seq, rule, event, at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (id, report) in rows {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&report) else {
            continue; // an unreadable debrief keeps its scores, not its rows
        };
        let list = v["findings"].as_array().cloned().unwrap_or_default();
        for (seq, f) in list.iter().enumerate() {
            let Some(rule) = f["rule"].as_str() else {
                continue;
            };
            write.execute(rusqlite::params![
                id,
                seq as i64,
                rule,
                f["event"].as_str(),
                f["at"].as_i64().unwrap_or(0),
            ])?;
        }
    }
    Ok(())
}

/// Copies the file aside before migrating it from `version`: a consistent
/// copy (`VACUUM INTO` includes what the WAL holds), named after the
/// version, never over an existing copy.
pub(crate) fn backup(conn: &Connection, path: &Path, version: u32) -> Result<PathBuf, StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| crate::FILE_NAME.to_owned());
    let mut target = path.with_file_name(format!("{name}.v{version}.backup"));
    let mut k = 1;
    while target.exists() {
        k += 1;
        target = path.with_file_name(format!("{name}.v{version}.backup.{k}"));
    }
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy().as_ref()])
        .map_err(|e| StoreError::sqlite(path, e))?;
    Ok(target)
}
