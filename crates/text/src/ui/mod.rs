//! The game's interface, in English and French. A missing translation is
//! a compile error: both tables fill every field.

use onbrand_core::scenario::{EventKind, Language, Lesson, Network};
use onbrand_core::sim::Refusal;

/// The interface strings of one language (field names say where each one
/// is shown).
#[allow(missing_docs)]
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
    /// A label's colon, spaced as the language writes it ("Why: ",
    /// "Pourquoi : ").
    pub colon: &'static str,
    pub timeline: &'static str,
    pub verdict: &'static str,
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
    pub reloaded: &'static str,
    pub reload_errors: &'static str,
    pub progress: &'static str,
    pub discard: &'static str,
    pub interrupted: &'static str,
    pub stopped_at: &'static str,
    pub resumed_at: &'static str,
    pub cannot_resume: &'static str,
    pub cannot_open_run: &'static str,
    pub new_trainee: &'static str,
    pub create: &'static str,
    pub records_off: &'static str,
    pub unlock_all: &'static str,
    pub locked: &'static str,
    pub locked_badge: &'static str,
    pub next_day: &'static str,
    pub best: &'static str,
    pub free_play: &'static str,
    pub runs: &'static str,
    pub date: &'static str,
    pub scenario: &'static str,
    pub grade: &'static str,
    pub pass: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub over_time: &'static str,
    pub mistakes: &'static str,
    pub in_runs: &'static str,
    pub review: &'static str,
    pub watch: &'static str,
    pub compare: &'static str,
    pub retry_seed: &'static str,
    pub no_runs: &'static str,
    pub no_profile: &'static str,
    pub replay_banner: &'static str,
    pub compare_title: &'static str,
    pub you: &'static str,
    pub ideal_play: &'static str,
    pub after: &'static str,
    pub not_answered: &'static str,
    pub set_aside: &'static str,
    pub holding_only: &'static str,
    pub wrong_account_short: &'static str,
    pub arrived: &'static str,
    pub kinds: Kinds,
    pub lessons: Lessons,
    pub networks: Networks,
    pub refusals: Refusals,
}

/// The name of each kind of item (shown for items with no author).
#[allow(missing_docs)]
pub struct Kinds {
    pub question: &'static str,
    pub complaint: &'static str,
    pub praise: &'static str,
    pub troll: &'static str,
    pub crisis: &'static str,
    pub personal: &'static str,
    pub manager: &'static str,
    pub bulletin: &'static str,
}

/// The name of each lesson, for the scenario list.
#[allow(missing_docs)]
pub struct Lessons {
    pub basics: &'static str,
    pub accounts: &'static str,
    pub validation: &'static str,
    pub speed: &'static str,
    pub voice: &'static str,
    pub crisis: &'static str,
}

/// The name of each network.
#[allow(missing_docs)]
pub struct Networks {
    pub microblog: &'static str,
    pub page: &'static str,
    pub messages: &'static str,
}

/// Why the shift refused an action, in a short message.
#[allow(missing_docs)]
pub struct Refusals {
    pub too_long: &'static str,
    pub empty: &'static str,
    pub not_approved: &'static str,
    pub not_personal: &'static str,
    pub no_approver: &'static str,
    pub no_post: &'static str,
    pub shift_over: &'static str,
    pub select_item: &'static str,
}

impl Strings {
    /// The name of an item kind.
    pub fn kind(&self, k: EventKind) -> &'static str {
        let t = &self.kinds;
        match k {
            EventKind::Question => t.question,
            EventKind::Complaint => t.complaint,
            EventKind::Praise => t.praise,
            EventKind::Troll => t.troll,
            EventKind::Crisis => t.crisis,
            EventKind::Personal => t.personal,
            EventKind::Manager => t.manager,
            EventKind::Bulletin => t.bulletin,
        }
    }

    /// The name of a lesson.
    pub fn lesson(&self, l: Lesson) -> &'static str {
        let t = &self.lessons;
        match l {
            Lesson::Basics => t.basics,
            Lesson::Accounts => t.accounts,
            Lesson::Validation => t.validation,
            Lesson::Speed => t.speed,
            Lesson::Voice => t.voice,
            Lesson::Crisis => t.crisis,
        }
    }

    /// The name of a network.
    pub fn network(&self, n: Network) -> &'static str {
        let t = &self.networks;
        match n {
            Network::Microblog => t.microblog,
            Network::Page => t.page,
            Network::Messages => t.messages,
        }
    }

    /// The name of a dimension.
    pub fn dimension(&self, d: onbrand_core::scenario::Dimension) -> &'static str {
        use onbrand_core::scenario::Dimension as D;
        match d {
            D::Speed => self.speed,
            D::Accuracy => self.accuracy,
            D::Alignment => self.alignment,
            D::Process => self.process,
            D::AccountSafety => self.account_safety,
        }
    }

    /// Words for a refused action.
    pub fn refusal(&self, r: &Refusal) -> String {
        let t = &self.refusals;
        match r {
            Refusal::TooLong { length, limit } => format!("{} ({length}/{limit})", t.too_long),
            Refusal::Empty => t.empty.into(),
            Refusal::NotApproved => t.not_approved.into(),
            Refusal::NotPersonal => t.not_personal.into(),
            Refusal::NoSuchApprover => t.no_approver.into(),
            Refusal::NoSuchPost => t.no_post.into(),
            Refusal::ShiftOver => t.shift_over.into(),
            Refusal::NoSuchItem | Refusal::NoSuchAccount | Refusal::NoSuchReply => {
                t.select_item.into()
            }
        }
    }
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
