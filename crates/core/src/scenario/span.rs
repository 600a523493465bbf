//! Source positions for scenario values.
//!
//! ron 0.12 has no `Spanned<T>`, but it hands out strings borrowed from the
//! source text when they contain no escape. While a file is parsed, the
//! loader registers the source buffer in a thread-local; a [`Spanned`]
//! string then records its byte offset by pointer arithmetic, and the
//! validator turns offsets into `line:col` to point trainers at the exact
//! item at fault.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::cell::Cell;
use std::fmt;

thread_local! {
    static SOURCE: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// A 1-based line and column (in characters), as ron reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

impl Pos {
    /// The position of byte `offset` in `src` (clamped to the text).
    pub fn of_offset(src: &str, offset: usize) -> Pos {
        let mut end = offset.min(src.len());
        while !src.is_char_boundary(end) {
            end -= 1;
        }
        let before = &src[..end];
        let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        Pos { line, col }
    }
}

/// Registers `src` as the text being parsed for the lifetime of the guard.
pub(crate) struct SourceGuard;

impl SourceGuard {
    pub(crate) fn new(src: &str) -> SourceGuard {
        SOURCE.with(|s| s.set((src.as_ptr() as usize, src.len())));
        SourceGuard
    }
}

impl Drop for SourceGuard {
    fn drop(&mut self) {
        SOURCE.with(|s| s.set((0, 0)));
    }
}

/// The byte offset of `s` in the text being parsed, when `s` is borrowed
/// from it (ron hands out identifiers and escape-free strings that way).
pub(crate) fn offset_in_source(s: &str) -> Option<usize> {
    let (base, len) = SOURCE.with(Cell::get);
    let p = s.as_ptr() as usize;
    (base != 0 && p >= base && p <= base + len).then(|| p - base)
}

fn offset_of(s: &str) -> Option<usize> {
    let (base, len) = SOURCE.with(Cell::get);
    let p = s.as_ptr() as usize;
    // The opening quote sits one byte before the borrowed content.
    (base != 0 && p > base && p <= base + len).then(|| p - base - 1)
}

/// A string value with the byte offset of its opening quote in the source,
/// when known (strings with escapes lose it, and then the item's position
/// stands in).
#[derive(Clone, Debug, Default)]
pub struct Spanned {
    /// The text.
    pub value: String,
    /// Byte offset of the opening quote in the file, if known.
    pub offset: Option<usize>,
}

impl Spanned {
    /// A value with no position (built in code, not parsed).
    pub fn new(value: impl Into<String>) -> Spanned {
        Spanned {
            value: value.into(),
            offset: None,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

impl PartialEq for Spanned {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Eq for Spanned {}

impl std::ops::Deref for Spanned {
    type Target = str;
    fn deref(&self) -> &str {
        &self.value
    }
}

/// As written in messages: escaped, and cut past
/// [`MAX_ECHO`](crate::untrusted::MAX_ECHO) characters (the value itself is
/// [`Spanned::as_str`]).
impl fmt::Display for Spanned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::untrusted::echo(&self.value))
    }
}

impl serde::Serialize for Spanned {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.value)
    }
}

struct SpannedVisitor;

impl<'de> Visitor<'de> for SpannedVisitor {
    type Value = Spanned;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string in double quotes")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Spanned, E> {
        Ok(Spanned {
            value: v.to_owned(),
            offset: offset_of(v),
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Spanned, E> {
        Ok(Spanned::new(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Spanned, E> {
        Ok(Spanned::new(v))
    }
}

impl<'de> Deserialize<'de> for Spanned {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Spanned, D::Error> {
        d.deserialize_str(SpannedVisitor)
    }
}
