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

fn run_with(
    script: &str,
    scenarios: &[&str],
    lang: &str,
    shots: &str,
    extra: &[&str],
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
