//! Sounds: a short two-tone chime when an item arrives, a lower one when a
//! fan's patience runs out. Generated at start-up (no asset file to lose).

use super::state::{Screen, Session, Settings};
use bevy::audio::{AudioPlayer, AudioSource, PlaybackSettings};
use bevy::prelude::*;
use onbrand_core::sim::LogEvent;

/// The game's sounds.
#[derive(Resource)]
struct Sounds {
    arrival: Handle<AudioSource>,
    alarm: Handle<AudioSource>,
}

/// A mono 16-bit WAV of sine tones (frequency Hz, seconds), faded in and out.
pub fn wav(tones: &[(f32, f32)]) -> Vec<u8> {
    const RATE: u32 = 22_050;
    let mut samples: Vec<i16> = Vec::new();
    for &(f, secs) in tones {
        let n = (secs * RATE as f32) as usize;
        for i in 0..n {
            let t = i as f32 / RATE as f32;
            let env = (i.min(n - i) as f32 / (RATE as f32 * 0.01)).min(1.0);
            let v = (t * f * std::f32::consts::TAU).sin() * env * 0.25;
            samples.push((v * i16::MAX as f32) as i16);
        }
    }
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

fn setup(mut commands: Commands, mut sources: ResMut<Assets<AudioSource>>) {
    let arrival = sources.add(AudioSource {
        bytes: wav(&[(880.0, 0.07), (1320.0, 0.09)]).into(),
    });
    let alarm = sources.add(AudioSource {
        bytes: wav(&[(330.0, 0.12), (262.0, 0.18)]).into(),
    });
    commands.insert_resource(Sounds { arrival, alarm });
}

fn play(
    mut commands: Commands,
    sounds: Res<Sounds>,
    settings: Res<Settings>,
    session: Option<ResMut<Session>>,
) {
    let Some(mut s) = session else { return };
    let log = s.shift.log();
    let (mut arrived, mut alarm) = (false, false);
    for e in &log[s.seen_log.min(log.len())..] {
        match e.event {
            LogEvent::Arrived { .. } => arrived = true,
            LogEvent::PatienceOut { .. } | LogEvent::Escalated { .. } => alarm = true,
            _ => {}
        }
    }
    s.seen_log = log.len();
    if !settings.sound {
        return;
    }
    let pick = if alarm {
        Some(&sounds.alarm)
    } else if arrived {
        Some(&sounds.arrival)
    } else {
        None
    };
    if let Some(h) = pick {
        commands.spawn((AudioPlayer(h.clone()), PlaybackSettings::DESPAWN));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, setup).add_systems(
        Update,
        play.after(super::clock::advance)
            .run_if(in_state(Screen::Shift)),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn wav_header_and_length() {
        let w = super::wav(&[(440.0, 0.1)]);
        assert_eq!(&w[0..4], b"RIFF");
        assert_eq!(&w[8..12], b"WAVE");
        let data = u32::from_le_bytes([w[40], w[41], w[42], w[43]]) as usize;
        assert_eq!(data, 2205 * 2);
        assert_eq!(w.len(), 44 + data);
    }
}
