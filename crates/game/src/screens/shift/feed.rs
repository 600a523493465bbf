//! The feed: one column per brand or client account, one for the personal
//! phone, one for the manager and approvals. Rows are drawn only when
//! visible, so a feed of thousands of items scrolls smoothly.

use crate::commands::UiCommand;
use crate::theme::{self, BAD, BRAND, MUTED, PERSONAL, avatar, one_line, patience_colour};
use bevy_egui::egui::{self, Color32, Pos2, Rect, Sense, Stroke, vec2};
use onbrand_core::scenario::{EventKind, Owner};
use onbrand_core::sim::Shift;
use onbrand_core::sim::state::Item;
use onbrand_text::ui::Strings;

/// Height of one feed row, in points.
pub const ROW: f32 = 64.0;

/// A column of the feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// A brand or client account.
    Account(usize),
    /// The trainee's personal notifications.
    Phone,
    /// Manager messages, bulletins and approvals.
    Manager,
}

/// The columns for a scenario's accounts: the phone and the manager first
/// (interruptions must never be off screen), then one per brand or client
/// account.
pub fn columns(shift: &Shift) -> Vec<Column> {
    let sc = shift.scenario();
    let mut cols = Vec::new();
    if sc.accounts.iter().any(|a| a.owner == Owner::Personal) {
        cols.push(Column::Phone);
    }
    cols.push(Column::Manager);
    cols.extend(
        (0..sc.accounts.len())
            .filter(|&i| sc.accounts[i].owner != Owner::Personal)
            .map(Column::Account),
    );
    cols
}

/// The column an item shows in.
pub fn column_of(shift: &Shift, it: &Item) -> Column {
    let sc = shift.scenario();
    match sc.events[it.event].kind {
        EventKind::Manager | EventKind::Bulletin => Column::Manager,
        _ if sc.accounts[it.account].owner == Owner::Personal => Column::Phone,
        _ => Column::Account(it.account),
    }
}

/// Items of a column, newest first.
pub fn items_in(shift: &Shift, col: Column) -> Vec<u32> {
    shift
        .items()
        .iter()
        .rev()
        .filter(|it| column_of(shift, it) == col)
        .map(|it| it.id)
        .collect()
}

fn header(ui: &mut egui::Ui, shift: &Shift, col: Column, t: &Strings, count: usize) {
    let sc = shift.scenario();
    ui.horizontal(|ui| {
        let (colour, title, sub) = match col {
            Column::Account(a) => {
                let acc = &sc.accounts[a];
                (
                    avatar(acc),
                    acc.handle.clone(),
                    t.network(acc.network).to_owned(),
                )
            }
            Column::Phone => (PERSONAL, t.phone.to_owned(), String::new()),
            Column::Manager => (MUTED, t.manager.to_owned(), String::new()),
        };
        let (r, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
        ui.painter().circle_filled(r.center(), 6.0, colour);
        let line = if sub.is_empty() {
            format!("{title} · {count}")
        } else {
            format!("{title} · {sub} · {count}")
        };
        ui.add(egui::Label::new(egui::RichText::new(line).strong()).truncate());
    });
}

fn approvals(ui: &mut egui::Ui, shift: &Shift, t: &Strings, out: &mut Vec<UiCommand>) {
    let sc = shift.scenario();
    for a in shift.approvals().iter().rev().take(6) {
        let (txt, c) = super::approval_status(a, t);
        let it = &shift.items()[a.item as usize];
        let who = it.author.map_or("?", |p| sc.personas[p].name.as_str());
        let used = if a.used { " ✔" } else { "" };
        let r = ui.add(
            egui::Label::new(
                egui::RichText::new(format!(
                    "{who} · {}: {txt}{used}",
                    sc.approvers[a.approver].name
                ))
                .color(c)
                .small(),
            )
            .truncate()
            .sense(Sense::click()),
        );
        if r.clicked() {
            out.push(UiCommand::Open(a.item));
        }
    }
    if !shift.approvals().is_empty() {
        ui.separator();
    }
}

fn row(ui: &mut egui::Ui, shift: &Shift, id: u32, selected: bool, t: &Strings) -> bool {
    let sc = shift.scenario();
    let it = &shift.items()[id as usize];
    let e = &sc.events[it.event];
    let now = shift.now();
    let width = ui.available_width();
    let (rect, resp) = ui.allocate_exact_size(vec2(width, ROW - 4.0), Sense::click());
    if !ui.is_rect_visible(rect) {
        return false;
    }
    let p = ui.painter_at(rect);
    let age = now.saturating_sub(it.arrived);
    let mut bg = if selected {
        Color32::from_rgb(0x24, 0x3b, 0x55)
    } else {
        Color32::from_gray(36)
    };
    if age < 15_000 && !selected {
        // New: a glow that fades over the first seconds.
        let k = 1.0 - age as f32 / 15_000.0;
        bg = bg.lerp_to_gamma(BRAND, 0.35 * k);
    }
    if it.dismissed || it.is_answered() {
        bg = bg.gamma_multiply(0.6);
    }
    p.rect_filled(rect, 5.0, bg);
    if resp.hovered() {
        p.rect_stroke(
            rect,
            5.0,
            Stroke::new(1.0, Color32::from_gray(120)),
            egui::StrokeKind::Inside,
        );
    }
    if selected {
        p.rect_stroke(rect, 5.0, Stroke::new(2.0, BRAND), egui::StrokeKind::Inside);
    }
    let author = it.author.map(|a| &sc.personas[a]);
    let name = author.map_or_else(
        || t.kind(e.kind).to_owned(),
        |a| format!("{} {}", a.name, a.handle),
    );
    let mut tags = Vec::new();
    if it.escalated_from.is_some() {
        tags.push(t.escalated);
    }
    if author.is_some_and(|a| a.is_influencer()) {
        tags.push(t.influencer);
    }
    let status = if it.is_answered() {
        format!("✔ {}", t.answered)
    } else if it.dismissed {
        t.dismissed.to_owned()
    } else if it.holding.is_some() {
        format!("⏳ {}", t.held)
    } else {
        String::new()
    };
    let x = rect.left() + 10.0;
    let w = rect.width() - 16.0;
    let line1 = format!("{name} · {}", theme::age(age));
    p.galley(
        Pos2::new(x, rect.top() + 5.0),
        p.layout_job(one_line(&line1, 13.5, Color32::WHITE, w * 0.62, true)),
        Color32::WHITE,
    );
    let right = if tags.is_empty() {
        status
    } else {
        format!("{} {status}", tags.join(" "))
    };
    let g = p.layout_job(one_line(
        &right,
        11.5,
        if it.escalated_from.is_some() {
            BAD
        } else {
            MUTED
        },
        w * 0.4,
        false,
    ));
    p.galley(
        Pos2::new(rect.right() - 6.0 - g.size().x, rect.top() + 6.0),
        g,
        MUTED,
    );
    let text = shift.item_text(id);
    p.galley(
        Pos2::new(x, rect.top() + 25.0),
        p.layout_job(one_line(text, 13.0, Color32::from_gray(215), w, false)),
        Color32::WHITE,
    );
    // Patience: a bar that drains and turns amber then red.
    if let (Some(deadline), false) = (it.deadline, it.is_answered() || it.dismissed) {
        let total = e.patience.unwrap_or(1).max(1) as f32;
        let left = (deadline.saturating_sub(now) as f32 / total).clamp(0.0, 1.0);
        let bar = Rect::from_min_size(
            Pos2::new(rect.left() + 4.0, rect.bottom() - 8.0),
            vec2((rect.width() - 8.0) * left, 4.0),
        );
        p.rect_filled(bar, 2.0, patience_colour(left));
    } else if it.patience_out && !it.is_answered() {
        let bar = Rect::from_min_size(
            Pos2::new(rect.left() + 4.0, rect.bottom() - 8.0),
            vec2(rect.width() - 8.0, 4.0),
        );
        p.rect_filled(bar, 2.0, BAD.gamma_multiply(0.5));
    }
    resp.clicked()
}

/// Draws the feed columns; clicks become commands.
pub fn show(
    ui: &mut egui::Ui,
    shift: &Shift,
    selected: Option<u32>,
    t: &Strings,
    out: &mut Vec<UiCommand>,
) {
    let cols = columns(shift);
    // Columns share the width down to a readable minimum; past that the
    // feed scrolls sideways, as multi-column tools do.
    let gap = 8.0;
    let avail = ui.available_width();
    let width = ((avail - gap * (cols.len() as f32 - 1.0)) / cols.len() as f32).max(MIN_COLUMN);
    let height = ui.available_height();
    egui::ScrollArea::horizontal()
        .id_salt("feed_columns")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                for &col in &cols {
                    ui.allocate_ui(vec2(width, height), |ui| {
                        ui.set_width(width);
                        ui.vertical(|ui| column(ui, shift, col, selected, t, out));
                    });
                }
            });
        });
}

/// Narrowest a feed column gets before the feed scrolls sideways.
pub const MIN_COLUMN: f32 = 190.0;

fn column(
    ui: &mut egui::Ui,
    shift: &Shift,
    col: Column,
    selected: Option<u32>,
    t: &Strings,
    out: &mut Vec<UiCommand>,
) {
    let items = items_in(shift, col);
    header(ui, shift, col, t, items.len());
    if col == Column::Manager {
        approvals(ui, shift, t, out);
    }
    egui::ScrollArea::vertical()
        .id_salt(format!("{col:?}"))
        .auto_shrink([false, false])
        .show_rows(ui, ROW, items.len(), |ui, range| {
            for &id in &items[range] {
                if row(ui, shift, id, selected == Some(id), t) {
                    out.push(UiCommand::Open(id));
                }
            }
        });
}
