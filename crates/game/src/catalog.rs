//! The scenario list of the title screen: the bundled `scenarios/<lang>/`
//! folder plus any file or folder given on the command line. Broken files
//! are listed with their `path:line:col` problems instead of crashing.

use bevy::prelude::*;
use onbrand_core::scenario::campaign::{days, load_campaign};
use onbrand_core::scenario::{Language, Scenario, load_file, scenario_files};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One scenario file in the list.
pub struct Entry {
    /// The file.
    pub path: PathBuf,
    /// Title (or the file name when it does not load).
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Difficulty 1–5 (0 when unknown).
    pub difficulty: u8,
    /// Problems, as `path:line:col: error: message` lines.
    pub problems: Vec<String>,
    /// The scenario, when it loads.
    pub scenario: Option<Arc<Scenario>>,
    /// Day of the campaign (1-based), for bundled scenarios.
    pub day: Option<usize>,
}

/// The list shown on the title screen.
#[derive(Resource, Default)]
pub struct Catalog {
    /// Files and folders given on the command line.
    pub extra: Vec<PathBuf>,
    /// The entries, bundled first.
    pub entries: Vec<Entry>,
    /// Highlighted entry.
    pub selected: usize,
}

/// Where the bundled scenarios live: `$ONBRAND_SCENARIOS`, `./scenarios`,
/// or next to the executable (also two levels up, for `target/release`).
pub fn bundled_root() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ONBRAND_SCENARIOS") {
        return Some(PathBuf::from(p));
    }
    let mut candidates = vec![PathBuf::from("scenarios")];
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        candidates.push(dir.join("scenarios"));
        candidates.push(dir.join("../../scenarios"));
    }
    candidates.into_iter().find(|p| p.is_dir())
}

fn entry(path: &Path) -> Entry {
    let loaded = load_file(path);
    let problems: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == onbrand_core::scenario::Severity::Error)
        .map(|d| d.to_string())
        .collect();
    match loaded.scenario {
        Some(s) => Entry {
            path: path.to_owned(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            difficulty: s.difficulty,
            problems,
            scenario: Some(s),
            day: None,
        },
        None => Entry {
            path: path.to_owned(),
            title: path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            summary: String::new(),
            difficulty: 0,
            problems,
            scenario: None,
            day: None,
        },
    }
}

impl Catalog {
    /// Reloads every entry for a language.
    pub fn refresh(&mut self, lang: Language) {
        let folder = lang.code();
        let root = bundled_root();
        let mut files = root
            .as_ref()
            .and_then(|r| scenario_files(&r.join(folder)).ok())
            .unwrap_or_default();
        // The campaign's order first ("Day 1", "Day 2", …), then the rest.
        let campaign = root
            .as_ref()
            .and_then(|r| {
                load_campaign(&r.join("campaign.ron"))
                    .ok()
                    .map(|(c, _)| days(r, &c, folder))
            })
            .unwrap_or_default();
        files.sort_by_key(|f| campaign.iter().position(|d| d == f).unwrap_or(usize::MAX));
        let bundled = files.len();
        for p in &self.extra {
            match scenario_files(p) {
                Ok(f) => files.extend(f),
                Err(_) => files.push(p.clone()),
            }
        }
        self.entries = files.iter().map(|p| entry(p)).collect();
        for (i, e) in self.entries.iter_mut().enumerate().take(bundled) {
            e.day = campaign.iter().position(|d| d == &e.path).map(|_| i + 1);
        }
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
    }

    /// Index of the entry for a path, if listed.
    pub fn find(&self, path: &Path) -> Option<usize> {
        self.entries.iter().position(|e| e.path == path)
    }

    /// Reloads one entry from disk (hot reload).
    pub fn reload(&mut self, i: usize) {
        if let Some(e) = self.entries.get_mut(i) {
            *e = entry(&e.path.clone());
        }
    }
}
