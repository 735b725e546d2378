//! The caseload API over an embedded sled database: one tree, records behind a schema
//! version, a month index for the billing report, every command one atomic batch
//! (with its audit entry) flushed before it returns, and the migration of older stores.

use crate::domain::model::{
    BilledService, Caseload, Directory, PracticeSettings, Pregnancy, Provider,
};
use crate::domain::services::{evaluate, Status};
use crate::domain::validate::{index_months, validate_caseload, validate_pregnancy, Problem};
use crate::domain::{RuleSet, YearMonth};
use crate::i18n::format::date;
use crate::parallel::parallel_slices;
use crate::store::api::{CaseloadApi, ImportSummary, LineRef};
use crate::store::codec::{decode, encode, version_of, Record, SCHEMA_VERSION};
use crate::store::error::{Result, StoreError};
use crate::store::keys;
use crate::store::records::{Actor, AuditAction, AuditEntry, CaseRecord, Stamp};
use crate::t;
use chrono::Timelike;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// An open store. Holds sled's lock on the directory until dropped.
pub struct SledStore {
    pub(super) db: sled::Db,
    dir: PathBuf,
    actor: Actor,
    clock: fn() -> chrono::NaiveDateTime,
}

fn local_now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// What an audit entry of a command says, before the store numbers and stamps it.
struct Audit<'a> {
    action: AuditAction,
    subject: Option<&'a str>,
    before: Option<String>,
    after: Option<String>,
    detail: String,
}

impl<'a> Audit<'a> {
    fn new(action: AuditAction, subject: Option<&'a str>) -> Audit<'a> {
        Audit {
            action,
            subject,
            before: None,
            after: None,
            detail: String::new(),
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
}

/// A record as the audit trail keeps it: compact JSON of the domain type.
fn json<T: serde::Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

fn sled_err(e: sled::Error) -> StoreError {
    match e {
        sled::Error::Corruption { at, .. } => StoreError::Corrupt {
            key: "(storage file)".into(),
            detail: format!("sled reports corruption at {at:?}"),
        },
        sled::Error::Io(io) if crate::store::error::is_full(&io) => {
            StoreError::Full(io.to_string())
        }
        other => StoreError::Write(other.to_string()),
    }
}

/// The free space the store's disk must have for perinat to open it. sled writes as it
/// opens (recovery, a new segment); on a full disk that write can damage the store,
/// while a refusal here touches nothing.
pub const MIN_FREE_BYTES: u64 = 16 * 1024 * 1024;

/// Refuses, touching nothing, when the disk of `dir` has less than `min` bytes free.
pub fn check_free_space(dir: &Path, min: u64) -> Result<()> {
    match free_space(dir) {
        Some(free) if free < min => Err(StoreError::Full(format!(
            "only {} MB free on the disk of {} (perinat needs {} MB to open the caseload safely; the store was not touched)",
            free / (1024 * 1024),
            dir.display(),
            min / (1024 * 1024)
        ))),
        _ => Ok(()),
    }
}

/// The bytes available to this user on the file system of `dir`, when it can be known.
#[cfg(unix)]
// The statvfs fields are u64 on Linux x86_64 but narrower elsewhere.
#[allow(clippy::useless_conversion)]
fn free_space(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: statvfs writes into the zeroed struct we own; the path is NUL-terminated.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(path.as_ptr(), &mut st) };
    (rc == 0).then(|| u64::from(st.f_bavail).saturating_mul(u64::from(st.f_frsize)))
}

#[cfg(not(unix))]
fn free_space(_dir: &Path) -> Option<u64> {
    None
}

/// Opens sled's database in `dir`, naming each failure for what it is.
fn open_db(dir: &Path) -> Result<sled::Db> {
    sled::Config::new()
        .path(dir.join("db"))
        .mode(sled::Mode::HighThroughput)
        .open()
        .map_err(|e| match e {
            sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
                StoreError::Locked {
                    dir: dir.to_path_buf(),
                }
            }
            sled::Error::Io(io) if crate::store::error::is_full(&io) => {
                StoreError::Full(io.to_string())
            }
            sled::Error::Io(io) => StoreError::Open {
                dir: dir.to_path_buf(),
                detail: io.to_string(),
            },
            sled::Error::Corruption { at, .. } => StoreError::Damaged {
                dir: dir.to_path_buf(),
                detail: format!("sled reports corruption at {at:?}"),
            },
            other => sled_err(other),
        })
}

impl SledStore {
    /// Opens (or creates, owner-only) the store in `dir`, migrating an older one. Fails
    /// at once, with a clear message, when another perinat holds it.
    pub fn open(dir: &Path) -> Result<SledStore> {
        Self::open_with(dir, &mut |_, _| Ok(()))
    }

    /// Opens the store; when it was written by an older schema version, calls
    /// `before_migration` with the store (readable as it is) and that version, then
    /// rewrites every record to the current version. The migration does not happen if
    /// `before_migration` fails (it takes the backup).
    pub fn open_with(
        dir: &Path,
        before_migration: &mut dyn FnMut(&SledStore, u32) -> Result<()>,
    ) -> Result<SledStore> {
        crate::fsutil::create_private_dir(dir).map_err(|e| StoreError::Open {
            dir: dir.to_path_buf(),
            detail: e.to_string(),
        })?;
        check_free_space(dir, MIN_FREE_BYTES)?;
        // The lock of a store just closed (by this process or one that just ended) can
        // outlive it by a few milliseconds: try a few times before saying it is taken.
        let mut attempt = 0u64;
        let db = loop {
            match open_db(dir) {
                Err(StoreError::Locked { .. }) if attempt < 8 => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(15 * attempt));
                }
                other => break other?,
            }
        };
        let store = SledStore {
            db,
            dir: dir.to_path_buf(),
            actor: Actor::from_env(),
            clock: local_now,
        };
        if let Some(found) = store.check_schema()? {
            before_migration(&store, found)?;
            store.migrate(found)?;
        }
        Ok(store)
    }

    /// The store's secret key for pseudonyms (made on first use, never exported), so
    /// that a pseudonymised export gives the same pseudonym to the same person.
    pub fn pseudonym_key(&self) -> Result<Vec<u8>> {
        if let Some(k) = self.db.get(keys::PSEUDONYM_KEY).map_err(sled_err)? {
            return Ok(k.to_vec());
        }
        let key: [u8; 32] = rand::random();
        self.db
            .insert(keys::PSEUDONYM_KEY, &key[..])
            .map_err(sled_err)?;
        self.flush()?;
        Ok(key.to_vec())
    }

    /// Who this store's changes are recorded as made by (the process's user by default).
    pub fn set_actor(&mut self, actor: Actor) {
        self.actor = actor;
    }

    /// The clock of the audit trail's times (the local time by default).
    pub fn set_clock(&mut self, clock: fn() -> chrono::NaiveDateTime) {
        self.clock = clock;
    }

    /// The directory the store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Checks the store's schema version: `Some(version)` when it is older than this
    /// build's and must be migrated.
    fn check_schema(&self) -> Result<Option<u32>> {
        match self.db.get(keys::SCHEMA).map_err(sled_err)? {
            Some(v) => {
                let found = <[u8; 4]>::try_from(v.as_ref())
                    .map(u32::from_be_bytes)
                    .map_err(|_| StoreError::Corrupt {
                        key: "meta/schema".into(),
                        detail: "not a version number".into(),
                    })?;
                if found > u32::from(SCHEMA_VERSION) {
                    return Err(StoreError::NewerSchema {
                        dir: self.dir.clone(),
                        found,
                        supported: u32::from(SCHEMA_VERSION),
                    });
                }
                Ok((found < u32::from(SCHEMA_VERSION)).then_some(found))
            }
            None => {
                self.db
                    .insert(keys::SCHEMA, &u32::from(SCHEMA_VERSION).to_be_bytes())
                    .map_err(sled_err)?;
                self.flush()?;
                Ok(None)
            }
        }
    }

    /// Rewrites every record of an older schema version in the current one, in one
    /// batch with its audit entry, and sets the store's version.
    fn migrate(&self, from: u32) -> Result<()> {
        let mut batch = sled::Batch::default();
        let mut rewritten = 0usize;
        let mut rewrite = |prefix: &[u8], batch: &mut sled::Batch| -> Result<()> {
            for item in self.db.scan_prefix(prefix) {
                let (k, v) = item.map_err(sled_err)?;
                if version_of(&v) == Some(SCHEMA_VERSION) {
                    continue;
                }
                let bytes = if k.starts_with(keys::CASE_PREFIX.as_bytes()) {
                    encode(&decode::<CaseRecord>(&k, &v)?)?
                } else if k.starts_with(keys::PROVIDER_PREFIX.as_bytes()) {
                    encode(&decode::<Provider>(&k, &v)?)?
                } else if k.starts_with(keys::MONTH_PREFIX.as_bytes()) {
                    encode(&decode::<Vec<String>>(&k, &v)?)?
                } else if k.as_ref() == keys::SETTINGS {
                    encode(&decode::<PracticeSettings>(&k, &v)?)?
                } else {
                    continue;
                };
                batch.insert(k, bytes);
                rewritten += 1;
            }
            Ok(())
        };
        for prefix in keys::CASELOAD_PREFIXES {
            rewrite(prefix.as_bytes(), &mut batch)?;
        }
        let to = u32::from(SCHEMA_VERSION);
        let detail = format!("schema {from} -> {to}: {rewritten} records rewritten");
        self.stage_audit(
            &mut batch,
            &self.stamp(),
            Audit::new(AuditAction::Migrate, None).detail(detail),
            &[],
        )?;
        batch.insert(keys::SCHEMA, &to.to_be_bytes());
        self.apply(batch)
    }

    /// Now, by this store's actor, to the second.
    fn stamp(&self) -> Stamp {
        let now = (self.clock)();
        Stamp {
            at: now.with_nanosecond(0).unwrap_or(now),
            by: self.actor.clone(),
        }
    }

    /// Adds an audit entry to `batch`, with a history index entry for each case in
    /// `cases` (and for its subject when that is a case).
    fn stage_audit(
        &self,
        batch: &mut sled::Batch,
        stamp: &Stamp,
        audit: Audit,
        cases: &[&str],
    ) -> Result<u64> {
        let seq = self.db.generate_id().map_err(sled_err)?;
        for case in cases {
            batch.insert(keys::history(case, seq), &[] as &[u8]);
        }
        let entry = AuditEntry {
            seq,
            at: stamp.at,
            by: stamp.by.clone(),
            action: audit.action,
            subject: audit.subject.map(str::to_string),
            before: audit.before,
            after: audit.after,
            detail: audit.detail,
        };
        batch.insert(keys::audit(seq), encode(&entry)?);
        Ok(seq)
    }

    /// Writes everything to disk (every command already does so before it returns).
    pub fn flush(&self) -> Result<()> {
        self.db.flush().map_err(sled_err)?;
        Ok(())
    }

    fn get<T: Record>(&self, key: &[u8]) -> Result<Option<T>> {
        match self.db.get(key).map_err(sled_err)? {
            Some(bytes) => decode(key, &bytes).map(Some),
            None => Ok(None),
        }
    }

    fn scan<T: Record>(&self, prefix: &str, visit: &mut dyn FnMut(T) -> bool) -> Result<()> {
        for item in self.db.scan_prefix(prefix.as_bytes()) {
            let (k, v) = item.map_err(sled_err)?;
            if !visit(decode(&k, &v)?) {
                break;
            }
        }
        Ok(())
    }

    /// Adds the writes of pregnancies to `batch`: their records stamped with `stamp`,
    /// and the month index buckets they change (read, edited, written back, or started
    /// empty when `fresh`), dropping the index entries of the versions they replace.
    fn stage_pregnancies(
        &self,
        batch: &mut sled::Batch,
        changes: &[(&Pregnancy, Option<&Pregnancy>)],
        rules: &RuleSet,
        stamp: &Stamp,
        fresh: bool,
    ) -> Result<()> {
        let mut buckets: BTreeMap<Vec<u8>, BTreeSet<String>> = BTreeMap::new();
        let mut edit = |key: Vec<u8>, id: &str, add: bool| -> Result<()> {
            let ids = match buckets.entry(key) {
                std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::btree_map::Entry::Vacant(e) => {
                    let stored: Vec<String> = if fresh {
                        Vec::new()
                    } else {
                        self.get(e.key())?.unwrap_or_default()
                    };
                    e.insert(stored.into_iter().collect())
                }
            };
            if add {
                ids.insert(id.to_string());
            } else {
                ids.remove(id);
            }
            Ok(())
        };
        for (new, old) in changes {
            let months = index_months(new, rules);
            if let Some(old) = old {
                for m in index_months(old, rules) {
                    if !months.contains(&m) {
                        edit(keys::month_bucket(m, &old.id), &old.id, false)?;
                    }
                }
            }
            for m in months {
                edit(keys::month_bucket(m, &new.id), &new.id, true)?;
            }
            let record = CaseRecord::new((*new).clone(), Some(stamp.clone()));
            batch.insert(keys::case(&new.id), encode(&record)?);
        }
        for (key, ids) in buckets {
            if ids.is_empty() {
                batch.remove(key);
            } else {
                batch.insert(key, encode(&ids.into_iter().collect::<Vec<String>>())?);
            }
        }
        Ok(())
    }

    /// Stores a pregnancy after the R63 and validation checks, against the providers
    /// and tables given, recording it in the audit trail as `action`.
    fn put_checked(
        &self,
        pregnancy: Pregnancy,
        dir: &Directory,
        rules: &RuleSet,
        action: AuditAction,
        detail: String,
    ) -> Result<()> {
        let old = self.pregnancy(&pregnancy.id)?;
        if let Some(o) = &old {
            let dropped = dropped_billed(o, &pregnancy);
            if !dropped.is_empty() {
                return Err(StoreError::Invalid(vec![refuse_r63(
                    "billed",
                    &pregnancy.id,
                    &dropped,
                )]));
            }
        }
        let problems = validate_pregnancy(&pregnancy, dir, rules, "");
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        if old.as_ref() == Some(&pregnancy) {
            return Ok(());
        }
        let stamp = self.stamp();
        let mut batch = sled::Batch::default();
        self.stage_pregnancies(
            &mut batch,
            &[(&pregnancy, old.as_ref())],
            rules,
            &stamp,
            false,
        )?;
        let audit = Audit::new(action, Some(&pregnancy.id))
            .records(old.as_ref(), Some(&pregnancy))
            .detail(detail);
        self.stage_audit(&mut batch, &stamp, audit, &[&pregnancy.id])?;
        self.apply(batch)
    }

    /// Scans the whole audit trail (oldest first) until `visit` returns false.
    fn scan_audit_entries(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()> {
        self.scan(keys::AUDIT_PREFIX, visit)
    }

    fn apply(&self, batch: sled::Batch) -> Result<()> {
        self.db.apply_batch(batch).map_err(sled_err)?;
        self.flush()
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
fn dropped_billed<'a>(old: &'a Pregnancy, new: &Pregnancy) -> Vec<&'a BilledService> {
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

impl CaseloadApi for SledStore {
    fn providers(&self) -> Result<Vec<Provider>> {
        let mut out = Vec::new();
        self.scan(keys::PROVIDER_PREFIX, &mut |p: Provider| {
            out.push(p);
            true
        })?;
        Ok(out)
    }

    fn settings(&self) -> Result<PracticeSettings> {
        Ok(self.get(keys::SETTINGS)?.unwrap_or_default())
    }

    fn pregnancy(&self, id: &str) -> Result<Option<Pregnancy>> {
        Ok(self
            .get::<CaseRecord>(&keys::case(id))?
            .map(|r| r.pregnancy))
    }

    fn last_change(&self, id: &str) -> Result<Option<Stamp>> {
        Ok(self
            .get::<CaseRecord>(&keys::case(id))?
            .and_then(|r| r.changed))
    }

    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>> {
        let mut out = Vec::new();
        for k in self.db.scan_prefix(keys::history_prefix(id)).keys() {
            let k = k.map_err(sled_err)?;
            if let Some(seq) = keys::seq_of(&k) {
                if let Some(e) = self.get::<AuditEntry>(&keys::audit(seq))? {
                    out.push(e);
                }
            }
        }
        Ok(out)
    }

    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()> {
        self.scan_audit_entries(visit)
    }

    fn count_pregnancies(&self) -> Result<usize> {
        let mut n = 0;
        for k in self.db.scan_prefix(keys::CASE_PREFIX.as_bytes()).keys() {
            k.map_err(sled_err)?;
            n += 1;
        }
        Ok(n)
    }

    fn scan_pregnancies(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()> {
        self.scan(keys::CASE_PREFIX, &mut |r: CaseRecord| visit(r.pregnancy))
    }

    fn pregnancies_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>> {
        let mut ids = BTreeSet::new();
        for item in self.db.scan_prefix(keys::month_prefix(month)) {
            let (k, v) = item.map_err(sled_err)?;
            let bucket: Vec<String> = decode(&k, &v)?;
            ids.extend(bucket);
        }
        // In key order, so that neighbouring records come from the same sled nodes, and
        // in contiguous slices on every core: loading sled's nodes is most of the cost.
        let ids: Vec<String> = ids.into_iter().collect();
        let parts = parallel_slices(&ids, |slice| {
            let mut out = Vec::with_capacity(slice.len());
            for id in slice {
                if let Some(p) = self.pregnancy(id)? {
                    out.push(p);
                }
            }
            Ok(out)
        });
        let mut out = Vec::with_capacity(ids.len());
        for part in parts {
            out.extend(part?);
        }
        Ok(out)
    }

    fn import_from(
        &self,
        caseload: Caseload,
        replace: bool,
        source: &str,
    ) -> Result<ImportSummary> {
        let mut summary = ImportSummary::default();
        let mut problems = Vec::new();
        let stored: HashMap<String, Provider> = self
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
        let settings = self.settings()?.merged(&caseload.settings);
        summary.tariffs = caseload.settings.tariffs.len();
        summary.regions = caseload.settings.regions.len();
        let rules = RuleSet::with_settings(&settings);

        // Pregnancies: conflicts and R63 against what is stored.
        let mut olds = Vec::with_capacity(caseload.pregnancies.len());
        for (i, p) in caseload.pregnancies.iter().enumerate() {
            let old = self.pregnancy(&p.id)?;
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
        problems.extend(validate_caseload(&caseload, &dir, &rules));
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }

        let stamp = self.stamp();
        let mut batch = sled::Batch::default();
        for p in &caseload.providers {
            let old = stored.get(&p.id);
            if old == Some(p) {
                continue;
            }
            batch.insert(keys::provider(&p.id), encode(p)?);
            if let Some(old) = old {
                let audit = Audit::new(AuditAction::PutProvider, Some(&p.id))
                    .records(Some(old), Some(p))
                    .detail(source.to_string());
                self.stage_audit(&mut batch, &stamp, audit, &[])?;
            }
        }
        let changes: Vec<(&Pregnancy, Option<&Pregnancy>)> = caseload
            .pregnancies
            .iter()
            .zip(&olds)
            .filter(|(p, old)| old.as_ref() != Some(*p))
            .map(|(p, old)| (p, old.as_ref()))
            .collect();
        self.stage_pregnancies(&mut batch, &changes, &rules, &stamp, false)?;
        if !caseload.settings.tariffs.is_empty() || !caseload.settings.regions.is_empty() {
            batch.insert(keys::SETTINGS, encode(&settings)?);
        }
        // One entry for the import, in the history of every case it added; a replaced
        // case gets its own entry with before and after.
        let mut added = Vec::new();
        for (p, old) in &changes {
            match old {
                None => added.push(p.id.as_str()),
                Some(old) => {
                    let audit = Audit::new(AuditAction::PutPregnancy, Some(&p.id))
                        .records(Some(*old), Some(*p))
                        .detail(source.to_string());
                    self.stage_audit(&mut batch, &stamp, audit, &[&p.id])?;
                }
            }
        }
        let from = if source.is_empty() {
            String::new()
        } else {
            format!("{source}: ")
        };
        let detail = format!(
            "{from}{} pregnancies added, {} replaced; {} providers added, {} replaced",
            summary.pregnancies_added,
            summary.pregnancies_replaced,
            summary.providers_added,
            summary.providers_replaced
        );
        self.stage_audit(
            &mut batch,
            &stamp,
            Audit::new(AuditAction::Import, None).detail(detail),
            &added,
        )?;
        self.apply(batch)?;
        Ok(summary)
    }

    fn replace_all(&self, caseload: Caseload, source: &str) -> Result<ImportSummary> {
        let dir = Directory::new(caseload.providers.iter().cloned());
        let rules = RuleSet::with_settings(&caseload.settings);
        let problems = validate_caseload(&caseload, &dir, &rules);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let before = self.count_pregnancies()?;
        let stamp = self.stamp();
        let mut batch = sled::Batch::default();
        for prefix in keys::CASELOAD_PREFIXES {
            for k in self.db.scan_prefix(prefix.as_bytes()).keys() {
                batch.remove(k.map_err(sled_err)?);
            }
        }
        for p in &caseload.providers {
            batch.insert(keys::provider(&p.id), encode(p)?);
        }
        if !caseload.settings.tariffs.is_empty() || !caseload.settings.regions.is_empty() {
            batch.insert(keys::SETTINGS, encode(&caseload.settings)?);
        }
        let changes: Vec<(&Pregnancy, Option<&Pregnancy>)> =
            caseload.pregnancies.iter().map(|p| (p, None)).collect();
        self.stage_pregnancies(&mut batch, &changes, &rules, &stamp, true)?;
        let cases: Vec<&str> = caseload.pregnancies.iter().map(|p| p.id.as_str()).collect();
        let detail = format!(
            "{source}: {before} pregnancies replaced by {} ({} providers)",
            caseload.pregnancies.len(),
            caseload.providers.len()
        );
        self.stage_audit(
            &mut batch,
            &stamp,
            Audit::new(AuditAction::Restore, None).detail(detail),
            &cases,
        )?;
        self.apply(batch)?;
        Ok(ImportSummary {
            providers_added: caseload.providers.len(),
            pregnancies_added: caseload.pregnancies.len(),
            tariffs: caseload.settings.tariffs.len(),
            regions: caseload.settings.regions.len(),
            ..ImportSummary::default()
        })
    }

    fn put_provider(&self, provider: Provider) -> Result<()> {
        if provider.id.trim().is_empty() {
            return Err(StoreError::Refused(t!("store-provider-needs-id")));
        }
        let old: Option<Provider> = self.get(&keys::provider(&provider.id))?;
        if old.as_ref() == Some(&provider) {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        batch.insert(keys::provider(&provider.id), encode(&provider)?);
        let audit = Audit::new(AuditAction::PutProvider, Some(&provider.id))
            .records(old.as_ref(), Some(&provider));
        self.stage_audit(&mut batch, &self.stamp(), audit, &[])?;
        self.apply(batch)
    }

    fn delete_pregnancy(&self, id: &str) -> Result<()> {
        let old = self.pregnancy(id)?.ok_or_else(|| {
            StoreError::NotFound(t!("store-no-pregnancy", id = format!("{id:?}")))
        })?;
        if !old.billed.is_empty() {
            return Err(StoreError::Refused(crate::t!(
                "store-delete-billed",
                count = old.billed.len()
            )));
        }
        let rules = self.rules()?;
        let mut batch = sled::Batch::default();
        for m in index_months(&old, &rules) {
            let key = keys::month_bucket(m, id);
            let mut ids: Vec<String> = self.get(&key)?.unwrap_or_default();
            ids.retain(|x| x != id);
            if ids.is_empty() {
                batch.remove(key);
            } else {
                batch.insert(key, encode(&ids)?);
            }
        }
        batch.remove(keys::case(id));
        let audit = Audit::new(AuditAction::DeletePregnancy, Some(id)).records(Some(&old), None);
        self.stage_audit(&mut batch, &self.stamp(), audit, &[id])?;
        self.apply(batch)
    }

    fn delete_provider(&self, id: &str) -> Result<()> {
        let mut used_by = None;
        self.scan_pregnancies(&mut |p| {
            if p.provider_refs().iter().any(|(_, r)| *r == id) {
                used_by = Some(p.id.clone());
                return false;
            }
            true
        })?;
        if let Some(case) = used_by {
            return Err(StoreError::Refused(crate::t!(
                "store-provider-in-use",
                provider = id,
                case = case
            )));
        }
        let old: Provider = self
            .get(&keys::provider(id))?
            .ok_or_else(|| StoreError::NotFound(t!("store-no-provider", id = format!("{id:?}"))))?;
        let mut batch = sled::Batch::default();
        batch.remove(keys::provider(id));
        let audit = Audit::new(AuditAction::DeleteProvider, Some(id)).records(Some(&old), None);
        self.stage_audit(&mut batch, &self.stamp(), audit, &[])?;
        self.apply(batch)
    }

    fn put_pregnancy(&self, pregnancy: Pregnancy) -> Result<()> {
        self.put_checked(
            pregnancy,
            &self.directory()?,
            &self.rules()?,
            AuditAction::PutPregnancy,
            String::new(),
        )
    }

    fn mark_billed(
        &self,
        case: &str,
        line: &LineRef,
        billed_on: chrono::NaiveDate,
    ) -> Result<BilledService> {
        let mut p = self.pregnancy(case)?.ok_or_else(|| {
            StoreError::NotFound(t!("store-no-pregnancy", id = format!("{case:?}")))
        })?;
        let (dir, rules) = (self.directory()?, self.rules()?);
        let e = evaluate(&p, &dir, &rules, billed_on);
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
                    case = case
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
        let billed = BilledService {
            pseudocode: line.pseudocode,
            service_date: line.service_date,
            provider: line.provider.clone(),
            billed_on,
            amount,
        };
        p.billed.push(billed.clone());
        let detail = format!(
            "{} of {} by {} billed on {}: {}",
            billed.pseudocode.code(),
            billed.service_date,
            billed.provider,
            billed.billed_on,
            billed.amount
        );
        self.put_checked(p, &dir, &rules, AuditAction::MarkBilled, detail)?;
        Ok(billed)
    }
}
