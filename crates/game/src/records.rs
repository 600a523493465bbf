//! The trainee's records in the game: the profile, every shift journaled
//! action by action on the records thread (the frame never waits for the
//! disk), the scores kept when it ends, an interrupted shift offered for
//! resuming, and the past runs for the Progress screen (debrief again,
//! watch the replay, compare with the ideal play, retry the seed).
//!
//! A records file that cannot be opened (damaged, or from a newer On Brand)
//! is left untouched: the game says so on the title screen and plays
//! without records.

use crate::commands::{RunColumn, Toast, UiCommand};
use crate::state::{Clock, Outcome, Overlays, Playback, Screen, Session, Settings};
use bevy::prelude::*;
use onbrand_core::scenario::Scenario;
use onbrand_core::sim::bots::{BotKind, play};
use onbrand_core::sim::{PostKind, Shift, TimedAction};
use onbrand_records::{
    Finished, Profile, ProfileSettings, RunFilter, RunId, RunRecord, RunStart, Store, Writer,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A trainee's best on one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Best {
    /// Best overall.
    pub overall: u32,
    /// Its grade.
    pub grade: String,
    /// Passed at least once.
    pub passed: bool,
}

/// The records, as the game uses them.
#[derive(Resource, Default)]
pub struct Records {
    /// Where they are.
    pub dir: Option<PathBuf>,
    store: Option<Mutex<Store>>,
    writer: Option<Writer>,
    /// Why they could not be opened (shown on the title screen).
    pub error: Option<String>,
    /// The trainee playing.
    pub profile: Option<Profile>,
    /// Every profile, most recently used first.
    pub profiles: Vec<Profile>,
    /// The trainee's best per scenario id.
    pub best: HashMap<String, Best>,
    /// The trainee's shifts that were interrupted, newest first.
    pub unfinished: Vec<RunRecord>,
    /// The trainee's finished runs, in the order shown.
    pub runs: Vec<RunRecord>,
    /// The kinds of mistake the trainee makes most: (rule, findings, runs).
    pub mistakes: Vec<(String, u32, u32)>,
    /// The highlighted run.
    pub selected: usize,
    /// The runs' order: column, descending.
    pub sort: (RunColumn, bool),
    /// A run beside the ideal play.
    pub comparison: Option<Comparison>,
    live: Option<RunId>,
    live_done: bool,
    since_clock: f32,
    saved: Option<(ProfileSettings, bool)>,
}

/// What the game asks of the records with a name.
#[derive(Message, Clone, Debug)]
pub enum ProfileCommand {
    /// Choose this trainee (created if new).
    Choose(String),
}

impl Records {
    /// Whether the records are open.
    pub fn is_open(&self) -> bool {
        self.store.is_some()
    }

    fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        self.store
            .as_ref()
            .and_then(|m| m.lock().ok())
            .map(|s| f(&s))
    }

    /// Reads the profiles and the current trainee's progress again.
    pub fn reload(&mut self) {
        let pid = self.profile.as_ref().map(|p| p.id);
        let read = self.with_store(|s| {
            let profiles = s.profiles().unwrap_or_default();
            let (best, unfinished) = match pid {
                Some(id) => (
                    s.best_per_scenario(id).unwrap_or_default(),
                    s.unfinished(id).unwrap_or_default(),
                ),
                None => (Vec::new(), Vec::new()),
            };
            (profiles, best, unfinished)
        });
        if let Some((profiles, best, unfinished)) = read {
            self.profiles = profiles;
            self.best = best
                .into_iter()
                .map(|(id, overall, grade, passed)| {
                    (
                        id,
                        Best {
                            overall,
                            grade,
                            passed,
                        },
                    )
                })
                .collect();
            self.unfinished = unfinished;
        }
    }

    /// Reads the trainee's finished runs and mistakes (the Progress screen).
    pub fn load_runs(&mut self) {
        let Some(p) = self.profile.clone() else {
            return;
        };
        let read = self.with_store(|s| {
            (
                s.runs(&RunFilter {
                    trainee: Some(p.name.clone()),
                    finished_only: true,
                    ..Default::default()
                })
                .unwrap_or_default(),
                s.frequent_mistakes(p.id).unwrap_or_default(),
            )
        });
        if let Some((runs, mistakes)) = read {
            self.runs = runs;
            self.mistakes = mistakes;
            self.sort_runs();
        }
    }

    /// Orders the runs by the chosen column.
    pub fn sort_runs(&mut self) {
        let (col, desc) = self.sort;
        let overall = |r: &RunRecord| r.score.map_or(0, |s| s.overall);
        self.runs.sort_by(|a, b| {
            let o = match col {
                RunColumn::Date => a.started.cmp(&b.started),
                RunColumn::Scenario => a
                    .scenario_title
                    .cmp(&b.scenario_title)
                    .then(a.started.cmp(&b.started)),
                RunColumn::Overall => overall(a).cmp(&overall(b)).then(a.started.cmp(&b.started)),
            };
            if desc { o.reverse() } else { o }
        });
        self.selected = self.selected.min(self.runs.len().saturating_sub(1));
    }

    /// The run highlighted on the Progress screen.
    pub fn selected_run(&self) -> Option<&RunRecord> {
        self.runs.get(self.selected)
    }

    /// A run's actions.
    fn actions(&self, id: &str) -> Result<Vec<TimedAction>, String> {
        self.with_store(|s| s.run_actions(id).map_err(|e| e.to_string()))
            .unwrap_or_else(|| Err("the records are not open".into()))
    }
}

/// Opens the records at startup and restores the last trainee.
fn open(
    launch: Res<crate::LaunchOptions>,
    mut records: ResMut<Records>,
    mut settings: ResMut<Settings>,
) {
    let Some(dir) = launch
        .0
        .data_dir
        .clone()
        .or_else(onbrand_records::default_dir)
    else {
        records.error = Some("no data folder for the records".into());
        return;
    };
    records.dir = Some(dir.clone());
    let opened = Store::open(&dir).and_then(|reader| Ok((reader, Store::open(&dir)?)));
    match opened {
        Ok((reader, writer)) => {
            let last = reader.last_profile().ok().flatten();
            settings.unlock_all = reader
                .setting("unlock_all")
                .ok()
                .flatten()
                .is_some_and(|v| v == "true");
            records.store = Some(Mutex::new(reader));
            records.writer = Some(Writer::spawn(writer));
            if let Some(p) = last {
                apply_profile(&p, &mut settings);
                records.saved = Some((p.settings, settings.unlock_all));
                records.profile = Some(p);
            }
            records.reload();
        }
        Err(e) => {
            warn!("{e}");
            records.error = Some(e.to_string());
        }
    }
}

fn apply_profile(p: &Profile, settings: &mut Settings) {
    settings.trainee = p.name.clone();
    settings.lang = p.settings.lang;
    settings.ui_scale = p.settings.ui_scale;
    settings.pace = p.settings.pace;
    settings.sound = p.settings.sound;
}

fn profile_settings(s: &Settings) -> ProfileSettings {
    ProfileSettings {
        lang: s.lang,
        ui_scale: s.ui_scale,
        pace: s.pace,
        sound: s.sound,
    }
}

/// Chooses (or creates) a trainee.
fn profile_commands(
    mut cmds: MessageReader<ProfileCommand>,
    mut records: ResMut<Records>,
    mut settings: ResMut<Settings>,
    mut toast: ResMut<Toast>,
) {
    for c in cmds.read() {
        let ProfileCommand::Choose(name) = c;
        let chosen = records.with_store(|s| s.profile_or_create(name, profile_settings(&settings)));
        match chosen {
            Some(Ok(p)) => {
                apply_profile(&p, &mut settings);
                records.saved = Some((p.settings, settings.unlock_all));
                records.profile = Some(p);
                records.reload();
            }
            Some(Err(e)) => toast.show(e.to_string(), true),
            None => {
                settings.trainee = name.clone();
            }
        }
    }
}

/// Saves the trainee's settings when they change.
fn save_settings(settings: Res<Settings>, mut records: ResMut<Records>) {
    if !settings.is_changed() {
        return;
    }
    let now = (profile_settings(&settings), settings.unlock_all);
    if records.saved == Some(now) {
        return;
    }
    let (Some(w), Some(p)) = (&records.writer, &records.profile) else {
        return;
    };
    w.save_settings(p.id, now.0);
    w.set_setting("unlock_all", if now.1 { "true" } else { "false" });
    records.saved = Some(now);
}

/// Journals the running shift: the run when it starts, each action as it
/// is taken, the clock every second, the scores when it ends; a shift left
/// unfinished (abandoned, restarted) is marked so, its journal kept.
fn journal(
    time: Res<Time<Real>>,
    screen: Res<State<Screen>>,
    mut records: ResMut<Records>,
    session: Option<ResMut<Session>>,
) {
    let records = &mut *records;
    let Some(w) = &records.writer else { return };
    let current = session.as_ref().and_then(|s| s.run.clone());
    if let Some(live) = &records.live
        && current.as_ref() != Some(live)
    {
        if !records.live_done {
            w.abandon(live);
        }
        records.live = None;
    }
    let Some(mut s) = session else { return };
    if s.playback.is_some() {
        return;
    }
    let Some(profile) = records.profile.as_ref() else {
        return;
    };
    if s.run.is_none() && *screen.get() == Screen::Shift && s.result.is_none() {
        let sha = onbrand_core::untrusted::read_file(&s.path)
            .map(|b| onbrand_core::sim::action::fingerprint(&b))
            .unwrap_or_default();
        let id = w.begin(RunStart {
            profile: profile.id,
            scenario_id: s.scenario.id.clone(),
            scenario_title: s.scenario.title.clone(),
            scenario_sha256: sha,
            scenario_path: std::path::absolute(&s.path)
                .ok()
                .map(|p| p.display().to_string()),
            seed: s.seed,
            game_version: env!("CARGO_PKG_VERSION").into(),
        });
        s.run = Some(id.clone());
        s.journaled = 0;
        records.live = Some(id);
        records.live_done = false;
        records.since_clock = 0.0;
    }
    let Some(run) = s.run.clone() else { return };
    if records.live.is_none() {
        // A resumed shift: it is live from now on.
        records.live = Some(run.clone());
        records.live_done = s.result.is_some();
    }
    while s.journaled < s.actions.len() {
        let k = s.journaled;
        w.journal(&run, k as u32 + 1, s.actions[k].clone());
        s.journaled += 1;
    }
    if *screen.get() == Screen::Shift {
        records.since_clock += time.delta_secs();
        if records.since_clock >= 1.0 {
            records.since_clock = 0.0;
            w.clock(&run, s.shift.now());
        }
    }
    if let Some(o) = &s.result
        && !records.live_done
    {
        w.finish(
            &run,
            Finished::of(
                s.actions.clone(),
                &o.score,
                &o.report,
                &s.scenario,
                s.shift.now(),
            ),
        );
        records.live_done = true;
        let id = s.scenario.id.clone();
        let better = records
            .best
            .get(&id)
            .is_none_or(|b| o.score.overall > b.overall);
        let passed = o.score.passed || records.best.get(&id).is_some_and(|b| b.passed);
        if better {
            records.best.insert(
                id,
                Best {
                    overall: o.score.overall,
                    grade: o.score.grade.to_string(),
                    passed,
                },
            );
        } else if let Some(b) = records.best.get_mut(&id) {
            b.passed = passed;
        }
    }
}

/// A past run's scenario, if the file it was played on is still there and
/// unchanged.
fn scenario_of(r: &RunRecord) -> Result<(PathBuf, Arc<Scenario>), String> {
    let path = PathBuf::from(r.scenario_path.clone().unwrap_or_default());
    let bytes = onbrand_core::untrusted::read_file(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if !onbrand_core::sim::action::fingerprint_matches(&bytes, &r.scenario_sha256) {
        return Err(format!(
            "{} changed since this run was played",
            path.display()
        ));
    }
    onbrand_core::scenario::load_bytes(&path, &bytes)
        .scenario
        .map(|s| (path.clone(), s))
        .ok_or_else(|| format!("{} does not load", path.display()))
}

/// The commands of the Progress screen and of an interrupted shift.
fn commands(
    mut cmds: MessageReader<UiCommand>,
    mut commands: Commands,
    mut records: ResMut<Records>,
    settings: Res<Settings>,
    mut toast: ResMut<Toast>,
    mut clock: ResMut<Clock>,
    mut overlays: ResMut<Overlays>,
    mut next: ResMut<NextState<Screen>>,
) {
    for &cmd in cmds.read() {
        let t = onbrand_text::strings(settings.lang);
        match cmd {
            UiCommand::Progress if records.profile.is_some() => {
                records.load_runs();
                next.set(Screen::Progress);
            }
            UiCommand::ResumeRun => {
                let Some(r) = records.unfinished.first().cloned() else {
                    continue;
                };
                let rebuilt = scenario_of(&r).and_then(|(path, sc)| {
                    records
                        .actions(&r.id)
                        .map(|a| Session::rebuilt(path, sc, r.seed, a, r.clock_ms))
                });
                match rebuilt {
                    Ok(mut s) => {
                        s.run = Some(r.id.clone());
                        records.live = Some(r.id.clone());
                        records.live_done = false;
                        records.unfinished.remove(0);
                        *clock = Clock::default();
                        // Resumed paused, to take one's bearings.
                        overlays.pause = true;
                        toast.show(
                            format!(
                                "{} {}",
                                t.resumed_at,
                                onbrand_core::scenario::duration::clock(s.shift.now())
                            ),
                            false,
                        );
                        commands.insert_resource(s);
                        next.set(Screen::Shift);
                    }
                    Err(e) => toast.show(format!("{}: {e}", t.cannot_resume), true),
                }
            }
            UiCommand::DiscardRun if !records.unfinished.is_empty() => {
                let r = records.unfinished.remove(0);
                if let Some(w) = &records.writer {
                    w.abandon(&r.id);
                }
            }
            UiCommand::RunMove(d) => {
                let n = records.runs.len() as i32;
                if n > 0 {
                    records.selected = (records.selected as i32 + d).rem_euclid(n) as usize;
                }
            }
            UiCommand::RunSelect(i) => records.selected = i,
            UiCommand::SortRuns(col) => {
                let desc = records.sort.0 == col && !records.sort.1;
                records.sort = (col, desc);
                records.sort_runs();
            }
            UiCommand::ReviewDebrief
            | UiCommand::WatchReplay
            | UiCommand::CompareIdeal
            | UiCommand::RetryRun => {
                let Some(r) = records.selected_run().cloned() else {
                    continue;
                };
                let found = scenario_of(&r)
                    .and_then(|(path, sc)| records.actions(&r.id).map(|a| (path, sc, a)));
                let (path, sc, actions) = match found {
                    Ok(x) => x,
                    Err(e) => {
                        toast.show(format!("{}: {e}", t.cannot_open_run), true);
                        continue;
                    }
                };
                *clock = Clock::default();
                match cmd {
                    UiCommand::ReviewDebrief => {
                        let mut s = Session::rebuilt(path, sc, r.seed, actions, u64::MAX);
                        s.result = Some(Outcome::of(
                            &s.shift,
                            s.seed,
                            settings.player(),
                            settings.lang,
                        ));
                        commands.insert_resource(s);
                        next.set(Screen::Debrief);
                    }
                    UiCommand::WatchReplay => {
                        let mut s = Session::new(path, sc, r.seed);
                        s.playback = Some(Playback { actions, next: 0 });
                        commands.insert_resource(s);
                        next.set(Screen::Shift);
                    }
                    UiCommand::CompareIdeal => {
                        records.comparison = Some(compare(&sc, r.seed, &actions));
                        next.set(Screen::Compare);
                    }
                    _ => {
                        commands.insert_resource(Session::new(path, sc, r.seed));
                        next.set(Screen::Briefing);
                    }
                }
            }
            _ => {}
        }
    }
}

/// One item of a run beside the ideal play of the same shift.
#[derive(Clone, Debug)]
pub struct CompareRow {
    /// The scenario event.
    pub event: usize,
    /// When the item arrived (ms).
    pub arrived: u64,
    /// What the trainee did.
    pub trainee: Response,
    /// What the ideal bot did.
    pub ideal: Response,
}

/// How an item was answered.
#[derive(Clone, Debug, Default)]
pub struct Response {
    /// After how long (ms), if answered or held.
    pub after: Option<u64>,
    /// The text that went out (the answer, else the holding reply).
    pub text: Option<String>,
    /// It went out on another account than the item's.
    pub wrong_account: bool,
    /// Set aside.
    pub dismissed: bool,
    /// A holding reply only.
    pub holding_only: bool,
}

/// A run beside the ideal play: per item, in order of arrival.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The scenario.
    pub scenario: Arc<Scenario>,
    /// The seed.
    pub seed: u64,
    /// The items.
    pub rows: Vec<CompareRow>,
}

fn response(s: &Shift, item: usize) -> Response {
    let sc = s.scenario();
    let it = &s.items()[item];
    let first = |kind: Option<PostKind>| {
        s.posts()
            .iter()
            .filter(|p| p.item as usize == item && kind.is_none_or(|k| p.kind == k))
            .min_by_key(|p| p.at)
    };
    let answer = it.answer.map(|p| &s.posts()[p as usize]);
    let post = answer.or_else(|| first(None));
    Response {
        after: post.map(|p| p.at.saturating_sub(it.arrived)),
        text: post.map(|p| p.text(sc).to_owned()),
        wrong_account: post.is_some_and(|p| p.wrong_account),
        dismissed: it.dismissed,
        holding_only: answer.is_none() && it.holding.is_some(),
    }
}

/// Replays a run and plays the ideal bot on the same scenario and seed.
pub fn compare(sc: &Arc<Scenario>, seed: u64, actions: &[TimedAction]) -> Comparison {
    let mine = onbrand_core::sim::bots::replay(sc, seed, actions);
    let (ideal, _) = play(sc, seed, BotKind::Ideal.make(seed).as_mut());
    // Items of one event in order of arrival: the n-th of the trainee's
    // beside the n-th of the ideal play (arrivals depend on the seed only).
    let nth = |s: &Shift, item: usize| {
        let e = s.items()[item].event;
        s.items()[..item]
            .iter()
            .filter(|i| i.event == e && i.escalated_from.is_none())
            .count()
    };
    let rows = mine
        .items()
        .iter()
        .filter(|i| i.escalated_from.is_none())
        .map(|i| {
            let k = nth(&mine, i.id as usize);
            let twin = ideal
                .items()
                .iter()
                .filter(|j| j.event == i.event && j.escalated_from.is_none())
                .nth(k);
            CompareRow {
                event: i.event,
                arrived: i.arrived,
                trainee: response(&mine, i.id as usize),
                ideal: twin
                    .map(|j| response(&ideal, j.id as usize))
                    .unwrap_or_default(),
            }
        })
        .collect();
    Comparison {
        scenario: sc.clone(),
        seed,
        rows,
    }
}

/// Waits for every write before the app exits (a journal must not lose
/// its last actions to a closing window).
fn flush_on_exit(mut exits: MessageReader<AppExit>, records: Res<Records>) {
    if exits.read().next().is_some()
        && let Some(w) = &records.writer
    {
        let _ = w.flush();
    }
}

/// The data folder given at launch, for tests (`--data-dir`).
pub fn data_dir(records: &Records) -> Option<&Path> {
    records.dir.as_deref()
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Records>()
        .add_message::<ProfileCommand>()
        .add_systems(Startup, open.before(crate::start))
        .add_systems(
            Update,
            (
                profile_commands,
                commands.after(crate::commands::apply),
                save_settings,
                journal.after(crate::clock::advance),
            ),
        )
        .add_systems(Last, flush_on_exit);
}
