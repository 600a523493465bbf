//! The brand (voice, facts) and the accounts and people of a shift.

use super::super::span::Spanned;
use super::yes;
pub use crate::rubric::{Register, ToneClass};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The brand: its voice and its facts.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Brand name.
    pub name: String,
    /// Home city or origin the brand is proud of, if any.
    #[serde(default)]
    pub home: Option<String>,
    /// The voice guide.
    #[serde(default)]
    pub voice: Voice,
    /// Facts a correct answer uses.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Outdated or false statements a reply must not make.
    #[serde(default)]
    pub wrong_facts: Vec<Fact>,
}

/// The brand's voice guide.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    /// Tone words shown on the voice card ("warm", "direct").
    #[serde(default)]
    pub tone: Vec<String>,
    /// Values the brand stands for.
    #[serde(default)]
    pub values: Vec<String>,
    /// Words and phrases the brand never uses (matched on word boundaries,
    /// case and accents folded; a trailing `*` matches any ending).
    #[serde(default)]
    pub banned: Vec<Spanned>,
    /// Text every reply from a brand or client account (public or private)
    /// must end with (e.g. "^Sam"), if any.
    #[serde(default)]
    pub sign_off: Option<String>,
    /// The holding reply ("we're looking into it") the composer can send.
    #[serde(default)]
    pub holding: Option<Spanned>,
    /// Most exclamation marks a reply may have.
    #[serde(default = "default_exclamations")]
    pub max_exclamations: u8,
    /// Whether words in capitals (shouting) break the voice.
    #[serde(default = "yes")]
    pub no_shouting: bool,
    /// How the brand addresses customers (French): `Vous`, `Tu`, or `Any`
    /// (not judged).
    #[serde(default)]
    pub register: Register,
    /// Whether emoji are part of the voice.
    #[serde(default = "yes")]
    pub emoji: bool,
    /// Changes to the built-in tone lists for this brand.
    #[serde(default)]
    pub judge: ToneJudge,
}

/// How a brand changes the built-in tone lists it inherits.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToneJudge {
    /// Patterns added to a class (`{ Dismissal: ["per the handbook"] }`).
    #[serde(default)]
    pub add: BTreeMap<ToneClass, Vec<Spanned>>,
    /// Phrases the brand accepts: a tone verdict inside one is dropped (a
    /// gaming brand may allow "gg").
    #[serde(default)]
    pub allow: Vec<Spanned>,
    /// Classes not judged for this brand.
    #[serde(default)]
    pub off: Vec<ToneClass>,
    /// Classes that cost this brand twice as much.
    #[serde(default)]
    pub strict: Vec<ToneClass>,
}

impl Default for Voice {
    fn default() -> Self {
        Voice {
            tone: vec![],
            values: vec![],
            banned: vec![],
            sign_off: None,
            holding: None,
            max_exclamations: default_exclamations(),
            no_shouting: true,
            register: Register::Any,
            emoji: true,
            judge: ToneJudge::default(),
        }
    }
}

fn default_exclamations() -> u8 {
    1
}

/// A fact, with the phrasings that count as stating it (any one suffices).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Identifier used by rubrics.
    pub id: Spanned,
    /// The fact in full, for the briefing and the debrief.
    pub text: String,
    /// Phrasings: any one of them in a reply states the fact.
    pub say: Vec<Spanned>,
}

/// A fictional network; each has its own length limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Network {
    /// A short-post network (280 characters).
    Microblog,
    /// A brand page with comments (2,000 characters).
    Page,
    /// Private messages (1,000 characters).
    Messages,
}

impl Network {
    /// Longest post the network accepts, in characters.
    pub fn limit(self) -> usize {
        match self {
            Network::Microblog => 280,
            Network::Page => 2000,
            Network::Messages => 1000,
        }
    }

    /// Whether posts on this network are seen by the public.
    pub fn is_public(self) -> bool {
        !matches!(self, Network::Messages)
    }
}

/// Whose account it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Owner {
    /// The brand the trainee works for in this shift.
    Brand,
    /// The trainee's own account.
    Personal,
    /// Another client of the agency (named).
    Client(String),
}

/// An account open in the trainee's tool.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// Identifier used by events and the composer.
    pub id: Spanned,
    /// The network it lives on.
    pub network: Network,
    /// Public handle ("@HaldenMotors").
    pub handle: String,
    /// Display name.
    pub name: String,
    /// Avatar colour, "#rrggbb".
    pub colour: Spanned,
    /// Whose account it is.
    pub owner: Owner,
}

/// Someone who writes to the brand or to the trainee.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Identifier used by events.
    pub id: Spanned,
    /// Display name.
    pub name: String,
    /// Handle ("@julie_r").
    #[serde(default)]
    pub handle: String,
    /// Audience size: 10,000 or more makes an influencer.
    #[serde(default)]
    pub followers: u32,
    /// One line of profile shown in the detail pane.
    #[serde(default)]
    pub bio: String,
}
