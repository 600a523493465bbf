//! A reply cut up for judging: tokens (words folded and stemmed, numbers
//! with their value, quantities in one unit per dimension, currencies,
//! emoji), sentences, and which tokens sit inside quotation marks.
//!
//! Numbers are read the way people write them in English and French:
//! `34,990` / `34 990` / `34.990` (thousands), `12,99` / `4.5` (decimals),
//! `100k`, and in words ("two years", "forty-one thousand", "vingt-quatre",
//! "quatre-vingt-dix"). A number followed by a unit becomes a quantity in
//! that dimension's unit ("48 hours" = "two days" = "deux jours"), so that
//! the same fact written two ways gives the same tokens.

use super::fold::fold;
use crate::scenario::Language;
use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A word.
    Word,
    /// A number (its value), with a unit's dimension when one follows it.
    Number(f64, Dim),
    /// A currency (sign or word), folded to its code.
    Currency,
    /// An emoji.
    Emoji,
}

/// The dimension of a quantity: numbers of the same dimension compare in
/// one unit (hours, kilograms, kilometres).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dim {
    /// A plain number.
    None,
    /// A duration, in hours.
    Time,
    /// A distance, in kilometres.
    Distance,
    /// A weight, in kilograms.
    Weight,
    /// A share, in per cent.
    Percent,
}

/// One token of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// Lower case, accents folded ("élodie" → "elodie"); for numbers, the
    /// value written plainly ("34990", "12.99"); for currencies, the code.
    pub folded: String,
    /// The word's stem (Snowball, in the text's language), folded; for
    /// other tokens, `folded`.
    pub stem: String,
    /// What it is.
    pub kind: Kind,
    /// Inside quotation marks (the customer's words, quoted back).
    pub quoted: bool,
    /// First of a clause: after a comma, a colon, a dash or a bracket (or
    /// first of its sentence).
    pub clause: bool,
    /// A unit word taken into the number before it ("hours" in "48
    /// hours"): not a word of its own when facts are compared.
    pub unit: bool,
    /// A negation ("not", "n't", "no", "never"; "ne", "pas", "jamais"):
    /// negations match each other when facts are compared.
    pub negation: bool,
}

/// A sentence: its tokens and its byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Indices of its tokens.
    pub tokens: Range<usize>,
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

/// A text, cut up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
}

impl Text {
    /// The tokens of a sentence.
    pub fn sentence(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }
}

/// The words of a text from `start` to the end of the clause that holds
/// `end`: a promise read whole ("we'll bring a courtesy car to your door").
pub fn clause_at(text: &str, start: usize, end: usize) -> &str {
    let rest = text.get(end..).unwrap_or("");
    let stop = rest
        .find(['.', ',', ';', '!', '?', ':', '\n'])
        .unwrap_or(rest.len());
    text.get(start..end + stop).unwrap_or("").trim()
}

/// The stems of a text's meaningful words (no connecting words, no
/// negations, four letters or more): what two texts about the same thing
/// share.
pub fn content_stems(text: &str, lang: Language) -> Vec<String> {
    analyse(text, lang)
        .tokens
        .into_iter()
        .filter(|t| {
            t.kind == Kind::Word
                && !t.negation
                && t.folded.chars().count() > 3
                && !super::pattern::connecting(&t.folded, lang)
        })
        .map(|t| t.stem)
        .collect()
}

/// Whether `c` is part of a word.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `c` is drawn as an emoji (pictographs, symbols, dingbats).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B00..=0x2BFF
    ) || c == '\u{2764}'
}

/// The code of a currency sign.
fn currency_sign(c: char) -> Option<&'static str> {
    match c {
        '€' => Some("eur"),
        '$' => Some("usd"),
        '£' => Some("gbp"),
        _ => None,
    }
}

/// The code of a currency written as a word.
fn currency_word(w: &str) -> Option<&'static str> {
    match w {
        "eur" | "euro" | "euros" => Some("eur"),
        "usd" | "dollar" | "dollars" => Some("usd"),
        "gbp" | "pound" | "pounds" | "quid" => Some("gbp"),
        _ => None,
    }
}

/// A unit word: its dimension and how many base units it is.
fn unit(w: &str) -> Option<(Dim, f64)> {
    Some(match w {
        "h" | "hr" | "hrs" | "hour" | "hours" | "heure" | "heures" => (Dim::Time, 1.0),
        "min" | "mins" | "minute" | "minutes" => (Dim::Time, 1.0 / 60.0),
        "day" | "days" | "jour" | "jours" | "journee" | "journees" => (Dim::Time, 24.0),
        "week" | "weeks" | "semaine" | "semaines" => (Dim::Time, 168.0),
        "month" | "months" | "mois" => (Dim::Time, 730.0),
        "year" | "years" | "yr" | "yrs" | "an" | "ans" | "annee" | "annees" => (Dim::Time, 8760.0),
        "night" | "nights" | "nuit" | "nuits" => (Dim::Time, 24.0),
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => {
            (Dim::Distance, 1.0)
        }
        "mile" | "miles" => (Dim::Distance, 1.609_344),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => (Dim::Weight, 1.0),
        "g" | "gram" | "grams" | "gramme" | "grammes" => (Dim::Weight, 0.001),
        "percent" | "pourcent" => (Dim::Percent, 1.0),
        _ => return None,
    })
}

/// Spelled-out numbers: the value of a word, and whether it multiplies
/// what comes before it ("hundred", "thousand").
fn number_word(w: &str, lang: Language) -> Option<(f64, bool)> {
    let v = match (lang, w) {
        (Language::En, "zero") => 0.0,
        (Language::En, "one") => 1.0,
        (Language::En, "two") => 2.0,
        (Language::En, "three") => 3.0,
        (Language::En, "four") => 4.0,
        (Language::En, "five") => 5.0,
        (Language::En, "six") => 6.0,
        (Language::En, "seven") => 7.0,
        (Language::En, "eight") => 8.0,
        (Language::En, "nine") => 9.0,
        (Language::En, "ten") => 10.0,
        (Language::En, "eleven") => 11.0,
        (Language::En, "twelve") => 12.0,
        (Language::En, "thirteen") => 13.0,
        (Language::En, "fourteen") => 14.0,
        (Language::En, "fifteen") => 15.0,
        (Language::En, "sixteen") => 16.0,
        (Language::En, "seventeen") => 17.0,
        (Language::En, "eighteen") => 18.0,
        (Language::En, "nineteen") => 19.0,
        (Language::En, "twenty") => 20.0,
        (Language::En, "thirty") => 30.0,
        (Language::En, "forty") => 40.0,
        (Language::En, "fifty") => 50.0,
        (Language::En, "sixty") => 60.0,
        (Language::En, "seventy") => 70.0,
        (Language::En, "eighty") => 80.0,
        (Language::En, "ninety") => 90.0,
        (Language::En, "dozen") => 12.0,
        (Language::En, "hundred") => return Some((100.0, true)),
        (Language::En, "thousand") => return Some((1000.0, true)),
        (Language::En, "million") => return Some((1_000_000.0, true)),
        (Language::Fr, "zero") => 0.0,
        (Language::Fr, "deux") => 2.0,
        (Language::Fr, "trois") => 3.0,
        (Language::Fr, "quatre") => 4.0,
        (Language::Fr, "cinq") => 5.0,
        (Language::Fr, "six") => 6.0,
        (Language::Fr, "sept") => 7.0,
        (Language::Fr, "huit") => 8.0,
        (Language::Fr, "neuf") => 9.0,
        (Language::Fr, "dix") => 10.0,
        (Language::Fr, "onze") => 11.0,
        (Language::Fr, "douze") => 12.0,
        (Language::Fr, "treize") => 13.0,
        (Language::Fr, "quatorze") => 14.0,
        (Language::Fr, "quinze") => 15.0,
        (Language::Fr, "seize") => 16.0,
        (Language::Fr, "vingt" | "vingts") => 20.0,
        (Language::Fr, "trente") => 30.0,
        (Language::Fr, "quarante") => 40.0,
        (Language::Fr, "cinquante") => 50.0,
        (Language::Fr, "soixante") => 60.0,
        (Language::Fr, "douzaine") => 12.0,
        (Language::Fr, "cent" | "cents") => return Some((100.0, true)),
        (Language::Fr, "mille") => return Some((1000.0, true)),
        (Language::Fr, "million" | "millions") => return Some((1_000_000.0, true)),
        _ => return None,
    };
    Some((v, false))
}

/// Words that stand for one before a unit or a multiplier ("a day", "a
/// hundred", "un an", "une semaine").
fn is_one(w: &str, lang: Language) -> bool {
    match lang {
        Language::En => matches!(w, "a" | "an" | "one"),
        Language::Fr => matches!(w, "un" | "une"),
    }
}

/// Reads a number written with digits at `i` of `chars` (byte offsets with
/// chars): digits, thousands groups (`,` `.` space or no-break space then
/// exactly three digits), a decimal part (`,` or `.` then one or two
/// digits), and a `k` for thousands. Returns the value and the byte end.
fn digits(text: &str, start: usize) -> (f64, usize) {
    let b = text.as_bytes();
    let run = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut end = run(start);
    let mut int: String = text[start..end].to_owned();
    let mut frac = String::new();
    let first_group = end - start;
    loop {
        // A separator then exactly three digits (not followed by a digit)
        // is a thousands group, when the number started with 1 to 3 digits.
        let (sep_len, ok) = match text[end..].chars().next() {
            Some(',' | '.' | ' ') => (1, true),
            Some('\u{a0}' | '\u{202f}') => ('\u{a0}'.len_utf8(), true),
            _ => (0, false),
        };
        if !ok || first_group > 3 {
            break;
        }
        let g = end + sep_len;
        let ge = run(g);
        if ge - g == 3 && !(ge < b.len() && b[ge].is_ascii_digit()) {
            int.push_str(&text[g..ge]);
            end = ge;
        } else {
            break;
        }
    }
    // A decimal part: one or two digits after `.` or `,`.
    if let Some(c @ ('.' | ',')) = text[end..].chars().next() {
        let g = end + 1;
        let ge = run(g);
        let n = ge - g;
        if (n == 1 || n == 2) && !(ge < b.len() && (b[ge] as char).is_alphanumeric()) {
            let _ = c;
            frac = text[g..ge].to_owned();
            end = ge;
        }
    }
    let mut v: f64 = format!("{int}.{}", if frac.is_empty() { "0" } else { &frac })
        .parse()
        .unwrap_or(0.0);
    // "100k", "4k"
    if let Some('k' | 'K') = text[end..].chars().next()
        && !text[end + 1..].chars().next().is_some_and(is_word)
    {
        v *= 1000.0;
        end += 1;
    }
    (v, end)
}

/// The plain form of a number ("34990", "12.99").
fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// A raw token before numbers and units are put together.
struct Raw {
    start: usize,
    end: usize,
    folded: String,
    lower: String,
    kind: Kind,
    clause: bool,
    unit: bool,
}

/// Whether the character at `i` ends a sentence (a full stop not inside a
/// number or a link, `!`, `?`, `…`, `;`, a line break).
fn ends_sentence(text: &str, i: usize, c: char) -> bool {
    match c {
        '!' | '?' | '…' | ';' | '\n' => true,
        '.' => {
            // "haldenmotors.com", "4.5": no space after the dot.
            let next = text[i + 1..].chars().next();
            next.is_none_or(|n| n.is_whitespace() || n == '"' || n == '\'' || n == ')')
        }
        _ => false,
    }
}

/// Whether a quote character at `i` opens or closes a quotation (not an
/// apostrophe inside a word: "we're", "l'été").
fn is_quote(text: &str, i: usize, c: char) -> bool {
    match c {
        '"' | '«' | '»' | '“' | '”' => true,
        '\'' | '‘' | '’' => {
            let before = text[..i].chars().next_back();
            let after = text[i + c.len_utf8()..].chars().next();
            let inside_word = before.is_some_and(is_word) && after.is_some_and(is_word);
            !inside_word
        }
        _ => false,
    }
}

/// Cuts a text into tokens and sentences.
pub fn analyse(text: &str, lang: Language) -> Text {
    let mut raw: Vec<Raw> = Vec::new();
    let mut sentence_ends: Vec<usize> = Vec::new(); // index into raw where a sentence ends
    let mut quoted_ranges: Vec<(usize, usize)> = Vec::new();
    let mut quote_open: Option<usize> = None;
    let mut brk = true;
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let cl = c.len_utf8();
        if c.is_ascii_digit() {
            let (v, mut end) = digits(text, i);
            // Ordinal endings: 1st, 2nd, 23rd, 14th, 1er, 1re, 2e.
            for suffix in ["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme"] {
                if text[end..].starts_with(suffix)
                    && !text[end + suffix.len()..]
                        .chars()
                        .next()
                        .is_some_and(is_word)
                {
                    end += suffix.len();
                    break;
                }
            }
            raw.push(Raw {
                start: i,
                end,
                folded: plain(v),
                lower: plain(v),
                kind: Kind::Number(v, Dim::None),
                clause: std::mem::take(&mut brk),
                unit: false,
            });
            i = end;
            continue;
        }
        // A handle or a hashtag is one token, as written ("@cle_allen_mdr"
        // is a name, not the text-speak "mdr"; "#lol_moments" a tag).
        if (c == '@' || c == '#')
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(|n| is_word(n) || n.is_ascii_digit() || n == '_')
        {
            let mut end = i + 1;
            for (k, ch) in text[i + 1..].char_indices() {
                if is_word(ch) || ch.is_ascii_digit() || ch == '_' {
                    end = i + 1 + k + ch.len_utf8();
                } else {
                    break;
                }
            }
            let w = &text[i..end];
            raw.push(Raw {
                start: i,
                end,
                folded: fold(w),
                lower: w.to_lowercase(),
                kind: Kind::Word,
                clause: std::mem::take(&mut brk),
                unit: false,
            });
            i = end;
            continue;
        }
        if is_word(c) {
            let mut end = i;
            for (k, ch) in text[i..].char_indices() {
                if is_word(ch) {
                    end = i + k + ch.len_utf8();
                } else {
                    break;
                }
            }
            // A word that starts with digits was taken above; letters with
            // digits inside ("PR24", "AV412") stay one word.
            let w = &text[i..end];
            let lower = w.to_lowercase();
            raw.push(Raw {
                start: i,
                end,
                folded: fold(w),
                lower,
                kind: Kind::Word,
                clause: std::mem::take(&mut brk),
                unit: false,
            });
            i = end;
            continue;
        }
        if let Some(code) = currency_sign(c) {
            raw.push(Raw {
                start: i,
                end: i + cl,
                folded: code.into(),
                lower: code.into(),
                kind: Kind::Currency,
                clause: std::mem::take(&mut brk),
                unit: false,
            });
        } else if c == '%' {
            raw.push(Raw {
                start: i,
                end: i + cl,
                folded: "percent".into(),
                lower: "percent".into(),
                kind: Kind::Word,
                clause: std::mem::take(&mut brk),
                unit: false,
            });
        } else if is_emoji(c) {
            raw.push(Raw {
                start: i,
                end: i + cl,
                folded: c.to_string(),
                lower: c.to_string(),
                kind: Kind::Emoji,
                clause: std::mem::take(&mut brk),
                unit: false,
            });
        } else if is_quote(text, i, c) {
            match quote_open {
                Some(q) if c != '«' && c != '“' => {
                    quoted_ranges.push((q, i));
                    quote_open = None;
                }
                Some(_) => quote_open = Some(i),
                None if c == '»' || c == '”' => {}
                None => quote_open = Some(i),
            }
        } else if ends_sentence(text, i, c) && sentence_ends.last() != Some(&raw.len()) {
            sentence_ends.push(raw.len());
            brk = true;
        } else if matches!(c, ',' | ':' | '—' | '–' | '(' | ')' | '\n') {
            brk = true;
        }
        i += cl;
    }
    let merged = merge_numbers(raw, lang, &mut sentence_ends);
    let merged = normalise(merged, lang, &mut sentence_ends);
    let stemmer = super::stem::Stemmer::new(lang);
    let tokens: Vec<Token> = merged
        .into_iter()
        .map(|r| {
            let quoted = quoted_ranges
                .iter()
                .any(|&(a, b)| r.start > a && r.end <= b);
            let stem = match r.kind {
                Kind::Word => fold(&stemmer.stem(&r.lower)),
                _ => r.folded.clone(),
            };
            let negation = r.kind == Kind::Word && is_negation_word(&r.folded, lang);
            Token {
                start: r.start,
                end: r.end,
                folded: r.folded,
                stem,
                kind: r.kind,
                quoted,
                clause: r.clause,
                unit: r.unit,
                negation,
            }
        })
        .collect();
    let mut sentences = Vec::new();
    let mut from = 0;
    for &e in sentence_ends.iter().chain(std::iter::once(&tokens.len())) {
        let e = e.min(tokens.len());
        if e > from {
            sentences.push(Sentence {
                tokens: from..e,
                start: tokens[from].start,
                end: tokens[e - 1].end,
            });
            from = e;
        }
    }
    Text { tokens, sentences }
}

/// Puts spelled-out numbers, currencies and units together: "two
/// thousand four hundred" → 2400, "12.99 euros" → 12.99 + `eur`, "48
/// hours" → 48 (time), "a day" → 24 (time). Sentence ends (indices into the
/// token list) move with the merges.
fn merge_numbers(raw: Vec<Raw>, lang: Language, ends: &mut [usize]) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::with_capacity(raw.len());
    // Where each raw token went, to move sentence ends.
    let mut map: Vec<usize> = Vec::with_capacity(raw.len() + 1);
    let mut i = 0;
    while i < raw.len() {
        let r = &raw[i];
        // Spelled-out numbers (and "a"/"un" before a multiplier or unit).
        if r.kind == Kind::Word {
            let mut j = i;
            let mut total = 0.0;
            let mut group = 0.0;
            let mut any = false;
            while j < raw.len() && raw[j].kind == Kind::Word {
                let w = raw[j].folded.as_str();
                if let Some((v, mult)) = number_word(w, lang) {
                    if mult {
                        if group == 0.0 {
                            group = 1.0;
                        }
                        if v >= 1000.0 {
                            total += group * v;
                            group = 0.0;
                        } else {
                            group *= v;
                        }
                    } else if lang == Language::Fr && group == 4.0 && v == 20.0 {
                        group = 80.0; // quatre-vingt
                    } else if lang == Language::Fr
                        && group % 20.0 == 0.0
                        && group >= 60.0
                        && v <= 19.0
                    {
                        group += v; // soixante-dix, quatre-vingt-seize
                    } else {
                        group += v;
                    }
                    any = true;
                    j += 1;
                } else if is_one(w, lang)
                    && raw.get(j + 1).is_some_and(|n| {
                        number_word(&n.folded, lang).is_some_and(|x| x.1)
                            || unit(&n.folded).is_some()
                    })
                    && !any
                {
                    group = 1.0;
                    any = true;
                    j += 1;
                } else if is_one(w, lang)
                    && !any
                    && raw.get(j + 1).is_some_and(|n| is_filler(&n.folded, lang))
                    && raw.get(j + 2).is_some_and(|n| unit(&n.folded).is_some())
                {
                    // "a whole year": one year.
                    group = 1.0;
                    any = true;
                    j += 2;
                } else if any
                    && matches!(w, "and" | "et")
                    && raw
                        .get(j + 1)
                        .is_some_and(|n| number_word(&n.folded, lang).is_some())
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if any {
                let v = total + group;
                map.extend(std::iter::repeat_n(out.len(), j - i));
                out.push(Raw {
                    start: r.start,
                    end: raw[j - 1].end,
                    folded: plain(v),
                    lower: plain(v),
                    kind: Kind::Number(v, Dim::None),
                    clause: r.clause,
                    unit: false,
                });
                i = j;
                continue;
            }
            if let Some(code) = currency_word(&r.folded) {
                map.push(out.len());
                out.push(Raw {
                    start: r.start,
                    end: r.end,
                    folded: code.into(),
                    lower: code.into(),
                    kind: Kind::Currency,
                    clause: r.clause,
                    unit: false,
                });
                i += 1;
                continue;
            }
        }
        map.push(out.len());
        out.push(Raw {
            start: r.start,
            end: r.end,
            folded: r.folded.clone(),
            lower: r.lower.clone(),
            kind: r.kind,
            clause: r.clause,
            unit: false,
        });
        i += 1;
    }
    map.push(out.len());
    // Units after numbers: the number takes the quantity's value and
    // dimension; the unit word stays (it may be a key word of a fact).
    for k in 0..out.len() {
        if let Kind::Number(v, Dim::None) = out[k].kind
            && let Some(next) = out.get(k + 1)
            && let Some((dim, f)) = unit(&next.folded)
        {
            let q = v * f;
            out[k].kind = Kind::Number(q, dim);
            out[k].folded = format!("{}{}", plain(q), dim_suffix(dim));
            out[k].lower = out[k].folded.clone();
            out[k + 1].unit = true;
        }
    }
    for e in ends.iter_mut() {
        *e = map[(*e).min(map.len() - 1)];
    }
    out
}

/// Words between "a" and a unit that keep it one unit ("a whole year").
fn is_filler(w: &str, lang: Language) -> bool {
    match lang {
        Language::En => matches!(w, "whole" | "full" | "entire" | "single" | "good"),
        Language::Fr => matches!(w, "bonne" | "petite" | "grosse"),
    }
}

/// The negation words of a language (an English "n't" is written "not").
pub fn is_negation_word(w: &str, lang: Language) -> bool {
    match lang {
        Language::En => matches!(w, "not" | "no" | "never" | "cannot"),
        Language::Fr => matches!(w, "ne" | "n" | "pas" | "jamais" | "aucun" | "aucune"),
    }
}

/// Month names.
fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "janvier" | "jan" => 1,
        "february" | "fevrier" | "feb" => 2,
        "march" | "mars" => 3,
        "april" | "avril" | "apr" => 4,
        "may" | "mai" => 5,
        "june" | "juin" | "jun" => 6,
        "july" | "juillet" | "jul" => 7,
        "august" | "aout" | "aug" => 8,
        "september" | "septembre" | "sep" | "sept" => 9,
        "october" | "octobre" | "oct" => 10,
        "november" | "novembre" | "nov" => 11,
        "december" | "decembre" | "dec" => 12,
        _ => return None,
    })
}

/// Ordinal words, as numbers ("first of June", "le premier juin").
fn ordinal(w: &str, lang: Language) -> Option<f64> {
    const EN: [&str; 31] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
        "twenty-second",
        "twenty-third",
        "twenty-fourth",
        "twenty-fifth",
        "twenty-sixth",
        "twenty-seventh",
        "twenty-eighth",
        "twenty-ninth",
        "thirtieth",
        "thirty-first",
    ];
    match lang {
        Language::En => EN.iter().position(|o| *o == w).map(|i| (i + 1) as f64),
        Language::Fr => (w == "premier" || w == "premiere").then_some(1.0),
    }
}

/// Expressions that say the same thing as one word, for comparing facts:
/// the canonical word first, then its other forms (runs of folded words).
const SYNONYMS_EN: &[(&str, &[&str])] = &[
    (
        "free",
        &[
            "free of charge",
            "at no cost",
            "at no extra cost",
            "no extra cost",
            "costs nothing",
            "cost nothing",
            "no charge",
            "without charge",
            "complimentary",
            "gratis",
        ],
    ),
    (
        "refund",
        &[
            "money back",
            "every penny back",
            "reimburse",
            "reimbursed",
            "reimbursement",
            "repaid",
        ],
    ),
    (
        "investigating",
        &["looking into", "look into", "looked into"],
    ),
    ("monday", &["mon"]),
    ("tuesday", &["tue", "tues"]),
    ("wednesday", &["wed"]),
    ("thursday", &["thu", "thur", "thurs"]),
    ("friday", &["fri"]),
    ("saturday", &["sat"]),
    ("sunday", &["sun"]),
];

/// French, as [`SYNONYMS_EN`].
const SYNONYMS_FR: &[(&str, &[&str])] = &[
    (
        "gratuit",
        &[
            "offert",
            "offerte",
            "offerts",
            "offertes",
            "gratuitement",
            "sans frais",
            "sans supplement",
            "ne coute rien",
            "a nos frais",
        ],
    ),
    ("remboursement", &["argent rendu", "rendre votre argent"]),
];

/// Rewrites the tokens for comparing facts: an English "n't" as "not",
/// expressions as their canonical word, ordinal words of a date as
/// numbers. Sentence ends move with the merges.
fn normalise(raw: Vec<Raw>, lang: Language, ends: &mut [usize]) -> Vec<Raw> {
    let syn = match lang {
        Language::En => SYNONYMS_EN,
        Language::Fr => SYNONYMS_FR,
    };
    let mut out: Vec<Raw> = Vec::with_capacity(raw.len());
    let mut map: Vec<usize> = Vec::with_capacity(raw.len() + 1);
    let mut i = 0;
    while i < raw.len() {
        let r = &raw[i];
        // "can't", "don't": the t after an n-word, joined by an apostrophe.
        if lang == Language::En
            && r.folded == "t"
            && i > 0
            && raw[i - 1].folded.ends_with('n')
            && raw[i - 1].end + 1 == r.start
        {
            map.push(out.len());
            out.push(Raw {
                folded: "not".into(),
                lower: "not".into(),
                ..clone_raw(r)
            });
            i += 1;
            continue;
        }
        if r.kind == Kind::Word {
            // The longest expression starting here.
            let mut best: Option<(&str, usize)> = None;
            for (canon, forms) in syn {
                for form in forms.iter() {
                    let words: Vec<&str> = form.split(' ').collect();
                    let n = words.len();
                    if n > best.map_or(0, |b| b.1)
                        && raw.get(i..i + n).is_some_and(|w| {
                            w.iter()
                                .zip(&words)
                                .all(|(t, f)| t.kind == Kind::Word && t.folded == *f)
                        })
                    {
                        best = Some((canon, n));
                    }
                }
            }
            if let Some((canon, n)) = best {
                map.extend(std::iter::repeat_n(out.len(), n));
                out.push(Raw {
                    start: r.start,
                    end: raw[i + n - 1].end,
                    folded: canon.into(),
                    lower: canon.into(),
                    kind: Kind::Word,
                    clause: r.clause,
                    unit: false,
                });
                i += n;
                continue;
            }
            // "first of June", "June first", "le premier juin".
            if let Some(v) = ordinal(&r.folded, lang) {
                let before = i
                    .checked_sub(1)
                    .is_some_and(|p| month(&raw[p].folded).is_some());
                let after = match (raw.get(i + 1), raw.get(i + 2)) {
                    (Some(n), _) if month(&n.folded).is_some() => true,
                    (Some(n), Some(m)) => n.folded == "of" && month(&m.folded).is_some(),
                    _ => false,
                };
                if before || after {
                    map.push(out.len());
                    out.push(Raw {
                        folded: plain(v),
                        lower: plain(v),
                        kind: Kind::Number(v, Dim::None),
                        ..clone_raw(r)
                    });
                    i += 1;
                    continue;
                }
            }
        }
        map.push(out.len());
        out.push(clone_raw(r));
        i += 1;
    }
    map.push(out.len());
    for e in ends.iter_mut() {
        *e = map[(*e).min(map.len() - 1)];
    }
    out
}

fn clone_raw(r: &Raw) -> Raw {
    Raw {
        start: r.start,
        end: r.end,
        folded: r.folded.clone(),
        lower: r.lower.clone(),
        kind: r.kind,
        clause: r.clause,
        unit: r.unit,
    }
}

fn dim_suffix(d: Dim) -> &'static str {
    match d {
        Dim::None => "",
        Dim::Time => "h",
        Dim::Distance => "km",
        Dim::Weight => "kg",
        Dim::Percent => "%",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(t: &str, lang: Language) -> Vec<String> {
        analyse(t, lang)
            .tokens
            .into_iter()
            .map(|t| t.folded)
            .collect()
    }

    #[test]
    fn numbers_as_people_write_them() {
        let en = Language::En;
        assert_eq!(folded("$34,990", en), ["usd", "34990"]);
        assert_eq!(folded("34 990 €", Language::Fr), ["34990", "eur"]);
        assert_eq!(folded("12,99 €", Language::Fr), ["12.99", "eur"]);
        assert_eq!(folded("€12.99", en), ["eur", "12.99"]);
        assert_eq!(folded("100k miles", en)[0], "160934.4km");
        assert_eq!(folded("100,000 miles", en)[0], "160934.4km");
        assert_eq!(
            folded("two years of free", en),
            ["17520h", "years", "of", "free"]
        );
        assert_eq!(folded("2 years", en)[0], "17520h");
        assert_eq!(folded("forty-one thousand chairs", en)[0], "41000");
        assert_eq!(folded("two thousand four hundred people", en)[0], "2400");
        assert_eq!(folded("a day before", en)[0], "24h");
        assert_eq!(folded("48 hours", en)[0], "48h");
        assert_eq!(folded("deux jours", Language::Fr)[0], "48h");
        assert_eq!(folded("quatre-vingt-dix", Language::Fr)[0], "90");
        assert_eq!(folded("soixante-dix", Language::Fr)[0], "70");
        assert_eq!(folded("vingt-quatre heures", Language::Fr)[0], "24h");
        assert_eq!(folded("4.5%", en), ["4.5%", "percent"]);
        assert_eq!(folded("AV412 at 6:50", en), ["av412", "at", "6", "50"]);
    }

    #[test]
    fn sentences_and_quotes() {
        let t = analyse(
            "You're right that we left you 'completely ignored'. See haldenmotors.com/drive! Sorry",
            Language::En,
        );
        assert_eq!(t.sentences.len(), 3);
        let quoted: Vec<&str> = t
            .tokens
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.folded.as_str())
            .collect();
        assert_eq!(quoted, ["completely", "ignored"]);
    }
}
