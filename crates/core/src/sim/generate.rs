//! A synthetic scenario of any size, for benchmarks and stress tests: a
//! busy shift with questions, complaints (some needing approval), praise,
//! trolls and personal notifications, in the given number of events.

/// RON text of a synthetic scenario with `events` events.
pub fn busy_scenario(events: usize) -> String {
    let minutes = (events as u64 * 3 / 4).max(30);
    let mut ev = String::new();
    for i in 0..events {
        let at = i as u64 * minutes * 60 / (events as u64 + 1);
        let line = match i % 10 {
            0..=4 => format!(
                r#"(id: "q{i}", at: "{at}s", jitter: "20s", on: "brand", author: "fan{a}", alt_authors: ["fan{b}"], text: "How much is the kettle?", alt_texts: ["Price of the kettle?"], topic: "product", patience: "15m", rubric: "price"),"#,
                a = i % 7,
                b = (i + 3) % 7
            ),
            5 | 6 => format!(
                r#"(id: "c{i}", kind: Complaint, at: "{at}s", on: "brand_dm", author: "fan{a}", text: "My kettle leaks, is it a recall?", topic: "recall", patience: "20m", rubric: "recall", escalation: [(after: "1m", kind: AngryRepost, text: "Still no answer about the leak!")]),"#,
                a = i % 7
            ),
            7 => format!(
                r#"(id: "p{i}", kind: Praise, at: "{at}s", on: "brand", author: "fan1", text: "Love my kettle"),"#
            ),
            8 => format!(
                r#"(id: "t{i}", kind: Troll, at: "{at}s", on: "brand", author: "troll", text: "Worst brand ever"),"#
            ),
            _ => format!(
                r#"(id: "f{i}", kind: Personal, at: "{at}s", on: "me", author: "friend", text: "Drinks tonight?"),"#
            ),
        };
        ev.push_str("        ");
        ev.push_str(&line);
        ev.push('\n');
    }
    let personas: String = (0..7)
        .map(|i| {
            format!(
                r#"(id: "fan{i}", name: "Fan {i}", handle: "@fan{i}", followers: {}),"#,
                100 + i * 3000
            )
        })
        .collect();
    format!(
        r##"Scenario(
    id: "busy-{events}",
    title: "Busy shift ({events} events)",
    duration: "{minutes}m",
    brand: (
        name: "Kettle & Co",
        voice: (banned: ["cheap"], sign_off: "^Ana"),
        facts: [
            (id: "price", text: "The kettle costs €49.", say: ["€49", "49 euros"]),
            (id: "recall_line", text: "Call 0800 123 456 for the leak check.", say: ["0800 123 456"]),
        ],
        wrong_facts: [(id: "old", text: "Old price €59.", say: ["59"])],
    ),
    accounts: [
        (id: "brand", network: Microblog, handle: "@KettleCo", name: "Kettle & Co", colour: "#aa3300", owner: Brand),
        (id: "brand_dm", network: Messages, handle: "@KettleCo", name: "Kettle & Co DMs", colour: "#aa3300", owner: Brand),
        (id: "me", network: Microblog, handle: "@ana", name: "Ana", colour: "#3366aa", owner: Personal),
    ],
    personas: [{personas} (id: "troll", name: "Troll", handle: "@troll"), (id: "friend", name: "Lou", handle: "@lou")],
    policy: (
        autonomous: ["product"],
        needs_approval: ["recall"],
        approvers: [(id: "bea", name: "Bea", topics: ["recall"], latency: ("1m", "3m"))],
        sla: "10m",
    ),
    events: [
{ev}    ],
    replies: [
        (id: "price_ok", label: "Price", text: "The kettle costs €49. ^Ana"),
        (id: "price_old", label: "Old price", text: "The kettle costs 59 euros. ^Ana"),
        (id: "recall_ok", label: "Leak", text: "Sorry about the leak: call 0800 123 456 for a free check. ^Ana"),
        (id: "thanks", label: "Thanks", text: "Thank you, enjoy your tea. ^Ana"),
    ],
    rubrics: [
        (id: "price", must: ["price"], wrong: ["old"]),
        (id: "recall", must: ["recall_line"]),
    ],
)
"##
    )
}
