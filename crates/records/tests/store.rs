//! The records store on real SQLite files: migrations from the first
//! schema, damaged and newer files left untouched, a run from its first
//! action to its debrief, the exports field by field, and a deletion that
//! leaves nothing behind.

use onbrand_core::sim::action::RecordedScore;
use onbrand_core::sim::{Action, Reply, TimedAction};
use onbrand_records::export::{self, CSV_COLUMNS};
use onbrand_records::schema;
use onbrand_records::{
    FindingRow, Finished, ProfileSettings, RunFilter, RunStart, RunState, Store, StoreError, Writer,
};
use std::path::{Path, PathBuf};

/// A fresh folder for one test.
fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("onbrand-records-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn start(profile: i64, scenario: &str) -> RunStart {
    RunStart {
        profile,
        scenario_id: scenario.into(),
        scenario_title: format!("Title of {scenario}"),
        scenario_sha256: "ab".repeat(32),
        scenario_path: Some(format!("/packs/{scenario}.ron")),
        seed: u64::MAX - 5,
        game_version: "0.1.0".into(),
    }
}

fn action(k: u64) -> TimedAction {
    TimedAction {
        at: k * 1000,
        action: Action::Post(k as u32, Reply::Free(format!("reply {k}").into())),
    }
}

fn score(overall: u32, passed: bool) -> RecordedScore {
    RecordedScore {
        overall,
        speed: 91,
        accuracy: 82,
        alignment: 73,
        process: 64,
        account_safety: 55,
        passed,
        incidents: 1,
        rules: Some(2),
    }
}

fn finished(overall: u32, passed: bool, rules: &[&str]) -> Finished {
    Finished {
        actions: (1..=3).map(action).collect(),
        score: score(overall, passed),
        grade: if passed { 'B' } else { 'D' },
        weighted: overall + 3,
        findings: rules
            .iter()
            .enumerate()
            .map(|(k, r)| FindingRow {
                rule: (*r).into(),
                event: Some(format!("e{k}")),
                at: 1000 * k as u64,
            })
            .collect(),
        report_json: r#"{"findings":[]}"#.into(),
        clock_ms: 1_800_000,
    }
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn a_first_schema_file_is_copied_aside_then_migrated() {
    let d = dir("migrate");
    let path = d.join(onbrand_records::FILE_NAME);
    {
        let c = schema::create_at_version(&path, 1).unwrap();
        c.execute(
            "INSERT INTO profiles (name, lang, created, last_used) VALUES ('Ada', 'fr', 't0', 't0')",
            [],
        )
        .unwrap();
        // A finished run of the first schema: its findings only in the
        // debrief's JSON.
        c.execute(
            "INSERT INTO runs (id, profile_id, scenario_id, scenario_title, scenario_sha256, seed,
                game_version, started, ended, overall, speed, accuracy, alignment, process,
                account_safety, grade, passed, incidents, report)
             VALUES ('r1', 1, 'motor-city', 'Motor City', 'x', 7, '0.0.9', '2026-01-01T10:00:00Z',
                '2026-01-01T10:12:00Z', 64, 90, 50, 80, 60, 40, 'D', 0, 1,
                '{\"findings\":[{\"rule\":\"WrongAccount\",\"at\":190000,\"event\":\"friend_msg\"},{\"rule\":\"Unapproved\",\"at\":220000,\"event\":\"q_recall\"}]}')",
            [],
        )
        .unwrap();
    }
    let before = bytes(&path);
    let store = Store::open(&d).unwrap();
    assert_eq!(store.version().unwrap(), schema::LATEST);
    const { assert!(schema::LATEST >= 2) };
    // The copy is the first schema, byte for byte what it held.
    let backup = d.join("onbrand.db.v1.backup");
    let b = rusqlite::Connection::open(&backup).unwrap();
    let v: u32 = b
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1);
    let n: i64 = b
        .query_row("SELECT count(*) FROM runs", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    assert!(!before.is_empty());
    // The run is kept, and its findings are now rows.
    let r = store.run("r1").unwrap();
    assert_eq!(r.trainee, "Ada");
    assert_eq!(r.state, RunState::Finished);
    assert_eq!(r.score.unwrap().overall, 64);
    assert_eq!(r.score.unwrap().rules, None, "scored under the first rules");
    assert_eq!(
        store.run_findings("r1").unwrap(),
        [
            FindingRow {
                rule: "WrongAccount".into(),
                event: Some("friend_msg".into()),
                at: 190_000
            },
            FindingRow {
                rule: "Unapproved".into(),
                event: Some("q_recall".into()),
                at: 220_000
            },
        ]
    );
    let p = store.profile("Ada").unwrap().unwrap();
    assert_eq!(p.settings.lang, onbrand_core::scenario::Language::Fr);
    drop(store);
    // Opening again neither migrates nor copies again.
    let store = Store::open(&d).unwrap();
    assert_eq!(store.version().unwrap(), schema::LATEST);
    assert!(!d.join("onbrand.db.v1.backup.2").exists());
    assert!(
        !d.join(format!("onbrand.db.v{}.backup", schema::LATEST))
            .exists()
    );
}

#[test]
fn a_second_copy_never_overwrites_the_first() {
    let d = dir("backup-twice");
    let path = d.join(onbrand_records::FILE_NAME);
    drop(schema::create_at_version(&path, 1).unwrap());
    std::fs::write(d.join("onbrand.db.v1.backup"), b"an older copy").unwrap();
    Store::open(&d).unwrap();
    assert_eq!(bytes(&d.join("onbrand.db.v1.backup")), b"an older copy");
    assert!(d.join("onbrand.db.v1.backup.2").exists());
}

#[test]
fn a_damaged_file_is_reported_and_left_untouched() {
    // Not a database at all.
    let d = dir("corrupt-text");
    let path = d.join(onbrand_records::FILE_NAME);
    std::fs::write(&path, b"these are my notes, not a database\n").unwrap();
    let err = Store::open(&d).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.starts_with(&format!("{}: ", path.display())), "{msg}");
    assert!(msg.contains("left untouched"), "{msg}");
    assert_eq!(bytes(&path), b"these are my notes, not a database\n");
    // A real records file with a page overwritten.
    let d = dir("corrupt-page");
    let path = d.join(onbrand_records::FILE_NAME);
    {
        let s = Store::open(&d).unwrap();
        let p = s
            .profile_or_create("Bo", ProfileSettings::default())
            .unwrap();
        for k in 0..40 {
            let mut st = start(p.id, &format!("s{k}"));
            st.scenario_title = "x".repeat(500);
            s.begin_run(&st).unwrap();
        }
        s.vacuum().unwrap();
    }
    let mut b = bytes(&path);
    assert!(b.len() > 3 * 4096);
    for x in &mut b[4096 + 10..2 * 4096] {
        *x = 0xA5;
    }
    std::fs::write(&path, &b).unwrap();
    let err = Store::open(&d).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    assert_eq!(bytes(&path), b, "left untouched");
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let d = dir("newer");
    let path = d.join(onbrand_records::FILE_NAME);
    {
        let c = schema::create_at_version(&path, schema::LATEST).unwrap();
        c.pragma_update(None, "user_version", schema::LATEST + 7)
            .unwrap();
    }
    let before = bytes(&path);
    let err = Store::open(&d).unwrap_err();
    match &err {
        StoreError::Newer {
            found, supported, ..
        } => assert_eq!((*found, *supported), (schema::LATEST + 7, schema::LATEST)),
        e => panic!("{e}"),
    }
    assert!(err.to_string().contains("update On Brand"), "{err}");
    assert_eq!(bytes(&path), before);
}

#[test]
fn a_run_from_its_first_action_to_its_debrief() {
    let d = dir("run");
    let mut s = Store::open(&d).unwrap();
    let p = s
        .profile_or_create(
            "  Chloé  ",
            ProfileSettings {
                lang: onbrand_core::scenario::Language::Fr,
                ui_scale: 1.25,
                pace: 0.5,
                sound: false,
            },
        )
        .unwrap();
    assert_eq!(p.name, "Chloé");
    assert_eq!(s.last_profile().unwrap().unwrap().name, "Chloé");
    let run = s.begin_run(&start(p.id, "motor-city")).unwrap();
    for k in 1..=3 {
        s.journal(&run, k, &action(u64::from(k))).unwrap();
    }
    s.set_clock(&run, 95_500).unwrap();
    // Not ended: it can be resumed, with its journal and clock.
    let open = s.unfinished(p.id).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].id, run);
    assert_eq!(open[0].clock_ms, 95_500);
    assert_eq!(open[0].seed, u64::MAX - 5, "a u64 seed survives");
    assert_eq!(open[0].state, RunState::Unfinished);
    assert_eq!(
        s.run_actions(&run).unwrap(),
        (1..=3).map(action).collect::<Vec<_>>()
    );
    s.finish_run(
        &run,
        &finished(64, false, &["WrongAccount", "LeftUp", "WrongAccount"]),
    )
    .unwrap();
    assert!(s.unfinished(p.id).unwrap().is_empty());
    let r = s.run(&run).unwrap();
    assert_eq!(r.state, RunState::Finished);
    assert_eq!(r.score, Some(score(64, false)));
    assert_eq!(r.grade.as_deref(), Some("D"));
    assert_eq!(r.weighted, Some(67));
    assert_eq!(s.run_actions(&run).unwrap().len(), 3);
    assert_eq!(
        s.run_report(&run).unwrap().as_deref(),
        Some(r#"{"findings":[]}"#)
    );
    // A second run, passed, on the same scenario; one on another.
    let r2 = s.begin_run(&start(p.id, "motor-city")).unwrap();
    s.finish_run(&r2, &finished(85, true, &["Slow"])).unwrap();
    let r3 = s.begin_run(&start(p.id, "recall")).unwrap();
    s.abandon_run(&r3).unwrap();
    assert_eq!(s.run(&r3).unwrap().state, RunState::Abandoned);
    // In how many runs, then how often, then by name.
    assert_eq!(
        s.frequent_mistakes(p.id).unwrap(),
        [
            ("WrongAccount".to_owned(), 2, 1),
            ("LeftUp".to_owned(), 1, 1),
            ("Slow".to_owned(), 1, 1),
        ]
    );
    assert_eq!(
        s.best_per_scenario(p.id).unwrap(),
        [("motor-city".to_owned(), 85, "B".to_owned(), true)]
    );
    let all = s.runs(&RunFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    let done = s
        .runs(&RunFilter {
            finished_only: true,
            scenario: Some("motor-city".into()),
            trainee: Some("Chloé".into()),
        })
        .unwrap();
    assert_eq!(done.len(), 2);
    assert!(
        s.runs(&RunFilter {
            trainee: Some("nobody".into()),
            ..Default::default()
        })
        .unwrap()
        .is_empty()
    );
}

#[test]
fn the_writer_thread_commits_what_it_is_given() {
    let d = dir("writer");
    let s = Store::open(&d).unwrap();
    let p = s
        .profile_or_create("Dan", ProfileSettings::default())
        .unwrap();
    let w = Writer::spawn(s);
    let run = w.begin(start(p.id, "first-day"));
    for k in 1..=50 {
        w.journal(&run, k, action(u64::from(k)));
    }
    w.clock(&run, 51_000);
    w.flush().unwrap();
    // Another connection sees every action already.
    let reader = Store::open(&d).unwrap();
    assert_eq!(reader.run_actions(&run).unwrap().len(), 50);
    assert_eq!(reader.run(&run).unwrap().clock_ms, 51_000);
    // A failed write (an unknown run) is kept, not fatal.
    w.finish(&"no-such-run".to_owned(), finished(1, false, &[]));
    assert!(w.flush().is_err());
    assert!(w.error().unwrap().contains("no-such-run"));
    let back = w.stop().unwrap();
    assert_eq!(back.run_actions(&run).unwrap().len(), 50);
}

#[test]
fn csv_one_row_per_finished_run_field_by_field() {
    let d = dir("csv");
    let mut s = Store::open(&d).unwrap();
    let p = s
        .profile_or_create("=HYPERLINK(\"http://x\")", ProfileSettings::default())
        .unwrap();
    let run = s.begin_run(&start(p.id, "motor-city")).unwrap();
    s.finish_run(&run, &finished(64, false, &[])).unwrap();
    let open = s.begin_run(&start(p.id, "recall")).unwrap();
    let runs = s.runs(&RunFilter::default()).unwrap();
    let text = export::csv(&runs).unwrap();
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let head: Vec<String> = rd.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(head, CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "the unfinished run {open} has no row");
    let row: Vec<&str> = rows[0].iter().collect();
    let r = s.run(&run).unwrap();
    assert_eq!(
        row,
        [
            run.as_str(),
            "'=HYPERLINK(\"http://x\")",
            "motor-city",
            "Title of motor-city",
            "18446744073709551610",
            r.started.as_str(),
            r.ended.as_deref().unwrap(),
            "64",
            "D",
            "false",
            "91",
            "82",
            "73",
            "64",
            "55",
            "1",
            "67",
            "2",
            "0.1.0",
        ]
    );
}

/// The shape of an ISO 8601 duration as xAPI takes it.
fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("PT") else {
        return false;
    };
    let mut seen = String::new();
    let mut num = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
        } else if "HMS".contains(c) && !num.is_empty() && !seen.contains(c) {
            if num.contains('.')
                && (c != 'S'
                    || num
                        .split('.')
                        .nth(1)
                        .is_some_and(|f| f.len() > 2 || f.is_empty()))
            {
                return false;
            }
            seen.push(c);
            num.clear();
        } else {
            return false;
        }
    }
    num.is_empty() && !seen.is_empty()
}

#[test]
fn iso_durations() {
    assert_eq!(export::iso_duration(0), "PT0S");
    assert_eq!(export::iso_duration(872_500), "PT14M32.5S");
    assert_eq!(export::iso_duration(3_600_000), "PT1H");
    assert_eq!(export::iso_duration(3_723_456), "PT1H2M3.46S");
    for ms in [0, 1, 999, 1000, 59_999, 60_000, 3_599_999, 86_400_000] {
        assert!(is_iso_duration(&export::iso_duration(ms)), "{ms}");
    }
    assert!(!is_iso_duration("14 minutes"));
}

#[test]
fn xapi_statements_follow_the_spec_rules() {
    let d = dir("xapi");
    let mut s = Store::open(&d).unwrap();
    let p = s
        .profile_or_create("Eve Martin", ProfileSettings::default())
        .unwrap();
    let passed = s.begin_run(&start(p.id, "motor city/2")).unwrap();
    s.finish_run(&passed, &finished(85, true, &[])).unwrap();
    let failed = s.begin_run(&start(p.id, "recall")).unwrap();
    s.finish_run(&failed, &finished(40, false, &[])).unwrap();
    s.begin_run(&start(p.id, "unfinished")).unwrap();
    let runs = s.runs(&RunFilter::default()).unwrap();
    let st = s.xapi(&runs, export::XAPI_BASE).unwrap();
    assert_eq!(st.len(), 2, "only finished runs");
    let again = s.xapi(&runs, export::XAPI_BASE).unwrap();
    assert_eq!(st, again, "the same statement, the same id, every time");
    let iri = |v: &serde_json::Value| {
        let t = v.as_str().unwrap();
        assert!(t.starts_with("https://") || t.starts_with("http://"), "{t}");
        assert!(!t.contains(' '), "{t}");
    };
    for (x, (verb, scaled)) in st.iter().zip([("passed", 0.85), ("failed", 0.40)]) {
        // Required: id (a UUID), actor, verb (IRI), object (IRI).
        uuid::Uuid::parse_str(x["id"].as_str().unwrap()).unwrap();
        let account = &x["actor"]["account"];
        iri(&account["homePage"]);
        let name = account["name"].as_str().unwrap();
        assert!(
            name.starts_with("trainee-") && !name.contains("Eve"),
            "{name}"
        );
        assert!(x["actor"].get("mbox").is_none() && x["actor"].get("name").is_none());
        iri(&x["verb"]["id"]);
        assert_eq!(
            x["verb"]["id"],
            format!("http://adlnet.gov/expapi/verbs/{verb}")
        );
        assert_eq!(x["object"]["objectType"], "Activity");
        iri(&x["object"]["id"]);
        // Result: scaled in 0..1, success, completion, an ISO 8601 duration.
        let r = &x["result"];
        assert_eq!(r["score"]["scaled"].as_f64(), Some(scaled));
        assert!((0.0..=1.0).contains(&r["score"]["scaled"].as_f64().unwrap()));
        assert_eq!(r["score"]["min"], 0);
        assert_eq!(r["score"]["max"], 100);
        assert_eq!(r["success"], verb == "passed");
        assert_eq!(r["completion"], true);
        assert!(
            is_iso_duration(r["duration"].as_str().unwrap()),
            "{}",
            r["duration"]
        );
        let ext = r["extensions"].as_object().unwrap();
        assert_eq!(ext.len(), 7);
        for (k, _) in ext {
            iri(&serde_json::Value::String(k.clone()));
        }
        assert_eq!(ext[&format!("{}/extensions/speed", export::XAPI_BASE)], 91);
        assert_eq!(
            ext[&format!("{}/extensions/account-safety", export::XAPI_BASE)],
            55
        );
        // Context: the attempt's registration (a UUID); the timestamp.
        uuid::Uuid::parse_str(x["context"]["registration"].as_str().unwrap()).unwrap();
        x["timestamp"]
            .as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .unwrap();
    }
    assert_eq!(
        st[0]["object"]["id"],
        format!("{}/scenarios/motor%20city%2F2", export::XAPI_BASE)
    );
    assert_ne!(st[0]["id"], st[1]["id"]);
    assert_eq!(st[0]["actor"], st[1]["actor"], "one trainee, one actor");
}

#[test]
fn deleting_a_trainee_leaves_nothing_of_them_in_the_file() {
    let d = dir("delete");
    let mut s = Store::open(&d).unwrap();
    let gone = s
        .profile_or_create("Zébulon Quuxworth", ProfileSettings::default())
        .unwrap();
    let kept = s
        .profile_or_create("Yara Kept", ProfileSettings::default())
        .unwrap();
    let mut ids = Vec::new();
    for k in 0..5 {
        let mut st = start(gone.id, "secret-scenario-of-zebulon");
        st.scenario_title = format!("Zébulon's private day {k}");
        let run = s.begin_run(&st).unwrap();
        for a in 1..=4 {
            s.journal(
                &run,
                a,
                &TimedAction {
                    at: u64::from(a),
                    action: Action::Post(0, Reply::Free("Quuxworth wrote this".into())),
                },
            )
            .unwrap();
        }
        if k % 2 == 0 {
            let mut f = finished(50, false, &["WrongAccount"]);
            f.report_json = r#"{"player":"Zébulon Quuxworth"}"#.into();
            s.finish_run(&run, &f).unwrap();
        }
        ids.push(run);
    }
    let other = s.begin_run(&start(kept.id, "kept-scenario")).unwrap();
    s.finish_run(&other, &finished(90, true, &["Slow"]))
        .unwrap();
    assert_eq!(s.delete_trainee("Zébulon Quuxworth").unwrap(), 5);
    assert!(s.profile("Zébulon Quuxworth").unwrap().is_none());
    assert!(matches!(
        s.delete_trainee("Zébulon Quuxworth"),
        Err(StoreError::NoTrainee(_))
    ));
    drop(s);
    // Nothing of them in any file of the folder: the database, its WAL,
    // its shared memory.
    let needles: Vec<Vec<u8>> = ["Zébulon", "Quuxworth", "zebulon"]
        .iter()
        .map(|n| n.as_bytes().to_vec())
        .chain(ids.iter().map(|i| i.as_bytes().to_vec()))
        .collect();
    for e in std::fs::read_dir(&d).unwrap() {
        let p = e.unwrap().path();
        let b = bytes(&p);
        for n in &needles {
            assert!(
                !b.windows(n.len()).any(|w| w == n.as_slice()),
                "{} still holds {:?}",
                p.display(),
                String::from_utf8_lossy(n)
            );
        }
    }
    // The other trainee is whole.
    let s = Store::open(&d).unwrap();
    assert_eq!(s.run(&other).unwrap().score.unwrap().overall, 90);
    assert_eq!(s.run_findings(&other).unwrap().len(), 1);
    assert!(s.export_trainee("Yara Kept").is_ok());
}

#[test]
fn a_trainee_export_holds_everything_stored_about_them() {
    let d = dir("export");
    let mut s = Store::open(&d).unwrap();
    let p = s
        .profile_or_create("Fay", ProfileSettings::default())
        .unwrap();
    let run = s.begin_run(&start(p.id, "motor-city")).unwrap();
    s.journal(&run, 1, &action(1)).unwrap();
    let done = s.begin_run(&start(p.id, "recall")).unwrap();
    let mut f = finished(70, true, &["Slow", "LeftUp"]);
    f.report_json = r#"{"overall":70}"#.into();
    s.finish_run(&done, &f).unwrap();
    let x = s.export_trainee("Fay").unwrap();
    assert_eq!(x["profile"]["name"], "Fay");
    assert_eq!(x["profile"]["settings"]["pace"], 1.0);
    let runs = x["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["run"]["id"], run);
    assert_eq!(
        runs[0]["actions"].as_array().unwrap().len(),
        1,
        "the journal"
    );
    assert_eq!(runs[1]["actions"].as_array().unwrap().len(), 3, "the log");
    assert_eq!(runs[1]["report"]["overall"], 70);
    assert_eq!(runs[1]["findings"][1]["rule"], "LeftUp");
    assert!(matches!(
        s.export_trainee("Nobody"),
        Err(StoreError::NoTrainee(_))
    ));
}
