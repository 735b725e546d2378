//! Interchange tests: the spec's example reads, every bad value is reported with its path,
//! and the canonical form round-trips byte for byte.

use super::*;
use crate::domain::catalog::Catalog;
use crate::domain::model::*;

const EXAMPLE: &str = r#"{
  "format": "perinat-caseload",
  "version": 1,
  "providers": [
    { "id": "p-dupont", "name": "Dr Anne Dupont", "profession": "gynecologist",
      "inami": "1-00001-06-340", "organisation": "Maison médicale du Parc" }
  ],
  "pregnancies": [
    {
      "id": "c-0001",
      "mother": { "name": "M. Example", "niss": null, "birth_date": null },
      "region": "brussels",
      "lmp": null,
      "due_date": "2025-03-10",
      "birth_date": "2025-03-12",
      "screening": { "date": "2024-09-20", "provider": "p-dupont", "consent": true, "code": "BIB-7F3K",
        "answers": { "financial": true, "housing": false, "depression": false } },
      "cpp": [ { "date": "2024-10-02", "provider": "p-dupont", "code": "CPP-11",
        "evaluations": { "financial": { "status": "status_quo", "note": "budget plan started" } } } ],
      "coordinators": [ { "provider": "p-aline", "from": "2024-09-25", "consent": true, "billing_provider": null } ],
      "team": ["p-dupont", "p-aline", "p-martin"],
      "care_plan": { "date": "2024-10-15", "text": "..." },
      "follow_ups": [ { "date": "2025-02-01", "indicator": "financial", "status": "improvement", "note": "...", "provider": "p-aline" } ],
      "concertations": [ { "date": "2024-10-15", "start": "14:00", "quarter_hours": 4,
        "participants": ["p-aline", "p-dupont", "p-martin", "p-sw"], "woman_present": true,
        "report": "...", "agreements": { "financial": "refer to CPAS" } } ],
      "billed": [ { "pseudocode": "401376", "service_date": "2024-09-20", "provider": "p-dupont",
        "billed_on": "2024-10-03", "amount": "22.55" } ]
    }
  ],
  "tariffs": [ { "pseudocode": "401413", "from": "2026-01-01", "amount": "760.00" } ],
  "regions": [ { "region": "flanders", "screening_from": "2025-01-01", "others_from": "2025-01-01" } ]
}"#;

fn problems(text: &str) -> Vec<String> {
    parse(text)
        .expect_err("must fail")
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn the_spec_example_reads() {
    let p = parse(EXAMPLE).unwrap();
    let c = &p.caseload;
    assert_eq!(
        c.providers[0].inami.as_ref().unwrap().digits(),
        "10000106340"
    );
    let preg = &c.pregnancies[0];
    assert_eq!(preg.region, Region::Brussels);
    assert_eq!(preg.screening.as_ref().unwrap().answers.len(), 3);
    assert_eq!(preg.concertations[0].quarter_hours, 4);
    assert_eq!(preg.billed[0].amount, "22.55".parse().unwrap());
    assert_eq!(c.settings.tariffs[0].pseudocode, Pseudocode::Coordination);
    assert_eq!(c.settings.regions[0].region, Region::Flanders);
    assert!(p.missing_amounts.is_empty());
}

#[test]
fn canonical_text_round_trips_byte_for_byte() {
    let first = to_string(&parse(EXAMPLE).unwrap().caseload, Catalog::builtin());
    let second = to_string(&parse(&first).unwrap().caseload, Catalog::builtin());
    assert_eq!(first, second);
    assert!(first.ends_with("}\n"));
    // answers in catalog order: financial, depression, housing
    let f = first.find("\"financial\": true").unwrap();
    let dep = first.find("\"depression\": false").unwrap();
    let h = first.find("\"housing\": false").unwrap();
    assert!(f < dep && dep < h);
}

#[test]
fn a_bad_inami_check_digit_is_named_with_its_path() {
    let bad = EXAMPLE.replace("1-00001-06-340", "1-00001-96-340");
    let p = problems(&bad);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("providers[0].inami: the check digits of 1-00001-96-340 do not match"),
        "{p:?}"
    );
}

#[test]
fn every_bad_value_is_reported_at_once() {
    let bad = EXAMPLE
        .replace(
            "\"due_date\": \"2025-03-10\"",
            "\"due_date\": \"2025-02-30\"",
        )
        .replace("\"status\": \"improvement\"", "\"status\": \"better\"")
        .replace("\"start\": \"14:00\"", "\"start\": \"2pm\"")
        .replace("\"amount\": \"760.00\"", "\"amount\": \"760.001\"");
    let p = problems(&bad);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(
        p.contains(
            &"pregnancies[0].due_date: \"2025-02-30\" is not a day of the calendar".to_string()
        ),
        "{p:?}"
    );
    assert!(p
        .iter()
        .any(|x| x.starts_with("pregnancies[0].follow_ups[0].status: \"better\" is not a status")));
    assert!(p
        .iter()
        .any(|x| x.starts_with("pregnancies[0].concertations[0].start:")));
    assert!(p.iter().any(|x| x.starts_with("tariffs[0].amount:")));
}

#[test]
fn an_unknown_key_is_an_error_with_its_path() {
    let bad = EXAMPLE.replace("\"name\": \"M. Example\"", "\"nmae\": \"M. Example\"");
    let p = problems(&bad);
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("pregnancies[0].mother.nmae (line 11, column"),
        "{p:?}"
    );
    assert!(p[0].contains("unknown field \"nmae\""), "{p:?}");
}

#[test]
fn malformed_json_names_line_and_column() {
    let p = problems("{\n  \"format\": \"perinat-caseload\",\n  \"version\": 1,,\n}");
    assert!(p[0].starts_with("line 3, column"), "{p:?}");
}

#[test]
fn a_file_of_another_format_or_version_is_refused() {
    let p = problems(&EXAMPLE.replace("\"version\": 1", "\"version\": 2"));
    assert!(
        p[0].starts_with("version: version 2 is not supported"),
        "{p:?}"
    );
    let p = problems(&EXAMPLE.replace("perinat-caseload", "other"));
    assert!(p[0].starts_with("format:"), "{p:?}");
}

#[test]
fn a_billed_amount_may_be_left_out_and_is_then_computed() {
    let text = EXAMPLE.replace(", \"amount\": \"22.55\"", "");
    let mut parsed = parse(&text).unwrap();
    assert_eq!(parsed.missing_amounts, vec![(0, 0)]);
    let dir = Directory::new(parsed.caseload.providers.clone());
    fill_billed_amounts(&mut parsed, &dir, &crate::domain::RuleSet::builtin());
    assert_eq!(
        parsed.caseload.pregnancies[0].billed[0].amount,
        "22.55".parse().unwrap()
    );
}

#[test]
fn null_lists_and_absent_optional_keys_are_accepted() {
    let text = r#"{"format": "perinat-caseload", "version": 1, "providers": null,
      "pregnancies": [{"id": "c", "mother": {"name": "x"}, "region": "wallonia", "due_date": "2025-01-01",
      "cpp": null, "billed": null}]}"#;
    let c = parse(text).unwrap().caseload;
    assert!(c.pregnancies[0].cpp.is_empty());
    assert!(c.providers.is_empty());
}
