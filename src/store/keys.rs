//! The key layout of the single sled tree. One tree, so that an import is one atomic
//! batch.
//!
//! - `meta/schema`          the store's schema version (u32, big-endian)
//! - `s/settings`           the practice's tariff and region additions
//! - `p/<id>`               a provider
//! - `c/<id>`               a pregnancy
//! - `m/<YYYY-MM>/<bb>`     index: the ids of the cases that may have services in that
//!   month, in 64 buckets by a stable hash of the id (a few thousand keys for a whole
//!   caseload: sled writes and reopens far faster with few keys than with one per case)

use crate::domain::YearMonth;

pub const SCHEMA: &[u8] = b"meta/schema";
pub const SETTINGS: &[u8] = b"s/settings";
pub const PROVIDER_PREFIX: &str = "p/";
pub const CASE_PREFIX: &str = "c/";
pub const MONTH_PREFIX: &str = "m/";

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
}
