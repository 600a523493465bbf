//! One run in full: the numbers a replay must reproduce, how the overall
//! was formed (the weighted dimensions, what the shift caused, why it
//! failed) and the findings in words. `onbrand sim --json`, `onbrand replay
//! --json`, the game's script output and the debrief screen all use this
//! one type, so the debrief a trainee reads is the JSON a tool reads.

use crate::debrief::{DebriefFinding, render_all, texts};
use crate::fill::fill;
use onbrand_core::scenario::{Language, Rule, Scenario};
use onbrand_core::score::{Consequence, Score};
use onbrand_core::sim::action::RecordedScore;
use serde::Serialize;

/// One consequence of the shift, with the points it took off the overall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsequenceLine {
    /// What happened (data).
    pub consequence: Consequence,
    /// Points taken off the overall.
    pub points: u32,
    /// The same in words.
    pub what: String,
}

/// A rule whose breach failed the shift.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FailedBy {
    /// The rule.
    pub rule: Rule,
    /// Its name in the report's language.
    pub title: String,
    /// Why it failed the shift, in words.
    pub what: String,
}

/// What a line of the verdict says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// The weighted mean of the five dimensions.
    Weighted,
    /// Something the shift caused, and the points it took off.
    Consequence,
    /// Why the shift failed.
    Fail,
}

/// One line of how the overall was formed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VerdictLine {
    /// What the line says.
    pub kind: VerdictKind,
    /// The line in words.
    pub text: String,
}

/// A scored run, as every tool prints it and the debrief draws it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Scenario id.
    pub scenario: String,
    /// Seed.
    pub seed: u64,
    /// Who played.
    pub player: String,
    /// `overall`, the five dimensions, `passed`, `incidents`, `rules`.
    #[serde(flatten)]
    pub score: RecordedScore,
    /// Letter grade.
    pub grade: String,
    /// The scenario's pass mark.
    pub pass_mark: u32,
    /// The weighted mean of the five dimensions, before consequences.
    pub weighted: u32,
    /// What the shift caused, each with the points it took off.
    pub consequences: Vec<ConsequenceLine>,
    /// The rules whose breach failed the shift.
    pub failed_by: Vec<FailedBy>,
    /// How the overall was formed, line by line, in words.
    pub verdict: Vec<VerdictLine>,
    /// The language of every text of the report (`en`, `fr`).
    pub lang: &'static str,
    /// Every finding, most serious first, as the debrief shows it.
    pub findings: Vec<DebriefFinding>,
}

impl Report {
    /// The report of a scored run, its texts in `lang`.
    pub fn new(sc: &Scenario, seed: u64, player: &str, s: &Score, lang: Language) -> Report {
        let t = texts(lang);
        let v = &t.verdict;
        let consequences: Vec<ConsequenceLine> = s
            .consequences
            .iter()
            .map(|(c, points)| ConsequenceLine {
                consequence: c.clone(),
                points: *points,
                what: consequence_text(c, *points, lang),
            })
            .collect();
        let failed_by: Vec<FailedBy> = s
            .failed_by
            .iter()
            .map(|&r| {
                let title = t.rule(r).name.to_owned();
                FailedBy {
                    rule: r,
                    what: fill(v.failed_by, &[("rule", &title)]),
                    title,
                }
            })
            .collect();
        let line = |kind, text| VerdictLine { kind, text };
        let mut verdict = vec![line(
            VerdictKind::Weighted,
            fill(v.weighted, &[("score", &s.weighted.to_string())]),
        )];
        verdict.extend(
            consequences
                .iter()
                .map(|c| line(VerdictKind::Consequence, c.what.clone())),
        );
        let taken: u32 = consequences.iter().map(|c| c.points).sum();
        if taken > onbrand_core::tuning::CONSEQUENCES_MAX {
            verdict.push(line(
                VerdictKind::Consequence,
                fill(
                    v.consequences_capped,
                    &[("max", &onbrand_core::tuning::CONSEQUENCES_MAX.to_string())],
                ),
            ));
        }
        verdict.extend(
            failed_by
                .iter()
                .map(|f| line(VerdictKind::Fail, f.what.clone())),
        );
        let strings = crate::ui::strings(lang);
        verdict.extend(s.under_floor.iter().map(|&(d, floor)| {
            line(
                VerdictKind::Fail,
                fill(
                    v.under_floor,
                    &[
                        ("dimension", strings.dimension(d)),
                        ("value", &s.dims.get(d).to_string()),
                        ("floor", &floor.to_string()),
                    ],
                ),
            )
        }));
        if !s.passed {
            let pass = sc.pass_mark.to_string();
            let text = if failed_by.is_empty() && s.under_floor.is_empty() {
                fill(
                    v.below_pass,
                    &[("overall", &s.overall.to_string()), ("pass", &pass)],
                )
            } else {
                fill(v.failed_cap, &[("pass", &pass)])
            };
            verdict.push(line(VerdictKind::Fail, text));
        }
        Report {
            scenario: sc.id.clone(),
            seed,
            player: player.to_owned(),
            score: s.recorded(),
            grade: s.grade.to_string(),
            pass_mark: sc.pass_mark,
            weighted: s.weighted,
            consequences,
            failed_by,
            verdict,
            lang: lang.code(),
            findings: render_all(sc, &s.findings, lang),
        }
    }
}

/// One consequence in words.
pub fn consequence_text(c: &Consequence, points: u32, lang: Language) -> String {
    let v = &texts(lang).verdict;
    let points = points.to_string();
    match c {
        Consequence::Escalations { fired } => {
            let list: Vec<String> = [v.reposts, v.influencers, v.journalists]
                .iter()
                .zip(fired)
                .filter(|(_, n)| **n > 0)
                .map(|(t, n)| fill(t[usize::from(*n > 1)], &[("n", &n.to_string())]))
                .collect();
            fill(
                v.escalations,
                &[("list", &list.join(", ")), ("points", &points)],
            )
        }
        Consequence::Buzz(b) => fill(v.buzz, &[("buzz", &b.to_string()), ("points", &points)]),
        Consequence::Sentiment(x) => fill(
            v.sentiment,
            &[("sentiment", &x.to_string()), ("points", &points)],
        ),
    }
}
