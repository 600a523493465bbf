//! Runs: one row per shift played, written when the shift starts, its
//! actions journaled one by one while it is played, its scores and debrief
//! added when it ends.

use crate::{Store, StoreError};
use onbrand_core::sim::TimedAction;
use onbrand_core::sim::action::RecordedScore;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// A run's id: a UUID, stable for the life of the run (exports use it).
pub type RunId = String;

/// What is known of a run when its shift starts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunStart {
    /// The trainee's profile.
    pub profile: i64,
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario title.
    pub scenario_title: String,
    /// SHA-256 of the scenario file (hex).
    pub scenario_sha256: String,
    /// Where the scenario file was (to replay the run later).
    pub scenario_path: Option<String>,
    /// Seed.
    pub seed: u64,
    /// The game's version.
    pub game_version: String,
}

/// One finding, as the store lists it (for counting mistakes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingRow {
    /// The rule (its name in the core, e.g. `WrongAccount`).
    pub rule: String,
    /// The scenario event, if any.
    pub event: Option<String>,
    /// When (simulation ms).
    pub at: u64,
}

/// What is added when a run's shift ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    /// The whole timed action log.
    pub actions: Vec<TimedAction>,
    /// The scores a replay must reproduce.
    pub score: RecordedScore,
    /// Grade.
    pub grade: char,
    /// The weighted mean of the dimensions, before consequences.
    pub weighted: u32,
    /// The findings.
    pub findings: Vec<FindingRow>,
    /// The debrief as the game showed it (JSON of `onbrand_text::Report`).
    pub report_json: String,
    /// The simulation clock at the end.
    pub clock_ms: u64,
}

impl Finished {
    /// The end of a run as the store keeps it: its actions, its score, and
    /// the debrief as the player saw it.
    pub fn of(
        actions: Vec<TimedAction>,
        score: &onbrand_core::score::Score,
        report: &onbrand_text::Report,
        sc: &onbrand_core::scenario::Scenario,
        clock_ms: u64,
    ) -> Finished {
        Finished {
            actions,
            score: score.recorded(),
            grade: score.grade,
            weighted: score.weighted,
            findings: score
                .findings
                .iter()
                .map(|f| FindingRow {
                    rule: rule_name(f.rule()),
                    event: f.event.map(|e| sc.events[e].id.clone()),
                    at: f.at,
                })
                .collect(),
            report_json: serde_json::to_string(report).unwrap_or_default(),
            clock_ms,
        }
    }
}

/// A rule's name as the store and the exports write it (`WrongAccount`).
pub fn rule_name(r: onbrand_core::scenario::Rule) -> String {
    serde_json::to_value(r)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("{r:?}"))
}

/// The rule a stored name stands for (the inverse of [`rule_name`]).
pub fn rule_of(name: &str) -> Option<onbrand_core::scenario::Rule> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// Where a run stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum RunState {
    /// Started and never ended: it can be resumed.
    Unfinished,
    /// Ended with a score.
    Finished,
    /// Ended without a score (the trainee chose not to resume it).
    Abandoned,
}

/// A run as stored (without its actions and debrief: see
/// [`Store::run_actions`] and [`Store::run_report`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunRecord {
    /// Id.
    pub id: RunId,
    /// The trainee's profile.
    pub profile_id: i64,
    /// The trainee's display name.
    pub trainee: String,
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario title.
    pub scenario_title: String,
    /// SHA-256 of the scenario file.
    pub scenario_sha256: String,
    /// Where the scenario file was.
    pub scenario_path: Option<String>,
    /// Seed.
    pub seed: u64,
    /// The game's version.
    pub game_version: String,
    /// Start (RFC 3339).
    pub started: String,
    /// End (RFC 3339), if it ended.
    pub ended: Option<String>,
    /// The simulation clock where it stands (ms).
    pub clock_ms: u64,
    /// The scores, when it ended with one.
    pub score: Option<RecordedScore>,
    /// Grade, when scored.
    pub grade: Option<String>,
    /// Weighted mean before consequences, when scored.
    pub weighted: Option<u32>,
    /// Where it stands.
    pub state: RunState,
}

/// Which runs to list.
#[derive(Clone, Debug, Default)]
pub struct RunFilter {
    /// Only this trainee's (display name).
    pub trainee: Option<String>,
    /// Only this scenario's (id).
    pub scenario: Option<String>,
    /// Only runs that ended with a score.
    pub finished_only: bool,
}

const COLUMNS: &str =
    "r.id, r.profile_id, p.name, r.scenario_id, r.scenario_title, r.scenario_sha256,
    r.scenario_path, r.seed, r.game_version, r.started, r.ended, r.clock_ms, r.overall, r.speed,
    r.accuracy, r.alignment, r.process, r.account_safety, r.passed, r.incidents, r.rules_version,
    r.grade, r.weighted";

fn record(r: &rusqlite::Row) -> rusqlite::Result<RunRecord> {
    let overall: Option<u32> = r.get(12)?;
    let ended: Option<String> = r.get(10)?;
    let score = match overall {
        Some(overall) => Some(RecordedScore {
            overall,
            speed: r.get(13)?,
            accuracy: r.get(14)?,
            alignment: r.get(15)?,
            process: r.get(16)?,
            account_safety: r.get(17)?,
            passed: r.get(18)?,
            incidents: r.get(19)?,
            rules: r.get(20)?,
        }),
        None => None,
    };
    let state = match (&ended, &score) {
        (None, _) => RunState::Unfinished,
        (Some(_), Some(_)) => RunState::Finished,
        (Some(_), None) => RunState::Abandoned,
    };
    Ok(RunRecord {
        id: r.get(0)?,
        profile_id: r.get(1)?,
        trainee: r.get(2)?,
        scenario_id: r.get(3)?,
        scenario_title: r.get(4)?,
        scenario_sha256: r.get(5)?,
        scenario_path: r.get(6)?,
        seed: r.get::<_, i64>(7)? as u64,
        game_version: r.get(8)?,
        started: r.get(9)?,
        ended,
        clock_ms: r.get::<_, i64>(11)? as u64,
        score,
        grade: r.get(21)?,
        weighted: r.get(22)?,
        state,
    })
}

impl Store {
    /// Writes a new run as its shift starts; returns its id.
    pub fn begin_run(&self, s: &RunStart) -> Result<RunId, StoreError> {
        let id = uuid::Uuid::new_v4().to_string();
        self.begin_run_with_id(&id, s)?;
        Ok(id)
    }

    /// Writes a new run under a given id (the writer thread's caller makes
    /// the id, so that it need not wait for the disk).
    pub fn begin_run_with_id(&self, id: &str, s: &RunStart) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO runs (id, profile_id, scenario_id, scenario_title, scenario_sha256,
                    scenario_path, seed, game_version, started)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    id,
                    s.profile,
                    s.scenario_id,
                    s.scenario_title,
                    s.scenario_sha256,
                    s.scenario_path,
                    s.seed as i64,
                    s.game_version,
                    crate::now()
                ],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Journals one action of a run, in its own transaction: once this
    /// returns, the action survives the process being killed (and, with
    /// the store's synchronous mode, a power cut).
    pub fn journal(&self, run: &str, seq: u32, a: &TimedAction) -> Result<(), StoreError> {
        let action = serde_json::to_string(&a.action).unwrap_or_default();
        self.conn
            .prepare_cached("INSERT INTO journal (run_id, seq, at, action) VALUES (?1, ?2, ?3, ?4)")
            .and_then(|mut st| st.execute(params![run, seq, a.at as i64, action]))
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Records where the simulation clock of a run stands (a resumed shift
    /// starts there, not at its last action).
    pub fn set_clock(&self, run: &str, clock_ms: u64) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("UPDATE runs SET clock_ms = ?2 WHERE id = ?1 AND ended IS NULL")
            .and_then(|mut st| st.execute(params![run, clock_ms as i64]))
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Adds the end of a run (scores, debrief, the whole log) and drops its
    /// journal, in one transaction.
    pub fn finish_run(&mut self, run: &str, f: &Finished) -> Result<(), StoreError> {
        let path = self.path.clone();
        let e = |e| StoreError::sqlite(&path, e);
        let actions = serde_json::to_string(&f.actions).unwrap_or_default();
        let t = self.conn.transaction().map_err(e)?;
        let n = t
            .execute(
                "UPDATE runs SET ended = ?2, clock_ms = ?3, actions = ?4, overall = ?5, speed = ?6,
                    accuracy = ?7, alignment = ?8, process = ?9, account_safety = ?10,
                    passed = ?11, incidents = ?12, rules_version = ?13, grade = ?14,
                    weighted = ?15, report = ?16
                 WHERE id = ?1",
                params![
                    run,
                    crate::now(),
                    f.clock_ms as i64,
                    actions,
                    f.score.overall,
                    f.score.speed,
                    f.score.accuracy,
                    f.score.alignment,
                    f.score.process,
                    f.score.account_safety,
                    f.score.passed,
                    f.score.incidents,
                    f.score.rules,
                    f.grade.to_string(),
                    f.weighted,
                    f.report_json
                ],
            )
            .map_err(e)?;
        if n == 0 {
            return Err(StoreError::NoRun(run.to_owned()));
        }
        t.execute("DELETE FROM findings WHERE run_id = ?1", [run])
            .map_err(e)?;
        {
            let mut st = t
                .prepare(
                    "INSERT INTO findings (run_id, seq, rule, event, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(e)?;
            for (k, x) in f.findings.iter().enumerate() {
                st.execute(params![run, k as i64, x.rule, x.event, x.at as i64])
                    .map_err(e)?;
            }
        }
        t.execute("DELETE FROM journal WHERE run_id = ?1", [run])
            .map_err(e)?;
        t.commit().map_err(e)
    }

    /// Ends a run without a score (the trainee chose not to resume it).
    /// Its journal stays, so that nothing played is lost.
    pub fn abandon_run(&self, run: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE runs SET ended = ?2 WHERE id = ?1 AND ended IS NULL",
                params![run, crate::now()],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Runs, oldest first.
    pub fn runs(&self, f: &RunFilter) -> Result<Vec<RunRecord>, StoreError> {
        let mut sql = format!(
            "SELECT {COLUMNS} FROM runs r JOIN profiles p ON p.id = r.profile_id WHERE 1 = 1"
        );
        let mut args: Vec<String> = Vec::new();
        if let Some(t) = &f.trainee {
            args.push(t.clone());
            sql.push_str(&format!(" AND p.name = ?{}", args.len()));
        }
        if let Some(s) = &f.scenario {
            args.push(s.clone());
            sql.push_str(&format!(" AND r.scenario_id = ?{}", args.len()));
        }
        if f.finished_only {
            sql.push_str(" AND r.overall IS NOT NULL");
        }
        sql.push_str(" ORDER BY r.started, r.rowid");
        let mut st = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        st.query_map(rusqlite::params_from_iter(args.iter()), record)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// One run.
    pub fn run(&self, id: &str) -> Result<RunRecord, StoreError> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM runs r JOIN profiles p ON p.id = r.profile_id WHERE r.id = ?1"
                ),
                [id],
                record,
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| StoreError::NoRun(id.to_owned()))
    }

    /// A trainee's runs that never ended, newest first: each can be resumed.
    pub fn unfinished(&self, profile: i64) -> Result<Vec<RunRecord>, StoreError> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM runs r JOIN profiles p ON p.id = r.profile_id
                 WHERE r.profile_id = ?1 AND r.ended IS NULL ORDER BY r.started DESC"
            ))
            .map_err(|e| self.err(e))?;
        st.query_map([profile], record)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// A run's timed actions: the whole log of a finished run, or the
    /// journal of one still open (or abandoned), in order.
    pub fn run_actions(&self, id: &str) -> Result<Vec<TimedAction>, StoreError> {
        let data = |what: String| StoreError::Data {
            path: self.path.clone(),
            run: id.to_owned(),
            what,
        };
        let log: Option<Option<String>> = self
            .conn
            .query_row("SELECT actions FROM runs WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        match log {
            None => Err(StoreError::NoRun(id.to_owned())),
            Some(Some(json)) => {
                serde_json::from_str(&json).map_err(|e| data(format!("its action log: {e}")))
            }
            Some(None) => {
                let mut st = self
                    .conn
                    .prepare("SELECT at, action FROM journal WHERE run_id = ?1 ORDER BY seq")
                    .map_err(|e| self.err(e))?;
                let rows: Vec<(i64, String)> = st
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .and_then(|rows| rows.collect())
                    .map_err(|e| self.err(e))?;
                rows.into_iter()
                    .map(|(at, a)| {
                        serde_json::from_str(&a)
                            .map(|action| TimedAction {
                                at: at as u64,
                                action,
                            })
                            .map_err(|e| data(format!("its journal: {e}")))
                    })
                    .collect()
            }
        }
    }

    /// The debrief stored with a finished run (JSON).
    pub fn run_report(&self, id: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT report FROM runs WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| StoreError::NoRun(id.to_owned()))
    }

    /// A run's findings.
    pub fn run_findings(&self, id: &str) -> Result<Vec<FindingRow>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT rule, event, at FROM findings WHERE run_id = ?1 ORDER BY seq")
            .map_err(|e| self.err(e))?;
        st.query_map([id], |r| {
            Ok(FindingRow {
                rule: r.get(0)?,
                event: r.get(1)?,
                at: r.get::<_, i64>(2)? as u64,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| self.err(e))
    }

    /// The kinds of mistake a trainee makes most, across their runs: (rule,
    /// findings, runs with it), most frequent first.
    pub fn frequent_mistakes(&self, profile: i64) -> Result<Vec<(String, u32, u32)>, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT f.rule, count(*), count(DISTINCT f.run_id) FROM findings f
                 JOIN runs r ON r.id = f.run_id WHERE r.profile_id = ?1
                 GROUP BY f.rule ORDER BY count(DISTINCT f.run_id) DESC, count(*) DESC, f.rule",
            )
            .map_err(|e| self.err(e))?;
        st.query_map([profile], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// Per scenario a trainee played: the best overall and its grade, and
    /// whether any run passed.
    pub fn best_per_scenario(
        &self,
        profile: i64,
    ) -> Result<Vec<(String, u32, String, bool)>, StoreError> {
        let mut st = self
            .conn
            .prepare(
                "SELECT scenario_id, max(overall), max(passed) FROM runs
                 WHERE profile_id = ?1 AND overall IS NOT NULL GROUP BY scenario_id",
            )
            .map_err(|e| self.err(e))?;
        let rows: Vec<(String, u32, bool)> = st
            .query_map([profile], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(|(s, best, passed)| {
                let grade: String = self
                    .conn
                    .query_row(
                        "SELECT grade FROM runs WHERE profile_id = ?1 AND scenario_id = ?2
                         AND overall = ?3 ORDER BY started LIMIT 1",
                        params![profile, s, best],
                        |r| r.get(0),
                    )
                    .map_err(|e| self.err(e))?;
                Ok((s, best, grade, passed))
            })
            .collect()
    }
}
