//! Rubrics that can never be satisfied: a required fact that cannot be
//! stated without a banned phrase or a wrong fact, or required facts that
//! cannot fit in the rubric's length limit (or in any network it is used
//! on: see `lint`).

use super::compile::Ctx;
use super::types::{Fact, Rubric};
use crate::rubric::text::analyse;
use crate::rubric::{Pattern, RubricMatcher, VoiceRules};

pub(super) fn check(
    cx: &mut Ctx,
    r: &Rubric,
    m: &RubricMatcher,
    voice: &VoiceRules,
    sign_off: Option<&str>,
    facts: &[Fact],
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
        let blocked_by = |phrasing: &Vec<Pattern>| {
            let source: Vec<&str> = phrasing.iter().map(|p| &*p.source).collect();
            let text = analyse(&source.join(". "), voice.lang);
            forbidden
                .clone()
                .find(|b| b.find(&text).is_some())
                .map(|b| b.source.to_string())
                .or_else(|| {
                    m.wrong
                        .iter()
                        .flat_map(|w| &w.any_of)
                        .find(|w| w.iter().all(|p| p.find(&text).is_some()))
                        .map(|w| w.iter().map(|p| &*p.source).collect::<Vec<_>>().join(" "))
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
        let needed = shortest_answer(m, sign_off);
        if needed > max as usize {
            cx.error(
                &r.id,
                format!(
                    "rubric `{}` can never be satisfied: {} at least {needed} characters but `max_len` is {max}",
                    r.id,
                    what_needs(sign_off)
                ),
            );
        }
    }
}

/// The fewest characters a reply satisfying the rubric can have (a lower
/// bound): the shortest phrasing of each required fact and the sign-off,
/// counting the letters and digits of their words as written and one
/// space between words.
pub(super) fn shortest_answer(m: &RubricMatcher, sign_off: Option<&str>) -> usize {
    let facts = m.must.iter().map(|f| {
        f.any_of
            .iter()
            .map(|ph| {
                ph.iter().map(|p| shortest_text(&p.source)).sum::<usize>()
                    + ph.len().saturating_sub(1)
            })
            .min()
            .unwrap_or(0)
    });
    let sign_off = sign_off.map(shortest_text).filter(|&n| n > 0);
    let parts: Vec<usize> = facts.chain(sign_off).collect();
    parts.iter().sum::<usize>() + parts.len().saturating_sub(1)
}

/// The characters of a text's words (as written), one space between them.
fn shortest_text(text: &str) -> usize {
    let words = crate::rubric::fold::words(text);
    words
        .iter()
        .map(|w| text[w.start..w.end].chars().count())
        .sum::<usize>()
        + words.len().saturating_sub(1)
}

/// "its required facts need" or "its required facts and the sign-off need".
pub(super) fn what_needs(sign_off: Option<&str>) -> &'static str {
    if sign_off.is_some_and(|s| shortest_text(s) > 0) {
        "its required facts and the sign-off need"
    } else {
        "its required facts need"
    }
}
