use onbrand::scenario::load_bytes;
use onbrand::sim::bots::{Bot, Player, Step, Style, play};
use onbrand::sim::generate::busy_scenario;
use onbrand::sim::Shift;
use std::path::Path;
struct Counting(Player, usize, usize);
impl Bot for Counting {
    fn step(&mut self, s: &Shift) -> Step {
        self.1 += 1;
        let st = self.0.step(s);
        if matches!(st, Step::Idle) { self.2 += 1; }
        st
    }
}
fn main() {
    let text = busy_scenario(200);
    let sc = load_bytes(Path::new("b"), text.as_bytes()).scenario.unwrap();
    let mut b = Counting(Player::new(Style::ideal(), 1), 0, 0);
    let (shift, actions) = play(&sc, 1, &mut b);
    println!("steps {} idle {} actions {} log {} items {} posts {} approvals {}", b.1, b.2, actions.len(), shift.log().len(), shift.items().len(), shift.posts().len(), shift.approvals().len());
    let mut kinds = std::collections::BTreeMap::new();
    for e in shift.log() { *kinds.entry(format!("{:?}", e.event).split([' ', '{', '(']).next().unwrap().to_string()).or_insert(0) += 1; }
    println!("{kinds:?}");
    println!("sizes: item {} post {} log {} approval {} timed {} judgement {}", std::mem::size_of::<onbrand::sim::state::Item>(), std::mem::size_of::<onbrand::sim::state::Post>(), std::mem::size_of::<onbrand::sim::LogEntry>(), std::mem::size_of::<onbrand::sim::state::Approval>(), std::mem::size_of::<onbrand::sim::TimedAction>(), std::mem::size_of::<onbrand::rubric::Judgement>());
}
#[allow(dead_code)]
fn sizes() {}
