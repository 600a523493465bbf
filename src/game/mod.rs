//! The Bevy app. One plugin per screen or concern; thin: it renders the
//! simulation's state and turns input into actions.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

/// What the game starts on.
#[derive(Clone, Debug, Default, Resource)]
pub struct Launch {
    /// A scenario file to open on its briefing, if any.
    pub scenario: Option<std::path::PathBuf>,
}

/// Builds and runs the game window.
pub fn run(launch: Launch) {
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "On Brand".into(),
                resolution: (1280u32, 800u32).into(),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .insert_resource(launch)
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, placeholder)
        .run();
}

fn placeholder(mut contexts: EguiContexts, launch: Res<Launch>) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading("On Brand");
        ui.label("Speak for the brand. Fast, right, on the right account.");
        if let Some(p) = &launch.scenario {
            ui.label(format!("Scenario: {}", p.display()));
        }
    });
    Ok(())
}
