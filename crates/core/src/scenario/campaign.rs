//! The campaign: the bundled scenarios in order of difficulty, one per day
//! (`scenarios/campaign.ron`). Each day names a file that exists in every
//! language folder (`en/`, `fr/`) with the same scenario id.

use super::diagnostic::{Diagnostic, Severity};
use super::load::load_file;
use super::span::{Pos, SourceGuard, Spanned};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The campaign file.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename = "Campaign", deny_unknown_fields)]
pub struct Campaign {
    /// Title of the campaign.
    pub title: String,
    /// File names, in order (day 1 first), relative to each language folder.
    pub days: Vec<Spanned>,
}

/// Language folders a campaign must exist in.
pub const LANGUAGE_FOLDERS: [&str; 2] = ["en", "fr"];

/// Reads a campaign file.
pub fn load_campaign(path: &Path) -> Result<(Campaign, String), Diagnostic> {
    let err = |pos: Pos, message: String| Diagnostic {
        path: path.to_owned(),
        pos,
        severity: Severity::Error,
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        err(
            Pos { line: 1, col: 1 },
            format!("cannot read the campaign: {e}"),
        )
    })?;
    let parsed = {
        let _g = SourceGuard::new(&text);
        ron::from_str::<Campaign>(&text)
    };
    match parsed {
        Ok(c) => Ok((c, text)),
        Err(e) => Err(err(
            Pos {
                line: e.span.start.line,
                col: e.span.start.col,
            },
            e.code.to_string(),
        )),
    }
}

/// The scenario files of a campaign for one language folder, in order.
pub fn days(root: &Path, c: &Campaign, lang_folder: &str) -> Vec<PathBuf> {
    c.days
        .iter()
        .map(|d| root.join(lang_folder).join(&d.value))
        .collect()
}

/// Checks a campaign: every day exists and loads in every language, with
/// the same id, and difficulty never goes down.
pub fn check_campaign(path: &Path) -> Vec<Diagnostic> {
    let (c, text) = match load_campaign(path) {
        Ok(x) => x,
        Err(d) => return vec![d],
    };
    let root = path.parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    let mut push = |day: &Spanned, message: String| {
        out.push(Diagnostic {
            path: path.to_owned(),
            pos: day
                .offset
                .map_or(Pos { line: 1, col: 1 }, |o| Pos::of_offset(&text, o)),
            severity: Severity::Error,
            message,
        });
    };
    let mut last_difficulty = 0;
    for day in &c.days {
        let mut ids = Vec::new();
        for lang in LANGUAGE_FOLDERS {
            let p = root.join(lang).join(&day.value);
            if !p.is_file() {
                push(day, format!("`{}` does not exist in {lang}/", day.value));
                continue;
            }
            match load_file(&p).scenario {
                Some(s) => {
                    if lang == "en" {
                        if s.difficulty < last_difficulty {
                            push(
                                day,
                                format!(
                                    "`{}` is easier ({}) than the day before ({last_difficulty})",
                                    day.value, s.difficulty
                                ),
                            );
                        }
                        last_difficulty = s.difficulty;
                    }
                    ids.push(s.id.clone());
                }
                None => push(
                    day,
                    format!("{} does not load: run `onbrand check` on it", p.display()),
                ),
            }
        }
        if ids.windows(2).any(|w| w[0] != w[1]) {
            push(
                day,
                format!(
                    "`{}` has different ids in its languages: {}",
                    day.value,
                    ids.join(", ")
                ),
            );
        }
    }
    out
}
