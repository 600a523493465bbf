//! How the audience takes a post, and how that moves the meters.

use super::log::{PostKind, Reaction};
use crate::rubric::Judgement;
use crate::tuning::{
    ANGRY_BELOW, INFLUENCER_FACTOR, SATISFIED_FROM, SENTIMENT_ANGRY, SENTIMENT_SATISFIED,
};

/// The audience's reaction to a post on the right account.
pub fn reaction(
    j: &Judgement,
    kind: PostKind,
    late: bool,
    holding_ok: bool,
    needs_empathy: bool,
) -> Reaction {
    match kind {
        PostKind::Phone => Reaction::Neutral,
        PostKind::Holding if !holding_ok => Reaction::Angry,
        PostKind::Holding => Reaction::Neutral,
        PostKind::Reply | PostKind::Approved => {
            let q = (j.accuracy() + j.alignment(needs_empathy)) / 2;
            if !j.wrong_facts.is_empty() || q < ANGRY_BELOW {
                Reaction::Angry
            } else if q >= SATISFIED_FROM && !late {
                Reaction::Satisfied
            } else {
                Reaction::Neutral
            }
        }
    }
}

/// Sentiment change for a public reaction (influencers count more).
pub fn sentiment_delta(r: Reaction, influencer: bool) -> i32 {
    let base = match r {
        Reaction::Satisfied => SENTIMENT_SATISFIED,
        Reaction::Neutral => 0,
        Reaction::Angry => SENTIMENT_ANGRY,
    };
    if influencer {
        INFLUENCER_FACTOR * base
    } else {
        base
    }
}
