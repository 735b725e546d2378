//! Whether a caseload is consistent before it is stored: unique ids, provider references
//! that exist, indicator keys from the catalog, at least an LMP or a due date, sane
//! concertations, and billed services that match a computed service (R63). Each problem
//! names where it is (`pregnancies[2].cpp[0].provider`) and what is wrong.

use crate::domain::dates::YearMonth;
use crate::domain::model::{Caseload, Directory, Pregnancy, Provider};
use crate::domain::ruleset::RuleSet;
use crate::domain::services::evaluate;
use crate::domain::whoami::{login_holder, login_problem, login_taken};
use crate::i18n::format::date;
use crate::t;
use chrono::NaiveDate;
use std::collections::HashSet;

/// One problem of an input, with its path.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Most quarter-hours one concertation may record (a whole day).
pub const MAX_QUARTER_HOURS: u32 = 96;

/// Checks one pregnancy against the providers and tables; `at` prefixes every path.
pub fn validate_pregnancy(
    p: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
    at: &str,
) -> Vec<Problem> {
    // Paths relative to the pregnancy; `at` is put in front once, at the end.
    let mut out: Vec<Problem> = Vec::new();
    let mut problem = |path: String, message: String| out.push(Problem { path, message });
    if p.id.trim().is_empty() {
        problem("id".into(), t!("valid-id-needed"));
    }
    if p.lmp.is_none() && p.due_date.is_none() {
        problem("due_date".into(), format!("R1: {}", t!("valid-lmp-needed")));
    }
    if let (Some(birth), Some(start)) = (p.birth_date, crate::domain::periods::pregnancy_start(p)) {
        if birth < start {
            problem(
                "birth_date".into(),
                t!(
                    "valid-birth-before-start",
                    birth = date(birth),
                    start = date(start)
                ),
            );
        }
    }
    for (path, id) in p.provider_refs() {
        if dir.get(id).is_none() {
            problem(path, t!("valid-unknown-provider", id = format!("{id:?}")));
        }
    }
    let catalog = &rules.catalog;
    let mut key = |path: String, k: &str| {
        if !catalog.contains(k) {
            problem(path, t!("valid-unknown-indicator"));
        }
    };
    if let Some(s) = &p.screening {
        for k in s.answers.keys() {
            key(format!("screening.answers.{k}"), k);
        }
    }
    for (i, c) in p.cpp.iter().enumerate() {
        for k in c.evaluations.keys() {
            key(format!("cpp[{i}].evaluations.{k}"), k);
        }
    }
    for (i, f) in p.follow_ups.iter().enumerate() {
        key(format!("follow_ups[{i}].indicator"), &f.indicator);
    }
    for (i, c) in p.concertations.iter().enumerate() {
        for k in c.agreements.keys() {
            key(format!("concertations[{i}].agreements.{k}"), k);
        }
    }
    for (i, c) in p.concertations.iter().enumerate() {
        if c.quarter_hours == 0 || c.quarter_hours > MAX_QUARTER_HOURS {
            out.push(Problem {
                path: format!("concertations[{i}].quarter_hours"),
                message: t!(
                    "valid-quarter-hours",
                    value = c.quarter_hours,
                    max = MAX_QUARTER_HOURS
                ),
            });
        }
    }
    // R63: every billed entry matches a computed service. Only worth asking when the
    // references above are sound.
    if out.is_empty() && !p.billed.is_empty() {
        // A far "today": no opening is still ahead, so every rule but expiry is judged.
        let e = evaluate(p, dir, rules, NaiveDate::MAX);
        for i in e.unmatched_billed {
            let b = &p.billed[i];
            out.push(Problem {
                path: format!("billed[{i}]"),
                message: format!(
                    "R63: {}",
                    t!(
                        "valid-billed-unmatched",
                        code = b.pseudocode.code(),
                        date = date(b.service_date),
                        provider = format!("{:?}", b.provider)
                    )
                ),
            });
        }
    }
    if !at.is_empty() {
        for problem in &mut out {
            problem.path = format!("{at}.{}", problem.path);
        }
    }
    out
}

/// Another provider among `others` (not `p` itself) with `p`'s INAMI number.
pub fn inami_holder<'a>(
    others: impl IntoIterator<Item = &'a Provider>,
    p: &Provider,
) -> Option<&'a Provider> {
    let n = p.inami.as_ref()?;
    others
        .into_iter()
        .find(|o| o.id != p.id && o.inami.as_ref() == Some(n))
}

/// "1-00001-06-340 is already the INAMI number of Dr Anne Dupont (p-gyn)…"
pub fn inami_taken(p: &Provider, holder: &Provider) -> String {
    t!(
        "valid-inami-taken",
        inami = p.inami.as_ref().map(|i| i.formatted()).unwrap_or_default(),
        name = holder.name.as_str(),
        id = holder.id.as_str()
    )
}

/// Checks a whole caseload; `extra` are providers already known elsewhere (the store).
pub fn validate_caseload(c: &Caseload, extra: &Directory, rules: &RuleSet) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, p) in c.providers.iter().enumerate() {
        if p.id.trim().is_empty() {
            out.push(Problem {
                path: format!("providers[{i}].id"),
                message: t!("valid-id-needed"),
            });
        }
        if !seen.insert(p.id.as_str()) {
            out.push(Problem {
                path: format!("providers[{i}].id"),
                message: t!("valid-used-twice", id = format!("{:?}", p.id)),
            });
        }
    }
    // One INAMI number per provider (a second provider with the same number would
    // claim under someone else's number).
    let in_file: HashSet<&str> = c.providers.iter().map(|p| p.id.as_str()).collect();
    for (i, p) in c.providers.iter().enumerate() {
        let others: Vec<&Provider> = c.providers[..i]
            .iter()
            .chain(extra.all().filter(|x| !in_file.contains(x.id.as_str())))
            .collect();
        if let Some(holder) = inami_holder(others.iter().copied(), p) {
            out.push(Problem {
                path: format!("providers[{i}].inami"),
                message: inami_taken(p, holder),
            });
        }
        // One login per provider, and a login that is a Unix user name.
        if let Some(login) = p.login.as_deref() {
            if let Some(message) = login_problem(login) {
                out.push(Problem {
                    path: format!("providers[{i}].login"),
                    message,
                });
            } else if let Some(holder) = login_holder(others.iter().copied(), p) {
                out.push(Problem {
                    path: format!("providers[{i}].login"),
                    message: login_taken(p, holder),
                });
            }
        }
    }
    let mut dir = extra.clone();
    for p in &c.providers {
        dir.insert(p.clone());
    }
    let mut seen = HashSet::new();
    for (i, p) in c.pregnancies.iter().enumerate() {
        if !seen.insert(p.id.as_str()) {
            out.push(Problem {
                path: format!("pregnancies[{i}].id"),
                message: t!("valid-used-twice", id = format!("{:?}", p.id)),
            });
        }
        out.extend(validate_pregnancy(
            p,
            &dir,
            rules,
            &format!("pregnancies[{i}]"),
        ));
    }
    let mut seen = HashSet::new();
    for (i, t) in c.settings.tariffs.iter().enumerate() {
        if !seen.insert((t.pseudocode, t.from)) {
            out.push(Problem {
                path: format!("tariffs[{i}]"),
                message: t!(
                    "valid-second-tariff",
                    code = t.pseudocode.code(),
                    from = date(t.from)
                ),
            });
        }
    }
    let mut seen = HashSet::new();
    for (i, r) in c.settings.regions.iter().enumerate() {
        if !seen.insert(r.region) {
            out.push(Problem {
                path: format!("regions[{i}].region"),
                message: t!("valid-region-twice", region = r.region.key()),
            });
        }
    }
    out
}

/// The months a caseload's index covers for `p`: where any of its services may fall.
pub fn index_months(p: &Pregnancy, rules: &RuleSet) -> Vec<YearMonth> {
    let mut m: Vec<YearMonth> = crate::domain::services::candidate_service_dates(p, rules)
        .into_iter()
        .map(YearMonth::of)
        .collect();
    m.dedup();
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::*;
    use crate::domain::test_support::*;

    #[test]
    fn dangling_provider_and_unknown_indicator_are_named_with_their_path() {
        let mut p = screened("2025-03-01", &["financial"]);
        p.screening
            .as_mut()
            .unwrap()
            .answers
            .insert("finacial".into(), true);
        p.cpp.push(cpp("2025-03-05", "p-x", &[]));
        let probs = validate_pregnancy(&p, &practice(), &RuleSet::builtin(), "pregnancies[2]");
        let texts: Vec<String> = probs.iter().map(|p| p.to_string()).collect();
        assert!(
            texts.contains(&"pregnancies[2].cpp[0].provider: unknown provider \"p-x\"".to_string()),
            "{texts:?}"
        );
        assert!(
            texts.contains(
                &"pregnancies[2].screening.answers.finacial: unknown indicator".to_string()
            ),
            "{texts:?}"
        );
    }

    #[test]
    fn r63_billed_entry_matching_nothing_is_a_problem() {
        let mut p = screened("2025-03-01", &[]);
        p.billed.push(BilledService {
            pseudocode: Pseudocode::Cpp,
            service_date: d("2025-03-01"),
            provider: "gyn".into(),
            billed_on: d("2025-03-02"),
            amount: money("50.41"),
        });
        let probs = validate_pregnancy(&p, &practice(), &RuleSet::builtin(), "");
        assert_eq!(probs.len(), 1);
        assert_eq!(probs[0].path, "billed[0]");
    }

    #[test]
    fn r1_lmp_or_due_date_needed() {
        let mut p = screened("2025-03-01", &[]);
        p.due_date = None;
        let probs = validate_pregnancy(&p, &practice(), &RuleSet::builtin(), "");
        assert!(probs.iter().any(|p| p.path == "due_date"));
    }

    #[test]
    fn r70_one_inami_number_belongs_to_one_provider() {
        let dir = practice();
        let gyn = dir.get("gyn").unwrap().clone();
        let twin = Provider {
            id: "gyn-again".into(),
            name: "Dr Twin".into(),
            ..gyn.clone()
        };
        let c = Caseload {
            providers: vec![twin.clone()],
            pregnancies: vec![],
            settings: PracticeSettings::default(),
        };
        // Against the providers already known...
        let probs = validate_caseload(&c, &dir, &RuleSet::builtin());
        assert_eq!(probs.len(), 1, "{probs:?}");
        assert_eq!(probs[0].path, "providers[0].inami");
        assert!(probs[0].message.contains("(gyn)"), "{}", probs[0].message);
        // ... and within the file; a provider replacing itself is no duplicate.
        let c = Caseload {
            providers: vec![gyn.clone(), twin],
            ..c
        };
        let probs = validate_caseload(&c, &dir, &RuleSet::builtin());
        assert_eq!(probs.len(), 1, "{probs:?}");
        assert_eq!(probs[0].path, "providers[1].inami");
        let c = Caseload {
            providers: vec![gyn],
            ..c
        };
        assert!(validate_caseload(&c, &dir, &RuleSet::builtin()).is_empty());
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let p = screened("2025-03-01", &[]);
        let c = Caseload {
            providers: vec![],
            pregnancies: vec![p.clone(), p],
            settings: PracticeSettings::default(),
        };
        let probs = validate_caseload(&c, &practice(), &RuleSet::builtin());
        assert_eq!(probs[0].path, "pregnancies[1].id");
    }
}
