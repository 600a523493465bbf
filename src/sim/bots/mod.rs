//! Headless players: bots that play a shift through the same [`Action`]s
//! as a trainee, and the driver that runs them against the clock.

mod player;
mod random;
mod style;

use super::action::{Action, TimedAction};
use super::shift::Shift;
use crate::scenario::{Ms, Scenario};
pub use player::Player;
pub use random::RandomBot;
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

/// The names accepted by [`by_name`].
pub const BOT_NAMES: [&str; 5] = ["ideal", "hasty", "slow", "careless", "random"];

/// A bot by name, seeded (bots that draw chances use their own stream).
pub fn by_name(name: &str, seed: u64) -> Option<Box<dyn Bot>> {
    Some(match name {
        "ideal" => Box::new(Player::new(Style::ideal(), seed)),
        "hasty" => Box::new(Player::new(Style::hasty(), seed)),
        "slow" => Box::new(Player::new(Style::slow(), seed)),
        "careless" => Box::new(Player::new(Style::careless(), seed)),
        "random" => Box::new(RandomBot::new(seed)),
        _ => return None,
    })
}

/// Shortest time an action takes, so a bot always lets time pass.
const MIN_COST: Ms = 500;

/// Plays a whole shift with `bot`; returns the finished shift and the timed
/// actions (the replayable log). Generic so that a known bot's decisions
/// inline into the loop; `&mut dyn Bot` works too.
pub fn play<'s, B: Bot + ?Sized>(
    scenario: &'s Scenario,
    seed: u64,
    bot: &mut B,
) -> (Shift<'s>, Vec<TimedAction>) {
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
pub fn replay<'s>(scenario: &'s Scenario, seed: u64, actions: &[TimedAction]) -> Shift<'s> {
    let mut shift = Shift::new(scenario, seed);
    for a in actions {
        shift.advance_to(a.at);
        let _ = shift.apply(&a.action);
    }
    shift.finish();
    shift
}
