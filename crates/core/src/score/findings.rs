//! Debrief findings, as data: each broken rule with its time, the item, and
//! the figures and phrases that say what happened. Words come later, at the
//! edge (`onbrand-text` renders a finding in English or French, with why it
//! matters and the ideal answer).

use super::dimensions::{first_valid_response, is_brand_speech};
use crate::rubric::ToneClass;
use crate::scenario::types::EscalationKind;
use crate::scenario::{EventKind, Expect, Ms, Rule, Scenario};
use crate::sim::log::{LogEvent, Outcome, PostKind};
use crate::sim::state::ApprovalReason;
use crate::sim::state::Post;
use crate::sim::{ItemId, PostId, Shift};
use serde::Serialize;

/// One broken rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// When it happened (simulation ms).
    pub at: Ms,
    /// The item concerned (the original item, never an escalation post).
    pub item: Option<ItemId>,
    /// The scenario event of that item.
    pub event: Option<usize>,
    /// Who wrote the item (persona index).
    pub author: Option<usize>,
    /// What happened: the rule broken, with its figures and phrases.
    pub detail: Detail,
}

/// What happened, for each rule, with what the debrief needs to say it.
/// Indices are the scenario's (accounts, facts, wrong facts, approvers).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Detail {
    /// A post went out on `account` instead of `expected`.
    WrongAccount {
        /// The post.
        post: PostId,
        /// Where it went.
        account: usize,
        /// Where it should have gone.
        expected: usize,
        /// What it said.
        text: String,
    },
    /// A wrong-account post stayed up too long.
    LeftUp {
        /// The post.
        post: PostId,
        /// How long it stayed up.
        up: Ms,
        /// Whether it was deleted in the end.
        deleted: bool,
        /// Screenshots taken of it.
        screenshots: u32,
    },
    /// An item needing an answer got none.
    Unanswered {
        /// The item's text.
        text: String,
    },
    /// The fan gave up waiting.
    PatienceOut {
        /// How long they waited.
        waited: Ms,
    },
    /// The first response came after the SLA.
    Slow {
        /// How long the fan waited for it.
        waited: Ms,
        /// The SLA.
        target: Ms,
    },
    /// A holding reply where the answer itself was needed.
    HoldingNotOk,
    /// A required fact was left out.
    MissingFact {
        /// The fact.
        fact: usize,
    },
    /// A wrong fact was stated.
    WrongFact {
        /// The wrong fact.
        fact: usize,
        /// The phrase that stated it.
        phrase: String,
    },
    /// Posted on an approval topic without approval.
    Unapproved {
        /// What was posted.
        text: String,
    },
    /// Answered a troll from the brand's account.
    FedTroll {
        /// What was posted.
        text: String,
    },
    /// A tone class broken (the register and acknowledgement have their
    /// own rules).
    Tone {
        /// The class.
        class: ToneClass,
        /// The words, as the reply has them.
        phrase: String,
        /// The pattern or phrase that caught them.
        pattern: String,
    },
    /// Facts, and no acknowledgement of a customer who needed one.
    NoEmpathy,
    /// Off the brand's register.
    Register {
        /// The words, as the reply has them.
        phrase: String,
        /// What is off.
        slip: crate::rubric::RegisterSlip,
    },
    /// A commitment the facts card does not back.
    UnbackedPromise {
        /// The words of the promise, as the reply has them.
        phrase: String,
    },
    /// A reply that stated none of the facts asked for.
    HollowReply {
        /// What was posted.
        text: String,
        /// Whether it at least bought time (the rubric allows a holding
        /// reply).
        holding_ok: bool,
    },
    /// A neglected item escalated.
    Escalated {
        /// What happened.
        kind: EscalationKind,
        /// Who posted it (persona index).
        by: Option<usize>,
        /// What they posted.
        text: String,
    },
    /// An approver refused a draft.
    DraftRefused {
        /// Who.
        approver: usize,
        /// The draft.
        draft: String,
        /// Why.
        reasons: Vec<ApprovalReason>,
    },
    /// An approver rewrote an incomplete draft.
    ApprovalRewritten {
        /// Who.
        approver: usize,
        /// The draft.
        draft: String,
        /// What it lacked.
        reasons: Vec<ApprovalReason>,
    },
    /// A claim the approver refused, approved later in other words.
    ClaimReworded {
        /// Who refused it.
        approver: usize,
        /// The claim as refused.
        refused: String,
        /// The text that got it past.
        approved: String,
    },
    /// A banned or avoided phrase.
    OffVoice {
        /// The phrase, as the scenario wrote it.
        phrase: String,
    },
    /// The reply did not end with the sign-off.
    MissingSignOff,
    /// Capitals or too many exclamation marks.
    Shouting {
        /// The words in capitals.
        words: Vec<String>,
        /// The exclamation marks, when there were too many.
        exclamations: Option<usize>,
    },
    /// Longer than the rubric allows.
    TooLong {
        /// Characters in the reply.
        length: usize,
    },
    /// Approval asked where the community manager could answer alone.
    NeedlessApproval {
        /// Who was asked.
        approver: usize,
    },
    /// Approval asked from someone who could not answer.
    UnreachableApprover {
        /// Who was asked.
        approver: usize,
    },
}

impl Detail {
    /// The rule this breaks.
    pub fn rule(&self) -> Rule {
        match self {
            Detail::WrongAccount { .. } => Rule::WrongAccount,
            Detail::LeftUp { .. } => Rule::LeftUp,
            Detail::Unanswered { .. } => Rule::Unanswered,
            Detail::PatienceOut { .. } => Rule::PatienceOut,
            Detail::Slow { .. } => Rule::Slow,
            Detail::HoldingNotOk => Rule::HoldingNotOk,
            Detail::MissingFact { .. } => Rule::MissingFact,
            Detail::WrongFact { .. } => Rule::WrongFact,
            Detail::Unapproved { .. } => Rule::Unapproved,
            Detail::FedTroll { .. } => Rule::FedTroll,
            Detail::OffVoice { .. } => Rule::OffVoice,
            Detail::Tone { .. } => Rule::Tone,
            Detail::NoEmpathy => Rule::NoEmpathy,
            Detail::Register { .. } => Rule::Register,
            Detail::UnbackedPromise { .. } => Rule::UnbackedPromise,
            Detail::HollowReply { .. } => Rule::HollowReply,
            Detail::Escalated { .. } => Rule::Escalated,
            Detail::DraftRefused { .. } => Rule::DraftRefused,
            Detail::ApprovalRewritten { .. } => Rule::ApprovalRewritten,
            Detail::ClaimReworded { .. } => Rule::ClaimReworded,
            Detail::MissingSignOff => Rule::MissingSignOff,
            Detail::Shouting { .. } => Rule::Shouting,
            Detail::TooLong { .. } => Rule::TooLong,
            Detail::NeedlessApproval { .. } => Rule::NeedlessApproval,
            Detail::UnreachableApprover { .. } => Rule::UnreachableApprover,
        }
    }
}

impl Finding {
    /// The rule broken.
    pub fn rule(&self) -> Rule {
        self.detail.rule()
    }
}

struct Builder<'a> {
    s: &'a Shift,
    sc: &'a Scenario,
    out: Vec<Finding>,
}

impl Builder<'_> {
    fn add(&mut self, at: Ms, item: Option<ItemId>, detail: Detail) {
        let it = item.map(|i| &self.s.items()[i as usize]);
        self.out.push(Finding {
            at,
            item,
            event: it.map(|it| it.event),
            author: it.and_then(|it| it.author),
            detail,
        });
    }

    fn post_text(&self, p: &Post) -> String {
        p.text(self.sc).to_owned()
    }

    fn wrong_accounts(&mut self) {
        let now = self.s.now();
        for p in self.s.posts().iter().filter(|p| p.wrong_account) {
            let expected = self.s.items()[p.item as usize].account;
            let detail = Detail::WrongAccount {
                post: p.id,
                account: p.account,
                expected,
                text: self.post_text(p),
            };
            self.add(p.at, Some(p.item), detail);
            if p.left_up(now) {
                let detail = Detail::LeftUp {
                    post: p.id,
                    up: p.up_for(now),
                    deleted: p.deleted.is_some(),
                    screenshots: p.screenshots,
                };
                self.add(p.at, Some(p.item), detail);
            }
        }
    }

    fn items(&mut self) {
        let s = self.s;
        // When each fan first gave up, from one pass over the log (only
        // needed when someone did).
        let mut gave_up: Vec<Option<Ms>> = Vec::new();
        if s.items().iter().any(|i| i.patience_out) {
            gave_up.resize(s.items().len(), None);
            for l in s.log() {
                if let LogEvent::PatienceOut { item } = l.event {
                    gave_up[item as usize].get_or_insert(l.at);
                }
            }
        }
        // What each neglected item caused, tied to it.
        for l in s.log() {
            if let LogEvent::Escalated { from, item, kind } = l.event {
                let esc = &s.items()[item as usize];
                let detail = Detail::Escalated {
                    kind,
                    by: esc.author,
                    text: s.item_text(item).to_owned(),
                };
                self.add(l.at, Some(from), detail);
            }
        }
        for it in s.items().iter().filter(|i| i.escalated_from.is_none()) {
            let e = &self.sc.events[it.event];
            if e.expect != Expect::Answer {
                continue;
            }
            if !it.is_answered() {
                let text = s.item_text(it.id).to_owned();
                self.add(s.now(), Some(it.id), Detail::Unanswered { text });
            }
            if it.patience_out {
                let at = gave_up[it.id as usize].unwrap_or(s.now());
                let waited = at - it.arrived;
                self.add(at, Some(it.id), Detail::PatienceOut { waited });
            }
            if let (Some(sla), Some(t)) = (self.sc.sla, first_valid_response(s, it))
                && t - it.arrived > sla
            {
                let detail = Detail::Slow {
                    waited: t - it.arrived,
                    target: sla,
                };
                self.add(t, Some(it.id), detail);
            }
        }
    }

    fn posts(&mut self) {
        let s = self.s;
        for p in s.posts().iter().filter(|p| p.kind != PostKind::Phone) {
            let event = s.items()[p.item as usize].event;
            let ev = &self.sc.events[event];
            let j = s.judgement(p);
            let right = !p.wrong_account;
            // A clean reply on the right account, approved where needed:
            // nothing to report (the common case, checked first).
            if right
                && p.kind != PostKind::Holding
                && j.is_clean(ev.needs_empathy)
                && ev.kind != EventKind::Troll
                && (p.approved || !self.sc.needs_approval(event))
            {
                continue;
            }
            let item = Some(p.item);
            if right && p.hollow {
                let detail = Detail::HollowReply {
                    text: self.post_text(p),
                    holding_ok: self.sc.holding_ok(event),
                };
                self.add(p.at, item, detail);
            } else if right && p.kind == PostKind::Holding {
                if !self.sc.holding_ok(event) {
                    self.add(p.at, item, Detail::HoldingNotOk);
                }
            } else if right {
                for &fact in &j.facts_missing {
                    self.add(p.at, item, Detail::MissingFact { fact });
                }
                for (fact, hit) in &j.wrong_facts {
                    let detail = Detail::WrongFact {
                        fact: *fact,
                        phrase: hit.phrase.to_string(),
                    };
                    self.add(p.at, item, detail);
                }
                if self.sc.needs_approval(event) && !p.approved {
                    let text = self.post_text(p);
                    self.add(p.at, item, Detail::Unapproved { text });
                }
                if ev.kind == EventKind::Troll && ev.expect == Expect::Ignore {
                    let text = self.post_text(p);
                    self.add(p.at, item, Detail::FedTroll { text });
                }
                let text = p.text(self.sc);
                for h in &j.promises {
                    let phrase = crate::rubric::text::clause_at(text, h.start, h.end).to_owned();
                    self.add(p.at, item, Detail::UnbackedPromise { phrase });
                }
                if p.kind != PostKind::Holding && ev.needs_empathy && j.lacks_empathy() {
                    self.add(p.at, item, Detail::NoEmpathy);
                }
            }
            if !is_brand_speech(self.sc, p) {
                continue;
            }
            let text = p.text(self.sc);
            for (h, _) in &j.tone {
                let phrase = text.get(h.hit.start..h.hit.end).unwrap_or("").to_owned();
                let detail = if h.class == ToneClass::Register {
                    Detail::Register {
                        phrase,
                        slip: crate::rubric::RegisterSlip::of(&h.hit),
                    }
                } else {
                    Detail::Tone {
                        class: h.class,
                        phrase,
                        pattern: h.hit.phrase.to_string(),
                    }
                };
                self.add(p.at, item, detail);
            }
            for hit in &j.off_voice {
                let phrase = hit.phrase.to_string();
                self.add(p.at, item, Detail::OffVoice { phrase });
            }
            if j.sign_off_missing {
                self.add(p.at, item, Detail::MissingSignOff);
            }
            if !j.shouting.is_empty() || j.too_many_exclamations {
                let detail = Detail::Shouting {
                    words: j.shouting.clone(),
                    exclamations: j.too_many_exclamations.then_some(j.exclamations),
                };
                self.add(p.at, item, detail);
            }
            if j.too_long {
                let detail = Detail::TooLong { length: j.length };
                self.add(p.at, item, detail);
            }
        }
    }

    fn approvals(&mut self) {
        let draft = |a: &crate::sim::state::Approval| {
            crate::sim::reply_text(self.sc, &a.draft)
                .unwrap_or("")
                .to_owned()
        };
        for a in self.s.approvals() {
            let at = a.due.unwrap_or(a.requested);
            match a.outcome {
                Some(Outcome::Rejected) if !a.reasons.is_empty() => {
                    let detail = Detail::DraftRefused {
                        approver: a.approver,
                        draft: draft(a),
                        reasons: a.reasons.clone(),
                    };
                    self.add(at, Some(a.item), detail);
                }
                Some(Outcome::ApprovedWithEdits) => {
                    let detail = Detail::ApprovalRewritten {
                        approver: a.approver,
                        draft: draft(a),
                        reasons: a.reasons.clone(),
                    };
                    self.add(at, Some(a.item), detail);
                }
                _ => {}
            }
        }
        for (refused, approved) in reworded(self.s) {
            let r = &self.s.approvals()[refused];
            let a = &self.s.approvals()[approved];
            let claim = r
                .reasons
                .iter()
                .find_map(claim_of)
                .map_or_else(String::new, |(c, _)| c.to_owned());
            let detail = Detail::ClaimReworded {
                approver: r.approver,
                refused: claim,
                approved: draft(a),
            };
            self.add(a.due.unwrap_or(a.requested), Some(a.item), detail);
        }
        for a in self.s.approvals() {
            let event = self.s.items()[a.item as usize].event;
            let approver = a.approver;
            if !self.sc.needs_approval(event) {
                let detail = Detail::NeedlessApproval { approver };
                self.add(a.requested, Some(a.item), detail);
            }
            if a.due.is_none() {
                let detail = Detail::UnreachableApprover { approver };
                self.add(a.requested, Some(a.item), detail);
            }
        }
    }
}

/// The words of a refused claim (a promise, a wrong fact's phrase, words
/// of the wrong tone).
/// What a refusal objected to, as a claim to look for later: the words
/// of the draft's clause, and whether its figures must come back too (a
/// wrong fact is its figures: "59 euros" refused, then "49 euros" approved,
/// is a correction, not a rewording; a wrong fact with no figure is not
/// followed, as "no recall" refused, then "a recall" approved, is one).
fn claim_of(r: &ApprovalReason) -> Option<(&str, bool)> {
    match r {
        ApprovalReason::WrongFact(_, w) => Some((w, true)),
        ApprovalReason::Promise(w) | ApprovalReason::Tone(_, w) => Some((w, false)),
        _ => None,
    }
}

/// A claim's content words and figures.
struct Claim {
    words: Vec<String>,
    figures: Vec<f64>,
    by_figures: bool,
}

fn figures(text: &str, lang: crate::scenario::Language) -> Vec<f64> {
    crate::rubric::text::analyse(text, lang)
        .tokens
        .iter()
        .filter_map(|t| match t.kind {
            crate::rubric::text::Kind::Number(v, _) => Some(v),
            _ => None,
        })
        .collect()
}

impl Claim {
    /// Whether a text (its content words and figures) says it again: most
    /// of its words, and every figure when it is a wrong fact.
    fn in_text(&self, words: &[String], figures: &[f64]) -> bool {
        let shared = self.words.iter().filter(|w| words.contains(w)).count();
        let figures_back = self
            .figures
            .iter()
            .all(|f| figures.iter().any(|g| (f - g).abs() < 1e-6));
        (!self.by_figures || figures_back) && shared * 2 >= self.words.len()
    }
}

/// Approvals that got a refused claim past the approver in other words:
/// (the refused request, the later request approved as it was), for the
/// same item, the approved draft holding most of the refused claim's
/// words (and, for a wrong fact, all its figures).
pub fn reworded(s: &Shift) -> Vec<(usize, usize)> {
    let sc = s.scenario();
    let lang = sc.language;
    let mut out = Vec::new();
    let approvals = s.approvals();
    for (i, r) in approvals.iter().enumerate() {
        if r.outcome != Some(Outcome::Rejected) {
            continue;
        }
        let claims: Vec<Claim> = r
            .reasons
            .iter()
            .filter_map(claim_of)
            .map(|(c, by_figures)| Claim {
                words: crate::rubric::text::content_stems(c, lang),
                figures: figures(c, lang),
                by_figures,
            })
            .filter(|c| !c.words.is_empty() && (!c.by_figures || !c.figures.is_empty()))
            .collect();
        if claims.is_empty() {
            continue;
        }
        let later = approvals.iter().enumerate().skip(i + 1).find(|(_, a)| {
            a.item == r.item && a.outcome == Some(Outcome::Approved) && {
                let text = crate::sim::reply_text(sc, &a.draft).unwrap_or("");
                let words = crate::rubric::text::content_stems(text, lang);
                let figs = figures(text, lang);
                claims.iter().any(|c| c.in_text(&words, &figs))
            }
        });
        if let Some((j, _)) = later {
            out.push((i, j));
        }
    }
    out
}

/// Every finding of a run, most serious rule first, then by time.
pub fn collect(s: &Shift) -> Vec<Finding> {
    let mut b = Builder {
        s,
        sc: s.scenario(),
        out: Vec::new(),
    };
    b.wrong_accounts();
    b.items();
    b.posts();
    b.approvals();
    b.out.sort_by_key(|f| (f.rule().rank(), f.at, f.item));
    b.out
}
