//! The command line: `onbrand` (the game), `play`, `new`, `check`, `sim`,
//! `replay` and, with the `dev` feature, `frame-bench`. Commands print their
//! output and return an [`Error`]; `main` maps it to the exit code.

mod check;
mod debrief;
mod error;
mod new;
mod records;
mod replay;
mod sim;
mod write;

pub use error::{Error, Result};

use clap::{Parser, Subcommand};
use onbrand_core::scenario::{Language, Scenario};
use onbrand_core::sim::bots::BotKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// On Brand: a training game for community managers.
#[derive(Parser, Debug)]
#[command(name = "onbrand", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do (default: open the game).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of the game window.
    #[command(flatten)]
    pub game: GameArgs,
}

/// Options of the game window (with no command, or with `play`).
#[derive(clap::Args, Debug, Clone, Default)]
pub struct GameArgs {
    /// Extra scenario files or folders to list in the menu.
    pub paths: Vec<PathBuf>,
    /// Seed of the shifts (default: a new one each time).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Interface language.
    #[arg(long, value_enum)]
    pub lang: Option<Language>,
    /// The records' folder (default: $ONBRAND_DATA_DIR, else the platform's
    /// data folder).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Run a UI script (RON) of inputs and screenshots, for tests.
    #[cfg(feature = "dev")]
    #[arg(long, value_name = "FILE")]
    pub script: Option<PathBuf>,
    /// Folder for the script's screenshots.
    #[cfg(feature = "dev")]
    #[arg(long, value_name = "DIR", default_value = "screenshots")]
    pub screenshots: PathBuf,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open the game straight on the briefing of a scenario file.
    Play {
        /// Scenario file (.ron).
        path: PathBuf,
        /// Restart the shift whenever the file is saved (for trainers).
        #[arg(long)]
        watch: bool,
        /// Options of the game window.
        #[command(flatten)]
        game: GameArgs,
    },
    /// Write a commented starter scenario that passes `check`.
    New {
        /// The new file (.ron); an existing file is never overwritten.
        path: PathBuf,
        /// Language of the starter.
        #[arg(long, value_enum, default_value = "en")]
        lang: Language,
    },
    /// Check scenario files (or folders of them) and report every problem.
    Check {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run a bot over a scenario, headless, and print its scores.
    Sim {
        /// Scenario file (.ron).
        scenario: PathBuf,
        /// The bot that plays (default ideal).
        #[arg(long, value_enum)]
        bot: Option<BotKind>,
        /// First seed (runs use seed, seed+1, …).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of runs (default 1; 200 per bot with --calibrate).
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        runs: Option<u64>,
        /// Print one JSON object per run, with its findings (and a summary
        /// line when runs > 1).
        #[arg(long)]
        json: bool,
        /// Print each run's debrief: how the overall was formed, then every
        /// finding (rule, time, item and author, what, why, the ideal).
        #[arg(long, conflicts_with_all = ["json", "calibrate"])]
        findings: bool,
        /// Language of the debrief (default: the scenario's).
        #[arg(long, value_enum)]
        lang: Option<Language>,
        /// Also store each run in the records, as this trainee's (for demos,
        /// tests and checking the pipeline).
        #[arg(long, value_name = "NAME", conflicts_with = "calibrate")]
        trainee: Option<String>,
        /// The records' folder (default: $ONBRAND_DATA_DIR, else the
        /// platform's data folder).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// Write the timed action log of the run (needs --runs 1); an
        /// existing file is kept unless --force.
        #[arg(long, value_name = "FILE")]
        save_log: Option<PathBuf>,
        /// Replace the file of --save-log if it exists.
        #[arg(long, requires = "save_log")]
        force: bool,
        /// Run every bot over many seeds (--runs, default 200) and print the
        /// expected score bands per bot and per dimension.
        #[arg(long, conflicts_with_all = ["save_log", "bot"])]
        calibrate: bool,
    },
    /// Measure frame times: the shift screen with a big feed, and an empty
    /// Bevy + bevy_egui app, in real windows (one JSON line each).
    #[cfg(feature = "dev")]
    FrameBench {
        /// Items in the feed.
        #[arg(long, default_value_t = 1000)]
        items: usize,
        /// Frames measured (after 30 frames of warm-up).
        #[arg(long, default_value_t = 600)]
        frames: u32,
        /// Internal: run one of the two apps.
        #[arg(long, hide = true, value_enum)]
        child: Option<onbrand_game::bench::BenchApp>,
    },
    /// The stored runs: a table, JSON lines, CSV, or xAPI statements.
    Results {
        /// Only this trainee's runs.
        #[arg(long, value_name = "NAME")]
        trainee: Option<String>,
        /// Only this scenario's runs (its id).
        #[arg(long, value_name = "ID")]
        scenario: Option<String>,
        /// One JSON object per run.
        #[arg(long, conflicts_with_all = ["csv", "xapi"])]
        json: bool,
        /// CSV, one row per finished run, the five dimensions as columns.
        #[arg(long, conflicts_with = "xapi")]
        csv: bool,
        /// Write xAPI 1.0.3 statements (one per finished run) to this file.
        #[arg(long, value_name = "FILE")]
        xapi: Option<PathBuf>,
        /// The base of the statements' IRIs (the agency's own domain).
        #[arg(long, value_name = "URL", default_value = onbrand_records::export::XAPI_BASE)]
        xapi_base: String,
        /// Replace the file of --xapi if it exists.
        #[arg(long, requires = "xapi")]
        force: bool,
        /// The records' folder.
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Trainee profiles: list, export everything about one (JSON), delete one.
    Trainee {
        /// What to do.
        #[command(subcommand)]
        action: TraineeAction,
        /// The records' folder.
        #[arg(long, value_name = "DIR", global = true)]
        data_dir: Option<PathBuf>,
    },
    /// Replay a saved action log and print its score.
    Replay {
        /// Action log (.ron) written by `sim --save-log`.
        log: PathBuf,
        /// Print the result as JSON, like `sim --json`.
        #[arg(long)]
        json: bool,
        /// Print the debrief in full: every finding with why it matters and
        /// the ideal.
        #[arg(long, conflicts_with = "json")]
        findings: bool,
        /// Language of the debrief (default: the scenario's).
        #[arg(long, value_enum)]
        lang: Option<Language>,
        /// The scenario file, if it moved since the log was recorded.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
    },
}

/// What `onbrand trainee` does.
#[derive(Subcommand, Debug)]
pub enum TraineeAction {
    /// Every trainee, with their number of runs.
    List,
    /// Everything stored about a trainee, as JSON (data portability).
    Export {
        /// The trainee's name.
        name: String,
        /// Write it to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace the file of --out if it exists.
        #[arg(long, requires = "out")]
        force: bool,
    },
    /// Delete a trainee and everything tied to them, for good.
    Delete {
        /// The trainee's name.
        name: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

/// Runs the command line: a headless command, or the game.
pub fn run(cli: Cli) -> Result {
    match cli.command {
        None => {
            if let Some(p) = cli.game.paths.iter().find(|p| !p.exists()) {
                return Err(Error::Usage(format!(
                    "`{}` is neither a command nor an existing scenario file or folder (see `onbrand --help`)",
                    onbrand_core::untrusted::escape_path(p)
                )));
            }
            open_game(&cli.game, None, false)
        }
        Some(Command::Play { path, watch, game }) => open_game(&game, Some(path), watch),
        Some(Command::Check { paths }) => check::run(&paths),
        Some(Command::New { path, lang }) => new::run(&path, lang),
        Some(Command::Sim {
            scenario,
            seed,
            runs,
            json,
            calibrate: true,
            ..
        }) => sim::calibrate(&scenario, seed, runs.unwrap_or(200), json),
        Some(Command::Sim {
            scenario,
            bot,
            seed,
            runs,
            json,
            findings,
            lang,
            trainee,
            data_dir,
            save_log,
            force,
            calibrate: false,
        }) => sim::run(
            &scenario,
            bot.unwrap_or(BotKind::Ideal),
            seed,
            runs.unwrap_or(1),
            sim::Output {
                json,
                findings,
                lang,
                save_log: save_log.as_deref().map(|p| (p, force)),
                trainee: trainee.as_deref(),
                data_dir: data_dir.as_deref(),
            },
        ),
        Some(Command::Results {
            trainee,
            scenario,
            json,
            csv,
            xapi,
            xapi_base,
            force,
            data_dir,
        }) => records::results(
            data_dir.as_deref(),
            trainee,
            scenario,
            if json {
                records::Format::Json
            } else if csv {
                records::Format::Csv
            } else {
                records::Format::Table
            },
            xapi.as_deref().map(|p| (p, force)),
            &xapi_base,
        ),
        Some(Command::Trainee { action, data_dir }) => match action {
            TraineeAction::List => records::list(data_dir.as_deref()),
            TraineeAction::Export { name, out, force } => records::export_one(
                data_dir.as_deref(),
                &name,
                out.as_deref().map(|p| (p, force)),
            ),
            TraineeAction::Delete { name, yes } => records::delete(data_dir.as_deref(), &name, yes),
        },
        Some(Command::Replay {
            log,
            json,
            findings,
            lang,
            scenario,
        }) => replay::run(
            &log,
            scenario.as_deref(),
            replay::Output {
                json,
                findings,
                lang,
            },
        ),
        #[cfg(feature = "dev")]
        Some(Command::FrameBench {
            items,
            frames,
            child,
        }) => {
            match child {
                Some(app) => onbrand_game::bench::child(app, items, frames)?,
                None => onbrand_game::bench::compare(items, frames)?,
            }
            Ok(())
        }
    }
}

#[cfg(feature = "game")]
fn open_game(args: &GameArgs, play: Option<PathBuf>, watch: bool) -> Result {
    let launch = onbrand_game::Launch {
        paths: args.paths.clone(),
        play,
        watch,
        seed: args.seed,
        lang: args.lang,
        data_dir: args.data_dir.clone(),
        #[cfg(feature = "dev")]
        script: args.script.clone().map(|s| (s, args.screenshots.clone())),
    };
    Ok(onbrand_game::run(launch)?)
}

#[cfg(not(feature = "game"))]
fn open_game(_: &GameArgs, _: Option<PathBuf>, _: bool) -> Result {
    Err(Error::Usage(
        "this build has no game window (built without the `game` feature); the headless commands work".into(),
    ))
}

/// A file named on the command line must exist: if not, a usage error.
fn input_file(path: &Path) -> Result {
    if path.is_file() {
        return Ok(());
    }
    let what = if path.exists() {
        "is a folder, not a file"
    } else {
        "no such file"
    };
    Err(Error::Usage(format!(
        "{}: {what}",
        onbrand_core::untrusted::escape_path(path)
    )))
}

/// Loads a scenario file named on the command line, printing its problems:
/// a missing file is a usage error, an invalid one a problem found.
fn load_input(path: &Path) -> Result<Arc<Scenario>> {
    input_file(path)?;
    load_or_report(path).ok_or(Error::Reported)
}

/// Loads one scenario for a command, printing its problems.
fn load_or_report(path: &Path) -> Option<Arc<Scenario>> {
    let loaded = onbrand_core::scenario::load_file(path);
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    loaded.scenario
}
