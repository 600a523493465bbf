//! Judging a reply: which facts it states (by meaning), which wrong facts,
//! which banned or avoided phrases, how it speaks to the customer (the
//! tone judge), what it promises that the facts card does not back, and
//! the sign-off, shouting and length. Every verdict carries the phrase and
//! where it was found, so the debrief can quote it.

use super::fold::words;
use super::lexicon::ToneClass;
use super::pattern::{Hit, Pattern};
use super::text::{Text, analyse};
use super::tone::{ToneHit, ToneRules};
use crate::scenario::Language;
use crate::tuning::{
    EXCLAMATION_PENALTY, NO_EMPATHY_PENALTY, OFF_VOICE_PENALTY, REGISTER_PENALTY,
    SHOUTED_WORD_LETTERS, SHOUTING_PENALTY, SIGN_OFF_PENALTY, TONE_PENALTY,
    UNBACKED_PROMISE_PENALTY, WRONG_FACT_PENALTY,
};

/// A fact with the phrasings that state it.
#[derive(Clone, Debug)]
pub struct FactMatcher {
    /// Index of the fact in the scenario's list.
    pub fact: usize,
    /// Any one of these phrasings states the fact: each is one or more
    /// patterns of key terms, every one found in some sentence of the
    /// reply (a `say` phrasing is one; the fact's own text one per
    /// sentence).
    pub any_of: Vec<Vec<Pattern>>,
}

/// The brand's voice rules, compiled.
#[derive(Clone, Debug, Default)]
pub struct VoiceRules {
    /// The language replies are judged in.
    pub lang: Language,
    /// Banned words and phrases.
    pub banned: Vec<Pattern>,
    /// Words the reply must end with, folded.
    pub sign_off: Option<Vec<String>>,
    /// Most exclamation marks allowed.
    pub max_exclamations: usize,
    /// Whether all-capital words count as shouting.
    pub no_shouting: bool,
    /// The tone judge, with the brand's changes and its facts card.
    pub tone: ToneRules,
}

/// A rubric, compiled.
#[derive(Clone, Debug, Default)]
pub struct RubricMatcher {
    /// Facts the reply must state.
    pub must: Vec<FactMatcher>,
    /// Wrong facts the reply must not state.
    pub wrong: Vec<FactMatcher>,
    /// Off-voice phrases for this item.
    pub avoid: Vec<Pattern>,
    /// Whether a holding reply is an acceptable first answer.
    pub holding_ok: bool,
    /// Tighter length limit, if any.
    pub max_len: Option<usize>,
}

/// The verdict on one reply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Judgement {
    /// Required facts found (fact index, where).
    pub facts_found: Vec<(usize, Hit)>,
    /// Required facts missing (fact index).
    pub facts_missing: Vec<usize>,
    /// Wrong facts stated (wrong-fact index, where).
    pub wrong_facts: Vec<(usize, Hit)>,
    /// Banned or avoided phrases used.
    pub off_voice: Vec<Hit>,
    /// Tone classes broken (the first hit of each), and whether each costs
    /// double for this brand.
    pub tone: Vec<(ToneHit, bool)>,
    /// Commitments the facts card does not back.
    pub promises: Vec<Hit>,
    /// Where the reply acknowledges the customer, if it does.
    pub acknowledgement: Option<Hit>,
    /// The reply lacks the brand's sign-off.
    pub sign_off_missing: bool,
    /// Words in capitals that read as shouting.
    pub shouting: Vec<String>,
    /// Exclamation marks.
    pub exclamations: usize,
    /// Over the voice's exclamation limit.
    pub too_many_exclamations: bool,
    /// Length in characters.
    pub length: usize,
    /// Over the length limit.
    pub too_long: bool,
    /// The brand does not judge acknowledgement (`judge.off: [NoEmpathy]`).
    pub empathy_off: bool,
    /// Missing acknowledgement costs double (`judge.strict: [NoEmpathy]`).
    pub empathy_strict: bool,
}

impl Judgement {
    /// Accuracy of the reply, 0–100: share of required facts stated, minus
    /// [`WRONG_FACT_PENALTY`] per wrong fact and [`UNBACKED_PROMISE_PENALTY`]
    /// per promise the facts card does not back.
    pub fn accuracy(&self) -> u32 {
        let total = self.facts_found.len() + self.facts_missing.len();
        let base = if total == 0 {
            100
        } else {
            100 * self.facts_found.len() as i64 / total as i64
        };
        (base
            - WRONG_FACT_PENALTY * self.wrong_facts.len() as i64
            - UNBACKED_PROMISE_PENALTY * self.promises.len() as i64)
            .clamp(0, 100) as u32
    }

    /// Whether the reply gives facts and no acknowledgement (off-voice only
    /// where the item calls for acknowledgement).
    pub fn lacks_empathy(&self) -> bool {
        !self.empathy_off
            && self.acknowledgement.is_none()
            && (!self.facts_found.is_empty() || self.facts_missing.is_empty())
    }

    /// Voice alignment of the reply, 0–100; `needs_empathy`: the item calls
    /// for acknowledgement.
    pub fn alignment(&self, needs_empathy: bool) -> u32 {
        let mut s: i64 = 100;
        s -= OFF_VOICE_PENALTY * self.off_voice.len() as i64;
        for (h, strict) in &self.tone {
            let p = if h.class == ToneClass::Register {
                REGISTER_PENALTY
            } else {
                TONE_PENALTY
            };
            s -= if *strict { 2 * p } else { p };
        }
        if needs_empathy && self.lacks_empathy() {
            s -= if self.empathy_strict {
                2 * NO_EMPATHY_PENALTY
            } else {
                NO_EMPATHY_PENALTY
            };
        }
        if self.sign_off_missing {
            s -= SIGN_OFF_PENALTY;
        }
        if !self.shouting.is_empty() {
            s -= SHOUTING_PENALTY;
        }
        if self.too_many_exclamations {
            s -= EXCLAMATION_PENALTY;
        }
        s.clamp(0, 100) as u32
    }

    /// Whether the reply is right in substance and voice (for an item that
    /// calls for acknowledgement or not).
    pub fn is_clean(&self, needs_empathy: bool) -> bool {
        self.facts_missing.is_empty()
            && self.wrong_facts.is_empty()
            && self.off_voice.is_empty()
            && self.tone.is_empty()
            && self.promises.is_empty()
            && !(needs_empathy && self.lacks_empathy())
            && !self.sign_off_missing
            && self.shouting.is_empty()
            && !self.too_many_exclamations
            && !self.too_long
    }

    /// What keeps the reply `text` (the one judged) from being clean, in a
    /// trainer's words, quoting the reply (for `onbrand check`).
    pub fn problems(&self, needs_empathy: bool, text: &str) -> Vec<String> {
        let q = |h: &Hit| crate::untrusted::echo(text.get(h.start..h.end).unwrap_or(&h.phrase));
        let mut v = Vec::new();
        if !self.facts_missing.is_empty() {
            v.push(format!(
                "misses {} required fact(s)",
                self.facts_missing.len()
            ));
        }
        for (_, h) in &self.wrong_facts {
            v.push(format!("states a wrong fact (`{}`)", q(h)));
        }
        for h in &self.off_voice {
            v.push(format!("uses `{}`", q(h)));
        }
        for (t, _) in &self.tone {
            v.push(format!("reads as {:?} (`{}`)", t.class, q(&t.hit)));
        }
        for h in &self.promises {
            v.push(format!(
                "promises what the facts card does not back (`{}`)",
                q(h)
            ));
        }
        if needs_empathy && self.lacks_empathy() {
            v.push("does not acknowledge the customer, and the item calls for it".into());
        }
        if self.sign_off_missing {
            v.push("lacks the sign-off".into());
        }
        if !self.shouting.is_empty() || self.too_many_exclamations {
            v.push("shouts".into());
        }
        if self.too_long {
            v.push("is too long".into());
        }
        v
    }

    /// Whether it states none of the facts the item asks for (when it asks
    /// for some): at best a holding reply.
    pub fn is_hollow(&self) -> bool {
        self.facts_found.is_empty() && !self.facts_missing.is_empty()
    }
}

/// The first phrasing of a fact the text states (not negated, unless the
/// phrasing itself says "no").
fn states(f: &FactMatcher, text: &Text, voice: &VoiceRules) -> Option<Hit> {
    f.any_of.iter().find_map(|phrasing| {
        let hits: Option<Vec<Hit>> = phrasing
            .iter()
            .map(|p| {
                p.find_all(text)
                    .find(|h| negates_itself(p, voice) || !voice.tone.negated(text, h.first))
            })
            .collect();
        hits.and_then(|h| h.into_iter().next())
    })
}

/// Whether a phrasing holds its own negation ("no recall", "not
/// affected"): then a negation before it does not cancel it.
fn negates_itself(p: &Pattern, _voice: &VoiceRules) -> bool {
    p.negative
}

/// Judges `text` against the voice and, when given, a rubric; `limit` is the
/// network's length limit.
pub fn judge(
    text: &str,
    voice: &VoiceRules,
    rubric: Option<&RubricMatcher>,
    limit: usize,
) -> Judgement {
    Reading::new(text, voice).judge(voice, rubric, limit)
}

/// What a reply says whatever the rubric (its words, tone, promises,
/// sign-off, banned phrases): read once, then judged against each rubric
/// (a scenario's saved replies against every one of its rubrics) without
/// reading the text again.
pub struct Reading {
    t: Text,
    base: Judgement,
    /// The brand's banned phrases found, before they are merged with a
    /// rubric's avoided ones.
    banned: Vec<Hit>,
}

impl Reading {
    /// Reads a reply with a brand's voice rules.
    pub fn new(text: &str, voice: &VoiceRules) -> Reading {
        let t = analyse(text, voice.lang);
        let w = words(text);
        let mut j = Judgement {
            length: text.chars().count(),
            ..Judgement::default()
        };
        let banned = voice
            .banned
            .iter()
            .filter_map(|p| unnegated(p, &t, voice))
            .collect();
        j.tone = voice
            .tone
            .judge(&t)
            .into_iter()
            .map(|h| {
                let strict = voice.tone.strict.contains(&h.class);
                (h, strict)
            })
            .collect();
        j.promises = voice.tone.promises(&t);
        j.acknowledgement = voice.tone.acknowledges(&t);
        j.empathy_off = voice.tone.off.contains(&ToneClass::NoEmpathy);
        j.empathy_strict = voice.tone.strict.contains(&ToneClass::NoEmpathy);
        if let Some(sign) = &voice.sign_off {
            let n = sign.len();
            j.sign_off_missing = w.len() < n
                || !w[w.len() - n..]
                    .iter()
                    .zip(sign)
                    .all(|(a, b)| &a.folded == b);
        }
        if voice.no_shouting {
            j.shouting = shouted_words(text, &w);
        }
        j.exclamations = text.chars().filter(|&c| c == '!').count();
        j.too_many_exclamations = j.exclamations > voice.max_exclamations;
        Reading { t, base: j, banned }
    }

    /// The verdict against a rubric (its facts, wrong facts and avoided
    /// phrases) and a length limit.
    pub fn judge(
        &self,
        voice: &VoiceRules,
        rubric: Option<&RubricMatcher>,
        limit: usize,
    ) -> Judgement {
        let t = &self.t;
        let mut j = self.base.clone();
        let limit = rubric
            .and_then(|r| r.max_len)
            .map_or(limit, |m| m.min(limit));
        j.too_long = j.length > limit;
        if let Some(r) = rubric {
            for f in &r.must {
                match states(f, t, voice) {
                    Some(hit) => j.facts_found.push((f.fact, hit)),
                    None => j.facts_missing.push(f.fact),
                }
            }
            for f in &r.wrong {
                if let Some(hit) = states(f, t, voice) {
                    j.wrong_facts.push((f.fact, hit));
                }
            }
            j.off_voice
                .extend(r.avoid.iter().filter_map(|p| unnegated(p, t, voice)));
        }
        j.off_voice.extend(self.banned.iter().cloned());
        // Two phrases over the same words ("don't worry" avoided, "no
        // worries" banned) are one slip.
        j.off_voice
            .sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut kept: Vec<Hit> = Vec::with_capacity(j.off_voice.len());
        for h in std::mem::take(&mut j.off_voice) {
            if !kept.iter().any(|k| k.start < h.end && h.start < k.end) {
                kept.push(h);
            }
        }
        j.off_voice = kept;
        // The same words banned by the brand and caught by a tone class
        // count once, as the tone (its finding names the class).
        let tone = &j.tone;
        j.off_voice.retain(|h| {
            !tone
                .iter()
                .any(|(x, _)| x.hit.start < h.end && h.start < x.hit.end)
        });
        j
    }
}

/// The first hit of a banned or avoided phrase that is not negated ("we
/// can't guarantee" does not guarantee), nor quoted back from the
/// customer, nor (for an order such as "calm down") aimed at someone else
/// than the reader ("things should calm down").
fn unnegated(p: &Pattern, t: &Text, voice: &VoiceRules) -> Option<Hit> {
    let own = negates_itself(p, voice);
    let order = voice.tone.is_order(p);
    p.find_all(t).find(|h| {
        let quoted = t
            .tokens
            .iter()
            .filter(|x| x.start >= h.start && x.end <= h.end)
            .all(|x| x.quoted);
        !quoted
            && (own || !voice.tone.negated(t, h.first))
            && (!order || voice.tone.addressed(t, h.first))
    })
}

/// Words of [`SHOUTED_WORD_LETTERS`] letters or more written all in capitals.
fn shouted_words(text: &str, w: &[super::fold::Word]) -> Vec<String> {
    w.iter()
        .map(|w| &text[w.start..w.end])
        .filter(|s| {
            s.chars().filter(|c| c.is_alphabetic()).count() >= SHOUTED_WORD_LETTERS
                && s.chars().all(|c| !c.is_lowercase())
                && s.chars().any(|c| c.is_uppercase())
        })
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::tone::ToneSettings;

    fn voice() -> VoiceRules {
        VoiceRules {
            lang: Language::En,
            banned: vec![
                Pattern::phrase("cheap", Language::En).unwrap(),
                Pattern::phrase("lol", Language::En).unwrap(),
            ],
            sign_off: Some(vec!["sam".into()]),
            max_exclamations: 1,
            no_shouting: true,
            tone: ToneRules::new(&ToneSettings {
                emoji: true,
                ..ToneSettings::default()
            }),
        }
    }

    fn rubric() -> RubricMatcher {
        let k = |s| vec![Pattern::key_terms(s, Language::En).unwrap()];
        RubricMatcher {
            must: vec![FactMatcher {
                fact: 0,
                any_of: vec![k("24 990")],
            }],
            wrong: vec![FactMatcher {
                fact: 0,
                any_of: vec![k("22 990")],
            }],
            avoid: vec![],
            holding_ok: true,
            max_len: None,
        }
    }

    #[test]
    fn clean_reply() {
        let j = judge(
            "The Vela starts at €24,990. ^Sam",
            &voice(),
            Some(&rubric()),
            280,
        );
        assert!(j.is_clean(false), "{j:?}");
        assert_eq!(j.accuracy(), 100);
        assert_eq!(j.alignment(false), 100);
    }

    #[test]
    fn outdated_price_loudly() {
        let j = judge("It's CHEAP: 22 990!!! lol", &voice(), Some(&rubric()), 280);
        assert_eq!(j.facts_missing, vec![0]);
        assert_eq!(j.wrong_facts.len(), 1);
        assert_eq!(j.accuracy(), 0);
        let banned: Vec<&str> = j.off_voice.iter().map(|h| &*h.phrase).collect();
        assert_eq!(banned, ["cheap", "lol"]);
        assert!(j.sign_off_missing);
        assert_eq!(j.shouting, vec!["CHEAP".to_owned()]);
        assert!(j.too_many_exclamations);
        assert_eq!(j.alignment(false), 0);
    }

    #[test]
    fn length_limit() {
        let long = "a".repeat(281);
        assert!(judge(&long, &VoiceRules::default(), None, 280).too_long);
        let r = RubricMatcher {
            max_len: Some(10),
            ..RubricMatcher::default()
        };
        assert!(judge("eleven chars", &VoiceRules::default(), Some(&r), 280).too_long);
    }
}
