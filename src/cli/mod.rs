//! The command line: `onbrand` (the game), `play`, `check`, `sim`, `replay`.
//!
//! Exit codes: 0 success, 1 problems found (invalid scenario, failed
//! replay), 2 usage error.

pub mod check;
mod new;
mod replay;
mod sim;

pub use check::scenario_files;
use clap::{Parser, Subcommand};
pub use new::{STARTER_EN, STARTER_FR};
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Interface language: en or fr.
    #[arg(long, value_parser = ["en", "fr"])]
    pub lang: Option<String>,
    /// Run a UI script (RON) of inputs and screenshots, for tests.
    #[arg(long, value_name = "FILE")]
    pub script: Option<PathBuf>,
    /// Folder for the script's screenshots.
    #[arg(long, value_name = "DIR", default_value = "screenshots")]
    pub screenshots: PathBuf,
}

impl GameArgs {
    /// The launch options of the game.
    #[cfg(feature = "game")]
    pub fn launch(&self, play: Option<PathBuf>, watch: bool) -> crate::game::Launch {
        crate::game::Launch {
            paths: self.paths.clone(),
            play,
            watch,
            seed: self.seed,
            lang: match self.lang.as_deref() {
                Some("fr") => Some(crate::scenario::Language::Fr),
                Some(_) => Some(crate::scenario::Language::En),
                None => None,
            },
            script: self.script.clone(),
            screenshots: self.screenshots.clone(),
        }
    }
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
        /// Language of the starter: en or fr.
        #[arg(long, default_value = "en", value_parser = ["en", "fr"])]
        lang: String,
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
        /// Bot: ideal, hasty, slow, careless or random (default ideal).
        #[arg(long)]
        bot: Option<String>,
        /// First seed (runs use seed, seed+1, …).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of runs (default 1; 200 per bot with --calibrate).
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        runs: Option<u64>,
        /// Print one JSON object per run (and a summary line when runs > 1).
        #[arg(long)]
        json: bool,
        /// Write the timed action log of the run (needs --runs 1).
        #[arg(long, value_name = "FILE")]
        save_log: Option<PathBuf>,
        /// Run every bot over many seeds (--runs, default 200) and print the
        /// expected score bands per bot and per dimension.
        #[arg(long, conflicts_with_all = ["save_log", "bot"])]
        calibrate: bool,
    },
    /// Measure frame times: the shift screen with a big feed, and an empty
    /// Bevy + bevy_egui app, in real windows (one JSON line each).
    FrameBench {
        /// Items in the feed.
        #[arg(long, default_value_t = 1000)]
        items: usize,
        /// Frames measured (after 30 frames of warm-up).
        #[arg(long, default_value_t = 600)]
        frames: u32,
        /// Internal: run one of the two apps.
        #[arg(long, hide = true, value_parser = ["empty", "feed"])]
        child: Option<String>,
    },
    /// Replay a saved action log and print its score.
    Replay {
        /// Action log (.ron) written by `sim --save-log`.
        log: PathBuf,
        /// Print the result as JSON, like `sim --json`.
        #[arg(long)]
        json: bool,
        /// The scenario file, if it moved since the log was recorded.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
    },
}

/// Usage error: bad arguments.
pub const USAGE: u8 = 2;
/// Problems found.
pub const PROBLEMS: u8 = 1;

/// Runs the command line: a headless command, or the game.
pub fn run(cli: Cli) -> ExitCode {
    let code = match cli.command {
        None => {
            if let Some(p) = cli.game.paths.iter().find(|p| !p.exists()) {
                eprintln!(
                    "error: `{}` is neither a command nor an existing scenario file or folder (see `onbrand --help`)",
                    p.display()
                );
                return ExitCode::from(USAGE);
            }
            return open_game(&cli.game, None, false);
        }
        Some(Command::Play { path, watch, game }) => {
            return open_game(&game, Some(path), watch);
        }
        Some(Command::Check { paths }) => check::run(&paths),
        Some(Command::New { path, lang }) => new::run(&path, &lang),
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
            save_log,
            calibrate: false,
        }) => sim::run(
            &scenario,
            bot.as_deref().unwrap_or("ideal"),
            seed,
            runs.unwrap_or(1),
            json,
            save_log.as_deref(),
        ),
        Some(Command::Replay {
            log,
            json,
            scenario,
        }) => replay::run(&log, json, scenario.as_deref()),
        Some(Command::FrameBench {
            items,
            frames,
            child,
        }) => {
            return frame_bench(child, items, frames);
        }
    };
    ExitCode::from(code)
}

#[cfg(feature = "game")]
fn open_game(args: &GameArgs, play: Option<PathBuf>, watch: bool) -> ExitCode {
    crate::game::run(args.launch(play, watch))
}

#[cfg(not(feature = "game"))]
fn open_game(_: &GameArgs, _: Option<PathBuf>, _: bool) -> ExitCode {
    eprintln!(
        "error: this build has no game window (built without the `game` feature); the headless commands work"
    );
    ExitCode::from(USAGE)
}

#[cfg(feature = "game")]
fn frame_bench(child: Option<String>, items: usize, frames: u32) -> ExitCode {
    match child {
        Some(kind) => crate::game::bench::child(&kind, items, frames),
        None => crate::game::bench::compare(items, frames),
    }
}

#[cfg(not(feature = "game"))]
fn frame_bench(_: Option<String>, _: usize, _: u32) -> ExitCode {
    open_game(&GameArgs::default(), None, false)
}

/// A file named on the command line must exist: if not, a usage error.
fn input_file(path: &std::path::Path) -> Result<(), u8> {
    if path.is_file() {
        return Ok(());
    }
    let what = if path.exists() {
        "is a folder, not a file"
    } else {
        "no such file"
    };
    eprintln!("error: {}: {what}", path.display());
    Err(USAGE)
}

/// Loads a scenario file named on the command line, printing its problems:
/// a missing file is a usage error, an invalid one a problem found.
fn load_input(path: &std::path::Path) -> Result<crate::scenario::Scenario, u8> {
    input_file(path)?;
    load_or_report(path).ok_or(PROBLEMS)
}

/// Loads one scenario for a command, printing its problems.
pub(crate) fn load_or_report(path: &std::path::Path) -> Option<crate::scenario::Scenario> {
    let loaded = crate::scenario::load_file(path);
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    loaded.scenario
}
