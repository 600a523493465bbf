//! Key names used in UI scripts ("enter", "ctrl", "j", "1"…) and the
//! key codes they stand for.

use bevy::input::keyboard::{Key, KeyCode};

/// A key name to its code and logical key.
pub fn key(name: &str) -> Option<(KeyCode, Key)> {
    let n = name.to_ascii_lowercase();
    let named = |k: KeyCode, l: Key| Some((k, l));
    match n.as_str() {
        "enter" => named(KeyCode::Enter, Key::Enter),
        "esc" | "escape" => named(KeyCode::Escape, Key::Escape),
        "backspace" => named(KeyCode::Backspace, Key::Backspace),
        "tab" => named(KeyCode::Tab, Key::Tab),
        "up" => named(KeyCode::ArrowUp, Key::ArrowUp),
        "down" => named(KeyCode::ArrowDown, Key::ArrowDown),
        "ctrl" => named(KeyCode::ControlLeft, Key::Control),
        "shift" => named(KeyCode::ShiftLeft, Key::Shift),
        "space" => named(KeyCode::Space, Key::Character(" ".into())),
        "/" => named(KeyCode::Slash, Key::Character("/".into())),
        "f1" => named(KeyCode::F1, Key::F1),
        "f2" => named(KeyCode::F2, Key::F2),
        "f3" => named(KeyCode::F3, Key::F3),
        "f4" => named(KeyCode::F4, Key::F4),
        _ => {
            let mut chars = n.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            let code = match c {
                'a'..='z' => letter(c),
                '0'..='9' => digit(c),
                _ => KeyCode::Unidentified(bevy::input::keyboard::NativeKeyCode::Unidentified),
            };
            Some((code, Key::Character(c.to_string().into())))
        }
    }
}

pub(super) fn letter(c: char) -> KeyCode {
    const L: [KeyCode; 26] = [
        KeyCode::KeyA,
        KeyCode::KeyB,
        KeyCode::KeyC,
        KeyCode::KeyD,
        KeyCode::KeyE,
        KeyCode::KeyF,
        KeyCode::KeyG,
        KeyCode::KeyH,
        KeyCode::KeyI,
        KeyCode::KeyJ,
        KeyCode::KeyK,
        KeyCode::KeyL,
        KeyCode::KeyM,
        KeyCode::KeyN,
        KeyCode::KeyO,
        KeyCode::KeyP,
        KeyCode::KeyQ,
        KeyCode::KeyR,
        KeyCode::KeyS,
        KeyCode::KeyT,
        KeyCode::KeyU,
        KeyCode::KeyV,
        KeyCode::KeyW,
        KeyCode::KeyX,
        KeyCode::KeyY,
        KeyCode::KeyZ,
    ];
    L[(c as u8 - b'a') as usize]
}

pub(super) fn digit(c: char) -> KeyCode {
    const D: [KeyCode; 10] = [
        KeyCode::Digit0,
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    D[(c as u8 - b'0') as usize]
}
