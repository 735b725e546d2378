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

/// A pregnancy as the audit trail keeps it (the store's own JSON), in the words of the
/// interchange format people and programs know: pseudocodes as `401391`, times as
/// `14:00`, indicators by their keys. Anything else is shown as kept.
fn in_file_words(json: Option<&str>) -> Option<String> {
    let json = json?;
    match serde_json::from_str::<crate::domain::model::Pregnancy>(json) {
        Ok(p) => {
            let dto = crate::interchange::write::pregnancy(crate::domain::Catalog::builtin(), &p);
            serde_json::to_string(&dto)
                .ok()
                .or_else(|| Some(json.to_string()))
        }
        Err(_) => Some(json.to_string()),
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
        let (before, after) = (
            in_file_words(e.before.as_deref()),
            in_file_words(e.after.as_deref()),
        );
        for c in changes(before.as_deref(), after.as_deref()) {
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

    #[test]
    fn a_changed_pregnancy_reads_in_the_interchange_words_not_the_program_s() {
        use crate::domain::test_support::{coordinated, d, money};
        let before = coordinated("2025-03-01");
        let mut after = before.clone();
        after.concertations[0].start = chrono::NaiveTime::from_hms_opt(15, 30, 0).unwrap();
        after.billed.push(crate::domain::model::BilledService {
            pseudocode: crate::domain::model::Pseudocode::Cpp,
            service_date: d("2025-03-05"),
            provider: "gyn".into(),
            billed_on: d("2025-03-20"),
            amount: money("50.41"),
        });
        let e = AuditEntry {
            seq: 2,
            at: d("2025-03-20").and_hms_opt(9, 0, 0).unwrap(),
            by: Actor {
                user: "anne".into(),
                from: None,
            },
            action: AuditAction::MarkBilled,
            subject: Some("c1".into()),
            before: serde_json::to_string(&before).ok(),
            after: serde_json::to_string(&after).ok(),
            detail: String::new(),
        };
        let text = entry_lines(&e, None)[1..].join("\n");
        assert!(text.contains("\"pseudocode\":\"401391\""), "{text}");
        assert!(text.contains("\"14:00\" → \"15:30\""), "{text}");
        assert!(!text.contains("Cpp") && !text.contains(":00:00"), "{text}");
    }
}
