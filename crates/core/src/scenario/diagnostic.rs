//! Problems found in a scenario file, printed as `path:line:col: error: message`.

use super::span::Pos;
use std::fmt;
use std::path::PathBuf;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The scenario cannot be played.
    Error,
    /// Playable, but probably not what the author meant.
    Warning,
}

/// One problem, with its file and position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// Line and column (1-based).
    pub pos: Pos,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in words a trainer understands.
    pub message: String,
}

/// `path:line:col: error: message`, on one line whatever the file holds:
/// the path and the message are escaped (file text inside a message can
/// neither start a new line nor drive the terminal).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}: {}: {}",
            crate::untrusted::escape_path(&self.path),
            self.pos,
            sev,
            crate::untrusted::escape(&self.message)
        )
    }
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}
