//! Patterns over the words of a sentence: the phrases trainers write
//! (`say`, `banned`, `avoid`) and the built-in tone lists use one matcher.
//!
//! A pattern is a list of elements matched against a sentence's tokens:
//!
//! | written | matches |
//! |---|---|
//! | `word` | the word, or any word with the same stem ("bothered" ~ "bother") |
//! | `word*` | any word starting so ("rembours*") |
//! | `a\|b\|c` | any of them |
//! | `word?` | the word, or nothing |
//! | `~` (or `~N`) | up to 3 (or N) words of anything |
//! | `#` | any number |
//! | `^` first, `$` last | the start or the end of the sentence |
//! | `@name` | a word of the named list (`@you`, and the brand's `@home`, `@brand`) |
//! | `a b & c d` | both patterns in one sentence, in any order (`@staff & @insult`) |
//!
//! Trainers' phrases are compiled in one of two modes: in order, allowing
//! one extra word between their words (a `banned` or `avoid` phrase), or as
//! key terms found anywhere in one sentence (a fact's phrasing, so that
//! word order and small connecting words do not matter).

use super::stem::Stemmer;
use super::text::{Kind, Text, Token};
use crate::scenario::Language;
use std::collections::HashMap;
use std::sync::Arc;

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq)]
enum Elem {
    /// Any of these short runs of words (each word by folded form or stem,
    /// or as a prefix): `we'll|we will` is two runs.
    Words(Vec<Vec<Word>>),
    /// Up to this many tokens of anything.
    Gap(usize),
    /// Any number.
    Number,
}

/// A word of a pattern.
#[derive(Clone, Debug, PartialEq)]
struct Word {
    folded: String,
    stem: String,
    prefix: bool,
    /// A number, compared by value and dimension.
    number: Option<(f64, super::text::Dim)>,
    /// A negation: matches any negation.
    negation: bool,
}

impl Word {
    fn matches(&self, t: &Token) -> bool {
        if let Some((v, d)) = self.number {
            return matches!(t.kind, Kind::Number(tv, td) if td == d && (tv - v).abs() < 1e-6);
        }
        if self.negation && t.negation {
            return true;
        }
        if self.prefix {
            t.folded.starts_with(&self.folded)
        } else {
            t.folded == self.folded
                || (!self.stem.is_empty()
                    && adverb(&self.folded) == adverb(&t.folded)
                    && stems_match(&self.stem, &t.stem))
        }
    }
}

/// Whether two stems are of one word: equal, or (Snowball leaves some
/// verb endings, "rembourson" for "remboursons") one a long prefix of the
/// other.
pub(crate) fn stems_match(a: &str, b: &str) -> bool {
    const LONG: usize = 6;
    a == b || (a.len() >= LONG && b.starts_with(a)) || (b.len() >= LONG && a.starts_with(b))
}

/// Whether a word is an adverb of manner ("obviously", "évidemment"): it
/// is not the same word as its adjective, whatever the stems say (a brand
/// that bans "obviously" still writes "an obvious error").
fn adverb(w: &str) -> bool {
    (w.len() > 5 && w.ends_with("ly")) || (w.len() > 6 && w.ends_with("ment"))
}

/// How a pattern's elements are matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// In order, gaps as written.
    Sequence,
    /// Every element somewhere in the sentence, in any order.
    Bag,
    /// Every part (a pattern of its own) in one sentence, in any order.
    All,
}

/// A compiled pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// The pattern as written, for explanations (shared, cheap to clone).
    pub source: Arc<str>,
    elems: Vec<(Elem, bool)>, // (element, optional)
    start: bool,
    end: bool,
    mode: Mode,
    /// The phrase holds a negation of its own ("no recall").
    pub negative: bool,
    /// In bag mode, how many elements must be found (the others are
    /// optional elements; all non-optional ones must be found).
    need: usize,
    /// In `All` mode, the parts.
    parts: Vec<Pattern>,
}

/// Where a pattern was found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The pattern as written.
    pub phrase: Arc<str>,
    /// Byte range of the matched words in the text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// Index of the first matched token.
    pub first: usize,
}

/// Word lists a pattern may name with `@name`.
pub type Macros = HashMap<String, Vec<String>>;

/// Words that may be left out of a trainer's phrase without changing its
/// sense (French auxiliaries: "soyez rassuré" is "rassurez-vous").
fn auxiliary(w: &str, lang: Language) -> bool {
    match lang {
        Language::En => false,
        Language::Fr => matches!(
            w,
            "soyez"
                | "sois"
                | "soyons"
                | "etre"
                | "etes"
                | "est"
                | "sont"
                | "es"
                | "suis"
                | "sommes"
        ),
    }
}

/// Small words that do not carry a fact ("of", "the", "de", "le"): a fact's
/// phrasing is matched on its other words. Negations are not in the list:
/// "no recall" keeps its "no".
pub(crate) fn connecting(w: &str, lang: Language) -> bool {
    match lang {
        Language::En => matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "and"
                | "or"
                | "is"
                | "are"
                | "be"
                | "it"
                | "its"
                | "our"
                | "your"
                | "we"
                | "you"
                | "us"
                | "with"
                | "by"
                | "from"
                | "this"
                | "that"
                | "as"
                | "s"
                | "re"
                | "ll"
                | "ve"
                | "d"
                | "m"
                | "up"
                | "all"
                | "any"
                | "can"
                | "will"
                | "just"
                | "do"
                | "does"
                | "has"
                | "have"
                | "get"
                | "gets"
                | "there"
                | "per"
        ),
        Language::Fr => matches!(
            w,
            "le" | "la"
                | "les"
                | "l"
                | "un"
                | "une"
                | "des"
                | "de"
                | "du"
                | "d"
                | "a"
                | "au"
                | "aux"
                | "et"
                | "ou"
                | "en"
                | "dans"
                | "sur"
                | "pour"
                | "par"
                | "avec"
                | "est"
                | "sont"
                | "c"
                | "ce"
                | "cet"
                | "cette"
                | "vos"
                | "votre"
                | "notre"
                | "nos"
                | "nous"
                | "vous"
                | "il"
                | "elle"
                | "qui"
                | "que"
                | "qu"
                | "se"
                | "s"
                | "y"
                | "tout"
                | "tous"
                | "toute"
                | "toutes"
                | "j"
                | "je"
                | "me"
                | "m"
                | "t"
                | "te"
        ),
    }
}

impl Pattern {
    /// Compiles a pattern of the built-in lists (the syntax in the module
    /// documentation). `None` when it has no element to match.
    pub fn compile(source: &str, lang: Language, macros: &Macros) -> Option<Pattern> {
        if source.contains(" & ") {
            let parts: Option<Vec<Pattern>> = source
                .split(" & ")
                .map(|p| Pattern::compile(p.trim(), lang, macros))
                .collect();
            return parts.filter(|p| p.len() > 1).map(|parts| Pattern {
                source: source.into(),
                elems: Vec::new(),
                start: false,
                end: false,
                mode: Mode::All,
                need: 0,
                parts,
                negative: false,
            });
        }
        let stemmer = Stemmer::new(lang);
        let mut elems = Vec::new();
        let (mut start, mut end) = (false, false);
        for part in split_items(source) {
            if part == "^" {
                start = true;
                continue;
            }
            if part == "$" {
                end = true;
                continue;
            }
            if let Some(n) = part.strip_prefix('~') {
                elems.push((Elem::Gap(n.parse().unwrap_or(3)), false));
                continue;
            }
            if part == "#" {
                elems.push((Elem::Number, false));
                continue;
            }
            let (body, optional) = match part.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (part.as_str(), false),
            };
            let body = body
                .strip_prefix('(')
                .and_then(|b| b.strip_suffix(')'))
                .unwrap_or(body);
            let mut runs = Vec::new();
            for alt in body.split('|') {
                let alt = alt.trim();
                if let Some(name) = alt.strip_prefix('@') {
                    for w in macros.get(name).into_iter().flatten() {
                        runs.extend(run_of(w, lang, &stemmer));
                    }
                } else {
                    runs.extend(run_of(alt, lang, &stemmer));
                }
            }
            if runs.is_empty() {
                // An element with nothing to match (a macro the brand left
                // empty: no `home`) makes the pattern unmatchable, rather
                // than dropping the element ("nobody in @home" is not
                // "nobody in").
                if optional {
                    continue;
                }
                return None;
            }
            elems.push((Elem::Words(runs), optional));
        }
        let has_words = elems.iter().any(|(e, _)| !matches!(e, Elem::Gap(_)));
        has_words.then(|| Pattern {
            source: source.into(),
            elems,
            start,
            end,
            mode: Mode::Sequence,
            need: 0,
            parts: Vec::new(),
            negative: false,
        })
    }

    /// A trainer's phrase (`banned`, `avoid`): its words in order, one extra
    /// word allowed between two of them, French auxiliaries optional, a
    /// trailing `*` matching any ending. `None` when it has no word.
    pub fn phrase(source: &str, lang: Language) -> Option<Pattern> {
        let stemmer = Stemmer::new(lang);
        let text = super::text::analyse(source, lang);
        let mut elems = Vec::new();
        for t in &text.tokens {
            let prefix = source[t.end..].starts_with('*');
            if !elems.is_empty() {
                elems.push((Elem::Gap(1), false));
            }
            let w = token_word(t, prefix, &stemmer);
            let optional = auxiliary(&t.folded, lang) && text.tokens.len() > 1;
            elems.push((Elem::Words(vec![vec![w]]), optional));
        }
        (!elems.is_empty()).then(|| Pattern {
            source: source.into(),
            elems,
            start: false,
            end: false,
            mode: Mode::Sequence,
            need: 0,
            parts: Vec::new(),
            negative: has_negation(&text, lang),
        })
    }

    /// A fact's phrasing: its key terms (connecting words left out), found
    /// anywhere in one sentence. `None` when it has no word.
    pub fn key_terms(source: &str, lang: Language) -> Option<Pattern> {
        let stemmer = Stemmer::new(lang);
        let text = super::text::analyse(source, lang);
        let all: Vec<&Token> = text.tokens.iter().collect();
        let keys: Vec<&Token> = all
            .iter()
            .copied()
            .filter(|t| !t.unit && (t.kind != Kind::Word || !connecting(&t.folded, lang)))
            .collect();
        // One key word left of several ("in May" → "may"): the small words
        // carry the meaning ("you may call us" is no date), so the phrase
        // is matched as written, in order.
        if keys.len() == 1 && all.len() > 1 && keys[0].kind == Kind::Word {
            return Pattern::phrase(source, lang);
        }
        let keys = if keys.is_empty() { all } else { keys };
        let elems: Vec<(Elem, bool)> = keys
            .iter()
            .map(|t| {
                let prefix = source[t.end..].starts_with('*');
                (
                    Elem::Words(vec![vec![token_word(t, prefix, &stemmer)]]),
                    false,
                )
            })
            .collect();
        (!elems.is_empty()).then(|| Pattern {
            source: source.into(),
            negative: has_negation(&text, lang),
            elems,
            start: false,
            end: false,
            mode: Mode::Bag,
            need: 0,
            parts: Vec::new(),
        })
    }

    /// A fact's own sentence as key terms, most of which must be found:
    /// every figure, and (for a sentence of five key terms or more) two
    /// thirds of its words, so that a reply can state a long fact in fewer
    /// of its words ("we'll pick it up free and give you every penny back" for
    /// "we collect it for free and refund in full").
    pub fn most_terms(source: &str, lang: Language) -> Option<Pattern> {
        let mut p = Pattern::key_terms(source, lang)?;
        let n = p.elems.len();
        if n >= 5 {
            let figures: Vec<bool> = {
                let text = super::text::analyse(source, lang);
                text.tokens
                    .iter()
                    .filter(|t| !t.unit && (t.kind != Kind::Word || !connecting(&t.folded, lang)))
                    .map(|t| t.kind != Kind::Word)
                    .collect()
            };
            if figures.len() == n {
                for ((_, optional), figure) in p.elems.iter_mut().zip(figures) {
                    *optional = !figure;
                }
                p.need = (n * 2).div_ceil(3);
            }
        }
        Some(p)
    }

    /// Number of words to match.
    pub fn len(&self) -> usize {
        self.elems
            .iter()
            .filter(|(e, _)| !matches!(e, Elem::Gap(_)))
            .count()
            + self.parts.iter().map(Pattern::len).sum::<usize>()
    }

    /// Whether the pattern has nothing to match (never, once compiled).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first place the pattern matches in the text, sentence by
    /// sentence.
    pub fn find(&self, text: &Text) -> Option<Hit> {
        self.find_all(text).next()
    }

    /// Every place the pattern matches: in order, each match after the
    /// end of the one before ("not cheap, but cheaper" holds two); a bag
    /// of key terms matches at most once per sentence.
    pub fn find_all<'a>(&'a self, text: &'a Text) -> impl Iterator<Item = Hit> + 'a {
        text.sentences.iter().flat_map(move |s| {
            let toks = text.sentence(s);
            let spans: Vec<(usize, usize)> = match self.mode {
                Mode::Sequence => self.find_sequences(toks),
                Mode::Bag => self.find_bag(toks).into_iter().collect(),
                Mode::All => self.find_parts(toks).into_iter().collect(),
            };
            spans.into_iter().map(move |(a, b)| Hit {
                phrase: self.source.clone(),
                start: toks[a].start,
                end: toks[b].end,
                first: s.tokens.start + a,
            })
        })
    }

    /// Each part somewhere in the sentence: the span from the first part's
    /// first word to the last part's last.
    fn find_parts(&self, toks: &[Token]) -> Option<(usize, usize)> {
        let (mut lo, mut hi) = (usize::MAX, 0);
        for p in &self.parts {
            let (a, b) = match p.mode {
                Mode::Sequence => p.find_sequences(toks).into_iter().next()?,
                Mode::Bag => p.find_bag(toks)?,
                Mode::All => p.find_parts(toks)?,
            };
            lo = lo.min(a);
            hi = hi.max(b);
        }
        (lo <= hi).then_some((lo, hi))
    }

    fn find_sequences(&self, toks: &[Token]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if self.start && i > 0 {
                break;
            }
            match self.match_at(toks, i, 0, None) {
                Some(last) => {
                    out.push((i, last));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Matches elements from `e` at token `i`; returns the last token
    /// matched (`last` so far).
    fn match_at(&self, toks: &[Token], i: usize, e: usize, last: Option<usize>) -> Option<usize> {
        let Some((elem, optional)) = self.elems.get(e) else {
            if self.end && i != toks.len() {
                return None;
            }
            return last;
        };
        if *optional && let Some(r) = self.match_at(toks, i, e + 1, last) {
            return Some(r);
        }
        match elem {
            Elem::Gap(n) => {
                for k in 0..=*n {
                    if i + k > toks.len() {
                        break;
                    }
                    if let Some(r) = self.match_at(toks, i + k, e + 1, last) {
                        return Some(r);
                    }
                }
                None
            }
            Elem::Number => {
                let t = toks.get(i)?;
                matches!(t.kind, Kind::Number(..))
                    .then(|| self.match_at(toks, i + 1, e + 1, Some(i)))
                    .flatten()
            }
            Elem::Words(runs) => runs.iter().find_map(|run| {
                let n = run.len();
                let window = toks.get(i..i + n)?;
                run.iter()
                    .zip(window)
                    .all(|(w, t)| w.matches(t))
                    .then(|| self.match_at(toks, i + n, e + 1, Some(i + n - 1)))
                    .flatten()
            }),
        }
    }

    fn find_bag(&self, toks: &[Token]) -> Option<(usize, usize)> {
        let (mut lo, mut hi, mut found) = (usize::MAX, 0, 0);
        for (elem, optional) in &self.elems {
            let pos = toks.iter().position(|t| match elem {
                Elem::Words(runs) => runs.iter().any(|r| r.first().is_some_and(|w| w.matches(t))),
                Elem::Number => matches!(t.kind, Kind::Number(..)),
                Elem::Gap(_) => true,
            });
            match pos {
                Some(pos) => {
                    found += 1;
                    lo = lo.min(pos);
                    hi = hi.max(pos);
                }
                None if *optional => {}
                None => return None,
            }
        }
        (lo <= hi && found >= self.need).then_some((lo, hi))
    }

    /// Whether this pattern matches inside `text` (to find rubrics that
    /// contradict themselves: a banned phrase inside a fact's phrasing).
    pub fn occurs_in(&self, text: &str, lang: Language) -> bool {
        self.find(&super::text::analyse(text, lang)).is_some()
    }
}

/// Whether a text holds a negation word of its language (or an English
/// "n't").
pub fn has_negation(text: &Text, lang: Language) -> bool {
    let neg = &super::lexicon::Lexicon::of(lang).negations;
    text.tokens
        .iter()
        .any(|t| t.negation || neg.iter().any(|n| super::fold::fold(n) == t.folded))
}

/// The word of a token, as a pattern element.
fn token_word(t: &Token, prefix: bool, stemmer: &Stemmer) -> Word {
    let number = match t.kind {
        Kind::Number(v, d) => Some((v, d)),
        _ => None,
    };
    Word {
        folded: t.folded.clone(),
        stem: if prefix || number.is_some() || t.kind != Kind::Word {
            String::new()
        } else {
            super::fold::fold(&stemmer.stem(&t.folded))
        },
        prefix,
        number,
        negation: t.negation,
    }
}

/// The run of words of one alternative of a built-in pattern (`we'll` is
/// two words, as in a text); a trailing `*` makes its last word a prefix.
fn run_of(alt: &str, lang: Language, stemmer: &Stemmer) -> Option<Vec<Word>> {
    let prefix = alt.ends_with('*');
    let body = alt.trim_end_matches('*');
    let text = super::text::analyse(body, lang);
    let n = text.tokens.len();
    let run: Vec<Word> = text
        .tokens
        .iter()
        .enumerate()
        .map(|(k, t)| token_word(t, prefix && k + 1 == n, stemmer))
        .collect();
    (!run.is_empty()).then_some(run)
}

/// The items of a built-in pattern: words separated by spaces, and groups
/// in parentheses, which may hold spaces (`(we will|we'll)`).
fn split_items(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    for c in source.chars() {
        match c {
            '(' => {
                depth += 1;
                cur.push(c);
            }
            ')' => {
                depth = depth.saturating_sub(1);
                cur.push(c);
            }
            c if c.is_whitespace() && depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_parts_in_one_sentence_in_any_order() {
        let mut m = Macros::new();
        m.insert("staff".into(), vec!["interns".into(), "dealers".into()]);
        let p = Pattern::compile("@staff & (useless|clueless)", Language::En, &m).unwrap();
        let t = |s: &str| {
            p.find(&crate::rubric::text::analyse(s, Language::En))
                .is_some()
        };
        assert!(t("Honestly, our interns are useless."));
        assert!(t("Useless, those dealers, honestly."));
        assert!(!t("Our dealers are lovely. The weather is useless."));
        assert!(!t("Useless weather today."));
        assert!(Pattern::compile("@nobody & useless", Language::En, &m).is_none());
    }
    use crate::rubric::text::analyse;

    fn hit(p: &Pattern, text: &str) -> Option<String> {
        p.find(&analyse(text, Language::En))
            .map(|h| text[h.start..h.end].to_owned())
    }

    #[test]
    fn trainer_phrases_in_order_with_stems() {
        let en = Language::En;
        let p = Pattern::phrase("test drive", en).unwrap();
        assert_eq!(hit(&p, "book a Test  drive!"), Some("Test  drive".into()));
        assert_eq!(hit(&p, "A scary story"), None);
        let car = Pattern::phrase("car", en).unwrap();
        assert_eq!(hit(&car, "A scary story"), None);
        assert_eq!(hit(&car, "Your CARS, sir"), Some("CARS".into()));
        let p = Pattern::phrase("per our policy", en).unwrap();
        assert_eq!(
            hit(&p, "per our returns policy"),
            Some("per our returns policy".into())
        );
        let fr = Pattern::phrase("soyez rassuré*", Language::Fr).unwrap();
        assert!(
            fr.find(&analyse("Rassurez-vous, tout va bien.", Language::Fr))
                .is_some()
        );
        let p = Pattern::phrase("24 990", en).unwrap();
        assert_eq!(hit(&p, "dès 24.990 €"), Some("24.990".into()));
        assert_eq!(hit(&p, "only 124 990"), None);
    }

    #[test]
    fn facts_by_key_terms() {
        let en = Language::En;
        let p = Pattern::key_terms("2 years of free", en).unwrap();
        assert!(hit(&p, "free fast charging for two years").is_some());
        assert!(hit(&p, "charging is free").is_none());
        let p = Pattern::key_terms("8 years or 100,000 miles", en).unwrap();
        assert!(hit(&p, "eight years or 100k miles, whichever first").is_some());
        let p = Pattern::key_terms("€12.99", en).unwrap();
        assert!(
            p.find(&analyse(
                "le prix de 12,99 € était une erreur",
                Language::Fr
            ))
            .is_some()
        );
    }

    #[test]
    fn built_in_patterns() {
        let en = Language::En;
        let mut m = Macros::new();
        m.insert("you".into(), vec!["you".into(), "your".into()]);
        let p = Pattern::compile("if @you bother*", en, &m).unwrap();
        assert!(hit(&p, "it says so if you bothered to look").is_some());
        let p = Pattern::compile("^ whatever", en, &m).unwrap();
        assert!(hit(&p, "Whatever. It is $34,990").is_some());
        assert!(hit(&p, "Whatever you decide, we're here.").is_some());
        assert!(hit(&p, "Call us whatever happens.").is_none());
        let p = Pattern::compile("do your? homework", en, &m).unwrap();
        assert!(hit(&p, "Do your homework next time").is_some());
        let p = Pattern::compile("as ~2 website|faq (say*|explain*|state*)", en, &m).unwrap();
        assert!(hit(&p, "As the website explains, book online").is_some());
    }
}
