//! How the audience takes a post, and how that moves the meters.

use super::log::{PostKind, Reaction};
use crate::rubric::Judgement;

/// The audience's reaction to a post on the right account.
pub fn reaction(j: &Judgement, kind: PostKind, late: bool, holding_ok: bool) -> Reaction {
    match kind {
        PostKind::Phone => Reaction::Neutral,
        PostKind::Holding if !holding_ok => Reaction::Angry,
        PostKind::Holding => Reaction::Neutral,
        PostKind::Reply | PostKind::Approved => {
            let q = (j.accuracy() + j.alignment()) / 2;
            if !j.wrong_facts.is_empty() || q < 50 {
                Reaction::Angry
            } else if q >= 80 && !late {
                Reaction::Satisfied
            } else {
                Reaction::Neutral
            }
        }
    }
}

/// Sentiment change for a public reaction (influencers count double).
pub fn sentiment_delta(r: Reaction, influencer: bool) -> i32 {
    let base = match r {
        Reaction::Satisfied => 2,
        Reaction::Neutral => 0,
        Reaction::Angry => -4,
    };
    if influencer { 2 * base } else { base }
}
