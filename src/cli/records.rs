//! The trainee records on the command line: `onbrand results` (a table,
//! JSON lines, CSV or xAPI statements), `onbrand trainee list | export |
//! delete`, and storing `sim`'s runs as a trainee's. Every command takes
//! `--data-dir` (else `$ONBRAND_DATA_DIR`, else the platform's data folder).

use super::write::write_atomic;
use super::{Error, Result};
use onbrand_core::scenario::{Dimension, Scenario};
use onbrand_core::score::Score;
use onbrand_core::sim::TimedAction;
use onbrand_core::untrusted::escape;
use onbrand_records::{Finished, ProfileSettings, RunFilter, RunStart, RunState, Store, export};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How `results` prints the runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    Table,
    Json,
    Csv,
}

/// The data folder of a command.
pub(super) fn data_dir(arg: Option<&Path>) -> Result<PathBuf> {
    arg.map(Path::to_owned)
        .or_else(onbrand_records::default_dir)
        .ok_or_else(|| {
            Error::Usage(format!(
                "no data folder: give --data-dir or set {}",
                onbrand_records::DATA_DIR_ENV
            ))
        })
}

/// Opens the records of a command.
pub(super) fn open(arg: Option<&Path>) -> Result<Store> {
    Ok(Store::open(&data_dir(arg)?)?)
}

/// Stores a finished run (a bot's, from `sim --trainee`) as a trainee's.
pub(super) fn store_run(
    store: &mut Store,
    trainee: &str,
    sc: &Scenario,
    path: &Path,
    seed: u64,
    actions: Vec<TimedAction>,
    score: &Score,
    report: &onbrand_text::Report,
    clock_ms: u64,
) -> Result {
    let p = store.profile_or_create(
        trainee,
        ProfileSettings {
            lang: sc.language,
            ..ProfileSettings::default()
        },
    )?;
    let bytes = onbrand_core::untrusted::read_file(path).unwrap_or_default();
    let run = store.begin_run(&RunStart {
        profile: p.id,
        scenario_id: sc.id.clone(),
        scenario_title: sc.title.clone(),
        scenario_sha256: onbrand_core::sim::action::fingerprint(&bytes),
        scenario_path: std::path::absolute(path)
            .ok()
            .map(|p| p.display().to_string()),
        seed,
        game_version: env!("CARGO_PKG_VERSION").into(),
    })?;
    store.finish_run(&run, &Finished::of(actions, score, report, sc, clock_ms))?;
    Ok(())
}

fn date(rfc3339: &str) -> String {
    // "2026-12-02T03:10:44.123Z" → "2026-12-02 03:10"
    rfc3339.get(..16).unwrap_or(rfc3339).replace('T', " ")
}

/// `onbrand results`.
pub(super) fn results(
    dir: Option<&Path>,
    trainee: Option<String>,
    scenario: Option<String>,
    format: Format,
    xapi: Option<(&Path, bool)>,
    xapi_base: &str,
) -> Result {
    let store = open(dir)?;
    if let Some(t) = &trainee
        && store.profile(t)?.is_none()
    {
        return Err(Error::Failed(format!(
            "error: no trainee named `{}` in {}",
            escape(t),
            store.path().display()
        )));
    }
    let runs = store.runs(&RunFilter {
        trainee,
        scenario,
        finished_only: false,
    })?;
    if let Some((out, force)) = xapi {
        let statements = store.xapi(&runs, xapi_base)?;
        let text = serde_json::to_string_pretty(&statements).unwrap_or_default();
        write_atomic(out, format!("{text}\n").as_bytes(), force)
            .map_err(|e| Error::Failed(format!("error: {e}")))?;
        eprintln!(
            "{} xAPI statement(s) written to {}",
            statements.len(),
            out.display()
        );
        return Ok(());
    }
    match format {
        Format::Json => {
            let mut out = std::io::stdout().lock();
            for r in &runs {
                let _ = writeln!(out, "{}", serde_json::to_string(r).unwrap_or_default());
            }
        }
        Format::Csv => {
            let text = export::csv(&runs).map_err(|e| Error::Failed(format!("error: {e}")))?;
            print!("{text}");
        }
        Format::Table => {
            if runs.is_empty() {
                println!("no runs in {}", store.path().display());
                return Ok(());
            }
            print!(
                "{:<16} {:<16} {:<22} {:>20} {:>7} {:>5} {:>4}",
                "started", "trainee", "scenario", "seed", "overall", "grade", "pass"
            );
            for d in Dimension::ALL {
                print!(" {:>9}", super::sim::column(d));
            }
            println!(" {:>9}", "incidents");
            for r in &runs {
                let name: String = r.trainee.chars().take(16).collect();
                let sc: String = r.scenario_id.chars().take(22).collect();
                print!(
                    "{:<16} {:<16} {:<22} {:>20}",
                    date(&r.started),
                    escape(&name),
                    escape(&sc),
                    r.seed
                );
                match (&r.score, r.state) {
                    (Some(s), _) => {
                        print!(
                            " {:>7} {:>5} {:>4}",
                            s.overall,
                            r.grade.as_deref().unwrap_or(""),
                            if s.passed { "yes" } else { "no" }
                        );
                        for d in Dimension::ALL {
                            print!(" {:>9}", s.get(d));
                        }
                        println!(" {:>9}", s.incidents);
                    }
                    (None, RunState::Unfinished) => println!("  (not finished: it can be resumed)"),
                    (None, _) => println!("  (abandoned)"),
                }
            }
        }
    }
    Ok(())
}

/// `onbrand trainee list`.
pub(super) fn list(dir: Option<&Path>) -> Result {
    let store = open(dir)?;
    let all = store.runs(&RunFilter::default())?;
    for p in store.profiles()? {
        let runs = all.iter().filter(|r| r.profile_id == p.id).count();
        println!(
            "{}  ({runs} run{}, language {}, last used {})",
            escape(&p.name),
            if runs == 1 { "" } else { "s" },
            p.settings.lang.code(),
            date(&p.last_used)
        );
    }
    Ok(())
}

/// `onbrand trainee export NAME [--out FILE]`.
pub(super) fn export_one(dir: Option<&Path>, name: &str, out: Option<(&Path, bool)>) -> Result {
    let store = open(dir)?;
    let x = store.export_trainee(name)?;
    let text = serde_json::to_string_pretty(&x).unwrap_or_default();
    match out {
        Some((path, force)) => {
            write_atomic(path, format!("{text}\n").as_bytes(), force)
                .map_err(|e| Error::Failed(format!("error: {e}")))?;
            eprintln!(
                "everything stored about {} written to {}",
                escape(name),
                path.display()
            );
        }
        None => println!("{text}"),
    }
    Ok(())
}

/// `onbrand trainee delete NAME [--yes]`.
pub(super) fn delete(dir: Option<&Path>, name: &str, yes: bool) -> Result {
    let mut store = open(dir)?;
    if store.profile(name)?.is_none() {
        return Err(Error::Failed(format!(
            "error: no trainee named `{}` in {}",
            escape(name),
            store.path().display()
        )));
    }
    let runs = store
        .runs(&RunFilter {
            trainee: Some(name.to_owned()),
            ..Default::default()
        })?
        .len();
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::Usage(
                "deleting a trainee needs a confirmation: answer at a terminal, or pass --yes"
                    .into(),
            ));
        }
        eprint!(
            "Delete {} and everything stored about them ({runs} run{})? This cannot be undone. [y/N] ",
            escape(name),
            if runs == 1 { "" } else { "s" }
        );
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "o" | "oui") {
            eprintln!("nothing deleted");
            return Ok(());
        }
    }
    let n = store.delete_trainee(name)?;
    println!(
        "deleted {} and {n} run{}",
        escape(name),
        if n == 1 { "" } else { "s" }
    );
    Ok(())
}
