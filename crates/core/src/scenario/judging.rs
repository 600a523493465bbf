//! Compiling how replies are judged: facts and wrong facts, the voice
//! rules, rubrics (checked for satisfiability), and every saved reply judged
//! once against every rubric.

use super::compile::{Ctx, IdMap, index, phrases, resolve};
use super::model::{ReplyInfo, RubricInfo};
use super::span::Spanned;
use super::types::{Network, ScenarioFile};
use crate::rubric::{FactMatcher, Phrase, RubricMatcher, VoiceRules, judge};

/// The voice rules, the rubric matchers (in file order) and the rubric ids.
pub(super) fn compile<'f>(
    cx: &mut Ctx,
    f: &'f ScenarioFile,
) -> (VoiceRules, Vec<RubricMatcher>, IdMap<'f>) {
    let top = &f.id;
    let facts = &f.brand.facts;
    let wrong = &f.brand.wrong_facts;
    let fact_ix = index(cx, "fact", facts, |x| &x.id);
    let wrong_ix = index(cx, "wrong fact", wrong, |x| &x.id);
    for x in facts.iter().chain(wrong) {
        if x.say.is_empty() {
            cx.error(&x.id, format!("fact `{}` has no phrasing in `say`", x.id));
        }
    }
    let fact_phrases: Vec<Vec<Phrase>> = facts.iter().map(|x| phrases(cx, &x.say, &x.id)).collect();
    let wrong_phrases: Vec<Vec<Phrase>> =
        wrong.iter().map(|x| phrases(cx, &x.say, &x.id)).collect();
    let v = &f.brand.voice;
    let voice = VoiceRules {
        banned: phrases(cx, &v.banned, top),
        sign_off: v.sign_off.as_ref().map(|s| {
            crate::rubric::fold::words(s)
                .into_iter()
                .map(|w| w.folded)
                .collect()
        }),
        max_exclamations: v.max_exclamations as usize,
        no_shouting: v.no_shouting,
    };
    let rub_ix = index(cx, "rubric", &f.rubrics, |r| &r.id);
    let matchers: Vec<RubricMatcher> = f
        .rubrics
        .iter()
        .map(|r| {
            let fm =
                |cx: &mut Ctx, list: &[Spanned], map: &IdMap, ph: &[Vec<Phrase>], what: &str| {
                    list.iter()
                        .filter_map(|id| resolve(cx, what, map, id, &r.id))
                        .map(|i| FactMatcher {
                            fact: i,
                            any_of: ph[i].clone(),
                        })
                        .collect::<Vec<_>>()
                };
            RubricMatcher {
                must: fm(cx, &r.must, &fact_ix, &fact_phrases, "fact"),
                wrong: fm(cx, &r.wrong, &wrong_ix, &wrong_phrases, "wrong fact"),
                avoid: phrases(cx, &r.avoid, &r.id),
                holding_ok: r.holding_ok,
                max_len: r.max_len.map(|m| m as usize),
            }
        })
        .collect();
    for (r, m) in f.rubrics.iter().zip(&matchers) {
        super::satisfiable::check(cx, r, m, &voice, v.sign_off.as_deref(), facts);
    }

    (voice, matchers, rub_ix)
}

/// Judges every saved reply against every rubric, once, per network limit.
pub(super) fn judge_replies(
    f: &ScenarioFile,
    matchers: Vec<RubricMatcher>,
    replies: &[ReplyInfo],
    voice: &VoiceRules,
) -> Vec<RubricInfo> {
    f.rubrics
        .iter()
        .zip(matchers)
        .map(|(r, matcher)| {
            let judged = replies
                .iter()
                .map(|rep| {
                    [Network::Microblog, Network::Page, Network::Messages]
                        .map(|n| judge(&rep.text, voice, Some(&matcher), n.limit()))
                })
                .collect();
            RubricInfo {
                id: r.id.value.clone(),
                matcher,
                replies: judged,
            }
        })
        .collect()
}
