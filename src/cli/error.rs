//! What can go wrong in a command, and the one place that maps it to an exit
//! code: 0 success, 1 problems found (an invalid scenario, a failed replay),
//! 2 usage error (bad arguments, a missing file).

/// A command's failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad arguments or a missing input file.
    #[error("error: {0}")]
    Usage(String),
    /// Problems found and already printed (diagnostics, a replay's
    /// differences): nothing more to say.
    #[error("")]
    Reported,
    /// Problems found, said in one message.
    #[error("{0}")]
    Failed(String),
    /// The records could not be opened, read or written.
    #[error("error: {0}")]
    Records(#[from] onbrand_records::StoreError),
    /// The game window could not run, or stopped with an error.
    #[cfg(feature = "game")]
    #[error("error: {0}")]
    Game(#[from] onbrand_game::GameError),
}

impl Error {
    /// The exit code for this failure.
    pub fn code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Reported | Error::Failed(_) | Error::Records(_) => 1,
            #[cfg(feature = "game")]
            Error::Game(g) => match g {
                onbrand_game::GameError::Exit(c) => *c,
                #[cfg(feature = "dev")]
                onbrand_game::GameError::Script(_) => 2,
                #[cfg(feature = "dev")]
                onbrand_game::GameError::Bench(_) => 1,
            },
        }
    }

    /// Prints the failure on standard error (unless already printed).
    pub fn report(&self) {
        match self {
            Error::Reported => {}
            #[cfg(feature = "game")]
            Error::Game(onbrand_game::GameError::Exit(_)) => {}
            #[cfg(all(feature = "game", feature = "dev"))]
            Error::Game(onbrand_game::GameError::Script(e)) => eprintln!("{e}"),
            e => eprintln!("{e}"),
        }
    }
}

/// A command's result.
pub type Result<T = ()> = std::result::Result<T, Error>;
