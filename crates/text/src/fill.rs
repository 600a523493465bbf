//! Filling `{name}` placeholders of a translated template.

/// `template` with each `{name}` replaced by its value; a placeholder with
/// no value stays as written (a test checks that none is left).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names of a template, sorted.
#[cfg(test)]
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut v: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(n, _)| n))
        .collect();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_values_and_keeps_unknown_ones() {
        assert_eq!(
            fill("a {x} b {y}", &[("x", "1"), ("y", "{2}")]),
            "a 1 b {2}"
        );
        assert_eq!(fill("{z} {x", &[("x", "1")]), "{z} {x");
        assert_eq!(placeholders("{b} and {a}"), ["a", "b"]);
    }
}
