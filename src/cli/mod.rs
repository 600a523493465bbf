//! The command line: `onbrand` (the game), `play`, `check`, `sim`, `replay`.
//!
//! Exit codes: 0 success, 1 problems found (invalid scenario, failed
//! replay), 2 usage error.

pub mod check;
mod replay;
mod sim;

pub use check::scenario_files;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// On Brand: a training game for community managers.
#[derive(Parser, Debug)]
#[command(name = "onbrand", version, about, long_about = None)]
pub struct Cli {
    /// What to do (default: open the game).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open the game straight on the briefing of a scenario file.
    Play {
        /// Scenario file (.ron).
        path: PathBuf,
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
        /// Bot: ideal, hasty, slow, careless or random.
        #[arg(long, default_value = "ideal")]
        bot: String,
        /// First seed (runs use seed, seed+1, …).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of runs.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        runs: u64,
        /// Print one JSON object per run (and a summary line when runs > 1).
        #[arg(long)]
        json: bool,
        /// Write the timed action log of the run (needs --runs 1).
        #[arg(long, value_name = "FILE")]
        save_log: Option<PathBuf>,
    },
    /// Replay a saved action log and print its score.
    Replay {
        /// Action log (.ron) written by `sim --save-log`.
        log: PathBuf,
        /// Print the result as JSON, like `sim --json`.
        #[arg(long)]
        json: bool,
    },
}

/// Usage error: bad arguments.
pub const USAGE: u8 = 2;
/// Problems found.
pub const PROBLEMS: u8 = 1;

/// Runs a headless command; `None` means "open the game".
pub fn run(cli: Cli) -> Option<ExitCode> {
    let code = match cli.command? {
        Command::Play { .. } => return None,
        Command::Check { paths } => check::run(&paths),
        Command::Sim {
            scenario,
            bot,
            seed,
            runs,
            json,
            save_log,
        } => sim::run(&scenario, &bot, seed, runs, json, save_log.as_deref()),
        Command::Replay { log, json } => replay::run(&log, json),
    };
    Some(ExitCode::from(code))
}

/// Loads one scenario for a command, printing its problems.
pub(crate) fn load_or_report(path: &std::path::Path) -> Option<crate::scenario::Scenario> {
    let loaded = crate::scenario::load_file(path);
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    loaded.scenario
}
