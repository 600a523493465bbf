//! Frame-time benchmark: the shift screen with a 1,000-item feed, an action
//! every frame, with and without the records' journal, against an empty
//! Bevy + bevy_egui app, each in a real window (`onbrand frame-bench` runs
//! the three as child processes and prints them side by side).

use super::GameError;
use super::state::{Screen, Session};
use bevy::prelude::*;
use bevy::window::PresentMode;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
use onbrand_core::scenario::load_bytes;
use onbrand_core::sim::generate::busy_scenario;
use std::path::Path;

/// Frames measured after warm-up.
#[derive(Resource)]
struct Measure {
    warmup: u32,
    frames: u32,
    times: Vec<f64>,
    label: String,
}

fn measure(time: Res<Time<Real>>, mut m: ResMut<Measure>, mut exit: MessageWriter<AppExit>) {
    if m.warmup > 0 {
        m.warmup -= 1;
        return;
    }
    m.times.push(time.delta_secs_f64() * 1000.0);
    if m.times.len() as u32 >= m.frames {
        let mut v = m.times.clone();
        v.sort_by(f64::total_cmp);
        let pct = |p: f64| v[((v.len() as f64 * p) as usize).min(v.len() - 1)];
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        println!(
            "{{\"app\":\"{}\",\"frames\":{},\"mean_ms\":{mean:.2},\"p50_ms\":{:.2},\"p95_ms\":{:.2},\"p99_ms\":{:.2}}}",
            m.label,
            v.len(),
            pct(0.5),
            pct(0.95),
            pct(0.99)
        );
        exit.write(AppExit::Success);
    }
}

fn empty_ui(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    egui::Window::new("empty").show(ctx, |ui| ui.label("Bevy + bevy_egui"));
    Ok(())
}

/// The two apps the benchmark compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BenchApp {
    /// An empty Bevy + bevy_egui app (the floor).
    Empty,
    /// The shift screen with a big feed, an action taken every frame.
    Feed,
    /// The same, every action journaled to the records (the trainee's
    /// shift as it is really played).
    Journal,
}

impl BenchApp {
    fn name(self) -> &'static str {
        match self {
            BenchApp::Empty => "empty",
            BenchApp::Feed => "feed",
            BenchApp::Journal => "journal",
        }
    }
}

/// Runs one measured app: `empty`, or `feed` with `items` items; prints its
/// figures as one JSON line.
pub fn child(app_kind: BenchApp, items: usize, frames: u32) -> Result<(), GameError> {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: format!("On Brand frame bench ({})", app_kind.name()),
            resolution: (1280u32, 720u32).into(),
            present_mode: PresentMode::AutoNoVsync,
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(Measure {
        warmup: 30,
        frames,
        times: Vec::new(),
        label: match app_kind {
            BenchApp::Feed => format!("feed-{items}"),
            BenchApp::Journal => format!("feed-{items}-journaled"),
            BenchApp::Empty => "empty".into(),
        },
    })
    .add_systems(Update, measure);
    // Records in a folder of their own (never the user's), removed after.
    let data = std::env::temp_dir().join(format!("onbrand-frame-bench-{}", std::process::id()));
    match app_kind {
        BenchApp::Feed | BenchApp::Journal => {
            let text = busy_scenario(items);
            let Some(sc) = load_bytes(Path::new("busy.ron"), text.as_bytes()).scenario else {
                return Err(GameError::Bench(
                    "the synthetic scenario does not load".into(),
                ));
            };
            let duration = sc.duration;
            let mut session = Session::new("busy.ron".into(), sc, 1);
            session.shift.advance(duration - 60_000);
            session.cursor = Some(0);
            app.insert_resource(super::commands::SeedSource(Some(1)))
                .insert_resource(super::LaunchOptions(super::Launch {
                    data_dir: Some(data.clone()),
                    ..super::Launch::default()
                }))
                .add_plugins(super::game_plugin)
                .insert_resource(session)
                .insert_resource(super::state::Clock {
                    paused: true,
                    ..default()
                })
                .insert_state(Screen::Shift)
                .add_systems(Update, act_every_frame);
            if app_kind == BenchApp::Journal {
                app.add_systems(
                    Startup,
                    |mut p: MessageWriter<super::records::ProfileCommand>| {
                        p.write(super::records::ProfileCommand::Choose("frame bench".into()));
                    },
                );
            }
        }
        BenchApp::Empty => {
            app.add_systems(Startup, |mut c: Commands| {
                c.spawn(Camera2d);
            })
            .add_systems(EguiPrimaryContextPass, empty_ui);
        }
    }
    let r = app.run();
    drop(app);
    let _ = std::fs::remove_dir_all(&data);
    match r {
        AppExit::Success => Ok(()),
        AppExit::Error(c) => Err(GameError::Exit(c.get())),
    }
}

/// One action a frame (opening the next item), as a busy trainee would:
/// the journaled app writes each one to the records.
fn act_every_frame(session: Option<ResMut<Session>>, mut k: Local<u32>) {
    let Some(mut s) = session else { return };
    let n = s.shift.items().len() as u32;
    if n > 0 {
        *k = (*k + 1) % n;
        let _ = s.act(onbrand_core::sim::Action::Open(*k));
    }
}

/// Runs the three apps as child processes of this executable and prints
/// their figures: the empty app, the feed, the feed journaled.
pub fn compare(items: usize, frames: u32) -> Result<(), GameError> {
    let exe = std::env::current_exe()
        .map_err(|e| GameError::Bench(format!("cannot find this executable: {e}")))?;
    let mut failed = Vec::new();
    for kind in [BenchApp::Empty, BenchApp::Feed, BenchApp::Journal] {
        let out = std::process::Command::new(&exe)
            .args([
                "frame-bench",
                "--child",
                kind.name(),
                "--items",
                &items.to_string(),
                "--frames",
                &frames.to_string(),
            ])
            .output();
        match out {
            Ok(o) if o.status.success() => print!("{}", String::from_utf8_lossy(&o.stdout)),
            Ok(o) => failed.push(format!(
                "{}: failed\n{}",
                kind.name(),
                String::from_utf8_lossy(&o.stderr)
            )),
            Err(e) => failed.push(format!("{}: {e}", kind.name())),
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(GameError::Bench(failed.join("\n")))
    }
}
