//! Rubric matching: how a reply's text is judged against facts, wrong
//! facts and the brand's voice. Language-aware (case and accent folding for
//! French), word-bounded, and explainable (every hit says where it is).

pub mod fold;
pub mod judge;
pub mod phrase;

pub use judge::{FactMatcher, Judgement, RubricMatcher, VoiceRules, judge};
pub use phrase::{Hit, Phrase};
