//! The trainee's progress: every finished shift (sortable), each dimension
//! over time, the kinds of mistake made most; from a run, its debrief, its
//! replay, the ideal play beside it, or the same seed again. And the
//! comparison screen: per item, what the trainee did beside the ideal bot.

use super::root;
use crate::commands::{RunColumn, UiCommand};
use crate::records::{Records, Response};
use crate::state::{Screen, Settings};
use crate::theme::{BAD, BRAND, GOOD, MUTED, WARN};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{Line, Plot, PlotPoints, Points};
use onbrand_core::scenario::Dimension;
use onbrand_core::scenario::duration::clock;
use onbrand_text::ui::{Strings, strings};

fn date(rfc3339: &str) -> String {
    rfc3339.get(..16).unwrap_or(rfc3339).replace('T', " ")
}

/// A rule's name in the interface language, from its stored name.
fn rule_title(name: &str, s: &Settings) -> String {
    onbrand_records::rule_of(name)
        .map(|r| onbrand_text::debrief::texts(s.lang).rule(r).name.to_owned())
        .unwrap_or_else(|| name.to_owned())
}

fn header(
    ui: &mut egui::Ui,
    label: &str,
    col: RunColumn,
    records: &Records,
    out: &mut MessageWriter<UiCommand>,
) {
    let arrow = match records.sort {
        (c, true) if c == col => " ⏷",
        (c, false) if c == col => " ⏶",
        _ => "",
    };
    if ui
        .add(
            egui::Button::new(egui::RichText::new(format!("{label}{arrow}")).strong()).frame(false),
        )
        .clicked()
    {
        out.write(UiCommand::SortRuns(col));
    }
}

fn runs_table(
    ui: &mut egui::Ui,
    t: &Strings,
    records: &Records,
    out: &mut MessageWriter<UiCommand>,
) {
    if records.runs.is_empty() {
        ui.label(egui::RichText::new(t.no_runs).color(MUTED).size(16.0));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("runs")
        .max_height(ui.available_height() - 70.0)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("runs_grid")
                .num_columns(6)
                .striped(true)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    header(ui, t.date, RunColumn::Date, records, out);
                    header(ui, t.scenario, RunColumn::Scenario, records, out);
                    ui.label(egui::RichText::new(t.seed).strong());
                    header(ui, t.overall, RunColumn::Overall, records, out);
                    ui.label(egui::RichText::new(t.grade).strong());
                    ui.label(egui::RichText::new(t.pass).strong());
                    ui.end_row();
                    for (i, r) in records.runs.iter().enumerate() {
                        let sel = i == records.selected;
                        let s = r.score.unwrap_or_else(unreachable_score);
                        let c = if s.passed { GOOD } else { BAD };
                        let cell = |ui: &mut egui::Ui, text: String| {
                            ui.add(egui::Button::selectable(sel, text).frame(false))
                        };
                        let mut clicked = cell(ui, date(&r.started)).clicked();
                        clicked |= cell(ui, r.scenario_title.clone()).clicked();
                        clicked |= cell(ui, r.seed.to_string()).clicked();
                        clicked |= cell(ui, s.overall.to_string()).clicked();
                        clicked |= cell(ui, r.grade.clone().unwrap_or_default()).clicked();
                        ui.label(egui::RichText::new(if s.passed { t.yes } else { t.no }).color(c));
                        ui.end_row();
                        if clicked {
                            out.write(UiCommand::RunSelect(i));
                        }
                    }
                });
        });
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        for (label, cmd) in [
            (format!("{} (Enter)", t.review), UiCommand::ReviewDebrief),
            (format!("▶ {} (W)", t.watch), UiCommand::WatchReplay),
            (format!("{} (C)", t.compare), UiCommand::CompareIdeal),
            (format!("↻ {} (R)", t.retry_seed), UiCommand::RetryRun),
        ] {
            if ui
                .add_sized([200.0, 32.0], egui::Button::new(label))
                .clicked()
            {
                out.write(cmd);
            }
        }
    });
}

/// The runs only list finished ones, which all have a score.
fn unreachable_score() -> onbrand_core::sim::action::RecordedScore {
    onbrand_core::sim::action::RecordedScore {
        overall: 0,
        speed: 0,
        accuracy: 0,
        alignment: 0,
        process: 0,
        account_safety: 0,
        passed: false,
        incidents: 0,
        rules: None,
    }
}

fn trends(ui: &mut egui::Ui, t: &Strings, records: &Records) {
    let mut runs: Vec<_> = records
        .runs
        .iter()
        .filter_map(|r| r.score.map(|s| (r.started.clone(), s)))
        .collect();
    runs.sort_by(|a, b| a.0.cmp(&b.0));
    ui.label(egui::RichText::new(t.over_time).strong().size(17.0));
    let h = ((ui.available_height() - 220.0) / 5.0).clamp(60.0, 110.0);
    for d in Dimension::ALL {
        let pts: Vec<[f64; 2]> = runs
            .iter()
            .enumerate()
            .map(|(k, (_, s))| [k as f64 + 1.0, f64::from(s.get(d))])
            .collect();
        ui.label(egui::RichText::new(t.dimension(d)).color(MUTED));
        Plot::new(format!("trend_{d:?}"))
            .height(h)
            .include_y(0.0)
            .include_y(100.0)
            .include_x(1.0)
            .allow_scroll(false)
            .allow_zoom(false)
            .allow_drag(false)
            .show_axes([true, true])
            .show(ui, |p| {
                p.line(
                    Line::new(t.dimension(d), PlotPoints::from(pts.clone()))
                        .color(BRAND)
                        .width(2.0),
                );
                p.points(
                    Points::new(t.dimension(d), PlotPoints::from(pts))
                        .radius(3.0)
                        .color(BRAND),
                );
            });
    }
}

fn mistakes(ui: &mut egui::Ui, t: &Strings, records: &Records, settings: &Settings) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t.mistakes).strong().size(17.0));
    if records.mistakes.is_empty() {
        ui.label(egui::RichText::new("—").color(MUTED));
    }
    for (rule, n, runs) in records.mistakes.iter().take(6) {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(format!("{n} ×")).strong().color(WARN));
            ui.label(rule_title(rule, settings));
            ui.label(egui::RichText::new(format!("({} {runs})", t.in_runs)).color(MUTED));
        });
    }
}

fn ui(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    records: Res<Records>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let t = strings(settings.lang);
    let mut root = root(ctx);
    egui::Panel::top("progress_top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(format!("⏴ {} (Esc)", t.back)).clicked() {
                out.write(UiCommand::BackToMenu);
            }
            ui.label(
                egui::RichText::new(format!("{} — {}", t.progress, settings.trainee))
                    .size(24.0)
                    .strong(),
            );
        });
        ui.add_space(6.0);
    });
    egui::Panel::right("progress_right")
        .exact_size((ctx.viewport_rect().width() * 0.38).max(360.0))
        .resizable(false)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("progress_side")
                .show(ui, |ui| {
                    trends(ui, t, &records);
                    mistakes(ui, t, &records, &settings);
                });
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.label(
            egui::RichText::new(format!("{} ({})", t.runs, records.runs.len()))
                .strong()
                .size(18.0),
        );
        ui.add_space(6.0);
        runs_table(ui, t, &records, &mut out);
    });
    Ok(())
}

fn response_text(r: &Response, t: &Strings) -> (String, egui::Color32) {
    match (&r.after, &r.text) {
        (Some(after), Some(text)) => {
            let mut head = format!("{} {}", t.after, clock(*after));
            if r.holding_only {
                head.push_str(&format!(" · {}", t.holding_only));
            }
            if r.wrong_account {
                head.push_str(&format!(" · ⚠ {}", t.wrong_account_short));
            }
            let c = if r.wrong_account {
                BAD
            } else if r.holding_only {
                WARN
            } else {
                GOOD
            };
            (format!("{head}\n{text}"), c)
        }
        _ if r.dismissed => (t.set_aside.to_owned(), MUTED),
        _ => (t.not_answered.to_owned(), BAD),
    }
}

fn compare_ui(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    records: Res<Records>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let t = strings(settings.lang);
    let mut root = root(ctx);
    let Some(c) = &records.comparison else {
        return Ok(());
    };
    egui::Panel::top("compare_top").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(format!("⏴ {} (Esc)", t.back)).clicked() {
                out.write(UiCommand::Progress);
            }
            ui.label(
                egui::RichText::new(format!(
                    "{} — {} · {} {}",
                    t.compare_title, c.scenario.title, t.seed, c.seed
                ))
                .size(22.0)
                .strong(),
            );
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let w = (ui.available_width() - 260.0) / 2.0;
                egui::Grid::new("compare_grid")
                    .num_columns(3)
                    .striped(true)
                    .spacing([16.0, 10.0])
                    .min_col_width(120.0)
                    .show(ui, |ui| {
                        ui.label("");
                        ui.label(egui::RichText::new(t.you).strong().size(17.0));
                        ui.label(egui::RichText::new(t.ideal_play).strong().size(17.0));
                        ui.end_row();
                        for row in &c.rows {
                            let e = &c.scenario.events[row.event];
                            ui.vertical(|ui| {
                                ui.set_max_width(240.0);
                                ui.label(egui::RichText::new(&e.id).monospace().color(MUTED));
                                ui.label(format!("{} {}", t.arrived, clock(row.arrived)));
                            });
                            for r in [&row.trainee, &row.ideal] {
                                let (text, colour) = response_text(r, t);
                                ui.allocate_ui_with_layout(
                                    egui::vec2(w, 0.0),
                                    egui::Layout::top_down(egui::Align::Min),
                                    |ui| {
                                        ui.set_width(w);
                                        ui.add(
                                            egui::Label::new(
                                                egui::RichText::new(text).color(colour),
                                            )
                                            .wrap(),
                                        );
                                    },
                                );
                            }
                            ui.end_row();
                        }
                    });
            });
    });
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        (
            ui.after(super::Styled).run_if(in_state(Screen::Progress)),
            compare_ui
                .after(super::Styled)
                .run_if(in_state(Screen::Compare)),
        ),
    );
}
