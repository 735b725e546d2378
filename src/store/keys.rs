//! The key layout of the single sled tree. One tree, so that an import is one atomic
//! batch.
//!
//! - `meta/schema`          the store's schema version (u32, big-endian)
//! - `s/settings`           the practice's tariff and region additions
//! - `p/<id>`               a provider
//! - `c/<id>`               a pregnancy
//! - `m/<YYYY-MM>/<id>`     index: the case may have services in that month

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

pub fn month_prefix(m: YearMonth) -> Vec<u8> {
    format!("{MONTH_PREFIX}{m}/").into_bytes()
}

pub fn month(m: YearMonth, id: &str) -> Vec<u8> {
    format!("{MONTH_PREFIX}{m}/{id}").into_bytes()
}
