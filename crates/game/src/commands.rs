//! What the player asks for, by key or by click, as [`UiCommand`]s; one
//! system applies them (the widgets and the keyboard share this path).

use super::catalog::Catalog;
use super::state::{Clock, Draft, Overlays, Screen, Session, Settings};
use bevy::prelude::*;
use onbrand_core::scenario::model::Scenario;
use onbrand_core::sim::{Action, Refusal};
use std::sync::Arc;

/// A request from the interface.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// Move the highlight in the scenario list.
    MenuMove(i32),
    /// Highlight a scenario.
    MenuSelect(usize),
    /// Open the briefing of the highlighted scenario.
    StartBriefing,
    /// Leave for the title screen.
    BackToMenu,
    /// Close the game.
    Quit,
    /// Start the shift.
    StartShift,
    /// Move the feed cursor.
    Cursor(i32),
    /// Open the item under the cursor.
    OpenCursor,
    /// Open an item (click).
    Open(u32),
    /// Put the keyboard in the composer.
    FocusComposer,
    /// Pick the n-th saved reply (1-based, as numbered on screen).
    PickReply(u8),
    /// Pick a saved reply by index (click).
    PickSaved(u16),
    /// Put an account in the composer.
    SwitchAccount(u16),
    /// Send the draft as the composer's account.
    Send,
    /// Send the holding reply.
    Holding,
    /// Send the draft for approval.
    RequestApproval,
    /// Choose the approver (None: the topic's).
    ChooseApprover(Option<u16>),
    /// Post the approved text.
    PostApproved,
    /// Set the item aside.
    Dismiss,
    /// Reply from the personal phone.
    ReplyPhone,
    /// Delete my last post.
    DeleteLast,
    /// Clock speed 1, 2 or 4.
    Speed(u32),
    /// Pause or resume the clock.
    TogglePause,
    /// Open the pause menu.
    PauseMenu,
    /// Show or hide the shortcuts.
    Help,
    /// Close the pause menu.
    Resume,
    /// Start the same shift again.
    Restart,
    /// Leave the shift.
    Abandon,
    /// Play again with the same seed.
    Retry,
    /// Play again with another seed.
    NewSeed,
    /// Open the Progress screen.
    Progress,
    /// Show the campaign, or every file (free play).
    ToggleFreePlay,
    /// Resume the shift that was interrupted.
    ResumeRun,
    /// Give up the interrupted shift (kept, marked abandoned).
    DiscardRun,
    /// Move the highlight in the list of past runs.
    RunMove(i32),
    /// Highlight a past run.
    RunSelect(usize),
    /// Sort the past runs by a column (again: the other way).
    SortRuns(RunColumn),
    /// Open the highlighted run's debrief.
    ReviewDebrief,
    /// Watch the highlighted run again, read only.
    WatchReplay,
    /// The highlighted run beside the ideal play.
    CompareIdeal,
    /// Play the highlighted run's scenario and seed again.
    RetryRun,
}

/// A column of the list of past runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RunColumn {
    /// When it was played.
    #[default]
    Date,
    /// The scenario.
    Scenario,
    /// The overall score.
    Overall,
}

/// A short message shown over the shift (refused actions, saved files).
#[derive(Resource, Default)]
pub struct Toast {
    /// The text.
    pub text: String,
    /// Seconds left on screen.
    pub left: f32,
    /// Shown as an error.
    pub error: bool,
}

impl Toast {
    /// Shows a message.
    pub fn show(&mut self, text: impl Into<String>, error: bool) {
        self.text = text.into();
        self.left = 4.0;
        self.error = error;
    }
}

/// Asks the composer to take the keyboard focus on its next frame.
#[derive(Resource, Default)]
pub struct FocusComposer(pub bool);

/// The seed a new shift starts with (fixed by `--seed`, else from the clock).
#[derive(Resource, Clone, Copy, Debug)]
pub struct SeedSource(pub Option<u64>);

fn fresh_seed(src: &SeedSource) -> u64 {
    src.0.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64 % 1_000_000)
    })
}

/// Saved replies in the order they are numbered for an item: filed under
/// its topic first, then general ones, then the rest.
pub fn reply_order(sc: &Scenario, event: Option<usize>) -> Vec<u16> {
    let topic = event.and_then(|e| sc.events[e].topic);
    let rank = |t: Option<usize>| match (t, topic) {
        (Some(a), Some(b)) if a == b => 0,
        (None, _) => 1,
        _ => 2,
    };
    let mut v: Vec<u16> = (0..sc.replies.len() as u16).collect();
    v.sort_by_key(|&i| (rank(sc.replies[i as usize].topic), i));
    v
}

fn start_session(commands: &mut Commands, path: std::path::PathBuf, sc: Arc<Scenario>, seed: u64) {
    commands.insert_resource(Session::new(path, sc, seed));
}

/// Applies the commands of this frame.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    mut cmds: MessageReader<UiCommand>,
    mut commands: Commands,
    mut session: Option<ResMut<Session>>,
    mut catalog: ResMut<Catalog>,
    settings: Res<Settings>,
    mut clock: ResMut<Clock>,
    mut overlays: ResMut<Overlays>,
    mut toast: ResMut<Toast>,
    mut focus: ResMut<FocusComposer>,
    seed_src: Res<SeedSource>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for &cmd in cmds.read() {
        let lang = settings.lang;
        match cmd {
            UiCommand::MenuMove(d) => {
                let n = catalog.entries.len() as i32;
                if n > 0 {
                    catalog.selected = (catalog.selected as i32 + d).rem_euclid(n) as usize;
                }
            }
            UiCommand::MenuSelect(i) => catalog.selected = i,
            UiCommand::ToggleFreePlay => {
                catalog.free_play = !catalog.free_play;
                catalog.selected = 0;
                catalog.refresh(lang);
            }
            UiCommand::StartBriefing => {
                let i = catalog.selected;
                if catalog.entries.get(i).is_some_and(|e| e.locked) {
                    toast.show(onbrand_text::strings(lang).locked, true);
                    continue;
                }
                if let Some(sc) = catalog.entries.get(i).and_then(|e| e.scenario.clone()) {
                    let path = catalog.entries[i].path.clone();
                    start_session(&mut commands, path, sc, fresh_seed(&seed_src));
                    next.set(Screen::Briefing);
                }
            }
            UiCommand::BackToMenu | UiCommand::Abandon => {
                overlays.pause = false;
                commands.remove_resource::<Session>();
                next.set(Screen::Title);
            }
            UiCommand::Quit => {
                exit.write(AppExit::Success);
            }
            UiCommand::StartShift => {
                *clock = Clock::default();
                next.set(Screen::Shift);
            }
            UiCommand::Speed(s) => clock.speed = s,
            UiCommand::TogglePause => clock.paused = !clock.paused,
            UiCommand::PauseMenu => overlays.pause = true,
            UiCommand::Resume => overlays.pause = false,
            UiCommand::Help => overlays.help = !overlays.help,
            UiCommand::Restart | UiCommand::Retry | UiCommand::NewSeed => {
                if let Some(s) = session.as_deref() {
                    let seed = if cmd == UiCommand::NewSeed {
                        s.seed.wrapping_add(1 + fresh_seed(&SeedSource(None)) % 997)
                    } else {
                        s.seed
                    };
                    start_session(&mut commands, s.path.clone(), s.scenario.clone(), seed);
                    overlays.pause = false;
                    *clock = Clock::default();
                    next.set(Screen::Shift);
                }
            }
            _ => {
                if let Some(s) = session.as_deref_mut()
                    && let Err(r) = shift_command(s, cmd, &mut focus)
                {
                    toast.show(onbrand_text::strings(lang).refusal(&r), true);
                }
            }
        }
    }
}

/// Commands that act on the running shift.
fn shift_command(
    s: &mut Session,
    cmd: UiCommand,
    focus: &mut FocusComposer,
) -> Result<(), Refusal> {
    let n = s.shift.items().len() as i64;
    let sc = Arc::clone(&s.scenario);
    // A past run played back is read only: the cursor moves, nothing else.
    if s.playback.is_some() && !matches!(cmd, UiCommand::Cursor(_)) {
        return Ok(());
    }
    match cmd {
        UiCommand::Cursor(d) if n > 0 => {
            let cur = s.cursor.map_or(if d > 0 { -1 } else { n }, |c| c as i64);
            s.cursor = Some((cur + d as i64).clamp(0, n - 1) as u32);
        }
        UiCommand::OpenCursor => {
            if let Some(c) = s.selected() {
                open(s, c)?;
            }
        }
        UiCommand::Open(i) => open(s, i)?,
        UiCommand::FocusComposer => focus.0 = true,
        UiCommand::PickReply(k) => {
            let event = s.selected().map(|i| s.shift.items()[i as usize].event);
            if let Some(&r) = reply_order(&sc, event).get(k as usize - 1) {
                pick(s, r);
            }
        }
        UiCommand::PickSaved(r) => pick(s, r),
        UiCommand::SwitchAccount(a) if (a as usize) < sc.accounts.len() => {
            s.act(Action::SwitchAccount(a))?;
        }
        UiCommand::ChooseApprover(a) => s.draft.approver = a,
        UiCommand::Send => {
            let item = s.selected().ok_or(Refusal::NoSuchItem)?;
            let reply = s.draft.reply(&sc);
            s.act(Action::Post(item, reply))?;
            s.draft = Draft::default();
        }
        UiCommand::Holding => {
            let item = s.selected().ok_or(Refusal::NoSuchItem)?;
            s.act(Action::Holding(item))?;
        }
        UiCommand::RequestApproval => {
            let item = s.selected().ok_or(Refusal::NoSuchItem)?;
            let reply = s.draft.reply(&sc);
            s.act(Action::RequestApproval(item, reply, s.draft.approver))?;
            s.draft = Draft::default();
        }
        UiCommand::PostApproved => {
            let item = s.selected().ok_or(Refusal::NoSuchItem)?;
            let a = s
                .shift
                .ready_approval(item)
                .map(|a| a.id)
                .ok_or(Refusal::NotApproved)?;
            s.act(Action::PostApproved(a))?;
        }
        UiCommand::Dismiss => {
            let item = s.selected().ok_or(Refusal::NoSuchItem)?;
            s.act(Action::Dismiss(item))?;
        }
        UiCommand::ReplyPhone => {
            let item = s.selected().ok_or(Refusal::NoSuchItem)?;
            let reply = s.draft.reply(&sc);
            s.act(Action::ReplyPersonal(item, reply))?;
            s.draft = Draft::default();
        }
        UiCommand::DeleteLast => {
            let p = s
                .shift
                .posts()
                .iter()
                .rev()
                .find(|p| p.deleted.is_none())
                .map(|p| p.id)
                .ok_or(Refusal::NoSuchPost)?;
            s.act(Action::Delete(p))?;
        }
        _ => {}
    }
    Ok(())
}

fn open(s: &mut Session, item: u32) -> Result<(), Refusal> {
    if s.cursor != Some(item) {
        s.draft = Draft::default();
    }
    s.cursor = Some(item);
    s.act(Action::Open(item))
}

fn pick(s: &mut Session, r: u16) {
    if let Some(reply) = s.scenario.replies.get(r as usize) {
        s.draft.text = reply.text.clone();
        s.draft.saved = Some(r);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<UiCommand>()
        .init_resource::<Toast>()
        .init_resource::<FocusComposer>()
        .add_systems(Update, apply);
}
