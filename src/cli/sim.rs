//! `onbrand sim`: bots play a scenario headless; scores as a table or JSON.

use super::write::write_atomic;
use super::{Error, Result};
use onbrand_core::scenario::{Dimension, Language};
use onbrand_core::score::{RunReport, score, summarise};
use onbrand_core::sim::ActionLog;
use onbrand_core::sim::action::fingerprint;
use onbrand_core::sim::bots::{BotKind, play};
use onbrand_core::untrusted::{escape, escape_path};
use onbrand_text::Report;
use std::path::Path;

/// Short column titles of the dimensions in tables (`sim`, `results`).
pub(super) fn column(d: Dimension) -> &'static str {
    match d {
        Dimension::Speed => "speed",
        Dimension::Accuracy => "accuracy",
        Dimension::Alignment => "alignment",
        Dimension::Process => "process",
        Dimension::AccountSafety => "safety",
    }
}

/// What `sim` prints besides the scores.
pub(super) struct Output<'a> {
    /// One JSON object per run (the [`Report`]), and a summary line.
    pub json: bool,
    /// The debrief of each run, in full.
    pub findings: bool,
    /// The language of the debrief (default: the scenario's).
    pub lang: Option<Language>,
    /// Write the run's action log there (replace it when `.1`).
    pub save_log: Option<(&'a Path, bool)>,
    /// Store each run as this trainee's.
    pub trainee: Option<&'a str>,
    /// The records' folder.
    pub data_dir: Option<&'a Path>,
}

pub(super) fn run(path: &Path, bot: BotKind, seed: u64, runs: u64, out: Output) -> Result {
    let Output {
        json,
        findings,
        lang,
        save_log,
        trainee,
        data_dir,
    } = out;
    let mut store = match trainee {
        Some(_) => Some(super::records::open(data_dir)?),
        None => None,
    };
    if save_log.is_some() && runs != 1 {
        return Err(Error::Usage(
            "--save-log records one run: use it with --runs 1".into(),
        ));
    }
    let sc = super::load_input(path)?;
    let lang = lang.unwrap_or(sc.language);
    let mut reports = Vec::with_capacity(runs as usize);
    if !json {
        println!(
            "{} — {} — bot {}",
            escape_path(path),
            escape(&sc.title),
            bot.name()
        );
        print!(
            "{:>8} {:>7} {:>5} {:>4}",
            "seed", "overall", "grade", "pass"
        );
        for d in Dimension::ALL {
            print!(" {:>w$}", column(d), w = column(d).len().max(5));
        }
        println!(" {:>9}", "incidents");
    }
    for k in 0..runs {
        let s = seed.wrapping_add(k);
        let mut b = bot.make(s);
        let (shift, actions) = play(&sc, s, b.as_mut());
        let result = score(&shift);
        let r = RunReport::new(&sc.id, s, bot.name(), &result);
        if json {
            let full = Report::new(&sc, s, bot.name(), &result, lang);
            println!("{}", serde_json::to_string(&full).unwrap_or_default());
        } else {
            print!(
                "{:>8} {:>7} {:>5} {:>4}",
                s,
                r.score.overall,
                r.grade,
                if r.score.passed { "yes" } else { "no" }
            );
            for d in Dimension::ALL {
                print!(" {:>w$}", r.score.get(d), w = column(d).len().max(5));
            }
            println!(" {:>9}", r.score.incidents);
            if findings {
                let full = Report::new(&sc, s, bot.name(), &result, lang);
                println!();
                super::debrief::verdict(&full, lang);
                super::debrief::findings(&full, lang, true);
                println!();
            }
        }
        if let (Some(store), Some(name)) = (store.as_mut(), trainee) {
            let report = Report::new(&sc, s, bot.name(), &result, lang);
            super::records::store_run(
                store,
                name,
                &sc,
                path,
                s,
                actions.clone(),
                &result,
                &report,
                shift.now(),
            )?;
        }
        if let Some((out, force)) = save_log {
            // The scenario's full path, so the log replays from any folder.
            let full = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
            let log = ActionLog {
                version: ActionLog::VERSION,
                scenario: full.display().to_string(),
                scenario_id: sc.id.clone(),
                seed: s,
                player: bot.name().to_owned(),
                actions,
                scenario_fingerprint: onbrand_core::untrusted::read_file(path)
                    .ok()
                    .map(|b| fingerprint(&b)),
                result: Some(r.score),
            };
            write_atomic(out, log.to_ron().as_bytes(), force)
                .map_err(|e| Error::Failed(format!("error: {e}")))?;
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
            let rows = std::iter::once(("overall", sum.overall))
                .chain(Dimension::ALL.iter().map(|&d| (d.key(), sum.get(d))));
            for (name, st) in rows {
                println!(
                    "{name:>15} {:>6.1} {:>5} {:>5} {:>5}",
                    st.mean, st.p10, st.p50, st.p90
                );
            }
        }
    }
    Ok(())
}

/// Every bot over `runs` seeds: the score bands a trainer reads to see at
/// once whether a scenario is too easy or impossible.
pub(super) fn calibrate(path: &Path, seed: u64, runs: u64, json: bool) -> Result {
    let sc = super::load_input(path)?;
    if !json {
        println!(
            "{} — {} — {runs} seeds per bot (from {seed})\n",
            escape_path(path),
            escape(&sc.title)
        );
        println!(
            "{:<9} {:>6} {:>19} {:>15} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}",
            "bot",
            "pass",
            "grades A/B/C/D/F",
            "overall p10-p90",
            "speed",
            "facts",
            "voice",
            "proc.",
            "safety",
            "incidents"
        );
    }
    for bot in BotKind::ALL {
        let reports: Vec<RunReport> = (0..runs)
            .map(|k| {
                let s = seed.wrapping_add(k);
                let mut b = bot.make(s);
                let (shift, _) = play(&sc, s, b.as_mut());
                RunReport::new(&sc.id, s, bot.name(), &score(&shift))
            })
            .collect();
        let sum = summarise(&reports);
        if json {
            println!(
                "{}",
                serde_json::json!({ "bot": bot.name(), "summary": sum })
            );
            continue;
        }
        let o = sum.overall;
        let grades: Vec<String> = sum.grades.iter().map(|n| n.to_string()).collect();
        print!(
            "{:<9} {:>5.0}% {:>19} {:>6} ({:>3}-{:>3})",
            bot.name(),
            100.0 * sum.pass_rate,
            grades.join("/"),
            o.p50,
            o.p10,
            o.p90,
        );
        for d in Dimension::ALL {
            print!(" {:>6.0}", sum.get(d).mean);
        }
        println!(" {:>9.2}", sum.incidents_mean);
    }
    if !json {
        println!(
            "\npass: share of seeds passed; grades: seeds per grade; overall: median (10th-90th percentile); other columns: means."
        );
        println!(
            "A sound scenario: ideal passes every seed; the bot that lacks the scenario's lesson fails."
        );
    }
    Ok(())
}
