//! Scoring and the debrief: pure functions of a finished run.
//!
//! Five dimensions, each 0–100 (speed, accuracy, brand alignment, process,
//! account safety), an overall score from the scenario's weights, a grade,
//! pass/fail (any wrong-account post fails the shift), and a finding for
//! every broken rule, as data.

mod dimensions;
pub mod findings;
pub mod summary;

pub use crate::scenario::Dimension;
pub use findings::{Detail, Finding};
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
    /// The value of one dimension.
    pub fn get(&self, d: Dimension) -> u32 {
        match d {
            Dimension::Speed => self.speed,
            Dimension::Accuracy => self.accuracy,
            Dimension::Alignment => self.alignment,
            Dimension::Process => self.process,
            Dimension::AccountSafety => self.account_safety,
        }
    }

    /// The dimensions with their values, in display order.
    pub fn iter(&self) -> impl Iterator<Item = (Dimension, u32)> + '_ {
        Dimension::ALL.into_iter().map(|d| (d, self.get(d)))
    }

    /// The weighted overall score, rounded.
    pub fn overall(&self, w: &Weights) -> u32 {
        let total = w.total();
        if total == 0 {
            return 0;
        }
        let sum: u64 = self
            .iter()
            .map(|(d, v)| u64::from(v) * u64::from(w.get(d)))
            .sum();
        ((sum + total / 2) / total) as u32
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

impl Score {
    /// The numbers a replay must reproduce (saved in action logs).
    pub fn recorded(&self) -> RecordedScore {
        RecordedScore {
            overall: self.overall,
            speed: self.dims.speed,
            accuracy: self.dims.accuracy,
            alignment: self.dims.alignment,
            process: self.dims.process,
            account_safety: self.dims.account_safety,
            passed: self.passed,
            incidents: self.incidents,
        }
    }
}

/// Letter grade for an overall score.
pub fn grade(overall: u32) -> char {
    crate::tuning::GRADES
        .iter()
        .find(|(from, _)| overall >= *from)
        .map_or('F', |&(_, g)| g)
}

/// Scores a shift (normally a finished one).
pub fn score(shift: &Shift) -> Score {
    let sc = shift.scenario();
    let (dims, incidents) = dimensions::compute(shift);
    let overall = dims.overall(&sc.weights);
    Score {
        overall,
        dims,
        grade: grade(overall),
        passed: overall >= sc.pass_mark && incidents == 0,
        incidents,
        findings: findings::collect(shift),
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
            score: s.recorded(),
            grade: s.grade.to_string(),
            findings: s.findings.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::grade;

    #[test]
    fn grades_start_where_the_table_says() {
        let got: Vec<char> = [100, 90, 89, 80, 79, 70, 69, 60, 59, 0].map(grade).to_vec();
        assert_eq!(got, ['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'F', 'F']);
    }
}
