//! English debrief texts: the name of each rule, why it matters by
//! default (a scenario's `debrief` table overrides it), and what happened.

use super::{DebriefTexts, RuleText, RuleTexts, ToneNames, VerdictTexts, WhatTexts};

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
        tone: RuleText {
            name: "Tone",
            why: "Words like these tell the customer what the brand thinks of them. A brand answers its public with respect, whatever the question: one condescending or sarcastic reply is screenshotted and shared far beyond the customer it was meant for.",
        },
        no_empathy: RuleText {
            name: "No acknowledgement",
            why: "A worried or wronged customer first needs to hear that someone understands. Facts without a word for the worry or the wrong read as cold, and the customer goes on arguing instead of listening.",
        },
        register: RuleText {
            name: "Off register",
            why: "The register is part of the voice: tutoiement, text-speak or emoji where the voice has none make the brand sound like someone else.",
        },
        unbacked_promise: RuleText {
            name: "Promise not on the facts card",
            why: "A promise the facts card does not back commits the brand to something nobody decided: the customer will hold the brand to it, screenshots included, and someone will have to take it back in public.",
        },
        hollow_reply: RuleText {
            name: "A reply that answers nothing",
            why: "\"Thanks for reaching out, we'll look into it\" states none of what the fan asked: it is a holding reply at best, and it never counts as the answer. Where a holding reply is not enough, it does not even buy time.",
        },
        escalated: RuleText {
            name: "The story grew",
            why: "A fan left waiting does not go quiet: they repost angrier, an influencer picks it up, a journalist asks for a statement. Every step is seen by more people than the first question was, and each one is harder to answer than the question would have been.",
        },
        draft_refused: RuleText {
            name: "Draft refused",
            why: "The approver is there to stop what would commit or embarrass the brand. A refusal costs the fan time: read the facts card and the voice card before you send a draft, and fix what was refused, not only its words.",
        },
        approval_rewritten: RuleText {
            name: "The approver wrote the answer",
            why: "An approver checks an answer; they should not have to write it. A draft that lacks the facts leaves the approver to do the community manager's work, and the fan waits longer.",
        },
        claim_reworded: RuleText {
            name: "Refused claim reworded",
            why: "The approver refused this claim; saying it again in other words to get it past them is worse than posting it unapproved: it turns validation into a game of hide and seek. Ask why it was refused, and leave it out.",
        },
    },
    tones: ToneNames {
        contempt: "Condescending",
        sarcasm: "Sarcastic",
        blames_customer: "Blames the customer",
        aggression: "Aggressive",
        dismissal: "Dismissive",
        mocks_brand: "Mocks the brand's own",
        no_empathy: "No acknowledgement",
        register: "Off register",
    },
    what: WhatTexts {
        wrong_account: "Posted on {account} instead of {expected}: “{text}”",
        left_up_deleted: "The post stayed up {up} (then deleted) and was screenshotted {screenshots} times.",
        left_up_never: "The post stayed up {up} (never deleted) and was screenshotted {screenshots} times.",
        unanswered: "No answer was given to “{text}”",
        patience_out: "The fan waited {waited} and gave up.",
        slow: "First answer after {waited} (target {target}).",
        holding_not_ok: "A holding reply was sent where the answer itself was needed.",
        missing_fact: "Missing fact: {fact}",
        wrong_fact: "Wrong fact stated: “{phrase}” — {fact}",
        unapproved: "Posted without approval: “{text}”",
        fed_troll: "Replied to a troll: “{text}”",
        off_voice: "Off-voice wording: “{phrase}”",
        missing_sign_off: "The reply does not end with the sign-off {sign_off}",
        shouting: "Shouting: {words}",
        too_long: "{length} characters: over the limit for this reply.",
        needless_approval: "Approval asked, though you could answer alone, from {approver}",
        unreachable_approver: "The request went to someone who could not answer: {approver}.",
        tone: "{class}: “{phrase}”",
        no_empathy: "The reply gives facts but no word for the customer's worry or the wrong done.",
        register_tu: "“{phrase}”: tu, where the brand always says vous.",
        register_vous: "“{phrase}”: vous, where the brand always says tu.",
        register_mixed: "“{phrase}”: mixes tu and vous in one reply; the brand keeps to one.",
        register_other: "Off the brand's register: “{phrase}”",
        unbacked_promise: "Promise not on the facts card: “{phrase}”",
        voice_tone: "{brand}'s voice: {tone}.",
        voice_values: "What {brand} stands for: {values}.",
        hollow_ok: "“{text}” states none of the facts asked for: it counted only as a holding reply.",
        hollow_not_ok: "“{text}” states none of the facts asked for, where a holding reply was not enough: it did not count at all.",
        escalated: "{kind}: “{text}”",
        draft_refused: "{approver} refused the draft “{draft}”: {reasons}.",
        approval_rewritten: "{approver} rewrote the draft “{draft}” ({reasons}): the text posted is theirs.",
        claim_reworded: "{approver} had refused “{refused}”; it went out later in other words: “{approved}”",
        escalation_repost: "An angry repost",
        escalation_influencer: "An influencer picked the story up",
        escalation_journalist: "A journalist asked for a statement",
        reason_wrong_fact: "a wrong fact ({fact})",
        reason_promise: "a promise not on the facts card (“{phrase}”)",
        reason_off_voice: "words the brand never uses (“{phrase}”)",
        reason_tone: "{class} (“{phrase}”)",
        reason_too_long: "too long",
        reason_incomplete: "facts missing",
        reason_no_acknowledgement: "no word for the customer",
        reason_voice: "off the voice (register, sign-off or capitals)",
    },
    verdict: VerdictTexts {
        weighted: "The five dimensions, weighted: {score}.",
        escalations: "The story escalated ({list}): −{points}.",
        reposts: ["{n} angry repost", "{n} angry reposts"],
        influencers: ["{n} influencer", "{n} influencers"],
        journalists: ["{n} journalist", "{n} journalists"],
        buzz: "Bad buzz at the end of the shift, {buzz}/100: −{points}.",
        sentiment: "Sentiment at the end of the shift, {sentiment}: −{points}.",
        consequences_capped: "What the shift caused takes at most {max} points off.",
        failed_by: "Failed on {rule}: a mistake this shift does not forgive, whatever the other scores.",
        under_floor: "Failed: {dimension} is {value}, under {floor}: most fans did not get the answer they needed, however fast and polite the replies.",
        below_pass: "Failed: {overall} is under the pass mark of {pass}.",
        failed_cap: "A failed shift scores under the pass mark ({pass}) and grades D at best.",
    },
    owner_brand: "brand",
    owner_personal: "personal",
};
