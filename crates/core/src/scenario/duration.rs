//! Durations as trainers write them: `"90s"`, `"5m"`, `"1h30m"`, `"2m30s"`.
//!
//! Parsed during validation (not by serde), so that every bad duration in a
//! file is reported with its position, not only the first.

use super::span::Spanned;
use serde::{Deserialize, Deserializer, Serialize};

/// Milliseconds of simulation time.
pub type Ms = u64;

/// The longest duration a scenario may write (a week): no shift lasts that
/// long, and sums of durations stay far from overflow.
pub const LONGEST: Ms = 7 * 24 * 3_600_000;

/// A duration as written in the scenario, parsed on demand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dur(pub Spanned);

impl Dur {
    /// A duration built in code (for defaults).
    pub fn literal(s: &str) -> Dur {
        Dur(Spanned::new(s))
    }

    /// The duration in milliseconds, or what is wrong with it.
    pub fn ms(&self) -> Result<Ms, DurationError> {
        parse(&self.0.value)
    }
}

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Dur, D::Error> {
        Spanned::deserialize(d).map(Dur)
    }
}

impl Serialize for Dur {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// What is wrong with a duration as written (the text is kept for the
/// message).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    /// Not of the form number + unit.
    #[error(
        "`{0}` is not a duration: write a number followed by h, m or s, like \"90s\", \"5m\" or \"1h30m\""
    )]
    Malformed(String),
    /// A number without its unit.
    #[error("`{0}` has no unit: write \"{0}s\" for seconds or \"{0}m\" for minutes")]
    NoUnit(String),
    /// Over [`LONGEST`].
    #[error("`{0}` is longer than a week: durations go up to 168h")]
    TooLong(String),
}

/// Parses `"1h30m"`, `"5m"`, `"90s"`, `"0s"` (spaces allowed between parts).
pub fn parse(text: &str) -> Result<Ms, DurationError> {
    let bad = || DurationError::Malformed(text.to_owned());
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Err(bad());
    }
    let mut total: Ms = 0;
    let mut num: Option<Ms> = None;
    let mut last_unit = 4u8; // h=3, m=2, s=1: units must come in decreasing order
    for c in t.chars() {
        if let Some(d) = c.to_digit(10) {
            let n = num.unwrap_or(0);
            num = Some(
                n.checked_mul(10)
                    .and_then(|n| n.checked_add(d as Ms))
                    .filter(|&n| n < 1_000_000)
                    .ok_or_else(bad)?,
            );
            continue;
        }
        let (unit, rank) = match c {
            'h' | 'H' => (3_600_000, 3),
            'm' | 'M' => (60_000, 2),
            's' | 'S' => (1_000, 1),
            _ => return Err(bad()),
        };
        if rank >= last_unit {
            return Err(bad());
        }
        last_unit = rank;
        total += num.take().ok_or_else(bad)? * unit;
    }
    if num.is_some() {
        return Err(DurationError::NoUnit(text.to_owned()));
    }
    if total > LONGEST {
        return Err(DurationError::TooLong(text.to_owned()));
    }
    Ok(total)
}

/// Formats milliseconds as `m:ss` (or `h:mm:ss`), for logs and the debrief.
pub fn clock(ms: Ms) -> String {
    let s = ms / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units() {
        assert_eq!(parse("90s"), Ok(90_000));
        assert_eq!(parse("5m"), Ok(300_000));
        assert_eq!(parse("1h30m"), Ok(5_400_000));
        assert_eq!(parse("2m 30s"), Ok(150_000));
        assert_eq!(parse("0s"), Ok(0));
    }

    #[test]
    fn rejects_nonsense() {
        assert!(parse("").is_err());
        assert_eq!(parse("5"), Err(DurationError::NoUnit("5".into())));
        assert!(parse("m5").is_err());
        assert!(parse("5s3m").is_err());
        assert!(parse("5m5m").is_err());
        assert!(parse("-5m").is_err());
        assert!(parse("99999999999h").is_err());
    }

    #[test]
    fn a_week_at_most() {
        assert_eq!(parse("168h"), Ok(LONGEST));
        assert_eq!(
            parse("168h1s").unwrap_err().to_string(),
            "`168h1s` is longer than a week: durations go up to 168h"
        );
        assert!(parse("999999h999999m999999s").is_err());
    }

    #[test]
    fn clock_format() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(61_500), "1:01");
        assert_eq!(clock(3_661_000), "1:01:01");
    }
}
