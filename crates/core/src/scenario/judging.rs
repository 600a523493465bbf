//! Compiling how replies are judged: facts and wrong facts, the voice
//! rules, rubrics (checked for satisfiability), and every saved reply judged
//! once against every rubric.

use super::compile::{Ctx, IdMap, index, phrases, resolve};
use super::model::{ReplyInfo, RubricInfo};
use super::span::Spanned;
use super::types::{Network, ScenarioFile};
use crate::rubric::{
    FactMatcher, Pattern, Reading, RubricMatcher, ToneRules, ToneSettings, VoiceRules,
};
use crate::scenario::Language;

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
    let lang = f.language;
    let key_terms = |cx: &mut Ctx, list: &[Spanned], anchor: &Spanned| -> Vec<Vec<Pattern>> {
        list.iter()
            .filter_map(|s| {
                let p = Pattern::key_terms(s, lang);
                if p.is_none() {
                    cx.error_in(s, anchor, format!("`{s}` has no word to match"));
                }
                p.map(|p| vec![p])
            })
            .collect()
    };
    // A fact is stated by any of its phrasings, or by its own text (each of
    // its sentences): posting the fact as written always states it.
    let fact_phrases: Vec<Vec<Vec<Pattern>>> = facts
        .iter()
        .map(|x| {
            let mut any = key_terms(cx, &x.say, &x.id);
            // A fact that is itself a negation ("nobody sleeps on the top
            // bunk", "flights today are not affected"): its phrasings hold
            // their meaning inside a negated sentence, so a negation there
            // does not cancel them.
            if crate::rubric::text_has_negation(&x.text, lang) {
                for p in any.iter_mut().flatten() {
                    p.negative = true;
                }
            }
            let own: Vec<Pattern> = own_sentences(&x.text, lang)
                .iter()
                .filter_map(|s| Pattern::most_terms(s, lang))
                .collect();
            if !own.is_empty() {
                any.push(own);
            }
            any
        })
        .collect();
    // A wrong fact is stated by one of its phrasings in order (a mention of
    // its words apart is not a claim), and not when negated ("not four
    // weeks").
    let wrong_phrases: Vec<Vec<Vec<Pattern>>> = wrong
        .iter()
        .map(|x| {
            x.say
                .iter()
                .filter_map(|s| {
                    let p = Pattern::phrase(s, lang);
                    if p.is_none() {
                        cx.error_in(s, &x.id, format!("`{s}` has no word to match"));
                    }
                    p.map(|p| vec![p])
                })
                .collect()
        })
        .collect();
    let v = &f.brand.voice;
    // Patterns a brand adds to a class, and phrases it allows: each must
    // have a word to match; the two classes that are not phrases
    // (acknowledgement missing, register) take none.
    let no_words = |p: &str| !p.chars().any(char::is_alphanumeric);
    let mut add: Vec<(crate::rubric::ToneClass, &str)> = Vec::new();
    for (c, ps) in &v.judge.add {
        for p in ps {
            if matches!(
                c,
                crate::rubric::ToneClass::NoEmpathy | crate::rubric::ToneClass::Register
            ) {
                cx.error(
                    p,
                    format!(
                        "`{c:?}` takes no patterns in `judge.add`: it is judged from the whole reply (use `off` or `strict` to change it)"
                    ),
                );
            } else if no_words(p) {
                cx.error(p, format!("`{p}` has no word to match"));
            } else {
                add.push((*c, p.as_str()));
            }
        }
    }
    for p in &v.judge.allow {
        if no_words(p) {
            cx.error(p, format!("`{p}` has no word to match"));
        }
    }
    let words = |t: &str| -> Vec<String> {
        crate::rubric::fold::words(t)
            .into_iter()
            .map(|w| w.folded)
            .collect()
    };
    let tone = ToneRules::new(&ToneSettings {
        lang,
        brand: words(&f.brand.name),
        home: f.brand.home.as_deref().map(words).unwrap_or_default(),
        add,
        allow: v.judge.allow.iter().map(|s| s.as_str()).collect(),
        off: v.judge.off.clone(),
        strict: v.judge.strict.clone(),
        register: v.register,
        emoji: v.emoji,
        facts: facts
            .iter()
            .map(|x| {
                std::iter::once(x.text.as_str())
                    .chain(x.say.iter().map(|s| s.as_str()))
                    .collect()
            })
            .collect(),
    });
    let voice = VoiceRules {
        lang,
        banned: phrases(cx, &v.banned, top, lang),
        sign_off: v.sign_off.as_ref().map(|s| words(s)),
        max_exclamations: v.max_exclamations as usize,
        no_shouting: v.no_shouting,
        tone,
    };
    let rub_ix = index(cx, "rubric", &f.rubrics, |r| &r.id);
    let matchers: Vec<RubricMatcher> = f
        .rubrics
        .iter()
        .map(|r| {
            let fm = |cx: &mut Ctx,
                      list: &[Spanned],
                      map: &IdMap,
                      ph: &[Vec<Vec<Pattern>>],
                      what: &str| {
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
                avoid: phrases(cx, &r.avoid, &r.id, lang),
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

/// Judges every saved reply against every rubric, once; the verdicts per
/// network differ only in the length limit. Each reply is read once (its
/// tone and phrases do not depend on the rubric), so a file's cost grows
/// with replies × rubrics only by the facts' check.
pub(super) fn judge_replies(
    f: &ScenarioFile,
    matchers: Vec<RubricMatcher>,
    replies: &[ReplyInfo],
    voice: &VoiceRules,
) -> Vec<RubricInfo> {
    let readings: Vec<Reading> = replies
        .iter()
        .map(|rep| Reading::new(&rep.text, voice))
        .collect();
    f.rubrics
        .iter()
        .zip(matchers)
        .map(|(r, matcher)| {
            let judged = readings
                .iter()
                .map(|reading| {
                    let j = reading.judge(voice, Some(&matcher), usize::MAX);
                    [Network::Microblog, Network::Page, Network::Messages].map(|n| {
                        let limit = matcher.max_len.map_or(n.limit(), |m| m.min(n.limit()));
                        let mut j = j.clone();
                        j.too_long = j.length > limit;
                        j
                    })
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

/// The sentences of a fact's text, as a reply would cut them.
fn own_sentences(text: &str, lang: Language) -> Vec<String> {
    let t = crate::rubric::text::analyse(text, lang);
    t.sentences
        .iter()
        .map(|s| text[s.start..s.end].to_owned())
        .collect()
}
