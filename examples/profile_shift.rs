//! Plays the 200-event synthetic shift with the ideal bot N times (for
//! profilers such as `valgrind --tool=callgrind`).

use onbrand::scenario::load_bytes;
use onbrand::score::score;
use onbrand::sim::bots::{Player, Style, play};
use onbrand::sim::generate::busy_scenario;
use std::path::Path;

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let text = busy_scenario(200);
    let sc = load_bytes(Path::new("busy.ron"), text.as_bytes())
        .scenario
        .expect("valid");
    let mut total = 0u64;
    let t = std::time::Instant::now();
    for seed in 0..n {
        let mut bot = Player::new(Style::ideal(), seed);
        let (shift, _) = play(&sc, seed, &mut bot);
        total += score(&shift).overall as u64;
    }
    let per = t.elapsed().as_secs_f64() / n as f64;
    println!(
        "{n} shifts, mean overall {:.1}, {:.1} µs per shift",
        total as f64 / n as f64,
        per * 1e6
    );
}
