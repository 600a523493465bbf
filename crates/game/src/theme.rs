//! Colours, text sizes and small widgets shared by the screens.

use bevy_egui::egui::{self, Color32, RichText, Stroke, text::LayoutJob};
use onbrand_core::scenario::Owner;
use onbrand_core::scenario::model::AccountInfo;

/// Accent for the brand's own things.
pub const BRAND: Color32 = Color32::from_rgb(0x2e, 0x86, 0xde);
/// The personal account: unmistakable amber.
pub const PERSONAL: Color32 = Color32::from_rgb(0xf3, 0x9c, 0x12);
/// Other clients.
pub const CLIENT: Color32 = Color32::from_rgb(0x9b, 0x59, 0xb6);
/// Good.
pub const GOOD: Color32 = Color32::from_rgb(0x27, 0xae, 0x60);
/// Warning.
pub const WARN: Color32 = Color32::from_rgb(0xe6, 0x7e, 0x22);
/// Bad.
pub const BAD: Color32 = Color32::from_rgb(0xe7, 0x4c, 0x3c);
/// Quiet text.
pub const MUTED: Color32 = Color32::from_rgb(0x9a, 0xa0, 0xa6);

/// Sets the look once: dark panels, readable sizes.
pub fn apply(ctx: &egui::Context, scale: f32) {
    let mut style = (*ctx.global_style()).clone();
    use egui::{FontFamily::Proportional, FontId, TextStyle};
    style.text_styles = [
        (TextStyle::Heading, FontId::new(24.0, Proportional)),
        (TextStyle::Body, FontId::new(15.0, Proportional)),
        (TextStyle::Button, FontId::new(15.0, Proportional)),
        (TextStyle::Small, FontId::new(12.5, Proportional)),
        (
            TextStyle::Monospace,
            FontId::new(14.0, egui::FontFamily::Monospace),
        ),
    ]
    .into();
    style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    style.spacing.button_padding = egui::vec2(10.0, 5.0);
    ctx.set_global_style(style);
    ctx.set_zoom_factor(scale);
}

/// Colour of an account's owner badge.
pub fn owner_colour(owner: &Owner) -> Color32 {
    match owner {
        Owner::Brand => BRAND,
        Owner::Personal => PERSONAL,
        Owner::Client(_) => CLIENT,
    }
}

/// An account's avatar colour.
pub fn avatar(a: &AccountInfo) -> Color32 {
    Color32::from_rgb(a.colour[0], a.colour[1], a.colour[2])
}

/// A small filled badge with text.
pub fn badge(ui: &mut egui::Ui, text: &str, fill: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).strong().color(Color32::WHITE).small());
        })
        .response
}

/// A horizontal meter with a label and a value.
pub fn meter(ui: &mut egui::Ui, label: &str, fraction: f32, colour: Color32, width: f32) {
    ui.label(RichText::new(label).small().color(MUTED));
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 12.0), egui::Sense::hover());
    let p = ui.painter();
    p.rect_filled(rect, 3.0, Color32::from_gray(50));
    let mut fill = rect;
    fill.set_width(rect.width() * fraction.clamp(0.0, 1.0));
    p.rect_filled(fill, 3.0, colour);
    p.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.0, Color32::from_gray(90)),
        egui::StrokeKind::Inside,
    );
}

/// Green → amber → red as a fraction of patience left goes 1 → 0.
pub fn patience_colour(left: f32) -> Color32 {
    if left > 0.5 {
        GOOD
    } else if left > 0.2 {
        WARN
    } else {
        BAD
    }
}

/// One line of text, cut with "…" to `width`.
pub fn one_line(text: &str, size: f32, colour: Color32, width: f32, strong: bool) -> LayoutJob {
    let mut job = LayoutJob::single_section(
        text.replace('\n', " "),
        egui::TextFormat {
            font_id: egui::FontId::proportional(size),
            color: colour,
            ..Default::default()
        },
    );
    if strong {
        job.sections[0].format.color = colour;
    }
    job.wrap = egui::text::TextWrapping {
        max_width: width,
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    job
}

/// "2m" / "45s" style age.
pub fn age(ms: u64) -> String {
    let s = ms / 1000;
    if s < 60 {
        format!("{s}s")
    } else {
        format!("{}m", s / 60)
    }
}
