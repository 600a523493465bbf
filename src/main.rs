//! `onbrand`: the game, and its headless commands (see `onbrand --help`).

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    onbrand::cli::run(onbrand::cli::Cli::parse())
}
