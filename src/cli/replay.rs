//! `onbrand replay LOG`: re-runs a saved action log; the score must equal
//! the original run's, or the replay fails (exit 1) and says what differs.

use crate::scenario::duration::clock;
use crate::score::{RunReport, score};
use crate::sim::ActionLog;
use crate::sim::action::fingerprint;
use crate::sim::bots::replay;
use std::path::{Path, PathBuf};

/// Refused actions shown one by one; beyond, only their number.
const SHOWN_REFUSALS: usize = 5;

/// Finds the log's scenario: as written, or relative to the log's folder,
/// or (for a log from another machine) by its file name beside the log.
fn scenario_path(log_path: &Path, written: &str) -> PathBuf {
    let p = PathBuf::from(written);
    if p.is_file() {
        return p;
    }
    let dir = log_path.parent().unwrap_or(Path::new(""));
    [
        dir.join(&p),
        p.file_name().map(|n| dir.join(n)).unwrap_or_default(),
    ]
    .into_iter()
    .find(|c| c.is_file())
    .unwrap_or(p)
}

pub(super) fn run(path: &Path, json: bool, scenario: Option<&Path>) -> u8 {
    if let Err(code) = super::input_file(path) {
        return code;
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: error: cannot read the action log: {e}", path.display());
            return super::PROBLEMS;
        }
    };
    let log = match ActionLog::from_ron(&text) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}:{e}", path.display());
            return super::PROBLEMS;
        }
    };
    let sc_path = match scenario {
        Some(p) => {
            if let Err(code) = super::input_file(p) {
                return code;
            }
            p.to_owned()
        }
        None => scenario_path(path, &log.scenario),
    };
    let Some(sc) = super::load_or_report(&sc_path) else {
        return super::PROBLEMS;
    };
    if sc.id != log.scenario_id {
        eprintln!(
            "{}: error: the log was recorded on scenario `{}`, but {} is `{}`",
            path.display(),
            log.scenario_id,
            sc_path.display(),
            sc.id
        );
        return super::PROBLEMS;
    }
    let changed = log
        .scenario_fingerprint
        .as_ref()
        .is_some_and(|f| std::fs::read(&sc_path).is_ok_and(|bytes| fingerprint(&bytes) != *f));
    if changed {
        eprintln!(
            "{}: warning: {} changed since this log was recorded",
            path.display(),
            sc_path.display()
        );
    }
    let shift = replay(&sc, log.seed, &log.actions);
    let result = score(&shift);
    let r = RunReport::new(&sc.id, log.seed, &log.player, &result);
    if json {
        println!("{}", serde_json::to_string(&r).unwrap_or_default());
    } else {
        println!("{} — seed {} — {}", sc.title, r.seed, r.player);
        println!(
            "overall {} ({}), {}",
            r.score.overall,
            r.grade,
            if r.score.passed { "passed" } else { "failed" }
        );
        for (name, v) in result.dims.named() {
            println!("  {name:<15} {v:>3}");
        }
        println!("  incidents       {:>3}", r.score.incidents);
        for f in &result.findings {
            println!("  [{}] {:?}: {}", clock(f.at), f.rule, f.what);
        }
    }
    // Refused actions are part of the run (a bot or a trainee may try what
    // the shift does not allow), but a hand-edited log should know of them.
    let refused = shift.refusals();
    for (action, reason) in refused.iter().take(SHOWN_REFUSALS) {
        eprintln!(
            "{}: note: the shift refused {action:?}: {reason:?}",
            path.display()
        );
    }
    if refused.len() > SHOWN_REFUSALS {
        eprintln!(
            "{}: note: and {} more refused actions",
            path.display(),
            refused.len() - SHOWN_REFUSALS
        );
    }
    match &log.result {
        Some(recorded) if *recorded != r.score => {
            eprintln!(
                "{}: error: the replay does not reproduce the recorded run: {}",
                path.display(),
                recorded.differences(&r.score).join(", ")
            );
            super::PROBLEMS
        }
        _ => 0,
    }
}
