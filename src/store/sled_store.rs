//! The caseload API over an embedded sled database: one tree, records behind a schema
//! version, a month index for the billing report, every command one atomic batch
//! flushed before it returns.

use crate::domain::model::{
    BilledService, Caseload, Directory, PracticeSettings, Pregnancy, Provider,
};
use crate::domain::services::{evaluate, Status};
use crate::domain::validate::{index_months, validate_caseload, validate_pregnancy, Problem};
use crate::domain::{RuleSet, YearMonth};
use crate::parallel::parallel_slices;
use crate::store::api::{CaseloadApi, ImportSummary, LineRef};
use crate::store::codec::{decode, encode, SCHEMA_VERSION};
use crate::store::error::{Result, StoreError};
use crate::store::keys;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// An open store. Holds sled's lock on the directory until dropped.
pub struct SledStore {
    pub(super) db: sled::Db,
    dir: PathBuf,
}

fn sled_err(e: sled::Error) -> StoreError {
    match e {
        sled::Error::Corruption { at, .. } => StoreError::Corrupt {
            key: "(storage file)".into(),
            detail: format!("sled reports corruption at {at:?}"),
        },
        other => StoreError::Write(other.to_string()),
    }
}

impl SledStore {
    /// Opens (or creates, owner-only) the store in `dir`. Fails at once, with a clear
    /// message, when another perinat holds it.
    pub fn open(dir: &Path) -> Result<SledStore> {
        create_private_dir(dir).map_err(|e| StoreError::Open {
            dir: dir.to_path_buf(),
            detail: e.to_string(),
        })?;
        let db = sled::Config::new()
            .path(dir.join("db"))
            .mode(sled::Mode::HighThroughput)
            .open()
            .map_err(|e| match e {
                sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
                    StoreError::Locked {
                        dir: dir.to_path_buf(),
                    }
                }
                sled::Error::Io(io) => StoreError::Open {
                    dir: dir.to_path_buf(),
                    detail: io.to_string(),
                },
                other => sled_err(other),
            })?;
        let store = SledStore {
            db,
            dir: dir.to_path_buf(),
        };
        store.check_schema()?;
        Ok(store)
    }

    /// The directory the store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn check_schema(&self) -> Result<()> {
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
                Ok(())
            }
            None => {
                self.db
                    .insert(keys::SCHEMA, &u32::from(SCHEMA_VERSION).to_be_bytes())
                    .map_err(sled_err)?;
                self.flush()
            }
        }
    }

    /// Writes everything to disk (every command already does so before it returns).
    pub fn flush(&self) -> Result<()> {
        self.db.flush().map_err(sled_err)?;
        Ok(())
    }

    fn get<T: serde::de::DeserializeOwned>(&self, key: &[u8]) -> Result<Option<T>> {
        match self.db.get(key).map_err(sled_err)? {
            Some(bytes) => decode(key, &bytes).map(Some),
            None => Ok(None),
        }
    }

    fn scan<T: serde::de::DeserializeOwned>(
        &self,
        prefix: &str,
        visit: &mut dyn FnMut(T) -> bool,
    ) -> Result<()> {
        for item in self.db.scan_prefix(prefix.as_bytes()) {
            let (k, v) = item.map_err(sled_err)?;
            if !visit(decode(&k, &v)?) {
                break;
            }
        }
        Ok(())
    }

    /// Adds the writes of pregnancies to `batch`: their records and the month index
    /// buckets they change (read, edited, written back), dropping the index entries of
    /// the versions they replace.
    fn stage_pregnancies(
        &self,
        batch: &mut sled::Batch,
        changes: &[(&Pregnancy, Option<&Pregnancy>)],
        rules: &RuleSet,
    ) -> Result<()> {
        let mut buckets: BTreeMap<Vec<u8>, BTreeSet<String>> = BTreeMap::new();
        let mut edit = |key: Vec<u8>, id: &str, add: bool| -> Result<()> {
            let ids = match buckets.entry(key) {
                std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::btree_map::Entry::Vacant(e) => {
                    let stored: Vec<String> = self.get(e.key())?.unwrap_or_default();
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
            batch.insert(keys::case(&new.id), encode(new)?);
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
    /// and tables given.
    fn put_checked(&self, pregnancy: Pregnancy, dir: &Directory, rules: &RuleSet) -> Result<()> {
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
        let mut batch = sled::Batch::default();
        self.stage_pregnancies(&mut batch, &[(&pregnancy, old.as_ref())], rules)?;
        self.apply(batch)
    }

    fn apply(&self, batch: sled::Batch) -> Result<()> {
        self.db.apply_batch(batch).map_err(sled_err)?;
        self.flush()
    }
}

/// Creates `dir` (and its parents) and makes a new one owner-only (0700).
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// An id already stored with other content, in an import without `--replace`.
fn conflict(path: &str, id: &str) -> Problem {
    Problem {
        path: path.to_string(),
        message: format!(
            "{id:?} is already in the store with other details; use --replace to overwrite it"
        ),
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
            format!(
                "{} of {} billed on {}",
                b.pseudocode.code(),
                b.service_date,
                b.billed_on
            )
        })
        .collect();
    Problem {
        path: at.to_string(),
        message: format!(
            "R63: billed is final: this would drop or change the billed service(s) of {case}: {}",
            what.join("; ")
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
        self.get(&keys::case(id))
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
        self.scan(keys::CASE_PREFIX, visit)
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

    fn import(&self, caseload: Caseload, replace: bool) -> Result<ImportSummary> {
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

        let mut batch = sled::Batch::default();
        for p in &caseload.providers {
            batch.insert(keys::provider(&p.id), encode(p)?);
        }
        let changes: Vec<(&Pregnancy, Option<&Pregnancy>)> = caseload
            .pregnancies
            .iter()
            .zip(&olds)
            .filter(|(p, old)| old.as_ref() != Some(*p))
            .map(|(p, old)| (p, old.as_ref()))
            .collect();
        self.stage_pregnancies(&mut batch, &changes, &rules)?;
        if !caseload.settings.tariffs.is_empty() || !caseload.settings.regions.is_empty() {
            batch.insert(keys::SETTINGS, encode(&settings)?);
        }
        self.apply(batch)?;
        Ok(summary)
    }

    fn put_provider(&self, provider: Provider) -> Result<()> {
        if provider.id.trim().is_empty() {
            return Err(StoreError::Refused("a provider needs an id".into()));
        }
        let mut batch = sled::Batch::default();
        batch.insert(keys::provider(&provider.id), encode(&provider)?);
        self.apply(batch)
    }

    fn delete_pregnancy(&self, id: &str) -> Result<()> {
        let old = self
            .pregnancy(id)?
            .ok_or_else(|| StoreError::NotFound(format!("pregnancy {id:?}")))?;
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
        let mut batch = sled::Batch::default();
        batch.remove(keys::provider(id));
        self.apply(batch)
    }

    fn put_pregnancy(&self, pregnancy: Pregnancy) -> Result<()> {
        self.put_checked(pregnancy, &self.directory()?, &self.rules()?)
    }

    fn mark_billed(
        &self,
        case: &str,
        line: &LineRef,
        billed_on: chrono::NaiveDate,
    ) -> Result<BilledService> {
        let mut p = self
            .pregnancy(case)?
            .ok_or_else(|| StoreError::NotFound(format!("pregnancy {case:?}")))?;
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
                StoreError::NotFound(format!(
                    "service {} of {} by {:?} in {case}",
                    line.pseudocode.code(),
                    line.service_date,
                    line.provider
                ))
            })?;
        match target.status {
            Status::Billed => {
                return Err(StoreError::Refused(format!(
                    "this service was already billed on {}",
                    target.billed_on.map(|d| d.to_string()).unwrap_or_default()
                )))
            }
            Status::Blocked => {
                let why: Vec<String> = target.reasons.iter().map(|r| r.to_string()).collect();
                return Err(StoreError::Refused(format!(
                    "this service cannot be billed: {}",
                    why.join("; ")
                )));
            }
            Status::Billable | Status::Expired => {}
        }
        let amount = target.amount.ok_or_else(|| {
            StoreError::Refused("no tariff is in force on the service date".into())
        })?;
        let billed = BilledService {
            pseudocode: line.pseudocode,
            service_date: line.service_date,
            provider: line.provider.clone(),
            billed_on,
            amount,
        };
        p.billed.push(billed.clone());
        self.put_checked(p, &dir, &rules)?;
        Ok(billed)
    }
}
