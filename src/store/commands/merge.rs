//! Merging a duplicate provider into the original (issue 12): every reference to the
//! duplicate in every case becomes one to the original, then the duplicate is removed,
//! all in one atomic [`Change`] with its audit entries. R63 refuses a merge that would
//! change the provider of a service marked billed.

use super::{case_change, no_provider, AuditDraft, Change, Commands, Storage};
use crate::domain::model::{BilledService, Directory, Pregnancy};
use crate::domain::validate::validate_pregnancy;
use crate::i18n::format::date;
use crate::store::error::{Result, StoreError};
use crate::store::records::AuditAction;
use crate::t;

/// How many billed services a refusal names before "and N more".
const NAMED: usize = 3;

impl<S: Storage> Commands<S> {
    /// Merges provider `duplicate` into `original`, as the one writer: returns how many
    /// cases changed.
    pub(super) fn merge_as_writer(&self, duplicate: &str, original: &str) -> Result<usize> {
        if duplicate == original {
            return Err(StoreError::Refused(t!(
                "store-merge-itself",
                id = duplicate
            )));
        }
        let storage = &self.core.storage;
        let dup = storage
            .provider(duplicate)?
            .ok_or_else(|| no_provider(duplicate))?;
        let orig = storage
            .provider(original)?
            .ok_or_else(|| no_provider(original))?;
        // R63: the provider of a billed service is final.
        let mut billed: Vec<(String, BilledService)> = Vec::new();
        let mut touched: Vec<Pregnancy> = Vec::new();
        storage.scan_cases(&mut |p| {
            billed.extend(
                p.billed
                    .iter()
                    .filter(|b| b.provider == duplicate)
                    .map(|b| (p.id.clone(), b.clone())),
            );
            if p.provider_refs().iter().any(|(_, r)| *r == duplicate) {
                touched.push(p);
            }
            true
        })?;
        if !billed.is_empty() {
            return Err(StoreError::Refused(refuse_r63(
                duplicate, original, &billed,
            )));
        }
        // The original takes the duplicate's login when it has none: the person who
        // signed in as the duplicate stays who they are.
        let mut kept = orig.clone();
        if kept.login.is_none() {
            kept.login = dup.login.clone();
        }
        let mut dir = Directory::new(storage.providers()?);
        dir.insert(kept.clone());
        let dir = Directory::new(dir.all().filter(|p| p.id != duplicate).cloned());
        let rules = self.rules_now()?;
        let mut change = Change::new(self.stamp());
        let mut problems = Vec::new();
        let detail = format!("provider {duplicate} merged into {original}");
        for old in &touched {
            let mut new = old.clone();
            new.replace_provider(duplicate, original);
            problems.extend(validate_pregnancy(&new, &dir, &rules, &new.id));
            change.cases.push(case_change(&new, Some(old), &rules));
            change.audit.push(
                AuditDraft::new(AuditAction::MergeProvider, Some(&new.id))
                    .records(Some(old), Some(&new))
                    .detail(detail.clone())
                    .cases([new.id.as_str()]),
            );
        }
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        change.providers.push((duplicate.to_string(), None));
        change.audit.push(
            AuditDraft::new(AuditAction::MergeProvider, Some(duplicate))
                .records(Some(&dup), None)
                .detail(format!("{detail}: {} cases changed", touched.len())),
        );
        if kept != orig {
            change
                .providers
                .push((original.to_string(), Some(kept.clone())));
            change.audit.push(
                AuditDraft::new(AuditAction::PutProvider, Some(original))
                    .records(Some(&orig), Some(&kept))
                    .detail(format!("login taken over from {duplicate}")),
            );
        }
        self.commit(change)?;
        Ok(touched.len())
    }
}

/// R63's refusal: which billed services name the duplicate, and what to do instead.
fn refuse_r63(duplicate: &str, original: &str, billed: &[(String, BilledService)]) -> String {
    let mut named: Vec<String> = billed
        .iter()
        .take(NAMED)
        .map(|(case, b)| {
            t!(
                "store-merge-billed-item",
                case = case.as_str(),
                code = b.pseudocode.code(),
                date = date(b.service_date),
                on = date(b.billed_on)
            )
        })
        .collect();
    if billed.len() > NAMED {
        named.push(t!("store-merge-billed-more", count = billed.len() - NAMED));
    }
    format!(
        "R63: {}",
        t!(
            "store-merge-billed",
            duplicate = duplicate,
            original = original,
            count = billed.len(),
            list = named.join("; ")
        )
    )
}

#[cfg(test)]
mod tests {
    use crate::domain::model::{Caseload, PracticeSettings, Profession, Provider};
    use crate::domain::test_support::{coordinated, d, practice, screened};
    use crate::store::{AuditAction, CaseloadApi, LineRef, SledStore, StoreError};

    /// gp and its duplicate gp-dup (login "gdup"), named in c1's team (beside gp) and
    /// follow-ups; c2 screened by gyn.
    fn store_with_duplicate() -> (tempfile::TempDir, SledStore) {
        let tmp = tempfile::tempdir().expect("tempdir");
        let s = SledStore::open(tmp.path()).expect("store");
        let mut providers: Vec<Provider> = practice().all().cloned().collect();
        providers.push(Provider {
            id: "gp-dup".into(),
            name: "Dr gp (again)".into(),
            profession: Profession::GeneralPractitioner,
            inami: None,
            organisation: None,
            login: Some("gdup".into()),
        });
        let mut c1 = coordinated("2025-03-01");
        c1.team.push("gp-dup".into());
        for f in &mut c1.follow_ups {
            f.provider = "gp-dup".into();
        }
        let mut c2 = screened("2025-05-10", &["financial"]);
        c2.id = "c2".into();
        s.import(
            Caseload {
                providers,
                pregnancies: vec![c1, c2],
                settings: PracticeSettings::default(),
            },
            false,
        )
        .expect("import");
        (tmp, s)
    }

    #[test]
    fn a_duplicate_merged_is_replaced_everywhere_then_deleted() {
        let (_tmp, s) = store_with_duplicate();
        assert_eq!(s.merge_provider("gp-dup", "gp").expect("merged"), 1);
        let c1 = s.pregnancy("c1").expect("read").expect("c1");
        assert!(c1.provider_refs().iter().all(|(_, r)| *r != "gp-dup"));
        assert_eq!(c1.team, vec!["gyn", "mw", "gp"], "gp once");
        assert!(c1.follow_ups.iter().all(|f| f.provider == "gp"));
        let providers = s.providers().expect("providers");
        assert!(providers.iter().all(|p| p.id != "gp-dup"));
        let gp = providers.iter().find(|p| p.id == "gp").expect("gp");
        assert_eq!(gp.login.as_deref(), Some("gdup"), "the login follows");
        let history = s.case_history("c1").expect("history");
        let last = history.last().expect("an entry");
        assert_eq!(last.action, AuditAction::MergeProvider);
        assert!(
            last.detail.contains("gp-dup merged into gp"),
            "{}",
            last.detail
        );
        let mut trail = Vec::new();
        s.scan_audit(&mut |e| {
            trail.push((e.action, e.subject));
            true
        })
        .expect("audit");
        assert!(trail.contains(&(AuditAction::MergeProvider, Some("gp-dup".into()))));
        assert!(trail.contains(&(AuditAction::PutProvider, Some("gp".into()))));
    }

    #[test]
    fn r63_a_billing_provider_of_a_billed_service_is_not_merged() {
        let (_tmp, s) = store_with_duplicate();
        let line = LineRef {
            pseudocode: crate::domain::model::Pseudocode::Screening,
            service_date: d("2025-05-10"),
            provider: "gyn".into(),
        };
        s.mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
            .expect("billed");
        let before = s.export().expect("export");
        let err = s.merge_provider("gyn", "gp").expect_err("R63");
        assert!(matches!(err, StoreError::Refused(_)), "{err}");
        let said = err.to_string();
        assert!(said.contains("R63"), "{said}");
        assert!(said.contains("c2"), "{said}");
        assert!(said.contains("--withdraw"), "{said}");
        assert!(said.contains("correct gyn's details"), "{said}");
        assert_eq!(s.export().expect("export"), before, "nothing changed");
    }

    #[test]
    fn a_provider_is_not_merged_into_itself_nor_into_a_missing_one() {
        let (_tmp, s) = store_with_duplicate();
        let err = s.merge_provider("gp", "gp").expect_err("itself");
        assert!(matches!(err, StoreError::Refused(_)), "{err}");
        let err = s.merge_provider("gp-dup", "nobody").expect_err("missing");
        assert!(matches!(err, StoreError::NotFound(_)), "{err}");
        let err = s.merge_provider("nobody", "gp").expect_err("missing");
        assert!(matches!(err, StoreError::NotFound(_)), "{err}");
        assert!(s
            .providers()
            .expect("read")
            .iter()
            .any(|p| p.id == "gp-dup"));
    }

    #[test]
    fn one_login_per_provider_and_a_login_is_a_user_name() {
        let (_tmp, s) = store_with_duplicate();
        let gyn = practice().get("gyn").cloned().expect("gyn");
        let err = s
            .put_provider(Provider {
                login: Some("gdup".into()),
                ..gyn.clone()
            })
            .expect_err("taken");
        assert!(err.to_string().contains("(gp-dup)"), "{err}");
        let err = s
            .put_provider(Provider {
                login: Some("anne dupont".into()),
                ..gyn.clone()
            })
            .expect_err("not a user name");
        assert!(err.to_string().contains("login"), "{err}");
        s.put_provider(Provider {
            login: Some("adupont".into()),
            ..gyn
        })
        .expect("a free login");
        let dir = crate::domain::Directory::new(s.providers().expect("read"));
        let me = crate::domain::provider_for_login(&dir, "adupont").expect("found");
        assert_eq!(me.id, "gyn");
    }
}
