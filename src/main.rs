//! `onbrand`: the game, and its headless commands (see `onbrand --help`).
//! A thin binary over the library crates (ARCHITECTURE.md): it parses the
//! command line, runs the command, and maps its error to an exit code in
//! one place ([`cli::Error::code`]).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // `onbrand check scenarios | head` must end quietly, not panic on a
    // closed pipe: restore the default SIGPIPE behaviour of command-line tools.
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    match cli::run(cli::Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            e.report();
            ExitCode::from(e.code())
        }
    }
}
