//! Screens, settings and the running session (scenario, shift, actions).

use bevy::prelude::*;
use onbrand_core::scenario::{Language, Scenario};
use onbrand_core::score::Score;
use onbrand_core::sim::{Action, Shift, TimedAction};
use onbrand_text::Report;
use std::path::PathBuf;
use std::sync::Arc;

/// The screen shown.
#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Name, language, scenario list, settings.
    #[default]
    Title,
    /// The brand's voice card, policy and accounts.
    Briefing,
    /// The shift itself.
    Shift,
    /// Scores and findings.
    Debrief,
    /// The trainee's past runs, their trends and their most frequent
    /// mistakes.
    Progress,
    /// A past run beside the ideal play of the same shift.
    Compare,
}

/// Player settings.
#[derive(Resource, Clone, Debug)]
pub struct Settings {
    /// Trainee's name.
    pub trainee: String,
    /// Interface (and scenario) language.
    pub lang: Language,
    /// UI scale factor.
    pub ui_scale: f32,
    /// Sounds on.
    pub sound: bool,
    /// Pace: multiplies the shift clock (0.5 = half as fast).
    pub pace: f32,
    /// Every campaign day open (a trainer's setting), not only the next.
    pub unlock_all: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            trainee: String::new(),
            lang: Language::En,
            ui_scale: 1.0,
            sound: true,
            pace: 1.0,
            unlock_all: false,
        }
    }
}

impl Settings {
    /// The player's name in reports: the trainee's, or "trainee".
    pub fn player(&self) -> &str {
        if self.trainee.is_empty() {
            "trainee"
        } else {
            &self.trainee
        }
    }
}

/// Simulated seconds per real second at 1× (a one-hour shift lasts twelve
/// minutes at 1×).
pub const TIME_COMPRESSION: f64 = 5.0;

/// The shift's clock state.
#[derive(Resource, Clone, Debug)]
pub struct Clock {
    /// Paused (by the button or the pause menu).
    pub paused: bool,
    /// 1, 2 or 4.
    pub speed: u32,
    /// Sub-millisecond remainder carried between frames.
    pub carry: f64,
}

impl Default for Clock {
    fn default() -> Self {
        Clock {
            paused: false,
            speed: 1,
            carry: 0.0,
        }
    }
}

/// Overlays above the current screen.
#[derive(Resource, Clone, Debug, Default)]
pub struct Overlays {
    /// The pause menu (Esc during a shift).
    pub pause: bool,
    /// The keyboard shortcuts (? or F1).
    pub help: bool,
}

/// What the composer holds (interface state, not simulation state).
#[derive(Clone, Debug, Default)]
pub struct Draft {
    /// The text being written.
    pub text: String,
    /// The saved reply it started from, if any.
    pub saved: Option<u16>,
    /// Approver chosen for a request (None: the topic's default).
    pub approver: Option<u16>,
}

impl Draft {
    /// The reply as the simulation takes it.
    pub fn reply(&self, sc: &Scenario) -> onbrand_core::sim::Reply {
        use onbrand_core::sim::Reply;
        match self.saved {
            Some(i)
                if sc
                    .replies
                    .get(i as usize)
                    .is_some_and(|r| r.text == self.text) =>
            {
                Reply::Saved(i)
            }
            Some(i) => Reply::Edited(i, self.text.as_str().into()),
            None => Reply::Free(self.text.as_str().into()),
        }
    }
}

/// A scenario being played.
#[derive(Resource)]
pub struct Session {
    /// The scenario file.
    pub path: PathBuf,
    /// The scenario (shared with the shift and the catalog).
    pub scenario: Arc<Scenario>,
    /// The seed.
    pub seed: u64,
    /// The running shift.
    pub shift: Shift,
    /// Every action taken, timed: the replayable log.
    pub actions: Vec<TimedAction>,
    /// Selected item (the keyboard cursor).
    pub cursor: Option<u32>,
    /// The composer's draft.
    pub draft: Draft,
    /// The score and its findings in words, once the shift is over.
    pub result: Option<Outcome>,
    /// Log length already seen by the sound and animation systems.
    pub seen_log: usize,
    /// The run this shift is recorded as, once it started.
    pub run: Option<onbrand_records::RunId>,
    /// Actions already handed to the records.
    pub journaled: usize,
    /// A past run played back (read only), instead of a trainee playing.
    pub playback: Option<Playback>,
}

/// A past run's actions, applied when the clock reaches them.
pub struct Playback {
    /// The actions.
    pub actions: Vec<TimedAction>,
    /// The next one to apply.
    pub next: usize,
}

impl Session {
    /// A new shift of `scenario` with `seed`.
    pub fn new(path: PathBuf, scenario: Arc<Scenario>, seed: u64) -> Session {
        Session {
            path,
            shift: Shift::new(&scenario, seed),
            scenario,
            seed,
            actions: Vec::new(),
            cursor: None,
            draft: Draft::default(),
            result: None,
            seen_log: 0,
            run: None,
            journaled: 0,
            playback: None,
        }
    }

    /// A past run rebuilt: its actions applied at their times, then the
    /// clock moved on to `clock` (where the run stood).
    pub fn rebuilt(
        path: PathBuf,
        scenario: Arc<Scenario>,
        seed: u64,
        actions: Vec<TimedAction>,
        clock: u64,
    ) -> Session {
        let mut s = Session::new(path, scenario, seed);
        for a in actions {
            s.shift.advance_to(a.at);
            let _ = s.shift.apply(&a.action);
            s.actions.push(a);
        }
        s.shift.advance_to(clock.max(s.shift.now()));
        s.journaled = s.actions.len();
        s
    }

    /// Moves the clock on by `ms`: a played-back run applies its actions
    /// at their times on the way.
    pub fn advance(&mut self, ms: u64) {
        let target = self.shift.now() + ms;
        if let Some(p) = &mut self.playback {
            while let Some(a) = p.actions.get(p.next).filter(|a| a.at <= target) {
                self.shift.advance_to(a.at);
                let _ = self.shift.apply(&a.action);
                self.actions.push(a.clone());
                p.next += 1;
            }
        }
        self.shift.advance_to(target);
    }

    /// Applies an action now and records it.
    pub fn act(&mut self, action: Action) -> Result<(), onbrand_core::sim::Refusal> {
        let at = self.shift.now();
        let r = self.shift.apply(&action);
        self.actions.push(TimedAction { at, action });
        r
    }

    /// The selected item, if it has arrived.
    pub fn selected(&self) -> Option<u32> {
        self.cursor
            .filter(|&c| (c as usize) < self.shift.items().len())
    }
}

/// The end of a shift: its score, and the report rendered in the
/// interface language once (the debrief draws it every frame; the script
/// prints it as the command line's `--json` does).
pub struct Outcome {
    /// The score.
    pub score: Score,
    /// The score in words: how the overall was formed, every finding.
    pub report: Report,
}

impl Outcome {
    /// Scores a finished shift played by `player`, its texts in `lang`.
    pub fn of(shift: &Shift, seed: u64, player: &str, lang: Language) -> Outcome {
        let score = onbrand_core::score::score(shift);
        let report = Report::new(shift.scenario(), seed, player, &score, lang);
        Outcome { score, report }
    }
}
