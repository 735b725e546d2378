//! The audit trail as people read it: one line per change (when, who, what), then one
//! indented line per changed field, before → after. Used by `perinat log` and the
//! case's history in the UI.

use crate::report::format::truncate;
use crate::store::records::changes;
use crate::store::AuditEntry;

/// `s`, cut to `max` columns when a limit is given.
fn clip(s: &str, max: Option<usize>) -> String {
    match max {
        Some(m) => truncate(s, m),
        None => s.to_string(),
    }
}

/// The lines of one entry; values wider than `max_value` columns are cut with `…`.
pub fn entry_lines(e: &AuditEntry, max_value: Option<usize>) -> Vec<String> {
    let who = match &e.by.from {
        Some(from) => crate::t!(
            "audit-who-from",
            user = e.by.user.as_str(),
            from = from.as_str()
        ),
        None => e.by.user.clone(),
    };
    let mut head = format!(
        "{}  {who}  {}",
        e.at.format("%d/%m/%Y %H:%M:%S"),
        crate::i18n::text(e.action.key(), &[])
    );
    if let Some(s) = &e.subject {
        head.push(' ');
        head.push_str(s);
    }
    if !e.detail.is_empty() {
        head.push_str(&format!(" ({})", e.detail));
    }
    let mut out = vec![head];
    if e.before.is_some() && e.after.is_some() {
        let none = crate::t!("audit-none");
        for c in changes(e.before.as_deref(), e.after.as_deref()) {
            out.push(format!(
                "    {}: {} → {}",
                c.path,
                clip(c.before.as_deref().unwrap_or(&none), max_value),
                clip(c.after.as_deref().unwrap_or(&none), max_value)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Actor, AuditAction};

    #[test]
    fn an_entry_reads_as_who_what_and_each_changed_field() {
        let e = AuditEntry {
            seq: 1,
            at: chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
                .unwrap()
                .and_hms_opt(14, 2, 9)
                .unwrap(),
            by: Actor {
                user: "anne".into(),
                from: Some("192.0.2.7".into()),
            },
            action: AuditAction::PutPregnancy,
            subject: Some("c1".into()),
            before: Some(r#"{"mother":{"name":"A"},"team":[]}"#.into()),
            after: Some(r#"{"mother":{"name":"B"},"team":["p-a-very-long-provider-id"]}"#.into()),
            detail: String::new(),
        };
        let lines = entry_lines(&e, Some(12));
        assert_eq!(
            lines,
            vec![
                "23/11/2026 14:02:09  anne from 192.0.2.7  changed pregnancy c1".to_string(),
                "    mother.name: \"A\" → \"B\"".into(),
                "    team[0]: (none) → \"p-a-very-l…".into(),
            ]
        );
    }
}
