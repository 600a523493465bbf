//! `onbrand`: the game, and its headless commands.

use clap::Parser;
use onbrand::cli::{Cli, Command, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let scenario = match &cli.command {
        Some(Command::Play { path }) => Some(path.clone()),
        _ => None,
    };
    if let Some(code) = run(cli) {
        return code;
    }
    onbrand::game::run(onbrand::game::Launch { scenario });
    ExitCode::SUCCESS
}
