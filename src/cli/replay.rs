//! `onbrand replay LOG`: re-runs a saved action log; the score must equal
//! the original run's.

use crate::score::{RunReport, score};
use crate::sim::ActionLog;
use crate::sim::bots::replay;
use std::path::{Path, PathBuf};

/// Finds the log's scenario: as written, or relative to the log's folder.
fn scenario_path(log_path: &Path, written: &str) -> PathBuf {
    let p = PathBuf::from(written);
    if p.is_file() || p.is_absolute() {
        return p;
    }
    log_path.parent().map_or(p.clone(), |d| d.join(&p))
}

pub(super) fn run(path: &Path, json: bool) -> u8 {
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
    let sc_path = scenario_path(path, &log.scenario);
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
    let shift = replay(&sc, log.seed, &log.actions);
    let result = score(&shift);
    let r = RunReport::new(&sc.id, log.seed, &log.player, &result);
    if json {
        println!("{}", serde_json::to_string(&r).unwrap_or_default());
    } else {
        println!("{} — seed {} — {}", sc.title, r.seed, r.player);
        println!(
            "overall {} ({}), {}",
            r.overall,
            r.grade,
            if r.passed { "passed" } else { "failed" }
        );
        for (name, v) in result.dims.named() {
            println!("  {name:<15} {v:>3}");
        }
        println!("  incidents       {:>3}", r.incidents);
        for f in &result.findings {
            println!(
                "  [{}] {:?}: {}",
                crate::scenario::duration::clock(f.at),
                f.rule,
                f.what
            );
        }
    }
    0
}
