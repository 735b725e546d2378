//! The to-do list over the whole caseload: a pure function of a spec (today, a horizon in
//! days, optionally one provider's cases) and the cases, soonest first (overdue first),
//! with its renderings for `perinat todo` (table, CSV, JSON). The items come from
//! `domain::todo`; nothing is decided here.

use crate::domain::model::{Directory, Pregnancy};
use crate::domain::services::evaluate;
use crate::domain::todo::{todo, TodoItem};
use crate::domain::whoami::is_mine;
use crate::domain::RuleSet;
use crate::i18n::{with_language, Lang};
use crate::parallel::parallel_slices;
use crate::report::format::{date, pad};
use crate::store::{CaseloadApi, Result};
use crate::t;
use chrono::NaiveDate;
use serde::Serialize;

/// What the to-do list is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TodoSpec {
    pub today: NaiveDate,
    /// The horizon: what falls due within this many days (overdue items always).
    pub days: i64,
    /// Only the cases of this provider (coordinator or care team, `domain::whoami::is_mine`).
    pub mine: Option<String>,
}

/// The order of the list: due date (so overdue first), then case, then rule.
pub fn sort(items: &mut [TodoItem]) {
    items.sort_by(|a, b| {
        (a.due, &a.case, a.kind.rule(), a.kind.key()).cmp(&(
            b.due,
            &b.case,
            b.kind.rule(),
            b.kind.key(),
        ))
    });
}

/// The items of one case, when it is in the spec's selection.
pub fn case_items(
    spec: &TodoSpec,
    case: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
) -> Vec<TodoItem> {
    if let Some(me) = &spec.mine {
        if !is_mine(case, me, spec.today) {
            return Vec::new();
        }
    }
    let eval = evaluate(case, dir, rules, spec.today);
    todo(case, &eval, dir, spec.today, spec.days)
}

/// The to-do list of `cases`, soonest first.
pub fn build_from(
    spec: &TodoSpec,
    cases: &[Pregnancy],
    dir: &Directory,
    rules: &RuleSet,
) -> Vec<TodoItem> {
    let parts = parallel_slices(cases, |slice| {
        slice
            .iter()
            .flat_map(|p| case_items(spec, p, dir, rules))
            .collect::<Vec<_>>()
    });
    let mut items: Vec<TodoItem> = parts.into_iter().flatten().collect();
    sort(&mut items);
    items
}

/// The to-do list of the whole caseload of `api`, soonest first.
pub fn build(api: &dyn CaseloadApi, spec: &TodoSpec) -> Result<(Vec<TodoItem>, Directory)> {
    let dir = api.directory()?;
    let rules = api.rules()?;
    let mut items = Vec::new();
    api.scan_pregnancies(&mut |p| {
        items.extend(case_items(spec, &p, &dir, &rules));
        true
    })?;
    sort(&mut items);
    Ok((items, dir))
}

/// The providers concerned, by name.
fn names(item: &TodoItem, dir: &Directory) -> String {
    let n: Vec<&str> = item.providers.iter().map(|p| dir.name(p)).collect();
    n.join(", ")
}

/// The list for a person: due date (with "overdue"), case, woman, what, who.
pub fn table(items: &[TodoItem], dir: &Directory, spec: &TodoSpec) -> String {
    let mut out = format!(
        "{} {} {} {} {}\n",
        pad(&t!("todo-col-due"), 20),
        pad(&t!("billing-col-case"), 9),
        pad(&t!("col-name"), 20),
        pad(&t!("todo-col-concerned"), 20),
        t!("todo-col-what"),
    );
    for i in items {
        let due = if i.overdue {
            format!("{} {}", date(i.due), t!("todo-overdue"))
        } else {
            date(i.due)
        };
        let who = names(i, dir);
        out.push_str(&format!(
            "{} {} {} {} {}\n",
            pad(&due, 20),
            pad(&i.case, 9),
            pad(&i.woman, 20),
            pad(if who.is_empty() { "-" } else { &who }, 20),
            i.text()
        ));
    }
    out.push_str(&t!("todo-count", count = items.len(), days = spec.days));
    out.push('\n');
    out
}

#[derive(Serialize)]
struct JsonItem<'a> {
    case: &'a str,
    woman: &'a str,
    rule: &'static str,
    kind: &'static str,
    due: String,
    overdue: bool,
    text: String,
    providers: &'a [String],
    section: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pseudocode: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indicator: Option<&'a str>,
}

/// Where a line comes from, for programs: `screening`, `cpp:0`, `coordination:1`,
/// `concertation:2` (indices into the case's lists, period numbers for forfaits).
fn origin_key(o: crate::domain::Origin) -> String {
    use crate::domain::Origin;
    match o {
        Origin::Screening => "screening".into(),
        Origin::Cpp(i) => format!("cpp:{i}"),
        Origin::Coordination(n) => format!("coordination:{n}"),
        Origin::Concertation(i) => format!("concertation:{i}"),
    }
}

fn pseudocode_of(o: crate::domain::Origin) -> &'static str {
    use crate::domain::{model::Pseudocode, Origin};
    match o {
        Origin::Screening => Pseudocode::Screening.code(),
        Origin::Cpp(_) => Pseudocode::Cpp.code(),
        Origin::Coordination(_) => Pseudocode::Coordination.code(),
        Origin::Concertation(_) => Pseudocode::Concertation.code(),
    }
}

fn json_item(i: &TodoItem) -> JsonItem<'_> {
    JsonItem {
        case: &i.case,
        woman: &i.woman,
        rule: i.rule(),
        kind: i.kind.key(),
        due: i.due.to_string(),
        overdue: i.overdue,
        text: i.text(),
        providers: &i.providers,
        section: i.place.section.key(),
        pseudocode: i.place.line.map(pseudocode_of),
        line: i.place.line.map(origin_key),
        indicator: i.place.indicator.as_deref(),
    }
}

/// The list for programs: one object per item, ISO dates, English text (as the billing
/// report's JSON).
pub fn json(items: &[TodoItem]) -> std::result::Result<String, String> {
    with_language(Lang::En, || {
        let v: Vec<JsonItem> = items.iter().map(json_item).collect();
        serde_json::to_string_pretty(&v)
            .map(|mut s| {
                s.push('\n');
                s
            })
            .map_err(|e| e.to_string())
    })
}

/// The list as CSV for programs: `,`, ISO dates, English keys and text.
pub fn csv(items: &[TodoItem]) -> std::result::Result<String, String> {
    with_language(Lang::En, || {
        let mut w = ::csv::WriterBuilder::new().from_writer(Vec::new());
        let header = [
            "case",
            "woman",
            "rule",
            "kind",
            "due",
            "overdue",
            "text",
            "providers",
            "section",
            "line",
            "indicator",
        ];
        w.write_record(header).map_err(|e| e.to_string())?;
        for i in items {
            let j = json_item(i);
            w.write_record([
                j.case.to_string(),
                j.woman.to_string(),
                j.rule.to_string(),
                j.kind.to_string(),
                j.due,
                j.overdue.to_string(),
                j.text,
                i.providers.join(" "),
                j.section.to_string(),
                j.line.unwrap_or_default(),
                j.indicator.unwrap_or_default().to_string(),
            ])
            .map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{coordinated, d, practice};
    use crate::domain::todo::Section;

    fn spec(today: &str, days: i64, mine: Option<&str>) -> TodoSpec {
        TodoSpec {
            today: d(today),
            days,
            mine: mine.map(str::to_string),
        }
    }

    fn cases() -> Vec<Pregnancy> {
        let mut a = coordinated("2025-03-01");
        a.id = "a".into();
        let mut b = coordinated("2025-02-01");
        b.id = "b".into();
        b.coordinators[0].provider = "gp".into();
        b.team = vec!["gyn".into(), "gp".into(), "mw2".into()];
        vec![a, b]
    }

    #[test]
    fn r35_soonest_first_overdue_first() {
        let items = build_from(
            &spec("2026-03-10", 30, None),
            &cases(),
            &practice(),
            &RuleSet::builtin(),
        );
        assert!(!items.is_empty());
        assert!(items.windows(2).all(|w| w[0].due <= w[1].due));
        // b's follow-ups were overdue since 2026-02-01, before a's (2026-03-01)
        assert_eq!(items[0].case, "b");
        assert!(items[0].overdue);
        assert_eq!(items[0].place.section, Section::FollowUps);
    }

    #[test]
    fn r35_mine_keeps_the_cases_of_that_provider() {
        let all = cases();
        let (dir, rules) = (practice(), RuleSet::builtin());
        let mw = build_from(&spec("2026-03-10", 30, Some("mw")), &all, &dir, &rules);
        assert!(!mw.is_empty());
        assert!(mw.iter().all(|i| i.case == "a"));
        let mw2 = build_from(&spec("2026-03-10", 30, Some("mw2")), &all, &dir, &rules);
        assert!(mw2.iter().all(|i| i.case == "b"));
        let none = build_from(&spec("2026-03-10", 30, Some("psy")), &all, &dir, &rules);
        assert!(none.is_empty());
    }

    #[test]
    fn r60_json_and_csv_carry_the_line_it_points_to() {
        let items = build_from(
            &spec("2025-05-25", 14, None),
            &cases()[..1],
            &practice(),
            &RuleSet::builtin(),
        );
        let j = json(&items).unwrap();
        assert!(j.contains("\"line\": \"screening\""), "{j}");
        assert!(j.contains("\"pseudocode\": \"401376\""), "{j}");
        assert!(j.contains("\"due\": \"2025-06-05\""), "{j}");
        let c = csv(&items).unwrap();
        assert!(c.starts_with("case,woman,rule,kind,due"), "{c}");
        assert!(c.contains(",R60,deadline-near,2025-06-05,false,"), "{c}");
    }
}
