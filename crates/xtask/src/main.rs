//! `cargo xtask`: the project's two commands on a fresh Debian or Ubuntu
//! machine that has only the Rust toolchain.
//!
//! - `cargo xtask play [ARGS…]`: installs the system libraries the game
//!   needs (when missing), then builds and runs it in release mode
//!   (`ARGS` go to `onbrand`, e.g. `play scenarios/en/02-motor-city.ron`).
//! - `cargo xtask test [ARGS…]`: installs what the tests need (the same
//!   libraries, Xvfb and a software Vulkan driver for the real-window UI
//!   test), then runs every test of the workspace (`ARGS` go to
//!   `cargo test`, e.g. a test name).
//! - `cargo xtask setup`: only the system packages.
//!
//! Packages come from apt-get, through sudo when not root. Nothing is
//! installed twice: what `dpkg-query` reports as installed is skipped.

use std::process::{Command, ExitCode};

/// What the game needs to build and run (audio, input, windowing).
const GAME: &[&str] = &[
    "pkg-config",
    "libasound2-dev",
    "libudev-dev",
    "libwayland-dev",
    "libxkbcommon-dev",
];

/// What the tests need on top: a window without a screen, rendered in
/// software.
const TESTS: &[&str] = &["xvfb", "xauth", "mesa-vulkan-drivers"];

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    let result = match task.as_str() {
        "play" => ensure(GAME).and_then(|()| play(&rest)),
        "test" => ensure(&[GAME, TESTS].concat()).and_then(|()| test(&rest)),
        "setup" => ensure(&[GAME, TESTS].concat()),
        _ => {
            eprintln!(
                "usage: cargo xtask play [ARGS…] | cargo xtask test [ARGS…] | cargo xtask setup"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Builds and runs the game.
fn play(args: &[String]) -> Result<(), String> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        eprintln!(
            "xtask: no display found (DISPLAY and WAYLAND_DISPLAY are unset): the window may not open; \
             on a machine without a screen, run `xvfb-run -a cargo xtask play`"
        );
    }
    cargo(
        &["run", "--release", "--locked", "--package", "onbrand", "--"],
        args,
    )
}

/// Runs every test of the workspace, the UI test included.
fn test(args: &[String]) -> Result<(), String> {
    cargo(
        &[
            "test",
            "--workspace",
            "--locked",
            "--features",
            "onbrand/dev",
        ],
        args,
    )
}

fn cargo(base: &[&str], extra: &[String]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    eprintln!("xtask: cargo {} {}", base.join(" "), extra.join(" "));
    let status = Command::new(&cargo)
        .args(base)
        .args(extra)
        .status()
        .map_err(|e| format!("cannot run {cargo}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed ({status})", base[0]))
    }
}

/// Whether a Debian package is installed.
fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

/// Installs the packages that are missing.
fn ensure(packages: &[&str]) -> Result<(), String> {
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!(
            "xtask: not a Debian or Ubuntu system: make sure these are installed: {}",
            packages.join(" ")
        );
        return Ok(());
    }
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing {}", missing.join(" "));
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let run = |args: &[&str]| -> Result<(), String> {
        let mut cmd = if root {
            Command::new(args[0])
        } else {
            let mut c = Command::new("sudo");
            c.arg(args[0]);
            c
        };
        let status = cmd
            .args(&args[1..])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .map_err(|e| format!("cannot run {}: {e}", args[0]))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!(
                "`{}{}` failed ({status}); install them by hand: sudo apt-get install {}",
                if root { "" } else { "sudo " },
                args.join(" "),
                missing.join(" ")
            ))
        }
    };
    run(&["apt-get", "update", "-qq"])?;
    let mut install = vec!["apt-get", "install", "-y", "-qq", "--no-install-recommends"];
    install.extend(&missing);
    run(&install)
}
