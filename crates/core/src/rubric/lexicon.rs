//! The built-in lists every brand inherits, one file per language
//! (`lexicon/en.ron`, `lexicon/fr.ron`): the patterns of each tone class,
//! the words that acknowledge a customer, the cues of an item that calls
//! for acknowledgement, off-register words, and how promises are said. A
//! scenario's voice extends, relaxes or tightens them (`voice.judge`).
//!
//! Patterns use the syntax of [`super::pattern`]. A pattern written with
//! `>` first only counts when it is addressed to the reader ("> calm down"
//! is off-voice in "Calm down, Dana", not in "Things should calm down").

use super::pattern::Macros;
use crate::scenario::Language;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A way a reply can be off-voice in tone, whatever words the brand bans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ToneClass {
    /// Contempt or condescension ("if you bothered to look").
    Contempt,
    /// Sarcasm or mock enthusiasm ("Oh great, another expert").
    Sarcasm,
    /// Blaming the customer ("you should have checked").
    BlamesCustomer,
    /// Hostility, insults, telling the customer to calm down.
    Aggression,
    /// Brushing the customer off ("nothing we can do").
    Dismissal,
    /// Mocking the brand's own people, places or values.
    MocksBrand,
    /// Facts and no acknowledgement, where the item called for one.
    NoEmpathy,
    /// Off the brand's register: tu/vous, text-speak, emoji.
    Register,
}

impl ToneClass {
    /// Every class, in the order the debrief lists them.
    pub const ALL: [ToneClass; 8] = [
        ToneClass::Aggression,
        ToneClass::Contempt,
        ToneClass::MocksBrand,
        ToneClass::BlamesCustomer,
        ToneClass::Sarcasm,
        ToneClass::Dismissal,
        ToneClass::NoEmpathy,
        ToneClass::Register,
    ];

    /// The classes found by patterns (the others by dedicated checks).
    pub const PATTERNED: [ToneClass; 6] = [
        ToneClass::Aggression,
        ToneClass::Contempt,
        ToneClass::MocksBrand,
        ToneClass::BlamesCustomer,
        ToneClass::Sarcasm,
        ToneClass::Dismissal,
    ];
}

/// A language's built-in lists, as written in its file.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// Named word lists patterns use as `@name`.
    #[serde(default)]
    pub macros: BTreeMap<String, Vec<String>>,
    /// Patterns of each tone class.
    #[serde(default)]
    pub classes: BTreeMap<ToneClass, Vec<String>>,
    /// Patterns that acknowledge the customer (an apology, "we understand",
    /// "you're right", owning the mistake).
    #[serde(default)]
    pub acknowledgement: Vec<String>,
    /// Words off every brand's register (text-speak).
    #[serde(default)]
    pub text_speak: Vec<String>,
    /// Words of addressing the reader as `tu` (French).
    #[serde(default)]
    pub tu: Vec<String>,
    /// Words of addressing the reader as `vous` (French).
    #[serde(default)]
    pub vous: Vec<String>,
    /// Words that negate what follows them in a clause.
    #[serde(default)]
    pub negations: Vec<String>,
    /// Patterns of a commitment the brand makes (a refund, a date, a gift).
    #[serde(default)]
    pub commitments: Vec<String>,
    /// Patterns of a commitment that is only the community manager's next
    /// step ("we'll get back to you"): never a promise to check.
    #[serde(default)]
    pub process: Vec<String>,
    /// Words that make what follows a hedge, not a promise ("hope", "aim").
    #[serde(default)]
    pub hedges: Vec<String>,
    /// Words before a verb that say its subject is not the reader ("things
    /// should calm down"): the modal and pronoun words of the language.
    #[serde(default)]
    pub third_person: Vec<String>,
    /// Words before a verb that say it is addressed to the reader.
    #[serde(default)]
    pub second_person: Vec<String>,
}

impl Lexicon {
    /// The built-in lists of a language (read once).
    pub fn of(lang: Language) -> &'static Lexicon {
        static EN: OnceLock<Lexicon> = OnceLock::new();
        static FR: OnceLock<Lexicon> = OnceLock::new();
        match lang {
            Language::En => EN.get_or_init(|| parse(include_str!("lexicon/en.ron"))),
            Language::Fr => FR.get_or_init(|| parse(include_str!("lexicon/fr.ron"))),
        }
    }

    /// The macros, for patterns.
    pub fn macros(&self) -> Macros {
        self.macros
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
}

/// Reads a built-in file (checked by a test: it always parses).
fn parse(text: &str) -> Lexicon {
    ron::from_str(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_parse_and_compile() {
        for (lang, text) in [
            (Language::En, include_str!("lexicon/en.ron")),
            (Language::Fr, include_str!("lexicon/fr.ron")),
        ] {
            let lex: Lexicon = ron::from_str(text).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
            let mut m = lex.macros();
            // What a brand fills in (its home, its name).
            m.insert("home".into(), vec!["halden".into()]);
            m.insert("brand".into(), vec!["halden motors".into()]);
            for (class, pats) in &lex.classes {
                for p in pats {
                    let body = p.trim_start_matches('>').trim();
                    assert!(
                        super::super::pattern::Pattern::compile(body, lang, &m).is_some(),
                        "{lang:?} {class:?}: `{p}` matches nothing"
                    );
                }
            }
            assert!(!lex.acknowledgement.is_empty() && !lex.negations.is_empty());
        }
    }
}
