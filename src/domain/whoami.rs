//! Who is signed in (issue 12): the provider a Unix login belongs to, whether a case is
//! that provider's, and what a login may be. Pure: the login name itself comes from the
//! caller (the process's `$USER`, or the peer the server identified).

use crate::domain::model::{Directory, Pregnancy, Provider};
use crate::domain::services::coordinator_on;
use crate::t;
use chrono::NaiveDate;

/// The longest login accepted (Linux allows 32 characters; directory services more).
pub const MAX_LOGIN: usize = 64;

/// The provider whose login is `login`, if any. Should two share it (a caseload written
/// before logins were checked), the one with the smallest id is taken, every time.
pub fn provider_for_login<'a>(dir: &'a Directory, login: &str) -> Option<&'a Provider> {
    if login.is_empty() {
        return None;
    }
    dir.all()
        .filter(|p| p.login.as_deref() == Some(login))
        .min_by(|a, b| a.id.cmp(&b.id))
}

/// Whether `case` is the provider `me`'s on `today`: `me` is its coordinator in charge
/// (R31; or one designated for a later day), or in its care team. A coordinator the
/// case was transferred away from (R34) no longer has it.
pub fn is_mine(case: &Pregnancy, me: &str, today: NaiveDate) -> bool {
    whose(case, today).contains(&me)
}

/// Every provider whose case `case` is on `today` (see [`is_mine`]), each once.
pub fn whose(case: &Pregnancy, today: NaiveDate) -> Vec<&str> {
    let mut ids: Vec<&str> = case.team.iter().map(String::as_str).collect();
    ids.extend(coordinator_on(case, today).map(|d| d.provider.as_str()));
    ids.extend(
        case.coordinators
            .iter()
            .filter(|d| d.from > today)
            .map(|d| d.provider.as_str()),
    );
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Why `login` is not a plain Unix user name, if it is not: it must be non-empty, at
/// most [`MAX_LOGIN`] characters, without spaces, control or invisible characters, nor
/// `:` `/` `,` (the separators of the password file), and must not begin with `-`.
pub fn login_problem(login: &str) -> Option<String> {
    let bad = |why: String| {
        Some(t!(
            "valid-login-bad",
            login = format!("{login:?}"),
            why = why
        ))
    };
    if login.is_empty() {
        return bad(t!("valid-login-empty"));
    }
    if login.chars().count() > MAX_LOGIN {
        return bad(t!("valid-login-long", max = MAX_LOGIN));
    }
    if login.starts_with('-') {
        return bad(t!("valid-login-dash"));
    }
    let wrong = login.chars().find(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, ':' | '/' | ',')
            || crate::safe_text::is_unsafe(*c)
    });
    match wrong {
        Some(c) => bad(t!(
            "valid-login-char",
            char = format!("U+{:04X}", u32::from(c))
        )),
        None => None,
    }
}

/// Another provider among `others` (not `p` itself) with `p`'s login.
pub fn login_holder<'a>(
    others: impl IntoIterator<Item = &'a Provider>,
    p: &Provider,
) -> Option<&'a Provider> {
    let login = p.login.as_deref()?;
    others
        .into_iter()
        .find(|o| o.id != p.id && o.login.as_deref() == Some(login))
}

/// "anne is already the login of Dr Anne Dupont (p-gyn)…"
pub fn login_taken(p: &Provider, holder: &Provider) -> String {
    t!(
        "valid-login-taken",
        login = p.login.as_deref().unwrap_or_default(),
        name = holder.name.as_str(),
        id = holder.id.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Designation, Region};
    use crate::domain::test_support::{d, practice};

    fn with_logins() -> Directory {
        let mut dir = practice();
        for (id, login) in [("mw", "aline"), ("gyn", "anne")] {
            let mut p = dir.get(id).cloned().expect("in the practice");
            p.login = Some(login.into());
            dir.insert(p);
        }
        dir
    }

    #[test]
    fn the_signed_in_provider_is_found_by_login() {
        let dir = with_logins();
        assert_eq!(
            provider_for_login(&dir, "aline").map(|p| p.id.as_str()),
            Some("mw")
        );
        assert_eq!(
            provider_for_login(&dir, "anne").map(|p| p.id.as_str()),
            Some("gyn")
        );
        assert!(provider_for_login(&dir, "nobody").is_none());
        assert!(provider_for_login(&dir, "").is_none());
        assert!(provider_for_login(&practice(), "aline").is_none());
    }

    #[test]
    fn a_login_shared_by_old_data_always_gives_the_same_provider() {
        let mut dir = with_logins();
        let mut twin = dir.get("nurse").cloned().expect("nurse");
        twin.login = Some("aline".into());
        dir.insert(twin);
        for _ in 0..5 {
            let found = provider_for_login(&dir, "aline").map(|p| p.id.clone());
            assert_eq!(found.as_deref(), Some("mw"));
        }
    }

    #[test]
    fn r31_r34_a_case_is_mine_as_its_coordinator_in_charge_or_a_team_member() {
        let mut p = Pregnancy::new("c1", "A", Region::Brussels, d("2025-06-01"));
        let today = d("2025-02-01");
        assert!(!is_mine(&p, "mw", today));
        p.team.push("gyn".into());
        assert!(is_mine(&p, "gyn", today));
        assert!(!is_mine(&p, "mw", today));
        let designation = |provider: &str, from| Designation {
            provider: provider.into(),
            from: d(from),
            consent: true,
            billing_provider: Some("gyn".into()),
        };
        p.coordinators.push(designation("mw", "2025-01-10"));
        p.coordinators.push(designation("nurse", "2025-03-01"));
        assert!(
            is_mine(&p, "mw", today),
            "the first coordinator, before the transfer"
        );
        assert!(is_mine(&p, "nurse", today), "designated for later");
        let after = d("2025-04-01");
        assert!(
            is_mine(&p, "nurse", after),
            "the coordinator after the transfer"
        );
        assert!(!is_mine(&p, "mw", after), "transferred away (R34)");
        // A billing provider only is not a coordinator.
        assert!(!is_mine(&p, "gp", today));
    }

    #[test]
    fn logins_are_plain_unix_user_names() {
        for good in ["anne", "a.dupont", "dupont_a", "user-2", "x", "AD$"] {
            assert_eq!(login_problem(good), None, "{good}");
        }
        let long = "a".repeat(MAX_LOGIN + 1);
        for bad in [
            "",
            "anne dupont",
            " anne",
            "anne\n",
            "an\u{7}ne",
            "-anne",
            "a:b",
            "a/b",
            "a,b",
            "an\u{202e}ne",
            long.as_str(),
        ] {
            assert!(login_problem(bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn one_login_belongs_to_one_provider() {
        let dir = with_logins();
        let mut gp = dir.get("gp").cloned().expect("gp");
        assert!(
            login_holder(dir.all(), &gp).is_none(),
            "no login, no holder"
        );
        gp.login = Some("aline".into());
        let holder = login_holder(dir.all(), &gp).expect("aline is mw's");
        assert_eq!(holder.id, "mw");
        assert!(login_taken(&gp, holder).contains("(mw)"));
        let mw = dir.get("mw").expect("mw");
        assert!(login_holder(dir.all(), mw).is_none(), "itself is no other");
    }

    #[test]
    fn a_caseload_giving_one_login_to_two_providers_is_refused() {
        use crate::domain::model::{Caseload, PracticeSettings};
        use crate::domain::validate::validate_caseload;
        use crate::domain::RuleSet;
        let dir = with_logins();
        let mut gp = dir.get("gp").cloned().expect("gp");
        gp.login = Some("anne".into());
        let c = Caseload {
            providers: vec![gp.clone()],
            pregnancies: vec![],
            settings: PracticeSettings::default(),
        };
        let probs = validate_caseload(&c, &dir, &RuleSet::builtin());
        assert_eq!(probs.len(), 1, "{probs:?}");
        assert_eq!(probs[0].path, "providers[0].login");
        assert!(probs[0].message.contains("(gyn)"), "{}", probs[0].message);
        gp.login = Some("a b".into());
        let c = Caseload {
            providers: vec![gp],
            ..c
        };
        let probs = validate_caseload(&c, &dir, &RuleSet::builtin());
        assert_eq!(probs[0].path, "providers[0].login");
    }
}
