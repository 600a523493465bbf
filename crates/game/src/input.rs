//! Keyboard: one table of bindings per screen, used both to turn key
//! presses into [`UiCommand`]s and to list the shortcuts in the help overlay.

use super::commands::UiCommand;
use super::state::{Overlays, Screen};
use bevy::prelude::*;
use bevy_egui::input::EguiWantsInput;
use onbrand_text::ui::Strings;

/// What a shortcut does, for the help overlay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    Next,
    Prev,
    Open,
    Reply,
    Pick,
    Switch,
    Send,
    Holding,
    Approval,
    PostApproved,
    Dismiss,
    Phone,
    Delete,
    Speed,
    Pause,
    Help,
}

impl Help {
    /// The description in the interface language.
    pub fn text(self, s: &Strings) -> &'static str {
        match self {
            Help::Next => s.k_next,
            Help::Prev => s.k_prev,
            Help::Open => s.k_open,
            Help::Reply => s.k_reply,
            Help::Pick => s.k_pick,
            Help::Switch => s.k_switch,
            Help::Send => s.k_send,
            Help::Holding => s.k_holding,
            Help::Approval => s.k_approval,
            Help::PostApproved => s.k_post_approved,
            Help::Dismiss => s.k_dismiss,
            Help::Phone => s.k_phone,
            Help::Delete => s.k_delete,
            Help::Speed => s.k_speed,
            Help::Pause => s.k_pause,
            Help::Help => s.k_help,
        }
    }
}

/// A key with or without Ctrl, and what it does.
pub struct Binding {
    /// Ctrl (or Cmd) held.
    pub ctrl: bool,
    /// The key.
    pub key: KeyCode,
    /// The command.
    pub cmd: UiCommand,
    /// How the key is written in the help.
    pub label: &'static str,
    /// What it does.
    pub help: Help,
    /// Works while typing in a text field.
    pub while_typing: bool,
}

const fn b(ctrl: bool, key: KeyCode, cmd: UiCommand, label: &'static str, help: Help) -> Binding {
    Binding {
        ctrl,
        key,
        cmd,
        label,
        help,
        while_typing: ctrl,
    }
}

const fn plain_always(key: KeyCode, cmd: UiCommand, label: &'static str, help: Help) -> Binding {
    Binding {
        ctrl: false,
        key,
        cmd,
        label,
        help,
        while_typing: true,
    }
}

use KeyCode as K;
use UiCommand as C;

/// Shortcuts during a shift.
pub static SHIFT: &[Binding] = &[
    b(false, K::KeyJ, C::Cursor(1), "J", Help::Next),
    b(false, K::ArrowDown, C::Cursor(1), "↓", Help::Next),
    b(false, K::KeyK, C::Cursor(-1), "K", Help::Prev),
    b(false, K::ArrowUp, C::Cursor(-1), "↑", Help::Prev),
    b(false, K::Enter, C::OpenCursor, "Enter", Help::Open),
    b(false, K::KeyO, C::OpenCursor, "O", Help::Open),
    b(false, K::KeyR, C::FocusComposer, "R", Help::Reply),
    b(false, K::Digit1, C::PickReply(1), "1…9", Help::Pick),
    b(false, K::Digit2, C::PickReply(2), "", Help::Pick),
    b(false, K::Digit3, C::PickReply(3), "", Help::Pick),
    b(false, K::Digit4, C::PickReply(4), "", Help::Pick),
    b(false, K::Digit5, C::PickReply(5), "", Help::Pick),
    b(false, K::Digit6, C::PickReply(6), "", Help::Pick),
    b(false, K::Digit7, C::PickReply(7), "", Help::Pick),
    b(false, K::Digit8, C::PickReply(8), "", Help::Pick),
    b(false, K::Digit9, C::PickReply(9), "", Help::Pick),
    b(
        true,
        K::Digit1,
        C::SwitchAccount(0),
        "Ctrl+1…9",
        Help::Switch,
    ),
    b(true, K::Digit2, C::SwitchAccount(1), "", Help::Switch),
    b(true, K::Digit3, C::SwitchAccount(2), "", Help::Switch),
    b(true, K::Digit4, C::SwitchAccount(3), "", Help::Switch),
    b(true, K::Digit5, C::SwitchAccount(4), "", Help::Switch),
    b(true, K::Digit6, C::SwitchAccount(5), "", Help::Switch),
    b(true, K::Digit7, C::SwitchAccount(6), "", Help::Switch),
    b(true, K::Digit8, C::SwitchAccount(7), "", Help::Switch),
    b(true, K::Digit9, C::SwitchAccount(8), "", Help::Switch),
    b(true, K::Enter, C::Send, "Ctrl+Enter", Help::Send),
    b(true, K::KeyH, C::Holding, "Ctrl+H", Help::Holding),
    b(
        true,
        K::KeyA,
        C::RequestApproval,
        "Ctrl+Shift+A",
        Help::Approval,
    ),
    b(true, K::KeyP, C::PostApproved, "Ctrl+P", Help::PostApproved),
    b(true, K::KeyD, C::Dismiss, "Ctrl+D", Help::Dismiss),
    b(true, K::KeyM, C::ReplyPhone, "Ctrl+M", Help::Phone),
    b(
        true,
        K::Backspace,
        C::DeleteLast,
        "Ctrl+Backspace",
        Help::Delete,
    ),
    plain_always(K::F2, C::Speed(1), "F2 F3 F4", Help::Speed),
    plain_always(K::F3, C::Speed(2), "", Help::Speed),
    plain_always(K::F4, C::Speed(4), "", Help::Speed),
    plain_always(K::Escape, C::PauseMenu, "Esc", Help::Pause),
    plain_always(K::F1, C::Help, "F1 / ?", Help::Help),
];

/// The shortcuts of a shift, grouped for the help overlay: (keys, what).
pub fn help_rows(s: &Strings) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(Help, Vec<&str>)> = Vec::new();
    for bd in SHIFT {
        match rows.iter_mut().find(|r| r.0 == bd.help) {
            Some(r) if !bd.label.is_empty() => r.1.push(bd.label),
            Some(_) => {}
            None => rows.push((bd.help, vec![bd.label])),
        }
    }
    rows.into_iter()
        .map(|(h, keys)| (keys.join(" / "), h.text(s)))
        .collect()
}

fn ctrl_held(keys: &ButtonInput<KeyCode>) -> bool {
    keys.any_pressed([K::ControlLeft, K::ControlRight, K::SuperLeft, K::SuperRight])
}

/// Turns key presses into commands, per screen.
fn keys_to_commands(
    keys: Res<ButtonInput<KeyCode>>,
    screen: Res<State<Screen>>,
    overlays: Res<Overlays>,
    wants: Res<EguiWantsInput>,
    mut out: MessageWriter<UiCommand>,
) {
    let ctrl = ctrl_held(&keys);
    let shift = keys.any_pressed([K::ShiftLeft, K::ShiftRight]);
    let typing = wants.wants_any_keyboard_input();
    let pressed = |k: KeyCode| keys.just_pressed(k);
    if overlays.help {
        if pressed(K::Escape) || pressed(K::F1) {
            out.write(C::Help);
        }
        return;
    }
    match screen.get() {
        Screen::Title => {
            if typing {
                return;
            }
            if pressed(K::ArrowDown) || pressed(K::KeyJ) {
                out.write(C::MenuMove(1));
            }
            if pressed(K::ArrowUp) || pressed(K::KeyK) {
                out.write(C::MenuMove(-1));
            }
            if pressed(K::Enter) {
                out.write(C::StartBriefing);
            }
            if pressed(K::KeyP) {
                out.write(C::Progress);
            }
            if pressed(K::KeyR) {
                out.write(C::ResumeRun);
            }
            if pressed(K::KeyF) {
                out.write(C::ToggleFreePlay);
            }
        }
        Screen::Progress => {
            if typing {
                return;
            }
            if pressed(K::ArrowDown) || pressed(K::KeyJ) {
                out.write(C::RunMove(1));
            }
            if pressed(K::ArrowUp) || pressed(K::KeyK) {
                out.write(C::RunMove(-1));
            }
            if pressed(K::Enter) || pressed(K::KeyD) {
                out.write(C::ReviewDebrief);
            }
            if pressed(K::KeyW) {
                out.write(C::WatchReplay);
            }
            if pressed(K::KeyC) {
                out.write(C::CompareIdeal);
            }
            if pressed(K::KeyR) {
                out.write(C::RetryRun);
            }
            if pressed(K::Escape) || pressed(K::KeyM) {
                out.write(C::BackToMenu);
            }
        }
        Screen::Compare => {
            if pressed(K::Escape) || pressed(K::Backspace) {
                out.write(C::Progress);
            }
        }
        Screen::Briefing => {
            if pressed(K::Enter) {
                out.write(C::StartShift);
            }
            if pressed(K::Escape) {
                out.write(C::BackToMenu);
            }
        }
        Screen::Shift if overlays.pause => {
            if pressed(K::Escape) {
                out.write(C::Resume);
            }
            if pressed(K::KeyR) {
                out.write(C::Restart);
            }
            if pressed(K::KeyQ) {
                out.write(C::Abandon);
            }
        }
        Screen::Shift => {
            if !typing && shift && pressed(K::Slash) {
                out.write(C::Help);
                return;
            }
            for bd in SHIFT {
                // Ctrl+Shift+A is the approval chord (Ctrl+A selects text).
                let needs_shift = bd.cmd == C::RequestApproval;
                if pressed(bd.key)
                    && bd.ctrl == ctrl
                    && needs_shift == shift
                    && (!typing || bd.while_typing)
                {
                    out.write(bd.cmd);
                }
            }
        }
        Screen::Debrief => {
            if typing {
                return;
            }
            if pressed(K::KeyR) {
                out.write(C::Retry);
            }
            if pressed(K::KeyN) {
                out.write(C::NewSeed);
            }
            if pressed(K::Escape) || pressed(K::KeyM) {
                out.write(C::BackToMenu);
            }
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, keys_to_commands.before(super::commands::apply));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_help_row_has_keys_and_words() {
        for lang in [
            onbrand_core::scenario::Language::En,
            onbrand_core::scenario::Language::Fr,
        ] {
            let rows = help_rows(onbrand_text::strings(lang));
            assert_eq!(rows.len(), 16);
            assert!(rows.iter().all(|(k, w)| !k.is_empty() && !w.is_empty()));
        }
    }

    #[test]
    fn no_chord_is_bound_twice() {
        for (i, a) in SHIFT.iter().enumerate() {
            for b in &SHIFT[i + 1..] {
                assert!(
                    !(a.key == b.key && a.ctrl == b.ctrl),
                    "{:?} bound twice",
                    a.key
                );
            }
        }
    }
}
