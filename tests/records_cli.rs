//! The records on the command line, run as a trainer would: a bot's runs
//! stored as a trainee's, found again by `results` in every format, a
//! trainee exported and deleted (with the confirmation the issue asks).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh data folder per test, under target/.
fn data_dir(name: &str) -> PathBuf {
    let d = root().join("target").join("records-cli").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn onbrand(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_onbrand"))
        .current_dir(root())
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("ONBRAND_DATA_DIR")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "{}{}", out(o), err(o));
}

/// Two Motor City runs for Ada (ideal seed 1, careless seed 4) and one
/// First Day run for Bob.
fn stored(name: &str) -> PathBuf {
    let d = data_dir(name);
    for (sc, bot, seed, who) in [
        ("scenarios/en/02-motor-city.ron", "ideal", "1", "Ada Test"),
        (
            "scenarios/en/02-motor-city.ron",
            "careless",
            "4",
            "Ada Test",
        ),
        ("scenarios/en/01-first-day.ron", "ideal", "2", "Bob"),
    ] {
        ok(&onbrand(
            &d,
            &[
                "sim",
                sc,
                "--bot",
                bot,
                "--seed",
                seed,
                "--json",
                "--trainee",
                who,
            ],
        ));
    }
    d
}

#[test]
fn sim_runs_are_found_again_by_results_in_json_and_csv() {
    let d = stored("results");
    // The scores stored are the scores sim printed.
    let sim = onbrand(
        &d,
        &[
            "sim",
            "scenarios/en/02-motor-city.ron",
            "--bot",
            "careless",
            "--seed",
            "4",
            "--json",
        ],
    );
    ok(&sim);
    let printed: serde_json::Value =
        serde_json::from_str(out(&sim).lines().next().unwrap()).unwrap();

    let o = onbrand(&d, &["results", "--trainee", "Ada Test", "--json"]);
    ok(&o);
    let runs: Vec<serde_json::Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(runs.len(), 2, "{}", out(&o));
    assert!(runs.iter().all(|r| r["trainee"] == "Ada Test"));
    let careless = runs
        .iter()
        .find(|r| r["seed"] == 4)
        .expect("the seed-4 run");
    for key in ["overall", "passed", "incidents"] {
        assert_eq!(careless["score"][key], printed[key], "{key}: {careless}");
    }
    assert_eq!(careless["scenario_id"], "motor-city");
    assert_eq!(careless["scenario_sha256"].as_str().unwrap().len(), 64);

    let o = onbrand(&d, &["results", "--scenario", "first-day", "--csv"]);
    ok(&o);
    let text = out(&o);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(&header[..3], ["run", "trainee", "scenario"]);
    for dim in [
        "speed",
        "accuracy",
        "alignment",
        "process",
        "account_safety",
    ] {
        assert!(header.contains(&dim), "{dim} in {header:?}");
    }
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert!(rows[0].contains(",Bob,first-day,"), "{}", rows[0]);

    // The table names every run.
    let o = onbrand(&d, &["results"]);
    ok(&o);
    assert_eq!(out(&o).matches("motor-city").count(), 2, "{}", out(&o));
}

#[test]
fn xapi_statements_are_written_once_then_kept_unless_forced() {
    let d = stored("xapi");
    let file = d.join("statements.json");
    let f = file.to_str().unwrap();
    let o = onbrand(&d, &["results", "--xapi", f]);
    ok(&o);
    assert!(
        err(&o).contains("3 xAPI statement(s) written"),
        "{}",
        err(&o)
    );
    let first = std::fs::read_to_string(&file).unwrap();
    let st: Vec<serde_json::Value> = serde_json::from_str(&first).unwrap();
    assert_eq!(st.len(), 3);
    for s in &st {
        let scaled = s["result"]["score"]["scaled"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&scaled));
        assert!(s["actor"]["account"]["name"].as_str().is_some());
        assert!(!first.contains("Ada Test"), "the actor is a pseudonym");
    }
    // An existing file is kept...
    let o = onbrand(&d, &["results", "--xapi", f]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
    // ...unless forced; the statement ids are stable, so re-sending is
    // idempotent.
    ok(&onbrand(&d, &["results", "--xapi", f, "--force"]));
    let again: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let ids = |v: &[serde_json::Value]| -> Vec<String> {
        let mut i: Vec<String> = v
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect();
        i.sort();
        i
    };
    assert_eq!(ids(&st), ids(&again));
}

#[test]
fn a_trainee_is_listed_exported_and_deleted_only_when_confirmed() {
    let d = stored("trainee");
    let o = onbrand(&d, &["trainee", "list"]);
    ok(&o);
    assert!(
        out(&o).contains("Ada Test") && out(&o).contains("Bob"),
        "{}",
        out(&o)
    );

    let file = d.join("ada.json");
    ok(&onbrand(
        &d,
        &[
            "trainee",
            "export",
            "Ada Test",
            "--out",
            file.to_str().unwrap(),
        ],
    ));
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(export["runs"].as_array().map(Vec::len), Some(2), "{export}");

    // Without a terminal to answer at, deleting needs --yes: a usage
    // error, and nothing deleted.
    let o = onbrand(&d, &["trainee", "delete", "Ada Test"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("--yes"), "{}", err(&o));
    let o = onbrand(&d, &["results", "--trainee", "Ada Test", "--json"]);
    assert_eq!(out(&o).lines().count(), 2);

    let o = onbrand(&d, &["trainee", "delete", "Ada Test", "--yes"]);
    ok(&o);
    assert!(
        out(&o).contains("deleted Ada Test and 2 runs"),
        "{}",
        out(&o)
    );
    let o = onbrand(&d, &["results", "--json"]);
    ok(&o);
    assert_eq!(out(&o).lines().count(), 1, "only Bob's run is left");
    let o = onbrand(&d, &["trainee", "delete", "Nobody", "--yes"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("no trainee named `Nobody`"), "{}", err(&o));
}
