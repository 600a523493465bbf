//! Reading a scenario file: bytes → RON → [`ScenarioFile`] → [`Scenario`].
//!
//! Never panics, whatever the bytes: unreadable files, files too large,
//! invalid UTF-8, syntax errors and unknown fields all become
//! [`Diagnostic`]s with the position ron gives. The work is linear in the
//! size of the file: it is read once (bounded), parsed once (misspelt fields
//! are skipped and recorded on the way, see [`lenient`](super::lenient)),
//! and compiled once.

use super::compile::compile;
use super::diagnostic::{Diagnostic, Severity, has_errors};
use super::lenient::{Lenient, Problem, Sink};
use super::model::Scenario;
use super::span::{Pos, SourceGuard};
use super::types::ScenarioFile;
use crate::untrusted::{MAX_DIAGNOSTICS, MAX_FILE_BYTES, MAX_TEXT, read_file};
use ron::extensions::Extensions;
use serde::Deserialize;
use std::path::Path;
use std::sync::Arc;

/// The outcome of loading one file: the scenario when it has no error, and
/// every problem found (warnings included), up to [`MAX_DIAGNOSTICS`].
#[derive(Debug)]
pub struct Loaded {
    /// The scenario, if the file has no error (shared: shifts hold it).
    pub scenario: Option<Arc<Scenario>>,
    /// Errors and warnings, sorted by position (at most
    /// [`MAX_DIAGNOSTICS`]).
    pub diagnostics: Vec<Diagnostic>,
    /// How many more problems were found and not kept.
    pub omitted: usize,
    /// How many of the omitted problems are errors.
    pub omitted_errors: usize,
}

impl Loaded {
    fn failed(path: &Path, pos: Pos, message: String) -> Loaded {
        Loaded {
            scenario: None,
            diagnostics: vec![Diagnostic {
                path: path.to_owned(),
                pos,
                severity: Severity::Error,
                message,
            }],
            omitted: 0,
            omitted_errors: 0,
        }
    }

    /// Errors found, kept or not.
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
            + self.omitted_errors
    }

    /// Warnings found, kept or not.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() + self.omitted - self.error_count()
    }
}

/// Loads and validates a scenario file (a regular file of at most
/// [`MAX_FILE_BYTES`]).
pub fn load_file(path: &Path) -> Loaded {
    match read_file(path) {
        Ok(bytes) => load_bytes(path, &bytes),
        Err(e) => Loaded::failed(path, Pos { line: 1, col: 1 }, e.to_string()),
    }
}

/// Loads and validates scenario text; `path` names it in messages.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Loaded {
    let start = Pos { line: 1, col: 1 };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Loaded::failed(
            path,
            start,
            crate::untrusted::ReadError::TooLarge.to_string(),
        );
    }
    let src = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let pos = Pos::of_offset(
                std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or(""),
                e.valid_up_to(),
            );
            return Loaded::failed(
                path,
                pos,
                "the file is not valid UTF-8 text (save it as UTF-8)".into(),
            );
        }
    };
    // A byte-order mark (some editors write one) is not part of the text;
    // positions are counted after it, as editors show them.
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if src.trim().is_empty() {
        return Loaded::failed(
            path,
            start,
            "the file is empty: a scenario starts with `Scenario(`".into(),
        );
    }
    let sink = Sink::new(MAX_DIAGNOSTICS);
    let parsed = parse_with(src, &sink);
    let (found, unrecorded) = sink.take();
    let mut syntax: Vec<Diagnostic> = found
        .into_iter()
        .map(|f| Diagnostic {
            path: path.to_owned(),
            pos: f.offset.map_or(start, |o| Pos::of_offset(src, o)),
            severity: Severity::Error,
            message: match f.what {
                Problem::UnknownField(e) => syntax_message(&e),
                Problem::LongText(n) => {
                    format!("this text has {n} characters: a scenario's texts go up to {MAX_TEXT}")
                }
            },
        })
        .collect();
    let file = match parsed {
        Ok(f) => f,
        Err(e) => {
            syntax.push(Diagnostic {
                path: path.to_owned(),
                pos: Pos {
                    line: e.span.start.line,
                    col: e.span.start.col,
                },
                severity: Severity::Error,
                message: syntax_message(&e.code),
            });
            return bounded(None, syntax, unrecorded, unrecorded);
        }
    };
    let had_errors = !syntax.is_empty() || unrecorded > 0;
    let (scenario, mut diagnostics, omitted) = compile(file, src, path, had_errors);
    diagnostics.extend(syntax);
    diagnostics.sort_by_key(|d| (d.pos, d.severity));
    let scenario = if has_errors(&diagnostics) || unrecorded > 0 || omitted.errors > 0 {
        None
    } else {
        scenario.map(Arc::new)
    };
    bounded(
        scenario,
        diagnostics,
        unrecorded + omitted.total,
        unrecorded + omitted.errors,
    )
}

/// Keeps the first [`MAX_DIAGNOSTICS`] diagnostics and counts the rest.
fn bounded(
    scenario: Option<Arc<Scenario>>,
    mut diagnostics: Vec<Diagnostic>,
    omitted: usize,
    omitted_errors: usize,
) -> Loaded {
    let (mut omitted, mut omitted_errors) = (omitted, omitted_errors);
    if diagnostics.len() > MAX_DIAGNOSTICS {
        for d in diagnostics.drain(MAX_DIAGNOSTICS..) {
            omitted += 1;
            omitted_errors += usize::from(d.severity == Severity::Error);
        }
    }
    Loaded {
        scenario,
        diagnostics,
        omitted,
        omitted_errors,
    }
}

fn parse_with(src: &str, sink: &Sink) -> Result<ScenarioFile, ron::error::SpannedError> {
    let _guard = SourceGuard::new(src);
    let opts = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    let mut de = ron::Deserializer::from_str_with_options(src, &opts)?;
    let file = ScenarioFile::deserialize(Lenient {
        inner: &mut de,
        sink,
    })
    .map_err(|e| de.span_error(e))?;
    de.end().map_err(|e| de.span_error(e))?;
    Ok(file)
}

/// Parses RON text into the file model (positions recorded for strings);
/// the first unknown field is an error.
pub fn parse(src: &str) -> Result<ScenarioFile, ron::error::SpannedError> {
    let _guard = SourceGuard::new(src);
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .from_str(src)
}

/// ron's message, with a hint for the mistakes trainers make most.
fn syntax_message(code: &ron::Error) -> String {
    use ron::Error as E;
    let base = crate::untrusted::escape(&code.to_string()).into_owned();
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
