//! Hostile files through the command line, as another agency's pack or a
//! trainee's shared log would arrive: bounded time, memory and output, no
//! file read or printed that the user did not choose, nothing written
//! through a link. Each test is one reproducer of the untrusted-input issue.

#![cfg(unix)]

use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run of the binary: its output, exit code, peak memory and time.
struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    max_rss_mb: u64,
    took: Duration,
}

/// Runs `onbrand` with a time limit, measuring the child's own peak memory
/// (from `wait4`, not the whole test process).
#[allow(clippy::zombie_processes)] // reaped by `wait4` below
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let t = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_onbrand"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let o = std::thread::spawn(move || {
        let mut s = Vec::new();
        out.read_to_end(&mut s).ok();
        s
    });
    let e = std::thread::spawn(move || {
        let mut s = Vec::new();
        err.read_to_end(&mut s).ok();
        s
    });
    let pid = child.id() as libc::pid_t;
    let killer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(20));
        // SAFETY: signalling a pid; harmless if it already ended.
        unsafe { libc::kill(pid, libc::SIGKILL) };
    });
    let mut status = 0;
    // SAFETY: rusage is plain data, filled by wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, whose pid we hold.
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    drop(killer);
    let took = t.elapsed();
    Run {
        stdout: String::from_utf8_lossy(&o.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&e.join().unwrap()).into_owned(),
        code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        max_rss_mb: usage.ru_maxrss as u64 / 1024,
        took,
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("onbrand-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The issue's bounds: under 2 s and 200 MB.
fn bounded(r: &Run) {
    assert!(r.took < Duration::from_secs(2), "took {:?}", r.took);
    assert!(r.max_rss_mb < 200, "used {} MB", r.max_rss_mb);
}

#[test]
fn a_blow_up_scenario_gives_bounded_output_and_memory() {
    let d = scratch("blowup");
    let personas: String = (0..1000)
        .map(|i| format!("(id: \"{}{i:04}\", name: \"P\"),\n", "p".repeat(996)))
        .collect();
    let alts: String = (0..10_000).map(|i| format!("\"nobody{i}\", ")).collect();
    let text = format!(
        r##"Scenario(id: "big", title: "Big", duration: "10m", brand: (name: "B"),
    accounts: [(id: "b", network: Microblog, handle: "@b", name: "B", colour: "#000000", owner: Brand)],
    personas: [{personas}],
    events: [(id: "e", on: "b", author: "{}0000", alt_authors: [{alts}], text: "hi")])"##,
        "p".repeat(996)
    );
    std::fs::write(d.join("big.ron"), text).unwrap();
    let r = run_in(&d, &["check", "big.ron"]);
    bounded(&r);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stdout.len() < 200_000,
        "{} bytes of output",
        r.stdout.len()
    );
    let last = r.stdout.lines().last().unwrap();
    assert_eq!(
        last,
        "checked 1 file: 1102 errors, 0 warnings (1 file cannot be played)"
    );
    assert!(
        r.stdout
            .contains("big.ron: … and 1002 more problems (1002 errors) not shown"),
        "{}",
        &r.stdout[r.stdout.len().saturating_sub(500)..]
    );
}

#[test]
fn huge_files_are_refused_before_reading() {
    let d = scratch("huge");
    let f = std::fs::File::create(d.join("title.ron")).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap(); // 200 MB, sparse
    let r = run_in(&d, &["check", "title.ron"]);
    bounded(&r);
    assert_eq!(
        r.stdout,
        "title.ron:1:1: error: the file is larger than 16 MB: nothing was read\nchecked 1 file: 1 error, 0 warnings (1 file cannot be played)\n"
    );
    // A log of a million actions.
    let one = "(at: 0, action: Post(0, Free(\"hello there, how are you today?\"))),";
    let log = format!(
        "ActionLog(version: 1, scenario: \"golden.ron\", scenario_id: \"golden\", seed: 1, player: \"p\", actions: [{}])",
        one.repeat(1_000_000)
    );
    std::fs::write(d.join("log.ron"), log).unwrap();
    let r = run_in(&d, &["replay", "log.ron"]);
    bounded(&r);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        "log.ron:1:1: error: the file is larger than 16 MB: nothing was read\n"
    );
}

#[test]
fn check_walks_looping_links_once_and_skips_pipes() {
    let d = scratch("loops");
    let pack = d.join("d");
    std::fs::create_dir_all(&pack).unwrap();
    std::fs::copy(root().join("docs/example-scenario.ron"), pack.join("s.ron")).unwrap();
    symlink(".", pack.join("x")).unwrap();
    symlink(".", pack.join("y")).unwrap();
    let fifo = std::ffi::CString::new(pack.join("p.ron").to_str().unwrap()).unwrap();
    // SAFETY: creates a named pipe at a path we own.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let r = run_in(&d, &["check", "d"]);
    bounded(&r);
    assert_eq!(
        r.stdout,
        "d/p.ron: warning: skipped: not a regular file (a pipe, a socket or a device)\nchecked 1 file: 0 errors, 1 warning\n"
    );
    assert_eq!(r.code, Some(0));
    // Named directly, a pipe is refused without waiting for a writer.
    let r = run_in(&d, &["check", "d/p.ron"]);
    bounded(&r);
    assert_eq!(
        r.stdout.lines().next(),
        Some(
            "d/p.ron:1:1: error: not a regular file (a folder, a device or a pipe): nothing was read"
        )
    );
}

/// A log of the golden scenario, naming `scenario` as its scenario.
fn log_naming(dir: &Path, scenario: &str) -> PathBuf {
    let text = format!(
        "ActionLog(version: 1, scenario: {scenario:?}, scenario_id: \"golden\", seed: 1, player: \"p\", actions: [])"
    );
    let p = dir.join("shared.ron");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn replay_never_opens_what_a_log_names_outside_its_folder() {
    let d = scratch("paths");
    let logs = d.join("a/b/c/d/e/f");
    std::fs::create_dir_all(&logs).unwrap();
    let fifo = std::ffi::CString::new(d.join("pipe.ron").to_str().unwrap()).unwrap();
    // SAFETY: creates a named pipe at a path we own.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    for (named, shown) in [
        (
            "../../../../../../etc/passwd",
            "../../../../../../etc/passwd",
        ),
        ("/proc/self/environ", "/proc/self/environ"),
        ("/dev/zero", "/dev/zero"),
        ("/etc/passwd", "/etc/passwd"),
    ] {
        log_naming(&logs, named);
        let r = run_in(&logs, &["replay", "shared.ron"]);
        bounded(&r);
        assert_eq!(r.code, Some(1), "{named}");
        assert_eq!(
            r.stderr,
            format!(
                "shared.ron: error: the log names no scenario file (`{shown}`): replay it with --scenario FILE\n"
            ),
            "{named}"
        );
        assert!(!r.stderr.contains("root:"), "{named}");
    }
    // A .ron path outside the folder (a pipe here): never opened.
    let pipe = d.join("pipe.ron");
    log_naming(&logs, pipe.to_str().unwrap());
    let r = run_in(&logs, &["replay", "shared.ron"]);
    bounded(&r);
    assert_eq!(r.code, Some(1));
    assert!(
        r.stderr
            .ends_with("pipe.ron): replay it with --scenario FILE\n")
            && r.stderr.contains("which is not beside the log"),
        "{}",
        r.stderr
    );
    // Beside the log, by file name: used, and said.
    std::fs::copy(
        root().join("tests/fixtures/golden.ron"),
        logs.join("golden.ron"),
    )
    .unwrap();
    log_naming(&logs, "/somewhere/else/golden.ron");
    let r = run_in(&logs, &["replay", "shared.ron"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "shared.ron: note: scenario golden.ron (beside the log)\n"
    );
}

#[test]
fn a_log_cannot_drive_the_terminal() {
    let d = scratch("ansi");
    std::fs::copy(
        root().join("tests/fixtures/golden.ron"),
        d.join("golden.ron"),
    )
    .unwrap();
    let text = "ActionLog(version: 1, scenario: \"golden.ron\", scenario_id: \"golden\", seed: 1, player: \"\\u{1b}[2K\\rFAKE: replay ok\\n\", actions: [])";
    std::fs::write(d.join("log.ron"), text).unwrap();
    let r = run_in(&d, &["replay", "log.ron"]);
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    assert!(
        r.stdout
            .starts_with("Golden — seed 1 — \\u{1b}[2K\\rFAKE: replay ok\\n\n"),
        "{:?}",
        r.stdout
    );
    let text = "ActionLog(version: 1, scenario: \"golden.ron\", scenario_id: \"\\u{1b}]0;pwned\\u{7}golden\", seed: 1, player: \"p\", actions: [])";
    std::fs::write(d.join("log.ron"), text).unwrap();
    let r = run_in(&d, &["replay", "log.ron"]);
    assert_eq!(r.code, Some(1));
    assert!(!r.stderr.contains('\u{1b}') && !r.stderr.contains('\u{7}'));
    assert!(
        r.stderr
            .contains("recorded on scenario `\\u{1b}]0;pwned\\u{7}golden`"),
        "{:?}",
        r.stderr
    );
}

#[test]
fn new_never_writes_through_a_link() {
    let d = scratch("new");
    let target = d.join("victim.txt");
    symlink(&target, d.join("mine.ron")).unwrap(); // dangling
    let r = run_in(&d, &["new", "mine.ron"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        "error: mine.ron already exists: choose another name, or --force to replace it (nothing was written)\n"
    );
    assert!(!target.exists(), "written through the link");
}

#[test]
fn save_log_keeps_an_existing_file_unless_forced_and_replaces_links() {
    let d = scratch("savelog");
    let golden = root().join("tests/fixtures/golden.ron");
    let golden = golden.to_str().unwrap();
    std::fs::write(d.join("run.ron"), "my own notes").unwrap();
    let r = run_in(&d, &["sim", golden, "--save-log", "run.ron"]);
    assert_eq!(r.code, Some(1));
    assert!(r.stderr.contains("run.ron already exists"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(d.join("run.ron")).unwrap(),
        "my own notes"
    );
    let r = run_in(&d, &["sim", golden, "--save-log", "run.ron", "--force"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        std::fs::read_to_string(d.join("run.ron"))
            .unwrap()
            .starts_with("ActionLog(")
    );
    // A link is replaced by the file, never written through.
    let target = d.join("victim.txt");
    std::fs::write(&target, "precious").unwrap();
    symlink(&target, d.join("link.ron")).unwrap();
    let r = run_in(&d, &["sim", golden, "--save-log", "link.ron"]);
    assert_eq!(r.code, Some(1));
    let r = run_in(&d, &["sim", golden, "--save-log", "link.ron", "--force"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    assert!(
        !std::fs::symlink_metadata(d.join("link.ron"))
            .unwrap()
            .is_symlink()
    );
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty());
}
