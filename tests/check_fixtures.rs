//! Broken scenario files give exactly the expected `path:line:col` messages.
//! Each `tests/fixtures/broken/NAME.ron` has its expected output beside it in
//! `NAME.expected` (the diagnostics, then the summary line of `onbrand check`).

use onbrand::scenario::load_file;
use std::path::Path;

fn expected(name: &str) -> Vec<String> {
    let p = format!("tests/fixtures/broken/{name}.expected");
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{p}: {e}"))
        .lines()
        .filter(|l| !l.starts_with("checked "))
        .map(str::to_owned)
        .collect()
}

fn actual(name: &str) -> Vec<String> {
    let p = format!("tests/fixtures/broken/{name}.ron");
    let loaded = load_file(Path::new(&p));
    assert!(loaded.scenario.is_none(), "{p} should not load");
    loaded.diagnostics.iter().map(|d| d.to_string()).collect()
}

#[test]
fn missing_comma() {
    assert_eq!(actual("missing-comma"), expected("missing-comma"));
    assert_eq!(
        actual("missing-comma"),
        [
            "tests/fixtures/broken/missing-comma.ron:3:5: error: Expected comma (a comma or a closing bracket is probably missing just before this point)"
        ]
    );
}

#[test]
fn unknown_field_points_at_the_typo() {
    let a = actual("unknown-field");
    assert_eq!(a, expected("unknown-field"));
    assert!(a[0].starts_with("tests/fixtures/broken/unknown-field.ron:8:54: error: Unexpected field named `patiance` in `Event`"));
}

#[test]
fn not_utf8_names_the_byte() {
    assert_eq!(
        actual("not-utf8"),
        [
            "tests/fixtures/broken/not-utf8.ron:3:17: error: the file is not valid UTF-8 text (save it as UTF-8)"
        ]
    );
}

#[test]
fn empty_file() {
    assert_eq!(actual("empty"), expected("empty"));
}

#[test]
fn every_semantic_problem_is_reported_at_its_item() {
    let a = actual("semantic");
    assert_eq!(a, expected("semantic"));
    let positions: Vec<&str> = a
        .iter()
        .map(|l| {
            l.split(": ")
                .next()
                .unwrap()
                .trim_start_matches("tests/fixtures/broken/semantic.ron:")
        })
        .collect();
    assert_eq!(
        positions,
        [
            "13:72", "18:26", "19:14", "23:14", "23:24", "24:26", "24:50", "25:14", "29:14",
            "32:27", "32:35"
        ]
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    // Truncations and byte flips of a valid file: always diagnostics, never a panic.
    let good = std::fs::read("tests/fixtures/golden.ron").unwrap();
    for cut in (0..good.len()).step_by(7) {
        let _ = onbrand::scenario::load_bytes(Path::new("cut.ron"), &good[..cut]);
    }
    let mut x: u32 = 12345;
    for _ in 0..300 {
        let mut b = good.clone();
        for _ in 0..4 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let i = (x as usize >> 4) % b.len();
            b[i] = (x >> 20) as u8;
        }
        let l = onbrand::scenario::load_bytes(Path::new("flip.ron"), &b);
        assert!(l.scenario.is_some() || !l.diagnostics.is_empty());
    }
}
