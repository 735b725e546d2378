//! Which backups to keep: pure, so that it can be tested without files. Automatic
//! daily backups rotate grandfather-father-son (the newest of each of the last 7 days,
//! 4 ISO weeks and 12 months that have one); the others (on demand, before a migration,
//! before a restore) keep their newest few of each kind.

use super::{Backup, Kind};
use chrono::Datelike;
use std::collections::BTreeSet;

/// How many backups of each period or kind are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub days: usize,
    pub weeks: usize,
    pub months: usize,
    /// Per kind, for the backups that are not daily.
    pub others: usize,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            days: 7,
            weeks: 4,
            months: 12,
            others: 10,
        }
    }
}

/// The indexes of `backups` to keep under `policy` (the rest are deleted).
pub fn keep(backups: &[Backup], policy: Policy) -> BTreeSet<usize> {
    let mut order: Vec<usize> = (0..backups.len()).collect();
    // newest first
    order.sort_by(|&a, &b| backups[b].at.cmp(&backups[a].at));
    let mut kept = BTreeSet::new();
    let daily: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| backups[i].kind == Kind::Daily)
        .collect();
    let mut newest_per = |key: &dyn Fn(&Backup) -> (i32, u32, u32), limit: usize| {
        let mut seen = BTreeSet::new();
        for &i in &daily {
            if seen.len() == limit {
                break;
            }
            if seen.insert(key(&backups[i])) {
                kept.insert(i);
            }
        }
    };
    newest_per(&|b| (b.at.year(), b.at.ordinal(), 0), policy.days);
    newest_per(
        &|b| {
            let w = b.at.iso_week();
            (w.year(), w.week(), 0)
        },
        policy.weeks,
    );
    newest_per(&|b| (b.at.year(), b.at.month(), 0), policy.months);
    for kind in Kind::ALL.into_iter().filter(|k| *k != Kind::Daily) {
        kept.extend(
            order
                .iter()
                .copied()
                .filter(|&i| backups[i].kind == kind)
                .take(policy.others),
        );
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    fn daily_for(days: i64) -> Vec<Backup> {
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        (0..days)
            .map(|n| Backup {
                path: format!("b{n}").into(),
                at: (start + Duration::days(n)).and_hms_opt(9, 0, 0).unwrap(),
                kind: Kind::Daily,
            })
            .collect()
    }

    #[test]
    fn two_years_of_daily_backups_keep_at_most_23() {
        let b = daily_for(730);
        let kept = keep(&b, Policy::default());
        assert!(kept.len() <= 7 + 4 + 12, "{}", kept.len());
        // the last 7 days are all there
        for i in 723..730 {
            assert!(kept.contains(&i), "day {i}");
        }
        // and something from about a year ago (the 12th month back)
        let oldest = kept.iter().min().unwrap();
        assert!(b[*oldest].at.date() < NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    }

    #[test]
    fn a_few_backups_are_all_kept() {
        let b = daily_for(3);
        assert_eq!(keep(&b, Policy::default()).len(), 3);
    }

    #[test]
    fn several_backups_on_one_day_keep_the_newest() {
        let mut b = daily_for(1);
        let mut later = b[0].clone();
        later.at += Duration::hours(3);
        b.push(later);
        assert_eq!(keep(&b, Policy::default()), BTreeSet::from([1]));
    }

    #[test]
    fn other_kinds_keep_their_newest_few_whatever_the_dailies() {
        let mut b = daily_for(40);
        let start = b.len();
        for n in 0..15 {
            let mut m = b[n].clone();
            m.kind = Kind::BeforeMigration;
            b.push(m);
        }
        let kept = keep(&b, Policy::default());
        let migrations: Vec<_> = kept.iter().filter(|&&i| i >= start).collect();
        assert_eq!(migrations.len(), 10);
        assert!(kept.contains(&(b.len() - 1)), "the newest migration backup");
    }
}
