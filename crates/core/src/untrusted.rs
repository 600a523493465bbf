//! Files from other people: scenario packs shared between agencies, action
//! logs shared by trainees, and soon whatever a network sends. One bounded
//! reader, one set of limits, and one escaping function for every piece of
//! file text that is printed. `docs/scenario-format.md` (section 5.4) lists
//! the limits and the error each gives.

use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest scenario or action log read, in bytes (16 MiB; the whole
/// bundled pack is under 1 MiB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Diagnostics kept and printed per file; beyond, only their number.
pub const MAX_DIAGNOSTICS: usize = 100;

/// Characters of an id or a text echoed in a message; longer ones are cut
/// with "…".
pub const MAX_ECHO: usize = 60;

/// Items of a list echoed in a message (the known ids of an unknown one).
pub const MAX_ECHO_ITEMS: usize = 10;

/// The longest id, in characters.
pub const MAX_ID: usize = 100;

/// The longest text of a scenario (a title, a message, a saved reply), in
/// characters: far above the 2,000 the widest network allows.
pub const MAX_TEXT: usize = 20_000;

/// The most actions an action log holds (a 24-hour shift with an action
/// every two seconds is 43,200).
pub const MAX_ACTIONS: usize = 50_000;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// It could not be opened or read.
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// A folder, a device, a pipe or a socket.
    #[error("not a regular file (a folder, a device or a pipe): nothing was read")]
    NotAFile,
    /// Over [`MAX_FILE_BYTES`].
    #[error("the file is larger than {} MB: nothing was read", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`]. Never blocks on a
/// pipe and never reads a device: the file is opened without waiting for a
/// writer, then checked to be a regular file before a byte is read, and the
/// read stops past the limit even if the file grows meanwhile.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = opts.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// Whether a character must not reach a terminal or a screen as it is:
/// control characters (line breaks and the escape that starts ANSI
/// sequences included) and the invisible ones that reorder or hide text
/// (bidirectional overrides and isolates, zero-width characters).
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width space, joiners, marks
            | '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{202A}'..='\u{202E}' // bidirectional embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidirectional isolates
            | '\u{FEFF}' // byte-order mark / zero-width no-break space
        )
}

/// Text from a file, made safe to print: every control or invisible
/// character is written as an escape (`\n`, `\t`, `\u{1b}`), so that file
/// text can neither forge a line of output nor drive the terminal.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A path, made safe to print (file names may hold any character).
pub fn escape_path(path: &Path) -> String {
    escape(&path.display().to_string()).into_owned()
}

/// An id or text as echoed in a message: escaped, and cut with "…" past
/// [`MAX_ECHO`] characters.
pub fn echo(text: &str) -> String {
    let cut: String = text.chars().take(MAX_ECHO).collect();
    let cut = if cut.len() < text.len() {
        format!("{cut}…")
    } else {
        cut
    };
    escape(&cut).into_owned()
}

/// A list echoed in a message: the first [`MAX_ECHO_ITEMS`] items (each
/// through [`echo`]), then how many more.
pub fn echo_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut shown = Vec::new();
    let mut more = 0usize;
    for i in items {
        if shown.len() < MAX_ECHO_ITEMS {
            shown.push(echo(i));
        } else {
            more += 1;
        }
    }
    let mut s = shown.join(", ");
    if more > 0 {
        s.push_str(&format!(" … and {more} more"));
    }
    s
}

/// Where the scenario of an action log is taken from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioSource {
    /// The file the user named (`--scenario`).
    Named(PathBuf),
    /// The file of the recorded name, beside the log.
    BesideLog(PathBuf),
    /// The recorded path itself: an absolute path to a regular `.ron` file
    /// whose bytes are the ones the log was recorded on (its fingerprint
    /// matches), so a log can make the tool read only that very scenario.
    Recorded(PathBuf),
}

impl ScenarioSource {
    /// The file.
    pub fn path(&self) -> &Path {
        match self {
            ScenarioSource::Named(p)
            | ScenarioSource::BesideLog(p)
            | ScenarioSource::Recorded(p) => p,
        }
    }
}

/// Why no scenario could be found for a log.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// The log names no usable file name.
    #[error("the log names no scenario file (`{}`): replay it with --scenario FILE", echo(.0))]
    NoFileName(String),
    /// Nothing usable beside the log.
    #[error(
        "the log was recorded on `{}`, which is not beside the log ({}): replay it with --scenario FILE",
        echo(.recorded),
        escape_path(.beside)
    )]
    NotFound {
        /// The path the log records.
        recorded: String,
        /// Where it was looked for.
        beside: PathBuf,
    },
}

/// The one path policy for a log's scenario: the file the user names with
/// `--scenario`; else the file of the recorded name beside the log; else
/// the recorded path, only when it is an absolute path to a `.ron` regular
/// file with the fingerprint the log recorded. A log never makes the tool
/// open a file relative to the current folder, nor print anything of a file
/// it did not choose this way.
pub fn scenario_for_log(
    log_path: &Path,
    recorded: &str,
    fingerprint: Option<&str>,
    named: Option<&Path>,
) -> Result<ScenarioSource, ResolveError> {
    if let Some(p) = named {
        return Ok(ScenarioSource::Named(p.to_owned()));
    }
    let rec = Path::new(recorded);
    let name = rec
        .file_name()
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "ron"))
        .ok_or_else(|| ResolveError::NoFileName(recorded.to_owned()))?;
    let dir = log_path.parent().unwrap_or(Path::new(""));
    let beside = dir.join(name);
    if std::fs::metadata(&beside).is_ok_and(|m| m.is_file()) {
        return Ok(ScenarioSource::BesideLog(beside));
    }
    if let Some(f) = fingerprint
        && rec.is_absolute()
        && std::fs::metadata(rec).is_ok_and(|m| m.is_file())
        && read_file(rec).is_ok_and(|b| crate::sim::action::fingerprint_matches(&b, f))
    {
        return Ok(ScenarioSource::Recorded(rec.to_owned()));
    }
    Err(ResolveError::NotFound {
        recorded: recorded.to_owned(),
        beside,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_could_forge_or_hide_output() {
        assert_eq!(escape("plain « é » text"), "plain « é » text");
        assert_eq!(
            escape("x\n/etc/passwd:1:1: error: forged"),
            "x\\n/etc/passwd:1:1: error: forged"
        );
        assert_eq!(escape("\u{1b}[2J FAKE"), "\\u{1b}[2J FAKE");
        assert_eq!(escape("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(escape("zero\u{200b}width"), "zero\\u{200b}width");
    }

    #[test]
    fn echoes_are_short() {
        let long = "x".repeat(1000);
        assert_eq!(echo(&long).chars().count(), MAX_ECHO + 1);
        let ids: Vec<String> = (0..25).map(|i| format!("id{i}")).collect();
        assert_eq!(
            echo_list(ids.iter().map(String::as_str)),
            "id0, id1, id2, id3, id4, id5, id6, id7, id8, id9 … and 15 more"
        );
    }
}
