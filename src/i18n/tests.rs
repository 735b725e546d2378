//! The catalog is complete: every key the code uses is in it, and it parses cleanly.

use super::*;
use std::path::Path;

fn keys_used_in(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            keys_used_in(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            for (i, _) in text.match_indices("t!(\"") {
                let before = text[..i].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let rest = &text[i + 4..];
                if let Some(end) = rest.find('"') {
                    out.push((rest[..end].to_string(), p.display().to_string()));
                }
            }
        }
    }
}

#[test]
fn the_catalog_parses_without_errors() {
    if let Err((_, errors)) = FluentResource::try_new(EN.to_string()) {
        panic!("en.ftl has errors: {errors:?}");
    }
}

#[test]
fn every_key_used_in_code_is_in_the_catalog() {
    let mut used = Vec::new();
    keys_used_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(used.len() > 50, "the scan found only {} keys", used.len());
    let missing: Vec<_> = used.iter().filter(|(k, _)| k != "key" && !has(k)).collect();
    assert!(missing.is_empty(), "keys missing from en.ftl: {missing:?}");
}

#[test]
fn messages_fill_in_their_arguments() {
    assert_eq!(text("no-such-key", &[]), "no-such-key");
    let s = crate::t!("blocker-r41-too-few", count = 3usize);
    assert!(s.contains('3'), "{s}");
}

#[test]
fn every_name_of_the_domain_enums_is_in_the_catalog() {
    use crate::domain::model::{EvalStatus, Profession, Pseudocode, Region};
    let mut keys = Vec::new();
    for p in Profession::ALL {
        keys.push(format!("profession-{}", p.key()));
        keys.push(format!("profession-article-{}", p.key()));
    }
    keys.extend(Region::ALL.iter().map(|r| format!("region-{}", r.key())));
    keys.extend(
        EvalStatus::ALL
            .iter()
            .map(|s| format!("status-{}", s.key())),
    );
    keys.extend(
        Pseudocode::ALL
            .iter()
            .map(|p| format!("service-{}", p.code())),
    );
    keys.extend(
        crate::store::AuditAction::ALL
            .iter()
            .map(|a| a.key().to_string()),
    );
    let missing: Vec<_> = keys.iter().filter(|k| !has(k)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}
