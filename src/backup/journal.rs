//! The journal beside the store: every committed change, also appended and flushed to a
//! file in the data directory before it is acknowledged, in the interchange format's
//! words (JSON lines: who, when, what command, and the records after it). A store that
//! is damaged loses nothing acknowledged: a restore of the newest backup replays the
//! journal written since.
//!
//! The journal is cut into segments, one per backup: `journal/<backup>.jsonl` holds the
//! changes made after that backup was taken (`perinat-0000-initial.jsonl`, those made
//! before the first); a segment, once closed by the next backup, is kept compressed
//! (`.jsonl.zst`). A segment goes when every backup it could follow has gone. A line
//! torn by a crash (its change was never acknowledged) is read up to the last whole
//! entry and reported. A change the storage refused after it was written is followed by
//! an `abandoned` line; at start, the last entry is checked against the store and marked
//! abandoned when a crash came between the two.

use crate::domain::catalog::Catalog;
use crate::domain::model::{Caseload, Pregnancy, Provider};
use crate::store::commands::{Change, ChangeLog};
use crate::store::{CaseloadApi, StoreError};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The directory of the journal, inside the data directory.
pub const DIR_NAME: &str = "journal";

/// The segment of the changes made before the store's first backup.
const INITIAL: &str = "perinat-0000-initial";

/// The journal directory of the store in `store_dir`.
pub fn dir_of(store_dir: &Path) -> PathBuf {
    store_dir.join(DIR_NAME)
}

/// The segment that follows the backup at `backup`: its file name without `.json` or
/// `.json.zst`, then `.jsonl`.
pub fn segment_of(backup: &Path) -> String {
    let name = backup
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(".json.zst")
        .or_else(|| name.strip_suffix(".json"))
        .unwrap_or(&name);
    format!("{stem}.jsonl")
}

/// One committed change.
#[derive(Debug, Serialize, Deserialize)]
pub struct Entry {
    /// Its number in its segment.
    pub n: u64,
    pub at: String,
    pub by: String,
    pub from: Option<String>,
    /// The command, as the audit trail names it (`PutPregnancy`, `Import`, `Restore`…).
    pub action: String,
    /// The whole caseload was replaced by `records` (a restore).
    #[serde(default)]
    pub replace_all: bool,
    /// The records after the change, in the interchange format.
    pub records: crate::interchange::dto::FileDto,
    #[serde(default)]
    pub deleted_pregnancies: Vec<String>,
    #[serde(default)]
    pub deleted_providers: Vec<String>,
    /// The practice's tariff and region additions are those of `records`.
    #[serde(default)]
    pub settings: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Abandoned {
    abandoned: u64,
}

/// Written after the store committed change `committed` (not flushed on its own: a
/// start that does not find it checks the change against the store instead).
#[derive(Debug, Serialize, Deserialize)]
struct Committed {
    committed: u64,
}

/// Written after a line torn by a crash when the journal goes on: the line above is
/// known to be torn, not damaged.
#[derive(Debug, Serialize, Deserialize)]
struct TornAbove {
    torn_above: bool,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Line {
    Abandoned(Abandoned),
    Committed(Committed),
    // Only its kind matters.
    #[allow(dead_code)]
    TornAbove(TornAbove),
    Entry(Box<Entry>),
}

/// What a segment holds: its changes (abandoned ones left out), and what could not be
/// read.
#[derive(Debug, Default)]
pub struct Segment {
    pub entries: Vec<Entry>,
    /// A last line cut short by a crash, described.
    pub torn: Option<String>,
    /// A line that is not an entry, elsewhere than at the end: reading stopped there.
    pub damaged: Option<String>,
}

/// Reads one segment (a closed one is zstd-compressed).
pub fn read_segment(path: &Path) -> std::io::Result<Segment> {
    let mut bytes = std::fs::read(path)?;
    if super::is_compressed(&bytes) {
        bytes = zstd::stream::decode_all(&bytes[..])?;
    }
    // Lossy: a line torn by a crash may end inside a character.
    let text = String::from_utf8_lossy(&bytes);
    let complete = text.ends_with('\n');
    let lines: Vec<&str> = text.lines().collect();
    let mut seg = Segment::default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let marked_torn = lines
            .get(i + 1)
            .is_some_and(|next| serde_json::from_str::<TornAbove>(next).is_ok());
        match serde_json::from_str::<Line>(line) {
            Ok(Line::Entry(e)) => seg.entries.push(*e),
            Ok(Line::Abandoned(a)) => seg.entries.retain(|e| e.n != a.abandoned),
            Ok(Line::TornAbove(_) | Line::Committed(_)) => {}
            Err(_) if (i + 1 == lines.len() && !complete) || marked_torn => {
                seg.torn = Some(crate::t!(
                    "journal-torn",
                    file = name.as_str(),
                    line = i + 1,
                    bytes = line.len()
                ));
            }
            Err(e) => {
                seg.damaged = Some(crate::t!(
                    "journal-damaged",
                    file = name.as_str(),
                    line = i + 1,
                    error = e.to_string()
                ));
                break;
            }
        }
    }
    Ok(seg)
}

/// The name of a segment file without the `.zst` of a closed one.
fn segment_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(".zst")
        .map(str::to_string)
        .unwrap_or(name)
}

/// The segments of the store in `store_dir`, oldest first; of a segment both plain and
/// compressed (a stop while it was being compressed), the plain one.
fn segments(store_dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir_of(store_dir))
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| segment_name(p).ends_with(".jsonl"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out.dedup_by(|later, earlier| segment_name(later) == segment_name(earlier));
    out
}

/// Compresses a closed segment (written whole beside it, then the plain one removed).
fn compress(path: &Path) -> std::io::Result<()> {
    let bytes = std::fs::read(path)?;
    let packed = zstd::stream::encode_all(&bytes[..], super::LEVEL)?;
    let target = PathBuf::from(format!("{}.zst", path.display()));
    crate::fsutil::write_file_atomically(&target, |w| w.write_all(&packed))?;
    std::fs::remove_file(path)
}

/// True when `file` is one of the backups of the store in `store_dir` (whose journal
/// can complete it), however either path is written.
pub fn is_backup_of(store_dir: &Path, file: &Path) -> bool {
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    match (
        file.parent().and_then(canon),
        canon(&super::dir_of(store_dir)),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// What a replay did.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replayed {
    pub changes: usize,
    /// Torn or damaged lines, described (their changes are not replayed).
    pub problems: Vec<String>,
}

/// Applies to `caseload` the journal written after the backup at `backup` (after the
/// store's creation when `None`): that backup's segment and every later one. Nothing is
/// replayed for a file that is not one of the store's backups.
pub fn replay(store_dir: &Path, backup: Option<&Path>, caseload: &mut Caseload) -> Replayed {
    let first = backup.map_or_else(|| format!("{INITIAL}.jsonl"), segment_of);
    let mut done = Replayed::default();
    let all = segments(store_dir);
    // The backup's own segment; when it has none (a backup taken before a migration,
    // or a stop between a backup and its cut), the last one begun before it: its
    // entries hold whole records, so those the backup already has change nothing.
    let start = match all.iter().position(|p| segment_name(p) == first) {
        Some(i) => i,
        None => match all.iter().rposition(|p| segment_name(p) < first) {
            Some(i) => i,
            None if backup.is_none() => return done,
            None => 0,
        },
    };
    if all.is_empty() {
        return done;
    }
    for path in &all[start..] {
        let seg = match read_segment(path) {
            Ok(s) => s,
            Err(e) => {
                done.problems.push(e.to_string());
                break;
            }
        };
        for e in &seg.entries {
            match apply(caseload, e) {
                Ok(()) => done.changes += 1,
                Err(p) => {
                    done.problems.push(p);
                    return done;
                }
            }
        }
        done.problems.extend(seg.torn);
        if let Some(d) = seg.damaged {
            done.problems.push(d);
            break;
        }
    }
    done
}

/// Applies one entry to a caseload.
fn apply(c: &mut Caseload, e: &Entry) -> Result<(), String> {
    let text = serde_json::to_string(&e.records).map_err(|err| err.to_string())?;
    let records = crate::interchange::parse(&text)
        .map_err(|p| {
            let first = p.first().map(|p| p.to_string()).unwrap_or_default();
            crate::t!("journal-unreadable-entry", n = e.n, problem = first)
        })?
        .caseload;
    if e.replace_all {
        *c = records;
        return Ok(());
    }
    fn upsert<T>(list: &mut Vec<T>, item: T, id: impl Fn(&T) -> &str) {
        match list.iter().position(|x| id(x) == id(&item)) {
            Some(i) => list[i] = item,
            None => list.push(item),
        }
    }
    for p in records.providers {
        upsert(&mut c.providers, p, |p: &Provider| &p.id);
    }
    for p in records.pregnancies {
        upsert(&mut c.pregnancies, p, |p: &Pregnancy| &p.id);
    }
    c.pregnancies
        .retain(|p| !e.deleted_pregnancies.contains(&p.id));
    c.providers.retain(|p| !e.deleted_providers.contains(&p.id));
    if e.settings {
        c.settings = records.settings;
    }
    c.providers.sort_by(|a, b| a.id.cmp(&b.id));
    c.pregnancies.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(())
}

/// The end of a segment: its last megabyte from a line's start (more when its last
/// line is longer), as text.
fn read_tail(path: &Path) -> std::io::Result<String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = File::open(path)?;
    let len = f.metadata()?.len();
    let mut window: u64 = 1 << 20;
    loop {
        let from = len.saturating_sub(window);
        f.seek(SeekFrom::Start(from))?;
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes)?;
        if from == 0 {
            return Ok(String::from_utf8_lossy(&bytes).into_owned());
        }
        // Start after the first line break: the line before it may be cut.
        let body = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
        if let Some(i) = body.iter().position(|b| *b == b'\n') {
            // At least one whole line after it.
            if !body[i + 1..].is_empty() {
                return Ok(String::from_utf8_lossy(&bytes[i + 1..]).into_owned());
            }
        }
        window = window.saturating_mul(4);
    }
}

/// The writer of a store's journal (the server's).
pub struct Journal {
    dir: PathBuf,
    state: Mutex<State>,
}

struct State {
    path: PathBuf,
    file: File,
    next: u64,
}

fn io_err(e: std::io::Error) -> StoreError {
    if crate::store::error::is_full(&e) {
        StoreError::Full(e.to_string())
    } else {
        StoreError::Write(crate::t!("journal-cannot-write", error = e.to_string()))
    }
}

fn open_append(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

impl Journal {
    /// Opens the journal of the store in `store_dir`: its newest segment (else one after
    /// the newest backup, else the initial one), after checking its last entry against
    /// `store` (an entry the store does not hold was never committed: it is marked
    /// abandoned).
    pub fn open(store_dir: &Path, store: &dyn CaseloadApi) -> std::io::Result<Journal> {
        let dir = dir_of(store_dir);
        crate::fsutil::create_private_dir(&dir)?;
        let path = match segments(store_dir)
            .into_iter()
            .rev()
            .find(|p| p.extension().is_some_and(|x| x == "jsonl"))
        {
            Some(p) => p,
            None => dir.join(match super::newest(store_dir) {
                Some(b) => segment_of(&b.path),
                None => format!("{INITIAL}.jsonl"),
            }),
        };
        let mut file = open_append(&path)?;
        // Only the end of the segment tells how it was left: its last change, whether
        // the store committed it, and a line torn by a crash.
        let tail = read_tail(&path)?;
        let whole = tail.ends_with('\n') || tail.is_empty();
        if !whole && serde_json::from_str::<Line>(tail.lines().last().unwrap_or("")).is_ok() {
            // A whole last line that lost only its line break: given it back.
            file.write_all(b"\n")?;
        }
        let mut next = 1;
        let mut torn = false;
        for (i, line) in tail.lines().rev().enumerate() {
            match serde_json::from_str::<Line>(line) {
                Ok(Line::Committed(c)) => {
                    next = c.committed + 1;
                    break;
                }
                Ok(Line::Abandoned(a)) => {
                    next = a.abandoned + 1;
                    break;
                }
                Ok(Line::TornAbove(_)) => {}
                Ok(Line::Entry(e)) => {
                    next = e.n + 1;
                    // Written, but not said committed: the store tells.
                    if !held_by(store, &e) {
                        writeln!(file, "{}", abandoned_line(e.n))?;
                    }
                    break;
                }
                Err(_) if i == 0 && !whole => torn = true,
                Err(_) => {}
            }
        }
        if torn {
            // The torn line ends without a line break: it is closed and marked, and the
            // next entry starts on a line of its own.
            let marker = serde_json::to_string(&TornAbove { torn_above: true }).unwrap_or_default();
            file.write_all(format!("\n{marker}\n").as_bytes())?;
        }
        file.sync_data()?;
        Ok(Journal {
            dir,
            state: Mutex::new(State { path, file, next }),
        })
    }

    /// Starts the segment that follows the backup just taken at `backup` (the caller
    /// holds the store: no change comes between the backup and the cut), and drops the
    /// segments older than the oldest backup.
    pub fn cut(&self, backup: &Path) -> std::io::Result<()> {
        let path = self.dir.join(segment_of(backup));
        let file = open_append(&path)?;
        file.sync_all()?;
        let closed = match self.state.lock() {
            Ok(mut s) => {
                s.file = file;
                s.next = 1;
                Some(std::mem::replace(&mut s.path, path.clone()))
            }
            Err(_) => None,
        };
        // The segment just closed is kept compressed, as the backups are.
        if let Some(closed) = closed.filter(|c| *c != path) {
            compress(&closed)?;
        }
        if let Some(store_dir) = self.dir.parent() {
            prune(store_dir);
        }
        Ok(())
    }
}

/// Makes the journal of the store in `store_dir` start after the backup at `backup`
/// (after a restore done without a server).
pub fn start_after(store_dir: &Path, backup: &Path) -> std::io::Result<()> {
    let dir = dir_of(store_dir);
    crate::fsutil::create_private_dir(&dir)?;
    open_append(&dir.join(segment_of(backup)))?.sync_all()?;
    prune(store_dir);
    Ok(())
}

/// Removes the segments that follow no remaining backup and are older than the oldest.
fn prune(store_dir: &Path) {
    let Some(oldest) = super::list(&super::dir_of(store_dir))
        .ok()
        .and_then(|l| l.first().map(|b| segment_of(&b.path)))
    else {
        return;
    };
    for p in segments(store_dir) {
        if segment_name(&p) < oldest {
            let _ = std::fs::remove_file(&p);
        }
    }
}

fn abandoned_line(n: u64) -> String {
    serde_json::to_string(&Abandoned { abandoned: n }).unwrap_or_default()
}

/// True when the store holds what the entry says the change left.
fn held_by(store: &dyn CaseloadApi, e: &Entry) -> bool {
    let Ok(text) = serde_json::to_string(&e.records) else {
        return false;
    };
    let Ok(records) = crate::interchange::parse(&text) else {
        return false;
    };
    let c = records.caseload;
    let same_cases = c
        .pregnancies
        .iter()
        .all(|p| store.pregnancy(&p.id).ok().flatten().as_ref() == Some(p));
    let gone = e
        .deleted_pregnancies
        .iter()
        .all(|id| matches!(store.pregnancy(id), Ok(None)));
    let providers = store.providers().unwrap_or_default();
    let same_providers = c.providers.iter().all(|p| providers.contains(p))
        && e.deleted_providers
            .iter()
            .all(|id| !providers.iter().any(|p| &p.id == id));
    let same_settings = !e.settings || store.settings().ok().as_ref() == Some(&c.settings);
    same_cases && gone && same_providers && same_settings
}

/// The journal line of `entry` (whose records hold no pregnancy yet) with `pregnancies`
/// in its records, each written in the file's shape, in parallel.
fn entry_line(entry: &Entry, pregnancies: &[Pregnancy]) -> crate::store::Result<String> {
    let write = |e: serde_json::Error| StoreError::Write(e.to_string());
    let head = serde_json::to_string(entry).map_err(write)?;
    if pregnancies.is_empty() {
        return Ok(head);
    }
    let parts = crate::parallel::parallel_slices(pregnancies, |chunk| {
        let mut out = String::new();
        for p in chunk {
            if !out.is_empty() {
                out.push(',');
            }
            let dto = crate::interchange::write::pregnancy(Catalog::builtin(), p);
            out.push_str(&serde_json::to_string(&dto)?);
        }
        Ok::<_, serde_json::Error>(out)
    });
    let mut list = String::new();
    for part in parts {
        let part = part.map_err(write)?;
        if !list.is_empty() && !part.is_empty() {
            list.push(',');
        }
        list.push_str(&part);
    }
    // The one empty list of pregnancies in the line is the records'.
    const EMPTY: &str = "\"pregnancies\":[]";
    match head.find(EMPTY) {
        Some(at) => Ok(format!(
            "{}\"pregnancies\":[{list}]{}",
            &head[..at],
            &head[at + EMPTY.len()..]
        )),
        None => Err(StoreError::Write(
            "the journal entry has no list of pregnancies".into(),
        )),
    }
}

impl ChangeLog for Journal {
    fn record(&self, change: &Change) -> crate::store::Result<u64> {
        let mut records = Caseload::default();
        let mut entry_deleted_providers = Vec::new();
        for (id, p) in &change.providers {
            match p {
                Some(p) => records.providers.push(p.clone()),
                None => entry_deleted_providers.push(id.clone()),
            }
        }
        let mut deleted_pregnancies = Vec::new();
        for c in &change.cases {
            match &c.after {
                Some(p) => records.pregnancies.push(p.clone()),
                None => deleted_pregnancies.push(c.id.clone()),
            }
        }
        if let Some(s) = &change.settings {
            records.settings = s.clone();
        }
        // The pregnancies (100,000 in a large import) are put in the file's shape and
        // written on every core, then set in the entry's line.
        let pregnancies = std::mem::take(&mut records.pregnancies);
        let dto = crate::interchange::write::to_dto(&records, Catalog::builtin());
        let mut state = self
            .state
            .lock()
            .map_err(|_| StoreError::Write("the journal is out of order".into()))?;
        let n = state.next;
        let entry = Entry {
            n,
            at: change.stamp.at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            by: change.stamp.by.user.clone(),
            from: change.stamp.by.from.clone(),
            action: change
                .audit
                .first()
                .map(|a| format!("{:?}", a.action))
                .unwrap_or_default(),
            replace_all: change.replace_all,
            records: dto,
            deleted_pregnancies,
            deleted_providers: entry_deleted_providers,
            settings: change.settings.is_some(),
        };
        let line = entry_line(&entry, &pregnancies)?;
        // All of it or nothing: a write cut short (a full disk) is taken back, so that
        // no fragment glues itself to the next entry.
        let before = state.file.metadata().map(|m| m.len()).map_err(io_err)?;
        if let Err(e) = state
            .file
            .write_all(format!("{line}\n").as_bytes())
            .and_then(|()| state.file.sync_data())
        {
            let _ = state.file.set_len(before);
            let _ = state.file.sync_data();
            return Err(io_err(e));
        }
        state.next = n + 1;
        Ok(n)
    }

    fn abandon(&self, n: u64) {
        if let Ok(mut state) = self.state.lock() {
            let _ = writeln!(state.file, "{}", abandoned_line(n));
            let _ = state.file.sync_data();
        }
    }

    fn committed(&self, n: u64) {
        if let Ok(mut state) = self.state.lock() {
            let line = serde_json::to_string(&Committed { committed: n }).unwrap_or_default();
            let _ = writeln!(state.file, "{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::coordinated;
    use crate::store::SledStore;

    /// A store journaling its changes, holding the practice's providers (the first
    /// journaled change, when `fresh`).
    fn store_with_journal(dir: &Path, fresh: bool) -> (SledStore, std::sync::Arc<Journal>) {
        let s = SledStore::open(dir).unwrap();
        let j = std::sync::Arc::new(Journal::open(dir, &s).unwrap());
        s.set_log(j.clone());
        if fresh {
            let practice = crate::domain::test_support::practice();
            let providers = ["gyn", "gp", "mw", "nurse", "sw", "psy", "mw2", "gp2"]
                .iter()
                .filter_map(|id| practice.get(id).cloned())
                .collect();
            s.import(
                Caseload {
                    providers,
                    ..Caseload::default()
                },
                false,
            )
            .unwrap();
        }
        (s, j)
    }

    #[test]
    fn every_change_is_journaled_and_replays_to_the_store() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, _j) = store_with_journal(tmp.path(), true);
        let mut a = coordinated("2025-03-01");
        s.put_pregnancy(a.clone()).unwrap();
        a.mother.name = "Renamed".into();
        s.put_pregnancy(a.clone()).unwrap();
        let mut b = a.clone();
        b.id = "c2".into();
        s.put_pregnancy(b).unwrap();
        s.delete_pregnancy("c2").unwrap();
        let mut c = Caseload::default();
        let r = replay(tmp.path(), None, &mut c);
        assert_eq!(r.changes, 5, "{r:?}");
        assert_eq!(c, s.export().unwrap());
    }

    #[test]
    fn a_torn_last_line_is_reported_and_the_whole_entries_replayed() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, _j) = store_with_journal(tmp.path(), true);
        s.put_pregnancy(coordinated("2025-03-01")).unwrap();
        let seg = segments(tmp.path()).pop().unwrap();
        let mut f = OpenOptions::new().append(true).open(&seg).unwrap();
        f.write_all(br#"{"n":3,"at":"2025-"#).unwrap();
        let mut c = Caseload::default();
        let r = replay(tmp.path(), None, &mut c);
        assert_eq!(r.changes, 2);
        assert_eq!(r.problems.len(), 1, "{r:?}");
        assert!(r.problems[0].contains("cut short"), "{r:?}");
        // Reopened, the journal goes on after the torn line.
        drop(s);
        let (s, _j) = store_with_journal(tmp.path(), false);
        let mut p = coordinated("2025-03-01");
        p.mother.name = "Later".into();
        s.put_pregnancy(p).unwrap();
        let mut c = Caseload::default();
        let r = replay(tmp.path(), None, &mut c);
        assert_eq!(r.changes, 3, "{r:?}");
        assert_eq!(c.pregnancies[0].mother.name, "Later");
    }

    /// A backup of `kind` taken at hh:mm on 03/12/2026.
    fn backup_at(
        s: &SledStore,
        dir: &Path,
        kind: crate::backup::Kind,
        hh: u32,
        mm: u32,
    ) -> crate::backup::Written {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 3)
            .and_then(|d| d.and_hms_opt(hh, mm, 0))
            .unwrap();
        crate::backup::take(s, dir, kind, at).unwrap()
    }

    #[test]
    fn a_backup_closes_the_segment_compressed_and_a_restore_replays_what_follows_it() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, j) = store_with_journal(tmp.path(), true);
        s.put_pregnancy(coordinated("2025-03-01")).unwrap();
        let b = backup_at(&s, tmp.path(), crate::backup::Kind::Manual, 9, 0);
        j.cut(&b.path).unwrap();
        let mut p = coordinated("2025-03-01");
        p.mother.name = "After the backup".into();
        s.put_pregnancy(p).unwrap();
        // The initial segment went with no backup before it; none is left plain.
        let names: Vec<String> = segments(tmp.path())
            .iter()
            .map(|p| segment_name(p))
            .collect();
        assert_eq!(names, vec![segment_of(&b.path)]);
        let text = crate::backup::read_text(&b.path).unwrap();
        let mut c = crate::interchange::parse(&text).unwrap().caseload;
        let r = replay(tmp.path(), Some(&b.path), &mut c);
        assert_eq!(r.changes, 1, "{r:?}");
        assert_eq!(c, s.export().unwrap());
        // A later cut closes this one compressed, and it still replays.
        let b2 = backup_at(&s, tmp.path(), crate::backup::Kind::Manual, 9, 5);
        j.cut(&b2.path).unwrap();
        assert!(dir_of(tmp.path())
            .join(format!("{}.zst", segment_of(&b.path)))
            .exists());
        let mut c = crate::interchange::parse(&text).unwrap().caseload;
        assert_eq!(replay(tmp.path(), Some(&b.path), &mut c).changes, 1);
        assert_eq!(c, s.export().unwrap());
    }

    #[test]
    fn a_backup_without_a_segment_replays_from_the_last_one_begun_before_it() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, _j) = store_with_journal(tmp.path(), true);
        s.put_pregnancy(coordinated("2025-03-01")).unwrap();
        // A backup the journal was not cut at (taken before a migration, say).
        let b = backup_at(&s, tmp.path(), crate::backup::Kind::BeforeMigration, 9, 0);
        let mut p = coordinated("2025-03-01");
        p.mother.name = "After the backup".into();
        s.put_pregnancy(p).unwrap();
        let text = crate::backup::read_text(&b.path).unwrap();
        let mut c = crate::interchange::parse(&text).unwrap().caseload;
        let r = replay(tmp.path(), Some(&b.path), &mut c);
        assert!(r.changes >= 1, "{r:?}");
        assert_eq!(c, s.export().unwrap());
    }

    #[test]
    fn an_entry_the_store_does_not_hold_is_marked_abandoned_at_start() {
        let tmp = tempfile::tempdir().unwrap();
        let (s, j) = store_with_journal(tmp.path(), true);
        s.put_pregnancy(coordinated("2025-03-01")).unwrap();
        // As if the server died between the journal and the store.
        let mut ghost = coordinated("2025-03-01");
        ghost.id = "ghost".into();
        let mut change = Change {
            stamp: s.last_change("c1").unwrap().unwrap(),
            replace_all: false,
            cases: Vec::new(),
            providers: Vec::new(),
            settings: None,
            audit: Vec::new(),
            base: None,
        };
        change.cases.push(crate::store::commands::CaseChange {
            id: "ghost".into(),
            after: Some(ghost),
            months_before: Vec::new(),
            months_after: Vec::new(),
        });
        j.record(&change).unwrap();
        drop((s, j));
        let (_s, _j) = store_with_journal(tmp.path(), false);
        let mut c = Caseload::default();
        replay(tmp.path(), None, &mut c);
        assert!(c.pregnancies.iter().all(|p| p.id != "ghost"));
        assert_eq!(c.pregnancies.len(), 1);
    }
}
