//! The reply judge: how one reply is judged as an expert trainer would,
//! in English and French. Pure, deterministic and explainable: every
//! verdict carries the phrase and its position.
//!
//! - [`text`]: the reply cut into sentences and tokens (numbers, units,
//!   currencies and spelled-out numbers normalised; words stemmed).
//! - [`pattern`]: one matcher for trainers' phrases and built-in patterns.
//! - [`lexicon`]: the built-in lists of each language.
//! - [`tone`]: tone classes, register, acknowledgement, promises.
//! - [`judge`]: the verdict on a reply.

pub mod fold;
pub mod judge;
pub mod lexicon;
pub mod pattern;
mod stem;
pub mod text;
pub mod tone;

pub use judge::{FactMatcher, Judgement, Reading, RubricMatcher, VoiceRules, judge};
pub use lexicon::ToneClass;
pub use pattern::{Hit, Pattern};
pub use tone::{Register, RegisterSlip, ToneHit, ToneRules, ToneSettings};

/// A trainer's phrase, as `banned` and `avoid` lists compile it.
pub type Phrase = Pattern;

/// Whether a text (a fact's sentence, say) holds a negation of its language.
pub fn text_has_negation(s: &str, lang: crate::scenario::Language) -> bool {
    pattern::has_negation(&text::analyse(s, lang), lang)
}
