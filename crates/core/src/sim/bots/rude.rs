//! The `rude` player's voice: the right facts (the best saved reply or the
//! ideal text) said the way a brand must never say them. It calibrates the
//! tone judge: on a day whose lesson is the voice, it must fail.

use crate::scenario::Language;
use crate::scenario::model::Scenario;

/// A dismissive opening and a condescending close, per language (phrases
/// the built-in tone lists know: "whatever", "do your homework"; "bref",
/// "renseignez-vous", "la prochaine fois").
fn phrases(lang: Language) -> (&'static str, &'static str) {
    match lang {
        Language::En => ("Whatever. ", " Do your homework next time."),
        Language::Fr => ("Bref. ", " Renseignez-vous la prochaine fois."),
    }
}

/// `text` made rude, within `limit` characters: the opening, the facts,
/// the close, then the sign-off where the brand wants it; the close goes
/// first when there is no room, then the end of the facts.
pub fn rude(sc: &Scenario, text: &str, limit: usize) -> String {
    let (open, close) = phrases(sc.language);
    let text = text.trim_end();
    let (body, sign) = match sc.brand.sign_off.as_deref() {
        Some(s) if text.ends_with(s) => (text[..text.len() - s.len()].trim_end(), s),
        _ => (text, ""),
    };
    let sign = if sign.is_empty() {
        String::new()
    } else {
        format!(" {sign}")
    };
    for c in [
        format!("{open}{body}{close}{sign}"),
        format!("{open}{body}{sign}"),
    ] {
        if c.chars().count() <= limit {
            return c;
        }
    }
    let room = limit.saturating_sub(open.chars().count() + sign.chars().count());
    let cut: String = body.chars().take(room).collect();
    format!("{open}{cut}{sign}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::load_bytes;

    #[test]
    fn keeps_the_sign_off_last_and_the_limit() {
        let l = load_bytes(
            std::path::Path::new("t.ron"),
            include_bytes!("../../../../../tests/fixtures/golden.ron"),
        );
        let sc = l.scenario.expect("golden loads");
        assert_eq!(
            rude(&sc, "The Brew costs €49. ^Ana", 280),
            "Whatever. The Brew costs €49. Do your homework next time. ^Ana"
        );
        assert_eq!(
            rude(&sc, "The Brew costs €49. ^Ana", 40),
            "Whatever. The Brew costs €49. ^Ana"
        );
        let short = rude(&sc, "The Brew costs €49. ^Ana", 20);
        assert_eq!(short, "Whatever. The B ^Ana");
        assert_eq!(short.chars().count(), 20);
    }
}
