//! Backups of the caseload, in the interchange format compressed with zstd (read
//! directly by `perinat import` and `perinat restore`, shown as plain JSON by `perinat
//! backup --show`), in a `backups` directory next to the store: one a day of use, one
//! before every migration and every restore, and on demand; rotated by [`retention`].
//! Older stores hold uncompressed `.json` backups: they are listed, rotated and read
//! the same way. Also the [`journal`] of every change since the newest backup, the
//! way a store is opened (migration behind a backup, the day's backup), and the way
//! back when a store cannot be read.

pub mod journal;
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

/// The zstd level of backups (zstd's default). At 100,000 cases: 19 MB instead of
/// 252 MB of JSON (13×), compressed in about 0.3 s of one core, so a backup takes no
/// longer than the plain JSON did (less to write and sync). Level 9 would give 13 MB
/// for about 1.5 s more; level 1 barely differs from 3.
pub const LEVEL: i32 = 3;

/// The first bytes of a zstd frame (RFC 8878), how a compressed file is recognised
/// whatever its name.
pub const ZSTD_MAGIC: [u8; 4] = [0x28, 0xB5, 0x2F, 0xFD];

/// `perinat-2026-11-23T140209-daily.json.zst`.
pub fn file_name(at: NaiveDateTime, kind: Kind) -> String {
    format!("perinat-{}-{}.json.zst", at.format(STAMP), kind.tag())
}

/// The time and kind of a backup file name, if it is one: compressed (`.json.zst`) or,
/// as older versions wrote them, plain (`.json`).
pub fn parse_name(name: &str) -> Option<(NaiveDateTime, Kind)> {
    let rest = name.strip_prefix("perinat-")?;
    let rest = rest
        .strip_suffix(".json.zst")
        .or_else(|| rest.strip_suffix(".json"))?;
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

/// True when `path`'s name ends in `.zst`: such a backup is written compressed.
fn compressed_name(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "zst")
}

/// Writes the whole caseload of `store` to `path` in the interchange format, compressed
/// with zstd when the name ends in `.zst` (as the backups directory's do), else plain.
pub fn write_to(store: &dyn CaseloadApi, path: &Path) -> Result<Written, BackupError> {
    let caseload = store.export()?;
    let catalog = &store.rules()?.catalog;
    let compress = compressed_name(path);
    write_file_atomically(path, |w| {
        if !compress {
            return interchange::write(&caseload, catalog, w);
        }
        let mut enc = zstd::Encoder::new(w, LEVEL)?;
        // A checksum of the content: a damaged backup is refused, never read wrong.
        enc.include_checksum(true)?;
        // The JSON writer makes many small writes; zstd takes them in large blocks.
        let mut buf = std::io::BufWriter::with_capacity(1 << 17, enc);
        interchange::write(&caseload, catalog, &mut buf)?;
        buf.into_inner().map_err(|e| e.into_error())?.finish()?;
        Ok(())
    })
    .map_err(|e| {
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

/// Why a caseload file (a backup or an export) could not be read; its message names
/// the file and the problem.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be read, or its text is not UTF-8.
    Io(PathBuf, std::io::Error),
    /// The file is zstd-compressed but damaged or cut short.
    Compressed(PathBuf, std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ReadError::Io(file, e) => t!(
                "cli-cannot-read",
                file = file.display().to_string(),
                error = e.to_string()
            ),
            ReadError::Compressed(file, e) => t!(
                "backup-damaged-compressed",
                file = file.display().to_string(),
                error = e.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ReadError {}

/// True when `bytes` start like a zstd frame.
pub fn is_compressed(bytes: &[u8]) -> bool {
    bytes.starts_with(&ZSTD_MAGIC)
}

/// The text of a caseload file: a plain JSON file as it is, a zstd-compressed one
/// (recognised by its first bytes, whatever its name) decompressed.
pub fn read_text(path: &Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(|e| ReadError::Io(path.to_path_buf(), e))?;
    let bytes = if is_compressed(&bytes) {
        zstd::stream::decode_all(&bytes[..])
            .map_err(|e| ReadError::Compressed(path.to_path_buf(), e))?
    } else {
        bytes
    };
    // The error std::fs::read_to_string gives, as before there were compressed files.
    String::from_utf8(bytes).map_err(|_| {
        ReadError::Io(
            path.to_path_buf(),
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "stream did not contain valid UTF-8",
            ),
        )
    })
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
            "perinat-2026-11-23T140209-daily.json.zst"
        );
        for bad in [
            "perinat-2026-11-23T140209-other.json",
            "perinat-2026-11-23T140209-other.json.zst",
            "notes.json",
            "notes.json.zst",
            "perinat-x.json",
            "perinat-2026-11-23T140209daily.json",
            "perinat-2026-11-23T140209-daily.zst",
            "perinat-2026-11-23T140209-daily.json.zst.tmp",
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
        let text = read_text(&first.path).unwrap();
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

    #[test]
    fn a_backup_is_written_compressed_and_reads_back_to_the_same_caseload() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store_with_a_case(tmp.path());
        let w = take(&s, tmp.path(), Kind::Manual, at("2026-11-23 08:00:00")).unwrap();
        assert!(w.path.to_string_lossy().ends_with("-manual.json.zst"));
        let bytes = std::fs::read(&w.path).unwrap();
        assert!(is_compressed(&bytes), "starts with the zstd magic");
        let text = read_text(&w.path).unwrap();
        let plain = interchange::to_string(&s.export().unwrap(), &s.rules().unwrap().catalog);
        assert_eq!(text, plain, "the same JSON as an export");
        assert!(bytes.len() < plain.len(), "smaller");
        assert_eq!(
            interchange::parse(&text).unwrap().caseload,
            s.export().unwrap()
        );
    }

    #[test]
    fn a_backup_to_a_named_file_is_plain_json_unless_the_name_ends_in_zst() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store_with_a_case(tmp.path());
        let plain = write_to(&s, &tmp.path().join("mine.json")).unwrap();
        let bytes = std::fs::read(&plain.path).unwrap();
        assert!(bytes.starts_with(b"{"), "plain JSON");
        let packed = write_to(&s, &tmp.path().join("mine.json.zst")).unwrap();
        assert!(is_compressed(&std::fs::read(&packed.path).unwrap()));
        assert_eq!(
            read_text(&packed.path).unwrap(),
            String::from_utf8(bytes).unwrap()
        );
    }

    #[test]
    fn a_compressed_file_is_recognised_by_its_magic_bytes_whatever_its_name() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store_with_a_case(tmp.path());
        let w = write_to(&s, &tmp.path().join("b.json.zst")).unwrap();
        let renamed = tmp.path().join("export.json");
        std::fs::rename(&w.path, &renamed).unwrap();
        let text = read_text(&renamed).unwrap();
        assert_eq!(
            interchange::parse(&text).unwrap().caseload,
            s.export().unwrap()
        );
    }

    #[test]
    fn old_json_backup_names_still_parse_list_and_rotate() {
        let t = at("2026-11-23 14:02:09");
        assert_eq!(
            parse_name("perinat-2026-11-23T140209-daily.json"),
            Some((t, Kind::Daily))
        );
        assert_eq!(
            parse_name("perinat-2026-11-23T140209-before-migration.json"),
            Some((t, Kind::BeforeMigration))
        );
        // A store of an older version: 30 days of plain daily backups, then a new one.
        let tmp = tempfile::tempdir().unwrap();
        let dir = dir_of(tmp.path());
        std::fs::create_dir_all(&dir).unwrap();
        let start = at("2026-01-01 09:00:00");
        for n in 0..30 {
            let name = format!(
                "perinat-{}-daily.json",
                (start + chrono::Duration::days(n)).format(STAMP)
            );
            std::fs::write(dir.join(name), "{}").unwrap();
        }
        let s = store_with_a_case(tmp.path());
        let new = take(&s, tmp.path(), Kind::Daily, at("2026-01-31 09:00:00")).unwrap();
        let all = list(&dir).unwrap();
        assert_eq!(
            all.last().unwrap().path,
            new.path,
            "the newest, listed last"
        );
        assert!(all.len() <= 7 + 4 + 12, "rotated: {}", all.len());
        let old = all
            .iter()
            .filter(|b| b.path.extension().is_some_and(|e| e == "json"))
            .count();
        assert_eq!(old, all.len() - 1, "the old ones kept are the plain ones");
        // the days just before the new one are kept, older days rotated away
        assert!(dir.join("perinat-2026-01-30T090000-daily.json").exists());
        assert!(!dir.join("perinat-2026-01-02T090000-daily.json").exists());
        assert_eq!(newest(tmp.path()).unwrap().path, new.path);
        // an old plain backup still reads
        let old_file = tmp.path().join("old.json");
        let plain = interchange::to_string(&s.export().unwrap(), &s.rules().unwrap().catalog);
        std::fs::write(&old_file, &plain).unwrap();
        assert_eq!(read_text(&old_file).unwrap(), plain);
    }

    #[test]
    fn a_truncated_or_corrupt_zst_is_an_error_naming_the_file_not_a_panic() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store_with_a_case(tmp.path());
        let w = write_to(&s, &tmp.path().join("good.json.zst")).unwrap();
        let bytes = std::fs::read(&w.path).unwrap();
        let mut bad: Vec<(&str, Vec<u8>)> = vec![
            ("magic-only.json.zst", ZSTD_MAGIC.to_vec()),
            ("half.json.zst", bytes[..bytes.len() / 2].to_vec()),
            ("no-checksum.json.zst", bytes[..bytes.len() - 2].to_vec()),
        ];
        let mut flipped = bytes.clone();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0xff;
        bad.push(("flipped.json.zst", flipped));
        let mut trailing = bytes.clone();
        trailing.extend_from_slice(b"garbage after the frame");
        bad.push(("trailing.json.zst", trailing));
        for (name, content) in bad {
            let path = tmp.path().join(name);
            std::fs::write(&path, content).unwrap();
            match read_text(&path) {
                Err(e @ ReadError::Compressed(..)) => {
                    let msg = e.to_string();
                    assert!(msg.contains(&path.display().to_string()), "{msg}");
                    assert!(msg.contains("damaged or cut short"), "{msg}");
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        let missing = read_text(&tmp.path().join("none.json.zst")).unwrap_err();
        assert!(matches!(missing, ReadError::Io(..)), "{missing:?}");
        assert!(missing.to_string().starts_with("cannot read"), "{missing}");
    }
}
