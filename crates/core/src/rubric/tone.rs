//! The tone judge: how a reply speaks to the customer, sentence by
//! sentence, with the phrase and its position for every verdict.
//!
//! - Tone classes (contempt, sarcasm, blame, aggression, dismissal,
//!   mocking the brand's own people or places) from the built-in patterns
//!   of the language, the brand's additions and relaxations.
//! - Context: a phrase quoted back from the customer (inside quotation
//!   marks) is not the brand speaking; a phrase that orders someone about
//!   ("calm down") counts only when addressed to the reader.
//! - Register: `tu` where the brand says `vous` (or both mixed), text-speak,
//!   emoji where the voice has none.
//! - Acknowledgement: whether the reply acknowledges the customer, for
//!   items that call for it.
//! - Promises: commitments (a refund, a date, a gift) the facts card does
//!   not back, unless negated, hedged, or the community manager's own next
//!   step.

use super::lexicon::{Lexicon, ToneClass};
use super::pattern::{Hit, Pattern};
use super::text::{Kind, Text, Token};
use crate::scenario::Language;
use std::collections::HashSet;

/// How a brand addresses its customers, in French.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub enum Register {
    /// Not judged.
    #[default]
    Any,
    /// Always `vous`: `tu` (or a mix) is off-voice.
    Vous,
    /// Always `tu`: `vous` is off-voice.
    Tu,
}

/// What takes a reply off the brand's register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum RegisterSlip {
    /// `tu` where the brand always says `vous`.
    Tu,
    /// `vous` where the brand always says `tu`.
    Vous,
    /// Both `tu` and `vous` in one reply.
    Mixed,
    /// Text-speak ("pls", "jsp").
    TextSpeak,
    /// An emoji, where the brand uses none.
    Emoji,
}

impl RegisterSlip {
    /// The code a register hit carries as its phrase.
    pub fn code(self) -> &'static str {
        match self {
            RegisterSlip::Tu => "tu",
            RegisterSlip::Vous => "vous",
            RegisterSlip::Mixed => "mixed",
            RegisterSlip::TextSpeak => "text-speak",
            RegisterSlip::Emoji => "emoji",
        }
    }

    /// The slip of a register hit (see [`RegisterSlip::code`]).
    pub fn of(hit: &Hit) -> RegisterSlip {
        [
            RegisterSlip::Tu,
            RegisterSlip::Vous,
            RegisterSlip::Mixed,
            RegisterSlip::TextSpeak,
        ]
        .into_iter()
        .find(|s| s.code() == &*hit.phrase)
        .unwrap_or(RegisterSlip::Emoji)
    }
}

/// A verdict of the tone judge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToneHit {
    /// The class.
    pub class: ToneClass,
    /// Where, and the phrase (the pattern, or the words for register).
    pub hit: Hit,
}

/// The facts card, for backing promises: each fact's words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Card {
    facts: Vec<Vec<Token>>,
}

impl Card {
    /// The card of a brand's facts: each fact is its text with the
    /// phrasings its author listed (`say`), since a reply may state a fact
    /// in the card's words or in the author's ("reprise gratuite" backs the
    /// promise of the fact "nous venons le reprendre gratuitement").
    pub fn new(facts: &[Vec<&str>], lang: Language) -> Card {
        Card {
            facts: facts
                .iter()
                .map(|f| {
                    f.iter()
                        .flat_map(|s| super::text::analyse(s, lang).tokens)
                        .collect()
                })
                .collect(),
        }
    }
}

/// The tone rules of one brand: the built-in lists of its language with
/// the brand's own changes, compiled.
#[derive(Clone, Debug)]
pub struct ToneRules {
    lang: Language,
    patterns: Vec<(ToneClass, Pattern, bool)>,
    allowed: Vec<Pattern>,
    acknowledgement: Vec<Pattern>,
    text_speak: HashSet<String>,
    tu: HashSet<String>,
    vous: HashSet<String>,
    negations: HashSet<String>,
    third: HashSet<String>,
    second: HashSet<String>,
    commitments: Vec<Pattern>,
    process: Vec<Pattern>,
    hedges: HashSet<String>,
    /// How the brand addresses customers.
    pub register: Register,
    /// Whether emoji are part of the voice.
    pub emoji: bool,
    /// Classes this brand does not judge.
    pub off: Vec<ToneClass>,
    /// Classes that cost this brand twice as much.
    pub strict: Vec<ToneClass>,
    card: Card,
}

impl Default for ToneRules {
    fn default() -> Self {
        ToneRules::new(&ToneSettings::default())
    }
}

/// What a scenario says about its brand's tone (compiled into
/// [`ToneRules`]).
#[derive(Clone, Debug, Default)]
pub struct ToneSettings<'a> {
    /// The scenario's language.
    pub lang: Language,
    /// The brand's name and home (what `@brand` and `@home` stand for).
    pub brand: Vec<String>,
    /// The brand's home.
    pub home: Vec<String>,
    /// Patterns added to a class.
    pub add: Vec<(ToneClass, &'a str)>,
    /// Phrases the brand accepts (hits inside them are dropped).
    pub allow: Vec<&'a str>,
    /// Classes not judged.
    pub off: Vec<ToneClass>,
    /// Classes that cost twice as much.
    pub strict: Vec<ToneClass>,
    /// Register (French).
    pub register: Register,
    /// Emoji allowed.
    pub emoji: bool,
    /// The facts card: per fact, its text then its phrasings.
    pub facts: Vec<Vec<&'a str>>,
}

fn words(list: &[String]) -> HashSet<String> {
    list.iter().map(|w| super::fold::fold(w)).collect()
}

impl ToneRules {
    /// Compiles a brand's tone rules.
    pub fn new(s: &ToneSettings) -> ToneRules {
        let lex = Lexicon::of(s.lang);
        let mut macros = lex.macros();
        macros.insert("home".into(), s.home.clone());
        macros.insert("brand".into(), s.brand.clone());
        let compile = |p: &str| Pattern::compile(p, s.lang, &macros);
        let mut patterns = Vec::new();
        for (class, pats) in &lex.classes {
            for p in pats {
                let addressed = p.starts_with('>');
                if let Some(c) = compile(p.trim_start_matches('>').trim()) {
                    patterns.push((*class, c, addressed));
                }
            }
        }
        for (class, p) in &s.add {
            let addressed = p.starts_with('>');
            if let Some(c) = compile(p.trim_start_matches('>').trim()) {
                patterns.push((*class, c, addressed));
            }
        }
        let list = |v: &[String]| v.iter().filter_map(|p| compile(p)).collect::<Vec<_>>();
        ToneRules {
            lang: s.lang,
            patterns,
            allowed: s
                .allow
                .iter()
                .filter_map(|p| Pattern::phrase(p, s.lang))
                .collect(),
            acknowledgement: list(&lex.acknowledgement),
            text_speak: words(&lex.text_speak),
            tu: words(&lex.tu),
            vous: words(&lex.vous),
            negations: words(&lex.negations),
            third: words(&lex.third_person),
            second: words(&lex.second_person),
            commitments: list(&lex.commitments),
            process: list(&lex.process),
            hedges: words(&lex.hedges),
            register: s.register,
            emoji: s.emoji,
            off: s.off.clone(),
            strict: s.strict.clone(),
            card: Card::new(&s.facts, s.lang),
        }
    }

    /// Whether the token at `i` negates what follows it.
    fn is_negation(&self, text: &Text, i: usize) -> bool {
        let t = &text.tokens[i];
        t.negation || self.negations.contains(&t.folded)
    }

    /// Whether the hit starting at token `first` is negated: a negation
    /// word before it in the same sentence, within five words and no
    /// "but" between.
    pub fn negated(&self, text: &Text, first: usize) -> bool {
        let Some(s) = text.sentences.iter().find(|s| s.tokens.contains(&first)) else {
            return false;
        };
        let from = first.saturating_sub(5).max(s.tokens.start);
        if text.tokens[first].clause {
            return false;
        }
        for i in (from..first).rev() {
            let w = text.tokens[i].folded.as_str();
            if matches!(w, "but" | "mais" | "however" | "cependant") {
                return false;
            }
            if self.is_negation(text, i) {
                return true;
            }
            if text.tokens[i].clause {
                return false; // a negation in an earlier clause does not reach here
            }
        }
        false
    }

    /// Whether an order at token `first` is addressed to the reader: at
    /// the start of its sentence or after "you"/"please", and not after a
    /// third-person subject with a modal ("things should calm down").
    pub fn addressed(&self, text: &Text, first: usize) -> bool {
        let Some(s) = text.sentences.iter().find(|s| s.tokens.contains(&first)) else {
            return true;
        };
        let from = first.saturating_sub(3).max(s.tokens.start);
        if text.tokens[first].clause {
            return true;
        }
        for i in (from..first).rev() {
            let w = text.tokens[i].folded.as_str();
            if self.second.contains(w) {
                return true;
            }
            if self.third.contains(w) {
                return false;
            }
            if text.tokens[i].clause {
                break;
            }
        }
        true
    }

    /// Whether a trainer's phrase is an order the built-in lists aim at the
    /// reader (`> calm down`): banned as "calm down", it then counts only
    /// when addressed to the reader, not in "things should calm down".
    pub fn is_order(&self, p: &Pattern) -> bool {
        let f = super::fold::fold(&p.source);
        self.patterns
            .iter()
            .any(|(_, q, addressed)| *addressed && super::fold::fold(&q.source) == f)
    }

    /// Whether a hit is inside quotation marks (the customer's own words
    /// quoted back), or inside a phrase the brand allows.
    fn excused(&self, text: &Text, h: &Hit) -> bool {
        let inside: Vec<&Token> = text
            .tokens
            .iter()
            .filter(|t| t.start >= h.start && t.end <= h.end)
            .collect();
        if !inside.is_empty() && inside.iter().all(|t| t.quoted) {
            return true;
        }
        self.allowed.iter().any(|a| {
            a.find_all(text)
                .any(|x| x.start <= h.start && x.end >= h.end)
        })
    }

    /// The tone classes the reply breaks (pattern classes and register),
    /// the first hit of each.
    pub fn judge(&self, text: &Text) -> Vec<ToneHit> {
        let mut out: Vec<ToneHit> = Vec::new();
        for (class, p, addressed) in &self.patterns {
            if self.off.contains(class) || out.iter().any(|h| h.class == *class) {
                continue;
            }
            let found = p
                .find_all(text)
                .find(|h| !self.excused(text, h) && (!addressed || self.addressed(text, h.first)));
            if let Some(hit) = found {
                out.push(ToneHit { class: *class, hit });
            }
        }
        if !self.off.contains(&ToneClass::Register)
            && let Some(hit) = self.register_hit(text)
        {
            out.push(ToneHit {
                class: ToneClass::Register,
                hit,
            });
        }
        out.sort_by_key(|h| {
            ToneClass::ALL
                .iter()
                .position(|c| *c == h.class)
                .unwrap_or(usize::MAX)
        });
        out
    }

    /// The first off-register words: text-speak, `tu` where the brand says
    /// `vous` (or `vous` where it says `tu`), an emoji in a voice without.
    fn register_hit(&self, text: &Text) -> Option<Hit> {
        let hit = |t: &Token, i: usize, why: RegisterSlip| Hit {
            phrase: why.code().into(),
            start: t.start,
            end: t.end,
            first: i,
        };
        let is_tu = |t: &Token, i: usize| {
            t.kind == Kind::Word
                && self.tu.contains(&t.folded)
                && (t.folded != "t" || self.tu_elision(text, i))
        };
        let is_vous = |t: &Token| t.kind == Kind::Word && self.vous.contains(&t.folded);
        let mut wrong: Option<Hit> = None;
        let mut right = false;
        for (i, t) in text.tokens.iter().enumerate() {
            if t.quoted {
                continue;
            }
            if t.kind == Kind::Word && self.text_speak.contains(&t.folded) {
                return Some(hit(t, i, RegisterSlip::TextSpeak));
            }
            if t.kind == Kind::Emoji && !self.emoji {
                return Some(hit(t, i, RegisterSlip::Emoji));
            }
            let (off, on) = match self.register {
                Register::Any => (false, false),
                Register::Vous => (is_tu(t, i), is_vous(t)),
                Register::Tu => (is_vous(t), is_tu(t, i)),
            };
            right |= on;
            if off && wrong.is_none() {
                let slip = match self.register {
                    Register::Tu => RegisterSlip::Vous,
                    _ => RegisterSlip::Tu,
                };
                wrong = Some(hit(t, i, slip));
            }
        }
        // Both forms in one reply: the slip is the mix.
        wrong.map(|h| {
            if right {
                Hit {
                    phrase: RegisterSlip::Mixed.code().into(),
                    ..h
                }
            } else {
                h
            }
        })
    }

    /// A French `t'` that is the pronoun ("t'as", "je t'envoie"), not the
    /// euphonic t of "a-t-il" or "va-t-on".
    fn tu_elision(&self, text: &Text, i: usize) -> bool {
        let t = &text.tokens[i];
        let next = text.tokens.get(i + 1);
        let prev = i.checked_sub(1).map(|p| &text.tokens[p]);
        let euphonic = prev.is_some_and(|p| p.end + 1 == t.start)
            && next.is_some_and(|n| matches!(n.folded.as_str(), "il" | "elle" | "on"));
        !euphonic && next.is_some_and(|n| n.start == t.end + 1)
    }

    /// Whether the reply acknowledges the customer (an apology, "we
    /// understand", owning the mistake), outside quotation marks.
    pub fn acknowledges(&self, text: &Text) -> Option<Hit> {
        self.acknowledgement
            .iter()
            .flat_map(|p| p.find_all(text))
            .find(|h| !self.excused(text, h) && !self.negated(text, h.first))
    }

    /// Commitments the facts card does not back.
    pub fn promises(&self, text: &Text) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        for p in &self.commitments {
            for h in p.find_all(text) {
                // One promise per clause, however many patterns see it
                // ("we'll send you a free Original" is one promise).
                let clause = clause_of(text, h.first);
                if out
                    .iter()
                    .any(|o| (o.start <= h.start && o.end >= h.start) || clause.contains(&o.first))
                    || self.excused(text, &h)
                    || self.negated(text, h.first)
                    || self.negated_inside(text, &h, p)
                    || self.hedged(text, h.first)
                    || self.is_process(text, &h)
                    || self.backed(text, &h)
                    || self.admits(text, &h)
                {
                    continue;
                }
                out.push(h);
            }
        }
        out.sort_by_key(|h| h.start);
        out
    }

    /// A negation among the words of a commitment that does not hold one
    /// of its own: "we will not refund it" is a refusal, not a promise.
    fn negated_inside(&self, text: &Text, h: &Hit, p: &Pattern) -> bool {
        !p.negative
            && text
                .tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.start >= h.start && t.end <= h.end)
                .any(|(i, _)| self.is_negation(text, i))
    }

    /// Whether a commitment's words are an admission instead ("that's on
    /// us" owns a mistake; "the repair is on us" gives something away).
    fn admits(&self, text: &Text, h: &Hit) -> bool {
        self.acknowledgement.iter().any(|a| {
            a.find_all(text)
                .any(|x| x.start <= h.start && x.end >= h.end)
        })
    }

    /// A hedge in the three words before a commitment, in its sentence
    /// ("we hope to", not the month of "…in May. We will").
    fn hedged(&self, text: &Text, first: usize) -> bool {
        let start = text
            .sentences
            .iter()
            .find(|s| s.tokens.contains(&first))
            .map_or(0, |s| s.tokens.start);
        let from = first.saturating_sub(3).max(start);
        (from..first).any(|i| {
            self.hedges.contains(&text.tokens[i].stem)
                || self.hedges.contains(&text.tokens[i].folded)
        })
    }

    fn is_process(&self, text: &Text, h: &Hit) -> bool {
        self.process.iter().any(|p| {
            p.find_all(text).any(|x| {
                x.start < h.end + 40
                    && x.end + 40 > h.start
                    && same_sentence(text, x.first, h.first)
            })
        })
    }

    /// Whether the facts card backs a commitment: one fact holds every
    /// figure of the commitment's clause (numbers, amounts, days) and most
    /// of its words.
    fn backed(&self, text: &Text, h: &Hit) -> bool {
        let clause = &text.tokens[clause_of(text, h.first)];
        let figures: Vec<&Token> = clause
            .iter()
            .filter(|t| matches!(t.kind, Kind::Number(..) | Kind::Currency) || is_day(&t.folded))
            .collect();
        let content: Vec<&Token> = clause
            .iter()
            .filter(|t| {
                t.kind == Kind::Word
                    && !t.unit
                    && !t.negation
                    && t.folded.chars().count() > 2
                    && !is_day(&t.folded)
                    && !super::pattern::connecting(&t.folded, self.lang)
                    && !matches!(
                        t.folded.as_str(),
                        "you"
                            | "your"
                            | "yours"
                            | "our"
                            | "ours"
                            | "nous"
                            | "notre"
                            | "nos"
                            | "will"
                            | "they"
                            | "them"
                            | "their"
                            | "with"
                            | "vous"
                            | "votre"
                            | "leur"
                            | "leurs"
                    )
            })
            .collect();
        let has = |f: &[Token], t: &Token| {
            f.iter().any(|x| match (t.kind, x.kind) {
                (Kind::Number(a, da), Kind::Number(b, db)) => da == db && (a - b).abs() < 1e-6,
                _ => x.folded == t.folded || super::pattern::stems_match(&x.stem, &t.stem),
            })
        };
        // The facts about the same thing (sharing two of the clause's words
        // or figures, or its only word): together they must hold every
        // figure and most of the words ("a €50 voucher by Friday" is backed
        // by the voucher fact and the fact of when vouchers are sent; one
        // shared word, "repair", does not make a courtesy car for the day
        // of the repair a fact).
        let need = if content.len() + figures.len() > 1 {
            2
        } else {
            1
        };
        let relevant: Vec<&Vec<Token>> = self
            .card
            .facts
            .iter()
            .filter(|f| {
                content
                    .iter()
                    .chain(figures.iter())
                    .filter(|t| has(f, t))
                    .count()
                    >= need
            })
            .collect();
        let covered = |t: &Token| relevant.iter().any(|f| has(f, t));
        let shared = content.iter().filter(|t| covered(t)).count();
        !relevant.is_empty()
            && figures.iter().all(|t| covered(t))
            && shared * 5 >= content.len() * 3
    }
}

/// The tokens of the clause around token `i`: from the clause's first
/// token to the next clause's, within the sentence.
fn clause_of(text: &Text, i: usize) -> std::ops::Range<usize> {
    let Some(s) = text.sentences.iter().find(|s| s.tokens.contains(&i)) else {
        return i..i + 1;
    };
    let start = (s.tokens.start..=i)
        .rev()
        .find(|&k| text.tokens[k].clause)
        .unwrap_or(s.tokens.start);
    let end = (i + 1..s.tokens.end)
        .find(|&k| text.tokens[k].clause)
        .unwrap_or(s.tokens.end);
    start..end
}

fn same_sentence(text: &Text, a: usize, b: usize) -> bool {
    text.sentences
        .iter()
        .any(|s| s.tokens.contains(&a) && s.tokens.contains(&b))
}

/// Days and times a date promise names.
fn is_day(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "tomorrow"
            | "tonight"
            | "today"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "demain"
            | "aujourd"
            | "hui"
            | "soir"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::text::analyse;

    fn rules(lang: Language, facts: Vec<&'static str>) -> ToneRules {
        ToneRules::new(&ToneSettings {
            lang,
            brand: vec!["halden".into(), "motors".into()],
            home: vec!["halden".into()],
            register: if lang == Language::Fr {
                Register::Vous
            } else {
                Register::Any
            },
            emoji: true,
            facts: facts.into_iter().map(|f| vec![f]).collect(),
            ..ToneSettings::default()
        })
    }

    fn classes(r: &ToneRules, text: &str) -> Vec<ToneClass> {
        r.judge(&analyse(text, r.lang))
            .into_iter()
            .map(|h| h.class)
            .collect()
    }

    #[test]
    fn the_two_replies_the_game_missed() {
        let r = rules(Language::En, vec![]);
        assert_eq!(
            classes(
                &r,
                "Whatever. It is $34,990, it says so on the website if you bothered to look. #BuiltInHalden"
            ),
            [ToneClass::Contempt, ToneClass::Dismissal]
        );
        assert_eq!(
            classes(
                &r,
                "Seriously? Over 4,000 fast chargers and 2 years of free charging on Northline. Do your homework next time. #BuiltInHalden"
            ),
            [ToneClass::Contempt]
        );
    }

    #[test]
    fn context_clears_false_hits() {
        let r = rules(Language::En, vec![]);
        assert_eq!(
            classes(&r, "Things should calm down after tonight's launch."),
            []
        );
        assert_eq!(classes(&r, "Calm down, Dana."), [ToneClass::Aggression]);
        assert_eq!(
            classes(
                &r,
                "You're right that you felt 'ignored, do your homework' and we're sorry."
            ),
            []
        );
        let fr = rules(Language::Fr, vec![]);
        assert_eq!(
            classes(&fr, "Nous ne pouvons pas garantir de date aujourd'hui."),
            []
        );
        assert!(
            fr.promises(&analyse(
                "Nous ne pouvons pas garantir de date.",
                Language::Fr
            ))
            .is_empty()
        );
        assert_eq!(
            classes(&fr, "Tu peux réserver en ligne."),
            [ToneClass::Register]
        );
    }

    #[test]
    fn promises_off_the_card() {
        let r = rules(
            Language::En,
            vec!["The recall repair is free at any Halden dealer and takes about an hour."],
        );
        let p = |t: &str| r.promises(&analyse(t, Language::En)).len();
        assert_eq!(p("We'll bring a courtesy car to your door for the day."), 1);
        assert_eq!(p("We'll get back to you here shortly."), 0);
        assert_eq!(p("We can't promise a date yet, and we won't guess."), 0);
    }
}
