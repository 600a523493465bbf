//! The briefing: the brand's voice card, the policy, the accounts and the
//! goal, before the shift starts.

use super::root;
use crate::commands::UiCommand;
use crate::state::{Screen, Session, Settings};
use crate::theme::{BAD, MUTED, WARN, avatar, badge, owner_colour};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use onbrand_core::scenario::duration::clock;
use onbrand_core::scenario::model::Scenario;
use onbrand_core::scenario::{Ms, Owner};
use onbrand_text::ui::{Strings, strings};

/// "BRAND" / "PERSONAL" / "CLIENT: name" for an owner.
pub fn owner_label(owner: &Owner, t: &Strings) -> String {
    match owner {
        Owner::Brand => t.brand.to_owned(),
        Owner::Personal => t.personal.to_owned(),
        Owner::Client(c) => format!("{}: {c}", t.client),
    }
}

fn card(ui: &mut egui::Ui, title: &str, body: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(title).heading().size(19.0));
            ui.add_space(4.0);
            body(ui);
        });
    ui.add_space(8.0);
}

fn list(ui: &mut egui::Ui, label: &str, items: &[String], colour: Option<egui::Color32>) {
    if items.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("{label}:")).strong());
        for i in items {
            let mut txt = egui::RichText::new(i);
            if let Some(c) = colour {
                txt = txt.color(c);
            }
            ui.label(txt);
            ui.label(egui::RichText::new("·").color(MUTED));
        }
    });
}

fn range(lo: Ms, hi: Ms) -> String {
    if lo == hi {
        clock(lo)
    } else {
        format!("{}–{}", clock(lo), clock(hi))
    }
}

fn voice(ui: &mut egui::Ui, sc: &Scenario, t: &Strings) {
    card(
        ui,
        &format!("{} — {}", t.voice_card, sc.brand.name),
        |ui| {
            if let Some(home) = &sc.brand.home {
                ui.label(egui::RichText::new(home.clone()).color(MUTED));
            }
            list(ui, t.tone, &sc.brand.tone, None);
            list(ui, t.values, &sc.brand.values, None);
            list(ui, t.banned, &sc.brand.banned, Some(BAD));
            if let Some(sig) = &sc.brand.sign_off {
                ui.label(format!("{} « {sig} »", t.sign_off));
            }
        },
    );
    if !sc.brand.facts.is_empty() {
        card(ui, t.facts, |ui| {
            for (_, text) in &sc.brand.facts {
                ui.label(format!("• {text}"));
            }
        });
    }
}

fn policy(ui: &mut egui::Ui, sc: &Scenario, t: &Strings) {
    card(ui, t.policy, |ui| {
        let names = |approval: bool| -> Vec<String> {
            sc.topics
                .iter()
                .filter(|x| x.needs_approval == approval)
                .map(|x| x.id.clone())
                .collect()
        };
        list(ui, t.alone, &names(false), None);
        list(ui, t.needs_approval, &names(true), Some(WARN));
        if let Some(sla) = sc.sla {
            ui.label(format!("{} {}", t.sla, clock(sla)));
        }
        if !sc.approvers.is_empty() {
            ui.add_space(4.0);
            ui.label(egui::RichText::new(t.approvers).strong());
            for a in &sc.approvers {
                let topics: Vec<&str> =
                    a.topics.iter().map(|&x| sc.topics[x].id.as_str()).collect();
                let mut line = format!(
                    "• {} ({}) — {} {}",
                    a.name,
                    topics.join(", "),
                    t.answers_in,
                    range(a.latency.0, a.latency.1)
                );
                if a.window.1 == 0 {
                    line.push_str(&format!(" — {}", t.unreachable));
                }
                if let Some(b) = a.backup {
                    line.push_str(&format!(" — {}: {}", t.backup, sc.approvers[b].name));
                }
                ui.label(line);
                if a.window.1 == 0
                    && let Some(note) = &a.away_note
                {
                    ui.label(
                        egui::RichText::new(format!("   « {note} »"))
                            .italics()
                            .color(MUTED),
                    );
                }
            }
        }
    });
}

fn accounts(ui: &mut egui::Ui, sc: &Scenario, t: &Strings) {
    card(ui, t.accounts, |ui| {
        for (i, a) in sc.accounts.iter().enumerate() {
            ui.horizontal(|ui| {
                let (r, _) = ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::hover());
                ui.painter().circle_filled(r.center(), 9.0, avatar(a));
                ui.label(
                    egui::RichText::new(format!("Ctrl+{}", i + 1))
                        .monospace()
                        .color(MUTED),
                );
                ui.label(egui::RichText::new(&a.handle).strong());
                ui.label(&a.name);
                ui.label(egui::RichText::new(t.network(a.network)).color(MUTED));
                badge(ui, &owner_label(&a.owner, t), owner_colour(&a.owner));
            });
        }
    });
}

fn ui(
    mut contexts: EguiContexts,
    session: Option<Res<Session>>,
    settings: Res<Settings>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let Some(s) = session else { return Ok(()) };
    let sc = &*s.scenario;
    let t = strings(settings.lang);
    let ctx = contexts.ctx_mut()?;
    let mut root = root(ctx);
    egui::Panel::bottom("brief_bottom").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .add_sized(
                    [120.0, 36.0],
                    egui::Button::new(format!("{} (Esc)", t.back)),
                )
                .clicked()
            {
                out.write(UiCommand::BackToMenu);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let b = egui::Button::new(
                    egui::RichText::new(format!("▶ {}  (Enter)", t.start_shift)).size(18.0),
                )
                .min_size(egui::vec2(260.0, 40.0));
                if ui.add(b).clicked() {
                    out.write(UiCommand::StartShift);
                }
                ui.label(
                    egui::RichText::new(format!(
                        "{} {} · {} {}",
                        sc.clock_start,
                        clock(sc.duration),
                        t.seed,
                        s.seed
                    ))
                    .color(MUTED),
                );
            });
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(
                    egui::RichText::new(format!("{} — {}", t.briefing, sc.title))
                        .size(28.0)
                        .strong(),
                );
                if !sc.summary.is_empty() {
                    ui.label(&sc.summary);
                }
                ui.add_space(8.0);
                if let Some(b) = &sc.bulletin {
                    egui::Frame::new()
                        .fill(WARN.linear_multiply(0.25))
                        .stroke(egui::Stroke::new(2.0, WARN))
                        .corner_radius(6.0)
                        .inner_margin(12.0)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(
                                egui::RichText::new(t.new_rule.to_string())
                                    .strong()
                                    .color(WARN),
                            );
                            ui.label(egui::RichText::new(b).size(16.0));
                        });
                    ui.add_space(8.0);
                }
                if !sc.goal.is_empty() {
                    ui.label(egui::RichText::new(format!("{}: {}", t.goal, sc.goal)).size(16.0));
                    ui.add_space(8.0);
                }
                ui.columns(2, |cols| {
                    voice(&mut cols[0], sc, t);
                    policy(&mut cols[1], sc, t);
                    accounts(&mut cols[1], sc, t);
                });
            });
    });
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.after(super::Styled).run_if(in_state(Screen::Briefing)),
    );
}
