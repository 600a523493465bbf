//! Rubrics that can never be satisfied: a required fact that cannot be
//! stated without a banned phrase or a wrong fact, or required facts that
//! cannot fit in the rubric's length limit.

use super::compile::Ctx;
use super::types::{Fact, Rubric};
use crate::rubric::{Phrase, RubricMatcher, VoiceRules};

pub(super) fn check(
    cx: &mut Ctx,
    r: &Rubric,
    m: &RubricMatcher,
    voice: &VoiceRules,
    facts: &[Fact],
    fact_phrases: &[Vec<Phrase>],
) {
    for f in &m.must {
        let fact_id = &facts[f.fact].id;
        let id = r
            .must
            .iter()
            .find(|s| s.value == fact_id.value)
            .unwrap_or(fact_id);
        if f.any_of.is_empty() {
            continue;
        }
        let forbidden = voice.banned.iter().chain(&m.avoid);
        let blocked_by = |p: &Phrase| {
            forbidden
                .clone()
                .find(|b| b.occurs_in(p))
                .map(|b| b.source.to_string())
                .or_else(|| {
                    m.wrong
                        .iter()
                        .flat_map(|w| &w.any_of)
                        .find(|w| w.occurs_in(p))
                        .map(|w| w.source.to_string())
                })
        };
        let blocks: Vec<Option<String>> = f.any_of.iter().map(blocked_by).collect();
        if let Some(Some(first)) = blocks.first()
            && blocks.iter().all(Option::is_some)
        {
            cx.error_in(
                id,
                &r.id,
                format!(
                    "rubric `{}` can never be satisfied: every phrasing of fact `{id}` contains `{first}`, which the rubric forbids",
                    r.id
                ),
            );
        }
    }
    if let Some(max) = r.max_len {
        let shortest: usize = m
            .must
            .iter()
            .map(|f| {
                fact_phrases[f.fact]
                    .iter()
                    .map(|p| p.source.chars().count())
                    .min()
                    .unwrap_or(0)
            })
            .sum::<usize>()
            + m.must.len().saturating_sub(1);
        if shortest > max as usize {
            cx.error(
                &r.id,
                format!(
                    "rubric `{}` can never be satisfied: its required facts need at least {shortest} characters but `max_len` is {max}",
                    r.id
                ),
            );
        }
    }
}
