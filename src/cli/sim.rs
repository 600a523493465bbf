//! `onbrand sim`: bots play a scenario headless; scores as a table or JSON.

use crate::score::{RunReport, score, summarise};
use crate::sim::ActionLog;
use crate::sim::action::fingerprint;
use crate::sim::bots::{BOT_NAMES, by_name, play};
use std::path::Path;

pub(super) fn run(
    path: &Path,
    bot: &str,
    seed: u64,
    runs: u64,
    json: bool,
    save_log: Option<&Path>,
) -> u8 {
    if by_name(bot, 0).is_none() {
        eprintln!(
            "error: unknown bot `{bot}` (bots: {})",
            BOT_NAMES.join(", ")
        );
        return super::USAGE;
    }
    if save_log.is_some() && runs != 1 {
        eprintln!("error: --save-log records one run: use it with --runs 1");
        return super::USAGE;
    }
    let sc = match super::load_input(path) {
        Ok(sc) => sc,
        Err(code) => return code,
    };
    let mut reports = Vec::with_capacity(runs as usize);
    if !json {
        println!("{} — {} — bot {bot}", path.display(), sc.title);
        println!(
            "{:>8} {:>7} {:>5} {:>4} {:>5} {:>8} {:>9} {:>7} {:>6} {:>9}",
            "seed",
            "overall",
            "grade",
            "pass",
            "speed",
            "accuracy",
            "alignment",
            "process",
            "safety",
            "incidents"
        );
    }
    for k in 0..runs {
        let s = seed.wrapping_add(k);
        let mut b = by_name(bot, s).expect("bot name checked above");
        let (shift, actions) = play(&sc, s, b.as_mut());
        let result = score(&shift);
        let r = RunReport::new(&sc.id, s, bot, &result);
        if json {
            println!("{}", serde_json::to_string(&r).unwrap_or_default());
        } else {
            println!(
                "{:>8} {:>7} {:>5} {:>4} {:>5} {:>8} {:>9} {:>7} {:>6} {:>9}",
                s,
                r.score.overall,
                r.grade,
                if r.score.passed { "yes" } else { "no" },
                r.score.speed,
                r.score.accuracy,
                r.score.alignment,
                r.score.process,
                r.score.account_safety,
                r.score.incidents
            );
        }
        if let Some(out) = save_log {
            // The scenario's full path, so the log replays from any folder.
            let full = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
            let log = ActionLog {
                version: ActionLog::VERSION,
                scenario: full.display().to_string(),
                scenario_id: sc.id.clone(),
                seed: s,
                player: bot.to_owned(),
                actions,
                scenario_fingerprint: std::fs::read(path).ok().map(|b| fingerprint(&b)),
                result: Some(r.score),
            };
            if let Err(e) = std::fs::write(out, log.to_ron()) {
                eprintln!("error: cannot write {}: {e}", out.display());
                return super::PROBLEMS;
            }
        }
        reports.push(r);
    }
    if runs > 1 {
        let sum = summarise(&reports);
        if json {
            let v = serde_json::json!({ "summary": sum });
            println!("{v}");
        } else {
            println!(
                "\n{} runs, pass rate {:.0} %, incidents per run {:.2}",
                sum.runs,
                100.0 * sum.pass_rate,
                sum.incidents_mean
            );
            println!(
                "{:>15} {:>6} {:>5} {:>5} {:>5}",
                "", "mean", "p10", "p50", "p90"
            );
            for (name, st) in &sum.dims {
                println!(
                    "{name:>15} {:>6.1} {:>5} {:>5} {:>5}",
                    st.mean, st.p10, st.p50, st.p90
                );
            }
        }
    }
    0
}

/// Every bot over `runs` seeds: the score bands a trainer reads to see at
/// once whether a scenario is too easy or impossible.
pub(super) fn calibrate(path: &Path, seed: u64, runs: u64, json: bool) -> u8 {
    let sc = match super::load_input(path) {
        Ok(sc) => sc,
        Err(code) => return code,
    };
    if !json {
        println!(
            "{} — {} — {runs} seeds per bot (from {seed})\n",
            path.display(),
            sc.title
        );
        println!(
            "{:<9} {:>6} {:>15} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}",
            "bot",
            "pass",
            "overall p10-p90",
            "speed",
            "facts",
            "voice",
            "proc.",
            "safety",
            "incidents"
        );
    }
    for bot in BOT_NAMES {
        let reports: Vec<RunReport> = (0..runs)
            .map(|k| {
                let s = seed.wrapping_add(k);
                let mut b = by_name(bot, s).expect("known bot");
                let (shift, _) = play(&sc, s, b.as_mut());
                RunReport::new(&sc.id, s, bot, &score(&shift))
            })
            .collect();
        let sum = summarise(&reports);
        if json {
            println!("{}", serde_json::json!({ "bot": bot, "summary": sum }));
            continue;
        }
        let d = |k: &str| sum.dims.get(k).copied().unwrap_or_default();
        let o = d("overall");
        println!(
            "{bot:<9} {:>5.0}% {:>6} ({:>3}-{:>3}) {:>6.0} {:>6.0} {:>6.0} {:>6.0} {:>6.0} {:>9.2}",
            100.0 * sum.pass_rate,
            o.p50,
            o.p10,
            o.p90,
            d("speed").mean,
            d("accuracy").mean,
            d("alignment").mean,
            d("process").mean,
            d("account_safety").mean,
            sum.incidents_mean
        );
    }
    if !json {
        println!(
            "\npass: share of seeds passed; overall: median (10th-90th percentile); other columns: means."
        );
        println!(
            "A sound scenario: ideal passes every seed; the bot that lacks the scenario's lesson fails."
        );
    }
    0
}
