//! Windows over the screens: the pause menu (Esc), the shortcuts (F1 / ?)
//! and short messages (refused actions).

use crate::commands::{Toast, UiCommand};
use crate::input::help_rows;
use crate::state::{Overlays, Screen, Settings};
use crate::theme::{BAD, GOOD};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use onbrand_text::ui::strings;

fn ui(
    mut contexts: EguiContexts,
    overlays: Res<Overlays>,
    settings: Res<Settings>,
    screen: Res<State<Screen>>,
    mut toast: ResMut<Toast>,
    time: Res<Time<Real>>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let t = strings(settings.lang);
    let ctx = contexts.ctx_mut()?;
    if overlays.pause && *screen.get() == Screen::Shift {
        egui::Window::new(t.paused)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ctx, |ui| {
                ui.set_width(260.0);
                for (label, cmd) in [
                    (format!("▶ {} (Esc)", t.resume), UiCommand::Resume),
                    (format!("↻ {} (R)", t.restart), UiCommand::Restart),
                    (format!("✖ {} (Q)", t.abandon), UiCommand::Abandon),
                ] {
                    if ui
                        .add_sized([250.0, 34.0], egui::Button::new(label))
                        .clicked()
                    {
                        out.write(cmd);
                    }
                }
            });
    }
    if overlays.help {
        egui::Window::new(t.shortcuts)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ctx, |ui| {
                egui::Grid::new("keys")
                    .striped(true)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for (keys, what) in help_rows(t) {
                            ui.label(egui::RichText::new(keys).monospace().strong());
                            ui.label(what);
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
                if ui.button(format!("{} (Esc)", t.close)).clicked() {
                    out.write(UiCommand::Help);
                }
            });
    }
    if toast.left > 0.0 {
        toast.left -= time.delta_secs();
        egui::Area::new("toast".into())
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -24.0))
            .show(ctx, |ui| {
                let c = if toast.error { BAD } else { GOOD };
                egui::Frame::new()
                    .fill(c.gamma_multiply(0.9))
                    .corner_radius(6.0)
                    .inner_margin(10.0)
                    .show(ui, |ui| {
                        ui.label(
                            egui::RichText::new(&toast.text)
                                .strong()
                                .color(egui::Color32::WHITE),
                        );
                    });
            });
    }
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.after(super::Styled));
}
