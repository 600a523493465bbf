//! Phrases matched on word boundaries: "test drive" matches "Book a TEST
//! drive!" but "car" never matches inside "scary". A trailing `*` on a word
//! matches any ending ("rembours*" matches "remboursement").

use super::fold::{Word, words};
use std::sync::Arc;

/// One word of a phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Part {
    folded: String,
    prefix: bool,
}

/// A phrase compiled for matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The phrase as written, for explanations (shared, cheap to clone).
    pub source: Arc<str>,
    parts: Vec<Part>,
}

/// Where a phrase was found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The phrase as written in the scenario.
    pub phrase: Arc<str>,
    /// Byte range of the matched words in the text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
}

impl Phrase {
    /// Compiles a phrase; `None` when it has no word at all (e.g. "!!!").
    pub fn new(source: &str) -> Option<Phrase> {
        let mut parts = Vec::new();
        for w in words(source) {
            // A `*` right after the word marks a prefix match.
            let prefix = source[w.end..].starts_with('*');
            parts.push(Part {
                folded: w.folded,
                prefix,
            });
        }
        (!parts.is_empty()).then(|| Phrase {
            source: source.into(),
            parts,
        })
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// Whether the phrase has no word (never true for a compiled phrase).
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// First occurrence of the phrase in already-cut words.
    pub fn find(&self, text: &[Word]) -> Option<Hit> {
        let n = self.parts.len();
        if n == 0 || text.len() < n {
            return None;
        }
        (0..=text.len() - n).find_map(|i| {
            let window = &text[i..i + n];
            let ok = self.parts.iter().zip(window).all(|(p, w)| {
                if p.prefix {
                    w.folded.starts_with(&p.folded)
                } else {
                    w.folded == p.folded
                }
            });
            ok.then(|| Hit {
                phrase: self.source.clone(),
                start: window[0].start,
                end: window[n - 1].end,
            })
        })
    }

    /// Whether this phrase occurs inside `other` (used to find rubrics that
    /// contradict themselves).
    pub fn occurs_in(&self, other: &Phrase) -> bool {
        let as_words: Vec<Word> = other
            .parts
            .iter()
            .map(|p| Word {
                folded: p.folded.clone(),
                start: 0,
                end: 0,
            })
            .collect();
        self.find(&as_words).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(phrase: &str, text: &str) -> Option<String> {
        let p = Phrase::new(phrase).unwrap();
        p.find(&words(text))
            .map(|h| text[h.start..h.end].to_owned())
    }

    #[test]
    fn word_boundaries() {
        assert_eq!(hit("car", "A scary story"), None);
        assert_eq!(hit("car", "Your CAR, sir"), Some("CAR".into()));
        assert_eq!(
            hit("test drive", "book a Test  drive!"),
            Some("Test  drive".into())
        );
        assert_eq!(hit("test drive", "test-drive"), Some("test-drive".into()));
    }

    #[test]
    fn french_accents_and_numbers() {
        assert_eq!(
            hit("remboursé", "Vous serez REMBOURSE"),
            Some("REMBOURSE".into())
        );
        assert_eq!(hit("24 990", "dès 24.990 €"), Some("24.990".into()));
        assert_eq!(hit("24 990", "124 990"), None);
        assert_eq!(
            hit("rembours*", "un remboursement"),
            Some("remboursement".into())
        );
        assert_eq!(hit("con", "contact"), None);
    }

    #[test]
    fn empty_phrase_is_rejected() {
        assert!(Phrase::new("!!!").is_none());
    }
}
