//! The shift screen: top bar (clock, speed, meters), the feed, the selected
//! item and the composer.

mod composer;
mod detail;
pub mod feed;

use super::root;
use crate::commands::{FocusComposer, UiCommand};
use crate::state::{Clock, Screen, Session, Settings};
use crate::theme::{BAD, GOOD, MUTED, WARN, meter};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use onbrand_core::sim::Shift;
use onbrand_text::ui::{Strings, strings};

/// How an approval request stands, in words and colour (feed and composer).
pub fn approval_status(
    a: &onbrand_core::sim::state::Approval,
    t: &Strings,
) -> (&'static str, egui::Color32) {
    use onbrand_core::sim::Outcome;
    match (a.outcome, a.due) {
        (Some(Outcome::Approved), _) => (t.approved, GOOD),
        (Some(Outcome::ApprovedWithEdits), _) => (t.approved_edits, GOOD),
        (Some(Outcome::Rejected), _) => (t.rejected, BAD),
        (None, Some(_)) => (t.pending, WARN),
        (None, None) => (t.no_answer_coming, BAD),
    }
}

/// "Sun 10:07" from the scenario's start label and the time elapsed.
pub fn wall_clock(start: &str, elapsed_ms: u64) -> String {
    let (prefix, hm) = match start.rsplit_once(' ') {
        Some((p, hm)) => (format!("{p} "), hm),
        None => (String::new(), start),
    };
    let mins = hm
        .split_once(':')
        .and_then(|(h, m)| Some(h.trim().parse::<u64>().ok()? * 60 + m.trim().parse::<u64>().ok()?))
        .unwrap_or(0)
        + elapsed_ms / 60_000;
    format!("{prefix}{:02}:{:02}", (mins / 60) % 24, mins % 60)
}

fn top_bar(ui: &mut egui::Ui, shift: &Shift, clock: &Clock, t: &Strings, out: &mut Vec<UiCommand>) {
    let sc = shift.scenario();
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(wall_clock(&sc.clock_start, shift.now()))
                .size(22.0)
                .strong()
                .monospace(),
        );
        let left = sc.duration.saturating_sub(shift.now()) / 60_000;
        ui.label(egui::RichText::new(format!("−{left} {}", t.minutes_short)).color(MUTED));
        let pause = if clock.paused {
            format!("▶ {}", t.resume)
        } else {
            format!("⏸ {}", t.pause)
        };
        if ui.button(pause).clicked() {
            out.push(UiCommand::TogglePause);
        }
        for s in [1, 2, 4] {
            if ui
                .selectable_label(clock.speed == s, format!("{s}×"))
                .clicked()
            {
                out.push(UiCommand::Speed(s));
            }
        }
        ui.separator();
        let sent = shift.sentiment();
        let sc_col = if sent > 10 {
            GOOD
        } else if sent < -10 {
            BAD
        } else {
            WARN
        };
        meter(
            ui,
            &format!("{} {sent:+}", t.sentiment),
            (sent + 100) as f32 / 200.0,
            sc_col,
            110.0,
        );
        let buzz = shift.buzz();
        meter(
            ui,
            &format!("{} {buzz}", t.buzz),
            buzz as f32 / 100.0,
            if buzz > 40 { BAD } else { WARN },
            110.0,
        );
        ui.separator();
        let waiting = shift.waiting();
        ui.label(
            egui::RichText::new(format!("👥 {waiting} {}", t.waiting))
                .strong()
                .color(if waiting > 3 {
                    BAD
                } else {
                    egui::Color32::WHITE
                }),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("?").on_hover_text("F1").clicked() {
                out.push(UiCommand::Help);
            }
            ui.label(egui::RichText::new(&sc.title).color(MUTED));
        });
    });
}

fn ui(
    mut contexts: EguiContexts,
    session: Option<ResMut<Session>>,
    settings: Res<Settings>,
    clock: Res<Clock>,
    mut focus: ResMut<FocusComposer>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let Some(mut s) = session else { return Ok(()) };
    let t = strings(settings.lang);
    let ctx = contexts.ctx_mut()?;
    let mut cmds = Vec::new();
    let mut root = root(ctx);
    let selected = s.selected();
    let s = &mut *s;
    let playback = s.playback.is_some();
    egui::Panel::top("shift_top").show(&mut root, |ui| {
        ui.add_space(4.0);
        if playback {
            // A past run played back: nothing here acts on it.
            egui::Frame::new()
                .fill(crate::theme::BRAND.gamma_multiply(0.35))
                .inner_margin(6.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        egui::RichText::new(format!(
                            "⏵ {} · {} {}",
                            t.replay_banner, t.seed, s.seed
                        ))
                        .strong(),
                    );
                });
            ui.add_space(2.0);
        }
        top_bar(ui, &s.shift, &clock, t, &mut cmds);
        ui.add_space(2.0);
    });
    egui::Panel::right("shift_right")
        .exact_size(440.0)
        .resizable(false)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("right")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(6.0);
                    match selected {
                        Some(id) => detail::show(ui, &s.shift, id, t),
                        None => {
                            ui.label(egui::RichText::new(t.no_item).color(MUTED));
                        }
                    }
                    ui.separator();
                    // A replay is read only: no composer.
                    if !playback {
                        composer::show(ui, &s.shift, selected, &mut s.draft, focus.0, t, &mut cmds);
                    }
                });
        });
    focus.0 = false;
    egui::CentralPanel::default().show(&mut root, |ui| {
        feed::show(ui, &s.shift, selected, t, &mut cmds);
    });
    out.write_batch(cmds);
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.after(super::Styled).run_if(in_state(Screen::Shift)),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn wall_clock_adds_elapsed_minutes() {
        assert_eq!(super::wall_clock("09:00", 0), "09:00");
        assert_eq!(
            super::wall_clock("Sun 10:00", 67 * 60_000 + 59_000),
            "Sun 11:07"
        );
        assert_eq!(super::wall_clock("23:50", 20 * 60_000), "00:10");
    }
}
