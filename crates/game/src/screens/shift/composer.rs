//! The composer: the account it posts as (unmistakable), the switcher,
//! saved replies, the text with its live counter, and the actions.

use crate::commands::{UiCommand, reply_order};
use crate::screens::briefing::owner_label;
use crate::state::Draft;
use crate::theme::{BAD, GOOD, MUTED, WARN, avatar, owner_colour};
use bevy_egui::egui::{self, Color32, RichText, Stroke, vec2};
use onbrand_core::scenario::Owner;
use onbrand_core::sim::Shift;
use onbrand_text::ui::Strings;

/// The big "posting as" banner.
fn banner(ui: &mut egui::Ui, shift: &Shift, t: &Strings) {
    let sc = shift.scenario();
    let a = &sc.accounts[shift.composer()];
    let oc = owner_colour(&a.owner);
    egui::Frame::new()
        .fill(oc.gamma_multiply(0.25))
        .stroke(Stroke::new(3.0, oc))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(10, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let (r, _) = ui.allocate_exact_size(vec2(38.0, 38.0), egui::Sense::hover());
                ui.painter().circle_filled(r.center(), 19.0, avatar(a));
                let initial: String = a
                    .name
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().collect())
                    .unwrap_or_default();
                ui.painter().text(
                    r.center(),
                    egui::Align2::CENTER_CENTER,
                    initial,
                    egui::FontId::proportional(20.0),
                    Color32::WHITE,
                );
                ui.vertical(|ui| {
                    ui.label(RichText::new(t.posting_as).small().color(MUTED));
                    ui.label(RichText::new(&a.handle).strong().size(19.0));
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let label = owner_label(&a.owner, t);
                    egui::Frame::new()
                        .fill(oc)
                        .corner_radius(6.0)
                        .inner_margin(egui::Margin::symmetric(10, 4))
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(label)
                                    .strong()
                                    .size(18.0)
                                    .color(Color32::WHITE),
                            );
                        });
                });
            });
        });
}

fn switcher(ui: &mut egui::Ui, shift: &Shift, out: &mut Vec<UiCommand>) {
    let sc = shift.scenario();
    ui.horizontal_wrapped(|ui| {
        for (i, a) in sc.accounts.iter().enumerate() {
            let on = shift.composer() == i;
            let txt = RichText::new(format!("{} {}", i + 1, a.handle)).color(if on {
                Color32::WHITE
            } else {
                owner_colour(&a.owner)
            });
            let b = egui::Button::new(txt)
                .fill(if on {
                    owner_colour(&a.owner)
                } else {
                    Color32::from_gray(45)
                })
                .stroke(Stroke::new(1.0, avatar(a)));
            if ui
                .add(b)
                .on_hover_text(format!("Ctrl+{} · {}", i + 1, a.name))
                .clicked()
            {
                out.push(UiCommand::SwitchAccount(i as u16));
            }
        }
    });
}

/// Draws the composer for the selected item (or none).
pub fn show(
    ui: &mut egui::Ui,
    shift: &Shift,
    item: Option<u32>,
    draft: &mut Draft,
    focus: bool,
    t: &Strings,
    out: &mut Vec<UiCommand>,
) {
    let sc = shift.scenario();
    banner(ui, shift, t);
    switcher(ui, shift, out);
    let event = item.map(|i| shift.items()[i as usize].event);
    ui.label(
        RichText::new(format!("{} (1–9)", t.saved_replies))
            .small()
            .color(MUTED),
    );
    egui::ScrollArea::vertical()
        .id_salt("saved")
        .max_height(150.0)
        .show(ui, |ui| {
            for (n, &r) in reply_order(sc, event).iter().enumerate() {
                let rep = &sc.replies[r as usize];
                let key = if n < 9 {
                    format!("{} ", n + 1)
                } else {
                    "  ".into()
                };
                let chosen = draft.saved == Some(r);
                let resp = ui.add(
                    egui::Button::selectable(chosen, RichText::new(format!("{key}{}", rep.label)))
                        .truncate(),
                );
                if resp.on_hover_text(&rep.text).clicked() {
                    out.push(UiCommand::PickSaved(r));
                }
            }
        });
    let limit = sc.accounts[shift.composer()].network.limit();
    let te = egui::TextEdit::multiline(&mut draft.text)
        .id_salt("composer_text")
        .hint_text(t.type_here)
        .desired_rows(4)
        .desired_width(f32::INFINITY);
    let resp = ui.add(te);
    if focus {
        resp.request_focus();
    }
    let len = draft.text.chars().count();
    ui.horizontal(|ui| {
        let c = if len > limit {
            BAD
        } else if len * 10 > limit * 9 {
            WARN
        } else {
            MUTED
        };
        let mut s = format!("{len}/{limit}");
        if len > limit {
            s.push_str(&format!(" · {}", t.too_long));
        }
        ui.label(RichText::new(s).color(c).monospace());
        if sc.approvers.len() > 1 {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let current = draft.approver.map_or(t.approver_default.to_owned(), |a| {
                    sc.approvers[a as usize].name.clone()
                });
                egui::ComboBox::from_id_salt("approver")
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(draft.approver.is_none(), t.approver_default)
                            .clicked()
                        {
                            out.push(UiCommand::ChooseApprover(None));
                        }
                        for (i, a) in sc.approvers.iter().enumerate() {
                            if ui
                                .selectable_label(draft.approver == Some(i as u16), &a.name)
                                .clicked()
                            {
                                out.push(UiCommand::ChooseApprover(Some(i as u16)));
                            }
                        }
                    });
            });
        }
    });
    let has_item = item.is_some();
    let personal = item
        .is_some_and(|i| sc.accounts[shift.items()[i as usize].account].owner == Owner::Personal);
    let root = item.map(|i| shift.root_of(i));
    let approved = item.and_then(|i| shift.ready_approval(i));
    ui.horizontal_wrapped(|ui| {
        let send = egui::Button::new(RichText::new(t.send.to_string()).strong())
            .fill(GOOD.gamma_multiply(0.6));
        if ui
            .add_enabled(has_item && len > 0 && len <= limit, send)
            .on_hover_text("Ctrl+Enter")
            .clicked()
        {
            out.push(UiCommand::Send);
        }
        if ui
            .add_enabled(has_item, egui::Button::new(t.holding))
            .on_hover_text("Ctrl+H")
            .clicked()
        {
            out.push(UiCommand::Holding);
        }
        if ui
            .add_enabled(has_item && len > 0, egui::Button::new(t.request_approval))
            .on_hover_text("Ctrl+Shift+A")
            .clicked()
        {
            out.push(UiCommand::RequestApproval);
        }
        if ui
            .add_enabled(approved.is_some(), egui::Button::new(t.post_approved))
            .on_hover_text("Ctrl+P")
            .clicked()
        {
            out.push(UiCommand::PostApproved);
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(has_item, egui::Button::new(t.dismiss))
            .on_hover_text("Ctrl+D")
            .clicked()
        {
            out.push(UiCommand::Dismiss);
        }
        if personal
            && ui
                .add_enabled(len > 0, egui::Button::new(t.reply_phone.to_string()))
                .on_hover_text("Ctrl+M")
                .clicked()
        {
            out.push(UiCommand::ReplyPhone);
        }
        if ui
            .add_enabled(
                shift.posts().iter().any(|p| p.deleted.is_none()),
                egui::Button::new(t.delete_post),
            )
            .on_hover_text("Ctrl+Backspace")
            .clicked()
        {
            out.push(UiCommand::DeleteLast);
        }
    });
    if let Some(r) = root {
        for a in shift.approvals().iter().filter(|a| a.item == r) {
            let (txt, c) = super::approval_status(a, t);
            let ap = &sc.approvers[a.approver];
            ui.label(RichText::new(format!("{}: {txt}", ap.name)).color(c));
            if a.due.is_none()
                && let Some(note) = &ap.away_note
            {
                ui.label(
                    RichText::new(format!("« {note} »"))
                        .italics()
                        .small()
                        .color(MUTED),
                );
            }
        }
    }
}
