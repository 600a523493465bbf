//! The title screen: the trainee (chosen or created, remembered), language
//! and settings; an interrupted shift to resume; the campaign's days with
//! each one's best grade, a tick once passed, the next day highlighted and
//! the days not reached yet locked; or every file (free play).

use super::root;
use crate::catalog::Catalog;
use crate::commands::UiCommand;
use crate::records::{ProfileCommand, Records};
use crate::state::{Screen, Settings};
use crate::theme::{BAD, BRAND, GOOD, MUTED, WARN};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use onbrand_core::scenario::Language;
use onbrand_core::scenario::duration::clock;
use onbrand_text::ui::{Strings, strings};

fn refresh(mut catalog: ResMut<Catalog>, settings: Res<Settings>) {
    catalog.refresh(settings.lang);
    // The next day to play is where the highlight starts, once the records
    // are read (the first title screen shows before they are).
    catalog.place_next = true;
}

/// Locks the days not reached; the next day to play.
fn lock(catalog: &mut Catalog, records: &Records, settings: &Settings) -> Option<usize> {
    let passed = |id: &str| records.best.get(id).is_some_and(|b| b.passed);
    catalog.lock(&passed, settings.unlock_all)
}

fn trainee(
    ui: &mut egui::Ui,
    t: &Strings,
    settings: &mut Settings,
    records: &Records,
    new_name: &mut String,
    profiles: &mut MessageWriter<ProfileCommand>,
) {
    ui.label(t.trainee);
    if !records.is_open() {
        ui.add(
            egui::TextEdit::singleline(&mut settings.trainee)
                .hint_text(t.trainee_hint)
                .desired_width(300.0),
        );
        if let Some(e) = &records.error {
            ui.label(
                egui::RichText::new(format!("{}: {e}", t.records_off))
                    .color(BAD)
                    .small(),
            );
        }
        return;
    }
    let current = if settings.trainee.is_empty() {
        t.no_profile.to_owned()
    } else {
        settings.trainee.clone()
    };
    egui::ComboBox::from_id_salt("profile")
        .selected_text(egui::RichText::new(current).strong())
        .width(300.0)
        .show_ui(ui, |ui| {
            for p in &records.profiles {
                if ui
                    .selectable_label(p.name == settings.trainee, &p.name)
                    .clicked()
                {
                    profiles.write(ProfileCommand::Choose(p.name.clone()));
                }
            }
        });
    ui.horizontal(|ui| {
        let r = ui.add(
            egui::TextEdit::singleline(new_name)
                .hint_text(t.new_trainee)
                .desired_width(200.0),
        );
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui
            .add_enabled(!new_name.trim().is_empty(), egui::Button::new(t.create))
            .clicked()
            || enter)
            && !new_name.trim().is_empty()
        {
            profiles.write(ProfileCommand::Choose(new_name.trim().to_owned()));
            new_name.clear();
        }
    });
    if records.profile.is_none() {
        ui.label(egui::RichText::new(t.no_profile).color(WARN).small());
    }
}

fn ui(
    mut contexts: EguiContexts,
    mut settings: ResMut<Settings>,
    mut catalog: ResMut<Catalog>,
    records: Res<Records>,
    mut new_name: Local<String>,
    mut out: MessageWriter<UiCommand>,
    mut profiles: MessageWriter<ProfileCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let t = strings(settings.lang);
    let mut root = root(ctx);
    let lang_before = settings.lang;
    egui::Panel::left("title_left")
        .exact_size(360.0)
        .resizable(false)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(24.0);
                ui.label(egui::RichText::new("On Brand").size(44.0).strong());
                ui.label(egui::RichText::new(t.tagline).italics().color(MUTED));
                ui.add_space(24.0);
                trainee(ui, t, &mut settings, &records, &mut new_name, &mut profiles);
                ui.add_space(8.0);
                if ui
                    .add_enabled(
                        records.profile.is_some(),
                        egui::Button::new(format!("📈 {} (P)", t.progress))
                            .min_size(egui::vec2(200.0, 30.0)),
                    )
                    .clicked()
                {
                    out.write(UiCommand::Progress);
                }
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
                ui.checkbox(&mut settings.unlock_all, t.unlock_all);
                ui.add_space(24.0);
                if ui
                    .add_sized([140.0, 34.0], egui::Button::new(t.quit))
                    .clicked()
                {
                    out.write(UiCommand::Quit);
                }
            });
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.add_space(16.0);
        if let Some(r) = records.unfinished.first() {
            egui::Frame::new()
                .fill(WARN.gamma_multiply(0.25))
                .stroke(egui::Stroke::new(2.0, WARN))
                .corner_radius(6.0)
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            egui::RichText::new(format!(
                                "⏸ {}: {} · {} {} · {} {}",
                                t.interrupted,
                                r.scenario_title,
                                t.seed,
                                r.seed,
                                t.stopped_at,
                                clock(r.clock_ms)
                            ))
                            .strong(),
                        );
                        if ui.button(format!("▶ {} (R)", t.resume)).clicked() {
                            out.write(UiCommand::ResumeRun);
                        }
                        if ui.button(t.discard).clicked() {
                            out.write(UiCommand::DiscardRun);
                        }
                    });
                });
            ui.add_space(8.0);
        }
        ui.horizontal(|ui| {
            let campaign = !catalog.free_play;
            if ui
                .selectable_label(campaign, egui::RichText::new(t.scenarios).heading())
                .clicked()
                && !campaign
            {
                out.write(UiCommand::ToggleFreePlay);
            }
            if ui
                .selectable_label(
                    !campaign,
                    egui::RichText::new(format!("{} (F)", t.free_play)).heading(),
                )
                .clicked()
                && campaign
            {
                out.write(UiCommand::ToggleFreePlay);
            }
        });
        ui.add_space(8.0);
        if catalog.entries.is_empty() {
            ui.label(egui::RichText::new(t.no_scenarios).color(BAD));
        }
        let selected = catalog.selected;
        let next = if catalog.free_play {
            None
        } else {
            catalog.entries.iter().position(|e| {
                e.day.is_some()
                    && !e.locked
                    && !e
                        .scenario
                        .as_ref()
                        .is_some_and(|s| records.best.get(&s.id).is_some_and(|b| b.passed))
            })
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                for (i, e) in catalog.entries.iter().enumerate() {
                    let is_sel = i == selected;
                    let best = e.scenario.as_ref().and_then(|s| records.best.get(&s.id));
                    let frame = egui::Frame::group(ui.style())
                        .fill(if is_sel {
                            ui.visuals().selection.bg_fill.linear_multiply(0.35)
                        } else {
                            ui.visuals().faint_bg_color
                        })
                        .stroke(if Some(i) == next {
                            egui::Stroke::new(2.0, BRAND)
                        } else {
                            ui.visuals().widgets.noninteractive.bg_stroke
                        })
                        .inner_margin(10.0);
                    let r = frame
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            if e.locked {
                                ui.set_opacity(0.55);
                            }
                            ui.horizontal(|ui| {
                                if e.locked {
                                    crate::theme::badge(
                                        ui,
                                        t.locked_badge,
                                        MUTED.gamma_multiply(0.6),
                                    );
                                }
                                if let Some(d) = e.day {
                                    ui.label(
                                        egui::RichText::new(format!("{} {d}", t.day)).color(MUTED),
                                    );
                                }
                                ui.label(egui::RichText::new(&e.title).strong().size(17.0));
                                if Some(i) == next {
                                    crate::theme::badge(ui, t.next_day, BRAND);
                                }
                                if let Some(b) = best {
                                    let c = if b.passed { GOOD } else { WARN };
                                    crate::theme::badge(
                                        ui,
                                        &format!(
                                            "{}{} {} {}",
                                            if b.passed { "✔ " } else { "" },
                                            t.best,
                                            b.overall,
                                            b.grade
                                        ),
                                        c,
                                    );
                                }
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
                            if e.locked {
                                ui.label(egui::RichText::new(t.locked).italics().color(MUTED));
                            } else if !e.summary.is_empty() {
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
            .is_some_and(|e| e.scenario.is_some() && !e.locked);
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
    // Cheap (one pass over the list): always in step with the records.
    let next = lock(&mut catalog, &records, &settings);
    if catalog.place_next && (records.is_open() || records.error.is_some()) {
        catalog.place_next = false;
        if let Some(n) = next
            && !catalog.free_play
        {
            catalog.selected = n;
        }
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
