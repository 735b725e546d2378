//! A PostgreSQL caseload's address: which URLs perinat takes, how one is shown (never
//! with its password), and connecting with errors that name the URL and what to do.

use crate::store::error::StoreError;
use crate::t;
use std::time::Duration;

/// True when `value` names a PostgreSQL database (`postgres://` or `postgresql://`).
pub fn is_postgres_url(value: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

/// `url` as it may be shown: without a password, whether in the user part
/// (`user:secret@`) or as a `password=` parameter.
pub fn shown(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let (scheme, rest) = url.split_at(scheme_end + 3);
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => {
            let (userinfo, host) = authority.split_at(at);
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{user}{host}")
        }
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| !kv.to_ascii_lowercase().starts_with("password="))
                .collect();
            if kept.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => tail.to_string(),
    };
    format!("{scheme}{authority}{tail}")
}

/// Where a PostgreSQL caseload is: the connection settings and the URL to show.
#[derive(Clone)]
pub struct Place {
    config: postgres::Config,
    shown: String,
}

impl std::fmt::Debug for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl Place {
    /// Reads `url`; a password may come from `PGPASSWORD` instead of the URL (so that
    /// it need not be typed on a command line).
    pub fn parse(url: &str) -> Result<Place, StoreError> {
        let shown = shown(url.trim());
        let mut config: postgres::Config = url.trim().parse().map_err(|e: postgres::Error| {
            StoreError::Refused(t!(
                "pg-bad-url",
                url = shown.as_str(),
                error = e.to_string()
            ))
        })?;
        if config.get_password().is_none() {
            if let Some(p) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
                config.password(p.as_encoded_bytes());
            }
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.application_name("perinat");
        Ok(Place { config, shown })
    }

    /// The URL without its password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// A new connection, or why there is none: the URL (without password) and what to
    /// check.
    pub fn connect(&self) -> Result<postgres::Client, StoreError> {
        self.config
            .connect(postgres::NoTls)
            .map_err(|e| self.connect_error(&e))
    }

    fn connect_error(&self, e: &postgres::Error) -> StoreError {
        use postgres::error::SqlState;
        let auth = [
            SqlState::INVALID_PASSWORD,
            SqlState::INVALID_AUTHORIZATION_SPECIFICATION,
        ];
        let error = reason(e);
        match e.code() {
            Some(code) if auth.contains(code) => StoreError::Unavailable(t!(
                "pg-auth",
                url = self.shown.as_str(),
                user = self.config.get_user().unwrap_or_default(),
                error = error
            )),
            _ => StoreError::Unavailable(t!(
                "pg-cannot-connect",
                url = self.shown.as_str(),
                error = error
            )),
        }
    }

    /// A failed request as a store error: a lost connection is `Unavailable` (said so,
    /// with `during_write` when a change may or may not have been saved), a full disk
    /// `Full`, anything else a refused write naming the database's reason.
    pub fn error(&self, e: &postgres::Error, during_write: bool) -> StoreError {
        use postgres::error::SqlState;
        let error = reason(e);
        let io = std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>());
        let lost = e.is_closed()
            || io
            || e.code().is_some_and(|c| {
                [
                    SqlState::ADMIN_SHUTDOWN,
                    SqlState::CRASH_SHUTDOWN,
                    SqlState::CANNOT_CONNECT_NOW,
                ]
                .contains(c)
            });
        if lost {
            let url = self.shown.as_str();
            return StoreError::Unavailable(if during_write {
                t!("pg-lost-during-write", url = url, error = error)
            } else {
                t!("pg-lost", url = url, error = error)
            });
        }
        if e.code() == Some(&SqlState::DISK_FULL) {
            return StoreError::Full(error);
        }
        StoreError::Write(t!("pg-error", url = self.shown.as_str(), error = error))
    }
}

/// The database's own words for an error (its message, else the client's).
fn reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let text = e.to_string();
            match std::error::Error::source(e) {
                Some(src) => format!("{text}: {src}"),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_never_shown_in_the_user_part_or_a_parameter() {
        assert_eq!(
            shown("postgres://anne:s3cr%40t@db.example:5433/perinat"),
            "postgres://anne@db.example:5433/perinat"
        );
        assert_eq!(
            shown("postgresql://anne@/perinat?host=/run/postgresql&password=x&port=5432"),
            "postgresql://anne@/perinat?host=/run/postgresql&port=5432"
        );
        assert_eq!(shown("postgres://h/db?password=x"), "postgres://h/db");
        assert_eq!(shown("postgres://anne@h/db"), "postgres://anne@h/db");
    }

    #[test]
    fn only_postgres_urls_are_postgres_stores() {
        assert!(is_postgres_url("postgres://a@b/c"));
        assert!(is_postgres_url("PostgreSQL://a@b/c"));
        assert!(!is_postgres_url("/var/lib/perinat"));
        assert!(!is_postgres_url("sled"));
    }

    #[test]
    fn a_bad_url_is_named_without_its_password() {
        let e = Place::parse("postgres://anne:secret@h:notaport/db")
            .unwrap_err()
            .to_string();
        assert!(!e.contains("secret"), "{e}");
        assert!(e.contains("postgres://anne@h:notaport/db"), "{e}");
    }
}
