//! Judging a reply: which facts it states, which wrong facts, which
//! off-voice phrases, sign-off, shouting and length. Every verdict carries
//! the phrase and where it was found, so the debrief can explain it.

use super::fold::{Word, words};
use super::phrase::{Hit, Phrase};
use crate::tuning::{
    EXCLAMATION_PENALTY, OFF_VOICE_PENALTY, SHOUTED_WORD_LETTERS, SHOUTING_PENALTY,
    SIGN_OFF_PENALTY, WRONG_FACT_PENALTY,
};

/// A fact with the phrasings that state it.
#[derive(Clone, Debug)]
pub struct FactMatcher {
    /// Index of the fact in the scenario's list.
    pub fact: usize,
    /// Any one of these states the fact.
    pub any_of: Vec<Phrase>,
}

impl FactMatcher {
    /// First phrasing found in the text.
    pub fn find(&self, text: &[Word]) -> Option<Hit> {
        self.any_of.iter().find_map(|p| p.find(text))
    }
}

/// The brand's voice rules, compiled.
#[derive(Clone, Debug, Default)]
pub struct VoiceRules {
    /// Banned words and phrases.
    pub banned: Vec<Phrase>,
    /// Words the reply must end with, folded.
    pub sign_off: Option<Vec<String>>,
    /// Most exclamation marks allowed.
    pub max_exclamations: usize,
    /// Whether all-capital words count as shouting.
    pub no_shouting: bool,
}

/// A rubric, compiled.
#[derive(Clone, Debug, Default)]
pub struct RubricMatcher {
    /// Facts the reply must state.
    pub must: Vec<FactMatcher>,
    /// Wrong facts the reply must not state.
    pub wrong: Vec<FactMatcher>,
    /// Off-voice phrases for this item.
    pub avoid: Vec<Phrase>,
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
    /// Banned or off-voice phrases used.
    pub off_voice: Vec<Hit>,
    /// The reply lacks the brand's sign-off.
    pub sign_off_missing: bool,
    /// Words in capitals that read as shouting.
    pub shouting: Vec<String>,
    /// More exclamation marks than the voice allows.
    pub exclamations: usize,
    /// Over the voice's exclamation limit.
    pub too_many_exclamations: bool,
    /// Length in characters.
    pub length: usize,
    /// Over the length limit.
    pub too_long: bool,
}

impl Judgement {
    /// Accuracy of the reply, 0–100: share of required facts stated, minus
    /// [`WRONG_FACT_PENALTY`] points per wrong fact.
    pub fn accuracy(&self) -> u32 {
        let total = self.facts_found.len() + self.facts_missing.len();
        let base = if total == 0 {
            100
        } else {
            100 * self.facts_found.len() as i64 / total as i64
        };
        (base - WRONG_FACT_PENALTY * self.wrong_facts.len() as i64).clamp(0, 100) as u32
    }

    /// Voice alignment of the reply, 0–100.
    pub fn alignment(&self) -> u32 {
        let mut s: i64 = 100;
        s -= OFF_VOICE_PENALTY * self.off_voice.len() as i64;
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

    /// Whether the reply is right in substance and voice.
    pub fn is_clean(&self) -> bool {
        self.facts_missing.is_empty()
            && self.wrong_facts.is_empty()
            && self.off_voice.is_empty()
            && !self.sign_off_missing
            && self.shouting.is_empty()
            && !self.too_many_exclamations
            && !self.too_long
    }
}

/// Judges `text` against the voice and, when given, a rubric; `limit` is the
/// network's length limit.
pub fn judge(
    text: &str,
    voice: &VoiceRules,
    rubric: Option<&RubricMatcher>,
    limit: usize,
) -> Judgement {
    let w = words(text);
    let mut j = Judgement {
        length: text.chars().count(),
        ..Judgement::default()
    };
    let limit = rubric
        .and_then(|r| r.max_len)
        .map_or(limit, |m| m.min(limit));
    j.too_long = j.length > limit;
    if let Some(r) = rubric {
        for f in &r.must {
            match f.find(&w) {
                Some(hit) => j.facts_found.push((f.fact, hit)),
                None => j.facts_missing.push(f.fact),
            }
        }
        for f in &r.wrong {
            if let Some(hit) = f.find(&w) {
                j.wrong_facts.push((f.fact, hit));
            }
        }
        j.off_voice
            .extend(r.avoid.iter().filter_map(|p| p.find(&w)));
    }
    j.off_voice
        .extend(voice.banned.iter().filter_map(|p| p.find(&w)));
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
    j
}

/// Words of [`SHOUTED_WORD_LETTERS`] letters or more written all in capitals.
fn shouted_words(text: &str, w: &[Word]) -> Vec<String> {
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

    fn voice() -> VoiceRules {
        VoiceRules {
            banned: vec![Phrase::new("cheap").unwrap(), Phrase::new("lol").unwrap()],
            sign_off: Some(vec!["sam".into()]),
            max_exclamations: 1,
            no_shouting: true,
        }
    }

    fn rubric() -> RubricMatcher {
        RubricMatcher {
            must: vec![FactMatcher {
                fact: 0,
                any_of: vec![
                    Phrase::new("24 990").unwrap(),
                    Phrase::new("24990").unwrap(),
                ],
            }],
            wrong: vec![FactMatcher {
                fact: 0,
                any_of: vec![Phrase::new("22 990").unwrap()],
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
        assert!(j.is_clean(), "{j:?}");
        assert_eq!(j.accuracy(), 100);
        assert_eq!(j.alignment(), 100);
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
        assert_eq!(j.alignment(), 0);
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
