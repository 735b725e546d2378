//! The record types the store keeps besides the domain's own: a case with the stamp of
//! its last change, and the entries of the audit trail, with who made a change.

use crate::domain::ids::Inami;
use crate::domain::model::{PracticeSettings, Pregnancy, Profession, Provider};
use crate::store::codec::{decode_body, Record};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Who changes the caseload: the OS user, and the SSH client's address when the session
/// came in over SSH.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user: String,
    pub from: Option<String>,
}

impl Actor {
    /// The actor of this process, from `USER`/`LOGNAME` (else the numeric uid) and
    /// `SSH_CLIENT`/`SSH_CONNECTION`.
    pub fn from_env() -> Actor {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let user = var("USER")
            .or_else(|| var("LOGNAME"))
            .unwrap_or_else(uid_name);
        let from = var("SSH_CLIENT")
            .or_else(|| var("SSH_CONNECTION"))
            .and_then(|v| v.split_whitespace().next().map(str::to_string));
        Actor { user, from }
    }
}

#[cfg(unix)]
fn uid_name() -> String {
    // SAFETY: getuid has no preconditions and cannot fail.
    format!("uid {}", unsafe { libc::getuid() })
}

#[cfg(not(unix))]
fn uid_name() -> String {
    "unknown user".into()
}

/// When and by whom a record was last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub at: NaiveDateTime,
    pub by: Actor,
}

/// A stored case (schema 2): the pregnancy and the stamp of its last change (none for
/// a case last changed before schema 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRecord {
    pub pregnancy: Pregnancy,
    pub changed: Option<Stamp>,
}

impl CaseRecord {
    pub fn new(pregnancy: Pregnancy, changed: Option<Stamp>) -> CaseRecord {
        CaseRecord { pregnancy, changed }
    }
}

impl Record for CaseRecord {
    fn upgrade(version: u8, body: &[u8]) -> Result<Self, String> {
        match version {
            // Version 1 stored the bare pregnancy.
            1 => Ok(CaseRecord::new(decode_body(body)?, None)),
            // Version 3 changed the provider only.
            2 => decode_body(body),
            v => Err(format!("no reader for case records of schema version {v}")),
        }
    }
}

/// A provider as schema versions 1 and 2 stored it: without a login.
#[derive(Deserialize)]
struct ProviderV2 {
    id: String,
    name: String,
    profession: Profession,
    inami: Option<Inami>,
    organisation: Option<String>,
}

impl Record for Provider {
    fn upgrade(version: u8, body: &[u8]) -> Result<Self, String> {
        match version {
            1 | 2 => {
                let p: ProviderV2 = decode_body(body)?;
                Ok(Provider {
                    id: p.id,
                    name: p.name,
                    profession: p.profession,
                    inami: p.inami,
                    organisation: p.organisation,
                    login: None,
                })
            }
            v => Err(format!(
                "no reader for provider records of schema version {v}"
            )),
        }
    }
}
impl Record for PracticeSettings {}
/// A bucket of the month index: case ids.
impl Record for Vec<String> {}

/// What a change was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditAction {
    /// A caseload file added (one summary entry; replaced records get their own).
    Import,
    /// A pregnancy added or changed.
    PutPregnancy,
    DeletePregnancy,
    PutProvider,
    DeleteProvider,
    /// A service marked billed (R63).
    MarkBilled,
    /// The whole caseload replaced by a backup.
    Restore,
    /// The store rewritten to a newer schema version.
    Migrate,
    /// A billing mark given another billing date, with the reason (R63).
    CorrectBilled,
    /// A billing mark withdrawn (the claim was refused), with the reason (R63).
    WithdrawBilled,
    /// A duplicate provider merged into the original: every reference to it in every
    /// case now names the original, and the duplicate is removed (issue 12).
    MergeProvider,
}

impl AuditAction {
    /// The catalog key of the action's name.
    pub fn key(self) -> &'static str {
        match self {
            AuditAction::Import => "audit-import",
            AuditAction::PutPregnancy => "audit-put-pregnancy",
            AuditAction::DeletePregnancy => "audit-delete-pregnancy",
            AuditAction::PutProvider => "audit-put-provider",
            AuditAction::DeleteProvider => "audit-delete-provider",
            AuditAction::MarkBilled => "audit-mark-billed",
            AuditAction::Restore => "audit-restore",
            AuditAction::Migrate => "audit-migrate",
            AuditAction::CorrectBilled => "audit-correct-billed",
            AuditAction::WithdrawBilled => "audit-withdraw-billed",
            AuditAction::MergeProvider => "audit-merge-provider",
        }
    }

    pub const ALL: [AuditAction; 11] = [
        AuditAction::Import,
        AuditAction::PutPregnancy,
        AuditAction::DeletePregnancy,
        AuditAction::PutProvider,
        AuditAction::DeleteProvider,
        AuditAction::MarkBilled,
        AuditAction::Restore,
        AuditAction::Migrate,
        AuditAction::CorrectBilled,
        AuditAction::WithdrawBilled,
        AuditAction::MergeProvider,
    ];
}

/// One entry of the audit trail. The store appends entries in the same atomic batch as
/// the change they describe, and has no command that edits or removes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the trail (increasing).
    pub seq: u64,
    pub at: NaiveDateTime,
    pub by: Actor,
    pub action: AuditAction,
    /// The pregnancy or provider id concerned, if one.
    pub subject: Option<String>,
    /// The record before and after, as JSON (absent for an addition or a removal).
    pub before: Option<String>,
    pub after: Option<String>,
    /// Free detail: the file imported, counts, the schema versions of a migration.
    pub detail: String,
}

impl Record for AuditEntry {
    fn upgrade(version: u8, body: &[u8]) -> Result<Self, String> {
        match version {
            // Unchanged since version 2, where the audit trail began.
            2 => decode_body(body),
            v => Err(format!("audit entries did not exist in schema version {v}")),
        }
    }
}

/// One difference between two versions of a record, by JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The field-level differences between two JSON documents (each value written as
/// compact JSON). Arrays are compared element by element.
pub fn changes(before: Option<&str>, after: Option<&str>) -> Vec<Change> {
    let parse = |s: Option<&str>| {
        s.and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
            .unwrap_or(serde_json::Value::Null)
    };
    let mut out = Vec::new();
    diff("", &parse(before), &parse(after), &mut out);
    out
}

fn diff(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<Change>) {
    use serde_json::Value;
    if a == b {
        return;
    }
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    let shown = |v: &Value| (!v.is_null()).then(|| v.to_string());
    // A record added or removed lists its fields, not one line with all of it.
    let empty = Value::Object(serde_json::Map::new());
    let (a, b) = match (a, b) {
        (Value::Null, Value::Object(_)) if path.is_empty() => (&empty, b),
        (Value::Object(_), Value::Null) if path.is_empty() => (a, &empty),
        _ => (a, b),
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let null = Value::Null;
                diff(
                    &join(k),
                    x.get(k).unwrap_or(&null),
                    y.get(k).unwrap_or(&null),
                    out,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                let null = Value::Null;
                diff(
                    &format!("{path}[{i}]"),
                    x.get(i).unwrap_or(&null),
                    y.get(i).unwrap_or(&null),
                    out,
                );
            }
        }
        _ => out.push(Change {
            path: path.to_string(),
            before: shown(a),
            after: shown(b),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_name_each_changed_field() {
        let a = r#"{"id":"c1","mother":{"name":"A"},"cpp":[{"d":1}]}"#;
        let b = r#"{"id":"c1","mother":{"name":"B"},"cpp":[{"d":1},{"d":2}]}"#;
        let c = changes(Some(a), Some(b));
        assert_eq!(
            c,
            vec![
                Change {
                    path: "cpp[1]".into(),
                    before: None,
                    after: Some(r#"{"d":2}"#.into())
                },
                Change {
                    path: "mother.name".into(),
                    before: Some(r#""A""#.into()),
                    after: Some(r#""B""#.into())
                },
            ]
        );
        assert!(changes(Some(a), Some(a)).is_empty());
    }

    #[test]
    fn an_addition_lists_every_field_as_new() {
        let c = changes(None, Some(r#"{"id":"c1","x":2}"#));
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|c| c.before.is_none()));
    }

    #[test]
    fn the_actor_comes_from_the_environment_variables_it_names() {
        let a = Actor::from_env();
        assert!(!a.user.is_empty());
    }
}
