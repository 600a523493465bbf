//! The title screen: trainee, language, scenario list, settings, quit.

use super::root;
use crate::catalog::Catalog;
use crate::commands::UiCommand;
use crate::state::{Screen, Settings};
use crate::theme::{BAD, MUTED};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use onbrand_core::scenario::Language;
use onbrand_text::ui::strings;

fn refresh(mut catalog: ResMut<Catalog>, settings: Res<Settings>) {
    catalog.refresh(settings.lang);
}

fn ui(
    mut contexts: EguiContexts,
    mut settings: ResMut<Settings>,
    mut catalog: ResMut<Catalog>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let t = strings(settings.lang);
    let mut root = root(ctx);
    let lang_before = settings.lang;
    egui::Panel::left("title_left")
        .exact_size(360.0)
        .resizable(false)
        .show(&mut root, |ui| {
            ui.add_space(24.0);
            ui.label(egui::RichText::new("On Brand").size(44.0).strong());
            ui.label(egui::RichText::new(t.tagline).italics().color(MUTED));
            ui.add_space(24.0);
            ui.label(t.trainee);
            ui.add(
                egui::TextEdit::singleline(&mut settings.trainee)
                    .hint_text(t.trainee_hint)
                    .desired_width(300.0),
            );
            ui.add_space(12.0);
            ui.label(t.language);
            ui.horizontal(|ui| {
                ui.radio_value(&mut settings.lang, Language::En, "English");
                ui.radio_value(&mut settings.lang, Language::Fr, "Français");
            });
            ui.add_space(16.0);
            ui.heading(t.settings);
            ui.add(
                egui::Slider::new(&mut settings.ui_scale, 0.8..=1.6)
                    .step_by(0.1)
                    .text(t.ui_scale),
            );
            ui.add(
                egui::Slider::new(&mut settings.pace, 0.5..=2.0)
                    .step_by(0.25)
                    .text(t.pace),
            );
            ui.checkbox(&mut settings.sound, t.sound);
            ui.add_space(24.0);
            if ui
                .add_sized([140.0, 34.0], egui::Button::new(t.quit))
                .clicked()
            {
                out.write(UiCommand::Quit);
            }
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.add_space(24.0);
        ui.heading(t.scenarios);
        ui.add_space(8.0);
        if catalog.entries.is_empty() {
            ui.label(egui::RichText::new(t.no_scenarios).color(BAD));
        }
        let selected = catalog.selected;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                for (i, e) in catalog.entries.iter().enumerate() {
                    let is_sel = i == selected;
                    let frame = egui::Frame::group(ui.style())
                        .fill(if is_sel {
                            ui.visuals().selection.bg_fill.linear_multiply(0.35)
                        } else {
                            ui.visuals().faint_bg_color
                        })
                        .inner_margin(10.0);
                    let r = frame
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.horizontal(|ui| {
                                if let Some(d) = e.day {
                                    ui.label(
                                        egui::RichText::new(format!("{} {d}", t.day)).color(MUTED),
                                    );
                                }
                                ui.label(egui::RichText::new(&e.title).strong().size(17.0));
                                if let Some(sc) = &e.scenario {
                                    for l in &sc.lessons {
                                        crate::theme::badge(
                                            ui,
                                            t.lesson(*l),
                                            crate::theme::BRAND.gamma_multiply(0.7),
                                        );
                                    }
                                }
                                if e.difficulty > 0 {
                                    ui.label(
                                        egui::RichText::new(format!(
                                            "{} {}",
                                            t.difficulty,
                                            "★".repeat(e.difficulty as usize)
                                        ))
                                        .color(MUTED),
                                    );
                                }
                            });
                            if !e.summary.is_empty() {
                                ui.label(&e.summary);
                            }
                            if !e.problems.is_empty() {
                                ui.label(egui::RichText::new(t.cannot_play).color(BAD).strong());
                                for p in e.problems.iter().take(8) {
                                    ui.label(
                                        egui::RichText::new(p).monospace().color(BAD).size(12.5),
                                    );
                                }
                            }
                        })
                        .response
                        .interact(egui::Sense::click());
                    if r.clicked() {
                        out.write(UiCommand::MenuSelect(i));
                    }
                    if r.double_clicked() {
                        out.write(UiCommand::StartBriefing);
                    }
                    if is_sel {
                        r.scroll_to_me(None);
                    }
                }
            });
        ui.add_space(8.0);
        let playable = catalog
            .entries
            .get(selected)
            .is_some_and(|e| e.scenario.is_some());
        if ui
            .add_enabled(
                playable,
                egui::Button::new(
                    egui::RichText::new(format!("▶ {}  (Enter)", t.start)).size(18.0),
                )
                .min_size(egui::vec2(200.0, 38.0)),
            )
            .clicked()
        {
            out.write(UiCommand::StartBriefing);
        }
    });
    if settings.lang != lang_before {
        catalog.refresh(settings.lang);
    }
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), refresh)
        .add_systems(
            EguiPrimaryContextPass,
            ui.after(super::Styled).run_if(in_state(Screen::Title)),
        );
}
