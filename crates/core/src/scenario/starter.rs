//! The commented starter scenarios `onbrand new` writes: each passes
//! `onbrand check` with no warning, and the ideal bot passes it.

use super::Language;

/// The English starter.
pub const STARTER_EN: &str = include_str!("templates/starter-en.ron");
/// The French starter.
pub const STARTER_FR: &str = include_str!("templates/starter-fr.ron");

/// The starter of a language.
pub fn starter(lang: Language) -> &'static str {
    match lang {
        Language::En => STARTER_EN,
        Language::Fr => STARTER_FR,
    }
}
