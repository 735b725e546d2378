//! Loads the caseload's list rows in the background, a batch at a time, so that the first
//! screen shows at once on a large store and fills in while the user starts working.

use crate::domain::model::Directory;
use crate::domain::RuleSet;
use crate::parallel::parallel_slices;
use crate::report::caseload::{row, CaseRow};
use crate::store::CaseloadApi;
use chrono::NaiveDate;
use std::sync::mpsc::{channel, Receiver, TryRecvError};
use std::sync::Arc;

/// How many cases go in one batch.
const BATCH: usize = 4_000;

/// What the loader sends.
pub enum Loaded {
    Rows(Vec<CaseRow>),
    Done,
    Failed(String),
}

/// A running load.
pub struct Loader {
    rx: Receiver<Loaded>,
}

pub type SharedStore = Arc<dyn CaseloadApi + Send + Sync>;

impl Loader {
    /// Starts reading every case of `store` on a thread of its own.
    pub fn start(store: SharedStore, dir: Directory, rules: RuleSet, today: NaiveDate) -> Loader {
        let (tx, rx) = channel();
        let lang = crate::i18n::language();
        std::thread::spawn(move || {
            crate::i18n::with_language(lang, || {
                let mut batch = Vec::with_capacity(BATCH);
                let mut first = true;
                let send = |batch: &mut Vec<_>| {
                    let rows: Vec<CaseRow> = parallel_slices(batch, |s| {
                        s.iter()
                            .map(|p| row(p, &dir, &rules, today))
                            .collect::<Vec<_>>()
                    })
                    .into_iter()
                    .flatten()
                    .collect();
                    batch.clear();
                    tx.send(Loaded::Rows(rows)).is_ok()
                };
                let mut open = true;
                let result = store.scan_pregnancies(&mut |p| {
                    batch.push(p);
                    // The first batch is small, so the first screen fills at once.
                    let size = if first { 200 } else { BATCH };
                    if batch.len() >= size {
                        first = false;
                        open = send(&mut batch);
                    }
                    open
                });
                let last = match result {
                    Ok(()) if open => {
                        send(&mut batch);
                        Loaded::Done
                    }
                    Ok(()) => return,
                    Err(e) => Loaded::Failed(e.to_string()),
                };
                let _ = tx.send(last);
            })
        });
        Loader { rx }
    }

    /// Whatever has arrived, without waiting.
    pub fn poll(&self) -> Vec<Loaded> {
        let mut out = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(x) => out.push(x),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    out.push(Loaded::Done);
                    break;
                }
            }
        }
        out
    }

    /// Waits for the next message (tests and benchmarks).
    pub fn wait(&self) -> Loaded {
        self.rx.recv().unwrap_or(Loaded::Done)
    }
}
