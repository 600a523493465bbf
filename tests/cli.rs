//! The headless commands, run as a user would: output, JSON, exit codes.

use std::process::{Command, Output};

fn onbrand(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_onbrand"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn check_exit_codes() {
    let ok = onbrand(&["check", "tests/fixtures/golden.ron"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert_eq!(stdout(&ok).trim(), "checked 1 file: 0 errors, 0 warnings");

    let bad = onbrand(&["check", "tests/fixtures/broken"]);
    assert_eq!(bad.status.code(), Some(1));
    let out = stdout(&bad);
    assert!(
        out.contains("tests/fixtures/broken/semantic.ron:23:24: error: unknown account `nowhere`"),
        "{out}"
    );
    assert!(
        out.trim_end()
            .ends_with("checked 7 files: 33 errors, 0 warnings (7 files cannot be played)"),
        "{out}"
    );

    let usage = onbrand(&["check"]);
    assert_eq!(usage.status.code(), Some(2));
    let missing = onbrand(&["check", "no/such/place"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn every_command_has_help() {
    for cmd in [
        &["--help"][..],
        &["check", "--help"],
        &["sim", "--help"],
        &["replay", "--help"],
        &["play", "--help"],
    ] {
        let o = onbrand(cmd);
        assert_eq!(o.status.code(), Some(0), "{cmd:?}");
        assert!(stdout(&o).contains("Usage"), "{cmd:?}");
    }
}

#[test]
fn sim_json_one_object_per_run_then_summary() {
    let o = onbrand(&[
        "sim",
        "tests/fixtures/golden.ron",
        "--bot",
        "ideal",
        "--seed",
        "3",
        "--runs",
        "4",
        "--json",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    for (k, run) in lines[..4].iter().enumerate() {
        assert_eq!(run["seed"], 3 + k as u64);
        for key in [
            "overall",
            "speed",
            "accuracy",
            "alignment",
            "process",
            "account_safety",
        ] {
            let v = run[key].as_u64().unwrap_or_else(|| panic!("{key} missing"));
            assert!(v <= 100);
        }
        assert!(run["passed"].is_boolean());
        assert_eq!(run["incidents"], 0);
    }
    let sum = &lines[4]["summary"];
    assert_eq!(sum["runs"], 4);
    assert_eq!(sum["pass_rate"], 1.0);
    for key in [
        "overall",
        "speed",
        "accuracy",
        "alignment",
        "process",
        "account_safety",
    ] {
        for stat in ["mean", "p10", "p50", "p90"] {
            assert!(sum[key][stat].is_number(), "{key}.{stat}");
        }
    }
}

#[test]
fn saved_log_replays_to_the_same_object() {
    let dir = std::env::temp_dir().join(format!("onbrand-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("run.ron");
    let log_s = log.to_str().unwrap();
    for bot in ["ideal", "careless", "random"] {
        let o = onbrand(&[
            "sim",
            "tests/fixtures/golden.ron",
            "--bot",
            bot,
            "--seed",
            "9",
            "--json",
            "--save-log",
            log_s,
            "--force",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let r = onbrand(&["replay", log_s, "--json"]);
        assert_eq!(
            r.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&r.stderr)
        );
        assert_eq!(stdout(&r), stdout(&o), "{bot}");
    }
    // A corrupt log is a clear error, not a panic.
    std::fs::write(&log, "ActionLog(version: 1, scenario: ").unwrap();
    let r = onbrand(&["replay", log_s]);
    assert_eq!(r.status.code(), Some(1));
    let err = String::from_utf8_lossy(&r.stderr).into_owned();
    assert!(err.starts_with(&format!("{log_s}:1:")), "{err}");
    assert!(err.contains(": error: "), "{err}");
    // A log or scenario that does not exist is a usage error.
    let r = onbrand(&["replay", "no-such-log.ron"]);
    assert_eq!(r.status.code(), Some(2));
    let r = onbrand(&["sim", "no-such-scenario.ron", "--calibrate"]);
    assert_eq!(r.status.code(), Some(2));
    let r = onbrand(&["sim", "no-such-scenario.ron"]);
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&r.stderr).trim(),
        "error: no-such-scenario.ron: no such file"
    );
    std::fs::remove_dir_all(&dir).ok();
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_prints_each_fixture_exactly_with_its_summary() {
    let mut seen = 0;
    for entry in std::fs::read_dir("tests/fixtures/broken").unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let p_s = format!(
            "tests/fixtures/broken/{}",
            p.file_name().unwrap().to_str().unwrap()
        );
        let o = onbrand(&["check", &p_s]);
        assert_eq!(o.status.code(), Some(1), "{p_s}");
        let want = std::fs::read_to_string(p.with_extension("expected")).unwrap();
        assert_eq!(stdout(&o), want, "{p_s}");
        assert!(want.lines().last().unwrap().starts_with("checked 1 file: "));
        seen += 1;
    }
    assert_eq!(seen, 7);
}

#[test]
fn replay_fails_when_the_result_differs() {
    let dir = std::env::temp_dir().join(format!("onbrand-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sc = dir.join("golden.ron");
    std::fs::copy("tests/fixtures/golden.ron", &sc).unwrap();
    let log = dir.join("run.ron");
    let (sc_s, log_s) = (sc.to_str().unwrap(), log.to_str().unwrap());
    let o = onbrand(&["sim", sc_s, "--bot", "ideal", "--json", "--save-log", log_s]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("result: Some(RecordedScore("), "{text}");
    assert!(text.contains("scenario_fingerprint: Some(\""), "{text}");

    // Recorded with a relative path, the log in another folder, replayed
    // from a third: the log holds the scenario's full path.
    let elsewhere = dir.join("logs");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let far_log = elsewhere.join("far.ron");
    let far_s = far_log.to_str().unwrap();
    let at = |cwd: &std::path::Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_onbrand"))
            .args(args)
            .current_dir(cwd)
            .output()
            .unwrap()
    };
    let rel = at(
        &dir,
        &[
            "sim",
            "golden.ron",
            "--bot",
            "ideal",
            "--json",
            "--save-log",
            far_s,
        ],
    );
    assert_eq!(stdout(&rel), stdout(&o));
    let far_text = std::fs::read_to_string(&far_log).unwrap();
    assert!(
        far_text.contains(&format!("scenario: {sc_s:?}")),
        "{far_text}"
    );
    // Replayed from `/`: the scenario is not beside the log, but the path
    // it records is the very file it was recorded on (same fingerprint).
    let r = at(std::path::Path::new("/"), &["replay", far_s, "--json"]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    assert_eq!(stdout(&r), stdout(&o));
    assert_eq!(
        stderr(&r),
        format!("{far_s}: note: scenario {sc_s} (the file the log was recorded on)\n")
    );

    // The scenario file changed (a comment only): a warning, same score.
    let mut changed = std::fs::read_to_string(&sc).unwrap();
    changed.push_str("\n// edited\n");
    std::fs::write(&sc, changed).unwrap();
    let r = onbrand(&["replay", log_s, "--json"]);
    assert_eq!(r.status.code(), Some(0));
    assert_eq!(
        stderr(&r),
        format!(
            "{log_s}: note: scenario {sc_s} (beside the log)\n{log_s}: warning: {sc_s} changed since this log was recorded\n"
        )
    );

    // A log whose recorded score the replay does not give: exit 1, and
    // what differs.
    let overall = stdout(&o)
        .split("\"overall\":")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_owned();
    let tampered = text.replacen(&format!("overall: {overall},"), "overall: 42,", 1);
    assert_ne!(tampered, text);
    std::fs::write(&log, tampered).unwrap();
    let r = onbrand(&["replay", log_s]);
    assert_eq!(r.status.code(), Some(1));
    assert!(
        stderr(&r).ends_with(&format!(
            "{log_s}: error: the replay does not reproduce the recorded run: overall {overall} (recorded 42)\n"
        )),
        "{}",
        stderr(&r)
    );

    // An action the shift refuses is noted (a hand-edited log).
    let edited = text.replacen(
        "actions: [",
        "actions: [\n        (at: 0, action: Post(99, Saved(77))),",
        1,
    );
    std::fs::write(&log, edited).unwrap();
    let r = onbrand(&["replay", log_s, "--scenario", sc_s]);
    assert!(
        stderr(&r).contains(&format!(
            "{log_s}: note: the shift refused Post(99, Saved(77)): NoSuchItem"
        )),
        "{}",
        stderr(&r)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn sim_usage_errors() {
    assert_eq!(
        onbrand(&["sim", "tests/fixtures/golden.ron", "--bot", "nobody"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        onbrand(&["sim", "tests/fixtures/golden.ron", "--runs", "0"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        onbrand(&[
            "sim",
            "tests/fixtures/golden.ron",
            "--runs",
            "2",
            "--save-log",
            "x.ron"
        ])
        .status
        .code(),
        Some(2)
    );
    assert_eq!(
        onbrand(&["sim", "tests/fixtures/broken/semantic.ron"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(onbrand(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn new_writes_the_starter_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("onbrand-new-{}", std::process::id()));
    let path = dir.join("sub/mine.ron");
    let first = onbrand(&["new", path.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(first.status.code(), Some(0));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("language: Fr"), "{written}");
    let check = onbrand(&["check", path.to_str().unwrap()]);
    assert_eq!(
        stdout(&check).trim(),
        format!("checked 1 file: 0 errors, 0 warnings"),
        "the starter passes check"
    );
    std::fs::write(&path, "my own work").unwrap();
    let again = onbrand(&["new", path.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my own work",
        "nothing the user saved is lost"
    );
    let check = onbrand(&["check", dir.join("sub").to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "a file of plain text is not a scenario"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_debrief_in_json_and_in_words() {
    // The careless bot on the golden day: a wrong-account post and more.
    let args = [
        "sim",
        "tests/fixtures/golden.ron",
        "--bot",
        "careless",
        "--seed",
        "2",
    ];
    let o = onbrand(&[&args[..], &["--json"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let run: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let findings = run["findings"].as_array().expect("findings is a list");
    assert!(!findings.is_empty());
    for f in findings {
        for key in ["rule", "title", "at", "clock", "what", "why", "serious"] {
            assert!(!f[key].is_null(), "{key} in {f}");
        }
        assert!(f.get("item").is_some() && f.get("ideal").is_some(), "{f}");
    }
    assert_eq!(findings[0]["rule"], "WrongAccount");
    assert_eq!(run["lang"], "en");
    assert_eq!(run["passed"], false);
    assert_eq!(run["failed_by"][0]["rule"], "WrongAccount");
    assert!(run["weighted"].as_u64().unwrap() >= run["overall"].as_u64().unwrap());
    assert!(run["verdict"].as_array().is_some_and(|v| !v.is_empty()));

    // --findings: the same findings as the debrief screen, in words.
    let text = stdout(&onbrand(&[&args[..], &["--findings"]].concat()));
    assert!(text.contains("\n!! ["), "{text}");
    assert!(text.contains("Why it matters: "), "{text}");
    assert!(text.contains("The ideal: "), "{text}");
    for f in findings {
        assert!(text.contains(f["what"].as_str().unwrap()), "{f}\n{text}");
    }
    // --lang: the same debrief in French.
    let fr = onbrand(&[&args[..], &["--json", "--lang", "fr"]].concat());
    let fr: serde_json::Value = serde_json::from_str(stdout(&fr).trim()).unwrap();
    assert_eq!(fr["lang"], "fr");
    assert_eq!(fr["findings"][0]["title"], "Mauvais compte");
    assert_eq!(
        fr["findings"].as_array().map(Vec::len),
        Some(findings.len())
    );
    assert_eq!(fr["overall"], run["overall"]);
    // --findings and --json do not go together.
    assert_eq!(
        onbrand(&[&args[..], &["--json", "--findings"]].concat())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_log_scored_under_older_rules_warns_and_passes() {
    let dir = std::env::temp_dir().join(format!("onbrand-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sc = dir.join("golden.ron");
    std::fs::copy("tests/fixtures/golden.ron", &sc).unwrap();
    let log = dir.join("run.ron");
    let (sc_s, log_s) = (sc.to_str().unwrap(), log.to_str().unwrap());
    let o = onbrand(&["sim", sc_s, "--bot", "careless", "--save-log", log_s]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&log).unwrap();
    let version = onbrand_core::score::RULES_VERSION;
    assert!(text.contains(&format!("rules: Some({version})")), "{text}");
    // The first rules wrote no version; their overall was not this one.
    let old = text
        .replacen(&format!("rules: Some({version}),"), "", 1)
        .replacen("overall: ", "overall: 1", 1);
    std::fs::write(&log, old).unwrap();
    let r = onbrand(&["replay", log_s]);
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    assert!(
        stderr(&r).contains(&format!(
            "{log_s}: warning: recorded under scoring rules 1, scored now under rules {version}: overall "
        )),
        "{}",
        stderr(&r)
    );
    std::fs::remove_dir_all(&dir).ok();
}
