//! `onbrand`: the game, and its headless commands (see `onbrand --help`).

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
    onbrand::cli::run(onbrand::cli::Cli::parse())
}
