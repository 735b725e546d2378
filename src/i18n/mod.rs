//! The message catalogs: every sentence a person reads in the UI and in the CLI's human
//! output comes from here, by key, from Fluent files (`fr.ftl`, `nl.ftl`, `de.ftl`,
//! `en.ftl`) a translator can edit without reading Rust. The JSON formats never go
//! through a translation: where they carry a sentence (a billing line's reasons), it is
//! the English one, whatever the user's language.
//!
//! `t!("key")` and `t!("key", name = value)` look a message up in the language in force;
//! a key missing from a catalog shows as the key itself (tests check that none is
//! missing, in any catalog).
//!
//! The language in force is the process's ([`set_language`], chosen once at start and
//! when the user switches), unless the current thread runs inside [`with_language`]
//! (a report that must be English, a test rendering the four languages side by side).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

pub mod format;
pub mod lang;

pub use lang::Lang;

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

fn bundle_of(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    // The locale gives Fluent its plural rules (French counts 0 as "one", the others not).
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would show as garbage in some terminals and CSV files.
    bundle.set_use_isolating(false);
    // The embedded catalogs are checked by tests; a broken entry is skipped, not fatal.
    let resource = match FluentResource::try_new(lang.catalog().to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    bundle.add_resource_overriding(resource);
    // DE($x): French "de x", elided before a vowel or a mute h ("d'Amélie", "d'avril").
    let _ = bundle.add_function("DE", |args, _| match args.first() {
        Some(fluent_bundle::FluentValue::String(s)) => {
            fluent_bundle::FluentValue::from(format::de(s))
        }
        Some(fluent_bundle::FluentValue::Number(n)) => {
            fluent_bundle::FluentValue::from(format!("de {}", n.as_string()))
        }
        _ => fluent_bundle::FluentValue::from("de"),
    });
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.iter().map(|l| bundle_of(*l)).collect());
    &all[lang.index()]
}

/// The process's language; English until the program chooses (tests rely on it).
static PROCESS: AtomicU8 = AtomicU8::new(Lang::En as u8);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process's language (at start, and when the user switches).
pub fn set_language(lang: Lang) {
    PROCESS.store(lang as u8, Ordering::Relaxed);
}

/// The language in force on this thread.
pub fn language() -> Lang {
    THREAD
        .with(|t| t.get())
        .unwrap_or_else(|| Lang::from_index(PROCESS.load(Ordering::Relaxed)))
}

/// Runs `f` with `lang` in force on this thread only, then puts back what was there.
pub fn with_language<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD.with(|t| t.set(self.0));
        }
    }
    let _restore = Restore(THREAD.with(|t| t.replace(Some(lang))));
    f()
}

/// The message `key` in the language in force, with `args` filled in; the key itself
/// when it is missing.
pub fn text(key: &str, args: &[(&str, Arg)]) -> String {
    text_in(language(), key, args)
}

/// The message `key` in `lang`.
fn text_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let b = bundle(lang);
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

/// Whether `lang`'s catalog has `key`.
pub fn has_in(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
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
