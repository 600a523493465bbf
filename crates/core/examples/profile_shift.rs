//! Plays the 200-event synthetic shift with the ideal bot N times and
//! prints where the time goes (for profilers, too: `perf record`).

use onbrand_core::scenario::load_bytes;
use onbrand_core::score::score;
use onbrand_core::sim::Shift;
use onbrand_core::sim::bots::{Player, Style, play};
use onbrand_core::sim::generate::busy_scenario;
use std::path::Path;
use std::time::Instant;

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let text = busy_scenario(200);
    let sc = load_bytes(Path::new("busy.ron"), text.as_bytes())
        .scenario
        .expect("valid");
    let per = |t: Instant| t.elapsed().as_secs_f64() * 1e6 / n as f64;
    let t = Instant::now();
    for seed in 0..n {
        std::hint::black_box(Shift::new(&sc, seed));
    }
    let new = per(t);
    let t = Instant::now();
    let mut shifts = Vec::new();
    for seed in 0..n {
        let mut bot = Player::new(Style::ideal(), seed);
        let (shift, _) = play(&sc, seed, &mut bot);
        if seed < 50 {
            shifts.push(shift);
        }
    }
    let played = per(t);
    let t = Instant::now();
    let mut total = 0u64;
    for k in 0..n {
        total += score(&shifts[(k % 50) as usize]).overall as u64;
    }
    let scored = per(t);
    // As the benchmark does: play and score each shift in turn.
    let t = Instant::now();
    for seed in 0..n {
        let mut bot = Player::new(Style::ideal(), seed);
        let (shift, _) = play(&sc, seed, &mut bot);
        std::hint::black_box(score(&shift).overall);
    }
    let whole = per(t);
    println!(
        "{n} shifts: new {new:.1} µs, play (incl. new) {played:.1} µs, score {scored:.1} µs, \
         whole (play + score) {whole:.1} µs = {:.0} shifts/s; mean overall {:.1}",
        1e6 / whole,
        total as f64 / n as f64
    );
}
