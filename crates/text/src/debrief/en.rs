//! English debrief texts: the name of each rule, why it matters by
//! default (a scenario's `debrief` table overrides it), and what happened.

use super::{DebriefTexts, RuleText, RuleTexts, WhatTexts};

/// English.
pub static EN: DebriefTexts = DebriefTexts {
    rules: RuleTexts {
        wrong_account: RuleText {
            name: "Wrong account",
            why: "A post on the wrong account speaks for someone who never said it. One slip like this cost an agency a carmaker's account: check the composer's account before every send, and keep personal life out of the work tool.",
        },
        left_up: RuleText {
            name: "Left up",
            why: "Every minute a wrong post stays up, more people see it and screenshot it. Delete first, then explain: deletion does not undo screenshots, but it stops the spread.",
        },
        unapproved: RuleText {
            name: "Posted without approval",
            why: "This topic needs approval because a wrong word here commits the brand (legal, safety, money). Send a holding reply, ask the approver, then post the approved text.",
        },
        needless_approval: RuleText {
            name: "Needless approval",
            why: "Asking approval for what you may answer alone makes fans wait and clogs the approvers. Know the policy: validate what is sensitive, not everything.",
        },
        unreachable_approver: RuleText {
            name: "Unreachable approver",
            why: "The approver could not answer (away, phone off). A request nobody reads is silence towards the fan: check availability and go to the backup.",
        },
        slow: RuleText {
            name: "Slow answer",
            why: "Fans expect an answer fast: most people who write to a brand expect one within the hour, and quick replies are worth far more to them. A holding reply buys time honestly.",
        },
        patience_out: RuleText {
            name: "Patience ran out",
            why: "The fan gave up waiting. Silence is read as contempt: this is how a weekend without answers turned into a bad buzz for an airline.",
        },
        unanswered: RuleText {
            name: "Unanswered",
            why: "Someone needed an answer and got none. Every unanswered question is public proof that the brand is not listening.",
        },
        missing_fact: RuleText {
            name: "Missing fact",
            why: "The answer left out what the fan needed. A reply that does not answer forces a second exchange and looks evasive.",
        },
        wrong_fact: RuleText {
            name: "Wrong fact",
            why: "A wrong or outdated fact, posted by the brand, is a promise: fans will screenshot it and ask you to honour it.",
        },
        off_voice: RuleText {
            name: "Off voice",
            why: "The brand never talks like this. The community manager is the brand's voice: words it bans undo what its campaigns build.",
        },
        missing_sign_off: RuleText {
            name: "No sign-off",
            why: "The sign-off tells fans a person answered and keeps the team accountable. It is part of the voice guide.",
        },
        shouting: RuleText {
            name: "Shouting",
            why: "Capitals and strings of exclamation marks read as shouting or panic, never as the calm voice of a brand.",
        },
        holding_not_ok: RuleText {
            name: "Holding reply not enough",
            why: "Here a holding reply was not enough: the fan needed the answer itself, and \"we're looking into it\" sounded like stalling.",
        },
        fed_troll: RuleText {
            name: "Fed the troll",
            why: "Answering a troll from the brand account gives them the audience they want. Do not feed the troll; answer the real people around them.",
        },
        too_long: RuleText {
            name: "Too long",
            why: "Too long for where it was posted: it gets cut or ignored. Say the essential in the space the network gives.",
        },
    },
    what: WhatTexts {
        wrong_account: "Posted on {account} instead of {expected}: « {text} »",
        left_up_deleted: "The post stayed up {up} (then deleted) and was screenshotted {screenshots} times.",
        left_up_never: "The post stayed up {up} (never deleted) and was screenshotted {screenshots} times.",
        unanswered: "No answer was given to « {text} »",
        patience_out: "The fan waited {waited} and gave up.",
        slow: "First answer after {waited} (target {target}).",
        holding_not_ok: "A holding reply was sent where the answer itself was needed.",
        missing_fact: "Missing fact: {fact}",
        wrong_fact: "Wrong fact stated: « {phrase} » — {fact}",
        unapproved: "Posted without approval: « {text} »",
        fed_troll: "Replied to a troll: « {text} »",
        off_voice: "Off-voice wording: « {phrase} »",
        missing_sign_off: "The reply does not end with the sign-off {sign_off}",
        shouting: "Shouting: {words}",
        too_long: "{length} characters: over the limit for this reply.",
        needless_approval: "Approval asked, though you could answer alone, from {approver}",
        unreachable_approver: "The request went to someone who could not answer: {approver}.",
    },
    owner_brand: "brand",
    owner_personal: "personal",
};
