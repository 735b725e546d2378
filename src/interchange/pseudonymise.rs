//! Pseudonymised caseloads, for sharing with support or in a bug report: names, NISS,
//! the mother's day and month of birth and every free-text note are replaced; the same
//! person gets the same pseudonym on every export of one store (the pseudonyms are a
//! keyed SHA-256 of the original under the store's own secret key, so they cannot be
//! reversed by guessing names without that key). Ids, dates of care, INAMI numbers and
//! everything the rules use are kept, so the file still reproduces a billing problem.

use crate::domain::ids::Niss;
use crate::domain::model::Caseload;
use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};

/// What replaces a non-empty note.
pub const NOTE: &str = "[removed]";

fn digest(key: &[u8], what: &str, value: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(key);
    h.update(what.as_bytes());
    h.update([0]);
    h.update(value.as_bytes());
    h.finalize().into()
}

fn tag(key: &[u8], what: &str, value: &str) -> String {
    let d = digest(key, what, value);
    d[..3].iter().map(|b| format!("{b:02X}")).collect()
}

/// A valid NISS for someone born in `year`, 1 January, with a serial from the digest.
fn fake_niss(key: &[u8], niss: &Niss, year: i32) -> Option<Niss> {
    let d = digest(key, "niss", niss.digits());
    let serial = (u32::from(d[0]) << 8 | u32::from(d[1])) % 997 + 1;
    let nine: u64 = format!("{:02}0101{serial:03}", year.rem_euclid(100))
        .parse()
        .ok()?;
    let check = if year >= 2000 {
        97 - (2_000_000_000 + nine) % 97
    } else {
        97 - nine % 97
    };
    Niss::parse(&format!("{nine:09}{check:02}")).ok()
}

fn note(s: &mut String) {
    if !s.trim().is_empty() {
        *s = NOTE.to_string();
    }
}

/// The caseload with its personal data replaced under `key`.
pub fn pseudonymise(caseload: &Caseload, key: &[u8]) -> Caseload {
    let mut c = caseload.clone();
    for p in &mut c.providers {
        p.name = format!("Provider {}", tag(key, "provider", &p.name));
        if let Some(o) = &mut p.organisation {
            *o = format!("Organisation {}", tag(key, "organisation", o));
        }
        // A login names a person on the practice's machine: never in a pseudonymised file.
        p.login = None;
    }
    for p in &mut c.pregnancies {
        let m = &mut p.mother;
        let year = m
            .birth_date
            .map(|d| d.year())
            .or_else(|| {
                let yy: i32 = m.niss.as_ref()?.digits()[..2].parse().ok()?;
                Some(1900 + yy)
            })
            .unwrap_or(1990);
        m.name = format!("Person {}", tag(key, "mother", &m.name));
        m.birth_date = m
            .birth_date
            .and_then(|_| NaiveDate::from_ymd_opt(year, 1, 1));
        m.niss = m.niss.as_ref().and_then(|n| fake_niss(key, n, year));
        for cpp in &mut p.cpp {
            for e in cpp.evaluations.values_mut() {
                note(&mut e.note);
            }
        }
        if let Some(plan) = &mut p.care_plan {
            note(&mut plan.text);
        }
        for f in &mut p.follow_ups {
            note(&mut f.note);
        }
        for k in &mut p.concertations {
            note(&mut k.report);
            for a in k.agreements.values_mut() {
                note(a);
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::coordinated;

    fn sample() -> Caseload {
        let mut p = coordinated("2025-03-01");
        p.mother.name = "Marie Dupont".into();
        p.mother.niss = Some(Niss::parse("85073003328").unwrap());
        p.mother.birth_date = NaiveDate::from_ymd_opt(1985, 7, 30);
        if let Some(plan) = &mut p.care_plan {
            plan.text = "lives with her sister Anne".into();
        }
        Caseload {
            pregnancies: vec![p],
            ..Caseload::default()
        }
    }

    #[test]
    fn names_niss_birth_day_and_notes_are_replaced_the_rest_kept() {
        let c = sample();
        let out = pseudonymise(&c, b"key one");
        let (a, b) = (&c.pregnancies[0], &out.pregnancies[0]);
        assert!(b.mother.name.starts_with("Person "), "{}", b.mother.name);
        assert_ne!(b.mother.niss, a.mother.niss);
        assert!(b.mother.niss.is_some(), "a valid NISS stays a valid NISS");
        assert_eq!(b.mother.birth_date, NaiveDate::from_ymd_opt(1985, 1, 1));
        if let Some(plan) = &b.care_plan {
            assert_eq!(plan.text, NOTE);
        }
        assert_eq!(a.id, b.id);
        assert_eq!(a.screening, b.screening);
        assert_eq!(a.billed, b.billed);
        let text = format!("{out:?}");
        assert!(
            !text.contains("Dupont") && !text.contains("sister"),
            "{text}"
        );
    }

    #[test]
    fn pseudonyms_are_stable_per_key_and_differ_between_keys() {
        let c = sample();
        let one = pseudonymise(&c, b"key one");
        assert_eq!(one, pseudonymise(&c, b"key one"));
        let two = pseudonymise(&c, b"key two");
        assert_ne!(
            one.pregnancies[0].mother.name,
            two.pregnancies[0].mother.name
        );
    }
}
