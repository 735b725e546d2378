//! Backups of the caseload, in the interchange format (readable by a person and by
//! `perinat import`), in a `backups` directory next to the store: one a day of use,
//! one before every migration and every restore, and on demand; rotated by
//! [`retention`]. Also the way the programs open a store: migration behind a backup,
//! the day's backup, and the way back when a store cannot be read.

pub mod retention;

use crate::fsutil::{create_private_dir, write_file_atomically};
use crate::interchange;
use crate::store::{CaseloadApi, SledStore, StoreError};
use crate::t;
use chrono::{NaiveDateTime, Timelike};
use std::path::{Path, PathBuf};

/// The directory of the backups, inside the data directory.
pub const DIR_NAME: &str = "backups";

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The first use of a day.
    Daily,
    /// `perinat backup`.
    Manual,
    /// Before the store was rewritten to a newer schema version.
    BeforeMigration,
    /// Before `perinat restore` replaced the caseload.
    BeforeRestore,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Daily,
        Kind::Manual,
        Kind::BeforeMigration,
        Kind::BeforeRestore,
    ];

    /// The word in the file name.
    pub fn tag(self) -> &'static str {
        match self {
            Kind::Daily => "daily",
            Kind::Manual => "manual",
            Kind::BeforeMigration => "before-migration",
            Kind::BeforeRestore => "before-restore",
        }
    }
}

/// A backup file found in the backups directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub at: NaiveDateTime,
    pub kind: Kind,
}

/// The backups directory of the store in `store_dir`.
pub fn dir_of(store_dir: &Path) -> PathBuf {
    store_dir.join(DIR_NAME)
}

const STAMP: &str = "%Y-%m-%dT%H%M%S";

/// `perinat-2026-11-23T140209-daily.json`.
pub fn file_name(at: NaiveDateTime, kind: Kind) -> String {
    format!("perinat-{}-{}.json", at.format(STAMP), kind.tag())
}

/// The time and kind of a backup file name, if it is one.
pub fn parse_name(name: &str) -> Option<(NaiveDateTime, Kind)> {
    let rest = name.strip_prefix("perinat-")?.strip_suffix(".json")?;
    let (stamp, tag) = rest.split_at_checked(17)?;
    let tag = tag.strip_prefix('-')?;
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    let kind = Kind::ALL.into_iter().find(|k| k.tag() == tag)?;
    Some((at, kind))
}

/// The backups in `dir`, oldest first (none when the directory does not exist).
pub fn list(dir: &Path) -> std::io::Result<Vec<Backup>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for e in entries {
        let e = e?;
        let name = e.file_name();
        if let Some((at, kind)) = name.to_str().and_then(parse_name) {
            out.push(Backup {
                path: e.path(),
                at,
                kind,
            });
        }
    }
    out.sort_by_key(|b| (b.at, b.kind));
    Ok(out)
}

/// The newest backup of the store in `store_dir`.
pub fn newest(store_dir: &Path) -> Option<Backup> {
    list(&dir_of(store_dir)).ok()?.pop()
}

/// Why a backup could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The caseload could not be read from the store.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The backup could not be written.
    #[error("{0}")]
    Write(String),
}

impl BackupError {
    /// True when the store holds records that cannot be read (the store is damaged).
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            BackupError::Store(StoreError::Corrupt { .. } | StoreError::Damaged { .. })
        )
    }
}

/// What a written backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub pregnancies: usize,
    pub providers: usize,
}

/// Writes the whole caseload of `store` to `path` in the interchange format.
pub fn write_to(store: &dyn CaseloadApi, path: &Path) -> Result<Written, BackupError> {
    let caseload = store.export()?;
    let catalog = &store.rules()?.catalog;
    write_file_atomically(path, |w| interchange::write(&caseload, catalog, w)).map_err(|e| {
        BackupError::Write(t!(
            "backup-cannot-write",
            file = path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    Ok(Written {
        path: path.to_path_buf(),
        pregnancies: caseload.pregnancies.len(),
        providers: caseload.providers.len(),
    })
}

/// Takes a backup of `kind` into the backups directory of `store_dir` and rotates the
/// directory.
pub fn take(
    store: &dyn CaseloadApi,
    store_dir: &Path,
    kind: Kind,
    now: NaiveDateTime,
) -> Result<Written, BackupError> {
    let dir = dir_of(store_dir);
    create_private_dir(&dir).map_err(|e| {
        BackupError::Write(t!(
            "backup-cannot-create-dir",
            dir = dir.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let now = now.with_nanosecond(0).unwrap_or(now);
    let mut path = dir.join(file_name(now, kind));
    // Two backups in one second: the later one a second on, so names stay unique.
    let mut at = now;
    while path.exists() {
        at += chrono::Duration::seconds(1);
        path = dir.join(file_name(at, kind));
    }
    let written = write_to(store, &path)?;
    rotate(&dir).map_err(|e| {
        BackupError::Write(t!(
            "backup-cannot-rotate",
            dir = dir.display().to_string(),
            error = e.to_string()
        ))
    })?;
    Ok(written)
}

/// Deletes the backups that [`retention::keep`] does not keep; returns them.
pub fn rotate(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let all = list(dir)?;
    let kept = retention::keep(&all, retention::Policy::default());
    let mut removed = Vec::new();
    for (i, b) in all.into_iter().enumerate() {
        if !kept.contains(&i) {
            std::fs::remove_file(&b.path)?;
            removed.push(b.path);
        }
    }
    Ok(removed)
}

/// The day's backup: taken when the store holds something and no backup was taken on
/// `now`'s date yet.
pub fn daily(
    store: &dyn CaseloadApi,
    store_dir: &Path,
    now: NaiveDateTime,
) -> Result<Option<Written>, BackupError> {
    let today = now.date();
    let done = list(&dir_of(store_dir))
        .map_err(|e| BackupError::Write(e.to_string()))?
        .iter()
        .any(|b| b.at.date() == today);
    // Once today's backup exists, every later start stops here, before touching the
    // store (counting the cases reads every key).
    if done || store.count_pregnancies()? == 0 && store.providers()?.is_empty() {
        return Ok(None);
    }
    take(store, store_dir, Kind::Daily, now).map(Some)
}

/// Opens the store in `dir` the way the programs do: an older store is backed up, then
/// migrated. A failed backup stops the migration (the store stays as it was).
pub fn open_store(dir: &Path, now: NaiveDateTime) -> Result<SledStore, StoreError> {
    SledStore::open_with(dir, &mut |store, _version| {
        take(store, dir, Kind::BeforeMigration, now)
            .map(|_| ())
            .map_err(|e| StoreError::Write(t!("backup-migration-stopped", error = e.to_string())))
    })
}

/// What to tell a user whose store cannot be read: the newest backup and the command
/// that restores it, or that there is none.
pub fn recovery_hint(store_dir: &Path) -> String {
    match newest(store_dir) {
        Some(b) => t!(
            "backup-recovery-hint",
            file = b.path.display().to_string(),
            at = b.at.format("%d/%m/%Y %H:%M").to_string(),
            dir = store_dir.display().to_string()
        ),
        None => t!(
            "backup-recovery-none",
            backups = dir_of(store_dir).display().to_string(),
            dir = store_dir.display().to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::coordinated;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn file_names_round_trip() {
        let t = at("2026-11-23 14:02:09");
        for k in Kind::ALL {
            let n = file_name(t, k);
            assert_eq!(parse_name(&n), Some((t, k)), "{n}");
        }
        assert_eq!(
            file_name(t, Kind::Daily),
            "perinat-2026-11-23T140209-daily.json"
        );
        for bad in [
            "perinat-2026-11-23T140209-other.json",
            "notes.json",
            "perinat-x.json",
            "perinat-2026-11-23T140209daily.json",
        ] {
            assert_eq!(parse_name(bad), None, "{bad}");
        }
    }

    fn store_with_a_case(dir: &Path) -> SledStore {
        let s = SledStore::open(dir).unwrap();
        let mut c = crate::domain::model::Caseload::default();
        let p = coordinated("2025-03-01");
        let practice = crate::domain::test_support::practice();
        for (_, id) in p.provider_refs() {
            if let Some(pr) = practice.get(id) {
                if !c.providers.iter().any(|x| x.id == pr.id) {
                    c.providers.push(pr.clone());
                }
            }
        }
        c.pregnancies.push(p);
        s.import(c, false).unwrap();
        s
    }

    #[test]
    fn a_daily_backup_is_taken_once_a_day_and_reads_back() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store_with_a_case(tmp.path());
        let first = daily(&s, tmp.path(), at("2026-11-23 08:00:00"))
            .unwrap()
            .unwrap();
        assert_eq!(first.pregnancies, 1);
        assert!(daily(&s, tmp.path(), at("2026-11-23 17:00:00"))
            .unwrap()
            .is_none());
        assert!(daily(&s, tmp.path(), at("2026-11-24 08:00:00"))
            .unwrap()
            .is_some());
        let text = std::fs::read_to_string(&first.path).unwrap();
        let parsed = interchange::parse(&text).unwrap();
        assert_eq!(parsed.caseload, s.export().unwrap());
        assert_eq!(newest(tmp.path()).unwrap().at, at("2026-11-24 08:00:00"));
    }

    #[test]
    fn an_empty_store_is_not_backed_up() {
        let tmp = tempfile::tempdir().unwrap();
        let s = SledStore::open(tmp.path()).unwrap();
        assert!(daily(&s, tmp.path(), at("2026-11-23 08:00:00"))
            .unwrap()
            .is_none());
        assert!(recovery_hint(tmp.path()).contains("There is no backup"));
    }

    #[test]
    fn backups_in_the_same_second_get_distinct_names_and_rotation_bounds_them() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store_with_a_case(tmp.path());
        let t = at("2026-11-23 08:00:00");
        let a = take(&s, tmp.path(), Kind::Manual, t).unwrap();
        let b = take(&s, tmp.path(), Kind::Manual, t).unwrap();
        assert_ne!(a.path, b.path);
        for n in 0..30 {
            take(&s, tmp.path(), Kind::Daily, t + chrono::Duration::days(n)).unwrap();
        }
        let all = list(&dir_of(tmp.path())).unwrap();
        let dailies = all.iter().filter(|b| b.kind == Kind::Daily).count();
        assert!((7..=7 + 4 + 12).contains(&dailies), "{dailies}");
        assert_eq!(all.iter().filter(|b| b.kind == Kind::Manual).count(), 2);
        assert!(recovery_hint(tmp.path()).contains("restore"));
    }
}
