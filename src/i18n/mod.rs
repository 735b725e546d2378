//! The message catalog: every sentence a person reads in the UI and in the CLI's human
//! output comes from here, by key, from Fluent files (`en.ftl`) a translator can edit
//! without reading Rust. The JSON formats never go through it.
//!
//! `t!("key")` and `t!("key", name = value)` look a message up; a key missing from the
//! catalog shows as the key itself (a test checks that none is missing).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

pub mod format;

/// The English catalog, embedded.
pub const EN: &str = include_str!("en.ftl");

/// A value to put into a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u32, u16, u8, i64, i32, u64);

type Bundle = FluentBundle<FluentResource>;

fn bundle_of(source: &str) -> Bundle {
    let lang: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Unicode isolation marks would show as garbage in some terminals and CSV files.
    bundle.set_use_isolating(false);
    // The embedded catalogs are checked by tests; a broken entry is skipped, not fatal.
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    bundle.add_resource_overriding(resource);
    bundle
}

fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| bundle_of(EN))
}

/// The message `key` with `args` filled in; the key itself when it is missing.
pub fn text(key: &str, args: &[(&str, Arg)]) -> String {
    let b = bundle();
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// Whether the catalog has `key`.
pub fn has(key: &str) -> bool {
    bundle().has_message(key)
}

/// Looks a message up: `t!("key")`, `t!("key", count = n, name = s)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::text($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
