//! Many runs summed up: pass rate and mean/p10/p50/p90 per dimension.

use super::RunReport;
use serde::Serialize;
use std::collections::BTreeMap;

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

/// Summary of many runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// Number of runs.
    pub runs: usize,
    /// Share of runs passed, 0–1.
    pub pass_rate: f64,
    /// Mean wrong-account posts per run.
    pub incidents_mean: f64,
    /// Per dimension (and "overall").
    #[serde(flatten)]
    pub dims: BTreeMap<&'static str, Stats>,
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
    let col = |f: fn(&RunReport) -> u32| stats(&runs.iter().map(f).collect::<Vec<_>>());
    let mut dims = BTreeMap::new();
    dims.insert("overall", col(|r| r.score.overall));
    dims.insert("speed", col(|r| r.score.speed));
    dims.insert("accuracy", col(|r| r.score.accuracy));
    dims.insert("alignment", col(|r| r.score.alignment));
    dims.insert("process", col(|r| r.score.process));
    dims.insert("account_safety", col(|r| r.score.account_safety));
    let passed = runs.iter().filter(|r| r.score.passed).count();
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
        dims,
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
