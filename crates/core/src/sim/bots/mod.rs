//! Headless players: bots that play a shift through the same [`Action`]s
//! as a trainee, and the driver that runs them against the clock.

mod player;
mod random;
mod rude;
mod style;

use super::action::{Action, TimedAction};
use super::shift::Shift;
use crate::scenario::{Ms, Scenario};
pub use player::Player;
pub use random::RandomBot;
use std::sync::Arc;
pub use style::Style;

/// What a bot does next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Take this action now; the bot is busy for the given time afterwards.
    Act(Action, Ms),
    /// Do nothing until this time (or until something happens).
    WaitUntil(Ms),
    /// Nothing to do until something happens.
    Idle,
}

/// A headless player.
pub trait Bot {
    /// Decides the next step, given the shift as it is now.
    fn step(&mut self, shift: &Shift) -> Step;
}

/// The bots, by the habit each one has (or lacks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum BotKind {
    /// Best saved replies, approval exactly when needed, never the wrong account.
    Ideal,
    /// Answers fast, never asks approval.
    Hasty,
    /// Does everything right, too slowly.
    Slow,
    /// Right answers, but sometimes forgets to check the account.
    Careless,
    /// Right facts and habits, off-voice tone (dismissive, condescending).
    Rude,
    /// Anything at all: a fuzzer and a floor.
    Random,
}

impl BotKind {
    /// Every bot, in the order calibration tables list them.
    pub const ALL: [BotKind; 6] = [
        BotKind::Ideal,
        BotKind::Hasty,
        BotKind::Slow,
        BotKind::Careless,
        BotKind::Rude,
        BotKind::Random,
    ];

    /// The bot's name (as the command line writes it, and as logs record it).
    pub fn name(self) -> &'static str {
        match self {
            BotKind::Ideal => "ideal",
            BotKind::Hasty => "hasty",
            BotKind::Slow => "slow",
            BotKind::Careless => "careless",
            BotKind::Rude => "rude",
            BotKind::Random => "random",
        }
    }

    /// The bot of that name, if any.
    pub fn from_name(name: &str) -> Option<BotKind> {
        BotKind::ALL.into_iter().find(|b| b.name() == name)
    }

    /// A new player of this kind, seeded (bots that draw chances use their
    /// own stream).
    pub fn make(self, seed: u64) -> Box<dyn Bot> {
        match self {
            BotKind::Ideal => Box::new(Player::new(Style::ideal(), seed)),
            BotKind::Hasty => Box::new(Player::new(Style::hasty(), seed)),
            BotKind::Slow => Box::new(Player::new(Style::slow(), seed)),
            BotKind::Careless => Box::new(Player::new(Style::careless(), seed)),
            BotKind::Rude => Box::new(Player::new(Style::rude(), seed)),
            BotKind::Random => Box::new(RandomBot::new(seed)),
        }
    }
}

/// Shortest time an action takes, so a bot always lets time pass.
const MIN_COST: Ms = 500;

/// Plays a whole shift with `bot`; returns the finished shift and the timed
/// actions (the replayable log). Generic so that a known bot's decisions
/// inline into the loop; `&mut dyn Bot` works too.
pub fn play<B: Bot + ?Sized>(
    scenario: &Arc<Scenario>,
    seed: u64,
    bot: &mut B,
) -> (Shift, Vec<TimedAction>) {
    let mut shift = Shift::new(scenario, seed);
    let mut actions = Vec::with_capacity(3 * scenario.events.len());
    let mut free_at: Ms = 0;
    // The log length when the bot last said it had nothing to do: until
    // something new happens, asking again would give the same answer.
    let mut idle_at: Option<usize> = None;
    while !shift.is_over() {
        let now = shift.now();
        if now < free_at {
            // Busy: whatever happens meanwhile waits until the bot is free.
            shift.advance_to(free_at);
            continue;
        }
        if idle_at == Some(shift.log().len()) {
            shift.advance_to(shift.next_happening());
            continue;
        }
        idle_at = None;
        let step = bot.step(&shift);
        match &step {
            Step::Act(action, cost) => {
                // Applied through a reference first: moving the action
                // right after the bot wrote it would stall on the copy.
                let _ = shift.apply(action);
                free_at = now + (*cost).max(MIN_COST);
                if let Step::Act(action, _) = step {
                    actions.push(TimedAction { at: now, action });
                }
            }
            Step::WaitUntil(t) if *t > now => shift.advance_to((*t).min(shift.next_happening())),
            Step::WaitUntil(_) => shift.advance_to(shift.next_happening()),
            Step::Idle => {
                idle_at = Some(shift.log().len());
                shift.advance_to(shift.next_happening());
            }
        }
    }
    (shift, actions)
}

/// Replays timed actions on a new shift: same scenario, seed and actions
/// give the same log and score.
pub fn replay(scenario: &Arc<Scenario>, seed: u64, actions: &[TimedAction]) -> Shift {
    let mut shift = Shift::new(scenario, seed);
    for a in actions {
        shift.advance_to(a.at);
        let _ = shift.apply(&a.action);
    }
    shift.finish();
    shift
}
