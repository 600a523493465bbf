//! The debrief on the terminal: how the overall was formed, then the
//! findings, as the game's debrief screen shows them. Every text comes from
//! the [`Report`] (rendered by `onbrand-text`); this module only lays it out
//! and escapes what scenario authors and players wrote.

use onbrand_core::scenario::Dimension;
use onbrand_core::scenario::Language;
use onbrand_core::untrusted::escape;
use onbrand_text::Report;
use onbrand_text::ui::strings;

/// The score and how it was formed.
pub(super) fn verdict(r: &Report, lang: Language) {
    let t = strings(lang);
    println!(
        "{} {} ({}), {}",
        t.overall,
        r.score.overall,
        r.grade,
        if r.score.passed { t.passed } else { t.failed }
    );
    let labels: Vec<(&str, u32)> = Dimension::ALL
        .iter()
        .map(|&d| (t.dimension(d), r.score.get(d)))
        .chain(std::iter::once((t.incidents, r.score.incidents)))
        .collect();
    let w = labels
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, v) in labels {
        println!("  {label:<w$} {v:>3}");
    }
    for line in &r.verdict {
        println!("  · {}", escape(&line.text));
    }
}

/// The findings: one line each, or (`full`) each as the debrief's card:
/// rule, time, item and author, what happened, why it matters, the ideal.
pub(super) fn findings(r: &Report, lang: Language, full: bool) {
    let t = strings(lang);
    println!("{} ({})", t.findings, r.findings.len());
    for f in &r.findings {
        let mut head = format!("[{}] {}", f.clock, f.title);
        let about: Vec<&str> = [f.event.as_deref(), f.author.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !about.is_empty() {
            head.push_str(&format!(" — {}", about.join(", ")));
        }
        if !full {
            println!("  {}: {}", escape(&head), escape(&f.what));
            continue;
        }
        println!("\n{}{}", if f.serious { "!! " } else { "" }, escape(&head));
        println!("  {}", escape(&f.what));
        println!("  {}{}{}", t.why, t.colon, escape(&f.why));
        if let Some(ideal) = &f.ideal {
            println!("  {}{}{}", t.ideal, t.colon, escape(ideal));
        }
    }
}
