//! Prints how the reply judge reads a scenario's saved replies against
//! each rubric (or a text you give), with every problem: for tuning the
//! judge and the pack.
//!
//! `cargo run -p onbrand-core --example explain -- SCENARIO [EVENT TEXT]`

use onbrand_core::rubric::judge;
use onbrand_core::scenario::load_file;
use onbrand_core::scenario::model::network_index;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: explain SCENARIO [EVENT TEXT]");
        return;
    };
    let l = load_file(Path::new(path));
    for d in &l.diagnostics {
        eprintln!("{d}");
    }
    let Some(sc) = l.scenario else { return };
    // `-`: one `EVENT<TAB>TEXT` per line on stdin, one verdict line each.
    if args.get(1).is_some_and(|a| a == "-") {
        for line in std::io::stdin().lines().map_while(Result::ok) {
            let Some((event, text)) = line.split_once('\t') else {
                continue;
            };
            let Some(e) = sc.events.iter().position(|e| e.id == event) else {
                println!("?? no event {event}");
                continue;
            };
            let ev = &sc.events[e];
            let j = judge(
                text,
                &sc.voice,
                sc.rubric_of(e),
                sc.accounts[ev.account].network.limit(),
            );
            let tone: Vec<String> = j
                .tone
                .iter()
                .map(|(t, _)| format!("{:?}:{}", t.class, &text[t.hit.start..t.hit.end]))
                .collect();
            let promises: Vec<&str> = j.promises.iter().map(|h| &text[h.start..h.end]).collect();
            let off: Vec<&str> = j.off_voice.iter().map(|h| &text[h.start..h.end]).collect();
            println!(
                "acc {:>3} align {:>3} missing {:?} wrong {} tone {tone:?} promises {promises:?} off {off:?} ack {} | {text}",
                j.accuracy(),
                j.alignment(ev.needs_empathy),
                j.facts_missing,
                j.wrong_facts.len(),
                j.acknowledgement.is_some(),
            );
        }
        return;
    }
    if let (Some(event), Some(text)) = (args.get(1), args.get(2)) {
        let Some(e) = sc.events.iter().position(|e| &e.id == event) else {
            eprintln!("no event `{event}` in {path}");
            return;
        };
        let ev = &sc.events[e];
        let j = judge(
            text,
            &sc.voice,
            sc.rubric_of(e),
            sc.accounts[ev.account].network.limit(),
        );
        println!(
            "accuracy {} alignment {}",
            j.accuracy(),
            j.alignment(ev.needs_empathy)
        );
        println!("problems: {:?}", j.problems(ev.needs_empathy, text));
        println!("{j:#?}");
        return;
    }
    for (i, e) in sc.events.iter().enumerate() {
        let Some(r) = e.rubric else { continue };
        let n = network_index(sc.accounts[e.account].network);
        println!(
            "event {} (rubric {}, empathy {})",
            e.id, sc.rubrics[r].id, e.needs_empathy
        );
        for (k, rep) in sc.replies.iter().enumerate() {
            let j = &sc.rubrics[r].replies[k][n];
            let p = j.problems(e.needs_empathy, &rep.text);
            if p.len() <= 2 {
                println!(
                    "  {:<18} {}",
                    rep.id,
                    if p.is_empty() {
                        "clean".into()
                    } else {
                        p.join(", ")
                    }
                );
            }
        }
        let _ = i;
    }
}
