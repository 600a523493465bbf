//! The selected item: who wrote it (followers matter), the conversation so
//! far, the message, and where it stands.

use crate::theme::{BAD, GOOD, MUTED, WARN, badge, patience_colour};
use bevy_egui::egui::{self, RichText};
use onbrand_core::scenario::duration::clock;
use onbrand_core::sim::Shift;
use onbrand_text::ui::Strings;

/// Draws the detail of item `id`.
pub fn show(ui: &mut egui::Ui, shift: &Shift, id: u32, t: &Strings) {
    let sc = shift.scenario();
    let it = &shift.items()[id as usize];
    let e = &sc.events[it.event];
    let now = shift.now();
    ui.horizontal_wrapped(|ui| {
        match it.author.map(|a| &sc.personas[a]) {
            Some(p) => {
                ui.label(RichText::new(&p.name).strong().size(18.0));
                ui.label(RichText::new(&p.handle).color(MUTED));
                ui.label(RichText::new(format!("{} {}", p.followers, t.followers)).color(MUTED));
                if p.is_influencer() {
                    badge(ui, t.influencer, WARN);
                }
            }
            None => {
                ui.label(RichText::new(t.kind(e.kind)).strong().size(18.0));
            }
        }
        if it.escalated_from.is_some() {
            badge(ui, t.escalated, BAD);
        }
    });
    if let Some(p) = it.author.map(|a| &sc.personas[a])
        && !p.bio.is_empty()
    {
        ui.label(RichText::new(&p.bio).italics().color(MUTED));
    }
    let acc = &sc.accounts[it.account];
    ui.label(
        RichText::new(format!(
            "{} · {} · {}",
            acc.handle,
            t.network(acc.network),
            clock(it.arrived)
        ))
        .small()
        .color(MUTED),
    );
    if !e.history.is_empty() && it.escalated_from.is_none() {
        ui.add_space(4.0);
        ui.label(RichText::new(t.conversation).small().color(MUTED));
        for (who, text) in &e.history {
            ui.label(RichText::new(format!("{who}: {text}")).color(egui::Color32::from_gray(180)));
        }
    }
    ui.add_space(4.0);
    egui::Frame::new()
        .fill(egui::Color32::from_gray(40))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(shift.item_text(id)).size(16.0));
        });
    ui.horizontal_wrapped(|ui| {
        if it.is_answered() {
            ui.label(RichText::new(format!("✔ {}", t.answered)).color(GOOD));
        } else if it.holding.is_some() {
            ui.label(RichText::new(format!("⏳ {}", t.held)).color(WARN));
        }
        if it.dismissed {
            ui.label(RichText::new(t.dismissed).color(MUTED));
        }
        if let (Some(deadline), Some(p)) = (it.deadline, e.patience) {
            if !it.is_answered() {
                let left = deadline.saturating_sub(now);
                let frac = left as f32 / p.max(1) as f32;
                ui.label(
                    RichText::new(format!("⌛ {}", clock(left)))
                        .color(patience_colour(frac))
                        .strong(),
                );
            }
        } else if it.patience_out && !it.is_answered() {
            ui.label(
                RichText::new(format!("⌛ {}", t.gave_up))
                    .color(BAD)
                    .strong(),
            );
        }
    });
}
