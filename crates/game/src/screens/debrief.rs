//! The debrief: overall score, grade, pass/fail, a bar per dimension, the
//! meters over the shift, and a card per finding (wrong accounts first).

use super::root;
use crate::commands::UiCommand;
use crate::state::{Outcome, Screen, Session, Settings};
use crate::theme::{BAD, BRAND, GOOD, MUTED, WARN};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{Legend, Line, Plot, PlotPoints, VLine};
use onbrand_core::sim::{LogEvent, Shift};
use onbrand_text::ui::{Strings, strings};
use onbrand_text::{DebriefFinding, VerdictKind};

fn bar(ui: &mut egui::Ui, name: &str, v: u32) {
    ui.horizontal(|ui| {
        ui.add_sized([150.0, 20.0], egui::Label::new(name));
        let c = if v >= 80 {
            GOOD
        } else if v >= 60 {
            WARN
        } else {
            BAD
        };
        ui.add(
            egui::ProgressBar::new(v as f32 / 100.0)
                .fill(c)
                .desired_width(260.0)
                .text(format!("{v}")),
        );
    });
}

/// Sentiment and buzz as step series (minutes, value), and incident times.
pub fn series(shift: &Shift) -> (Vec<[f64; 2]>, Vec<[f64; 2]>, Vec<f64>) {
    let (mut s, mut b) = (vec![[0.0, 0.0]], vec![[0.0, 0.0]]);
    for e in shift.log() {
        if let LogEvent::Meters { sentiment, buzz } = e.event {
            let m = e.at as f64 / 60_000.0;
            let (ls, lb) = (s[s.len() - 1][1], b[b.len() - 1][1]);
            s.extend([[m, ls], [m, sentiment as f64]]);
            b.extend([[m, lb], [m, buzz as f64]]);
        }
    }
    let end = shift.now() as f64 / 60_000.0;
    let (ls, lb) = (s[s.len() - 1][1], b[b.len() - 1][1]);
    s.push([end, ls]);
    b.push([end, lb]);
    let incidents = shift
        .posts()
        .iter()
        .filter(|p| p.wrong_account)
        .map(|p| p.at as f64 / 60_000.0)
        .collect();
    (s, b, incidents)
}

fn finding(ui: &mut egui::Ui, f: &DebriefFinding, t: &Strings) {
    let serious = f.serious;
    let c = if serious { BAD } else { WARN };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(if serious { 3.0 } else { 1.0 }, c))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(&f.title).strong().color(c).size(16.0));
                ui.label(egui::RichText::new(format!("· {}", f.clock)).color(MUTED));
                if let Some(ev) = &f.event {
                    ui.label(egui::RichText::new(format!("· {ev}")).color(MUTED));
                }
            });
            ui.label(&f.what);
            ui.label(egui::RichText::new(format!("{}{}{}", t.why, t.colon, f.why)).italics());
            if let Some(ideal) = &f.ideal {
                ui.label(egui::RichText::new(format!("{}{}{ideal}", t.ideal, t.colon)).color(GOOD));
            }
        });
    ui.add_space(4.0);
}

fn summary(ui: &mut egui::Ui, s: &Session, o: &Outcome, t: &Strings, settings: &Settings) {
    let r = &o.score;
    ui.label(
        egui::RichText::new(format!("{} — {}", t.debrief, s.scenario.title))
            .size(26.0)
            .strong(),
    );
    if !settings.trainee.is_empty() {
        ui.label(egui::RichText::new(&settings.trainee).color(MUTED));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(format!("{}", r.overall))
                .size(56.0)
                .strong(),
        );
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(format!("{} · {}", t.overall, r.grade)).size(20.0));
            let (txt, c) = if r.passed {
                (t.passed, GOOD)
            } else {
                (t.failed, BAD)
            };
            ui.label(egui::RichText::new(txt).size(22.0).strong().color(c));
        });
    });
    if r.incidents > 0 {
        egui::Frame::new()
            .fill(BAD.gamma_multiply(0.3))
            .stroke(egui::Stroke::new(2.0, BAD))
            .corner_radius(6.0)
            .inner_margin(8.0)
            .show(ui, |ui| {
                ui.label(
                    egui::RichText::new(format!(
                        "⚠ {} ({} {})",
                        t.incident_banner, r.incidents, t.incidents
                    ))
                    .strong(),
                );
            });
    }
    ui.add_space(8.0);
    for (d, v) in r.dims.iter() {
        bar(ui, t.dimension(d), v);
    }
    ui.add_space(8.0);
    // How the overall came out of the dimensions: what the shift caused,
    // and why it failed (the same lines as `--findings` prints).
    ui.label(egui::RichText::new(t.verdict).strong());
    for line in &o.report.verdict {
        let c = match line.kind {
            VerdictKind::Weighted => MUTED,
            VerdictKind::Consequence => WARN,
            VerdictKind::Fail => BAD,
        };
        ui.label(egui::RichText::new(format!("· {}", line.text)).color(c));
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t.timeline).strong());
    let (sent, buzz, incidents) = series(&s.shift);
    Plot::new("timeline")
        .height(200.0)
        .legend(Legend::default().position(egui_plot::Corner::LeftBottom))
        .include_y(-100.0)
        .include_y(100.0)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .show(ui, |p| {
            p.line(
                Line::new(t.sentiment, PlotPoints::from(sent))
                    .color(BRAND)
                    .width(2.0),
            );
            p.line(
                Line::new(t.buzz, PlotPoints::from(buzz))
                    .color(BAD)
                    .width(2.0),
            );
            for x in incidents {
                p.vline(VLine::new(t.incidents, x).color(BAD).width(2.0));
            }
        });
    ui.label(
        egui::RichText::new(format!("{} {}", t.seed, s.seed))
            .small()
            .color(MUTED),
    );
}

fn ui(
    mut contexts: EguiContexts,
    session: Option<Res<Session>>,
    settings: Res<Settings>,
    mut out: MessageWriter<UiCommand>,
) -> Result {
    let Some(s) = session else { return Ok(()) };
    let Some(r) = &s.result else { return Ok(()) };
    let t = strings(settings.lang);
    let ctx = contexts.ctx_mut()?;
    let mut root = root(ctx);
    egui::Panel::bottom("debrief_bottom").show(&mut root, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .add_sized(
                    [190.0, 36.0],
                    egui::Button::new(format!("↻ {} (R)", t.retry)),
                )
                .clicked()
            {
                out.write(UiCommand::Retry);
            }
            if ui
                .add_sized(
                    [170.0, 36.0],
                    egui::Button::new(format!("{} (N)", t.new_seed)),
                )
                .clicked()
            {
                out.write(UiCommand::NewSeed);
            }
            if ui
                .add_sized(
                    [130.0, 36.0],
                    egui::Button::new(format!("{} (Esc)", t.menu)),
                )
                .clicked()
            {
                out.write(UiCommand::BackToMenu);
            }
        });
        ui.add_space(6.0);
    });
    egui::Panel::left("debrief_left")
        .exact_size(520.0)
        .resizable(false)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("debrief_sum")
                .show(ui, |ui| summary(ui, &s, r, t, &settings));
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.label(
            egui::RichText::new(format!("{} ({})", t.findings, r.report.findings.len()))
                .size(20.0)
                .strong(),
        );
        egui::ScrollArea::vertical()
            .id_salt("findings")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if r.report.findings.is_empty() {
                    ui.label(egui::RichText::new(t.no_findings).color(GOOD).size(16.0));
                }
                for f in &r.report.findings {
                    finding(ui, f, t);
                }
            });
    });
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.after(super::Styled).run_if(in_state(Screen::Debrief)),
    );
}
