//! Scoring and the debrief: pure functions of a finished run.
//!
//! Five dimensions, each 0–100 (speed, accuracy, brand alignment, process,
//! account safety), an overall score from the scenario's weights, a grade,
//! pass/fail (any wrong-account post fails the shift), and a finding for
//! every broken rule.

mod dimensions;
pub mod findings;
pub mod summary;
pub mod texts;

pub use findings::Finding;
pub use summary::{Summary, summarise};

use crate::scenario::types::Weights;
use crate::sim::Shift;
use crate::sim::action::RecordedScore;
use serde::Serialize;

/// The five dimensions, each 0–100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Dimensions {
    /// First answers versus patience and SLA.
    pub speed: u32,
    /// Facts right, nothing wrong.
    pub accuracy: u32,
    /// The brand's voice.
    pub alignment: u32,
    /// Approval when needed, not otherwise, never posted unapproved.
    pub process: u32,
    /// No post on a wrong account.
    pub account_safety: u32,
}

impl Dimensions {
    /// The weighted overall score, rounded.
    pub fn overall(&self, w: &Weights) -> u32 {
        let pairs = [
            (self.speed, w.speed),
            (self.accuracy, w.accuracy),
            (self.alignment, w.alignment),
            (self.process, w.process),
            (self.account_safety, w.account_safety),
        ];
        let total = w.total();
        if total == 0 {
            return 0;
        }
        let sum: u64 = pairs.iter().map(|(d, w)| *d as u64 * *w as u64).sum();
        ((sum + total / 2) / total) as u32
    }

    /// The dimensions as (name, value) pairs, in display order.
    pub fn named(&self) -> [(&'static str, u32); 5] {
        [
            ("speed", self.speed),
            ("accuracy", self.accuracy),
            ("alignment", self.alignment),
            ("process", self.process),
            ("account_safety", self.account_safety),
        ]
    }
}

/// The result of a shift.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// Weighted overall score, 0–100.
    pub overall: u32,
    /// The five dimensions.
    pub dims: Dimensions,
    /// Letter grade.
    pub grade: char,
    /// Whether the shift is passed.
    pub passed: bool,
    /// Posts on a wrong account.
    pub incidents: u32,
    /// Every broken rule, most serious first.
    pub findings: Vec<Finding>,
}

/// Letter grade for an overall score.
pub fn grade(overall: u32) -> char {
    match overall {
        90.. => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

/// Scores a shift (normally a finished one); findings in the scenario's
/// language.
pub fn score(shift: &Shift) -> Score {
    score_in(shift, shift.scenario().language)
}

/// Scores a shift with findings in `lang` (the scenario's own debrief texts
/// stay as written).
pub fn score_in(shift: &Shift, lang: crate::scenario::Language) -> Score {
    let sc = shift.scenario();
    let (dims, incidents) = dimensions::compute(shift);
    let overall = dims.overall(&sc.weights);
    Score {
        overall,
        dims,
        grade: grade(overall),
        passed: overall >= sc.pass_mark && incidents == 0,
        incidents,
        findings: findings::collect(shift, lang),
    }
}

/// One run as printed by `onbrand sim --json` and `onbrand replay --json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RunReport {
    /// Scenario id.
    pub scenario: String,
    /// Seed.
    pub seed: u64,
    /// Who played.
    pub player: String,
    /// The scores (`overall`, the five dimensions, `passed`, `incidents`),
    /// the numbers a replay must reproduce.
    #[serde(flatten)]
    pub score: RecordedScore,
    /// Grade.
    pub grade: String,
    /// Number of findings.
    pub findings: usize,
}

impl RunReport {
    /// The report of a scored run.
    pub fn new(scenario: &str, seed: u64, player: &str, s: &Score) -> RunReport {
        RunReport {
            scenario: scenario.to_owned(),
            seed,
            player: player.to_owned(),
            score: RecordedScore {
                overall: s.overall,
                speed: s.dims.speed,
                accuracy: s.dims.accuracy,
                alignment: s.dims.alignment,
                process: s.dims.process,
                account_safety: s.dims.account_safety,
                passed: s.passed,
                incidents: s.incidents,
            },
            grade: s.grade.to_string(),
            findings: s.findings.len(),
        }
    }
}
