//! Reading a scenario file: bytes → RON → [`ScenarioFile`] → [`Scenario`].
//!
//! Never panics, whatever the bytes: unreadable files, invalid UTF-8,
//! syntax errors and unknown fields all become [`Diagnostic`]s with the
//! position ron gives.

use super::compile::compile;
use super::diagnostic::{Diagnostic, Severity, has_errors};
use super::model::Scenario;
use super::recover::{blank_field, offset_of};
use super::span::{Pos, SourceGuard};
use super::types::ScenarioFile;
use ron::extensions::Extensions;
use std::path::Path;

/// Unknown fields reported in one file before giving up on it.
const MAX_UNKNOWN_FIELDS: usize = 50;

/// The outcome of loading one file: the scenario when it has no error, and
/// every problem found (warnings included).
#[derive(Debug)]
pub struct Loaded {
    /// The scenario, if the file has no error.
    pub scenario: Option<Scenario>,
    /// Errors and warnings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and validates a scenario file.
pub fn load_file(path: &Path) -> Loaded {
    match std::fs::read(path) {
        Ok(bytes) => load_bytes(path, &bytes),
        Err(e) => Loaded {
            scenario: None,
            diagnostics: vec![Diagnostic {
                path: path.to_owned(),
                pos: Pos { line: 1, col: 1 },
                severity: Severity::Error,
                message: format!("cannot read the file: {e}"),
            }],
        },
    }
}

/// Loads and validates scenario text; `path` names it in messages.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Loaded {
    let error = |pos: Pos, message: String| Loaded {
        scenario: None,
        diagnostics: vec![Diagnostic {
            path: path.to_owned(),
            pos,
            severity: Severity::Error,
            message,
        }],
    };
    let src = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let pos = Pos::of_offset(
                std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or(""),
                e.valid_up_to(),
            );
            return error(
                pos,
                "the file is not valid UTF-8 text (save it as UTF-8)".into(),
            );
        }
    };
    if src.trim().is_empty() {
        return error(
            Pos { line: 1, col: 1 },
            "the file is empty: a scenario starts with `Scenario(`".into(),
        );
    }
    // Unknown fields are blanked out one by one and the text parsed again,
    // so that every misspelt field is reported; any other syntax error
    // stops the reading there.
    let mut syntax = Vec::new();
    let mut text = std::borrow::Cow::Borrowed(src);
    let file = loop {
        match parse(&text) {
            Ok(f) => break Some(f),
            Err(e) => {
                let pos = Pos {
                    line: e.span.start.line,
                    col: e.span.start.col,
                };
                syntax.push(Diagnostic {
                    path: path.to_owned(),
                    pos,
                    severity: Severity::Error,
                    message: syntax_message(&e.code),
                });
                let again = matches!(e.code, ron::Error::NoSuchStructField { .. })
                    && syntax.len() < MAX_UNKNOWN_FIELDS;
                match offset_of(&text, pos).filter(|_| again) {
                    Some(o) => match blank_field(&text, o) {
                        Some(t) => text = t.into(),
                        None => break None,
                    },
                    None => break None,
                }
            }
        }
    };
    let Some(file) = file else {
        return Loaded {
            scenario: None,
            diagnostics: syntax,
        };
    };
    let (scenario, mut diagnostics) = compile(&file, &text, path, !syntax.is_empty());
    diagnostics.extend(syntax);
    diagnostics.sort_by_key(|d| (d.pos, d.severity));
    Loaded {
        scenario: if has_errors(&diagnostics) {
            None
        } else {
            scenario
        },
        diagnostics,
    }
}

/// Parses RON text into the file model (positions recorded for strings).
pub fn parse(src: &str) -> Result<ScenarioFile, ron::error::SpannedError> {
    let _guard = SourceGuard::new(src);
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .from_str(src)
}

/// ron's message, with a hint for the mistakes trainers make most.
fn syntax_message(code: &ron::Error) -> String {
    use ron::Error as E;
    let base = code.to_string();
    let hint = match code {
        E::NoSuchStructField { .. } => {
            " (check the spelling; docs/scenario-format.md lists every field)"
        }
        E::MissingStructField { .. } => " (this field is required)",
        E::ExpectedComma | E::ExpectedArrayEnd | E::ExpectedStructLikeEnd => {
            " (a comma or a closing bracket is probably missing just before this point)"
        }
        E::Eof => " (a closing bracket is probably missing)",
        E::ExpectedString | E::ExpectedStringEnd => " (text goes in double quotes)",
        _ => "",
    };
    format!("{base}{hint}")
}
