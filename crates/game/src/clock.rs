//! The shift runs on Bevy's (pausable, virtual) time: each frame advances
//! the simulation by the frame's duration × compression × speed × pace.
//! When the shift ends, it is scored and the debrief opens.

use super::state::{Clock, Outcome, Overlays, Screen, Session, Settings, TIME_COMPRESSION};
use bevy::prelude::*;

pub(super) fn advance(
    time: Res<Time>,
    mut clock: ResMut<Clock>,
    overlays: Res<Overlays>,
    settings: Res<Settings>,
    session: Option<ResMut<Session>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut s) = session else { return };
    if clock.paused || overlays.pause || overlays.help {
        return;
    }
    let ms = time.delta_secs_f64()
        * 1000.0
        * TIME_COMPRESSION
        * clock.speed as f64
        * settings.pace as f64
        + clock.carry;
    let whole = ms.floor();
    clock.carry = ms - whole;
    s.advance(whole as u64);
    if s.shift.is_over() && s.result.is_none() {
        s.result = Some(Outcome::of(
            &s.shift,
            s.seed,
            settings.player(),
            settings.lang,
        ));
        next.set(Screen::Debrief);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        advance
            .after(super::commands::apply)
            .run_if(in_state(Screen::Shift)),
    );
}
