//! Runs for other tools: CSV (one row per run, the five dimensions as
//! columns), JSON lines, and xAPI 1.0.3 statements for a learning record
//! store; and everything stored about one trainee, as JSON (data
//! portability).

use crate::{RunRecord, RunState, Store, StoreError};
use onbrand_core::sim::action::fingerprint;
use serde_json::{Value, json};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 19] = [
    "run",
    "trainee",
    "scenario",
    "title",
    "seed",
    "started",
    "ended",
    "overall",
    "grade",
    "passed",
    "speed",
    "accuracy",
    "alignment",
    "process",
    "account_safety",
    "incidents",
    "weighted",
    "rules",
    "game_version",
];

/// A text cell made safe for spreadsheets: one that starts like a formula
/// (`=`, `+`, `-`, `@`, tab, carriage return) is prefixed with `'`, so that
/// a trainee named `=HYPERLINK(…)` stays a name.
pub fn spreadsheet_safe(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_owned(),
    }
}

/// Finished runs as CSV, with a header row.
pub fn csv(runs: &[RunRecord]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS)?;
    for r in runs {
        let Some(s) = &r.score else { continue };
        let n = |v: u32| v.to_string();
        w.write_record([
            r.id.clone(),
            spreadsheet_safe(&r.trainee),
            spreadsheet_safe(&r.scenario_id),
            spreadsheet_safe(&r.scenario_title),
            r.seed.to_string(),
            r.started.clone(),
            r.ended.clone().unwrap_or_default(),
            n(s.overall),
            r.grade.clone().unwrap_or_default(),
            s.passed.to_string(),
            n(s.speed),
            n(s.accuracy),
            n(s.alignment),
            n(s.process),
            n(s.account_safety),
            n(s.incidents),
            r.weighted.map(n).unwrap_or_default(),
            s.rules.map(n).unwrap_or_default(),
            spreadsheet_safe(&r.game_version),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Where the IRIs of On Brand's xAPI statements live unless an agency
/// gives its own (`--xapi-base`).
pub const XAPI_BASE: &str = "https://onbrand.example/xapi";

/// The namespace of the statement ids (UUID v5 of the run id): re-sending a
/// run's statement gives the same id, so a learning record store can tell
/// a repeat (204) from a conflict (409).
const STATEMENT_NAMESPACE: uuid::Uuid =
    uuid::Uuid::from_u128(0x6f6e6272_616e_4478_a7c0_9e1b2a3c4d5e);

/// A stable pseudonym for a trainee: no name leaves the machine, yet every
/// statement of one trainee has the same actor.
pub fn pseudonym(trainee: &str, created: &str) -> String {
    let h = fingerprint(format!("{created}\n{trainee}").as_bytes());
    format!("trainee-{}", &h[..16.min(h.len())])
}

/// An ISO 8601 duration (`PT14M32.5S`), to the hundredth of a second.
pub fn iso_duration(ms: u64) -> String {
    let cs = ms.div_ceil(10); // hundredths
    let (h, rest) = (cs / 360_000, cs % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    let (s, hundredths) = (rest / 100, rest % 100);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || hundredths > 0 || (h == 0 && m == 0) {
        if hundredths == 0 {
            out.push_str(&format!("{s}S"));
        } else {
            let frac = format!("{hundredths:02}");
            out.push_str(&format!("{s}.{}S", frac.trim_end_matches('0')));
        }
    }
    out
}

/// Milliseconds between two RFC 3339 timestamps (0 if either is unreadable
/// or the end comes first).
pub fn millis_between(start: &str, end: &str) -> u64 {
    let (Ok(a), Ok(b)) = (
        start.parse::<jiff::Timestamp>(),
        end.parse::<jiff::Timestamp>(),
    ) else {
        return 0;
    };
    let d = b.as_millisecond() - a.as_millisecond();
    d.max(0) as u64
}

/// The xAPI statement of a finished run (none for a run without a score).
/// `created` is the trainee's profile creation time (for the pseudonym).
pub fn xapi_statement(r: &RunRecord, created: &str, base: &str) -> Option<Value> {
    let s = r.score.as_ref()?;
    let ended = r.ended.as_deref()?;
    let base = base.trim_end_matches('/');
    let verb = if s.passed { "passed" } else { "failed" };
    let ext = |k: &str| format!("{base}/extensions/{k}");
    Some(json!({
        "id": uuid::Uuid::new_v5(&STATEMENT_NAMESPACE, r.id.as_bytes()).to_string(),
        "actor": {
            "objectType": "Agent",
            "account": { "homePage": format!("{base}/trainees"), "name": pseudonym(&r.trainee, created) },
        },
        "verb": {
            "id": format!("http://adlnet.gov/expapi/verbs/{verb}"),
            "display": { "en-US": verb },
        },
        "object": {
            "objectType": "Activity",
            "id": format!("{base}/scenarios/{}", iri_segment(&r.scenario_id)),
            "definition": {
                "name": { "und": r.scenario_title },
                "type": "http://adlnet.gov/expapi/activities/simulation",
            },
        },
        "result": {
            "score": { "scaled": f64::from(s.overall) / 100.0, "raw": s.overall, "min": 0, "max": 100 },
            "success": s.passed,
            "completion": true,
            "duration": iso_duration(millis_between(&r.started, ended)),
            "extensions": {
                ext("speed"): s.speed,
                ext("accuracy"): s.accuracy,
                ext("alignment"): s.alignment,
                ext("process"): s.process,
                ext("account-safety"): s.account_safety,
                ext("incidents"): s.incidents,
                ext("grade"): r.grade,
            },
        },
        "context": {
            "registration": uuid::Uuid::parse_str(&r.id).map(|u| u.to_string()).unwrap_or_else(|_| uuid::Uuid::new_v5(&STATEMENT_NAMESPACE, r.id.as_bytes()).to_string()),
            "platform": format!("On Brand {}", r.game_version),
            "extensions": {
                ext("seed"): r.seed.to_string(),
                ext("scenario-sha256"): r.scenario_sha256,
            },
        },
        "timestamp": ended,
    }))
}

/// A scenario id as one IRI path segment (letters, digits, `-`, `_`, `.`
/// kept; anything else percent-encoded).
fn iri_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Store {
    /// The xAPI statements of runs (finished ones only).
    pub fn xapi(&self, runs: &[RunRecord], base: &str) -> Result<Vec<Value>, StoreError> {
        let mut created = std::collections::HashMap::new();
        for p in self.profiles()? {
            created.insert(p.id, p.created);
        }
        Ok(runs
            .iter()
            .filter(|r| r.state == RunState::Finished)
            .filter_map(|r| {
                let c = created.get(&r.profile_id).map_or("", String::as_str);
                xapi_statement(r, c, base)
            })
            .collect())
    }

    /// Everything stored about a trainee, as one JSON object: the profile
    /// and its settings, and every run with its scores, actions, debrief,
    /// findings and journal.
    pub fn export_trainee(&self, name: &str) -> Result<Value, StoreError> {
        let p = self
            .profile(name)?
            .ok_or_else(|| StoreError::NoTrainee(name.to_owned()))?;
        let runs = self.runs(&crate::RunFilter {
            trainee: Some(p.name.clone()),
            ..Default::default()
        })?;
        let mut out = Vec::new();
        for r in &runs {
            let actions = self.run_actions(&r.id)?;
            let report = self
                .run_report(&r.id)?
                .and_then(|j| serde_json::from_str::<Value>(&j).ok());
            out.push(json!({
                "run": r,
                "actions": actions,
                "findings": self.run_findings(&r.id)?,
                "report": report,
            }));
        }
        Ok(json!({
            "exported": crate::now(),
            "profile": p,
            "runs": out,
        }))
    }
}
