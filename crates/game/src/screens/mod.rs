//! One module per screen; each draws with egui and emits [`UiCommand`]s.
//!
//! [`UiCommand`]: super::commands::UiCommand

mod briefing;
mod debrief;
mod overlays;
mod progress;
mod shift;
mod title;

use super::state::Settings;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

/// A root `Ui` covering the window, for egui 0.36 panels.
pub fn root(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// The look, applied when settings change (and on the first frame).
fn style(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    mut done: Local<Option<f32>>,
) -> Result {
    if *done != Some(settings.ui_scale) {
        super::theme::apply(contexts.ctx_mut()?, settings.ui_scale);
        *done = Some(settings.ui_scale);
    }
    Ok(())
}

/// Runs before every screen's UI.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Styled;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, style.in_set(Styled));
    app.add_plugins((
        title::plugin,
        briefing::plugin,
        shift::plugin,
        debrief::plugin,
        overlays::plugin,
        progress::plugin,
    ));
}
