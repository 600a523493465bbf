//! The Bevy app: one plugin per screen or concern, thin. It draws the core's
//! state and turns input into [`onbrand_core::sim::Action`]s; it never
//! decides anything the score depends on.
//!
//! - [`state`]: screens, settings, the running session.
//! - [`commands`]: what clicks and keys ask for, applied in one place.
//! - [`input`]: the keyboard bindings (also listed in the help overlay).
//! - [`clock`]: the shift on Bevy's pausable time.
//! - [`records`]: the trainee's profile, journal and past runs.
//! - [`screens`]: title, briefing, shift, debrief, overlays.
//! - `script` and `bench` (feature `dev`): UI scripts of inputs and
//!   screenshots for tests, and the frame-time benchmark.

pub mod audio;
#[cfg(feature = "dev")]
pub mod bench;
pub mod catalog;
pub mod clock;
pub mod commands;
pub mod input;
pub mod records;
pub mod screens;
#[cfg(feature = "dev")]
pub mod script;
pub mod state;
pub mod theme;
pub mod watch;

use bevy::prelude::*;
use bevy_egui::EguiPlugin;
use onbrand_core::scenario::Language;
use std::path::PathBuf;

/// How the game starts.
#[derive(Clone, Debug, Default)]
pub struct Launch {
    /// Extra scenario files or folders for the list.
    pub paths: Vec<PathBuf>,
    /// Open this scenario's briefing at once.
    pub play: Option<PathBuf>,
    /// Restart the shift when the played file changes.
    pub watch: bool,
    /// Fixed seed (else one from the clock).
    pub seed: Option<u64>,
    /// Interface language.
    pub lang: Option<Language>,
    /// The records' folder (else `$ONBRAND_DATA_DIR`, else the platform's).
    pub data_dir: Option<PathBuf>,
    /// A UI script to run, and the folder for its screenshots (tests).
    #[cfg(feature = "dev")]
    pub script: Option<(PathBuf, PathBuf)>,
}

/// Why the game could not run.
#[derive(Debug, thiserror::Error)]
pub enum GameError {
    /// The UI script does not load.
    #[cfg(feature = "dev")]
    #[error(transparent)]
    Script(#[from] script::ScriptError),
    /// The frame-time benchmark could not run.
    #[cfg(feature = "dev")]
    #[error("{0}")]
    Bench(String),
    /// The app stopped with an error code (a failed UI script step).
    #[error("the game stopped with code {0}")]
    Exit(u8),
}

/// Startup from the launch options: scenario list, language, direct play.
pub(crate) fn start(
    launch: Res<LaunchOptions>,
    mut catalog: ResMut<catalog::Catalog>,
    mut settings: ResMut<state::Settings>,
    mut out: MessageWriter<commands::UiCommand>,
) {
    let l = &launch.0;
    if let Some(lang) = l.lang {
        settings.lang = lang;
    }
    catalog.extra = l.paths.clone();
    if let Some(p) = &l.play {
        catalog.extra.push(p.clone());
    }
    // Files named on the command line are free play; else the campaign.
    catalog.free_play = !catalog.extra.is_empty();
    catalog.refresh(settings.lang);
    if let Some(p) = &l.play
        && let Some(i) = catalog.find(p)
    {
        catalog.selected = i;
        out.write(commands::UiCommand::StartBriefing);
    }
}

/// The launch options, as a resource.
#[derive(Resource, Clone, Debug)]
pub struct LaunchOptions(pub Launch);

/// The whole game as a plugin (window plugins excepted).
pub fn game_plugin(app: &mut App) {
    app.init_state::<state::Screen>()
        .init_resource::<state::Settings>()
        .init_resource::<state::Clock>()
        .init_resource::<state::Overlays>()
        .init_resource::<catalog::Catalog>()
        .add_plugins((
            commands::plugin,
            input::plugin,
            clock::plugin,
            audio::plugin,
            screens::plugin,
            watch::plugin,
            records::plugin,
        ))
        .add_systems(Startup, (spawn_camera, start));
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

/// Opens the game window and runs until it closes.
pub fn run(launch: Launch) -> Result<(), GameError> {
    #[cfg(feature = "dev")]
    let script = match &launch.script {
        Some((path, dir)) => Some((script::UiScript::load(path)?, dir.clone())),
        None => None,
    };
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "On Brand".into(),
            resolution: (1280u32, 720u32).into(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(ClearColor(Color::srgb(0.08, 0.09, 0.1)))
    .insert_resource(commands::SeedSource(launch.seed))
    .insert_resource(LaunchOptions(launch.clone()))
    .add_plugins(game_plugin);
    #[cfg(feature = "dev")]
    if let Some((s, dir)) = script {
        script::install(&mut app, s, dir);
    }
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(c) => Err(GameError::Exit(c.get())),
    }
}
