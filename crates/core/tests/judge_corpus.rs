//! The reply judge measured on the labelled corpus (`tests/corpus/`):
//! replies to the bundled scenarios' items, labelled by an expert's classes.
//! Prints precision and recall per class, for facts and for promises, on
//! the dev part (read while writing the built-in lists) and on the
//! held-out part (not read), and holds the judge to the targets on
//! dev (no on-voice reply penalised, at least 90 % of the off-voice ones
//! caught, paraphrased facts recognised at least 90 % of the time) and to
//! the floors of their measurement on the other parts.
//!
//! `ONBRAND_CORPUS_MISSES=1` prints every disagreement (dev parts only).

mod common;

use onbrand_core::rubric::{ToneClass, judge};
use onbrand_core::scenario::{Language, Scenario};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

#[derive(Deserialize)]
#[serde(rename = "Corpus")]
struct CorpusFile {
    lang: Language,
    replies: Vec<Entry>,
}

#[derive(Deserialize, Clone)]
struct Entry {
    id: String,
    scenario: String,
    event: String,
    text: String,
    tone: Vec<ToneClass>,
    promise: bool,
    facts: Vec<String>,
    #[allow(dead_code)]
    wrong: Vec<String>,
    note: String,
}

/// What the judge says of one reply.
struct Verdict {
    tone: Vec<ToneClass>,
    banned: Vec<String>,
    promise: bool,
    facts: Vec<String>,
    penalised: bool,
}

fn verdict(sc: &Scenario, e: &Entry) -> Verdict {
    let ev = sc
        .events
        .iter()
        .position(|x| x.id == e.event)
        .unwrap_or_else(|| panic!("{}: no event {}", e.id, e.event));
    let info = &sc.events[ev];
    let j = judge(
        &e.text,
        &sc.voice,
        sc.rubric_of(ev),
        sc.accounts[info.account].network.limit(),
    );
    let mut tone: Vec<ToneClass> = j.tone.iter().map(|(h, _)| h.class).collect();
    if info.needs_empathy && j.lacks_empathy() {
        tone.push(ToneClass::NoEmpathy);
    }
    let banned: Vec<String> = j.off_voice.iter().map(|h| h.phrase.to_string()).collect();
    let penalised = !tone.is_empty() || !banned.is_empty() || !j.promises.is_empty();
    Verdict {
        tone,
        banned,
        promise: !j.promises.is_empty(),
        facts: j
            .facts_found
            .iter()
            .map(|(f, _)| sc.brand.facts[*f].0.clone())
            .collect(),
        penalised,
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, truth: bool, said: bool) {
        match (truth, said) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            _ => {}
        }
    }
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

/// The measures of one part of the corpus.
#[derive(Default)]
struct Report {
    replies: usize,
    classes: BTreeMap<String, Counts>,
    off_voice: usize,
    caught: usize,
    on_voice: usize,
    on_voice_penalised: Vec<String>,
    promise: Counts,
    facts: Counts,
}

fn measure(part: &str, langs: &[&str], show: bool) -> Report {
    common::at_root();
    let mut cache: HashMap<String, Arc<Scenario>> = HashMap::new();
    let mut r = Report::default();
    for lang in langs {
        let path = format!("tests/corpus/{lang}-{part}.ron");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let corpus: CorpusFile = ron::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        for e in &corpus.replies {
            let sc_path = format!("scenarios/{}/{}", corpus.lang.code(), e.scenario);
            let sc = cache
                .entry(sc_path.clone())
                .or_insert_with(|| common::load(&sc_path))
                .clone();
            let v = verdict(&sc, e);
            r.replies += 1;
            for c in ToneClass::ALL {
                r.classes
                    .entry(format!("{c:?}"))
                    .or_default()
                    .add(e.tone.contains(&c), v.tone.contains(&c));
            }
            let off = !e.tone.is_empty();
            if off {
                r.off_voice += 1;
                if !v.tone.is_empty() || !v.banned.is_empty() {
                    r.caught += 1;
                } else if show {
                    eprintln!("MISSED {} {:?}: {} ({})", e.id, e.tone, e.text, e.note);
                }
            } else if !e.promise {
                r.on_voice += 1;
                if v.penalised {
                    r.on_voice_penalised.push(e.id.clone());
                    if show {
                        eprintln!(
                            "PENALISED {} tone {:?} banned {:?} promise {}: {}",
                            e.id, v.tone, v.banned, v.promise, e.text
                        );
                    }
                }
            }
            if show && off && !v.tone.is_empty() {
                for c in &v.tone {
                    if !e.tone.contains(c) {
                        eprintln!(
                            "WRONG CLASS {} said {c:?}, labelled {:?}: {}",
                            e.id, e.tone, e.text
                        );
                    }
                }
            }
            r.promise.add(e.promise, v.promise);
            if show && e.promise != v.promise {
                eprintln!(
                    "PROMISE {} labelled {} said {}: {}",
                    e.id, e.promise, v.promise, e.text
                );
            }
            let must: Vec<String> = sc
                .events
                .iter()
                .find(|x| x.id == e.event)
                .and_then(|x| x.rubric)
                .map(|rb| {
                    sc.rubrics[rb]
                        .matcher
                        .must
                        .iter()
                        .map(|f| sc.brand.facts[f.fact].0.clone())
                        .collect()
                })
                .unwrap_or_default();
            for f in &must {
                let truth = e.facts.contains(f);
                let said = v.facts.contains(f);
                r.facts.add(truth, said);
                if show && truth != said {
                    eprintln!(
                        "FACT {} {f}: labelled {truth} said {said}: {}",
                        e.id, e.text
                    );
                }
            }
        }
    }
    r
}

fn print(part: &str, r: &Report) {
    eprintln!("\n== {part}: {} replies", r.replies);
    eprintln!(
        "off-voice caught {}/{} ({:.0} %); on-voice penalised {}/{} {:?}",
        r.caught,
        r.off_voice,
        100.0 * r.caught as f64 / r.off_voice.max(1) as f64,
        r.on_voice_penalised.len(),
        r.on_voice,
        r.on_voice_penalised
    );
    for (c, k) in &r.classes {
        eprintln!(
            "  {c:<15} precision {:>5.1} %  recall {:>5.1} %  (tp {}, fp {}, fn {})",
            100.0 * k.precision(),
            100.0 * k.recall(),
            k.tp,
            k.fp,
            k.fn_
        );
    }
    for (name, k) in [("promise", r.promise), ("facts", r.facts)] {
        eprintln!(
            "  {name:<15} precision {:>5.1} %  recall {:>5.1} %  (tp {}, fp {}, fn {})",
            100.0 * k.precision(),
            100.0 * k.recall(),
            k.tp,
            k.fp,
            k.fn_
        );
    }
}

/// Holds one part to floors: at most `penalised` on-voice replies
/// penalised, at least `caught` of the off-voice ones caught and `facts`
/// of the stated facts recognised.
fn hold(part: &str, r: &Report, penalised: usize, caught: f64, facts: f64) {
    let c = r.caught as f64 / r.off_voice.max(1) as f64;
    assert!(
        r.on_voice_penalised.len() <= penalised,
        "{part}: {} on-voice replies penalised (at most {penalised}): {:?}",
        r.on_voice_penalised.len(),
        r.on_voice_penalised
    );
    assert!(
        c >= caught,
        "{part}: off-voice caught {:.1} % (at least {:.1} %)",
        100.0 * c,
        100.0 * caught
    );
    assert!(
        r.facts.recall() >= facts,
        "{part}: facts recognised {:.1} % (at least {:.1} %)",
        100.0 * r.facts.recall(),
        100.0 * facts
    );
}

/// A part never read: only its figures, in all and per language (never
/// reply by reply), held to the floors of its one measurement.
fn blind(part: &str, replies: usize, (penalised, caught, facts): (usize, f64, f64)) {
    let all = measure(part, &["en", "fr"], false);
    print(&format!("{part} (never read)"), &all);
    assert!(all.replies >= replies);
    for lang in ["en", "fr"] {
        print(&format!("{part}, {lang}"), &measure(part, &[lang], false));
    }
    hold(part, &all, penalised, caught, facts);
}

#[test]
fn the_judge_agrees_with_the_expert_labels() {
    let show = std::env::var_os("ONBRAND_CORPUS_MISSES").is_some();
    let both = ["en", "fr"];
    let dev = measure("dev", &both, show);
    print("dev (read while writing the lists)", &dev);
    assert!(dev.replies >= 280);
    // The targets, met on the part the lists were written on.
    hold("dev", &dev, 0, 0.90, 0.90);
    let dev2 = measure("dev2", &both, show);
    print("dev2 (the first held-out part, read since)", &dev2);
    assert!(dev2.replies >= 180);
    // Its figures when the lists were finished (4 penalised, 98 %, 91.6 %).
    hold("dev2", &dev2, 4, 0.95, 0.90);
    // A third part written to widen the lists (subtle phrasings, hard
    // negatives), read while writing them.
    let dev3 = measure("dev3", &both, show);
    print("dev3 (written to widen the lists, read)", &dev3);
    assert!(dev3.replies >= 200);
    hold("dev3", &dev3, 0, 0.95, 0.90);
    // The held-out part is never read while the lists are written (nor
    // printed reply by reply here): only its figures, per language and in
    // all, held to the floors of its one measurement (tests/corpus/README.md:
    // 4 of 136 on-voice replies penalised, 61 % of the off-voice caught,
    // 97.1 % of the facts recognised). The tone figures are below the
    // issue's targets; the floors keep them from getting worse unseen.
    blind("heldout", 300, (4, 0.60, 0.95));
    // A third part, written by others while the lists were widened with
    // dev3, measured once when they were final (tests/corpus/README.md):
    // 6 of 110 on-voice replies penalised, 70 % of the off-voice caught,
    // 97.8 % of the facts recognised.
    blind("heldout3", 250, (6, 0.68, 0.95));
}
