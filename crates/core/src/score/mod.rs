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

/// What the shift caused, taken off the overall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Consequence {
    /// An escalation step fired (counted per kind).
    Escalations {
        /// Angry reposts, influencers and journalists, in that order.
        fired: [u32; 3],
    },
    /// Bad buzz at the end of the shift.
    Buzz(u32),
    /// Sentiment at the end of the shift (when negative).
    Sentiment(i32),
}

/// The version of the scoring rules: a log records the version it was
/// scored with, so that a replay under newer rules says so instead of
/// calling the log false.
pub const RULES_VERSION: u32 = 2;

/// The result of a shift.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// Overall score, 0–100: the weighted mean of the dimensions, minus the
    /// consequences; for a failed shift, at most the pass mark minus one.
    pub overall: u32,
    /// The weighted mean of the dimensions, before consequences.
    pub weighted: u32,
    /// What the shift caused, and the points each took off.
    pub consequences: Vec<(Consequence, u32)>,
    /// The rules whose breach failed the shift (empty when it did not fail
    /// that way; a low score fails it too).
    pub failed_by: Vec<crate::scenario::Rule>,
    /// The dimensions under their floor, with the floor: each fails the
    /// shift (accuracy under [`crate::tuning::ACCURACY_FLOOR`]).
    pub under_floor: Vec<(Dimension, u32)>,
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
            rules: Some(RULES_VERSION),
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

/// What the shift caused: escalations fired and the meters at the end,
/// with the points each takes off the overall (see [`crate::tuning`]).
pub fn consequences(shift: &Shift) -> Vec<(Consequence, u32)> {
    use crate::scenario::types::EscalationKind as K;
    use crate::tuning::*;
    let mut fired = [0u32; 3];
    for l in shift.log() {
        if let crate::sim::LogEvent::Escalated { kind, .. } = l.event {
            fired[match kind {
                K::AngryRepost => 0,
                K::Influencer => 1,
                K::Journalist => 2,
            }] += 1;
        }
    }
    let mut out = Vec::new();
    let esc: u32 = fired
        .iter()
        .zip(ESCALATION_COST)
        .map(|(n, c)| n * c)
        .sum::<u32>()
        .min(ESCALATIONS_MAX);
    if esc > 0 {
        out.push((Consequence::Escalations { fired }, esc));
    }
    let buzz = shift.buzz();
    if buzz >= 10 {
        out.push((Consequence::Buzz(buzz), buzz / 10 * BUZZ_COST_PER_10));
    }
    let sent = shift.sentiment();
    if sent <= -10 {
        out.push((
            Consequence::Sentiment(sent),
            sent.unsigned_abs() / 10 * SENTIMENT_COST_PER_10,
        ));
    }
    out
}

/// Scores a shift (normally a finished one): the five dimensions, their
/// weighted mean, minus the consequences; failed when a rule the scenario
/// fails on was broken (a wrong account always), accuracy is under its
/// floor, or the overall is under the pass mark; a failed shift's overall
/// stays under the pass mark and its grade is at most D.
pub fn score(shift: &Shift) -> Score {
    let sc = shift.scenario();
    let (dims, incidents) = dimensions::compute(shift);
    let weighted = dims.overall(&sc.weights);
    let consequences = consequences(shift);
    let cost: u32 = consequences
        .iter()
        .map(|(_, c)| *c)
        .sum::<u32>()
        .min(crate::tuning::CONSEQUENCES_MAX);
    let findings = findings::collect(shift);
    let mut failed_by: Vec<crate::scenario::Rule> = sc
        .fail_on
        .iter()
        .copied()
        .filter(|r| findings.iter().any(|f| f.rule() == *r))
        .collect();
    failed_by.dedup();
    let under_floor: Vec<(Dimension, u32)> = [(Dimension::Accuracy, crate::tuning::ACCURACY_FLOOR)]
        .into_iter()
        .filter(|&(d, floor)| dims.get(d) < floor)
        .collect();
    let mut overall = weighted.saturating_sub(cost);
    let passed = overall >= sc.pass_mark && failed_by.is_empty() && under_floor.is_empty();
    if !passed {
        overall = overall.min(sc.pass_mark.saturating_sub(1));
    }
    let mut g = grade(overall);
    if !passed && g < crate::tuning::FAILED_GRADE {
        g = crate::tuning::FAILED_GRADE;
    }
    Score {
        overall,
        weighted,
        consequences,
        failed_by,
        under_floor,
        dims,
        grade: g,
        passed,
        incidents,
        findings,
    }
}

/// The numbers of one run, for summaries over many runs (the full run,
/// with its findings in words, is `onbrand_text::Report`).
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
