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
        println!("problems: {:?}", j.problems(ev.needs_empathy));
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
            let p = j.problems(e.needs_empathy);
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
