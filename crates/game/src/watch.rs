//! Hot reload for trainers (`onbrand play PATH --watch`): when the scenario
//! file changes on disk, the shift restarts with the new version, or its
//! errors are shown on screen while the old version keeps running.

use super::LaunchOptions;
use super::catalog::Catalog;
use super::commands::Toast;
use super::state::{Screen, Session, Settings};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use onbrand_core::scenario::{Severity, load_file};
use std::path::PathBuf;
use std::time::SystemTime;

/// The file watched and what its last version said.
#[derive(Resource)]
pub struct Watched {
    path: PathBuf,
    modified: Option<SystemTime>,
    since_check: f32,
    /// Errors of the last version saved (empty when it loaded).
    pub errors: Vec<String>,
}

fn modified(p: &PathBuf) -> Option<SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

fn setup(mut commands: Commands, launch: Res<LaunchOptions>) {
    if let (true, Some(p)) = (launch.0.watch, &launch.0.play) {
        commands.insert_resource(Watched {
            path: p.clone(),
            modified: modified(p),
            since_check: 0.0,
            errors: Vec::new(),
        });
    }
}

fn poll(
    mut commands: Commands,
    watched: Option<ResMut<Watched>>,
    time: Res<Time<Real>>,
    session: Option<Res<Session>>,
    mut catalog: ResMut<Catalog>,
    mut toast: ResMut<Toast>,
    settings: Res<Settings>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut w) = watched else { return };
    w.since_check += time.delta_secs();
    if w.since_check < 0.5 {
        return;
    }
    w.since_check = 0.0;
    let m = modified(&w.path);
    if m == w.modified {
        return;
    }
    w.modified = m;
    let loaded = load_file(&w.path);
    w.errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    if let Some(i) = catalog.find(&w.path) {
        catalog.reload(i);
    }
    let Some(sc) = loaded.scenario else {
        toast.show(onbrand_text::strings(settings.lang).reload_errors, true);
        return;
    };
    let seed = session.as_ref().map_or(1, |s| s.seed);
    commands.insert_resource(Session::new(w.path.clone(), sc, seed));
    toast.show(onbrand_text::strings(settings.lang).reloaded, false);
    if matches!(screen.get(), Screen::Shift | Screen::Debrief) {
        next.set(Screen::Shift);
    } else if *screen.get() == Screen::Title {
        next.set(Screen::Briefing);
    }
}

fn errors_window(
    mut contexts: EguiContexts,
    watched: Option<Res<Watched>>,
    settings: Res<Settings>,
) -> Result {
    let Some(w) = watched else { return Ok(()) };
    if w.errors.is_empty() {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    egui::Window::new(format!(
        "⚠ {}",
        onbrand_text::strings(settings.lang).scenario_errors
    ))
    .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
    .collapsible(false)
    .show(ctx, |ui| {
        for e in w.errors.iter().take(12) {
            ui.label(egui::RichText::new(e).monospace().color(super::theme::BAD));
        }
    });
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, setup)
        .add_systems(Update, poll)
        .add_systems(
            EguiPrimaryContextPass,
            errors_window.after(super::screens::Styled),
        );
}
