//! The database schema of a PostgreSQL caseload: the migrations kept in the
//! repository (`migrations/NNNN_*.sql`, built into the binary), the version a database
//! is at, and applying what is missing, all or nothing.

use super::url::Place;
use crate::store::error::{Result, StoreError};
use crate::t;

/// The migrations, in order: version n is the n-th.
const MIGRATIONS: [&str; 2] = [
    include_str!("../../../migrations/0001_init.sql"),
    // Provider records may hold a login (issue 12): older perinat must refuse them.
    include_str!("../../../migrations/0002_provider_login.sql"),
];

/// The schema version this build reads and writes.
pub const VERSION: i32 = MIGRATIONS.len() as i32;

/// Every writer of a caseload takes this transaction-level advisory lock (the key is
/// "perinat" in ASCII) before it checks and writes, and so does a migration.
pub const WRITER_LOCK: i64 = 0x0070_6572_696e_6174;

/// What a database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// No table at all: a new database, set up on first use.
    Empty,
    /// Tables, but not a perinat caseload.
    Foreign,
    /// A perinat caseload at this schema version.
    Version(i32),
}

/// What the database at `place` holds.
pub fn found(client: &mut impl postgres::GenericClient, place: &Place) -> Result<Found> {
    let fail = |e: postgres::Error| place.error(&e, false);
    let row = client
        .query_one(
            "SELECT to_regclass('schema_version') IS NOT NULL,
                    (SELECT count(*) FROM pg_catalog.pg_tables
                      WHERE schemaname = current_schema())",
            &[],
        )
        .map_err(fail)?;
    let has_version: bool = row.try_get(0).map_err(fail)?;
    let tables: i64 = row.try_get(1).map_err(fail)?;
    if !has_version {
        return Ok(if tables == 0 {
            Found::Empty
        } else {
            Found::Foreign
        });
    }
    let row = client
        .query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])
        .map_err(fail)?;
    Ok(Found::Version(row.try_get(0).map_err(fail)?))
}

/// Refuses, writing nothing, a database this build cannot use as it is.
pub fn check(found: Found, place: &Place) -> Result<()> {
    let url = place.shown();
    match found {
        Found::Version(v) if v == VERSION => Ok(()),
        Found::Version(v) if v > VERSION => Err(StoreError::Refused(t!(
            "pg-newer-schema",
            url = url,
            found = v,
            wanted = VERSION
        ))),
        Found::Version(v) => Err(StoreError::Refused(t!(
            "pg-older-schema",
            url = url,
            found = v,
            wanted = VERSION
        ))),
        Found::Foreign => Err(StoreError::Refused(t!("pg-not-perinat", url = url))),
        Found::Empty => Err(StoreError::Refused(t!(
            "pg-older-schema",
            url = url,
            found = 0,
            wanted = VERSION
        ))),
    }
}

/// Applies the migrations the database lacks, in one transaction under the writers'
/// lock (so that two perinat starting on a new database do not both set it up);
/// returns the version it was at and the version it is at now. A database of a newer
/// version, or one that is not a caseload, is refused untouched.
pub fn migrate(client: &mut postgres::Client, place: &Place) -> Result<(i32, i32)> {
    let fail = |e: postgres::Error| place.error(&e, true);
    let mut tx = client.transaction().map_err(fail)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITER_LOCK])
        .map_err(fail)?;
    let from = match found(&mut tx, place)? {
        Found::Empty => 0,
        Found::Version(v) if v <= VERSION => v,
        other => {
            check(other, place)?;
            return Err(StoreError::Refused(t!(
                "pg-not-perinat",
                url = place.shown()
            )));
        }
    };
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let version = i as i32 + 1;
        tx.batch_execute(sql).map_err(fail)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES ($1)",
            &[&version],
        )
        .map_err(fail)?;
    }
    tx.commit().map_err(fail)?;
    Ok((from, VERSION))
}
