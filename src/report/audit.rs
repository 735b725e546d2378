//! The audit trail as people read it: one line per change (when, who, what), then one
//! indented line per changed field, before → after. Used by `perinat log` and the
//! case's history in the UI.

use crate::report::format::truncate;
use crate::store::records::changes;
use crate::store::{AuditAction, AuditEntry};

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

/// A field's name as people know it, from its path in the interchange JSON:
/// `follow_ups[2].date` → `Follow-up 3 › Date`, `screening.answers.housing` →
/// `Screening › Housing problem`. A part it does not know is shown as it is.
pub fn field_words(path: &str) -> String {
    let catalog = crate::domain::Catalog::builtin();
    let mut parts: Vec<String> = Vec::new();
    // The segments: names and [index]es.
    let mut segments: Vec<(String, Option<usize>)> = Vec::new();
    for piece in path.split('.') {
        let (name, rest) = piece.split_once('[').unwrap_or((piece, ""));
        segments.push((name.to_string(), None));
        for idx in rest.split('[') {
            if let Ok(i) = idx.trim_end_matches(']').parse::<usize>() {
                segments.push((String::new(), Some(i)));
            }
        }
    }
    let mut parent = String::new();
    let mut i = 0;
    while i < segments.len() {
        let (name, _) = &segments[i];
        let index = segments.get(i + 1).and_then(|s| s.1);
        let n = index.map(|x| x + 1).unwrap_or(0);
        let word = match (parent.as_str(), name.as_str(), index) {
            (_, "cpp", Some(_)) => Some(crate::t!("audit-field-cpp", number = n)),
            (_, "coordinators", Some(_)) => Some(crate::t!("audit-field-coordinator", number = n)),
            (_, "team", Some(_)) => Some(crate::t!("audit-field-team-member", number = n)),
            (_, "follow_ups", Some(_)) => Some(crate::t!("audit-field-follow-up", number = n)),
            (_, "concertations", Some(_)) => {
                Some(crate::t!("audit-field-concertation", number = n))
            }
            (_, "participants", Some(_)) => Some(crate::t!("audit-field-participant", number = n)),
            (_, "billed", Some(_)) => Some(crate::t!("audit-field-billed", number = n)),
            ("", "mother", _) => None,
            ("answers" | "evaluations", key, _) => Some(catalog.label_of(key).to_string()),
            ("agreements", key, _) => Some(crate::t!(
                "field-agreement",
                indicator = catalog.label_of(key)
            )),
            (_, "answers" | "evaluations" | "agreements", _) => None,
            ("", "screening", _) => Some(crate::t!("audit-field-screening")),
            (_, "name", _) => Some(crate::t!("field-name")),
            (_, "niss", _) => Some(crate::t!("field-niss")),
            ("mother", "birth_date", _) => Some(crate::t!("field-mother-birth")),
            (_, "birth_date", _) => Some(crate::t!("field-birth")),
            (_, "region", _) => Some(crate::t!("field-region")),
            (_, "lmp", _) => Some(crate::t!("field-lmp")),
            (_, "due_date", _) => Some(crate::t!("field-due")),
            (_, "date", _) => Some(crate::t!("field-date")),
            ("screening", "provider", _) => Some(crate::t!("field-screening-provider")),
            (_, "provider", _) => Some(crate::t!("field-provider")),
            ("coordinators", "consent", _) => Some(crate::t!("field-consent-coordination")),
            (_, "consent", _) => Some(crate::t!("field-consent")),
            (_, "code", _) => Some(crate::t!("field-bib-code")),
            (_, "status", _) => Some(crate::t!("field-status")),
            (_, "note", _) => Some(crate::t!("field-note")),
            (_, "indicator", _) => Some(crate::t!("field-vulnerability")),
            (_, "from", _) => Some(crate::t!("field-from")),
            (_, "billing_provider", _) => Some(crate::t!("field-billing-provider")),
            (_, "care_plan", _) => Some(crate::t!("field-care-plan")),
            ("care_plan", "text", _) => None,
            (_, "start", _) => Some(crate::t!("audit-field-start")),
            (_, "quarter_hours", _) => Some(crate::t!("field-quarter-hours")),
            (_, "woman_present", _) => Some(crate::t!("field-woman-present")),
            (_, "report", _) => Some(crate::t!("field-report")),
            (_, "billed_on", _) => Some(crate::t!("field-billed-on")),
            (_, "service_date", _) => Some(crate::t!("audit-field-service-date")),
            (_, "pseudocode", _) => Some(crate::t!("audit-field-pseudocode")),
            (_, "amount", _) => Some(crate::t!("audit-field-amount")),
            (_, "profession", _) => Some(crate::t!("field-profession")),
            (_, "inami", _) => Some(crate::t!("field-inami")),
            (_, "organisation", _) => Some(crate::t!("field-organisation")),
            (_, "login", _) => Some(crate::t!("field-login")),
            (_, other, _) => Some(other.to_string()),
        };
        parts.extend(word);
        if !name.is_empty() {
            parent = name.clone();
        }
        i += if index.is_some() { 2 } else { 1 };
    }
    if parts.is_empty() {
        return path.to_string();
    }
    parts.join(" › ")
}

/// A value as people read it: text without its JSON quotes, a day as dd/mm/yyyy, a
/// vulnerability and a status by their names. Anything else as kept.
fn value_words(path: &str, json: &str, dir: Option<&crate::domain::model::Directory>) -> String {
    use crate::domain::model::{Profession, Region};
    let named = |id: &str| match dir.and_then(|d| d.get(id)) {
        Some(p) => format!("{} ({id})", p.name),
        None => id.to_string(),
    };
    let v = match serde_json::from_str::<serde_json::Value>(json) {
        Ok(serde_json::Value::String(v)) => v,
        Ok(serde_json::Value::Bool(b)) => {
            return crate::i18n::text(if b { "audit-yes" } else { "audit-no" }, &[]);
        }
        // A list of ids (the care team, the participants): their names, in order.
        Ok(serde_json::Value::Array(items)) if items.iter().all(|i| i.is_string()) => {
            let people = path.ends_with("team") || path.ends_with("participants");
            let names: Vec<String> = items
                .iter()
                .filter_map(|i| i.as_str())
                .map(|i| if people { named(i) } else { i.to_string() })
                .collect();
            return names.join(", ");
        }
        _ => return json.to_string(),
    };
    let field = path.rsplit('.').next().unwrap_or(path);
    match field {
        "region" => {
            if let Some(r) = Region::from_key(&v) {
                return r.name();
            }
        }
        "niss" => {
            if let Ok(n) = crate::domain::ids::Niss::parse(&v) {
                return n.formatted();
            }
        }
        "profession" => {
            let found = Profession::ALL
                .iter()
                .find(|p| p.key() == v || format!("{p:?}") == v);
            if let Some(p) = found {
                return p.name();
            }
        }
        _ => {}
    }
    if let Some(day) = crate::domain::dates::parse_date(&v)
        .ok()
        .filter(|_| v.len() == 10)
    {
        return crate::i18n::format::date(day);
    }
    match field {
        "indicator" => crate::domain::Catalog::builtin().label_of(&v).to_string(),
        "status" => crate::domain::model::EvalStatus::from_key(&v)
            .map(|s| s.name())
            .unwrap_or(v),
        // A provider by name (with its id: it may have been renamed or merged since).
        "provider" | "billing_provider" => named(&v),
        _ if path.contains("team[") || path.contains("participants[") => named(&v),
        // A note keeps its lines, each indented under the field.
        _ => v.replace('\n', "\n      "),
    }
}

/// The changes with a record added or removed inside a case (a follow-up, a CPP…)
/// listed field by field, as a whole case is, rather than as one JSON object.
fn expanded(list: Vec<crate::store::records::Change>) -> Vec<crate::store::records::Change> {
    let is_object = |v: &Option<String>| v.as_deref().is_some_and(|v| v.starts_with('{'));
    // A list of records (follow-ups, concertations) created or deleted whole.
    let records = |v: &Option<String>| -> Option<Vec<String>> {
        match serde_json::from_str::<serde_json::Value>(v.as_deref()?) {
            Ok(serde_json::Value::Array(items))
                if !items.is_empty() && items.iter().all(|i| i.is_object()) =>
            {
                Some(items.iter().map(|i| i.to_string()).collect())
            }
            _ => None,
        }
    };
    let mut out = Vec::new();
    for c in list {
        let side = match (&c.before, &c.after) {
            (None, after) => records(after).map(|r| (r, true)),
            (before, None) => records(before).map(|r| (r, false)),
            _ => None,
        };
        if let Some((items, added)) = side {
            let each = items.into_iter().enumerate().map(|(i, item)| {
                let (before, after) = if added {
                    (None, Some(item))
                } else {
                    (Some(item), None)
                };
                crate::store::records::Change {
                    path: format!("{}[{i}]", c.path),
                    before,
                    after,
                }
            });
            out.extend(expanded(each.collect()));
            continue;
        }
        let whole = (is_object(&c.before) && c.after.is_none())
            || (c.before.is_none() && is_object(&c.after));
        if !whole {
            out.push(c);
            continue;
        }
        let inner = changes(
            Some(c.before.as_deref().unwrap_or("{}")),
            Some(c.after.as_deref().unwrap_or("{}")),
        );
        for mut i in expanded(inner) {
            i.path = format!("{}.{}", c.path, i.path);
            out.push(i);
        }
    }
    out
}

/// The lines of one entry; values wider than `max_value` columns are cut with `…`.
pub fn entry_lines(
    e: &AuditEntry,
    max_value: Option<usize>,
    dir: Option<&crate::domain::model::Directory>,
) -> Vec<String> {
    let who = match &e.by.from {
        Some(from) => crate::t!(
            "audit-who-from",
            user = e.by.user.as_str(),
            from = from.as_str()
        ),
        None => e.by.user.clone(),
    };
    // A record written where there was none was created.
    let action = match (e.action, &e.before, &e.after) {
        (AuditAction::PutPregnancy, None, Some(_)) => "audit-create-pregnancy",
        (AuditAction::PutProvider, None, Some(_)) => "audit-create-provider",
        (a, _, _) => a.key(),
    };
    let mut head = format!(
        "{}  {who}  {}",
        e.at.format("%d/%m/%Y %H:%M:%S"),
        crate::i18n::text(action, &[])
    );
    if let Some(s) = &e.subject {
        head.push(' ');
        head.push_str(s);
    }
    if !e.detail.is_empty() {
        head.push_str(&format!(" ({})", e.detail));
    }
    let mut out = vec![head];
    // A change shows each changed field; what was created or deleted, every field of it.
    if e.before.is_some() || e.after.is_some() {
        let none = crate::t!("audit-none");
        let (before, after) = (
            in_file_words(e.before.as_deref()),
            in_file_words(e.after.as_deref()),
        );
        let created = e.before.is_none();
        // French writes " :" before a value.
        let colon = crate::t!("label-colon");
        for c in expanded(changes(before.as_deref(), after.as_deref())) {
            // What a new record leaves empty, and its id (the entry names it), say nothing.
            let empty = matches!(
                c.after.as_deref(),
                Some("[]" | "{}" | "\"\"" | "null" | "false")
            );
            if created && (empty || c.path == "id") {
                continue;
            }
            let word = |v: &Option<String>| match v {
                Some(v) => value_words(&c.path, v, dir),
                None => none.clone(),
            };
            out.push(format!(
                "    {}{colon} {} → {}",
                field_words(&c.path),
                clip(&word(&c.before), max_value),
                clip(&word(&c.after), max_value)
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
        let lines = entry_lines(&e, Some(12), None);
        assert_eq!(
            lines,
            vec![
                "23/11/2026 14:02:09  anne from 192.0.2.7  changed pregnancy c1".to_string(),
                "    Name or pseudonym: A → B".into(),
                "    Care team member 1: (none) → p-a-very-lo…".into(),
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
        let text = entry_lines(&e, None, None)[1..].join("\n");
        assert!(text.contains("Pseudocode: (none) → 401391"), "{text}");
        assert!(text.contains("Service date: (none) → 05/03/2025"), "{text}");
        assert!(!text.contains("Cpp") && !text.contains(":00:00"), "{text}");
        assert!(
            text.contains("Concertation 1 › Start: 14:00 → 15:30"),
            "{text}"
        );
        assert!(
            !text.contains('{'),
            "a record added is listed field by field: {text}"
        );
    }

    #[test]
    fn field_paths_read_as_names_a_clinician_knows() {
        assert_eq!(field_words("follow_ups[2].date"), "Follow-up 3 › Date");
        assert_eq!(
            field_words("screening.answers.housing"),
            "Screening › Housing problem"
        );
        assert_eq!(
            field_words("cpp[0].evaluations.financial.note"),
            "CPP 1 › Financial problems (subjective income) › Note"
        );
        assert_eq!(
            field_words("concertations[1].participants[3]"),
            "Concertation 2 › Participant 4"
        );
        assert_eq!(field_words("care_plan.text"), "Care plan");
        assert_eq!(field_words("mother.birth_date"), "Mother's birth date");
    }

    #[test]
    fn a_created_case_reads_as_created_with_its_facts_in_words_and_nothing_empty() {
        use crate::domain::test_support::{coordinated, practice};
        let mut p = coordinated("2025-03-01");
        p.concertations[0].woman_present = true;
        let e = AuditEntry {
            seq: 3,
            at: chrono::NaiveDate::from_ymd_opt(2025, 3, 1)
                .and_then(|d| d.and_hms_opt(9, 0, 0))
                .expect("time"),
            by: Actor {
                user: "anne".into(),
                from: None,
            },
            action: AuditAction::PutPregnancy,
            subject: Some(p.id.clone()),
            before: None,
            after: serde_json::to_string(&p).ok(),
            detail: String::new(),
        };
        let dir = practice();
        let lines = entry_lines(&e, None, Some(&dir));
        let text = lines.join("\n");
        assert!(lines[0].ends_with("created pregnancy c1"), "{text}");
        assert!(
            !text.contains("→ []") && !text.contains("→ false"),
            "{text}"
        );
        assert!(text.contains("Region of care: (none) → Brussels"), "{text}");
        assert!(!text.contains('{'), "records listed field by field: {text}");
        assert!(text.contains("→ yes"), "{text}");
        assert!(text.contains("Dr mw (mw)"), "providers by name: {text}");
    }
}
