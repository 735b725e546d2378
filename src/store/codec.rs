//! The store's private record encoding: one schema-version byte, then the record in
//! bincode 2 (through serde, standard config). bincode 2 is frozen (its 3.0 is a
//! deliberate compile error), so a version's bytes stay readable.
//!
//! Schema versions:
//! - 1: the `domain::model` types of perinat 0.1, a case stored as its bare `Pregnancy`.
//! - 2: a case is a [`CaseRecord`](crate::store::records::CaseRecord), the pregnancy
//!   with the stamp of its last change; the audit trail appears. Providers, settings and
//!   the month index are unchanged.
//! - 3: a provider has an optional `login` (the Unix user who is that provider, issue
//!   12), read as none from older records. The other records are unchanged.
//!
//! A record of an older version is read through its type's [`Record::upgrade`]; the
//! store rewrites every record to the current version when it is opened (after a backup).

use crate::store::error::{Result, StoreError};
use serde::{de::DeserializeOwned, Serialize};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u8 = 3;

/// A type the store keeps, and how it reads the bodies older schema versions wrote.
pub trait Record: Serialize + DeserializeOwned {
    /// Reads the body of a record written by schema `version` (older than the current
    /// one). By default the type has not changed since version 1.
    fn upgrade(version: u8, body: &[u8]) -> std::result::Result<Self, String> {
        let _ = version;
        decode_body(body)
    }
}

fn config() -> bincode::config::Configuration {
    bincode::config::standard()
}

/// Decodes a bincode body that must be used whole.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> std::result::Result<T, String> {
    let (value, used) =
        bincode::serde::decode_from_slice(body, config()).map_err(|e| e.to_string())?;
    if used != body.len() {
        return Err(format!("{} trailing bytes", body.len() - used));
    }
    Ok(value)
}

/// Encodes a record behind the current schema version.
pub fn encode<T: Record>(value: &T) -> Result<Vec<u8>> {
    let mut out = vec![SCHEMA_VERSION];
    let body = bincode::serde::encode_to_vec(value, config())
        .map_err(|e| StoreError::Write(format!("encoding failed: {e}")))?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// The schema version a record was written with, if it has one.
pub fn version_of(bytes: &[u8]) -> Option<u8> {
    bytes.first().copied()
}

/// Decodes a record of any schema version this build reads (`key` names it in errors),
/// upgrading older versions.
pub fn decode<T: Record>(key: &[u8], bytes: &[u8]) -> Result<T> {
    let corrupt = |detail: String| StoreError::Corrupt {
        key: String::from_utf8_lossy(key).into_owned(),
        detail,
    };
    let (&version, body) = bytes
        .split_first()
        .ok_or_else(|| corrupt("empty record".into()))?;
    match version {
        SCHEMA_VERSION => decode_body(body).map_err(corrupt),
        1..SCHEMA_VERSION => T::upgrade(version, body).map_err(corrupt),
        v => Err(corrupt(format!(
            "schema version {v}, this build reads versions 1 to {SCHEMA_VERSION}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::coordinated;
    use crate::domain::Provider;
    use crate::store::records::CaseRecord;

    #[test]
    fn records_round_trip_behind_their_version() {
        let c = CaseRecord::new(coordinated("2025-03-01"), None);
        let bytes = encode(&c).unwrap();
        assert_eq!(bytes[0], SCHEMA_VERSION);
        let back: CaseRecord = decode(b"c/c1", &bytes).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn a_version_1_case_is_upgraded_to_a_record_without_a_stamp() {
        let p = coordinated("2025-03-01");
        let mut v1 = vec![1u8];
        v1.extend(bincode::serde::encode_to_vec(&p, config()).unwrap());
        let back: CaseRecord = decode(b"c/c1", &v1).unwrap();
        assert_eq!(back, CaseRecord::new(p, None));
    }

    #[test]
    fn damaged_records_are_errors_not_panics() {
        let c = CaseRecord::new(coordinated("2025-03-01"), None);
        let bytes = encode(&c).unwrap();
        for cut in [0, 1, 5, bytes.len() / 2, bytes.len() - 1] {
            let r: Result<CaseRecord> = decode(b"c/c1", &bytes[..cut]);
            assert!(matches!(r, Err(StoreError::Corrupt { .. })), "cut {cut}");
        }
        let mut future = bytes.clone();
        future[0] = 9;
        let e = decode::<CaseRecord>(b"c/c1", &future)
            .unwrap_err()
            .to_string();
        assert!(e.contains("schema version 9"), "{e}");
        let zero = [0u8, 1, 2];
        assert!(decode::<Provider>(b"p/x", &zero).is_err());
    }
}
