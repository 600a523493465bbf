//! Semantic validation and compilation of a parsed scenario file.
//!
//! Every problem is reported (not only the first) at the position of the
//! offending item; the scenario is built only when there is no error.

use super::approvers::build_approver;
use super::confusable;
use super::diagnostic::{Diagnostic, Severity, has_errors};
use super::duration::{Dur, Ms};
use super::model::*;
use super::span::{Pos, Spanned};
use super::timeline::{Refs, build_event, check_times, order_events};
use super::types::*;
use crate::rubric::{Phrase, judge};
use crate::untrusted::{MAX_DIAGNOSTICS, MAX_ID, echo_list};
use std::collections::HashMap;
use std::path::Path;

/// The longest shift a scenario may describe.
const MAX_SHIFT: Ms = 24 * 3_600_000;

/// Collects diagnostics with positions in one file, up to
/// [`MAX_DIAGNOSTICS`]; past it, only counts them.
pub(super) struct Ctx<'a> {
    src: &'a str,
    path: &'a Path,
    pub(super) diags: Vec<Diagnostic>,
    omitted: Omitted,
}

/// Diagnostics found but not kept (past [`MAX_DIAGNOSTICS`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Omitted {
    /// How many.
    pub total: usize,
    /// How many of them are errors.
    pub errors: usize,
}

impl Ctx<'_> {
    pub(super) fn pos(&self, s: &Spanned, anchor: Option<&Spanned>) -> Pos {
        let off = s.offset.or_else(|| anchor.and_then(|a| a.offset));
        off.map_or(Pos { line: 1, col: 1 }, |o| Pos::of_offset(self.src, o))
    }

    fn push(&mut self, sev: Severity, s: &Spanned, anchor: Option<&Spanned>, msg: String) {
        if self.diags.len() >= MAX_DIAGNOSTICS {
            self.omitted.total += 1;
            self.omitted.errors += usize::from(sev == Severity::Error);
            return;
        }
        let pos = self.pos(s, anchor);
        self.diags.push(Diagnostic {
            path: self.path.to_owned(),
            pos,
            severity: sev,
            message: msg,
        });
    }

    /// Whether no more diagnostics are kept (the next ones are only
    /// counted): a caller may then skip building a costly message.
    pub(super) fn full(&self) -> bool {
        self.diags.len() >= MAX_DIAGNOSTICS
    }

    /// Counts an error without keeping it (see [`Ctx::full`]).
    pub(super) fn count_error(&mut self) {
        self.omitted.total += 1;
        self.omitted.errors += 1;
    }

    /// Whether any error was found, kept or not.
    pub(super) fn has_errors(&self) -> bool {
        self.omitted.errors > 0 || has_errors(&self.diags)
    }

    pub(super) fn error(&mut self, s: &Spanned, msg: String) {
        self.push(Severity::Error, s, None, msg);
    }

    pub(super) fn error_in(&mut self, s: &Spanned, anchor: &Spanned, msg: String) {
        self.push(Severity::Error, s, Some(anchor), msg);
    }

    pub(super) fn warn(&mut self, s: &Spanned, msg: String) {
        self.push(Severity::Warning, s, None, msg);
    }

    /// Parses a duration, reporting a bad one.
    pub(super) fn dur(&mut self, d: &Dur, anchor: &Spanned) -> Ms {
        d.ms().unwrap_or_else(|m| {
            self.error_in(&d.0, anchor, m.to_string());
            0
        })
    }
}

/// The ids of one kind, to their indices; with the skeletons of the ids
/// that hold a look-alike letter or an invisible character, to tell a
/// reference that only looks right.
pub(super) struct IdMap<'a> {
    ids: HashMap<&'a str, usize>,
    looks: HashMap<String, &'a str>,
}

impl<'a> std::ops::Deref for IdMap<'a> {
    type Target = HashMap<&'a str, usize>;
    fn deref(&self) -> &Self::Target {
        &self.ids
    }
}

impl IdMap<'_> {
    /// The defined id that `r` looks like, if `r` is not one.
    fn twin(&self, r: &str) -> Option<&str> {
        if confusable::is_tricky(r) {
            let sk = confusable::skeleton(r);
            self.ids
                .get_key_value(sk.as_str())
                .map(|(k, _)| *k)
                .or_else(|| self.looks.get(&sk).copied())
        } else {
            self.looks.get(r).copied()
        }
        .filter(|t| *t != r)
    }
}

/// Maps ids to indices, reporting duplicates, ids too long, and ids that
/// look like another one.
pub(super) fn index<'a, T>(
    cx: &mut Ctx,
    what: &str,
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a Spanned,
) -> IdMap<'a> {
    let mut map = IdMap {
        ids: HashMap::new(),
        looks: HashMap::new(),
    };
    for (i, item) in items.iter().enumerate() {
        let s = id(item);
        if s.value.trim().is_empty() {
            cx.error(s, format!("{what} id is empty"));
        } else if s.value.chars().count() > MAX_ID {
            cx.error(
                s,
                format!(
                    "{what} id `{s}` has {} characters: ids go up to {MAX_ID}",
                    s.value.chars().count()
                ),
            );
        } else if let Some(&first) = map.ids.get(s.as_str()) {
            let first = cx.pos(id(&items[first]), None);
            cx.error(
                s,
                format!("duplicate {what} id `{s}` (first defined at {first})"),
            );
        } else {
            if let Some(twin) = map.twin(s) {
                let other = &items[map.ids[twin]];
                let at = cx.pos(id(other), None);
                cx.warn(
                    s,
                    format!(
                        "{what} ids `{s}` and `{}` (at {at}) look alike: one holds a look-alike letter or an invisible character; rename one",
                        id(other)
                    ),
                );
            }
            map.ids.insert(s.as_str(), i);
            if confusable::is_tricky(s) {
                map.looks.insert(confusable::skeleton(s), s.as_str());
            }
        }
    }
    map
}

/// Resolves a reference, reporting an unknown id with the known ones.
pub(super) fn resolve(
    cx: &mut Ctx,
    what: &str,
    map: &IdMap,
    r: &Spanned,
    anchor: &Spanned,
) -> Option<usize> {
    let found = map.get(r.as_str()).copied();
    if found.is_none() && cx.full() {
        cx.count_error();
    } else if found.is_none() {
        let msg = match map.twin(r) {
            Some(t) => format!(
                "unknown {what} `{r}`: it looks like `{}`, but one of them holds a look-alike letter or an invisible character",
                crate::untrusted::echo(t)
            ),
            None => {
                let mut known: Vec<&str> = map.keys().copied().collect();
                known.sort_unstable();
                let list = if known.is_empty() {
                    format!("no {what} is defined")
                } else {
                    format!("known: {}", echo_list(known))
                };
                format!("unknown {what} `{r}` ({list})")
            }
        };
        cx.error_in(r, anchor, msg);
    }
    found
}

/// Trainers' phrases (`banned`, `avoid`), compiled in the scenario's
/// language; a phrase with no word is an error.
pub(super) fn phrases(
    cx: &mut Ctx,
    list: &[Spanned],
    anchor: &Spanned,
    lang: Language,
) -> Vec<Phrase> {
    list.iter()
        .filter_map(|s| {
            let p = Phrase::phrase(s, lang);
            if p.is_none() {
                cx.error_in(s, anchor, format!("`{s}` has no word to match"));
            }
            p
        })
        .collect()
}

fn colour(cx: &mut Ctx, c: &Spanned, anchor: &Spanned) -> [u8; 3] {
    let hex = c.strip_prefix('#').unwrap_or("");
    let parsed = (hex.len() == 6 && hex.is_ascii())
        .then(|| u32::from_str_radix(hex, 16).ok())
        .flatten();
    match parsed {
        Some(v) => [(v >> 16) as u8, (v >> 8) as u8, v as u8],
        None => {
            cx.error_in(
                c,
                anchor,
                format!("`{c}` is not a colour: write \"#rrggbb\", like \"#c0392b\""),
            );
            [128, 128, 128]
        }
    }
}

/// Validates and compiles a parsed file. Returns the scenario (meaningful
/// only when no diagnostic is an error) and every diagnostic. `had_errors`:
/// reading the file found errors already (misspelt fields, skipped), so
/// the checks that only run on error-free files are skipped too.
pub fn compile(
    mut f: ScenarioFile,
    src: &str,
    path: &Path,
    had_errors: bool,
) -> (Option<Scenario>, Vec<Diagnostic>, Omitted) {
    let mut cx = Ctx {
        src,
        path,
        diags: Vec::new(),
        omitted: Omitted::default(),
    };
    super::limits::apply(&mut cx, &mut f);
    let f = &f;
    let s = build(&mut cx, f);
    super::lint::saved_reply_lengths(&mut cx, f, &s);
    super::lint::rubric_lengths(&mut cx, f, &s);
    if !had_errors && !cx.has_errors() {
        super::lint::check(&mut cx, f, &s);
    }
    (Some(s), cx.diags, cx.omitted)
}

fn build(cx: &mut Ctx, f: &ScenarioFile) -> Scenario {
    let top = &f.id;
    if top.value.trim().is_empty() {
        cx.error(top, "the scenario id is empty".into());
    }
    let duration = cx.dur(&f.duration, top);
    if duration == 0 && f.duration.ms().is_ok() {
        cx.error_in(&f.duration.0, top, "the shift lasts no time at all".into());
    } else if duration > MAX_SHIFT {
        cx.error_in(
            &f.duration.0,
            top,
            "a shift lasts at most 24h: split a longer story into several scenarios".into(),
        );
    }
    if !(1..=5).contains(&f.difficulty) {
        cx.error(
            top,
            format!("difficulty {} is out of range 1–5", f.difficulty),
        );
    }

    // Accounts.
    let acc_ix = index(cx, "account", &f.accounts, |a| &a.id);
    let accounts: Vec<AccountInfo> = f
        .accounts
        .iter()
        .map(|a| AccountInfo {
            id: a.id.value.clone(),
            network: a.network,
            handle: a.handle.clone(),
            name: a.name.clone(),
            colour: colour(cx, &a.colour, &a.id),
            owner: a.owner.clone(),
        })
        .collect();
    if !accounts.iter().any(|a| a.owner == Owner::Brand) {
        cx.error(
            top,
            "the scenario has no account with `owner: Brand`".into(),
        );
    }
    let personas: Vec<PersonaInfo> = f
        .personas
        .iter()
        .map(|p| PersonaInfo {
            id: p.id.value.clone(),
            name: p.name.clone(),
            handle: p.handle.clone(),
            followers: p.followers,
            bio: p.bio.clone(),
        })
        .collect();
    let per_ix = index(cx, "persona", &f.personas, |p| &p.id);

    // Topics and approvers.
    let all_topics: Vec<(&Spanned, bool)> = f
        .policy
        .autonomous
        .iter()
        .map(|t| (t, false))
        .chain(f.policy.needs_approval.iter().map(|t| (t, true)))
        .collect();
    let topic_ids: Vec<&Spanned> = all_topics.iter().map(|t| t.0).collect();
    let top_ix = index(cx, "topic", &topic_ids, |t| t);
    let topics: Vec<TopicInfo> = all_topics
        .iter()
        .map(|(t, a)| TopicInfo {
            id: t.value.clone(),
            needs_approval: *a,
        })
        .collect();
    let appr_ix = index(cx, "approver", &f.policy.approvers, |a| &a.id);
    let approvers: Vec<ApproverInfo> = f
        .policy
        .approvers
        .iter()
        .map(|a| build_approver(cx, a, &top_ix, &appr_ix, duration))
        .collect();
    for (t, needs) in &all_topics {
        let i = top_ix.get(t.as_str()).copied();
        if *needs && i.is_some_and(|i| !approvers.iter().any(|a| a.topics.contains(&i))) {
            cx.error(
                t,
                format!("topic `{t}` needs approval but no approver covers it (add it to an approver's `topics`)"),
            );
        }
    }
    let sla = f.policy.sla.as_ref().map(|d| cx.dur(d, top));

    // Facts, voice, rubrics.
    let facts = &f.brand.facts;
    let (voice, matchers, rub_ix) = super::judging::compile(cx, f);
    let v = &f.brand.voice;
    let wrong = &f.brand.wrong_facts;

    // Saved replies.
    let reply_ix = index(cx, "saved reply", &f.replies, |r| &r.id);
    let replies: Vec<ReplyInfo> = f
        .replies
        .iter()
        .map(|r| ReplyInfo {
            id: r.id.value.clone(),
            label: r.label.clone(),
            text: r.text.clone(),
            topic: r
                .topic
                .as_ref()
                .and_then(|t| resolve(cx, "topic", &top_ix, t, &r.id)),
            length: r.text.chars().count(),
            blank: r.text.trim().is_empty(),
        })
        .collect();
    let _ = reply_ix;

    // Events.
    let ev_ix = index(cx, "event", &f.events, |e| &e.id);
    let events: Vec<EventInfo> = f
        .events
        .iter()
        .map(|e| {
            build_event(
                cx,
                e,
                &Refs {
                    accounts: &acc_ix,
                    account_list: &accounts,
                    personas: &per_ix,
                    persona_list: &personas,
                    topics: &top_ix,
                    rubrics: &rub_ix,
                    events: &ev_ix,
                },
            )
        })
        .collect();
    let arrival_order = order_events(cx, f, &events);
    check_times(cx, f, &events, &arrival_order, duration);

    let composer_start = match &f.composer.start {
        Some(a) => resolve(cx, "account", &acc_ix, a, top).unwrap_or(0),
        None => accounts
            .iter()
            .position(|a| a.owner == Owner::Brand)
            .unwrap_or(0),
    };

    // Scoring.
    if f.scoring.weights.total() == 0 {
        cx.error(top, "scoring weights are all zero".into());
    }
    if f.scoring.pass_mark > 100 {
        cx.error(
            top,
            format!("pass mark {} is above 100", f.scoring.pass_mark),
        );
    }

    let holding = v
        .holding
        .as_ref()
        .map(|h| h.value.clone())
        .unwrap_or_else(|| match f.language {
            Language::En => {
                "Thanks for your message, we're looking into it and will get back to you shortly."
                    .into()
            }
            Language::Fr => {
                "Merci pour votre message, nous regardons cela et revenons vers vous très vite."
                    .into()
            }
        });
    let holding = match &v.sign_off {
        Some(sig) if v.holding.is_none() => format!("{holding} {sig}"),
        _ => holding,
    };

    let rubrics = super::judging::judge_replies(f, matchers, &replies, &voice);

    let mut s = Scenario {
        id: f.id.value.clone(),
        title: f.title.clone(),
        language: f.language,
        summary: f.summary.clone(),
        goal: f.goal.clone(),
        bulletin: f.bulletin.clone(),
        difficulty: f.difficulty,
        lessons: f.lessons.clone(),
        clock_start: f.clock_start.clone(),
        duration,
        brand: BrandInfo {
            name: f.brand.name.clone(),
            home: f.brand.home.clone(),
            tone: v.tone.clone(),
            values: v.values.clone(),
            banned: v.banned.iter().map(|b| b.value.clone()).collect(),
            sign_off: v.sign_off.clone(),
            facts: facts
                .iter()
                .map(|x| (x.id.value.clone(), x.text.clone()))
                .collect(),
            wrong_facts: wrong
                .iter()
                .map(|x| (x.id.value.clone(), x.text.clone()))
                .collect(),
        },
        accounts,
        personas,
        topics,
        approvers,
        sla,
        composer_start,
        follows_selection: f.composer.follows_selection,
        events,
        arrival_order,
        replies,
        rubrics,
        holding_judged: [Network::Microblog, Network::Page, Network::Messages]
            .map(|n| judge(&holding, &voice, None, n.limit())),
        voice,
        holding,
        weights: f.scoring.weights,
        pass_mark: f.scoring.pass_mark,
        fail_on: fail_on(f),
        debrief: f.debrief.clone(),
    };
    for e in 0..s.events.len() {
        s.events[e].best_reply = s.find_best_reply(e);
    }
    s
}

/// The rules that fail the shift: the scenario's `fail_on`, else those of
/// its lessons (posting unapproved, or a refused claim reworded, on a
/// validation day; feeding the troll or a contemptuous, sarcastic,
/// blaming, aggressive or dismissive reply on a voice day; a fan left
/// until their patience runs out on a speed day; a wrong fact on a crisis
/// day, where it is what the story becomes); a wrong account always.
fn fail_on(f: &ScenarioFile) -> Vec<Rule> {
    let mut v = vec![Rule::WrongAccount];
    match &f.scoring.fail_on {
        Some(list) => v.extend(list.iter().copied()),
        None => {
            for l in &f.lessons {
                match l {
                    Lesson::Validation => v.extend([Rule::Unapproved, Rule::ClaimReworded]),
                    Lesson::Voice => v.extend([Rule::FedTroll, Rule::Tone]),
                    Lesson::Speed => v.push(Rule::PatienceOut),
                    Lesson::Crisis => v.push(Rule::WrongFact),
                    _ => {}
                }
            }
        }
    }
    v.sort_by_key(|r| r.rank());
    v.dedup();
    v
}
