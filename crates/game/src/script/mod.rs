//! UI test scripts: a RON list of steps (keys, typing, waits, screenshots,
//! checks) fed to the real game through Bevy's keyboard messages, with a
//! fixed frame time so that a run is reproducible.
//!
//! ```ron
//! UiScript(frame_ms: 50, steps: [
//!     Wait(10), Screenshot("01-title"), Key("enter"),
//!     WaitFor(Shift, 300), Key("ctrl+enter"), Type("Hello ^Ana"),
//!     ExpectScore(min: 80, max: 100, passed: Some(true), incidents: Some(0)),
//!     Exit,
//! ])
//! ```

mod keys;

use super::state::{Screen, Session};
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::render::view::screenshot::{Capturing, Screenshot, save_to_disk};
use bevy::time::TimeUpdateStrategy;
use bevy::window::PrimaryWindow;
use keys::{digit, key, letter};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A screen, as named in scripts.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum ScreenName {
    Title,
    Briefing,
    Shift,
    Debrief,
    Progress,
    Compare,
}

impl ScreenName {
    fn screen(self) -> Screen {
        match self {
            ScreenName::Title => Screen::Title,
            ScreenName::Briefing => Screen::Briefing,
            ScreenName::Shift => Screen::Shift,
            ScreenName::Debrief => Screen::Debrief,
            ScreenName::Progress => Screen::Progress,
            ScreenName::Compare => Screen::Compare,
        }
    }
}

/// One step of a script.
#[derive(Clone, Debug, Deserialize)]
pub enum Step {
    /// Let frames pass.
    Wait(u32),
    /// Press and release a key chord: "enter", "ctrl+2", "ctrl+shift+a", "f1".
    Key(String),
    /// Type text into the focused field.
    Type(String),
    /// Save a screenshot NAME.png in the screenshot folder.
    Screenshot(String),
    /// Wait (at most the given frames) until a screen shows.
    WaitFor(ScreenName, u32),
    /// Check the result of the shift.
    ExpectScore {
        /// Lowest acceptable overall.
        min: u32,
        /// Highest acceptable overall.
        max: u32,
        /// Expected pass or fail.
        passed: Option<bool>,
        /// Expected wrong-account posts.
        incidents: Option<u32>,
    },
    /// Edit a file as a trainer saving it would (hot-reload tests):
    /// replace `from` with `to`.
    Edit {
        /// The file.
        path: String,
        /// Text to replace (must be present).
        from: String,
        /// Replacement.
        to: String,
    },
    /// Check the title of the scenario being played.
    ExpectTitle(String),
    /// Check whether the watched file's errors are on screen.
    ExpectErrors(bool),
    /// Choose (or create) the trainee, as the title screen does.
    Profile(String),
    /// Check how many finished runs the Progress screen lists.
    ExpectRuns(usize),
    /// Wait for screenshots to be written, then quit.
    Exit,
}

/// A script.
#[derive(Clone, Debug, Deserialize)]
pub struct UiScript {
    /// Simulated frame duration.
    #[serde(default = "default_frame")]
    pub frame_ms: u64,
    /// The steps.
    pub steps: Vec<Step>,
}

fn default_frame() -> u64 {
    50
}

/// Why a UI script cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    /// The file cannot be read.
    #[error("{}: error: {}", .0.display(), .1)]
    Read(PathBuf, std::io::Error),
    /// Not a well-formed script.
    #[error("{}:{}:{}: error: {}", .path.display(), .line, .col, .message)]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line.
        line: usize,
        /// Column.
        col: usize,
        /// What ron says.
        message: String,
    },
}

impl UiScript {
    /// Reads a script file.
    pub fn load(path: &Path) -> Result<UiScript, ScriptError> {
        let text =
            std::fs::read_to_string(path).map_err(|e| ScriptError::Read(path.to_owned(), e))?;
        ron::from_str(&text).map_err(|e| ScriptError::Syntax {
            path: path.to_owned(),
            line: e.span.start.line,
            col: e.span.start.col,
            message: e.code.to_string(),
        })
    }
}

#[derive(Resource)]
struct Runner {
    script: UiScript,
    next: usize,
    wait: u32,
    waited: u32,
    release: Vec<(KeyCode, Key)>,
    dir: PathBuf,
    exiting: u32,
}

fn fail(msg: String, exit: &mut MessageWriter<AppExit>) {
    eprintln!("ui script: {msg}");
    exit.write(AppExit::from_code(1));
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut commands: Commands,
    mut runner: ResMut<Runner>,
    mut keys: MessageWriter<KeyboardInput>,
    window: Query<Entity, With<PrimaryWindow>>,
    screen: Res<State<Screen>>,
    session: Option<Res<Session>>,
    capturing: Query<(), With<Capturing>>,
    watched: Option<Res<super::watch::Watched>>,
    records: Res<super::records::Records>,
    mut profiles: MessageWriter<super::records::ProfileCommand>,
    mut exit: MessageWriter<AppExit>,
) {
    let Ok(window) = window.single() else { return };
    let send = |keys: &mut MessageWriter<KeyboardInput>,
                code: KeyCode,
                logical: Key,
                state: ButtonState| {
        let text = match (&logical, state) {
            (Key::Character(c), ButtonState::Pressed) => Some(c.clone()),
            _ => None,
        };
        keys.write(KeyboardInput {
            key_code: code,
            logical_key: logical,
            state,
            text,
            repeat: false,
            window,
        });
    };
    if !runner.release.is_empty() {
        for (code, logical) in std::mem::take(&mut runner.release).into_iter().rev() {
            send(&mut keys, code, logical, ButtonState::Released);
        }
        return;
    }
    if runner.exiting > 0 {
        runner.exiting += 1;
        if capturing.is_empty() && runner.exiting > 5 || runner.exiting > 600 {
            exit.write(AppExit::Success);
        }
        return;
    }
    if runner.wait > 0 {
        runner.wait -= 1;
        return;
    }
    let Some(step) = runner.script.steps.get(runner.next).cloned() else {
        fail("the script ended without Exit".into(), &mut exit);
        return;
    };
    let at = runner.next + 1;
    match step {
        Step::Wait(n) => runner.wait = n,
        Step::Key(chord) => {
            let mut pressed = Vec::new();
            for part in chord.split('+') {
                match key(part) {
                    Some(k) => pressed.push(k),
                    None => return fail(format!("step {at}: unknown key `{part}`"), &mut exit),
                }
            }
            for (code, logical) in &pressed {
                send(&mut keys, *code, logical.clone(), ButtonState::Pressed);
            }
            runner.release = pressed;
        }
        Step::Type(text) => {
            for c in text.chars() {
                let code = match c.to_ascii_lowercase() {
                    l @ 'a'..='z' => letter(l),
                    d @ '0'..='9' => digit(d),
                    _ => KeyCode::Unidentified(bevy::input::keyboard::NativeKeyCode::Unidentified),
                };
                send(
                    &mut keys,
                    code,
                    Key::Character(c.to_string().into()),
                    ButtonState::Pressed,
                );
                send(
                    &mut keys,
                    code,
                    Key::Character(c.to_string().into()),
                    ButtonState::Released,
                );
            }
        }
        Step::Screenshot(name) => {
            let path = runner.dir.join(format!("{name}.png"));
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path));
            runner.wait = 2;
        }
        Step::WaitFor(name, max) => {
            if *screen.get() != name.screen() {
                runner.waited += 1;
                if runner.waited > max {
                    return fail(
                        format!(
                            "step {at}: still on {:?} after {max} frames, expected {name:?}",
                            screen.get()
                        ),
                        &mut exit,
                    );
                }
                return;
            }
            runner.waited = 0;
        }
        Step::ExpectScore {
            min,
            max,
            passed,
            incidents,
        } => {
            let Some(r) = session
                .as_ref()
                .and_then(|s| s.result.as_ref().map(|r| (s, r)))
            else {
                return fail(
                    format!("step {at}: no score yet (is the shift over?)"),
                    &mut exit,
                );
            };
            let (_, o) = r;
            let r = &o.score;
            let report = &o.report;
            println!("{}", serde_json::to_string(report).unwrap_or_default());
            if r.overall < min
                || r.overall > max
                || passed.is_some_and(|p| p != r.passed)
                || incidents.is_some_and(|i| i != r.incidents)
            {
                return fail(
                    format!(
                        "step {at}: score {report:?} is not as expected; findings: {:?}",
                        report
                            .findings
                            .iter()
                            .map(|f| (f.rule, &f.what))
                            .collect::<Vec<_>>()
                    ),
                    &mut exit,
                );
            }
        }
        Step::Edit { path, from, to } => {
            let edited = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|t| {
                    if t.contains(&from) {
                        Ok(t.replacen(&from, &to, 1))
                    } else {
                        Err(format!("`{from}` not found"))
                    }
                })
                .and_then(|t| std::fs::write(&path, t).map_err(|e| e.to_string()));
            if let Err(e) = edited {
                return fail(format!("step {at}: cannot edit {path}: {e}"), &mut exit);
            }
        }
        Step::ExpectTitle(title) => {
            let got = session
                .as_ref()
                .map(|s| s.scenario.title.clone())
                .unwrap_or_default();
            if got != title {
                return fail(
                    format!("step {at}: playing `{got}`, expected `{title}`"),
                    &mut exit,
                );
            }
        }
        Step::ExpectErrors(shown) => {
            let errors = watched.as_ref().map_or(0, |w| w.errors.len());
            if (errors > 0) != shown {
                return fail(
                    format!(
                        "step {at}: {errors} scenario errors on screen, expected them {}",
                        if shown { "shown" } else { "gone" }
                    ),
                    &mut exit,
                );
            }
        }
        Step::Profile(name) => {
            profiles.write(super::records::ProfileCommand::Choose(name));
        }
        Step::ExpectRuns(n) => {
            if records.runs.len() != n {
                return fail(
                    format!(
                        "step {at}: {} finished runs listed, expected {n}",
                        records.runs.len()
                    ),
                    &mut exit,
                );
            }
        }
        Step::Exit => runner.exiting = 1,
    }
    runner.next += 1;
}

/// Installs a script on the app: fixed frame time, input injection.
pub fn install(app: &mut App, script: UiScript, dir: PathBuf) {
    let _ = std::fs::create_dir_all(&dir);
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
        script.frame_ms,
    )))
    .insert_resource(Runner {
        script,
        next: 0,
        wait: 0,
        waited: 0,
        release: Vec::new(),
        dir,
        exiting: 0,
    })
    .add_systems(First, drive);
}
