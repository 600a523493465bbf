//! Debrief findings: each broken rule, with its time, the item, what
//! happened, why it matters (the scenario's text, or the default), and the
//! ideal answer.

use super::dimensions::{DELETE_WITHIN, first_valid_response, is_brand_speech};
use super::texts::{tr, why};
use crate::scenario::duration::clock;
use crate::scenario::{EventKind, Expect, Language, Ms, Owner, Rule, Scenario};
use crate::sim::log::{LogEvent, PostKind};
use crate::sim::state::Post;
use crate::sim::{ItemId, Shift};
use serde::Serialize;

/// One broken rule, ready for the debrief screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule.
    pub rule: Rule,
    /// When it happened (simulation ms).
    pub at: Ms,
    /// The item concerned.
    pub item: Option<ItemId>,
    /// The scenario event id of that item.
    pub event: Option<String>,
    /// What happened, specifically.
    pub what: String,
    /// Why it matters.
    pub why: String,
    /// What the ideal was.
    pub ideal: Option<String>,
}

fn excerpt(text: &str) -> String {
    let t: String = text.chars().take(80).collect();
    if t.len() < text.len() {
        format!("{t}…")
    } else {
        t
    }
}

struct Builder<'a, 's> {
    s: &'a Shift<'s>,
    sc: &'s Scenario,
    lang: Language,
    out: Vec<Finding>,
}

impl Builder<'_, '_> {
    fn ideal(&self, item: ItemId) -> Option<String> {
        let e = self.s.items()[item as usize].event;
        let ev = &self.sc.events[e];
        ev.ideal.clone().or_else(|| {
            let r = self.sc.best_reply(e)?;
            (ev.expect != Expect::Ignore).then(|| self.sc.replies[r].text.clone())
        })
    }

    fn add(&mut self, rule: Rule, at: Ms, item: Option<ItemId>, what: String) {
        let why = self
            .sc
            .debrief
            .get(&rule)
            .cloned()
            .unwrap_or_else(|| why(rule, self.lang).to_owned());
        let event = item.map(|i| self.sc.events[self.s.items()[i as usize].event].id.clone());
        let ideal = item.and_then(|i| self.ideal(i));
        self.out.push(Finding {
            rule,
            at,
            item,
            event,
            what,
            why,
            ideal,
        });
    }

    fn handle(&self, account: usize) -> String {
        let a = &self.sc.accounts[account];
        let owner = match (&a.owner, self.lang) {
            (Owner::Brand, Language::En) => "brand".to_owned(),
            (Owner::Brand, Language::Fr) => "marque".to_owned(),
            (Owner::Personal, Language::En) => "personal".to_owned(),
            (Owner::Personal, Language::Fr) => "personnel".to_owned(),
            (Owner::Client(c), _) => c.clone(),
        };
        format!("{} ({:?}, {owner})", a.handle, a.network)
    }

    fn post_text(&self, p: &Post) -> String {
        excerpt(p.text(self.sc))
    }

    fn wrong_accounts(&mut self) {
        let now = self.s.now();
        for p in self.s.posts().iter().filter(|p| p.wrong_account) {
            let target = self.s.items()[p.item as usize].account;
            let what = format!(
                "{} {} {} {}: « {} »",
                tr(self.lang, "Posted on", "Publié sur"),
                self.handle(p.account),
                tr(self.lang, "instead of", "au lieu de"),
                self.handle(target),
                self.post_text(p)
            );
            self.add(Rule::WrongAccount, p.at, Some(p.item), what);
            let up = p.deleted.unwrap_or(now) - p.at;
            if up > DELETE_WITHIN {
                let what = match self.lang {
                    Language::En => format!(
                        "The post stayed up {} ({}) and was screenshotted {} times.",
                        clock(up),
                        if p.deleted.is_some() {
                            "then deleted"
                        } else {
                            "never deleted"
                        },
                        p.screenshots
                    ),
                    Language::Fr => format!(
                        "Le message est resté en ligne {} ({}) et a été capturé {} fois.",
                        clock(up),
                        if p.deleted.is_some() {
                            "puis supprimé"
                        } else {
                            "jamais supprimé"
                        },
                        p.screenshots
                    ),
                };
                self.add(Rule::LeftUp, p.at, Some(p.item), what);
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
        for it in s.items().iter().filter(|i| i.escalated_from.is_none()) {
            let e = &self.sc.events[it.event];
            if e.expect != Expect::Answer {
                continue;
            }
            if !it.is_answered() {
                let what = format!(
                    "{} « {} »",
                    tr(
                        self.lang,
                        "No answer was given to",
                        "Aucune réponse n'a été donnée à"
                    ),
                    excerpt(s.item_text(it.id))
                );
                self.add(Rule::Unanswered, s.now(), Some(it.id), what);
            }
            if it.patience_out {
                let at = gave_up[it.id as usize].unwrap_or(s.now());
                let what = match self.lang {
                    Language::En => {
                        format!("The fan waited {} and gave up.", clock(at - it.arrived))
                    }
                    Language::Fr => format!(
                        "Le fan a attendu {} puis a abandonné.",
                        clock(at - it.arrived)
                    ),
                };
                self.add(Rule::PatienceOut, at, Some(it.id), what);
            }
            if let (Some(sla), Some(t)) = (self.sc.sla, first_valid_response(s, it))
                && t - it.arrived > sla
            {
                let what = match self.lang {
                    Language::En => format!(
                        "First answer after {} (target {}).",
                        clock(t - it.arrived),
                        clock(sla)
                    ),
                    Language::Fr => format!(
                        "Première réponse après {} (objectif {}).",
                        clock(t - it.arrived),
                        clock(sla)
                    ),
                };
                self.add(Rule::Slow, t, Some(it.id), what);
            }
        }
    }

    fn posts(&mut self) {
        let s = self.s;
        for p in s.posts().iter().filter(|p| p.kind != PostKind::Phone) {
            let ev = &self.sc.events[s.items()[p.item as usize].event];
            let j = &p.judgement;
            let right = !p.wrong_account;
            // A clean reply on the right account, approved where needed:
            // nothing to report (the common case, checked first).
            if right
                && p.kind != PostKind::Holding
                && j.is_clean()
                && ev.kind != EventKind::Troll
                && (p.approved || !self.sc.needs_approval(s.items()[p.item as usize].event))
            {
                continue;
            }
            if right && p.kind == PostKind::Holding {
                if ev
                    .rubric
                    .is_some_and(|r| !self.sc.rubrics[r].matcher.holding_ok)
                {
                    let what = tr(self.lang, "A holding reply was sent where the answer itself was needed.", "Une réponse d'attente a été envoyée là où il fallait la réponse elle-même.").to_owned();
                    self.add(Rule::HoldingNotOk, p.at, Some(p.item), what);
                }
            } else if right {
                for &f in &j.facts_missing {
                    let what = format!(
                        "{} {}",
                        tr(self.lang, "Missing fact:", "Information manquante :"),
                        self.sc.brand.facts[f].1
                    );
                    self.add(Rule::MissingFact, p.at, Some(p.item), what);
                }
                for (f, hit) in &j.wrong_facts {
                    let what = format!(
                        "{} « {} » — {}",
                        tr(self.lang, "Wrong fact stated:", "Information erronée :"),
                        hit.phrase,
                        self.sc.brand.wrong_facts[*f].1
                    );
                    self.add(Rule::WrongFact, p.at, Some(p.item), what);
                }
                if self.sc.needs_approval(s.items()[p.item as usize].event) && !p.approved {
                    let what = format!(
                        "{} « {} »",
                        tr(
                            self.lang,
                            "Posted without approval:",
                            "Publié sans validation :"
                        ),
                        self.post_text(p)
                    );
                    self.add(Rule::Unapproved, p.at, Some(p.item), what);
                }
                if ev.kind == EventKind::Troll && ev.expect == Expect::Ignore {
                    let what = format!(
                        "{} « {} »",
                        tr(self.lang, "Replied to a troll:", "Réponse à un troll :"),
                        self.post_text(p)
                    );
                    self.add(Rule::FedTroll, p.at, Some(p.item), what);
                }
            }
            if !is_brand_speech(self.sc, p) {
                continue;
            }
            for hit in &j.off_voice {
                let what = format!(
                    "{} « {} »",
                    tr(self.lang, "Off-voice wording:", "Formulation hors charte :"),
                    hit.phrase
                );
                self.add(Rule::OffVoice, p.at, Some(p.item), what);
            }
            if j.sign_off_missing {
                let sig = self.sc.brand.sign_off.clone().unwrap_or_default();
                let what = format!(
                    "{} {sig}",
                    tr(
                        self.lang,
                        "The reply does not end with the sign-off",
                        "La réponse ne se termine pas par la signature"
                    )
                );
                self.add(Rule::MissingSignOff, p.at, Some(p.item), what);
            }
            if !j.shouting.is_empty() || j.too_many_exclamations {
                let mut parts = j.shouting.clone();
                if j.too_many_exclamations {
                    parts.push(format!("{} × !", j.exclamations));
                }
                let what = format!(
                    "{} {}",
                    tr(self.lang, "Shouting:", "Ton criard :"),
                    parts.join(", ")
                );
                self.add(Rule::Shouting, p.at, Some(p.item), what);
            }
            if j.too_long {
                let what = match self.lang {
                    Language::En => {
                        format!("{} characters: over the limit for this reply.", j.length)
                    }
                    Language::Fr => format!(
                        "{} caractères : au-delà de la limite pour cette réponse.",
                        j.length
                    ),
                };
                self.add(Rule::TooLong, p.at, Some(p.item), what);
            }
        }
    }

    fn approvals(&mut self) {
        for a in self.s.approvals() {
            let event = self.s.items()[a.item as usize].event;
            let name = &self.sc.approvers[a.approver].name;
            if !self.sc.needs_approval(event) {
                let what = format!(
                    "{} {name}",
                    tr(
                        self.lang,
                        "Approval asked, though you could answer alone, from",
                        "Validation demandée alors que vous pouviez répondre seul, à"
                    )
                );
                self.add(Rule::NeedlessApproval, a.requested, Some(a.item), what);
            }
            if a.due.is_none() {
                let note = self.sc.approvers[a.approver]
                    .away_note
                    .clone()
                    .unwrap_or_default();
                let what = format!(
                    "{} {name}. {note}",
                    tr(
                        self.lang,
                        "The request went to someone who could not answer:",
                        "La demande est partie vers quelqu'un qui ne pouvait pas répondre :"
                    )
                );
                self.add(
                    Rule::UnreachableApprover,
                    a.requested,
                    Some(a.item),
                    what.trim_end().to_owned(),
                );
            }
        }
    }
}

/// Every finding of a run, most serious rule first, then by time.
pub fn collect(s: &Shift, lang: Language) -> Vec<Finding> {
    let sc = s.scenario();
    let mut b = Builder {
        s,
        sc,
        lang,
        out: Vec::new(),
    };
    b.wrong_accounts();
    b.items();
    b.posts();
    b.approvals();
    let rank = |r: Rule| Rule::ALL.iter().position(|&x| x == r).unwrap_or(usize::MAX);
    b.out.sort_by_key(|f| (rank(f.rule), f.at, f.item));
    b.out
}
