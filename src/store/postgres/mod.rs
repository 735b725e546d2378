//! The PostgreSQL backend: storage only, for a caseload shared by many people on
//! several machines. Every perinat process talks to the database itself (no perinat
//! server, no journal: backups are the database's). Records are the codec's bytes, as
//! in the embedded store; a month index table serves the month's report; one
//! transaction per [`Change`], under a transaction-level advisory lock, first checks
//! that nobody committed since the command read ([`Change::base`]), so two processes
//! cannot both pass a check and both write. Commits are announced with NOTIFY (see
//! [`watch`]). Every rule is in [`commands`](crate::store::commands), which
//! [`PgStore`] puts over this storage.

pub mod schema;
pub mod url;
pub mod watch;

use crate::domain::model::{PracticeSettings, Pregnancy, Provider};
use crate::domain::YearMonth;
use crate::parallel::parallel_slices;
use crate::store::api::Live;
use crate::store::codec::{decode, encode, version_of, SCHEMA_VERSION};
use crate::store::commands::{Change, Commands, Storage};
use crate::store::error::{Result, StoreError};
use crate::store::records::{Actor, AuditEntry, CaseRecord};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use std::sync::mpsc::Receiver;
use std::sync::{Mutex, MutexGuard};
pub use url::{is_postgres_url, Place};

/// The caseload API over PostgreSQL: the commands over its storage.
pub type PgStore = Commands<PgStorage>;

/// Beyond this many rows, a commit sends them with COPY rather than one by one.
const COPY_FROM: usize = 64;

/// How many rows a scan fetches at a time.
const SCAN_BATCH: i32 = 2_000;

/// The key the pseudonym key is kept under.
const PSEUDONYM_KEY: &str = "pseudonym-key";

/// A caseload in a PostgreSQL database: where it is, and this process's connection
/// (made again when the database comes back after a restart).
pub struct PgStorage {
    place: Place,
    conn: Mutex<Option<postgres::Client>>,
}

impl Commands<PgStorage> {
    /// Connects to the caseload at `url`, acting as this process's Unix user. A new,
    /// empty database is set up (the latest schema version); a database of another schema
    /// version, or one that is not a caseload, is refused with nothing written.
    pub fn connect(url: &str) -> Result<PgStore> {
        let storage = PgStorage::open(url)?;
        storage.run(true, |c, place| {
            let found = schema::found(c, place)?;
            if found == schema::Found::Empty {
                schema::migrate(c, place)?;
                return Ok(());
            }
            schema::check(found, place)
        })?;
        let mut store = Commands::new(storage);
        store.set_actor(unix_actor());
        Ok(store)
    }

    /// The store's secret key for pseudonyms (made once, never exported).
    pub fn pseudonym_key(&self) -> Result<Vec<u8>> {
        self.storage().pseudonym_key()
    }
}

/// This process's user as the kernel knows it (not as the environment says), and the
/// SSH client's address.
fn unix_actor() -> Actor {
    let uid = nix::unistd::getuid();
    let user = match nix::unistd::User::from_uid(uid) {
        Ok(Some(u)) => u.name,
        _ => format!("uid {uid}"),
    };
    Actor {
        user,
        from: Actor::from_env().from,
    }
}

/// Applies the migrations the database at `url` lacks; returns the versions it was at
/// and is at now.
pub fn migrate(url: &str) -> Result<(i32, i32)> {
    let storage = PgStorage::open(url)?;
    storage.run(false, schema::migrate)
}

impl PgStorage {
    /// The storage at `url`, connected.
    pub fn open(url: &str) -> Result<PgStorage> {
        let place = Place::parse(url)?;
        let client = place.connect()?;
        Ok(PgStorage {
            place,
            conn: Mutex::new(Some(client)),
        })
    }

    fn connection(&self) -> MutexGuard<'_, Option<postgres::Client>> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the connection, connecting first when there is none. A connection
    /// found lost is dropped (the next call connects again); with `again`, `f` is then
    /// run once more on a new one (reads: the database restarted since the last call).
    fn run<T>(
        &self,
        again: bool,
        mut f: impl FnMut(&mut postgres::Client, &Place) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.connection();
        let mut tries = if again { 2 } else { 1 };
        loop {
            tries -= 1;
            let client = match conn.as_mut() {
                Some(c) if !c.is_closed() => c,
                _ => conn.insert(self.place.connect()?),
            };
            match f(client, &self.place) {
                Err(StoreError::Unavailable(e)) => {
                    *conn = None;
                    if tries == 0 {
                        return Err(StoreError::Unavailable(e));
                    }
                }
                other => return other,
            }
        }
    }

    /// The pseudonym key, made once by whichever session needs it first.
    pub fn pseudonym_key(&self) -> Result<Vec<u8>> {
        let key: [u8; 32] = rand::random();
        self.run(true, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, true);
            c.execute(
                "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
                &[&PSEUDONYM_KEY, &&key[..]],
            )
            .map_err(fail)?;
            let row = c
                .query_one("SELECT value FROM meta WHERE key = $1", &[&PSEUDONYM_KEY])
                .map_err(fail)?;
            row.try_get(0).map_err(fail)
        })
    }

    /// The records `sql` selects (one bytea column), each decoded as a `T` (`key`
    /// names the table in errors).
    fn records<T: crate::store::codec::Record>(
        &self,
        key: &str,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<T>> {
        let rows = self.bytes(sql, params)?;
        rows.iter().map(|b| decode(key.as_bytes(), b)).collect()
    }

    /// The bytea first column of the rows `sql` selects.
    fn bytes(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Vec<u8>>> {
        self.run(true, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, false);
            let rows = c.query(sql, params).map_err(fail)?;
            rows.iter()
                .map(|r| r.try_get::<_, Vec<u8>>(0).map_err(fail))
                .collect()
        })
    }

    /// Calls `visit` on the bytea first column of each row `sql` selects, fetched a
    /// batch at a time in one snapshot, until it returns false.
    fn scan(&self, sql: &str, visit: &mut dyn FnMut(&[u8]) -> Result<bool>) -> Result<()> {
        self.run(true, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, false);
            let mut tx = c
                .build_transaction()
                .read_only(true)
                .isolation_level(postgres::IsolationLevel::RepeatableRead)
                .start()
                .map_err(fail)?;
            let portal = tx.bind(sql, &[]).map_err(fail)?;
            loop {
                let rows = tx.query_portal(&portal, SCAN_BATCH).map_err(fail)?;
                for r in &rows {
                    let bytes: &[u8] = r.try_get(0).map_err(fail)?;
                    if !visit(bytes)? {
                        return Ok(());
                    }
                }
                if rows.len() < SCAN_BATCH as usize {
                    return Ok(());
                }
            }
        })
    }

    /// The month's case records as stored, by id.
    fn month_bytes(&self, month: YearMonth) -> Result<Vec<Vec<u8>>> {
        self.bytes(
            "SELECT c.record FROM case_months m JOIN cases c ON c.id = m.case_id
              WHERE m.month = $1 ORDER BY c.id",
            &[&month.to_string()],
        )
    }

    /// Writes `change` in `tx` (under the writers' lock, its base checked); returns the
    /// sequence numbers of its audit entries.
    fn write(&self, tx: &mut postgres::Transaction<'_>, change: &Change) -> Result<Vec<u64>> {
        let fail = |e: postgres::Error| self.place.error(&e, true);
        if change.replace_all {
            tx.batch_execute(
                "DELETE FROM case_months; DELETE FROM cases; DELETE FROM providers; DELETE FROM settings;",
            )
            .map_err(fail)?;
        }
        for (id, provider) in &change.providers {
            match provider {
                Some(p) => tx.execute(
                    "INSERT INTO providers (id, record) VALUES ($1, $2)
                     ON CONFLICT (id) DO UPDATE SET record = excluded.record",
                    &[id, &encode(p)?],
                ),
                None => tx.execute("DELETE FROM providers WHERE id = $1", &[id]),
            }
            .map_err(fail)?;
        }
        if let Some(settings) = &change.settings {
            tx.execute(
                "INSERT INTO settings (id, record) VALUES (1, $1)
                 ON CONFLICT (id) DO UPDATE SET record = excluded.record",
                &[&encode(settings)?],
            )
            .map_err(fail)?;
        }
        self.write_cases(tx, change)?;
        self.write_audit(tx, change)
    }

    /// The case records and the month index of `change`: each case written leaves
    /// every month it was in and joins those of its new version.
    fn write_cases(&self, tx: &mut postgres::Transaction<'_>, change: &Change) -> Result<()> {
        let fail = |e: postgres::Error| self.place.error(&e, true);
        if change.cases.is_empty() {
            return Ok(());
        }
        let mut records = Vec::with_capacity(change.cases.len());
        for c in &change.cases {
            if let Some(p) = &c.after {
                let record = CaseRecord::new(p.clone(), Some(change.stamp.clone()));
                records.push((c.id.as_str(), encode(&record)?));
            }
        }
        let months: Vec<(String, &str)> = change
            .cases
            .iter()
            .flat_map(|c| {
                c.months_after
                    .iter()
                    .map(|m| (m.to_string(), c.id.as_str()))
            })
            .collect();
        if !change.replace_all {
            let ids: Vec<&str> = change.cases.iter().map(|c| c.id.as_str()).collect();
            tx.execute("DELETE FROM case_months WHERE case_id = ANY($1)", &[&ids])
                .map_err(fail)?;
            tx.execute("DELETE FROM cases WHERE id = ANY($1)", &[&ids])
                .map_err(fail)?;
        }
        let rows: Vec<[&(dyn ToSql + Sync); 2]> =
            records.iter().map(|(id, b)| [id as _, b as _]).collect();
        self.insert_rows(tx, "cases (id, record)", &[Type::TEXT, Type::BYTEA], &rows)?;
        let rows: Vec<[&(dyn ToSql + Sync); 2]> =
            months.iter().map(|(m, id)| [m as _, id as _]).collect();
        self.insert_rows(
            tx,
            "case_months (month, case_id)",
            &[Type::TEXT, Type::TEXT],
            &rows,
        )?;
        Ok(())
    }

    /// Inserts `rows` into `table` (with its two columns named, e.g. `cases (id, record)`):
    /// with COPY when there are many, else one prepared insert each.
    fn insert_rows(
        &self,
        tx: &mut postgres::Transaction<'_>,
        table: &str,
        types: &[Type],
        rows: &[[&(dyn ToSql + Sync); 2]],
    ) -> Result<()> {
        let fail = |e: postgres::Error| self.place.error(&e, true);
        if rows.len() > COPY_FROM {
            let sink = tx
                .copy_in(&format!("COPY {table} FROM STDIN BINARY"))
                .map_err(fail)?;
            let mut w = BinaryCopyInWriter::new(sink, types);
            for row in rows {
                w.write(row).map_err(fail)?;
            }
            w.finish().map_err(fail)?;
        } else if !rows.is_empty() {
            let insert = tx
                .prepare(&format!("INSERT INTO {table} VALUES ($1, $2)"))
                .map_err(fail)?;
            for row in rows {
                tx.execute(&insert, row).map_err(fail)?;
            }
        }
        Ok(())
    }

    /// The audit entries of `change`, numbered from the audit sequence, each listed in
    /// the history of its cases; then the notice of the commit.
    fn write_audit(&self, tx: &mut postgres::Transaction<'_>, change: &Change) -> Result<Vec<u64>> {
        let fail = |e: postgres::Error| self.place.error(&e, true);
        let n = change.audit.len() as i64;
        let mut seqs: Vec<i64> = tx
            .query(
                "SELECT nextval('audit_seq') FROM generate_series(1, $1::bigint)",
                &[&n],
            )
            .map_err(fail)?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<std::result::Result<_, _>>()
            .map_err(fail)?;
        seqs.sort_unstable();
        let mut entries = Vec::with_capacity(seqs.len());
        let mut history: Vec<(&str, i64)> = Vec::new();
        for (draft, &seq) in change.audit.iter().zip(&seqs) {
            let entry = AuditEntry {
                seq: seq as u64,
                at: change.stamp.at,
                by: change.stamp.by.clone(),
                action: draft.action,
                subject: draft.subject.clone(),
                before: draft.before.clone(),
                after: draft.after.clone(),
                detail: draft.detail.clone(),
            };
            entries.push((seq, encode(&entry)?));
            history.extend(draft.cases.iter().map(|c| (c.as_str(), seq)));
        }
        let rows: Vec<[&(dyn ToSql + Sync); 2]> =
            entries.iter().map(|(seq, b)| [seq as _, b as _]).collect();
        self.insert_rows(tx, "audit (seq, record)", &[Type::INT8, Type::BYTEA], &rows)?;
        let rows: Vec<[&(dyn ToSql + Sync); 2]> = history
            .iter()
            .map(|(case, seq)| [case as _, seq as _])
            .collect();
        self.insert_rows(
            tx,
            "case_history (case_id, seq)",
            &[Type::TEXT, Type::INT8],
            &rows,
        )?;
        let last = seqs.last().map_or(0, |s| *s as u64);
        tx.execute(
            "SELECT pg_notify($1, $2)",
            &[&watch::CHANNEL, &watch::payload(&change.note(last))],
        )
        .map_err(fail)?;
        Ok(seqs.into_iter().map(|s| s as u64).collect())
    }
}

impl Storage for PgStorage {
    fn providers(&self) -> Result<Vec<Provider>> {
        self.records("providers", "SELECT record FROM providers ORDER BY id", &[])
    }

    fn provider(&self, id: &str) -> Result<Option<Provider>> {
        let mut found = self.records(
            "providers",
            "SELECT record FROM providers WHERE id = $1",
            &[&id],
        )?;
        Ok(found.pop())
    }

    fn settings(&self) -> Result<PracticeSettings> {
        let mut found =
            self.records("settings", "SELECT record FROM settings WHERE id = 1", &[])?;
        Ok(found.pop().unwrap_or_default())
    }

    fn case(&self, id: &str) -> Result<Option<CaseRecord>> {
        let mut found = self.records("cases", "SELECT record FROM cases WHERE id = $1", &[&id])?;
        Ok(found.pop())
    }

    fn last_seq(&self, id: &str) -> Result<Option<u64>> {
        self.run(true, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, false);
            let row = c
                .query_one(
                    "SELECT max(seq) FROM case_history WHERE case_id = $1",
                    &[&id],
                )
                .map_err(fail)?;
            let seq: Option<i64> = row.try_get(0).map_err(fail)?;
            Ok(seq.map(|s| s as u64))
        })
    }

    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>> {
        self.records(
            "audit",
            "SELECT a.record FROM case_history h JOIN audit a ON a.seq = h.seq
              WHERE h.case_id = $1 ORDER BY h.seq",
            &[&id],
        )
    }

    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()> {
        self.scan("SELECT record FROM audit ORDER BY seq", &mut |b| {
            Ok(visit(decode(b"audit", b)?))
        })
    }

    fn count_cases(&self) -> Result<usize> {
        self.run(true, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, false);
            let row = c
                .query_one("SELECT count(*) FROM cases", &[])
                .map_err(fail)?;
            let n: i64 = row.try_get(0).map_err(fail)?;
            Ok(n as usize)
        })
    }

    fn scan_cases(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()> {
        self.scan("SELECT record FROM cases ORDER BY id", &mut |b| {
            Ok(visit(decode::<CaseRecord>(b"cases", b)?.pregnancy))
        })
    }

    fn cases_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>> {
        let rows = self.month_bytes(month)?;
        let parts = parallel_slices(&rows, |slice| {
            slice
                .iter()
                .map(|b| decode::<CaseRecord>(b"cases", b).map(|r| r.pregnancy))
                .collect::<Result<Vec<_>>>()
        });
        let mut out = Vec::with_capacity(rows.len());
        for part in parts {
            out.extend(part?);
        }
        Ok(out)
    }

    fn cases_in_month_encoded(&self, month: YearMonth) -> Result<Vec<Vec<u8>>> {
        self.month_bytes(month)?
            .into_iter()
            .map(|b| {
                if version_of(&b) == Some(SCHEMA_VERSION) {
                    Ok(b)
                } else {
                    encode(&decode::<CaseRecord>(b"cases", &b)?)
                }
            })
            .collect()
    }

    fn commit(&self, change: Change) -> Result<Vec<u64>> {
        // Never run twice: a connection lost during a commit may or may not have
        // committed, and the caller is told so.
        self.run(false, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, true);
            let mut tx = c.transaction().map_err(fail)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&schema::WRITER_LOCK])
                .map_err(fail)?;
            if let Some(base) = change.base {
                let row = tx
                    .query_one("SELECT coalesce(max(seq), 0) FROM audit", &[])
                    .map_err(fail)?;
                let head: i64 = row.try_get(0).map_err(fail)?;
                if head as u64 != base {
                    return Err(StoreError::Moved);
                }
            }
            let seqs = self.write(&mut tx, &change)?;
            tx.commit().map_err(fail)?;
            Ok(seqs)
        })
    }

    fn head(&self) -> Result<Option<u64>> {
        self.run(true, |c, place| {
            let fail = |e: postgres::Error| place.error(&e, false);
            let row = c
                .query_one("SELECT coalesce(max(seq), 0) FROM audit", &[])
                .map_err(fail)?;
            let head: i64 = row.try_get(0).map_err(fail)?;
            Ok(Some(head as u64))
        })
    }

    fn watch(&self) -> Option<Receiver<Live>> {
        Some(watch::start(self.place.clone()))
    }

    fn flush(&self) -> Result<()> {
        // Every commit is durable when the database answers it.
        Ok(())
    }

    fn location(&self) -> String {
        self.place.shown().to_string()
    }
}
