//! The commands that look after the data itself: reaching the store through its server
//! (which opens it the safe way: migration behind a backup, the day's backup, the way
//! back from a damaged store) or in PostgreSQL (`--store`), `backup`, `restore` and
//! `log` (the audit trail).

use super::output::Out;
use super::{Failure, Res};
use crate::backup::{self, journal};
use crate::domain::model::Caseload;
use crate::interchange;
use crate::server::Client;
use crate::store::postgres::{self, PgStore};
use crate::store::{self, AuditEntry, CaseloadApi, StoreError};
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

/// The environment variable that names a PostgreSQL caseload, as `--store` does.
pub const STORE_ENV: &str = "PERINAT_STORE";

/// The PostgreSQL URL of `--store`, else of `PERINAT_STORE`; none: the data directory.
pub fn postgres_url(flag: Option<String>) -> Result<Option<String>, Failure> {
    let value = flag.or_else(|| std::env::var(STORE_ENV).ok());
    match value.filter(|v| !v.trim().is_empty()) {
        None => Ok(None),
        Some(v) if postgres::is_postgres_url(&v) => Ok(Some(v)),
        Some(v) => Err(Failure(t!(
            "cli-bad-store",
            value = postgres::url::shown(&v)
        ))),
    }
}

/// The caseload a command works on: a data directory's, through its server, or one in
/// a PostgreSQL database, reached directly.
pub enum Store {
    Server(Client),
    Postgres(PgStore),
}

impl std::ops::Deref for Store {
    type Target = dyn CaseloadApi + Send + Sync;

    fn deref(&self) -> &Self::Target {
        match self {
            Store::Server(c) => c,
            Store::Postgres(p) => p,
        }
    }
}

impl Store {
    /// The caseload with names, NISS, birth days and notes replaced by the store's
    /// pseudonyms.
    pub fn export_pseudonymised(&self) -> Result<Caseload, StoreError> {
        match self {
            Store::Server(c) => c.export_pseudonymised(),
            Store::Postgres(p) => {
                let key = p.pseudonym_key()?;
                Ok(crate::interchange::pseudonymise::pseudonymise(
                    &p.export()?,
                    &key,
                ))
            }
        }
    }

    /// Where the caseload is, for people: the directory, or the URL without password.
    pub fn place(&self) -> String {
        match self {
            Store::Server(c) => c.dir().display().to_string(),
            Store::Postgres(p) => p.location(),
        }
    }

    /// The store as the UI shares it between its threads.
    pub fn shared(self) -> crate::tui::loader::SharedStore {
        match self {
            Store::Server(c) => std::sync::Arc::new(c),
            Store::Postgres(p) => std::sync::Arc::new(p),
        }
    }
}

/// Opens the caseload of a command: in PostgreSQL when `url` names one, else through
/// the server of `--data-dir` (or the default), starting it when needed; warnings go
/// to standard error.
pub fn open(cli_dir: Option<PathBuf>, url: Option<&str>) -> Result<Store, Failure> {
    open_noting(cli_dir, url, false, &mut |w| super::print_warning(&w))
}

/// Opens the caseload in PostgreSQL when `url` names one; else connects to the server
/// of `--data-dir` (or the default), which opens the store the safe way (migration
/// behind a backup, the day's backup); the permissions of the directory are checked
/// here. What the user should know goes to `warn`. `interactive`: the UI (its writes
/// are told "busy" instead of waiting long).
pub fn open_noting(
    cli_dir: Option<PathBuf>,
    url: Option<&str>,
    interactive: bool,
    warn: &mut dyn FnMut(String),
) -> Result<Store, Failure> {
    if let Some(url) = url {
        let mut store = PgStore::connect(url)?;
        if interactive {
            let actor = store.actor().clone();
            store = store.session(actor, Some(std::time::Duration::from_secs(2)));
        }
        return Ok(Store::Postgres(store));
    }
    let dir = store::data_dir(cli_dir).map_err(Failure)?;
    for w in store::permissions::check(&dir) {
        warn(w);
    }
    let client = Client::connect(&dir, interactive).map_err(|u| Failure(u.message))?;
    for w in &client.warnings {
        warn(w.clone());
    }
    Ok(Store::Server(client))
}

/// `perinat db migrate`: brings the PostgreSQL caseload's schema to this build's.
pub fn db_migrate(url: Option<&str>, out: &mut Out) -> Res {
    let url = url.ok_or_else(|| Failure(t!("pg-no-store")))?;
    let (from, to) = postgres::migrate(url)?;
    let shown = postgres::url::shown(url);
    if from == to {
        return out.line(&t!("pg-up-to-date", url = shown, version = to));
    }
    out.line(&t!("pg-migrated", url = shown, from = from, to = to))
}

/// `perinat backup`: takes a backup (into the backups directory, or to `file`), lists
/// them, or shows one as plain JSON (`show`, which needs no store).
pub fn backup_cmd(
    cli_dir: Option<PathBuf>,
    url: Option<&str>,
    file: Option<&Path>,
    list: bool,
    show: Option<&Path>,
    out: &mut Out,
) -> Res {
    if let Some(path) = show {
        let text = backup::read_text(path)?;
        // Only JSON goes out (anything else is refused), and on a terminal the C1 and
        // bidi characters JSON leaves raw are shown as marks (Out::data).
        serde_json::from_str::<serde::de::IgnoredAny>(&text).map_err(|e| {
            Failure(t!(
                "cli-show-not-json",
                file = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        return out.data(&text);
    }
    if url.is_some() {
        // The database keeps the caseload and its backups; a file is a portable copy.
        let store = open(cli_dir, url)?;
        let Some(path) = file.filter(|_| !list) else {
            return Err(Failure(t!("pg-backups-elsewhere", url = store.place())));
        };
        let w = backup::write_to(&*store, path)?;
        return out.line(&t!(
            "cli-backed-up",
            count = w.pregnancies,
            providers = w.providers,
            file = w.path.display().to_string()
        ));
    }
    let Store::Server(client) = &open(cli_dir, None)? else {
        return Err(Failure(t!("pg-no-store")));
    };
    let dir = backup::dir_of(client.dir());
    if list {
        let all = client.backups()?;
        let mut text = format!(
            "{}\n",
            t!("cli-backups-in", dir = dir.display().to_string())
        );
        for b in &all {
            text.push_str(&format!(
                "  {}  {:<16}  {}\n",
                b.at.format("%d/%m/%Y %H:%M:%S"),
                b.kind,
                b.path
            ));
        }
        if all.is_empty() {
            text.push_str(&format!("  {}\n", t!("cli-no-backups")));
        }
        return out.text(&text);
    }
    let (count, providers, file) = match file {
        Some(path) => {
            let w = backup::write_to(client, path)?;
            (w.pregnancies, w.providers, w.path.display().to_string())
        }
        None => {
            let b = client.backup()?;
            (b.pregnancies, b.providers, b.path)
        }
    };
    out.line(&t!(
        "cli-backed-up",
        count = count,
        providers = providers,
        file = file
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
    eprint!(
        "{}\n{} ",
        crate::safe_text::shown_lines(question),
        t!("cli-confirm-ask")
    );
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

pub fn restore(
    cli_dir: Option<PathBuf>,
    url: Option<&str>,
    file: &Path,
    yes: bool,
    out: &mut Out,
) -> Res {
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
    // The full path: the server tells a backup of its own (whose journal it replays)
    // by where the file is.
    let source = std::fs::canonicalize(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .display()
        .to_string();
    if url.is_some() {
        let store = open(Some(dir.clone()), url)?;
        return restore_into(&store, &dir, parsed.caseload, &source, yes, out);
    }
    // Through the server when the store opens; a damaged store, which no server can
    // open, is set aside here (no server runs on it) and a new one made from the file.
    let client = match Client::connect(&dir, false) {
        Ok(c) => c,
        Err(u) if u.damaged => {
            super::output::eprint_safe(&format!("perinat: {u}"));
            return restore_damaged(&dir, parsed.caseload, &source, incoming, yes, out);
        }
        Err(u) => return Err(Failure(u.message)),
    };
    let question = t!(
        "cli-restore-question",
        dir = dir.display().to_string(),
        count = client.count_pregnancies()?,
        providers = client.providers()?.len(),
        file = file.display().to_string(),
        new_count = incoming.0,
        new_providers = incoming.1,
        backups = backup::dir_of(&dir).display().to_string()
    );
    if !yes && !confirm(&question)? {
        return Err(Failure(t!("cli-not-confirmed", refused = &refused)));
    }
    let (_, previous, replayed) = client
        .restore(parsed.caseload, &source)
        .map_err(|e| super::store_refusal(&refused, e))?;
    let mut msg = format!(
        "{}\n",
        t!(
            "cli-restored",
            file = source.as_str(),
            count = incoming.0,
            providers = incoming.1
        )
    );
    msg.push_str(&replayed_text(&replayed));
    if let Some(p) = previous {
        msg.push_str(&format!("{}\n", t!("cli-previous-in", file = p)));
    }
    out.text(&msg)
}

/// Restores a caseload kept in PostgreSQL: after confirmation, the caseload it replaces
/// is written to the backups directory of the data directory `dir`, then replaced, all
/// or nothing.
fn restore_into(
    store: &Store,
    dir: &Path,
    caseload: Caseload,
    source: &str,
    yes: bool,
    out: &mut Out,
) -> Res {
    let refused = t!("cli-not-restored", file = source);
    let incoming = (caseload.pregnancies.len(), caseload.providers.len());
    let question = t!(
        "cli-restore-question",
        dir = store.place(),
        count = store.count_pregnancies()?,
        providers = store.providers()?.len(),
        file = source,
        new_count = incoming.0,
        new_providers = incoming.1,
        backups = backup::dir_of(dir).display().to_string()
    );
    if !yes && !confirm(&question)? {
        return Err(Failure(t!("cli-not-confirmed", refused = &refused)));
    }
    let previous = backup::take(&**store, dir, backup::Kind::BeforeRestore, now())?;
    store
        .replace_all(caseload, source)
        .map_err(|e| super::store_refusal(&refused, e))?;
    out.text(&format!(
        "{}\n{}\n",
        t!(
            "cli-restored",
            file = source,
            count = incoming.0,
            providers = incoming.1
        ),
        t!(
            "cli-previous-in",
            file = previous.path.display().to_string()
        )
    ))
}

/// What a restore replayed from the journal, and what it could not.
fn replayed_text(r: &journal::Replayed) -> String {
    let mut text = String::new();
    if r.changes > 0 {
        text.push_str(&format!("{}\n", t!("cli-replayed", count = r.changes)));
    }
    for p in &r.problems {
        text.push_str(&format!("{}\n", t!("warning", text = p.as_str())));
    }
    text
}

/// Restores over a store that cannot be opened: its files are set aside (never deleted)
/// and a new store is made from the file, here, while no server can run on it.
fn restore_damaged(
    dir: &Path,
    mut caseload: crate::domain::model::Caseload,
    source: &str,
    incoming: (usize, usize),
    yes: bool,
    out: &mut Out,
) -> Res {
    let refused = t!("cli-not-restored", file = source);
    let question = t!(
        "cli-restore-damaged-question",
        dir = dir.display().to_string(),
        file = source,
        new_count = incoming.0,
        new_providers = incoming.1
    );
    if !yes && !confirm(&question)? {
        return Err(Failure(t!("cli-not-confirmed", refused = &refused)));
    }
    // A backup of this store's: the journal written since it brings back the rest.
    let from = Path::new(source);
    let replayed = if journal::is_backup_of(dir, from) {
        journal::replay(dir, Some(from), &mut caseload)
    } else {
        journal::Replayed::default()
    };
    let aside = set_aside(dir)?;
    let store = backup::open_store(dir, now()).map_err(|e| open_failure(e, dir))?;
    store
        .replace_all(caseload, source)
        .map_err(|e| super::store_refusal(&refused, e))?;
    // The journal goes on from a backup of what was restored: a later damage replays
    // from there, not from a backup of the store set aside.
    if let Ok(w) = backup::take(&store, dir, backup::Kind::Manual, now()) {
        if let Err(e) = journal::start_after(dir, &w.path) {
            super::print_warning(&e.to_string());
        }
    }
    drop(store);
    let mut msg = format!(
        "{}\n",
        t!(
            "cli-restored",
            file = source,
            count = incoming.0,
            providers = incoming.1
        )
    );
    msg.push_str(&replayed_text(&replayed));
    msg.push_str(&format!(
        "{}\n",
        t!("cli-damaged-kept", dir = aside.display().to_string())
    ));
    out.text(&msg)
}

pub fn log(
    store: &dyn CaseloadApi,
    case: Option<&str>,
    since: Option<NaiveDate>,
    out: &mut Out,
) -> Res {
    let from = since.and_then(|d| d.and_hms_opt(0, 0, 0));
    let keep = |e: &AuditEntry| from.is_none_or(|f| e.at >= f);
    let mut text = String::new();
    let mut n = 0usize;
    let dir = store.directory()?;
    match case {
        Some(id) => {
            for e in store.case_history(id)?.iter().filter(|e| keep(e)) {
                push_entry(&mut text, e, &dir);
                n += 1;
            }
        }
        None => store.scan_audit(&mut |e| {
            if keep(&e) {
                push_entry(&mut text, &e, &dir);
                n += 1;
            }
            true
        })?,
    }
    text.push_str(&format!("{}\n", t!("cli-change-count", count = n)));
    out.text(&text)
}

fn push_entry(text: &mut String, e: &AuditEntry, dir: &crate::domain::model::Directory) {
    for line in crate::report::audit::entry_lines(e, None, Some(dir)) {
        text.push_str(&line);
        text.push('\n');
    }
}
