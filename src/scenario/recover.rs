//! Going on after an unknown field, so that a file with several misspelt
//! fields gets all of them reported at once: the field (name, value and
//! comma) is blanked out with spaces, keeping every line break, so the
//! positions of later problems stay true, and the text is parsed again.

use super::span::Pos;

/// The byte offset of a `line:col` position (columns count characters).
pub(super) fn offset_of(src: &str, pos: Pos) -> Option<usize> {
    let line_start = if pos.line <= 1 {
        0
    } else {
        src.match_indices('\n').nth(pos.line - 2)?.0 + 1
    };
    let line = &src[line_start..];
    let col = line
        .char_indices()
        .nth(pos.col.checked_sub(1)?)
        .map_or(line.len(), |(i, _)| i);
    Some(line_start + col)
}

/// `src` with the field that starts at `start` (its name) blanked out:
/// the name, the colon, the value and the comma after it. `None` when the
/// text there does not look like a field.
pub(super) fn blank_field(src: &str, start: usize) -> Option<String> {
    let b = src.as_bytes();
    // Field names may be any Unicode word (`durée` is unknown, not broken).
    let name = src
        .get(start..)?
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(src.len() - start);
    if name == 0 {
        return None;
    }
    let mut i = start + name;
    i = skip_blank(b, i);
    if b.get(i) != Some(&b':') {
        return None;
    }
    let end = value_end(b, i + 1)?;
    let mut out = String::with_capacity(src.len());
    out.push_str(&src[..start]);
    out.extend(
        src[start..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' }),
    );
    out.push_str(&src[end..]);
    Some(out)
}

/// Skips spaces and comments.
fn skip_blank(b: &[u8], mut i: usize) -> usize {
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        match (b.get(i), b.get(i + 1)) {
            (Some(b'/'), Some(b'/')) => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            (Some(b'/'), Some(b'*')) => {
                let mut depth = 0usize;
                while i < b.len() {
                    if b[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            _ => return i,
        }
    }
}

/// The end of a value starting at `i` (after the colon), including the
/// comma that follows it: everything up to a comma or a closing bracket at
/// the value's own depth, skipping strings, characters and comments.
fn value_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i < b.len() {
        let j = skip_blank(b, i);
        if j != i {
            i = j;
            continue;
        }
        match b[i] {
            b'"' => i = string_end(b, i + 1, false, 0)?,
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                i = string_end(b, i + 2 + hashes, true, hashes)?;
            }
            b'\'' => {
                i += 1;
                while i < b.len() && b[i] != b'\'' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
                i += 1;
            }
            b',' if depth == 0 => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of a string whose text starts at `i`: after its closing quote
/// and, for raw strings, its `hashes` hashes (where `\` escapes nothing).
fn string_end(b: &[u8], mut i: usize, raw: bool, hashes: usize) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' if !raw => i += 2,
            b'"' if b[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes =>
            {
                return Some(i + 1 + hashes);
            }
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_a_field_keeping_positions() {
        let src = "(a: 1, tpyo: Some([\"x, )\", (b: 2)]), // c\n c: 3)";
        let start = src.find("tpyo").unwrap();
        let out = blank_field(src, start).unwrap();
        assert_eq!(out.len(), src.len());
        assert_eq!(out, format!("(a: 1, {} // c\n c: 3)", " ".repeat(29)));
        // A value that ends the struct: up to the closing bracket.
        let src = "(a: 1, tpyo: \"multi\nline\")";
        let out = blank_field(src, 7).unwrap();
        assert_eq!(
            out,
            format!("(a: 1, {}\n{})", " ".repeat(12), " ".repeat(5))
        );
        // Raw strings do not treat \" as an escape.
        let src = "(x: r#\"a \\\" b\"#, y: 1)";
        assert_eq!(
            blank_field(src, 1).unwrap(),
            format!("({}y: 1)", " ".repeat(16))
        );
        // Names in any language.
        let src = "(durée: \"5m\", x: 1)";
        assert_eq!(
            blank_field(src, 1).unwrap(),
            format!("({}x: 1)", " ".repeat(13))
        );
        // Not a field.
        assert_eq!(blank_field("(: 1)", 1), None);
        assert_eq!(blank_field("(a 1)", 1), None);
    }

    #[test]
    fn offsets_of_positions() {
        let src = "ab\ncé d\n";
        assert_eq!(offset_of(src, Pos { line: 1, col: 1 }), Some(0));
        assert_eq!(offset_of(src, Pos { line: 2, col: 3 }), Some(6));
        assert_eq!(offset_of(src, Pos { line: 2, col: 4 }), Some(7));
        assert_eq!(offset_of(src, Pos { line: 9, col: 1 }), None);
    }
}
