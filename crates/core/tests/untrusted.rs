//! Scenario packs and action logs from other people: every reproducer of
//! the untrusted-input issue, as a regression test with its exact message.
//! The command-line side (output size, memory, paths, writes) is in the
//! root `tests/untrusted_cli.rs`.

mod common;

use onbrand_core::scenario::{Severity, load_bytes};
use onbrand_core::sim::ActionLog;
use onbrand_core::untrusted::{MAX_DIAGNOSTICS, MAX_ECHO};
use std::path::Path;
use std::time::{Duration, Instant};

/// What every input here must stay under, in time (the issue's bound).
const FAST: Duration = Duration::from_secs(2);

fn example() -> String {
    common::at_root();
    std::fs::read_to_string("docs/example-scenario.ron").unwrap()
}

fn messages(text: &str) -> (Vec<String>, usize, Duration) {
    let t = Instant::now();
    let l = load_bytes(Path::new("x.ron"), text.as_bytes());
    let took = t.elapsed();
    (
        l.diagnostics.iter().map(|d| d.to_string()).collect(),
        l.omitted,
        took,
    )
}

/// A scenario with `n` personas whose ids are `len` characters long and
/// one event naming `unknown` authors that do not exist.
fn many_personas(n: usize, len: usize, unknown: usize) -> String {
    let personas: String = (0..n)
        .map(|i| format!("(id: \"{}{i:04}\", name: \"P\"),\n", "p".repeat(len - 4)))
        .collect();
    let alts: String = (0..unknown).map(|i| format!("\"nobody{i}\", ")).collect();
    format!(
        r##"Scenario(id: "big", title: "Big", duration: "10m",
    brand: (name: "B"),
    accounts: [(id: "b", network: Microblog, handle: "@b", name: "B", colour: "#000000", owner: Brand)],
    personas: [{personas}],
    events: [(id: "e", on: "b", author: "{}0000", alt_authors: [{alts}], text: "hi")],
)"##,
        "p".repeat(len - 4)
    )
}

#[test]
fn unknown_ids_among_long_ones_give_short_bounded_messages() {
    // The reproducer: 1,000 personas with 1,000-character ids and 1,000
    // unknown authors (once 1 GB of output and of memory). Ids that long
    // are errors now, the list of authors is cut to its bound, and every
    // message echoes ids shortened.
    let text = many_personas(1000, 1000, 1000);
    assert!(text.len() > 1_000_000);
    let (msgs, omitted, took) = messages(&text);
    assert!(took < FAST, "{took:?}");
    assert_eq!(msgs.len(), MAX_DIAGNOSTICS);
    // 1,000 ids too long, the list too long, the author and the first 100
    // alternative authors unknown.
    assert_eq!(msgs.len() + omitted, 1000 + 1 + 1 + 100);
    let cut = format!("`{}…`", "p".repeat(MAX_ECHO));
    assert_eq!(
        msgs[0],
        format!("x.ron:4:21: error: persona id {cut} has 1000 characters: ids go up to 100")
    );
    assert!(msgs.iter().all(|m| m.len() < 300), "{msgs:#?}");
    // With ids of a legal length, an unknown one lists ten known ids.
    let text = many_personas(1000, 100, 1000);
    let (msgs, omitted, took) = messages(&text);
    assert!(took < FAST, "{took:?}");
    assert_eq!(msgs.len() + omitted, 1 + 100);
    let unknown = msgs
        .iter()
        .find(|m| m.contains("unknown persona `nobody0`"))
        .expect("the first unknown author is reported");
    assert!(unknown.ends_with(" … and 990 more)"), "{unknown}");
    assert!(unknown.len() < 1_000, "{} bytes", unknown.len());
}

#[test]
fn ten_thousand_unknown_ids_stay_bounded() {
    // Once 10 GB and an abort.
    let text = many_personas(1000, 1000, 10_000);
    let (msgs, omitted, took) = messages(&text);
    assert!(took < FAST, "{took:?}");
    assert_eq!(msgs.len(), MAX_DIAGNOSTICS);
    assert_eq!(msgs.len() + omitted, 1000 + 1 + 1 + 100);
    assert!(
        msgs.iter().any(|m| {
            m.contains(
        "10000 alternative authors: a scenario holds at most 100 (only the first 100 are checked)"
    )
        }) || omitted > 0
    );
}

#[test]
fn every_misspelt_field_in_one_pass_over_a_big_file() {
    // 60 misspelt fields in a file near the size limit: read once, not
    // once per field (60 misspelt fields in 200 MB once took 62 s).
    let mut text = example();
    let filler = format!("// {}\n", "x".repeat(1000));
    let pad = filler.repeat(15_000_000 / filler.len());
    text.insert_str(0, &pad);
    let mut typos = 0;
    let mut out = String::new();
    for line in text.lines() {
        if typos < 60 && line.trim_start().starts_with("(id: \"") {
            out.push_str(&line.replacen("(id: \"", "(idd: 1, iid: [2], id: \"", 1));
            typos += 2;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    assert_eq!(typos, 60);
    let (msgs, _, took) = messages(&out);
    assert!(took < FAST, "{took:?}");
    let unknown = msgs
        .iter()
        .filter(|m| {
            m.contains("Unexpected field named `idd`") || m.contains("Unexpected field named `iid`")
        })
        .count();
    assert_eq!(unknown, 60, "{msgs:#?}");
}

#[test]
fn a_file_over_the_size_limit_is_not_read() {
    let text = format!(
        "Scenario(id: \"t\", title: \"{}\")",
        "t".repeat(17 * 1024 * 1024)
    );
    let (msgs, _, took) = messages(&text);
    assert!(took < FAST);
    assert_eq!(
        msgs,
        ["x.ron:1:1: error: the file is larger than 16 MB: nothing was read"]
    );
}

#[test]
fn a_text_longer_than_any_scenario_needs_is_an_error() {
    let text = example().replacen(
        "title: \"Monday at Halden Motors\"",
        &format!("title: \"{}\"", "t".repeat(25_000)),
        1,
    );
    let (msgs, _, _) = messages(&text);
    assert_eq!(
        msgs,
        ["x.ron:6:12: error: this text has 25000 characters: a scenario's texts go up to 20000"]
    );
}

#[test]
fn lists_are_bounded() {
    let events: String = (0..5_001)
        .map(|i| format!("(id: \"e{i}\", on: \"b\", author: \"p\", text: \"hi\"),"))
        .collect();
    let text = format!(
        r##"Scenario(id: "many", title: "M", duration: "10m", brand: (name: "B"),
    accounts: [(id: "b", network: Microblog, handle: "@b", name: "B", colour: "#000000", owner: Brand)],
    personas: [(id: "p", name: "P")],
    events: [{events}])"##
    );
    let (msgs, _, took) = messages(&text);
    assert!(took < FAST);
    assert_eq!(
        msgs[0],
        "x.ron:1:14: error: 5001 events: a scenario holds at most 5000 (only the first 5000 are checked)"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", example());
    let l = load_bytes(Path::new("x.ron"), text.as_bytes());
    assert!(l.scenario.is_some(), "{:?}", l.diagnostics);
    assert!(l.diagnostics.is_empty());
}

#[test]
fn look_alike_ids_are_named_both() {
    // A Cyrillic "а" in the second account's id, and a zero-width space in
    // a persona's.
    let text = example().replacen(
        "Client(\"Brasserie Lumen\")),\n",
        "Client(\"Brasserie Lumen\")),\n        (id: \"hаlden_mb\", network: Microblog, handle: \"@x\", name: \"X\", colour: \"#000000\", owner: Brand),\n",
        1,
    );
    let l = load_bytes(Path::new("x.ron"), text.as_bytes());
    let warnings: Vec<String> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| d.to_string())
        .collect();
    assert!(
        warnings.iter().any(|w| w.contains(
            "warning: account ids `hаlden_mb` and `halden_mb` (at 45:14) look alike: one holds a look-alike letter or an invisible character; rename one"
        )),
        "{warnings:#?}"
    );
    let text = example().replacen("author: \"julie\"", "author: \"ju\u{200b}lie\"", 1);
    let (msgs, _, _) = messages(&text);
    assert!(
        msgs.iter().any(|m| m.contains(
            "error: unknown persona `ju\\u{200b}lie`: it looks like `julie`, but one of them holds a look-alike letter or an invisible character"
        )),
        "{msgs:#?}"
    );
}

#[test]
fn file_text_cannot_forge_a_line_of_output() {
    // An escaped newline and an ANSI sequence in an id.
    let text = example().replacen(
        "author: \"julie\"",
        "author: \"x\\n/etc/passwd:1:1: error: forged line\\u{1b}[2J\"",
        1,
    );
    let (msgs, _, _) = messages(&text);
    for m in &msgs {
        assert!(!m.contains('\n') && !m.contains('\u{1b}'), "{m:?}");
    }
    assert!(
        msgs.iter()
            .any(|m| m
                .contains("unknown persona `x\\n/etc/passwd:1:1: error: forged line\\u{1b}[2J`")),
        "{msgs:#?}"
    );
}

fn golden_log() -> String {
    common::at_root();
    let sc = common::load("tests/fixtures/golden.ron");
    let mut bot = onbrand_core::sim::bots::BotKind::Ideal.make(1);
    let (_, actions) = onbrand_core::sim::bots::play(&sc, 1, bot.as_mut());
    ActionLog {
        version: ActionLog::VERSION,
        scenario: "golden.ron".into(),
        scenario_id: sc.id.clone(),
        seed: 1,
        player: "ideal".into(),
        actions,
        scenario_fingerprint: None,
        result: None,
    }
    .to_ron()
}

#[test]
fn unknown_fields_in_a_log_are_an_error_with_a_position() {
    let log = golden_log().replacen("seed: 1,", "seed: 1,\n    sede: 2,", 1);
    let e = ActionLog::from_ron(&log).unwrap_err().to_string();
    assert!(
        e.starts_with("6:5: error: Unexpected field named `sede` in `ActionLog`"),
        "{e}"
    );
}

#[test]
fn a_log_with_too_many_actions_stops_at_the_limit() {
    let one = "(at: 0, action: Open(0)),";
    let log = format!(
        "ActionLog(version: 1, scenario: \"g.ron\", scenario_id: \"g\", seed: 1, player: \"p\", actions: [{}])",
        one.repeat(50_001)
    );
    let t = Instant::now();
    let e = ActionLog::from_ron(&log).unwrap_err().to_string();
    assert!(t.elapsed() < FAST);
    assert!(
        e.ends_with("error: the log holds more than 50000 actions, more than any shift"),
        "{e}"
    );
    let log = golden_log();
    assert!(ActionLog::from_ron(&format!("\u{feff}{log}")).is_ok());
}
