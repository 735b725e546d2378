//! What an imported caseload's text may hold: no control character (an escape sequence
//! in a name would drive the terminal of whoever reads it), no bidi control and no
//! invisible character in names, ids and codes (they make one patient look like
//! another). Free-text notes may keep their line breaks and tabs. Each problem names
//! its JSON path. A restore does not check this: it brings back what the store held.

use crate::domain::model::Caseload;
use crate::domain::validate::Problem;
use crate::safe_text::{first_unsafe, mark};

/// What a field is: a name, id or code (one line, nothing invisible) or a note.
#[derive(Clone, Copy)]
enum Kind {
    Line,
    Note,
}

struct Check {
    problems: Vec<Problem>,
}

impl Check {
    fn field(&mut self, path: impl FnOnce() -> String, value: &str, kind: Kind) {
        let allowed: &[char] = match kind {
            Kind::Line => &[],
            Kind::Note => &['\n', '\t'],
        };
        // In a note, only what can drive a terminal is refused; bidi and invisible
        // characters there are shown as marks.
        let bad = match kind {
            Kind::Line => first_unsafe(value, allowed),
            Kind::Note => value
                .chars()
                .find(|c| c.is_control() && !allowed.contains(c)),
        };
        if let Some(c) = bad {
            self.problems.push(Problem {
                path: path(),
                message: crate::t!(
                    "import-control-character",
                    code = format!("U+{:04X}", c as u32),
                    shown = mark(c).to_string()
                ),
            });
        }
    }
}

/// Every name, id, code and note of `c` that holds a character it may not.
pub fn check(c: &Caseload) -> Vec<Problem> {
    use Kind::{Line, Note};
    let mut k = Check {
        problems: Vec::new(),
    };
    for (i, p) in c.providers.iter().enumerate() {
        k.field(|| format!("providers[{i}].id"), &p.id, Line);
        k.field(|| format!("providers[{i}].name"), &p.name, Line);
        if let Some(o) = &p.organisation {
            k.field(|| format!("providers[{i}].organisation"), o, Line);
        }
    }
    for (i, p) in c.pregnancies.iter().enumerate() {
        let at = |rest: &str| format!("pregnancies[{i}].{rest}");
        k.field(|| at("id"), &p.id, Line);
        k.field(|| at("mother.name"), &p.mother.name, Line);
        if let Some(s) = &p.screening {
            k.field(|| at("screening.provider"), &s.provider, Line);
            if let Some(code) = &s.code {
                k.field(|| at("screening.code"), code, Line);
            }
            for key in s.answers.keys() {
                k.field(|| at(&format!("screening.answers.{key}")), key, Line);
            }
        }
        for (j, cpp) in p.cpp.iter().enumerate() {
            k.field(|| at(&format!("cpp[{j}].provider")), &cpp.provider, Line);
            if let Some(code) = &cpp.code {
                k.field(|| at(&format!("cpp[{j}].code")), code, Line);
            }
            for (key, e) in &cpp.evaluations {
                k.field(|| at(&format!("cpp[{j}].evaluations")), key, Line);
                k.field(
                    || at(&format!("cpp[{j}].evaluations.{key}.note")),
                    &e.note,
                    Note,
                );
            }
        }
        for (j, d) in p.coordinators.iter().enumerate() {
            k.field(
                || at(&format!("coordinators[{j}].provider")),
                &d.provider,
                Line,
            );
            if let Some(b) = &d.billing_provider {
                k.field(
                    || at(&format!("coordinators[{j}].billing_provider")),
                    b,
                    Line,
                );
            }
        }
        for (j, t) in p.team.iter().enumerate() {
            k.field(|| at(&format!("team[{j}]")), t, Line);
        }
        if let Some(plan) = &p.care_plan {
            k.field(|| at("care_plan.text"), &plan.text, Note);
        }
        for (j, f) in p.follow_ups.iter().enumerate() {
            k.field(
                || at(&format!("follow_ups[{j}].indicator")),
                &f.indicator,
                Line,
            );
            k.field(
                || at(&format!("follow_ups[{j}].provider")),
                &f.provider,
                Line,
            );
            k.field(|| at(&format!("follow_ups[{j}].note")), &f.note, Note);
        }
        for (j, c) in p.concertations.iter().enumerate() {
            for (n, who) in c.participants.iter().enumerate() {
                k.field(
                    || at(&format!("concertations[{j}].participants[{n}]")),
                    who,
                    Line,
                );
            }
            k.field(
                || at(&format!("concertations[{j}].report")),
                &c.report,
                Note,
            );
            for (key, text) in &c.agreements {
                k.field(|| at(&format!("concertations[{j}].agreements")), key, Line);
                k.field(
                    || at(&format!("concertations[{j}].agreements.{key}")),
                    text,
                    Note,
                );
            }
        }
        for (j, b) in p.billed.iter().enumerate() {
            k.field(|| at(&format!("billed[{j}].provider")), &b.provider, Line);
        }
    }
    k.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::coordinated;

    #[test]
    fn an_escape_in_a_name_or_id_is_refused_with_its_json_path() {
        let mut p = coordinated("2025-03-01");
        p.mother.name = "Eve\u{1b}]0;pwned\u{7}".into();
        p.id = "c\u{202E}1".into();
        let c = Caseload {
            pregnancies: vec![p],
            ..Caseload::default()
        };
        let problems = check(&c);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            vec!["pregnancies[0].id", "pregnancies[0].mother.name"]
        );
        assert!(
            problems[1].message.contains("U+001B"),
            "{}",
            problems[1].message
        );
    }

    #[test]
    fn a_note_keeps_its_lines_and_tabs_but_not_an_escape() {
        let mut p = coordinated("2025-03-01");
        p.care_plan = Some(crate::domain::model::CarePlan {
            date: chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
            text: "visit\n\tweekly".into(),
        });
        let mut c = Caseload {
            pregnancies: vec![p],
            ..Caseload::default()
        };
        assert!(check(&c).is_empty());
        if let Some(plan) = &mut c.pregnancies[0].care_plan {
            plan.text.push('\u{9b}');
        }
        assert_eq!(check(&c)[0].path, "pregnancies[0].care_plan.text");
    }
}
