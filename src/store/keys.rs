//! The key layout of the single sled tree. One tree, so that an import is one atomic
//! batch.
//!
//! - `meta/schema`          the store's schema version (u32, big-endian)
//! - `meta/pseudonym-key`   the secret key of pseudonymised exports (32 bytes)
//! - `s/settings`           the practice's tariff and region additions
//! - `p/<id>`               a provider
//! - `c/<id>`               a pregnancy
//! - `m/<YYYY-MM>/<bb>`     index: the ids of the cases that may have services in that
//!   month, in 64 buckets by a stable hash of the id (a few thousand keys for a whole
//!   caseload: sled writes and reopens far faster with few keys than with one per case)
//! - `a/<seq>`              an entry of the audit trail (seq: 16 hex digits, increasing)
//! - `h/<case id>/<seq>`    index: the audit entries of one case (empty values)

use crate::domain::YearMonth;

pub const SCHEMA: &[u8] = b"meta/schema";
pub const PSEUDONYM_KEY: &[u8] = b"meta/pseudonym-key";
pub const SETTINGS: &[u8] = b"s/settings";
pub const PROVIDER_PREFIX: &str = "p/";
pub const CASE_PREFIX: &str = "c/";
pub const MONTH_PREFIX: &str = "m/";
pub const AUDIT_PREFIX: &str = "a/";
pub const HISTORY_PREFIX: &str = "h/";

/// The prefixes of the caseload itself (what a restore replaces; not the audit trail).
pub const CASELOAD_PREFIXES: [&str; 4] = [PROVIDER_PREFIX, CASE_PREFIX, MONTH_PREFIX, "s/"];

pub fn audit(seq: u64) -> Vec<u8> {
    format!("{AUDIT_PREFIX}{seq:016x}").into_bytes()
}

pub fn history_prefix(case: &str) -> Vec<u8> {
    format!("{HISTORY_PREFIX}{case}/").into_bytes()
}

pub fn history(case: &str, seq: u64) -> Vec<u8> {
    format!("{HISTORY_PREFIX}{case}/{seq:016x}").into_bytes()
}

/// The sequence number of a history key of case `case` exactly: the key is the case's
/// history prefix and 16 hex digits, nothing more (not a case whose id continues with
/// `/`).
pub fn own_seq(key: &[u8], case: &str) -> Option<u64> {
    let tail = key.strip_prefix(history_prefix(case).as_slice())?;
    if tail.len() != 16 {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(tail).ok()?, 16).ok()
}

/// The sequence number at the end of an audit or history key.
pub fn seq_of(key: &[u8]) -> Option<u64> {
    let tail = key.rsplit(|b| *b == b'/').next()?;
    u64::from_str_radix(std::str::from_utf8(tail).ok()?, 16).ok()
}

pub fn provider(id: &str) -> Vec<u8> {
    format!("{PROVIDER_PREFIX}{id}").into_bytes()
}

pub fn case(id: &str) -> Vec<u8> {
    format!("{CASE_PREFIX}{id}").into_bytes()
}

/// Buckets per month of the index.
pub const BUCKETS: u64 = 64;

/// The index bucket of a case id: FNV-1a, stable across builds and platforms.
pub fn bucket(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h % BUCKETS
}

pub fn month_prefix(m: YearMonth) -> Vec<u8> {
    format!("{MONTH_PREFIX}{m}/").into_bytes()
}

/// The index key of the bucket of `id` in month `m`.
pub fn month_bucket(m: YearMonth, id: &str) -> Vec<u8> {
    format!("{MONTH_PREFIX}{m}/{:02x}", bucket(id)).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_stable() {
        assert_eq!(bucket(""), 0xcbf2_9ce4_8422_2325 % BUCKETS);
        assert_eq!(bucket("c-0001"), bucket("c-0001"));
        let m: YearMonth = "2025-03".parse().unwrap();
        assert!(String::from_utf8(month_bucket(m, "c-0001"))
            .unwrap()
            .starts_with("m/2025-03/"));
    }

    #[test]
    fn audit_keys_sort_by_sequence_and_give_it_back() {
        assert!(audit(9) < audit(10));
        assert!(audit(0xff) < audit(0x100));
        assert_eq!(seq_of(&audit(4711)), Some(4711));
        assert_eq!(seq_of(&history("c/1", 12)), Some(12));
        assert!(history("c1", 1).starts_with(&history_prefix("c1")));
        assert!(!history("c10", 1).starts_with(&history_prefix("c1")));
    }
}
