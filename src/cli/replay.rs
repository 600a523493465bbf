//! `onbrand replay LOG`: re-runs a saved action log; the score must equal
//! the original run's, or the replay fails (exit 1) and says what differs.

use super::{Error, Result};
use onbrand_core::scenario::Language;
use onbrand_core::score::{RULES_VERSION, score};
use onbrand_core::sim::ActionLog;
use onbrand_core::sim::action::fingerprint_matches;
use onbrand_core::sim::bots::replay;
use onbrand_core::untrusted::{ScenarioSource, escape, escape_path, read_file, scenario_for_log};
use onbrand_text::Report;
use std::path::Path;

/// Refused actions shown one by one; beyond, only their number.
const SHOWN_REFUSALS: usize = 5;

/// What `replay` prints.
pub(super) struct Output {
    /// The [`Report`] as one JSON object.
    pub json: bool,
    /// The debrief in full (otherwise one line per finding).
    pub findings: bool,
    /// The language of the debrief (default: the scenario's).
    pub lang: Option<Language>,
}

pub(super) fn run(path: &Path, scenario: Option<&Path>, out: Output) -> Result {
    super::input_file(path)?;
    if let Some(p) = scenario {
        super::input_file(p)?;
    }
    let log_name = escape_path(path);
    let bytes =
        read_file(path).map_err(|e| Error::Failed(format!("{log_name}:1:1: error: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Error::Failed(format!(
            "{log_name}:1:1: error: the action log is not valid UTF-8 text"
        ))
    })?;
    let log = ActionLog::from_ron(text).map_err(|e| Error::Failed(format!("{log_name}:{e}")))?;
    let source = scenario_for_log(
        path,
        &log.scenario,
        log.scenario_fingerprint.as_deref(),
        scenario,
    )
    .map_err(|e| Error::Failed(format!("{log_name}: error: {e}")))?;
    let sc_path = source.path();
    match &source {
        ScenarioSource::Named(_) => {}
        ScenarioSource::BesideLog(p) => eprintln!(
            "{log_name}: note: scenario {} (beside the log)",
            escape_path(p)
        ),
        ScenarioSource::Recorded(p) => eprintln!(
            "{log_name}: note: scenario {} (the file the log was recorded on)",
            escape_path(p)
        ),
    }
    let sc = super::load_or_report(sc_path).ok_or(Error::Reported)?;
    if sc.id != log.scenario_id {
        return Err(Error::Failed(format!(
            "{log_name}: error: the log was recorded on scenario `{}`, but {} is `{}`",
            onbrand_core::untrusted::echo(&log.scenario_id),
            escape_path(sc_path),
            onbrand_core::untrusted::echo(&sc.id)
        )));
    }
    let changed = log
        .scenario_fingerprint
        .as_ref()
        .is_some_and(|f| read_file(sc_path).is_ok_and(|bytes| !fingerprint_matches(&bytes, f)));
    if changed {
        eprintln!(
            "{log_name}: warning: {} changed since this log was recorded",
            escape_path(sc_path)
        );
    }
    let shift = replay(&sc, log.seed, &log.actions);
    let result = score(&shift);
    let lang = out.lang.unwrap_or(sc.language);
    let r = Report::new(&sc, log.seed, &log.player, &result, lang);
    if out.json {
        println!("{}", serde_json::to_string(&r).unwrap_or_default());
    } else {
        println!(
            "{} — seed {} — {}",
            escape(&sc.title),
            r.seed,
            escape(&r.player)
        );
        super::debrief::verdict(&r, lang);
        super::debrief::findings(&r, lang, out.findings);
    }
    // Refused actions are part of the run (a bot or a trainee may try what
    // the shift does not allow), but a hand-edited log should know of them.
    let refused = shift.refusals();
    for (action, reason) in refused.iter().take(SHOWN_REFUSALS) {
        eprintln!(
            "{log_name}: note: the shift refused {}: {reason:?}",
            escape(&format!("{action:?}"))
        );
    }
    if refused.len() > SHOWN_REFUSALS {
        eprintln!(
            "{log_name}: note: and {} more refused actions",
            refused.len() - SHOWN_REFUSALS
        );
    }
    match &log.result {
        // Scored under other rules (an older On Brand): the numbers may
        // differ without the log being false. Say so, and what changed.
        Some(recorded) if recorded.rules != Some(RULES_VERSION) => {
            let was = recorded.rules.map_or("1".to_owned(), |v| v.to_string());
            let diff = recorded.differences(&r.score);
            if diff.is_empty() {
                eprintln!(
                    "{log_name}: note: recorded under scoring rules {was} (now {RULES_VERSION}); the scores are the same"
                );
            } else {
                eprintln!(
                    "{log_name}: warning: recorded under scoring rules {was}, scored now under rules {RULES_VERSION}: {}",
                    diff.join(", ")
                );
            }
            Ok(())
        }
        Some(recorded) if *recorded != r.score => Err(Error::Failed(format!(
            "{log_name}: error: the replay does not reproduce the recorded run: {}",
            recorded.differences(&r.score).join(", ")
        ))),
        _ => Ok(()),
    }
}
