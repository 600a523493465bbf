//! The store's writes on a thread of their own: the game hands each action
//! to [`Writer::journal`] (a channel send, well under a microsecond) and
//! the thread commits it, one transaction per action, while the next frame
//! is drawn. A failed write is kept for the game to show; it never stops
//! the shift.

use crate::{Finished, ProfileSettings, RunId, RunStart, Store, StoreError};
use onbrand_core::sim::TimedAction;
use std::sync::mpsc::{Receiver, Sender, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

enum Msg {
    Begin(RunId, Box<RunStart>),
    Journal(RunId, u32, TimedAction),
    Clock(RunId, u64),
    Finish(RunId, Box<Finished>),
    Abandon(RunId),
    Settings(i64, ProfileSettings),
    Setting(String, String),
    Flush(SyncSender<()>),
}

/// The store, written from a thread of its own.
pub struct Writer {
    tx: Option<Sender<Msg>>,
    thread: Option<JoinHandle<Store>>,
    failed: Arc<Mutex<Option<String>>>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer").finish_non_exhaustive()
    }
}

impl Writer {
    /// Starts the thread, which owns the store from now on.
    pub fn spawn(store: Store) -> Writer {
        let (tx, rx) = channel();
        let failed = Arc::new(Mutex::new(None));
        let f = failed.clone();
        let thread = std::thread::Builder::new()
            .name("onbrand-records".into())
            .spawn(move || run(store, rx, f))
            .ok();
        Writer {
            tx: Some(tx),
            thread,
            failed,
        }
    }

    fn send(&self, m: Msg) {
        let sent = self.tx.as_ref().is_some_and(|tx| tx.send(m).is_ok());
        if !sent {
            self.fail("the records thread is not running".into());
        }
    }

    fn fail(&self, e: String) {
        if let Ok(mut f) = self.failed.lock() {
            f.get_or_insert(e);
        }
    }

    /// A new run; its id is made here, so the caller need not wait.
    pub fn begin(&self, s: RunStart) -> RunId {
        let id = uuid::Uuid::new_v4().to_string();
        self.send(Msg::Begin(id.clone(), Box::new(s)));
        id
    }

    /// Journals one action (see [`Store::journal`]).
    pub fn journal(&self, run: &RunId, seq: u32, a: TimedAction) {
        self.send(Msg::Journal(run.clone(), seq, a));
    }

    /// Records where the clock stands.
    pub fn clock(&self, run: &RunId, clock_ms: u64) {
        self.send(Msg::Clock(run.clone(), clock_ms));
    }

    /// Adds a run's end.
    pub fn finish(&self, run: &RunId, f: Finished) {
        self.send(Msg::Finish(run.clone(), Box::new(f)));
    }

    /// Ends a run without a score.
    pub fn abandon(&self, run: &RunId) {
        self.send(Msg::Abandon(run.clone()));
    }

    /// Saves a profile's settings.
    pub fn save_settings(&self, profile: i64, s: ProfileSettings) {
        self.send(Msg::Settings(profile, s));
    }

    /// Sets an application setting.
    pub fn set_setting(&self, key: &str, value: &str) {
        self.send(Msg::Setting(key.to_owned(), value.to_owned()));
    }

    /// Waits until everything sent so far is committed; the first error of
    /// the thread, if any.
    pub fn flush(&self) -> Result<(), StoreError> {
        let (tx, rx) = sync_channel(1);
        self.send(Msg::Flush(tx));
        let _ = rx.recv();
        match self.error() {
            Some(e) => Err(StoreError::Writer(e)),
            None => Ok(()),
        }
    }

    /// The first write that failed, if any.
    pub fn error(&self) -> Option<String> {
        self.failed.lock().ok().and_then(|f| f.clone())
    }

    /// Stops the thread once everything sent is written, and gives the
    /// store back.
    pub fn stop(mut self) -> Option<Store> {
        self.tx.take();
        self.thread.take().and_then(|t| t.join().ok())
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.tx.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn run(mut store: Store, rx: Receiver<Msg>, failed: Arc<Mutex<Option<String>>>) -> Store {
    for m in rx {
        let r = match m {
            Msg::Begin(id, s) => store.begin_run_with_id(&id, &s),
            Msg::Journal(id, seq, a) => store.journal(&id, seq, &a),
            Msg::Clock(id, ms) => store.set_clock(&id, ms),
            Msg::Finish(id, f) => store.finish_run(&id, &f),
            Msg::Abandon(id) => store.abandon_run(&id),
            Msg::Settings(p, s) => store.save_settings(p, s),
            Msg::Setting(k, v) => store.set_setting(&k, &v),
            Msg::Flush(done) => {
                let _ = done.send(());
                Ok(())
            }
        };
        if let Err(e) = r
            && let Ok(mut f) = failed.lock()
        {
            f.get_or_insert(e.to_string());
        }
    }
    store
}
