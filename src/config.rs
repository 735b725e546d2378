//! The user's settings file, `config.toml` in perinat's config directory (or the file
//! `PERINAT_CONFIG` names): for now the language the UI was last switched to. A broken
//! file never stops perinat: it says what is wrong and goes on without it; saving keeps
//! the file's other settings.

use crate::i18n::Lang;
use std::path::{Path, PathBuf};

/// The environment variable that names another settings file.
pub const CONFIG_ENV: &str = "PERINAT_CONFIG";

/// What the settings file says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Config {
    pub lang: Option<Lang>,
}

/// The login name of the person running perinat, as "who am I" (issue 12) matches it
/// against the providers' logins: `$USER`, else `$LOGNAME` (as the audit trail names
/// the actor of a process), else the name the system gives this process's user.
/// `None` when none is a Unix user name. The CLI and the UI both ask here, so they agree.
pub fn current_login() -> Option<String> {
    let var = |k: &str| std::env::var(k).ok();
    login_from(var("USER"), var("LOGNAME"), || {
        let uid = nix::unistd::geteuid();
        nix::unistd::User::from_uid(uid)
            .ok()
            .flatten()
            .map(|u| u.name)
    })
}

/// The first of `user`, `logname` and the system's name that is a login.
fn login_from(
    user: Option<String>,
    logname: Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Option<String> {
    let usable =
        |v: Option<String>| v.filter(|v| crate::domain::whoami::login_problem(v).is_none());
    usable(user)
        .or_else(|| usable(logname))
        .or_else(|| usable(system()))
}

/// Where the settings file is: `PERINAT_CONFIG`, else `config.toml` in the platform's
/// config directory for perinat (`~/.config/perinat` on Linux).
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("be", "perinat", "perinat")
        .map(|d| d.config_dir().join("config.toml"))
}

/// Why the settings file was not used; shown (in the language finally chosen) as a
/// warning, and perinat goes on without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    pub file: PathBuf,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Unreadable(String),
    NotToml(String),
    BadLang(String),
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = self.file.display().to_string();
        let text = match &self.kind {
            ProblemKind::Unreadable(detail) => {
                crate::t!("config-unreadable", file = file, detail = detail)
            }
            ProblemKind::NotToml(detail) => {
                crate::t!("config-broken", file = file, detail = detail)
            }
            ProblemKind::BadLang(value) => crate::t!("config-bad-lang", file = file, value = value),
        };
        f.write_str(&text)
    }
}

/// Reads the settings; a missing file is no settings.
pub fn load(path: &Path) -> Result<Config, ConfigProblem> {
    let problem = |kind| ConfigProblem {
        file: path.to_path_buf(),
        kind,
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(problem(ProblemKind::Unreadable(e.to_string()))),
    };
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| problem(ProblemKind::NotToml(e.message().to_string())))?;
    let lang = match table.get("lang") {
        None => None,
        Some(toml::Value::String(s)) => {
            Some(Lang::parse(s).ok_or_else(|| problem(ProblemKind::BadLang(s.clone())))?)
        }
        Some(other) => return Err(problem(ProblemKind::BadLang(other.to_string()))),
    };
    Ok(Config { lang })
}

/// Remembers `lang` in the settings file, keeping whatever else it holds.
pub fn save_lang(path: &Path, lang: Lang) -> Result<(), String> {
    let fail = |detail: String| {
        crate::t!(
            "config-cannot-save",
            file = path.display().to_string(),
            detail = detail
        )
    };
    let mut table: toml::Table = match std::fs::read_to_string(path) {
        Ok(t) => t.parse().unwrap_or_default(),
        Err(_) => toml::Table::new(),
    };
    table.insert("lang".into(), toml::Value::String(lang.code().into()));
    let text = toml::to_string(&table).map_err(|e| fail(e.to_string()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::fsutil::create_private_dir(dir).map_err(|e| fail(e.to_string()))?;
    }
    crate::fsutil::write_file_atomically(path, |w| w.write_all(text.as_bytes()))
        .map_err(|e| fail(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_login_is_user_then_logname_then_the_system_name() {
        let some = |s: &str| Some(s.to_string());
        let sys = || some("sysname");
        assert_eq!(login_from(some("anne"), some("other"), sys), some("anne"));
        assert_eq!(login_from(None, some("aline"), sys), some("aline"));
        assert_eq!(login_from(some(""), None, sys), some("sysname"));
        assert_eq!(login_from(some("a b"), some(" "), || None), None);
    }

    #[test]
    fn a_missing_file_is_no_settings() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(load(&tmp.path().join("config.toml")), Ok(Config::default()));
    }

    #[test]
    fn the_language_is_saved_and_read_back_keeping_other_settings() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("sub").join("config.toml");
        save_lang(&file, Lang::Nl).unwrap();
        assert_eq!(load(&file).unwrap().lang, Some(Lang::Nl));
        std::fs::write(&file, "lang = \"nl\"\ntheme = \"dark\"\n").unwrap();
        save_lang(&file, Lang::De).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.contains("lang = \"de\"") && text.contains("theme = \"dark\""),
            "{text}"
        );
    }

    #[test]
    fn a_broken_file_gives_a_message_naming_it() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("config.toml");
        std::fs::write(&file, "lang = \"es\"\n").unwrap();
        let e = load(&file).unwrap_err().to_string();
        assert!(e.contains("config.toml") && e.contains("lang = es"), "{e}");
        std::fs::write(&file, "lang = [\n").unwrap();
        let e = load(&file).unwrap_err();
        assert!(matches!(e.kind, ProblemKind::NotToml(_)), "{e:?}");
        assert!(e.to_string().contains("config.toml"));
    }
}
