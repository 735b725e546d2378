//! The commands that look after the data itself: opening the store the safe way
//! (migration behind a backup, the day's backup, the way back from a damaged store),
//! `backup`, `restore` and `log` (the audit trail).

use super::output::Out;
use super::{Failure, Res};
use crate::backup::{self, Kind};
use crate::interchange;
use crate::store::{self, AuditEntry, CaseloadApi, SledStore, StoreError};
use crate::t;
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
    open_noting(cli_dir, &mut |w| super::print_warning(&w))
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
        warn(t!("cli-daily-backup-failed", error = e.to_string()));
    }
    Ok(store)
}

pub fn backup_cmd(store: &SledStore, file: Option<&Path>, list: bool, out: &mut Out) -> Res {
    let dir = backup::dir_of(store.dir());
    if list {
        let all = backup::list(&dir).map_err(|e| {
            Failure(t!(
                "cli-cannot-list",
                dir = dir.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let mut text = format!(
            "{}\n",
            t!("cli-backups-in", dir = dir.display().to_string())
        );
        for b in &all {
            text.push_str(&format!(
                "  {}  {:<16}  {}\n",
                b.at.format("%d/%m/%Y %H:%M:%S"),
                b.kind.tag(),
                b.path.display()
            ));
        }
        if all.is_empty() {
            text.push_str(&format!("  {}\n", t!("cli-no-backups")));
        }
        return out.text(&text);
    }
    let w = match file {
        Some(path) => backup::write_to(store, path),
        None => backup::take(store, store.dir(), Kind::Manual, now()),
    }?;
    out.line(&t!(
        "cli-backed-up",
        count = w.pregnancies,
        providers = w.providers,
        file = w.path.display().to_string()
    ))
}

/// Asks the user to type `yes` (on a terminal); elsewhere `--yes` is needed.
fn confirm(question: &str) -> Result<bool, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure(format!(
            "{question}\n{}",
            t!("cli-confirm-no-terminal")
        )));
    }
    eprint!("{question}\n{} ", t!("cli-confirm-ask"));
    std::io::stderr().flush().ok();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure(t!("cli-cannot-read-answer", error = e.to_string())))?;
    let answer = answer.trim();
    // The word of the language in force, or "yes" (always understood).
    Ok(answer.eq_ignore_ascii_case("yes")
        || answer.to_lowercase() == t!("cli-confirm-word").to_lowercase())
}

/// Moves a damaged store's files aside (never deleted) so that a fresh one can be made.
fn set_aside(dir: &Path) -> Result<PathBuf, Failure> {
    let target = dir.join(format!("db.damaged-{}", now().format("%Y-%m-%dT%H%M%S")));
    std::fs::rename(dir.join("db"), &target).map_err(|e| {
        Failure(t!(
            "cli-cannot-set-aside",
            dir = dir.join("db").display().to_string(),
            error = e.to_string()
        ))
    })?;
    Ok(target)
}

pub fn restore(cli_dir: Option<PathBuf>, file: &Path, yes: bool, out: &mut Out) -> Res {
    let dir = store::data_dir(cli_dir).map_err(Failure)?;
    let refused = t!("cli-not-restored", file = file.display().to_string());
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
        Some(s) => t!(
            "cli-restore-question",
            dir = dir.display().to_string(),
            count = s.count_pregnancies()?,
            providers = s.providers()?.len(),
            file = file.display().to_string(),
            new_count = incoming.0,
            new_providers = incoming.1,
            backups = backup::dir_of(&dir).display().to_string()
        ),
        None => t!(
            "cli-restore-damaged-question",
            dir = dir.display().to_string(),
            file = file.display().to_string(),
            new_count = incoming.0,
            new_providers = incoming.1
        ),
    };
    if !yes && !confirm(&question)? {
        return Err(Failure(t!("cli-not-confirmed", refused = &refused)));
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
                eprintln!(
                    "perinat: {}",
                    t!("cli-current-unreadable", error = e.to_string())
                );
                None
            }
            Err(e) => {
                return Err(Failure(t!(
                    "cli-restore-backup-failed",
                    refused = &refused,
                    error = e.to_string()
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
        "{}\n",
        t!(
            "cli-restored",
            file = file.display().to_string(),
            count = incoming.0,
            providers = incoming.1
        )
    );
    if let Some(w) = safety {
        msg.push_str(&format!(
            "{}\n",
            t!("cli-previous-in", file = w.path.display().to_string())
        ));
    }
    if let Some(a) = aside {
        msg.push_str(&format!(
            "{}\n",
            t!("cli-damaged-kept", dir = a.display().to_string())
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
    text.push_str(&format!("{}\n", t!("cli-change-count", count = n)));
    out.text(&text)
}

fn push_entry(text: &mut String, e: &AuditEntry) {
    for line in crate::report::audit::entry_lines(e, None) {
        text.push_str(&line);
        text.push('\n');
    }
}
