//! Working habits: what makes the `ideal`, `hasty`, `slow`, `careless` and
//! `rude` players differ (the same [`Player`](super::Player) plays them all).

use crate::scenario::Ms;

/// Working habits of a player.
#[derive(Clone, Debug)]
pub struct Style {
    /// Time to read an item.
    pub read: Ms,
    /// Time to switch accounts.
    pub switch: Ms,
    /// Time to pick (and post) a reply.
    pub write: Ms,
    /// Time before starting on a new item.
    pub pickup: Ms,
    /// Reads items before answering.
    pub reads: bool,
    /// Asks approval where the policy says so.
    pub asks_approval: bool,
    /// Sends a holding reply while waiting for approval.
    pub holds: bool,
    /// Percent of items for which the composer account is not checked.
    pub forgets_switch: u64,
    /// Percent of personal notifications answered from the work tool.
    pub personal_in_tool: u64,
    /// Says the right facts rudely (see [`super::rude`]).
    pub rude: bool,
}

impl Style {
    /// Best saved replies, approval exactly when needed, never the wrong account.
    pub fn ideal() -> Style {
        Style {
            read: 8_000,
            switch: 1_000,
            write: 10_000,
            pickup: 0,
            reads: true,
            asks_approval: true,
            holds: true,
            forgets_switch: 0,
            personal_in_tool: 0,
            rude: false,
        }
    }

    /// Answers fast, never asks approval.
    pub fn hasty() -> Style {
        Style {
            read: 0,
            write: 4_000,
            reads: false,
            asks_approval: false,
            holds: false,
            ..Style::ideal()
        }
    }

    /// Does everything right, too slowly.
    pub fn slow() -> Style {
        Style {
            read: 60_000,
            switch: 5_000,
            write: 120_000,
            pickup: 180_000,
            ..Style::ideal()
        }
    }

    /// Right facts and habits, said rudely.
    pub fn rude() -> Style {
        Style {
            rude: true,
            ..Style::ideal()
        }
    }

    /// Right answers, but sometimes forgets to check the account.
    pub fn careless() -> Style {
        Style {
            forgets_switch: 40,
            personal_in_tool: 100,
            ..Style::ideal()
        }
    }
}
