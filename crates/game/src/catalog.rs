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
    /// Not open yet: the day before has not been passed (campaign view).
    pub locked: bool,
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
    /// Every file (free play) rather than the campaign's days in order.
    pub free_play: bool,
    /// Move the highlight to the next day to play once the records are read.
    pub place_next: bool,
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
            locked: false,
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
            locked: false,
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
        if self.free_play || campaign.is_empty() {
            for p in &self.extra {
                match scenario_files(p) {
                    Ok(f) => files.extend(f),
                    Err(_) => files.push(p.clone()),
                }
            }
        } else {
            // The campaign: its days only, in order.
            files.retain(|f| campaign.contains(f));
        }
        self.entries = files.iter().map(|p| entry(p)).collect();
        for (i, e) in self.entries.iter_mut().enumerate().take(bundled) {
            e.day = campaign.iter().position(|d| d == &e.path).map(|_| i + 1);
        }
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
    }

    /// Locks the campaign's days the trainee has not reached: a day opens
    /// once the day before was passed (`passed` by scenario id), unless
    /// every day is open. Free play locks nothing. Returns the next day to
    /// play (the first open day not passed).
    pub fn lock(&mut self, passed: &dyn Fn(&str) -> bool, unlock_all: bool) -> Option<usize> {
        let mut open = true;
        let mut next = None;
        for (i, e) in self.entries.iter_mut().enumerate() {
            if e.day.is_none() || self.free_play {
                e.locked = false;
                continue;
            }
            e.locked = !open && !unlock_all;
            let done = e.scenario.as_ref().is_some_and(|s| passed(&s.id));
            if !e.locked && !done && next.is_none() {
                next = Some(i);
            }
            open = done;
        }
        next
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
