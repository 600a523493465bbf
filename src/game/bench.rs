//! Frame-time benchmark: the shift screen with a 1,000-item feed, against an
//! empty Bevy + bevy_egui app, each in a real window (`onbrand frame-bench`
//! runs both as child processes and prints them side by side).

use super::state::{Screen, Session, leak};
use crate::scenario::load_bytes;
use crate::sim::generate::busy_scenario;
use bevy::prelude::*;
use bevy::window::PresentMode;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};
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

/// Runs one measured app: `empty`, or `feed` with `items` items.
pub fn child(kind: &str, items: usize, frames: u32) -> std::process::ExitCode {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: format!("On Brand frame bench ({kind})"),
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
        label: if kind == "feed" {
            format!("feed-{items}")
        } else {
            "empty".into()
        },
    })
    .add_systems(Update, measure);
    if kind == "feed" {
        let text = busy_scenario(items);
        let Some(sc) = load_bytes(Path::new("busy.ron"), text.as_bytes()).scenario else {
            eprintln!("the synthetic scenario does not load");
            return std::process::ExitCode::FAILURE;
        };
        let sc = leak(sc);
        let mut session = Session::new("busy.ron".into(), sc, 1);
        session.shift.advance(sc.duration - 60_000);
        session.cursor = Some(0);
        app.insert_resource(super::commands::SeedSource(Some(1)))
            .insert_resource(super::LaunchOptions(super::Launch::default()))
            .add_plugins(super::game_plugin)
            .insert_resource(session)
            .insert_resource(super::state::Clock {
                paused: true,
                ..default()
            })
            .insert_state(Screen::Shift);
    } else {
        app.add_systems(Startup, |mut c: Commands| {
            c.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, empty_ui);
    }
    match app.run() {
        AppExit::Success => std::process::ExitCode::SUCCESS,
        AppExit::Error(_) => std::process::ExitCode::FAILURE,
    }
}

/// Runs both apps as child processes and prints their figures.
pub fn compare(items: usize, frames: u32) -> std::process::ExitCode {
    let Ok(exe) = std::env::current_exe() else {
        return std::process::ExitCode::FAILURE;
    };
    let mut ok = true;
    for kind in ["empty", "feed"] {
        let out = std::process::Command::new(&exe)
            .args([
                "frame-bench",
                "--child",
                kind,
                "--items",
                &items.to_string(),
                "--frames",
                &frames.to_string(),
            ])
            .output();
        match out {
            Ok(o) if o.status.success() => print!("{}", String::from_utf8_lossy(&o.stdout)),
            Ok(o) => {
                ok = false;
                eprintln!("{kind}: failed\n{}", String::from_utf8_lossy(&o.stderr));
            }
            Err(e) => {
                ok = false;
                eprintln!("{kind}: {e}");
            }
        }
    }
    if ok {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
