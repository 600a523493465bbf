//! The real game under Xvfb (software Vulkan), driven by a RON script of
//! inputs: menu → briefing → shift (reply, switch account, ask approval,
//! holding reply, post approved) → debrief. Checks the score and saves a
//! screenshot of every screen in `docs/screenshots/`.
//!
//! Needs `xvfb-run` and a Vulkan driver (`.ci/run` installs them). Set
//! `ONBRAND_SKIP_UI=1` to skip on a machine without them.

use std::process::Command;
use std::time::Duration;

fn run_script(script: &str, scenarios: &[&str], lang: &str, shots: &str) -> std::process::Output {
    run_with(script, scenarios, lang, shots, &[])
}

/// A fresh records folder for one test (never the user's own).
fn data_dir(name: &str) -> String {
    let d = format!("target/ui-records/{name}");
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_with(
    script: &str,
    scenarios: &[&str],
    lang: &str,
    shots: &str,
    extra: &[&str],
) -> std::process::Output {
    let name = std::path::Path::new(script)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    run_in(script, scenarios, lang, shots, extra, &data_dir(&name))
}

/// The game command of a script, before its time limit.
fn game(
    script: &str,
    scenarios: &[&str],
    lang: &str,
    shots: &str,
    extra: &[&str],
    data: &str,
) -> Command {
    let mut c = Command::new("xvfb-run");
    c.args(["-a", "-s", "-screen 0 1280x720x24"])
        .arg(env!("CARGO_BIN_EXE_onbrand"))
        .args(extra)
        .args(scenarios)
        .args([
            "--seed",
            "7",
            "--lang",
            lang,
            "--script",
            script,
            "--screenshots",
            shots,
        ])
        .env("ONBRAND_SCENARIOS", "scenarios")
        .env("ONBRAND_DATA_DIR", data);
    c
}

fn run_in(
    script: &str,
    scenarios: &[&str],
    lang: &str,
    shots: &str,
    extra: &[&str],
    data: &str,
) -> std::process::Output {
    let bin = env!("CARGO_BIN_EXE_onbrand");
    // Software rendering sometimes hangs at window creation: a time limit
    // and one retry.
    let mut last = None;
    for _ in 0..2 {
        let out = Command::new("timeout")
            .args([
                "-k",
                "10",
                "300",
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1280x720x24",
            ])
            .arg(bin)
            .args(extra)
            .args(scenarios)
            .args([
                "--seed",
                "7",
                "--lang",
                lang,
                "--script",
                script,
                "--screenshots",
                shots,
            ])
            .env("ONBRAND_SCENARIOS", "scenarios")
            .env("ONBRAND_DATA_DIR", data)
            .output()
            .expect("timeout and xvfb-run are installed");
        if out.status.code() != Some(124) && out.status.code() != Some(137) {
            return out;
        }
        std::thread::sleep(Duration::from_secs(1));
        last = Some(out);
    }
    last.unwrap()
}

/// Whether UI tests are switched off on this machine.
fn skipped() -> bool {
    let skip = std::env::var_os("ONBRAND_SKIP_UI").is_some();
    if skip {
        eprintln!("ONBRAND_SKIP_UI is set: UI test skipped");
    }
    skip
}

/// Checks a successful run and returns the score line it printed.
fn report(out: &std::process::Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    stdout
        .lines()
        .find_map(|l| serde_json::from_str(l).ok())
        .unwrap_or_else(|| panic!("no score line in:\n{stdout}"))
}

/// Checks that screenshots were written.
fn assert_shots(shots: &str, names: &[&str]) {
    for name in names {
        let p = format!("{shots}/{name}.png");
        let len = std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
        assert!(len > 10_000, "{p} missing or empty ({len} bytes)");
    }
}

#[test]
fn plays_a_shift_through_every_screen() {
    if skipped() {
        return;
    }
    let shots = "docs/screenshots";
    let out = run_script(
        "tests/ui/shift.ron",
        &["tests/fixtures/ui-shift.ron"],
        "en",
        shots,
    );
    let report = report(&out);
    // Frame time is fixed, so the run is exact: every answer right, from the
    // right account, approval asked; speed loses a little to reading time.
    assert_eq!(report["scenario"], "ui-shift");
    assert_eq!(report["overall"], 100);
    assert_eq!(report["speed"], 98);
    assert_eq!(report["accuracy"], 100);
    assert_eq!(report["process"], 100);
    assert_eq!(report["account_safety"], 100);
    assert_eq!(report["passed"], true);
    assert_shots(
        shots,
        &[
            "01-title",
            "02-briefing",
            "03-shift-compose",
            "04-shift-approval-pending",
            "05-shift-personal",
            "06-help",
            "07-pause",
            "08-debrief",
        ],
    );
}

#[test]
fn mistakes_fail_the_shift_in_french() {
    if skipped() {
        return;
    }
    let shots = "docs/screenshots";
    let out = run_script(
        "tests/ui/mistakes.ron",
        &[
            "tests/fixtures/broken/semantic.ron",
            "tests/fixtures/ui-shift.ron",
        ],
        "fr",
        shots,
    );
    let report = report(&out);
    // Two wrong-account posts (a DM answered in public, the joke on the
    // brand account), an outdated price, a recall answer without approval.
    assert_eq!(report["incidents"], 2);
    assert_eq!(report["account_safety"], 0);
    assert_eq!(report["process"], 0);
    assert_eq!(report["passed"], false);
    assert_eq!(
        (report["speed"].as_u64(), report["accuracy"].as_u64()),
        (Some(66), Some(33))
    );
    assert_eq!(report["alignment"], 75);
    // (66×20 + 33×25 + 75×20 + 0×20 + 0×15) / 100 = 36.45 → 36, then what
    // the shift caused: bad buzz 42 → 4, sentiment -29 → 2.
    assert_eq!(report["weighted"], 36);
    assert_eq!(report["overall"], 30);
    assert_eq!(report["failed_by"][0]["rule"], "WrongAccount");
    // The debrief the game drew, in French, is in the report.
    assert_eq!(report["lang"], "fr");
    assert_eq!(report["findings"][0]["title"], "Mauvais compte");
    assert_shots(
        shots,
        &[
            "09-fr-title-broken-scenario",
            "10-fr-briefing",
            "11-fr-shift-trap",
            "12-fr-debrief-mistakes",
        ],
    );
}

#[test]
fn hot_reload_restarts_or_shows_errors() {
    if skipped() {
        return;
    }
    std::fs::create_dir_all("target/watch-test").unwrap();
    std::fs::copy(
        "tests/fixtures/ui-shift.ron",
        "target/watch-test/scenario.ron",
    )
    .unwrap();
    let out = run_with(
        "tests/ui/watch.ron",
        &[],
        "en",
        "docs/screenshots",
        &["play", "target/watch-test/scenario.ron", "--watch"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_shots("docs/screenshots", &["13-watch-errors"]);
}

#[test]
fn records_survive_a_restart() {
    if skipped() {
        return;
    }
    let shots = "docs/screenshots";
    let data = data_dir("restart");
    // Day 1 passed (a bot's run stored as the trainee's, as trainers check
    // the pipeline), then the fixture shift played in the game.
    let sim = Command::new(env!("CARGO_BIN_EXE_onbrand"))
        .args(["sim", "scenarios/en/01-first-day.ron", "--bot", "ideal"])
        .args(["--trainee", "Ada Test", "--data-dir", &data])
        .output()
        .unwrap();
    assert_eq!(sim.status.code(), Some(0));
    let out = run_in(
        "tests/ui/records-play.ron",
        &["tests/fixtures/ui-shift.ron"],
        "en",
        "target/ui-records/shots",
        &[],
        &data,
    );
    let played = report(&out);
    assert_eq!(played["player"], "Ada Test");
    // The game again, with no scenario on the command line: the campaign,
    // day 1 passed, the Progress screen lists both runs, one is compared
    // with the ideal play and watched again.
    let out = run_in(
        "tests/ui/records-progress.ron",
        &[],
        "en",
        shots,
        &[],
        &data,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = onbrand_records::Store::open(std::path::Path::new(&data)).unwrap();
    let runs = store.runs(&onbrand_records::RunFilter::default()).unwrap();
    assert_eq!(runs.len(), 2, "a replay is not a new run");
    assert_eq!(runs[1].scenario_id, "ui-shift");
    assert_eq!(
        runs[1].score.unwrap().overall,
        played["overall"].as_u64().unwrap() as u32
    );
    assert_shots(
        shots,
        &[
            "14-title-progress",
            "15-progress",
            "16-compare",
            "17-replay",
        ],
    );
}

#[test]
fn a_shift_killed_mid_way_resumes_to_the_same_score() {
    use onbrand_records::{RunFilter, RunState, Store};
    use std::os::unix::process::CommandExt;
    if skipped() {
        return;
    }
    let data = data_dir("kill");
    let mut child = game(
        "tests/ui/records-kill.ron",
        &["tests/fixtures/ui-shift.ron"],
        "en",
        "target/ui-records/shots",
        &[],
        &data,
    )
    .process_group(0)
    .spawn()
    .expect("xvfb-run is installed");
    // Wait until the journal holds the five actions before the kill (two
    // opens, two posts, an account switch).
    let dir = std::path::Path::new(&data);
    let started = std::time::Instant::now();
    let journaled = || -> Option<(String, usize)> {
        let s = Store::open(dir).ok()?;
        let r = s.runs(&RunFilter::default()).ok()?.into_iter().next()?;
        let n = s.run_actions(&r.id).ok()?.len();
        Some((r.id, n))
    };
    let run = loop {
        if let Some((id, n)) = journaled()
            && n >= 5
        {
            break id;
        }
        assert!(
            started.elapsed() < Duration::from_secs(240),
            "the journal never reached five actions"
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    // Let the clock be saved once or twice more, then SIGKILL the game and
    // its X server: no exit code, no flush, nothing but what was committed.
    std::thread::sleep(Duration::from_secs(3));
    let pgid = child.id() as i32;
    // SAFETY: the process group was created for this child alone.
    unsafe {
        libc::killpg(pgid, libc::SIGKILL);
    }
    let _ = child.wait();
    let store = Store::open(dir).unwrap();
    let before = store.run_actions(&run).unwrap();
    let stopped = store.run(&run).unwrap();
    assert_eq!(stopped.state, RunState::Unfinished);
    assert!(before.len() >= 5);
    assert!(
        stopped.clock_ms >= before.last().unwrap().at,
        "the clock was saved"
    );
    drop(store);
    // Start again: the shift is offered, resumed, played to its end.
    let out = run_in(
        "tests/ui/records-resume.ron",
        &["tests/fixtures/ui-shift.ron"],
        "en",
        "docs/screenshots",
        &[],
        &data,
    );
    let resumed = report(&out);
    let store = Store::open(dir).unwrap();
    let r = store.run(&run).unwrap();
    assert_eq!(r.state, RunState::Finished, "the same run, finished");
    let actions = store.run_actions(&run).unwrap();
    assert_eq!(
        actions[..before.len()],
        before[..],
        "nothing journaled was lost"
    );
    assert!(
        actions.len() > before.len(),
        "the action after the restart is kept"
    );
    // The same actions played without interruption give the same score.
    let sc = onbrand_core::scenario::load_file(std::path::Path::new("tests/fixtures/ui-shift.ron"))
        .scenario
        .unwrap();
    let straight = onbrand_core::score::score(&onbrand_core::sim::bots::replay(&sc, 7, &actions));
    for (key, v) in [
        ("overall", straight.overall),
        ("speed", straight.dims.speed),
        ("accuracy", straight.dims.accuracy),
        ("alignment", straight.dims.alignment),
        ("process", straight.dims.process),
        ("account_safety", straight.dims.account_safety),
        ("incidents", straight.incidents),
    ] {
        assert_eq!(resumed[key].as_u64(), Some(u64::from(v)), "{key}");
    }
    assert_eq!(resumed["passed"], straight.passed);
    assert_eq!(r.score, Some(straight.recorded()));
    assert_shots("docs/screenshots", &["18-resume-offer", "19-resumed"]);
}
