//! Broken scenario files give exactly the expected `path:line:col` messages.
//! Each `tests/fixtures/broken/NAME.ron` has its expected output beside it in
//! `NAME.expected` (the diagnostics, then the summary line of `onbrand check`).

mod common;

use onbrand_core::scenario::load_file;
use std::path::Path;

fn expected(name: &str) -> Vec<String> {
    common::at_root();
    let p = format!("tests/fixtures/broken/{name}.expected");
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{p}: {e}"))
        .lines()
        .filter(|l| !l.starts_with("checked "))
        .map(str::to_owned)
        .collect()
}

fn actual(name: &str) -> Vec<String> {
    common::at_root();
    let p = format!("tests/fixtures/broken/{name}.ron");
    let loaded = load_file(Path::new(&p));
    assert!(loaded.scenario.is_none(), "{p} should not load");
    loaded.diagnostics.iter().map(|d| d.to_string()).collect()
}

#[test]
fn missing_comma() {
    assert_eq!(actual("missing-comma"), expected("missing-comma"));
    assert_eq!(
        actual("missing-comma"),
        [
            "tests/fixtures/broken/missing-comma.ron:3:5: error: Expected comma (a comma or a closing bracket is probably missing just before this point)"
        ]
    );
}

#[test]
fn unknown_field_points_at_the_typo() {
    let a = actual("unknown-field");
    assert_eq!(a, expected("unknown-field"));
    assert!(a[1].starts_with("tests/fixtures/broken/unknown-field.ron:8:54: error: Unexpected field named `patiance` in `Event`"));
    // The rest of the file is still checked: it names a persona it lacks.
    assert_eq!(
        a[0],
        "tests/fixtures/broken/unknown-field.ron:8:37: error: unknown persona `p` (no persona is defined)"
    );
}

#[test]
fn every_misspelt_field_is_reported_then_the_content() {
    let a = actual("unknown-fields");
    assert_eq!(a, expected("unknown-fields"));
    let heads: Vec<&str> = a
        .iter()
        .map(|l| &l[..l.find(" in `").unwrap_or(l.len())])
        .collect();
    assert_eq!(
        heads,
        [
            "tests/fixtures/broken/unknown-fields.ron:4:5: error: Unexpected field named `summry`",
            "tests/fixtures/broken/unknown-fields.ron:6:48: error: Unexpected field named `bannd`",
            "tests/fixtures/broken/unknown-fields.ron:10:87: error: Unexpected field named `patiance`",
            // After the skipped fields, the content is checked at true positions.
            "tests/fixtures/broken/unknown-fields.ron:11:24: error: unknown account `nowhere` (known: b)",
        ]
    );
}

#[test]
fn a_misspelt_field_alone_brings_no_warning_about_its_absence() {
    // The warnings that need an error-free file are not run on a file
    // read with a field skipped: "rubric used by no event" would be false.
    common::at_root();
    let good = std::fs::read_to_string("tests/fixtures/golden.ron").unwrap();
    let typo = good.replacen("rubric: \"", "rubirc: \"", 1);
    assert_ne!(typo, good);
    let l = onbrand_core::scenario::load_bytes(Path::new("typo.ron"), typo.as_bytes());
    let msgs: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(msgs.len(), 1, "{msgs:#?}");
    assert!(msgs[0].contains("error: Unexpected field named `rubirc`"));
    assert!(l.scenario.is_none());
}

#[test]
fn not_utf8_names_the_byte() {
    assert_eq!(
        actual("not-utf8"),
        [
            "tests/fixtures/broken/not-utf8.ron:3:17: error: the file is not valid UTF-8 text (save it as UTF-8)"
        ]
    );
}

#[test]
fn empty_file() {
    assert_eq!(actual("empty"), expected("empty"));
}

#[test]
fn every_semantic_problem_is_reported_at_its_item() {
    let a = actual("semantic");
    assert_eq!(a, expected("semantic"));
    let positions: Vec<&str> = a
        .iter()
        .map(|l| {
            l.split(": ")
                .next()
                .unwrap()
                .trim_start_matches("tests/fixtures/broken/semantic.ron:")
        })
        .collect();
    assert_eq!(
        positions,
        [
            "13:72", "18:26", "19:14", "23:14", "23:24", "24:26", "24:50", "25:14", "29:14",
            "32:27", "32:35"
        ]
    );
}

#[test]
fn more_semantic_problems_each_at_its_item() {
    let a = actual("semantic-more");
    assert_eq!(a, expected("semantic-more"));
    for (pos, msg) in [
        ("4:15", "error: a shift lasts at most 24h"),
        (
            "10:18",
            "error: duplicate fact id `hours` (first defined at 9:18)",
        ),
        (
            "16:14",
            "error: duplicate account id `b` (first defined at 15:14)",
        ),
        (
            "18:43",
            "error: duplicate persona id `p` (first defined at 18:21)",
        ),
        ("21:106", "error: unknown approver `nobody` (known: boss)"),
        (
            "24:83",
            "error: `200h` is longer than a week: durations go up to 168h",
        ),
        ("25:27", "error: unknown event `ghost` (known: e1, e2, e3)"),
        (
            "26:62",
            "error: unknown rubric `missing` (known: short, terms)",
        ),
        (
            "30:14",
            "error: duplicate saved reply id `ok` (first defined at 29:14)",
        ),
        (
            "33:14",
            "error: rubric `short` can never be satisfied: its required facts and the sign-off need at least 52 characters but `max_len` is 40",
        ),
        (
            "34:14",
            "error: rubric `terms` can never be satisfied: its required facts and the sign-off need at least 309 characters but Microblog allows 280",
        ),
    ] {
        let line = format!("tests/fixtures/broken/semantic-more.ron:{pos}: {msg}");
        assert!(a.iter().any(|l| l.starts_with(&line)), "missing {line}");
    }
    // With a `max_len` between the network's limit and what is needed, the
    // rubric is reported once, for its `max_len`.
    let text = std::fs::read_to_string("tests/fixtures/broken/semantic-more.ron").unwrap();
    let tighter = text.replace(
        r#"(id: "terms", must: ["terms"])"#,
        r#"(id: "terms", must: ["terms"], max_len: 300)"#,
    );
    assert_ne!(tighter, text);
    let l = onbrand_core::scenario::load_bytes(Path::new("t.ron"), tighter.as_bytes());
    let terms: Vec<String> = l
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .filter(|m| m.contains("rubric `terms`"))
        .collect();
    assert_eq!(
        terms,
        [
            "t.ron:34:14: error: rubric `terms` can never be satisfied: its required facts and the sign-off need at least 309 characters but `max_len` is 300"
        ]
    );
    // A bad duration gets one message, not a second one about its value.
    assert!(!a.iter().any(|l| l.contains("patience of zero")));
    // Weights whose u32 sum would overflow are not "all zero".
    assert!(!a.iter().any(|l| l.contains("weights")));
}

#[test]
fn arbitrary_bytes_never_panic() {
    // Truncations and byte flips of a valid file: always diagnostics, never a panic.
    common::at_root();
    let good = std::fs::read("tests/fixtures/golden.ron").unwrap();
    for cut in (0..good.len()).step_by(7) {
        let _ = onbrand_core::scenario::load_bytes(Path::new("cut.ron"), &good[..cut]);
    }
    let mut x: u32 = 12345;
    for _ in 0..300 {
        let mut b = good.clone();
        for _ in 0..4 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let i = (x as usize >> 4) % b.len();
            b[i] = (x >> 20) as u8;
        }
        let l = onbrand_core::scenario::load_bytes(Path::new("flip.ron"), &b);
        assert!(l.scenario.is_some() || !l.diagnostics.is_empty());
    }
}

/// Every place a number or a duration can go, one at a time and all at once,
/// set to the largest value its type takes.
fn extreme_variants(text: &str) -> Vec<String> {
    let mut spans = Vec::new(); // (start, end, replacement)
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b':' && b.get(i + 1) == Some(&b' ') {
            let start = i + 2;
            let mut end = start;
            while end < b.len() && b[end].is_ascii_digit() {
                end += 1;
            }
            if end > start {
                // The largest value of the field's type (u8 or u32).
                let key_start = text[..i]
                    .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .map_or(0, |k| k + 1);
                let small = ["difficulty", "max_exclamations"].contains(&&text[key_start..i]);
                spans.push((start, end, if small { "255" } else { "4294967295" }));
            }
        }
        // Durations anywhere, inside pairs and lists too (`latency`).
        if b[i] == b'"' {
            let close = text[i + 1..].find('"').map_or(b.len(), |k| i + 1 + k);
            let inner = &text[i + 1..close.min(b.len())];
            if inner.starts_with(|c: char| c.is_ascii_digit())
                && inner.ends_with(['h', 'm', 's'])
                && inner
                    .chars()
                    .all(|c| c.is_ascii_digit() || "hms ".contains(c))
            {
                spans.push((i, close + 1, "\"168h\""));
            }
            i = close + 1;
            continue;
        }
        i += 1;
    }
    let apply = |chosen: &[(usize, usize, &str)]| {
        let mut out = String::new();
        let mut at = 0;
        for &(s, e, r) in chosen {
            out.push_str(&text[at..s]);
            out.push_str(r);
            at = e;
        }
        out.push_str(&text[at..]);
        out
    };
    let mut v: Vec<String> = spans.iter().map(|s| apply(&[*s])).collect();
    v.push(apply(&spans));
    v
}

#[test]
fn extreme_numbers_and_durations_never_panic() {
    use onbrand_core::score::score;
    use onbrand_core::sim::bots::{Player, RandomBot, Style, play};
    let text = std::fs::read_to_string("docs/example-scenario.ron").unwrap();
    let variants = extreme_variants(&text);
    assert!(variants.len() > 40, "{} variants", variants.len());
    let mut loaded = 0;
    for (k, v) in variants.iter().enumerate() {
        let l = onbrand_core::scenario::load_bytes(Path::new("extreme.ron"), v.as_bytes());
        match l.scenario {
            Some(sc) => {
                loaded += 1;
                let (ideal, _) = play(&sc, k as u64, &mut Player::new(Style::ideal(), 1));
                let (random, _) = play(&sc, k as u64, &mut RandomBot::new(1));
                assert!(score(&ideal).overall <= 100 && score(&random).overall <= 100);
            }
            None => assert!(!l.diagnostics.is_empty()),
        }
    }
    // Big followers counts or weights are valid: those variants still play.
    assert!(loaded > 10, "only {loaded} variants loaded");
    // Weights that would overflow a u32 sum are fine; too long a shift is not.
    let all = variants.last().unwrap();
    let l = onbrand_core::scenario::load_bytes(Path::new("extreme.ron"), all.as_bytes());
    let msgs: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("error: a shift lasts at most 24h")),
        "{msgs:#?}"
    );
    assert!(!msgs.iter().any(|m| m.contains("weights are all zero")));
}
