//! Every tuning number of the simulation and the score, in one place: how
//! the audience's meters move, how each dimension is worked out, and where
//! the grades start. `docs/scenario-format.md` (section 4) states the same
//! numbers for trainers; keep the two in step.

use crate::scenario::Ms;

// ---------------------------------------------------------------------------
// People and posts
// ---------------------------------------------------------------------------

/// A persona with this many followers or more is an influencer.
pub const INFLUENCER_FOLLOWERS: u32 = 10_000;

/// Time before the first screenshot of a public wrong-account post.
pub const FIRST_SCREENSHOT: Ms = 20_000;

/// How often an undeleted public wrong-account post spreads again.
pub const SPREAD_EVERY: Ms = 60_000;

/// Screenshots taken at each spread: 1 to this many (drawn by the seed).
pub const SCREENSHOTS_PER_SPREAD: u64 = 3;

// ---------------------------------------------------------------------------
// The audience's meters (sentiment −100..100, bad buzz 0..100)
// ---------------------------------------------------------------------------

/// Sentiment change for a satisfied public reaction.
pub const SENTIMENT_SATISFIED: i32 = 2;
/// Sentiment change for an angry public reaction.
pub const SENTIMENT_ANGRY: i32 = -4;
/// Reactions to replies to an influencer count this many times.
pub const INFLUENCER_FACTOR: i32 = 2;

/// A reply's mean of accuracy and alignment from which the fan is satisfied
/// (when the answer is not late).
pub const SATISFIED_FROM: u32 = 80;
/// Below this mean the fan is angry.
pub const ANGRY_BELOW: u32 = 50;

/// Replying to a troll that should be ignored: sentiment and buzz.
pub const FED_TROLL_METERS: (i32, i32) = (-2, 5);
/// A fan's patience runs out: sentiment and buzz.
pub const PATIENCE_OUT_METERS: (i32, i32) = (-3, 2);
/// An escalation step: sentiment (the step's own `buzz` goes to the buzz).
pub const ESCALATION_SENTIMENT: i32 = -5;
/// An escalation step posted by an influencer: sentiment.
pub const ESCALATION_SENTIMENT_INFLUENCER: i32 = -10;
/// A wrong-account post seen by a brand's public audience: sentiment, buzz.
pub const WRONG_ACCOUNT_PUBLIC_METERS: (i32, i32) = (-8, 10);
/// Any other wrong-account post: sentiment, buzz.
pub const WRONG_ACCOUNT_OTHER_METERS: (i32, i32) = (-3, 10);
/// Each spread of an undeleted wrong-account post: sentiment, buzz.
pub const SPREAD_METERS: (i32, i32) = (-2, 4);

// ---------------------------------------------------------------------------
// One reply
// ---------------------------------------------------------------------------

/// Accuracy lost per wrong fact stated.
pub const WRONG_FACT_PENALTY: i64 = 60;
/// Alignment lost per banned or avoided phrase.
pub const OFF_VOICE_PENALTY: i64 = 40;
/// Alignment lost when the sign-off is missing.
pub const SIGN_OFF_PENALTY: i64 = 20;
/// Alignment lost for any shouted word.
pub const SHOUTING_PENALTY: i64 = 15;
/// Alignment lost for too many exclamation marks.
pub const EXCLAMATION_PENALTY: i64 = 10;
/// Alignment lost per tone class broken (contempt, sarcasm, blame,
/// aggression, dismissal, mocking the brand's own).
pub const TONE_PENALTY: i64 = 40;
/// Alignment lost for an off-register reply (tu/vous, text-speak, emoji).
pub const REGISTER_PENALTY: i64 = 25;
/// Alignment lost for facts without a word of acknowledgement, where the
/// item calls for one.
pub const NO_EMPATHY_PENALTY: i64 = 25;
/// Accuracy lost per promise the facts card does not back.
pub const UNBACKED_PROMISE_PENALTY: i64 = 50;
/// Letters from which a word in capitals reads as shouting.
pub const SHOUTED_WORD_LETTERS: usize = 4;
/// The most alignment a reply to a troll (that should be ignored) keeps.
pub const FED_TROLL_ALIGNMENT_CAP: u32 = 30;

// ---------------------------------------------------------------------------
// The five dimensions
// ---------------------------------------------------------------------------

/// Target for a first answer when the scenario sets neither SLA nor patience.
pub const DEFAULT_TARGET: Ms = 15 * 60_000;

/// Speed of a first answer: 100 at once, down to [`SPEED_AT_TARGET`] at the
/// target, down to [`SPEED_AT_PATIENCE`] when patience runs out, then from
/// [`SPEED_AFTER_PATIENCE`] down to 0 at twice the patience.
pub const SPEED_AT_ONCE: f64 = 100.0;
/// See [`SPEED_AT_ONCE`].
pub const SPEED_AT_TARGET: f64 = 80.0;
/// See [`SPEED_AT_ONCE`].
pub const SPEED_AT_PATIENCE: f64 = 50.0;
/// See [`SPEED_AT_ONCE`].
pub const SPEED_AFTER_PATIENCE: f64 = 40.0;

/// Process points of an approval-topic item answered without approval.
pub const PROCESS_UNAPPROVED: u32 = 0;
/// ... answered with the approved text.
pub const PROCESS_APPROVED: u32 = 100;
/// ... asked properly, but the answer did not come in time or was not posted.
pub const PROCESS_ASKED: u32 = 90;
/// ... asked only someone who could not answer, or never asked.
pub const PROCESS_NOT_ASKED: u32 = 50;
/// Approval asked on an item the community manager could answer alone.
pub const PROCESS_NEEDLESS: u32 = 60;

/// A wrong-account post left up longer than this is a second failure.
pub const DELETE_WITHIN: Ms = 2 * 60_000;
/// Account safety lost per wrong-account post.
pub const WRONG_ACCOUNT_PENALTY: i64 = 50;
/// Account safety lost, in addition, per wrong-account post left up.
pub const LEFT_UP_PENALTY: i64 = 10;
/// Account safety lost, in addition, per screenshot of a wrong-account
/// post (a post that went viral weighs more than one deleted at once)...
pub const SCREENSHOT_PENALTY: i64 = 1;
/// ... counting at most this many screenshots per post.
pub const SCREENSHOTS_PENALTY_MAX: i64 = 40;

// ---------------------------------------------------------------------------
// Consequences: what the shift caused, taken off the overall
// ---------------------------------------------------------------------------

/// Points off the overall per escalation step fired: an angry repost, an
/// influencer, a journalist.
pub const ESCALATION_COST: [u32; 3] = [4, 6, 10];
/// The most the escalations take off.
pub const ESCALATIONS_MAX: u32 = 25;
/// Points off the overall per 10 points of bad buzz at the end.
pub const BUZZ_COST_PER_10: u32 = 1;
/// Points off the overall per 10 points of negative sentiment at the end.
pub const SENTIMENT_COST_PER_10: u32 = 1;
/// The most the consequences take off the overall in all.
pub const CONSEQUENCES_MAX: u32 = 30;
/// The best grade of a failed shift.
pub const FAILED_GRADE: char = 'D';
/// A shift whose accuracy is under this fails, whatever the other
/// dimensions: most fans did not get the answer they needed (fast, polite
/// and empty is not the job).
pub const ACCURACY_FLOOR: u32 = 50;

// ---------------------------------------------------------------------------
// Grades
// ---------------------------------------------------------------------------

/// Lowest overall score of each grade, best first; below the last, F.
pub const GRADES: [(u32, char); 4] = [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')];
