//! The sled backend: storage only. Opening (with the migration of older stores), the key
//! layout, the month index (one function for puts and deletes), the record encoding, and
//! one atomic batch per [`Change`], flushed before it returns. Every rule is in
//! [`commands`](crate::store::commands), which [`SledStore`] puts over this storage.

use crate::domain::model::{PracticeSettings, Pregnancy, Provider};
use crate::domain::YearMonth;
use crate::parallel::parallel_slices;
use crate::store::codec::{decode, encode, version_of, Record, SCHEMA_VERSION};
use crate::store::commands::{AuditDraft, Change, Commands, Storage};
use crate::store::error::{Result, StoreError};
use crate::store::keys;
use crate::store::records::{AuditAction, AuditEntry, CaseRecord, Stamp};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The sled database of one data directory. Holds sled's lock on it until dropped.
pub struct SledStorage {
    pub db: sled::Db,
    dir: PathBuf,
}

/// The caseload API over a sled store: the commands over its storage.
pub type SledStore = Commands<SledStorage>;

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

impl Commands<SledStorage> {
    /// Opens (or creates, owner-only) the store in `dir`, migrating an older one. Fails
    /// at once, with a clear message, when another process holds it.
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
        let store = Commands::new(SledStorage {
            db,
            dir: dir.to_path_buf(),
        });
        if let Some(found) = store.storage().check_schema()? {
            before_migration(&store, found)?;
            let stamp = Stamp {
                at: chrono::Local::now().naive_local(),
                by: store.actor().clone(),
            };
            store.storage().migrate(found, &stamp)?;
        }
        Ok(store)
    }

    /// The store's secret key for pseudonyms (made on first use, never exported).
    pub fn pseudonym_key(&self) -> Result<Vec<u8>> {
        self.storage().pseudonym_key()
    }

    /// The directory the store lives in.
    pub fn dir(&self) -> &Path {
        &self.storage().dir
    }
}

impl SledStorage {
    /// The store's secret key for pseudonyms (made on first use, never exported), so
    /// that a pseudonymised export gives the same pseudonym to the same person.
    pub fn pseudonym_key(&self) -> Result<Vec<u8>> {
        if let Some(k) = self.db.get(keys::PSEUDONYM_KEY).map_err(sled_err)? {
            return Ok(k.to_vec());
        }
        let key: [u8; 32] = rand::random();
        // Only if no other session made one meanwhile; then that one is the key.
        let _ = self
            .db
            .compare_and_swap(keys::PSEUDONYM_KEY, None as Option<&[u8]>, Some(&key[..]))
            .map_err(sled_err)?;
        self.flush_db()?;
        match self.db.get(keys::PSEUDONYM_KEY).map_err(sled_err)? {
            Some(k) => Ok(k.to_vec()),
            None => Err(StoreError::Write("the pseudonym key was not kept".into())),
        }
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
                self.flush_db()?;
                Ok(None)
            }
        }
    }

    /// Rewrites every record of an older schema version in the current one, in one
    /// batch with its audit entry, and sets the store's version.
    fn migrate(&self, from: u32, stamp: &Stamp) -> Result<()> {
        let mut batch = sled::Batch::default();
        let mut rewritten = 0usize;
        for prefix in keys::CASELOAD_PREFIXES {
            for item in self.db.scan_prefix(prefix.as_bytes()) {
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
        }
        let to = u32::from(SCHEMA_VERSION);
        let mut audit = AuditDraft {
            action: AuditAction::Migrate,
            subject: None,
            before: None,
            after: None,
            detail: format!("schema {from} -> {to}: {rewritten} records rewritten"),
            cases: Vec::new(),
        };
        self.stage_audit(&mut batch, stamp, &mut audit)?;
        batch.insert(keys::SCHEMA, &to.to_be_bytes());
        self.apply(batch)
    }

    /// Adds an audit entry to `batch`, with a history index entry for each of its cases.
    fn stage_audit(
        &self,
        batch: &mut sled::Batch,
        stamp: &Stamp,
        audit: &mut AuditDraft,
    ) -> Result<u64> {
        let seq = self.db.generate_id().map_err(sled_err)?;
        for case in &audit.cases {
            batch.insert(keys::history(case, seq), &[] as &[u8]);
        }
        let entry = AuditEntry {
            seq,
            at: stamp.at,
            by: stamp.by.clone(),
            action: audit.action,
            subject: audit.subject.take(),
            before: audit.before.take(),
            after: audit.after.take(),
            detail: std::mem::take(&mut audit.detail),
        };
        batch.insert(keys::audit(seq), encode(&entry)?);
        Ok(seq)
    }

    fn flush_db(&self) -> Result<()> {
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

    /// The month index: moves case `id` out of the buckets of `before` it is no longer
    /// in and into those of `after`, for puts (before: the replaced version's months)
    /// and deletes (after: none) alike. Buckets are read once per batch, or start empty
    /// when `fresh` (a restore has removed them all).
    fn index(
        &self,
        buckets: &mut BTreeMap<Vec<u8>, BTreeSet<String>>,
        id: &str,
        before: &[YearMonth],
        after: &[YearMonth],
        fresh: bool,
    ) -> Result<()> {
        let leaving = before
            .iter()
            .filter(|m| !after.contains(m))
            .map(|m| (*m, false));
        let joining = after.iter().map(|m| (*m, true));
        for (m, add) in leaving.chain(joining) {
            let key = keys::month_bucket(m, id);
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
        }
        Ok(())
    }

    /// What `read` makes of the record of each case the month index lists for `month`:
    /// in key order, so that neighbouring records come from the same sled nodes, and in
    /// contiguous slices on every core (loading sled's nodes is most of the cost).
    fn month_records<T: Send>(
        &self,
        month: YearMonth,
        read: impl Fn(&[u8], &[u8]) -> Result<T> + Sync,
    ) -> Result<Vec<T>> {
        let ids = self.month_ids(month)?;
        let parts = parallel_slices(&ids, |slice| {
            let mut out = Vec::with_capacity(slice.len());
            for id in slice {
                let key = keys::case(id);
                if let Some(v) = self.db.get(&key).map_err(sled_err)? {
                    out.push(read(&key, &v)?);
                }
            }
            Ok::<_, StoreError>(out)
        });
        let mut out = Vec::with_capacity(ids.len());
        for part in parts {
            out.extend(part?);
        }
        Ok(out)
    }

    /// The ids the month index lists for `month`, in key order.
    fn month_ids(&self, month: YearMonth) -> Result<Vec<String>> {
        let mut ids = BTreeSet::new();
        for item in self.db.scan_prefix(keys::month_prefix(month)) {
            let (k, v) = item.map_err(sled_err)?;
            let bucket: Vec<String> = decode(&k, &v)?;
            ids.extend(bucket);
        }
        Ok(ids.into_iter().collect())
    }

    fn apply(&self, batch: sled::Batch) -> Result<()> {
        self.db.apply_batch(batch).map_err(sled_err)?;
        self.flush_db()
    }
}

impl Storage for SledStorage {
    fn providers(&self) -> Result<Vec<Provider>> {
        let mut out = Vec::new();
        self.scan(keys::PROVIDER_PREFIX, &mut |p: Provider| {
            out.push(p);
            true
        })?;
        Ok(out)
    }

    fn provider(&self, id: &str) -> Result<Option<Provider>> {
        self.get(&keys::provider(id))
    }

    fn settings(&self) -> Result<PracticeSettings> {
        Ok(self.get(keys::SETTINGS)?.unwrap_or_default())
    }

    fn case(&self, id: &str) -> Result<Option<CaseRecord>> {
        self.get(&keys::case(id))
    }

    fn last_seq(&self, id: &str) -> Result<Option<u64>> {
        // Only this case's own keys: a case "c1/z" has its history under "h/c1/z/…",
        // which "h/c1/" also prefixes.
        for k in self.db.scan_prefix(keys::history_prefix(id)).keys().rev() {
            if let Some(seq) = keys::own_seq(&k.map_err(sled_err)?, id) {
                return Ok(Some(seq));
            }
        }
        Ok(None)
    }

    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>> {
        let mut out = Vec::new();
        for k in self.db.scan_prefix(keys::history_prefix(id)).keys() {
            if let Some(seq) = keys::own_seq(&k.map_err(sled_err)?, id) {
                if let Some(e) = self.get::<AuditEntry>(&keys::audit(seq))? {
                    out.push(e);
                }
            }
        }
        Ok(out)
    }

    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()> {
        self.scan(keys::AUDIT_PREFIX, visit)
    }

    fn count_cases(&self) -> Result<usize> {
        let mut n = 0;
        for k in self.db.scan_prefix(keys::CASE_PREFIX.as_bytes()).keys() {
            k.map_err(sled_err)?;
            n += 1;
        }
        Ok(n)
    }

    fn scan_cases(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()> {
        self.scan(keys::CASE_PREFIX, &mut |r: CaseRecord| visit(r.pregnancy))
    }

    fn cases_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>> {
        self.month_records(month, |key, v| Ok(decode::<CaseRecord>(key, v)?.pregnancy))
    }

    fn cases_in_month_encoded(&self, month: YearMonth) -> Result<Vec<Vec<u8>>> {
        // A record of an older version (a store not yet migrated) is brought to this
        // one; the others go as they are.
        self.month_records(month, |key, v| {
            if version_of(v) == Some(SCHEMA_VERSION) {
                Ok(v.to_vec())
            } else {
                encode(&decode::<CaseRecord>(key, v)?)
            }
        })
    }

    fn commit(&self, mut change: Change) -> Result<Vec<u64>> {
        let mut batch = sled::Batch::default();
        if change.replace_all {
            for prefix in keys::CASELOAD_PREFIXES {
                for k in self.db.scan_prefix(prefix.as_bytes()).keys() {
                    batch.remove(k.map_err(sled_err)?);
                }
            }
        }
        for (id, provider) in &change.providers {
            match provider {
                Some(p) => batch.insert(keys::provider(id), encode(p)?),
                None => batch.remove(keys::provider(id)),
            }
        }
        if let Some(settings) = &change.settings {
            batch.insert(keys::SETTINGS, encode(settings)?);
        }
        let mut buckets = BTreeMap::new();
        for c in &change.cases {
            self.index(
                &mut buckets,
                &c.id,
                &c.months_before,
                &c.months_after,
                change.replace_all,
            )?;
        }
        for c in change.cases.drain(..) {
            match c.after {
                Some(p) => {
                    let record = CaseRecord::new(p, Some(change.stamp.clone()));
                    batch.insert(keys::case(&c.id), encode(&record)?);
                }
                None => batch.remove(keys::case(&c.id)),
            }
        }
        for (key, ids) in buckets {
            if ids.is_empty() {
                batch.remove(key);
            } else {
                batch.insert(key, encode(&ids.into_iter().collect::<Vec<String>>())?);
            }
        }
        let mut seqs = Vec::with_capacity(change.audit.len());
        for audit in &mut change.audit {
            seqs.push(self.stage_audit(&mut batch, &change.stamp, audit)?);
        }
        self.apply(batch)?;
        Ok(seqs)
    }

    fn flush(&self) -> Result<()> {
        self.flush_db()
    }

    fn location(&self) -> String {
        self.dir.display().to_string()
    }
}
