//! The store's private record encoding: one schema-version byte, then the record in
//! bincode 2 (through serde, standard config). bincode 2 is frozen (its 3.0 is a
//! deliberate compile error), so a version's bytes stay readable.
//!
//! Schema versions: 1 = the `domain::model` types of perinat 0.1.

use crate::store::error::{Result, StoreError};
use serde::{de::DeserializeOwned, Serialize};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u8 = 1;

fn config() -> bincode::config::Configuration {
    bincode::config::standard()
}

/// Encodes a record behind the current schema version.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut out = vec![SCHEMA_VERSION];
    let body = bincode::serde::encode_to_vec(value, config())
        .map_err(|e| StoreError::Write(format!("encoding failed: {e}")))?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Decodes a record of any schema version this build reads (`key` names it in errors).
/// Older versions are migrated here as they appear.
pub fn decode<T: DeserializeOwned>(key: &[u8], bytes: &[u8]) -> Result<T> {
    let corrupt = |detail: String| StoreError::Corrupt {
        key: String::from_utf8_lossy(key).into_owned(),
        detail,
    };
    let (&version, body) = bytes
        .split_first()
        .ok_or_else(|| corrupt("empty record".into()))?;
    match version {
        SCHEMA_VERSION => {
            let (value, used) = bincode::serde::decode_from_slice(body, config())
                .map_err(|e| corrupt(e.to_string()))?;
            if used != body.len() {
                return Err(corrupt(format!("{} trailing bytes", body.len() - used)));
            }
            Ok(value)
        }
        v => Err(corrupt(format!(
            "schema version {v}, this build reads version {SCHEMA_VERSION}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::coordinated;
    use crate::domain::Pregnancy;

    #[test]
    fn records_round_trip_behind_their_version() {
        let p = coordinated("2025-03-01");
        let bytes = encode(&p).unwrap();
        assert_eq!(bytes[0], SCHEMA_VERSION);
        let back: Pregnancy = decode(b"c/c1", &bytes).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn damaged_records_are_errors_not_panics() {
        let p = coordinated("2025-03-01");
        let bytes = encode(&p).unwrap();
        for cut in [0, 1, 5, bytes.len() / 2, bytes.len() - 1] {
            let r: Result<Pregnancy> = decode(b"c/c1", &bytes[..cut]);
            assert!(matches!(r, Err(StoreError::Corrupt { .. })), "cut {cut}");
        }
        let mut future = bytes.clone();
        future[0] = 9;
        let e = decode::<Pregnancy>(b"c/c1", &future)
            .unwrap_err()
            .to_string();
        assert!(e.contains("schema version 9"), "{e}");
    }
}
