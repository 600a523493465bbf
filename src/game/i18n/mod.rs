//! Every interface string, in English and French. A missing translation is
//! a compile error: both tables fill every field.

use crate::scenario::{Language, Rule};

/// The interface strings of one language.
pub struct Strings {
    pub lang: Language,
    pub tagline: &'static str,
    pub trainee: &'static str,
    pub trainee_hint: &'static str,
    pub language: &'static str,
    pub scenarios: &'static str,
    pub settings: &'static str,
    pub ui_scale: &'static str,
    pub sound: &'static str,
    pub pace: &'static str,
    pub start: &'static str,
    pub quit: &'static str,
    pub no_scenarios: &'static str,
    pub cannot_play: &'static str,
    pub difficulty: &'static str,
    pub briefing: &'static str,
    pub voice_card: &'static str,
    pub tone: &'static str,
    pub values: &'static str,
    pub banned: &'static str,
    pub sign_off: &'static str,
    pub facts: &'static str,
    pub policy: &'static str,
    pub alone: &'static str,
    pub needs_approval: &'static str,
    pub approvers: &'static str,
    pub unreachable: &'static str,
    pub backup: &'static str,
    pub answers_in: &'static str,
    pub sla: &'static str,
    pub accounts: &'static str,
    pub goal: &'static str,
    pub new_rule: &'static str,
    pub start_shift: &'static str,
    pub back: &'static str,
    pub brand: &'static str,
    pub personal: &'static str,
    pub client: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub sentiment: &'static str,
    pub buzz: &'static str,
    pub waiting: &'static str,
    pub phone: &'static str,
    pub manager: &'static str,
    pub no_item: &'static str,
    pub followers: &'static str,
    pub influencer: &'static str,
    pub escalated: &'static str,
    pub answered: &'static str,
    pub held: &'static str,
    pub dismissed: &'static str,
    pub gave_up: &'static str,
    pub conversation: &'static str,
    pub posting_as: &'static str,
    pub saved_replies: &'static str,
    pub send: &'static str,
    pub holding: &'static str,
    pub request_approval: &'static str,
    pub post_approved: &'static str,
    pub delete_post: &'static str,
    pub reply_phone: &'static str,
    pub dismiss: &'static str,
    pub too_long: &'static str,
    pub approver_default: &'static str,
    pub pending: &'static str,
    pub approved: &'static str,
    pub approved_edits: &'static str,
    pub rejected: &'static str,
    pub no_answer_coming: &'static str,
    pub type_here: &'static str,
    pub debrief: &'static str,
    pub overall: &'static str,
    pub passed: &'static str,
    pub failed: &'static str,
    pub speed: &'static str,
    pub accuracy: &'static str,
    pub alignment: &'static str,
    pub process: &'static str,
    pub account_safety: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub why: &'static str,
    pub ideal: &'static str,
    pub timeline: &'static str,
    pub retry: &'static str,
    pub new_seed: &'static str,
    pub menu: &'static str,
    pub incidents: &'static str,
    pub incident_banner: &'static str,
    pub paused: &'static str,
    pub restart: &'static str,
    pub abandon: &'static str,
    pub shortcuts: &'static str,
    pub close: &'static str,
    pub k_next: &'static str,
    pub k_prev: &'static str,
    pub k_open: &'static str,
    pub k_reply: &'static str,
    pub k_pick: &'static str,
    pub k_switch: &'static str,
    pub k_send: &'static str,
    pub k_holding: &'static str,
    pub k_approval: &'static str,
    pub k_post_approved: &'static str,
    pub k_dismiss: &'static str,
    pub k_phone: &'static str,
    pub k_delete: &'static str,
    pub k_speed: &'static str,
    pub k_pause: &'static str,
    pub k_help: &'static str,
    pub minutes_short: &'static str,
    pub seed: &'static str,
    pub day: &'static str,
    pub scenario_errors: &'static str,
}

mod en;
mod fr;

pub use en::EN;
pub use fr::FR;

/// The strings of a language.
pub fn strings(lang: Language) -> &'static Strings {
    match lang {
        Language::En => &EN,
        Language::Fr => &FR,
    }
}

/// The name of an item kind (for items with no author: manager, bulletin).
pub fn kind_name(k: crate::scenario::EventKind, lang: Language) -> &'static str {
    use crate::scenario::EventKind::*;
    let (en, fr) = match k {
        Question => ("Question", "Question"),
        Complaint => ("Complaint", "Réclamation"),
        Praise => ("Praise", "Compliment"),
        Troll => ("Troll", "Troll"),
        Crisis => ("Crisis", "Crise"),
        Personal => ("Personal", "Perso"),
        Manager => ("Your manager", "Votre manager"),
        Bulletin => ("Rule bulletin", "Note de service"),
    };
    crate::score::texts::tr(lang, en, fr)
}

/// The name of a lesson, for the scenario list.
pub fn lesson_name(l: crate::scenario::Lesson, lang: Language) -> &'static str {
    use crate::scenario::Lesson::*;
    let (en, fr) = match l {
        Basics => ("basics", "les bases"),
        Accounts => ("accounts", "les comptes"),
        Validation => ("validation", "la validation"),
        Speed => ("speed", "la rapidité"),
        Voice => ("brand voice", "la voix de la marque"),
        Crisis => ("crisis", "la crise"),
    };
    crate::score::texts::tr(lang, en, fr)
}

/// A short name for a rule, for finding cards.
pub fn rule_name(rule: Rule, lang: Language) -> &'static str {
    use Rule::*;
    let (en, fr) = match rule {
        WrongAccount => ("Wrong account", "Mauvais compte"),
        LeftUp => ("Left up", "Laissé en ligne"),
        Unapproved => ("Posted without approval", "Publié sans validation"),
        NeedlessApproval => ("Needless approval", "Validation inutile"),
        UnreachableApprover => ("Unreachable approver", "Valideur injoignable"),
        Slow => ("Slow answer", "Réponse lente"),
        PatienceOut => ("Patience ran out", "Patience épuisée"),
        Unanswered => ("Unanswered", "Sans réponse"),
        MissingFact => ("Missing fact", "Information manquante"),
        WrongFact => ("Wrong fact", "Information erronée"),
        OffVoice => ("Off voice", "Hors charte"),
        MissingSignOff => ("No sign-off", "Signature manquante"),
        Shouting => ("Shouting", "Ton criard"),
        HoldingNotOk => ("Holding reply not enough", "Attente insuffisante"),
        FedTroll => ("Fed the troll", "Troll nourri"),
        TooLong => ("Too long", "Trop long"),
    };
    crate::score::texts::tr(lang, en, fr)
}
