//! Text folding for matching: case, accents and ligatures folded, text cut
//! into words. French "Élodie", "elodie" and "ÉLODIE" fold alike; "l'été"
//! gives the words `l` and `ete`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A word of a text, folded, with its byte range in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// The folded word (lowercase, no accents).
    pub folded: String,
    /// Byte range in the original text.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
}

/// Folds one character into `out` (lowercase, accents removed, ligatures split).
fn push_folded(c: char, out: &mut String) {
    match c {
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for d in std::iter::once(c).nfd() {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
}

/// Folds a whole string (words and everything between them).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Whether a character belongs to a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Cuts a text into folded words with their positions.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            let entry = cur.get_or_insert_with(|| (i, String::new()));
            push_folded(c, &mut entry.1);
        } else if let Some((start, folded)) = cur.take() {
            out.push(Word {
                folded,
                start,
                end: i,
            });
        }
    }
    if let Some((start, folded)) = cur {
        out.push(Word {
            folded,
            start,
            end: text.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_ligatures() {
        assert_eq!(fold("ÉLODIE à Noël"), "elodie a noel");
        assert_eq!(fold("Cœur"), "coeur");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn cuts_words_with_positions() {
        let w = words("L'été, 24 990 €!");
        let f: Vec<&str> = w.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(f, ["l", "ete", "24", "990"]);
        assert_eq!(&"L'été, 24 990 €!"[w[1].start..w[1].end], "été");
    }
}
