//! Many runs summed up: pass rate and mean/p10/p50/p90 per dimension.

use super::RunReport;
use crate::scenario::Dimension;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// Distribution of one dimension over runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Mean.
    pub mean: f64,
    /// 10th percentile.
    pub p10: u32,
    /// Median.
    pub p50: u32,
    /// 90th percentile.
    pub p90: u32,
}

/// Summary of many runs. In JSON: `runs`, `pass_rate`, `incidents_mean`,
/// `grades` (runs per letter), then `overall` and each dimension by its
/// key, in alphabetical order.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Number of runs.
    pub runs: usize,
    /// Share of runs passed, 0–1.
    pub pass_rate: f64,
    /// Mean wrong-account posts per run.
    pub incidents_mean: f64,
    /// The overall score.
    pub overall: Stats,
    /// Each dimension, in [`Dimension::ALL`] order.
    pub dims: [Stats; 5],
    /// How many runs got each grade, in [`GRADE_LETTERS`] order.
    pub grades: [usize; 5],
}

/// The grades, best first.
pub const GRADE_LETTERS: [char; 5] = ['A', 'B', 'C', 'D', 'F'];

impl Summary {
    /// The statistics of one dimension.
    pub fn get(&self, d: Dimension) -> Stats {
        self.dims[d as usize]
    }
}

impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut cols: Vec<(&str, Stats)> = Dimension::ALL
            .iter()
            .map(|&d| (d.key(), self.get(d)))
            .chain(std::iter::once(("overall", self.overall)))
            .collect();
        cols.sort_by_key(|c| c.0);
        let mut m = s.serialize_map(Some(4 + cols.len()))?;
        m.serialize_entry("runs", &self.runs)?;
        m.serialize_entry("pass_rate", &self.pass_rate)?;
        m.serialize_entry("incidents_mean", &self.incidents_mean)?;
        let grades: std::collections::BTreeMap<String, usize> = GRADE_LETTERS
            .iter()
            .zip(self.grades)
            .map(|(g, n)| (g.to_string(), n))
            .collect();
        m.serialize_entry("grades", &grades)?;
        for (k, v) in cols {
            m.serialize_entry(k, &v)?;
        }
        m.end()
    }
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[u32], p: usize) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1]
}

/// Statistics of a list of values.
pub fn stats(values: &[u32]) -> Stats {
    let mut v = values.to_vec();
    v.sort_unstable();
    let mean = if v.is_empty() {
        0.0
    } else {
        v.iter().map(|&x| x as f64).sum::<f64>() / v.len() as f64
    };
    Stats {
        mean: (mean * 10.0).round() / 10.0,
        p10: percentile(&v, 10),
        p50: percentile(&v, 50),
        p90: percentile(&v, 90),
    }
}

/// Sums up runs.
pub fn summarise(runs: &[RunReport]) -> Summary {
    let n = runs.len();
    let overall = stats(&runs.iter().map(|r| r.score.overall).collect::<Vec<_>>());
    let dims =
        Dimension::ALL.map(|d| stats(&runs.iter().map(|r| r.score.get(d)).collect::<Vec<_>>()));
    let passed = runs.iter().filter(|r| r.score.passed).count();
    let mut grades = [0; 5];
    for r in runs {
        if let Some(g) = GRADE_LETTERS.iter().position(|g| r.grade.starts_with(*g)) {
            grades[g] += 1;
        }
    }
    Summary {
        runs: n,
        pass_rate: if n == 0 {
            0.0
        } else {
            passed as f64 / n as f64
        },
        incidents_mean: if n == 0 {
            0.0
        } else {
            runs.iter().map(|r| r.score.incidents as f64).sum::<f64>() / n as f64
        },
        overall,
        dims,
        grades,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_nearest_rank() {
        let v: Vec<u32> = (1..=10).collect();
        let s = stats(&v);
        assert_eq!((s.p10, s.p50, s.p90), (1, 5, 9));
        assert_eq!(s.mean, 5.5);
        assert_eq!(stats(&[]).p50, 0);
        assert_eq!(stats(&[7]).p90, 7);
    }
}
