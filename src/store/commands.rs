//! The business commands of the caseload, once, above any storage: the R63 guard,
//! import conflict planning, the choice of the line `mark_billed` marks, the refusal of
//! a stale edit, and the audit entries every change carries. A backend implements only
//! [`Storage`] (reads, and one atomic, flushed [`Change`]); [`Commands`] over it is the
//! [`CaseloadApi`] the CLI, the UI and the server speak.

use crate::domain::claims::{check_billing_date, Correction};
use crate::domain::model::{
    BilledService, Caseload, Directory, PracticeSettings, Pregnancy, Provider,
};
use crate::domain::services::{evaluate, Status};
use crate::domain::validate::{index_months, validate_caseload, validate_pregnancy, Problem};
use crate::domain::{RuleSet, YearMonth};
use crate::i18n::format::date;
use crate::store::api::{CaseloadApi, Committed, ImportSummary, LineRef, Live, Versioned};
use crate::store::error::{Result, StoreError};
use crate::store::records::{changes, Actor, AuditAction, AuditEntry, CaseRecord, Stamp};
use crate::t;
use chrono::{NaiveDateTime, Timelike};
use std::collections::{BTreeSet, HashMap};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex, TryLockError};
use std::time::{Duration, Instant};

mod merge;

/// What a backend stores and reads. Every method is storage only: no rule is checked
/// here, and [`commit`](Storage::commit) writes exactly what it is given.
pub trait Storage: Send + Sync {
    fn providers(&self) -> Result<Vec<Provider>>;
    fn provider(&self, id: &str) -> Result<Option<Provider>>;
    fn settings(&self) -> Result<PracticeSettings>;
    fn case(&self, id: &str) -> Result<Option<CaseRecord>>;
    /// The sequence number of the last audit entry in a case's history, if it has one:
    /// what its revision is made of (see [`revision`]).
    fn last_seq(&self, id: &str) -> Result<Option<u64>>;
    /// The audit entries of one case, oldest first.
    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>>;
    /// Every audit entry, oldest first, until `visit` returns false.
    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()>;
    fn count_cases(&self) -> Result<usize>;
    /// Every case, by id, until `visit` returns false.
    fn scan_cases(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()>;
    /// The cases the month index lists for `month`.
    fn cases_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>>;
    /// The cases the month index lists for `month`, as [`encode`](crate::store::codec::encode)d
    /// case records: what a server sends on without decoding and encoding them again.
    fn cases_in_month_encoded(&self, month: YearMonth) -> Result<Vec<Vec<u8>>> {
        self.cases_in_month(month)?
            .into_iter()
            .map(|p| crate::store::codec::encode(&CaseRecord::new(p, None)))
            .collect()
    }
    /// Writes `change` all or nothing and flushes it before returning the sequence
    /// numbers given to its audit entries, in order. With a [`base`](Change::base), the
    /// check that nobody wrote since and the write are one atomic step: a storage whose
    /// [`head`](Storage::head) has moved refuses with [`StoreError::Moved`].
    fn commit(&self, change: Change) -> Result<Vec<u64>>;
    /// Where the storage is now, for one shared by other processes (a database server):
    /// the sequence number of its last audit entry (0 when it has none). `None` (the
    /// default): this process is its only writer, and [`Commands`]' one writer at a
    /// time is enough.
    fn head(&self) -> Result<Option<u64>> {
        Ok(None)
    }
    /// The commits of every process, as they happen, for a storage shared by other
    /// processes (none by default: [`Commands`] tells of its own commits).
    fn watch(&self) -> Option<Receiver<Live>> {
        None
    }
    /// Writes everything to disk.
    fn flush(&self) -> Result<()>;
    /// Where the caseload is, for people (a directory, a database URL without password).
    fn location(&self) -> String;
}

/// One case written by a [`Change`]: its new record (none: deleted) and the months of
/// the index it leaves and joins.
#[derive(Debug, Clone)]
pub struct CaseChange {
    pub id: String,
    pub after: Option<Pregnancy>,
    pub months_before: Vec<YearMonth>,
    pub months_after: Vec<YearMonth>,
}

/// An audit entry before the storage numbers it.
#[derive(Debug, Clone)]
pub struct AuditDraft {
    pub action: AuditAction,
    pub subject: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub detail: String,
    /// The cases whose history lists this entry.
    pub cases: Vec<String>,
}

impl AuditDraft {
    fn new(action: AuditAction, subject: Option<&str>) -> AuditDraft {
        AuditDraft {
            action,
            subject: subject.map(str::to_string),
            before: None,
            after: None,
            detail: String::new(),
            cases: Vec::new(),
        }
    }

    fn records<T: serde::Serialize>(mut self, before: Option<&T>, after: Option<&T>) -> Self {
        self.before = before.and_then(json);
        self.after = after.and_then(json);
        self
    }

    fn detail(mut self, detail: String) -> Self {
        self.detail = detail;
        self
    }

    fn cases<'a>(mut self, cases: impl IntoIterator<Item = &'a str>) -> Self {
        self.cases = cases.into_iter().map(str::to_string).collect();
        self
    }
}

/// A record as the audit trail keeps it: compact JSON of the domain type.
fn json<T: serde::Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

/// Everything one command writes, as one atomic unit.
#[derive(Debug, Clone)]
pub struct Change {
    /// When and by whom: the stamp of every case record written.
    pub stamp: Stamp,
    /// The whole caseload (providers, cases, month index, settings) goes first: a restore.
    pub replace_all: bool,
    pub cases: Vec<CaseChange>,
    /// Providers written (`Some`) or removed (`None`), by id.
    pub providers: Vec<(String, Option<Provider>)>,
    pub settings: Option<PracticeSettings>,
    pub audit: Vec<AuditDraft>,
    /// The [`head`](Storage::head) of the storage when the command began to read: its
    /// commit is refused ([`StoreError::Moved`]) if anyone wrote since, and the command
    /// is planned again on what is there now.
    pub base: Option<u64>,
}

impl Change {
    fn new(stamp: Stamp) -> Change {
        Change {
            stamp,
            replace_all: false,
            cases: Vec::new(),
            providers: Vec::new(),
            settings: None,
            audit: Vec::new(),
            base: None,
        }
    }

    /// What the change touched, for those who show the caseload live.
    pub fn note(&self, last_seq: u64) -> Committed {
        // A change of many cases is announced as a change of everything: a screen reads
        // the caseload again rather than case by case, and the notice stays small.
        let many = self.cases.len() > MANY_CASES;
        Committed {
            seq: last_seq,
            cases: if many {
                Vec::new()
            } else {
                self.cases.iter().map(|c| c.id.clone()).collect()
            },
            providers: !self.providers.is_empty(),
            settings: self.settings.is_some(),
            everything: self.replace_all || many,
            by: self.stamp.by.clone(),
            action: self.audit.first().map(|a| a.action),
        }
    }
}

/// Where every change is also written, flushed, before it is committed: the server's
/// journal, which lets a restore bring back what a damaged store lost.
pub trait ChangeLog: Send + Sync {
    /// Records `change`; returns its number in the log.
    fn record(&self, change: &Change) -> Result<u64>;
    /// Says that change `n` was not committed after all (the storage refused it).
    fn abandon(&self, n: u64);
    /// Says that change `n` is committed (so that a later start need not check it).
    fn committed(&self, n: u64);
}

/// Beyond this many cases, a commit is announced as a change of everything.
pub const MANY_CASES: usize = 100;

/// How many notices a watcher may have waiting before it is dropped (a suspended UI);
/// its connection then ends, and the UI, reconnecting, reads everything again.
const WATCH_BACKLOG: usize = 1024;

/// What every session on one storage shares: the storage, the one writer at a time,
/// what that writer is doing, and who is told of each commit.
struct Core<S> {
    storage: S,
    writer: Mutex<()>,
    doing: Mutex<String>,
    watchers: Mutex<Vec<SyncSender<Live>>>,
    log: Mutex<Option<Arc<dyn ChangeLog>>>,
}

/// The caseload API over a [`Storage`], for one actor. Cheap to clone; clones made by
/// [`session`](Commands::session) share the storage and its one writer.
pub struct Commands<S> {
    core: Arc<Core<S>>,
    actor: Actor,
    clock: fn() -> NaiveDateTime,
    /// How long a write waits for another one to finish before it is refused as busy
    /// (`None`: as long as it takes).
    patience: Option<Duration>,
    /// While a command writes: the storage's head it reads at (see [`Change::base`]).
    base: Option<u64>,
}

/// How many times a command is planned again because another process wrote meanwhile,
/// before it is refused as busy.
const MAX_ATTEMPTS: u32 = 200;

fn local_now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

impl<S: Storage> Commands<S> {
    /// The commands over `storage`, acting as this process's user.
    pub fn new(storage: S) -> Commands<S> {
        Commands {
            core: Arc::new(Core {
                storage,
                writer: Mutex::new(()),
                doing: Mutex::new(String::new()),
                watchers: Mutex::new(Vec::new()),
                log: Mutex::new(None),
            }),
            actor: Actor::from_env(),
            clock: local_now,
            patience: None,
            base: None,
        }
    }

    /// Another session on the same storage, acting as `actor`, whose writes wait at most
    /// `patience` for another write to finish.
    pub fn session(&self, actor: Actor, patience: Option<Duration>) -> Commands<S> {
        Commands {
            core: self.core.clone(),
            actor,
            clock: self.clock,
            patience,
            base: None,
        }
    }

    pub fn storage(&self) -> &S {
        &self.core.storage
    }

    /// Who this session's changes are recorded as made by.
    pub fn set_actor(&mut self, actor: Actor) {
        self.actor = actor;
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The clock of the audit trail's times (the local time by default).
    pub fn set_clock(&mut self, clock: fn() -> NaiveDateTime) {
        self.clock = clock;
    }

    /// The month's cases as encoded case records (see [`Storage::cases_in_month_encoded`]).
    pub fn pregnancies_in_month_encoded(&self, month: YearMonth) -> Result<Vec<Vec<u8>>> {
        self.core.storage.cases_in_month_encoded(month)
    }

    /// Ends every watch: their receivers hear that the store is closing.
    pub fn close_watches(&self) {
        if let Ok(mut w) = self.core.watchers.lock() {
            w.clear();
        }
    }

    /// Now, by this session's actor, to the second.
    fn stamp(&self) -> Stamp {
        let now = (self.clock)();
        Stamp {
            at: now.with_nanosecond(0).unwrap_or(now),
            by: self.actor.clone(),
        }
    }

    /// Runs `write` as the one writer of the storage. Another write in progress is
    /// waited for up to this session's patience, then named in a `Busy` refusal. On a
    /// storage shared with other processes, `write` reads and plans on the storage as it
    /// is, and is run again when another process committed before it could
    /// ([`StoreError::Moved`]): its checks (a stale edit, R63, an id taken) then see
    /// the other change.
    fn writing<T>(&self, what: String, mut write: impl FnMut(&Self) -> Result<T>) -> Result<T> {
        let start = Instant::now();
        let _guard = loop {
            if self.patience.is_none() {
                // No hurry: wait in the lock's own queue.
                break self.core.writer.lock().unwrap_or_else(|p| p.into_inner());
            }
            match self.core.writer.try_lock() {
                Ok(g) => break g,
                Err(TryLockError::Poisoned(p)) => break p.into_inner(),
                Err(TryLockError::WouldBlock) => {
                    if self.patience.is_some_and(|p| start.elapsed() >= p) {
                        let doing = self
                            .core
                            .doing
                            .lock()
                            .map(|d| d.clone())
                            .unwrap_or_default();
                        return Err(StoreError::Busy(doing));
                    }
                    std::thread::sleep(Duration::from_millis(2));
                }
            }
        };
        if let Ok(mut d) = self.core.doing.lock() {
            *d = what;
        }
        let mut attempt = 0u32;
        loop {
            let writer = Commands {
                core: self.core.clone(),
                actor: self.actor.clone(),
                clock: self.clock,
                patience: self.patience,
                base: self.core.storage.head()?,
            };
            match write(&writer) {
                Err(StoreError::Moved) => {
                    attempt += 1;
                    let waited = self.patience.is_some_and(|p| start.elapsed() >= p);
                    if attempt >= MAX_ATTEMPTS || waited {
                        return Err(StoreError::Busy(t!("busy-others")));
                    }
                    // Writers that collided start again apart.
                    let pause = rand::random::<u64>() % (1 + u64::from(attempt.min(20)));
                    std::thread::sleep(Duration::from_millis(pause));
                }
                other => return other,
            }
        }
    }

    /// Writes every later change to `log` first (the server's journal).
    pub fn set_log(&self, log: Arc<dyn ChangeLog>) {
        if let Ok(mut l) = self.core.log.lock() {
            *l = Some(log);
        }
    }

    /// Commits `change`, written to the change log first when there is one, and tells
    /// the watchers; returns the sequence numbers of its audit entries.
    fn commit(&self, mut change: Change) -> Result<Vec<u64>> {
        change.base = self.base;
        let mut note = change.note(0);
        let log = self.core.log.lock().ok().and_then(|l| l.clone());
        let logged = match &log {
            Some(l) => Some(l.record(&change)?),
            None => None,
        };
        let seqs = match self.core.storage.commit(change) {
            Ok(s) => s,
            Err(e) => {
                if let (Some(l), Some(n)) = (&log, logged) {
                    l.abandon(n);
                }
                return Err(e);
            }
        };
        if let (Some(l), Some(n)) = (&log, logged) {
            l.committed(n);
        }
        note.seq = seqs.last().copied().unwrap_or(0);
        if let Ok(mut watchers) = self.core.watchers.lock() {
            watchers.retain(|w| w.try_send(Live::Committed(note.clone())).is_ok());
        }
        Ok(seqs)
    }

    fn directory_now(&self) -> Result<Directory> {
        Ok(Directory::new(self.core.storage.providers()?))
    }

    fn rules_now(&self) -> Result<RuleSet> {
        Ok(RuleSet::with_settings(&self.core.storage.settings()?))
    }

    /// The revision of case `id` now (see [`revision`]).
    fn revision_now(&self, id: &str) -> Result<u64> {
        let last = self.core.storage.last_seq(id)?;
        let exists = self.core.storage.case(id)?.is_some();
        Ok(revision(exists, last))
    }

    /// Refuses, naming who changed what, when case `id` is no longer at revision `base`.
    fn check_base(&self, id: &str, name: &str, base: Option<u64>) -> Result<()> {
        let Some(base) = base else {
            return Ok(());
        };
        let now = self.revision_now(id)?;
        if now == base {
            return Ok(());
        }
        let since = base.checked_sub(2);
        let later: Vec<AuditEntry> = self
            .core
            .storage
            .case_history(id)?
            .into_iter()
            .filter(|e| since.is_none_or(|s| e.seq > s))
            .collect();
        let name = match self.core.storage.case(id)? {
            Some(r) => r.pregnancy.mother.name,
            None => name.to_string(),
        };
        Err(StoreError::Stale(stale_text(id, &name, &later), now))
    }

    /// Stores a pregnancy after the stale, R63 and validation checks, as `action`.
    /// Returns its new revision. Runs as the writer.
    /// One INAMI number per provider: refused when another provider has `p`'s. And one
    /// login per provider, a Unix user name (issue 12).
    fn inami_free(&self, p: &Provider) -> Result<()> {
        use crate::domain::whoami::{login_holder, login_problem, login_taken};
        let providers = self.core.storage.providers()?;
        if let Some(holder) = crate::domain::validate::inami_holder(&providers, p) {
            return Err(StoreError::Invalid(vec![Problem {
                path: "inami".into(),
                message: crate::domain::validate::inami_taken(p, holder),
            }]));
        }
        let login = |message| {
            StoreError::Invalid(vec![Problem {
                path: "login".into(),
                message,
            }])
        };
        if let Some(why) = p.login.as_deref().and_then(login_problem) {
            return Err(login(why));
        }
        match login_holder(&providers, p) {
            Some(holder) => Err(login(login_taken(p, holder))),
            None => Ok(()),
        }
    }

    fn put_checked(
        &self,
        pregnancy: Pregnancy,
        based_on: Option<u64>,
        action: AuditAction,
        detail: String,
    ) -> Result<u64> {
        self.put_case(pregnancy, based_on, action, detail, true)
    }

    /// R63's recorded correction: the one write that may change or drop a billing mark.
    fn put_correction(
        &self,
        pregnancy: Pregnancy,
        action: AuditAction,
        detail: String,
    ) -> Result<u64> {
        self.put_case(pregnancy, None, action, detail, false)
    }

    /// Writes one case after the stale check, R63's guard (unless `r63` is false, for a
    /// recorded correction) and validation.
    fn put_case(
        &self,
        pregnancy: Pregnancy,
        based_on: Option<u64>,
        action: AuditAction,
        detail: String,
        r63: bool,
    ) -> Result<u64> {
        let storage = &self.core.storage;
        self.check_base(&pregnancy.id, &pregnancy.mother.name, based_on)?;
        let (dir, rules) = (self.directory_now()?, self.rules_now()?);
        let old = storage.case(&pregnancy.id)?.map(|r| r.pregnancy);
        if let (Some(o), true) = (&old, r63) {
            r63_guard(o, &pregnancy, "billed")?;
        }
        let problems = validate_pregnancy(&pregnancy, &dir, &rules, "");
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        if old.as_ref() == Some(&pregnancy) {
            return self.revision_now(&pregnancy.id);
        }
        let mut change = Change::new(self.stamp());
        change
            .cases
            .push(case_change(&pregnancy, old.as_ref(), &rules));
        change.audit.push(
            AuditDraft::new(action, Some(&pregnancy.id))
                .records(old.as_ref(), Some(&pregnancy))
                .detail(detail)
                .cases([pregnancy.id.as_str()]),
        );
        // Its revision is the one entry just written (read again, it could already be
        // another process's later one, which this edit has not seen).
        let seqs = self.commit(change)?;
        Ok(revision(true, seqs.last().copied()))
    }

    /// Runs `f` as the one writer, with no write of anyone else before or during it:
    /// a backup that must be one moment of the caseload. `f` reads; it must not call a
    /// command that writes (it would wait for itself).
    pub fn exclusive<T>(&self, what: String, f: impl FnOnce(&Self) -> Result<T>) -> Result<T> {
        let mut f = Some(f);
        self.writing(what, |w| f.take().map_or(Err(StoreError::Moved), |f| f(w)))
    }

    /// Replaces the whole caseload with `caseload` (a restore), after `before` (the
    /// backup of the caseload it replaces) with no write in between. The history of
    /// every case it removes or brings records the restore.
    /// `before` may also complete the caseload it is given (the journal's changes since
    /// the backup it comes from); what it leaves is validated, then written.
    pub fn restore_after<T>(
        &self,
        mut caseload: Caseload,
        source: &str,
        before: impl FnOnce(&Self, &mut Caseload) -> Result<T>,
    ) -> Result<(ImportSummary, T)> {
        let what = t!("busy-restore", count = caseload.pregnancies.len());
        // `before` runs once, on the first attempt (a backup, the journal's changes).
        let mut before = Some(before);
        let mut kept = None;
        let summary = self.writing(what, |w| {
            if let Some(before) = before.take() {
                kept = Some(before(w, &mut caseload)?);
            }
            let dir = Directory::new(caseload.providers.iter().cloned());
            let rules = RuleSet::with_settings(&caseload.settings);
            let problems = validate_caseload(&caseload, &dir, &rules);
            if !problems.is_empty() {
                return Err(StoreError::Invalid(problems));
            }
            let mut gone = BTreeSet::new();
            w.core.storage.scan_cases(&mut |p| {
                gone.insert(p.id);
                true
            })?;
            let previous = gone.len();
            for p in &caseload.pregnancies {
                gone.remove(&p.id);
            }
            let mut change = Change::new(w.stamp());
            change.replace_all = true;
            change.providers = caseload
                .providers
                .iter()
                .map(|p| (p.id.clone(), Some(p.clone())))
                .collect();
            if !caseload.settings.tariffs.is_empty() || !caseload.settings.regions.is_empty() {
                change.settings = Some(caseload.settings.clone());
            }
            change.cases = caseload
                .pregnancies
                .iter()
                .map(|p| case_change(p, None, &rules))
                .collect();
            let detail = format!(
                "{source}: {previous} pregnancies replaced by {} ({} providers)",
                caseload.pregnancies.len(),
                caseload.providers.len()
            );
            let touched = caseload
                .pregnancies
                .iter()
                .map(|p| p.id.as_str())
                .chain(gone.iter().map(String::as_str));
            change.audit.push(
                AuditDraft::new(AuditAction::Restore, None)
                    .detail(detail)
                    .cases(touched),
            );
            w.commit(change)?;
            Ok(ImportSummary {
                providers_added: caseload.providers.len(),
                pregnancies_added: caseload.pregnancies.len(),
                tariffs: caseload.settings.tariffs.len(),
                regions: caseload.settings.regions.len(),
                ..ImportSummary::default()
            })
        })?;
        let kept = kept.ok_or_else(|| StoreError::Write("the restore did not begin".into()))?;
        Ok((summary, kept))
    }
}

/// A case's revision, what an edit is based on: 0 while it does not exist (a form that
/// creates it is based on that), 1 for a case with no history (written before schema 2),
/// else its last audit sequence number plus 2. Every change of a case adds to its
/// history, so any change moves its revision.
pub fn revision(exists: bool, last_seq: Option<u64>) -> u64 {
    match (exists, last_seq) {
        (false, _) => 0,
        (true, None) => 1,
        (true, Some(s)) => s.saturating_add(2),
    }
}

/// The text of a stale edit's refusal: who changed the case since the form was opened,
/// when, and which parts, and what to do.
pub fn stale_text(id: &str, name: &str, later: &[AuditEntry]) -> String {
    let mut who = Vec::new();
    let mut parts = BTreeSet::new();
    for e in later {
        let by = match &e.by.from {
            Some(from) => format!("{} ({from})", e.by.user),
            None => e.by.user.clone(),
        };
        who.push(t!(
            "stale-who",
            user = by,
            at = e.at.format("%H:%M:%S").to_string(),
            action = crate::i18n::text(e.action.key(), &[])
        ));
        for c in changes(e.before.as_deref(), e.after.as_deref()) {
            let top = c
                .path
                .split(['.', '['])
                .next()
                .unwrap_or_default()
                .to_string();
            parts.insert(top);
        }
    }
    let parts: Vec<String> = parts.iter().map(|p| part_label(p)).collect();
    let who = if who.is_empty() {
        t!("stale-someone")
    } else {
        who.join(", ")
    };
    t!(
        "stale-edit",
        case = id,
        name = name,
        who = who,
        parts = if parts.is_empty() {
            t!("stale-whole")
        } else {
            parts.join(", ")
        }
    )
}

/// A pregnancy's top-level part, named for people.
fn part_label(field: &str) -> String {
    let key = match field {
        "mother" => "part-mother",
        "region" => "part-region",
        "lmp" | "due_date" | "birth_date" => "part-dates",
        "screening" => "part-screening",
        "cpp" => "part-cpp",
        "coordinators" => "part-coordinators",
        "team" => "part-team",
        "care_plan" => "part-care-plan",
        "follow_ups" => "part-follow-ups",
        "concertations" => "part-concertations",
        "billed" => "part-billed",
        _ => "part-other",
    };
    crate::i18n::text(key, &[])
}

/// The index months a pregnancy leaves and joins when `new` replaces `old`.
fn case_change(new: &Pregnancy, old: Option<&Pregnancy>, rules: &RuleSet) -> CaseChange {
    CaseChange {
        id: new.id.clone(),
        after: Some(new.clone()),
        months_before: old.map(|o| index_months(o, rules)).unwrap_or_default(),
        months_after: index_months(new, rules),
    }
}

/// R63: refused when `new` drops or changes a billed service of `old`.
fn r63_guard(old: &Pregnancy, new: &Pregnancy, at: &str) -> Result<()> {
    let dropped = dropped_billed(old, new);
    if dropped.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Invalid(vec![refuse_r63(at, &new.id, &dropped)]))
    }
}

/// An id already stored with other content, in an import without `--replace`.
fn conflict(path: &str, id: &str) -> Problem {
    Problem {
        path: path.to_string(),
        message: t!("store-conflict", id = format!("{id:?}")),
    }
}

/// R63: the billed entries of `old` that `new` drops or changes.
pub fn dropped_billed<'a>(old: &'a Pregnancy, new: &Pregnancy) -> Vec<&'a BilledService> {
    old.billed
        .iter()
        .filter(|b| !new.billed.contains(b))
        .collect()
}

fn refuse_r63(at: &str, case: &str, dropped: &[&BilledService]) -> Problem {
    let what: Vec<String> = dropped
        .iter()
        .map(|b| {
            t!(
                "store-billed-item",
                code = b.pseudocode.code(),
                date = date(b.service_date),
                on = date(b.billed_on)
            )
        })
        .collect();
    Problem {
        path: at.to_string(),
        message: format!(
            "R63: {}",
            t!("store-r63-drop", case = case, list = what.join("; "))
        ),
    }
}

/// An import planned against what is stored: what it changes, or every problem.
pub struct ImportPlan {
    pub summary: ImportSummary,
    pub settings: PracticeSettings,
    pub rules: RuleSet,
    /// The stored version of each incoming pregnancy, in the caseload's order.
    pub olds: Vec<Option<Pregnancy>>,
    pub stored_providers: HashMap<String, Provider>,
}

/// Plans an import: conflicts (ids stored with other content, unless `replace`), R63
/// against the stored cases, and the caseload's validation against the directory it
/// will make. Reads only.
pub fn plan_import<S: Storage + ?Sized>(
    storage: &S,
    caseload: &Caseload,
    replace: bool,
) -> Result<ImportPlan> {
    let mut summary = ImportSummary::default();
    let mut problems = Vec::new();
    let stored: HashMap<String, Provider> = storage
        .providers()?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    // Providers: conflicts, then the directory the cases are checked against.
    let mut dir = Directory::new(stored.values().cloned());
    for (i, p) in caseload.providers.iter().enumerate() {
        match stored.get(&p.id) {
            None => summary.providers_added += 1,
            Some(old) if old == p => summary.providers_unchanged += 1,
            Some(_) if replace => summary.providers_replaced += 1,
            Some(_) => problems.push(conflict(&format!("providers[{i}].id"), &p.id)),
        }
        dir.insert(p.clone());
    }
    let settings = storage.settings()?.merged(&caseload.settings);
    summary.tariffs = caseload.settings.tariffs.len();
    summary.regions = caseload.settings.regions.len();
    let rules = RuleSet::with_settings(&settings);
    // Pregnancies: conflicts and R63 against what is stored.
    let mut olds = Vec::with_capacity(caseload.pregnancies.len());
    for (i, p) in caseload.pregnancies.iter().enumerate() {
        let old = storage.case(&p.id)?.map(|r| r.pregnancy);
        match &old {
            None => summary.pregnancies_added += 1,
            Some(o) if o == p => summary.pregnancies_unchanged += 1,
            Some(o) if replace => {
                let dropped = dropped_billed(o, p);
                if !dropped.is_empty() {
                    problems.push(refuse_r63(
                        &format!("pregnancies[{i}].billed"),
                        &p.id,
                        &dropped,
                    ));
                }
                summary.pregnancies_replaced += 1;
            }
            Some(_) => problems.push(conflict(&format!("pregnancies[{i}].id"), &p.id)),
        }
        olds.push(old);
    }
    problems.extend(validate_caseload(caseload, &dir, &rules));
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    Ok(ImportPlan {
        summary,
        settings,
        rules,
        olds,
        stored_providers: stored,
    })
}

/// The change an import plan makes: the records, the settings, and its audit entries
/// (one summary entry in the history of every case it adds; each replaced record its
/// own, with before and after).
fn import_change(plan: &ImportPlan, caseload: &Caseload, source: &str, stamp: Stamp) -> Change {
    let mut change = Change::new(stamp);
    for p in &caseload.providers {
        let old = plan.stored_providers.get(&p.id);
        if old == Some(p) {
            continue;
        }
        change.providers.push((p.id.clone(), Some(p.clone())));
        if let Some(old) = old {
            change.audit.push(
                AuditDraft::new(AuditAction::PutProvider, Some(&p.id))
                    .records(Some(old), Some(p))
                    .detail(source.to_string()),
            );
        }
    }
    let mut added = Vec::new();
    for (p, old) in caseload.pregnancies.iter().zip(&plan.olds) {
        if old.as_ref() == Some(p) {
            continue;
        }
        change.cases.push(case_change(p, old.as_ref(), &plan.rules));
        match old {
            None => added.push(p.id.as_str()),
            Some(old) => change.audit.push(
                AuditDraft::new(AuditAction::PutPregnancy, Some(&p.id))
                    .records(Some(old), Some(p))
                    .detail(source.to_string())
                    .cases([p.id.as_str()]),
            ),
        }
    }
    if !caseload.settings.tariffs.is_empty() || !caseload.settings.regions.is_empty() {
        change.settings = Some(plan.settings.clone());
    }
    let from = if source.is_empty() {
        String::new()
    } else {
        format!("{source}: ")
    };
    let s = &plan.summary;
    let detail = format!(
        "{from}{} pregnancies added, {} replaced; {} providers added, {} replaced",
        s.pregnancies_added, s.pregnancies_replaced, s.providers_added, s.providers_replaced
    );
    change.audit.push(
        AuditDraft::new(AuditAction::Import, None)
            .detail(detail)
            .cases(added),
    );
    change
}

/// The service line `mark_billed` marks among a case's evaluated lines: the billable
/// (or expired) one that matches, else the first that matches, with its refusal when
/// it cannot be marked (R63 already billed, blocked with its reasons, R50 no tariff).
pub fn billed_entry(
    p: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
    line: &LineRef,
    billed_on: chrono::NaiveDate,
) -> Result<BilledService> {
    let e = evaluate(p, dir, rules, billed_on);
    let candidates: Vec<_> = e
        .lines
        .iter()
        .filter(|l| {
            l.pseudocode == line.pseudocode
                && l.service_date == line.service_date
                && l.provider.as_deref() == Some(line.provider.as_str())
        })
        .collect();
    let target = candidates
        .iter()
        .find(|l| matches!(l.status, Status::Billable | Status::Expired))
        .or_else(|| candidates.first())
        .ok_or_else(|| {
            StoreError::NotFound(t!(
                "store-no-service",
                code = line.pseudocode.code(),
                date = date(line.service_date),
                provider = format!("{:?}", line.provider),
                case = p.id.as_str()
            ))
        })?;
    match target.status {
        Status::Billed => {
            return Err(StoreError::Refused(format!(
                "R63: {}",
                t!(
                    "store-already-billed",
                    on = target.billed_on.map(date).unwrap_or_default()
                )
            )))
        }
        Status::Blocked => {
            let why: Vec<String> = target.reasons.iter().map(|r| r.to_string()).collect();
            return Err(StoreError::Refused(t!(
                "store-not-billable",
                reasons = why.join("; ")
            )));
        }
        Status::Billable | Status::Expired => {}
    }
    let amount = target
        .amount
        .ok_or_else(|| StoreError::Refused(format!("R50: {}", t!("store-no-tariff"))))?;
    Ok(BilledService {
        pseudocode: line.pseudocode,
        service_date: line.service_date,
        provider: line.provider.clone(),
        billed_on,
        amount,
    })
}

fn no_pregnancy(id: &str) -> StoreError {
    StoreError::NotFound(t!("store-no-pregnancy", id = format!("{id:?}")))
}

fn no_provider(id: &str) -> StoreError {
    StoreError::NotFound(t!("store-no-provider", id = format!("{id:?}")))
}

impl<S: Storage> CaseloadApi for Commands<S> {
    fn providers(&self) -> Result<Vec<Provider>> {
        self.core.storage.providers()
    }

    fn settings(&self) -> Result<PracticeSettings> {
        self.core.storage.settings()
    }

    fn pregnancy(&self, id: &str) -> Result<Option<Pregnancy>> {
        Ok(self.core.storage.case(id)?.map(|r| r.pregnancy))
    }

    fn pregnancy_versioned(&self, id: &str) -> Result<Option<Versioned>> {
        // The history first: a change committed between the two reads makes the
        // revision older than the record, so a save on it is refused, never lost.
        let last = self.core.storage.last_seq(id)?;
        Ok(self.core.storage.case(id)?.map(|r| Versioned {
            pregnancy: r.pregnancy,
            revision: revision(true, last),
        }))
    }

    fn last_change(&self, id: &str) -> Result<Option<Stamp>> {
        Ok(self.core.storage.case(id)?.and_then(|r| r.changed))
    }

    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>> {
        self.core.storage.case_history(id)
    }

    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()> {
        self.core.storage.scan_audit(visit)
    }

    fn count_pregnancies(&self) -> Result<usize> {
        self.core.storage.count_cases()
    }

    fn scan_pregnancies(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()> {
        self.core.storage.scan_cases(visit)
    }

    fn pregnancies_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>> {
        self.core.storage.cases_in_month(month)
    }

    fn location(&self) -> String {
        self.core.storage.location()
    }

    fn flush(&self) -> Result<()> {
        self.core.storage.flush()
    }

    fn watch(&self) -> Option<Receiver<Live>> {
        // A storage shared with other processes tells of everyone's commits.
        if let Some(rx) = self.core.storage.watch() {
            return Some(rx);
        }
        let (tx, rx) = sync_channel(WATCH_BACKLOG);
        self.core.watchers.lock().ok()?.push(tx);
        Some(rx)
    }

    fn import_from(
        &self,
        caseload: Caseload,
        replace: bool,
        source: &str,
    ) -> Result<ImportSummary> {
        let what = t!("busy-import", count = caseload.pregnancies.len());
        self.writing(what, |w| {
            let plan = plan_import(&w.core.storage, &caseload, replace)?;
            let change = import_change(&plan, &caseload, source, w.stamp());
            w.commit(change)?;
            Ok(plan.summary)
        })
    }

    fn replace_all(&self, caseload: Caseload, source: &str) -> Result<ImportSummary> {
        self.restore_after(caseload, source, |_, _| Ok(()))
            .map(|(summary, ())| summary)
    }

    fn put_provider(&self, provider: Provider) -> Result<()> {
        if provider.id.trim().is_empty() {
            return Err(StoreError::Refused(t!("store-provider-needs-id")));
        }
        self.writing(t!("busy-change"), |w| {
            let old = w.core.storage.provider(&provider.id)?;
            if old.as_ref() == Some(&provider) {
                return Ok(());
            }
            w.inami_free(&provider)?;
            let mut change = Change::new(w.stamp());
            change
                .providers
                .push((provider.id.clone(), Some(provider.clone())));
            change.audit.push(
                AuditDraft::new(AuditAction::PutProvider, Some(&provider.id))
                    .records(old.as_ref(), Some(&provider)),
            );
            w.commit(change).map(|_| ())
        })
    }

    fn add_provider(&self, provider: Provider) -> Result<()> {
        if provider.id.trim().is_empty() {
            return Err(StoreError::Refused(t!("store-provider-needs-id")));
        }
        self.writing(t!("busy-change"), |w| {
            if w.core.storage.provider(&provider.id)?.is_some() {
                return Err(StoreError::Invalid(vec![Problem {
                    path: "id".into(),
                    message: t!("form-id-taken", id = provider.id.as_str()),
                }]));
            }
            w.inami_free(&provider)?;
            let mut change = Change::new(w.stamp());
            change
                .providers
                .push((provider.id.clone(), Some(provider.clone())));
            change.audit.push(
                AuditDraft::new(AuditAction::PutProvider, Some(&provider.id))
                    .records(None, Some(&provider)),
            );
            w.commit(change).map(|_| ())
        })
    }

    fn save_pregnancy(&self, pregnancy: Pregnancy, based_on: Option<u64>) -> Result<u64> {
        self.writing(t!("busy-change"), |w| {
            w.put_checked(
                pregnancy.clone(),
                based_on,
                AuditAction::PutPregnancy,
                String::new(),
            )
        })
    }

    fn delete_pregnancy_based(&self, id: &str, based_on: Option<u64>) -> Result<()> {
        self.writing(t!("busy-change"), |w| {
            let storage = &w.core.storage;
            let old = storage
                .case(id)?
                .map(|r| r.pregnancy)
                .ok_or_else(|| no_pregnancy(id))?;
            w.check_base(id, &old.mother.name, based_on)?;
            // R63: billed is final, and so is the case that holds it.
            if !old.billed.is_empty() {
                return Err(StoreError::Refused(t!(
                    "store-delete-billed",
                    count = old.billed.len()
                )));
            }
            let rules = w.rules_now()?;
            let mut change = Change::new(w.stamp());
            change.cases.push(CaseChange {
                id: id.to_string(),
                after: None,
                months_before: index_months(&old, &rules),
                months_after: Vec::new(),
            });
            change.audit.push(
                AuditDraft::new(AuditAction::DeletePregnancy, Some(id))
                    .records(Some(&old), None)
                    .cases([id]),
            );
            w.commit(change).map(|_| ())
        })
    }

    fn delete_provider(&self, id: &str) -> Result<()> {
        self.writing(t!("busy-change"), |w| {
            let storage = &w.core.storage;
            let mut used_by = None;
            storage.scan_cases(&mut |p| {
                if p.provider_refs().iter().any(|(_, r)| *r == id) {
                    used_by = Some(p.id.clone());
                    return false;
                }
                true
            })?;
            if let Some(case) = used_by {
                return Err(StoreError::Refused(t!(
                    "store-provider-in-use",
                    provider = id,
                    case = case
                )));
            }
            let old = storage.provider(id)?.ok_or_else(|| no_provider(id))?;
            let mut change = Change::new(w.stamp());
            change.providers.push((id.to_string(), None));
            change.audit.push(
                AuditDraft::new(AuditAction::DeleteProvider, Some(id)).records(Some(&old), None),
            );
            w.commit(change).map(|_| ())
        })
    }

    fn merge_provider(&self, duplicate: &str, original: &str) -> Result<usize> {
        let what = t!(
            "busy-merge-provider",
            duplicate = duplicate,
            original = original
        );
        self.writing(what, |w| w.merge_as_writer(duplicate, original))
    }

    fn mark_billed(
        &self,
        case: &str,
        line: &LineRef,
        billed_on: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> Result<BilledService> {
        check_billing_date(line.service_date, billed_on, today)
            .map_err(|e| StoreError::Refused(e.to_string()))?;
        self.writing(t!("busy-change"), |w| {
            let mut p = w.pregnancy(case)?.ok_or_else(|| no_pregnancy(case))?;
            let (dir, rules) = (w.directory_now()?, w.rules_now()?);
            let billed = billed_entry(&p, &dir, &rules, line, billed_on)?;
            p.billed.push(billed.clone());
            let detail = format!(
                "{} of {} by {} billed on {}: {}",
                billed.pseudocode.code(),
                billed.service_date,
                billed.provider,
                billed.billed_on,
                billed.amount
            );
            w.put_checked(p, None, AuditAction::MarkBilled, detail)?;
            Ok(billed)
        })
    }

    fn correct_billed(
        &self,
        case: &str,
        line: &LineRef,
        correction: Correction,
        reason: &str,
        today: chrono::NaiveDate,
    ) -> Result<Option<BilledService>> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::Refused(format!(
                "R63: {}",
                t!("store-correction-needs-reason")
            )));
        }
        if let Some(c) = crate::safe_text::first_unsafe(reason, &[]) {
            return Err(StoreError::Refused(t!(
                "store-correction-bad-reason",
                char = format!("U+{:04X}", u32::from(c))
            )));
        }
        if let Correction::Redate(on) = correction {
            check_billing_date(line.service_date, on, today)
                .map_err(|e| StoreError::Refused(e.to_string()))?;
        }
        self.writing(t!("busy-change"), |w| {
            let mut p = w.pregnancy(case)?.ok_or_else(|| no_pregnancy(case))?;
            let at = p
                .billed
                .iter()
                .position(|b| {
                    b.pseudocode == line.pseudocode
                        && b.service_date == line.service_date
                        && b.provider == line.provider
                })
                .ok_or_else(|| {
                    StoreError::NotFound(t!(
                        "store-not-billed",
                        code = line.pseudocode.code(),
                        date = date(line.service_date),
                        case = case
                    ))
                })?;
            let was = p.billed[at].clone();
            let (action, now, what) = match correction {
                Correction::Redate(on) if on == was.billed_on => {
                    return Err(StoreError::Refused(format!(
                        "R63: {}",
                        t!("store-correction-same-date", on = date(on))
                    )));
                }
                Correction::Redate(on) => {
                    p.billed[at].billed_on = on;
                    (
                        AuditAction::CorrectBilled,
                        Some(p.billed[at].clone()),
                        format!("billing date {} corrected to {on}", was.billed_on),
                    )
                }
                Correction::Withdraw => {
                    p.billed.remove(at);
                    (
                        AuditAction::WithdrawBilled,
                        None,
                        format!("billing of {} withdrawn", was.billed_on),
                    )
                }
            };
            let detail = format!(
                "{} of {} by {}: {what}; reason: {reason}",
                was.pseudocode.code(),
                was.service_date,
                was.provider,
            );
            w.put_correction(p, action, detail)?;
            Ok(now)
        })
    }
}
