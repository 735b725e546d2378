//! The commands that look after the data itself: opening the store the safe way
//! (migration behind a backup, the day's backup, the way back from a damaged store),
//! `backup`, `restore` and `log` (the audit trail).

use super::output::Out;
use super::{Failure, Res};
use crate::backup::{self, Kind};
use crate::interchange;
use crate::store::{self, AuditEntry, CaseloadApi, SledStore, StoreError};
use chrono::{NaiveDate, NaiveDateTime};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The real time, for backup names and the day's backup.
pub fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// A store error at opening, with the way back when the store is damaged.
fn open_failure(e: StoreError, dir: &Path) -> Failure {
    match e {
        StoreError::Damaged { .. } | StoreError::Corrupt { .. } => {
            Failure(format!("{e}\n{}", backup::recovery_hint(dir)))
        }
        other => Failure(other.to_string()),
    }
}

/// Opens the store of `--data-dir` (or the default) for a command: warnings go to
/// standard error.
pub fn open(cli_dir: Option<PathBuf>) -> Result<SledStore, Failure> {
    open_noting(cli_dir, &mut |w| eprintln!("perinat: warning: {w}"))
}

/// Opens the store of `--data-dir` (or the default): permissions checked, an older
/// store migrated behind a backup, the day's backup taken; what the user should know
/// (wide permissions, a failed backup) goes to `warn`.
pub fn open_noting(
    cli_dir: Option<PathBuf>,
    warn: &mut dyn FnMut(String),
) -> Result<SledStore, Failure> {
    let dir = store::data_dir(cli_dir).map_err(Failure)?;
    for w in store::permissions::check(&dir) {
        warn(w);
    }
    let store = backup::open_store(&dir, now()).map_err(|e| open_failure(e, &dir))?;
    if let Err(e) = backup::daily(&store, &dir, now()) {
        if e.is_damage() {
            return Err(Failure(format!("{e}\n{}", backup::recovery_hint(&dir))));
        }
        warn(format!("the day's backup failed: {e}"));
    }
    Ok(store)
}

pub fn backup_cmd(store: &SledStore, file: Option<&Path>, list: bool, out: &mut Out) -> Res {
    let dir = backup::dir_of(store.dir());
    if list {
        let all = backup::list(&dir)
            .map_err(|e| Failure(format!("cannot list {}: {e}", dir.display())))?;
        let mut text = format!("Backups in {}:\n", dir.display());
        for b in &all {
            text.push_str(&format!(
                "  {}  {:<16}  {}\n",
                b.at.format("%d/%m/%Y %H:%M:%S"),
                b.kind.tag(),
                b.path.display()
            ));
        }
        if all.is_empty() {
            text.push_str("  (none yet: one is taken on the first use of each day)\n");
        }
        return out.text(&text);
    }
    let w = match file {
        Some(path) => backup::write_to(store, path),
        None => backup::take(store, store.dir(), Kind::Manual, now()),
    }?;
    out.text(&format!(
        "Backed up {} pregnancies and {} providers to {}.\n",
        w.pregnancies,
        w.providers,
        w.path.display()
    ))
}

/// Asks the user to type `yes` (on a terminal); elsewhere `--yes` is needed.
fn confirm(question: &str) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure(format!(
            "{question}\nStandard input is not a terminal, so perinat cannot ask: add --yes to go on."
        )));
    }
    eprint!("{question}\nType yes to go on: ");
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure(format!("cannot read the answer: {e}")))?;
    Ok(answer.trim().eq_ignore_ascii_case("yes"))
}

/// Moves a damaged store's files aside (never deleted) so that a fresh one can be made.
fn set_aside(dir: &Path) -> Result<PathBuf, Failure> {
    let target = dir.join(format!("db.damaged-{}", now().format("%Y-%m-%dT%H%M%S")));
    std::fs::rename(dir.join("db"), &target).map_err(|e| {
        Failure(format!(
            "cannot move the damaged store {} aside: {e}",
            dir.join("db").display()
        ))
    })?;
    Ok(target)
}

pub fn restore(cli_dir: Option<PathBuf>, file: &Path, yes: bool, out: &mut Out) -> Res {
    let dir = store::data_dir(cli_dir).map_err(Failure)?;
    let refused = format!(
        "{} was not restored, the store is unchanged",
        file.display()
    );
    let mut parsed = super::read_caseload_file(file, &refused)?;
    if !parsed.missing_amounts.is_empty() {
        let dir = crate::domain::Directory::new(parsed.caseload.providers.iter().cloned());
        let rules = crate::domain::RuleSet::with_settings(&parsed.caseload.settings);
        interchange::fill_billed_amounts(&mut parsed, &dir, &rules);
    }
    let incoming = (
        parsed.caseload.pregnancies.len(),
        parsed.caseload.providers.len(),
    );
    // The current store: backed up when it reads, set aside when it does not.
    let store = match backup::open_store(&dir, now()) {
        Ok(s) => Some(s),
        Err(e @ (StoreError::Damaged { .. } | StoreError::Corrupt { .. })) => {
            eprintln!("perinat: {e}");
            None
        }
        Err(e) => return Err(Failure(e.to_string())),
    };
    let question = match &store {
        Some(s) => format!(
            "Replace the caseload in {} ({} pregnancies, {} providers) with {} ({} pregnancies, {} providers)?\nThe current caseload is backed up first, in {}.",
            dir.display(),
            s.count_pregnancies()?,
            s.providers()?.len(),
            file.display(),
            incoming.0,
            incoming.1,
            backup::dir_of(&dir).display()
        ),
        None => format!(
            "The store in {} is damaged. Set its files aside (they are kept) and start a new store from {} ({} pregnancies, {} providers)?",
            dir.display(), file.display(), incoming.0, incoming.1
        ),
    };
    if !yes && !confirm(&question)? {
        return Err(Failure(format!("{refused} (not confirmed)")));
    }
    let mut safety = None;
    let store = match store {
        Some(s) => match backup::take(&s, &dir, Kind::BeforeRestore, now()) {
            Ok(w) => {
                safety = Some(w);
                Some(s)
            }
            // Records that do not read: the store's files are set aside instead.
            Err(e) if e.is_damage() => {
                eprintln!("perinat: the current caseload cannot be read whole ({e})");
                None
            }
            Err(e) => {
                return Err(Failure(format!(
                    "{refused}: the backup of the current caseload failed: {e}"
                )))
            }
        },
        None => None,
    };
    let mut aside = None;
    let store = match store {
        Some(s) => s,
        None => {
            aside = Some(set_aside(&dir)?);
            backup::open_store(&dir, now()).map_err(|e| Failure(e.to_string()))?
        }
    };
    let source = file.display().to_string();
    store
        .replace_all(parsed.caseload, &source)
        .map_err(|e| super::store_refusal(&refused, e))?;
    let mut msg = format!(
        "Restored {}: {} pregnancies, {} providers.\n",
        file.display(),
        incoming.0,
        incoming.1
    );
    if let Some(w) = safety {
        msg.push_str(&format!(
            "The previous caseload is in {}.\n",
            w.path.display()
        ));
    }
    if let Some(a) = aside {
        msg.push_str(&format!(
            "The damaged store's files are kept in {}.\n",
            a.display()
        ));
    }
    out.text(&msg)
}

pub fn log(store: &SledStore, case: Option<&str>, since: Option<NaiveDate>, out: &mut Out) -> Res {
    let from = since.and_then(|d| d.and_hms_opt(0, 0, 0));
    let keep = |e: &AuditEntry| from.is_none_or(|f| e.at >= f);
    let mut text = String::new();
    let mut n = 0usize;
    match case {
        Some(id) => {
            for e in store.case_history(id)?.iter().filter(|e| keep(e)) {
                push_entry(&mut text, e);
                n += 1;
            }
        }
        None => store.scan_audit(&mut |e| {
            if keep(&e) {
                push_entry(&mut text, &e);
                n += 1;
            }
            true
        })?,
    }
    text.push_str(&format!("{n} change{}\n", if n == 1 { "" } else { "s" }));
    out.text(&text)
}

fn push_entry(text: &mut String, e: &AuditEntry) {
    for line in crate::report::audit::entry_lines(e, None) {
        text.push_str(&line);
        text.push('\n');
    }
}
