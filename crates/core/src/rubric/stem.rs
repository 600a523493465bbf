//! Light stemming (Snowball, English and French), so that a fact's own
//! sentence states it whatever the inflection ("remboursons", "remboursé",
//! "remboursement") and a banned phrase is caught in its other forms.

use crate::scenario::Language;

/// A stemmer for one language.
pub struct Stemmer(rust_stemmers::Stemmer);

impl Stemmer {
    /// The Snowball stemmer of a language.
    pub fn new(lang: Language) -> Stemmer {
        Stemmer(rust_stemmers::Stemmer::create(match lang {
            Language::En => rust_stemmers::Algorithm::English,
            Language::Fr => rust_stemmers::Algorithm::French,
        }))
    }

    /// The stem of a lower-case word.
    pub fn stem(&self, word: &str) -> String {
        self.0.stem(word).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        let fr = Stemmer::new(Language::Fr);
        use crate::rubric::pattern::stems_match;
        assert!(stems_match(&fr.stem("remboursé"), &fr.stem("remboursons")));
        assert_eq!(fr.stem("rassurez"), fr.stem("rassuré"));
        let en = Stemmer::new(Language::En);
        assert_eq!(en.stem("asks"), en.stem("asked"));
        assert_eq!(en.stem("banks"), en.stem("bank"));
    }
}
