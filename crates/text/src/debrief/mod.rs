//! The debrief in words: each finding of the score (data) rendered in a
//! language, with the rule's name, what happened, why it matters (the
//! scenario's own text, or the default) and the ideal handling. The game's
//! debrief screen and `--json` / `--findings` of the command line show the
//! same [`DebriefFinding`]s.

mod en;
mod fr;

use crate::fill::fill;
use onbrand_core::rubric::{RegisterSlip, ToneClass};
use onbrand_core::scenario::duration::clock;
use onbrand_core::scenario::types::EscalationKind;
use onbrand_core::scenario::{Language, Ms, Owner, Rule, Scenario};
use onbrand_core::score::{Detail, Finding};
use onbrand_core::sim::ItemId;
use onbrand_core::sim::state::ApprovalReason;
use serde::Serialize;

pub use en::EN;
pub use fr::FR;

/// A rule's name and why it matters.
#[allow(missing_docs)]
pub struct RuleText {
    pub name: &'static str,
    pub why: &'static str,
}

/// Per rule, its name and default "why it matters".
#[allow(missing_docs)]
pub struct RuleTexts {
    pub wrong_account: RuleText,
    pub left_up: RuleText,
    pub unapproved: RuleText,
    pub needless_approval: RuleText,
    pub unreachable_approver: RuleText,
    pub slow: RuleText,
    pub patience_out: RuleText,
    pub unanswered: RuleText,
    pub missing_fact: RuleText,
    pub wrong_fact: RuleText,
    pub off_voice: RuleText,
    pub missing_sign_off: RuleText,
    pub shouting: RuleText,
    pub holding_not_ok: RuleText,
    pub fed_troll: RuleText,
    pub too_long: RuleText,
    pub tone: RuleText,
    pub no_empathy: RuleText,
    pub register: RuleText,
    pub unbacked_promise: RuleText,
    pub hollow_reply: RuleText,
    pub escalated: RuleText,
    pub draft_refused: RuleText,
    pub approval_rewritten: RuleText,
    pub claim_reworded: RuleText,
}

/// The name of each tone class, as a finding's title.
#[allow(missing_docs)]
pub struct ToneNames {
    pub contempt: &'static str,
    pub sarcasm: &'static str,
    pub blames_customer: &'static str,
    pub aggression: &'static str,
    pub dismissal: &'static str,
    pub mocks_brand: &'static str,
    pub no_empathy: &'static str,
    pub register: &'static str,
}

/// What happened, per kind of finding: templates whose `{name}`
/// placeholders are filled with the finding's figures and phrases.
#[allow(missing_docs)]
pub struct WhatTexts {
    pub wrong_account: &'static str,
    pub left_up_deleted: &'static str,
    pub left_up_never: &'static str,
    pub unanswered: &'static str,
    pub patience_out: &'static str,
    pub slow: &'static str,
    pub holding_not_ok: &'static str,
    pub missing_fact: &'static str,
    pub wrong_fact: &'static str,
    pub unapproved: &'static str,
    pub fed_troll: &'static str,
    pub off_voice: &'static str,
    pub missing_sign_off: &'static str,
    pub shouting: &'static str,
    pub too_long: &'static str,
    pub needless_approval: &'static str,
    pub unreachable_approver: &'static str,
    pub tone: &'static str,
    pub no_empathy: &'static str,
    pub register_tu: &'static str,
    pub register_vous: &'static str,
    pub register_mixed: &'static str,
    pub register_other: &'static str,
    pub unbacked_promise: &'static str,
    /// Added to the "why" of tone findings: the brand's own voice card,
    /// its tone words then its values (each only when the brand has some).
    pub voice_tone: &'static str,
    pub voice_values: &'static str,
    pub hollow_ok: &'static str,
    pub hollow_not_ok: &'static str,
    pub escalated: &'static str,
    pub draft_refused: &'static str,
    pub approval_rewritten: &'static str,
    pub claim_reworded: &'static str,
    pub escalation_repost: &'static str,
    pub escalation_influencer: &'static str,
    pub escalation_journalist: &'static str,
    pub reason_wrong_fact: &'static str,
    pub reason_promise: &'static str,
    pub reason_off_voice: &'static str,
    pub reason_tone: &'static str,
    pub reason_too_long: &'static str,
    pub reason_incomplete: &'static str,
    pub reason_no_acknowledgement: &'static str,
    pub reason_voice: &'static str,
}

/// How the overall was formed, in words: the weighted mean, what the
/// shift caused, and why it failed.
#[allow(missing_docs)]
pub struct VerdictTexts {
    pub weighted: &'static str,
    pub escalations: &'static str,
    /// One, then more than one (French counts 0 and 1 as singular).
    pub reposts: [&'static str; 2],
    pub influencers: [&'static str; 2],
    pub journalists: [&'static str; 2],
    pub buzz: &'static str,
    pub sentiment: &'static str,
    pub consequences_capped: &'static str,
    pub failed_by: &'static str,
    pub under_floor: &'static str,
    pub below_pass: &'static str,
    pub failed_cap: &'static str,
}

/// The debrief's texts in one language.
#[allow(missing_docs)]
pub struct DebriefTexts {
    pub rules: RuleTexts,
    pub tones: ToneNames,
    pub what: WhatTexts,
    pub verdict: VerdictTexts,
    pub owner_brand: &'static str,
    pub owner_personal: &'static str,
}

/// The debrief texts of a language.
pub fn texts(lang: Language) -> &'static DebriefTexts {
    match lang {
        Language::En => &EN,
        Language::Fr => &FR,
    }
}

impl DebriefTexts {
    /// A rule's name and default "why".
    pub fn rule(&self, r: Rule) -> &RuleText {
        let t = &self.rules;
        match r {
            Rule::WrongAccount => &t.wrong_account,
            Rule::LeftUp => &t.left_up,
            Rule::Unapproved => &t.unapproved,
            Rule::NeedlessApproval => &t.needless_approval,
            Rule::UnreachableApprover => &t.unreachable_approver,
            Rule::Slow => &t.slow,
            Rule::PatienceOut => &t.patience_out,
            Rule::Unanswered => &t.unanswered,
            Rule::MissingFact => &t.missing_fact,
            Rule::WrongFact => &t.wrong_fact,
            Rule::OffVoice => &t.off_voice,
            Rule::MissingSignOff => &t.missing_sign_off,
            Rule::Shouting => &t.shouting,
            Rule::HoldingNotOk => &t.holding_not_ok,
            Rule::FedTroll => &t.fed_troll,
            Rule::TooLong => &t.too_long,
            Rule::Tone => &t.tone,
            Rule::NoEmpathy => &t.no_empathy,
            Rule::Register => &t.register,
            Rule::UnbackedPromise => &t.unbacked_promise,
            Rule::HollowReply => &t.hollow_reply,
            Rule::Escalated => &t.escalated,
            Rule::DraftRefused => &t.draft_refused,
            Rule::ApprovalRewritten => &t.approval_rewritten,
            Rule::ClaimReworded => &t.claim_reworded,
        }
    }

    /// Why an approver refused or rewrote a draft, in words.
    pub fn reason(&self, sc: &Scenario, r: &ApprovalReason) -> String {
        let w = &self.what;
        match r {
            ApprovalReason::WrongFact(f, _) => fill(
                w.reason_wrong_fact,
                &[("fact", &sc.brand.wrong_facts[*f].1)],
            ),
            ApprovalReason::Promise(p) => fill(w.reason_promise, &[("phrase", &excerpt(p))]),
            ApprovalReason::OffVoice(p) => fill(w.reason_off_voice, &[("phrase", p)]),
            ApprovalReason::Tone(c, p) => fill(
                w.reason_tone,
                &[("class", self.tone(*c)), ("phrase", &excerpt(p))],
            ),
            ApprovalReason::TooLong => w.reason_too_long.to_owned(),
            ApprovalReason::Incomplete => w.reason_incomplete.to_owned(),
            ApprovalReason::NoAcknowledgement => w.reason_no_acknowledgement.to_owned(),
            ApprovalReason::Voice => w.reason_voice.to_owned(),
        }
    }

    /// A tone class's name.
    pub fn tone(&self, c: ToneClass) -> &'static str {
        let t = &self.tones;
        match c {
            ToneClass::Contempt => t.contempt,
            ToneClass::Sarcasm => t.sarcasm,
            ToneClass::BlamesCustomer => t.blames_customer,
            ToneClass::Aggression => t.aggression,
            ToneClass::Dismissal => t.dismissal,
            ToneClass::MocksBrand => t.mocks_brand,
            ToneClass::NoEmpathy => t.no_empathy,
            ToneClass::Register => t.register,
        }
    }
}

/// One finding as the debrief shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DebriefFinding {
    /// The rule broken.
    pub rule: Rule,
    /// The rule's name in the debrief's language.
    pub title: String,
    /// When it happened (simulation ms).
    pub at: Ms,
    /// The same time as `m:ss`.
    pub clock: String,
    /// The item concerned.
    pub item: Option<ItemId>,
    /// The scenario event of that item.
    pub event: Option<String>,
    /// Who wrote the item: name and handle.
    pub author: Option<String>,
    /// What happened, specifically.
    pub what: String,
    /// Why it matters.
    pub why: String,
    /// The ideal handling.
    pub ideal: Option<String>,
    /// Drawn as the most serious kind of mistake.
    pub serious: bool,
    /// The data the text was made from.
    pub detail: Detail,
}

/// Texts quoted in the debrief are cut to this many characters.
const EXCERPT: usize = 80;

fn excerpt(text: &str) -> String {
    let t: String = text.chars().take(EXCERPT).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}

/// An account as the debrief names it: handle, network and owner.
fn account(sc: &Scenario, i: usize, t: &DebriefTexts, lang: Language) -> String {
    let a = &sc.accounts[i];
    let owner = match &a.owner {
        Owner::Brand => t.owner_brand,
        Owner::Personal => t.owner_personal,
        Owner::Client(c) => c,
    };
    let net = crate::ui::strings(lang).network(a.network);
    format!("{} ({net}, {owner})", a.handle)
}

/// What happened, in words.
pub fn what(sc: &Scenario, d: &Detail, lang: Language) -> String {
    let t = texts(lang);
    let w = &t.what;
    match d {
        Detail::WrongAccount {
            account: a,
            expected,
            text,
            ..
        } => fill(
            w.wrong_account,
            &[
                ("account", &account(sc, *a, t, lang)),
                ("expected", &account(sc, *expected, t, lang)),
                ("text", &excerpt(text)),
            ],
        ),
        Detail::LeftUp {
            up,
            deleted,
            screenshots,
            ..
        } => fill(
            if *deleted {
                w.left_up_deleted
            } else {
                w.left_up_never
            },
            &[
                ("up", &clock(*up)),
                ("screenshots", &screenshots.to_string()),
            ],
        ),
        Detail::Unanswered { text } => fill(w.unanswered, &[("text", &excerpt(text))]),
        Detail::PatienceOut { waited } => fill(w.patience_out, &[("waited", &clock(*waited))]),
        Detail::Slow { waited, target } => fill(
            w.slow,
            &[("waited", &clock(*waited)), ("target", &clock(*target))],
        ),
        Detail::HoldingNotOk => w.holding_not_ok.to_owned(),
        Detail::MissingFact { fact } => fill(w.missing_fact, &[("fact", &sc.brand.facts[*fact].1)]),
        Detail::WrongFact { fact, phrase } => fill(
            w.wrong_fact,
            &[("phrase", phrase), ("fact", &sc.brand.wrong_facts[*fact].1)],
        ),
        Detail::Unapproved { text } => fill(w.unapproved, &[("text", &excerpt(text))]),
        Detail::FedTroll { text } => fill(w.fed_troll, &[("text", &excerpt(text))]),
        Detail::OffVoice { phrase } => fill(w.off_voice, &[("phrase", phrase)]),
        Detail::Tone { class, phrase, .. } => fill(
            w.tone,
            &[("class", t.tone(*class)), ("phrase", &excerpt(phrase))],
        ),
        Detail::NoEmpathy => w.no_empathy.to_owned(),
        Detail::Register { phrase, slip } => fill(
            match slip {
                RegisterSlip::Tu => w.register_tu,
                RegisterSlip::Vous => w.register_vous,
                RegisterSlip::Mixed => w.register_mixed,
                RegisterSlip::TextSpeak | RegisterSlip::Emoji => w.register_other,
            },
            &[("phrase", &excerpt(phrase))],
        ),
        Detail::UnbackedPromise { phrase } => {
            fill(w.unbacked_promise, &[("phrase", &excerpt(phrase))])
        }
        Detail::HollowReply { text, holding_ok } => fill(
            if *holding_ok {
                w.hollow_ok
            } else {
                w.hollow_not_ok
            },
            &[("text", &excerpt(text))],
        ),
        Detail::Escalated { kind, by, text } => {
            let who = by.map_or_else(String::new, |p| sc.personas[p].name.clone());
            let kind = match kind {
                EscalationKind::AngryRepost => w.escalation_repost,
                EscalationKind::Influencer => w.escalation_influencer,
                EscalationKind::Journalist => w.escalation_journalist,
            };
            let kind = if who.is_empty() {
                kind.to_owned()
            } else {
                format!("{kind} ({who})")
            };
            fill(w.escalated, &[("kind", &kind), ("text", &excerpt(text))])
        }
        Detail::DraftRefused {
            approver,
            draft,
            reasons,
        } => fill(
            w.draft_refused,
            &[
                ("approver", &sc.approvers[*approver].name),
                ("draft", &excerpt(draft)),
                ("reasons", &reasons_text(sc, reasons, t)),
            ],
        ),
        Detail::ApprovalRewritten {
            approver,
            draft,
            reasons,
        } => fill(
            w.approval_rewritten,
            &[
                ("approver", &sc.approvers[*approver].name),
                ("draft", &excerpt(draft)),
                ("reasons", &reasons_text(sc, reasons, t)),
            ],
        ),
        Detail::ClaimReworded {
            approver,
            refused,
            approved,
        } => fill(
            w.claim_reworded,
            &[
                ("approver", &sc.approvers[*approver].name),
                ("refused", &excerpt(refused)),
                ("approved", &excerpt(approved)),
            ],
        ),
        Detail::MissingSignOff => fill(
            w.missing_sign_off,
            &[("sign_off", sc.brand.sign_off.as_deref().unwrap_or_default())],
        ),
        Detail::Shouting {
            words,
            exclamations,
        } => {
            let mut parts = words.clone();
            if let Some(n) = exclamations {
                parts.push(format!("{n} × !"));
            }
            fill(w.shouting, &[("words", &parts.join(", "))])
        }
        Detail::TooLong { length } => fill(w.too_long, &[("length", &length.to_string())]),
        Detail::NeedlessApproval { approver } => fill(
            w.needless_approval,
            &[("approver", &sc.approvers[*approver].name)],
        ),
        Detail::UnreachableApprover { approver } => {
            let a = &sc.approvers[*approver];
            let said = fill(w.unreachable_approver, &[("approver", &a.name)]);
            match &a.away_note {
                Some(note) => format!("{said} {note}"),
                None => said,
            }
        }
    }
}

fn reasons_text(sc: &Scenario, reasons: &[ApprovalReason], t: &DebriefTexts) -> String {
    reasons
        .iter()
        .map(|r| t.reason(sc, r))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why breaking a rule matters: the scenario's own text, else the default;
/// for the voice's rules, followed by the brand's own voice card (what it
/// sounds like and stands for).
pub fn why(sc: &Scenario, rule: Rule, lang: Language) -> String {
    let base = sc
        .debrief
        .get(&rule)
        .cloned()
        .unwrap_or_else(|| texts(lang).rule(rule).why.to_owned());
    let b = &sc.brand;
    let voice_rule = matches!(rule, Rule::Tone | Rule::NoEmpathy | Rule::Register);
    if !voice_rule || (b.tone.is_empty() && b.values.is_empty()) {
        return base;
    }
    let w = &texts(lang).what;
    let mut card = Vec::new();
    if !b.tone.is_empty() {
        card.push(fill(
            w.voice_tone,
            &[("brand", &b.name), ("tone", &b.tone.join(", "))],
        ));
    }
    if !b.values.is_empty() {
        card.push(fill(
            w.voice_values,
            &[("brand", &b.name), ("values", &b.values.join(" · "))],
        ));
    }
    let card = card.join(" ");
    format!("{base} {card}")
}

/// A finding as the debrief shows it.
pub fn render(sc: &Scenario, f: &Finding, lang: Language) -> DebriefFinding {
    let rule = f.rule();
    let title = match &f.detail {
        Detail::Tone { class, .. } => texts(lang).tone(*class).to_owned(),
        _ => texts(lang).rule(rule).name.to_owned(),
    };
    DebriefFinding {
        rule,
        title,
        at: f.at,
        clock: clock(f.at),
        item: f.item,
        event: f.event.map(|e| sc.events[e].id.clone()),
        author: f.author.map(|p| {
            let p = &sc.personas[p];
            if p.handle.is_empty() {
                p.name.clone()
            } else {
                format!("{} {}", p.name, p.handle)
            }
        }),
        what: what(sc, &f.detail, lang),
        why: why(sc, rule, lang),
        ideal: f.event.and_then(|e| sc.ideal_for(e)).map(str::to_owned),
        serious: matches!(rule, Rule::WrongAccount | Rule::LeftUp),
        detail: f.detail.clone(),
    }
}

/// Every finding, rendered.
pub fn render_all(sc: &Scenario, findings: &[Finding], lang: Language) -> Vec<DebriefFinding> {
    findings.iter().map(|f| render(sc, f, lang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fill::placeholders;

    /// Every template of a language names exactly the placeholders the
    /// renderer fills for it, in both languages.
    #[test]
    fn templates_have_the_same_placeholders_in_both_languages() {
        let pairs = |t: &'static DebriefTexts| {
            let w = &t.what;
            [
                w.wrong_account,
                w.left_up_deleted,
                w.left_up_never,
                w.unanswered,
                w.patience_out,
                w.slow,
                w.holding_not_ok,
                w.missing_fact,
                w.wrong_fact,
                w.unapproved,
                w.fed_troll,
                w.off_voice,
                w.missing_sign_off,
                w.shouting,
                w.too_long,
                w.needless_approval,
                w.unreachable_approver,
                w.tone,
                w.no_empathy,
                w.register_tu,
                w.register_vous,
                w.register_mixed,
                w.register_other,
                w.unbacked_promise,
                w.voice_tone,
                w.voice_values,
                w.hollow_ok,
                w.hollow_not_ok,
                w.escalated,
                w.draft_refused,
                w.approval_rewritten,
                w.claim_reworded,
                w.escalation_repost,
                w.escalation_influencer,
                w.escalation_journalist,
                w.reason_wrong_fact,
                w.reason_promise,
                w.reason_off_voice,
                w.reason_tone,
                w.reason_too_long,
                w.reason_incomplete,
                w.reason_no_acknowledgement,
                w.reason_voice,
                t.verdict.weighted,
                t.verdict.escalations,
                t.verdict.reposts[0],
                t.verdict.reposts[1],
                t.verdict.influencers[0],
                t.verdict.influencers[1],
                t.verdict.journalists[0],
                t.verdict.journalists[1],
                t.verdict.buzz,
                t.verdict.sentiment,
                t.verdict.consequences_capped,
                t.verdict.failed_by,
                t.verdict.under_floor,
                t.verdict.below_pass,
                t.verdict.failed_cap,
            ]
        };
        for (en, fr) in pairs(&EN).into_iter().zip(pairs(&FR)) {
            assert_eq!(placeholders(en), placeholders(fr), "{en} / {fr}");
        }
        for r in Rule::ALL {
            assert!(!EN.rule(r).name.is_empty() && !FR.rule(r).why.is_empty());
        }
    }
}
