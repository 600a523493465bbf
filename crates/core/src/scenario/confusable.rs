//! Ids that look alike: `halden` and `hаlden` (with a Cyrillic а), or an id
//! with a zero-width character inside, read the same on screen and are two
//! different ids to the game. Their skeleton (invisible characters removed,
//! compatibility forms folded, letters of other scripts that look Latin
//! mapped to the Latin letter) tells them apart from true duplicates.

use unicode_normalization::UnicodeNormalization;

/// Characters that show nothing (zero-width spaces and joiners, bidi
/// marks, the byte-order mark, soft hyphen, variation selectors).
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{034F}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
    )
}

/// The Latin letter a Cyrillic or Greek letter is drawn like, if any.
fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic, lower case.
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' => 'i',
        'ј' => 'j',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ӏ' => 'l',
        // Cyrillic, capitals.
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        // Greek.
        'ο' => 'o',
        'ν' => 'v',
        'ρ' => 'p',
        'ι' => 'i',
        'κ' => 'k',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        _ => return None,
    })
}

/// The id as it looks: what two ids that read the same on screen share.
pub(super) fn skeleton(id: &str) -> String {
    id.nfkc()
        .filter(|&c| !invisible(c))
        .map(|c| latin_twin(c).unwrap_or(c))
        .collect()
}

/// Whether an id holds an invisible character or a look-alike letter.
pub(super) fn is_tricky(id: &str) -> bool {
    id.chars().any(|c| invisible(c) || latin_twin(c).is_some()) || id.nfkc().ne(id.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alikes_share_a_skeleton() {
        assert_eq!(skeleton("hаlden"), "halden"); // Cyrillic а
        assert_eq!(skeleton("hal\u{200b}den"), "halden");
        assert_eq!(skeleton("ｈａｌｄｅｎ"), "halden"); // full width
        assert_ne!(skeleton("café"), skeleton("cafe"));
        assert!(is_tricky("hаlden") && is_tricky("a\u{200d}b"));
        assert!(!is_tricky("halden") && !is_tricky("café"));
    }
}
