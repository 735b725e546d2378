//! Reading an interchange file: JSON text → domain caseload, reporting every problem
//! with its JSON path and a plain reason, or nothing at all.

use super::dto::*;
use super::{FORMAT, VERSION};
use crate::domain::dates::parse_date;
use crate::domain::ids::{Inami, Niss};
use crate::domain::model::*;
use crate::domain::services::{evaluate, match_billed};
use crate::domain::validate::Problem;
use crate::domain::RuleSet;
use crate::t;
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A file read into domain types. `billed` entries written without an amount are listed
/// in `missing_amounts` (pregnancy index, billed index) until [`fill_billed_amounts`].
#[derive(Debug)]
pub struct Parsed {
    pub caseload: Caseload,
    pub missing_amounts: Vec<(usize, usize)>,
}

/// Parses the JSON text of an interchange file.
pub fn parse(text: &str) -> Result<Parsed, Vec<Problem>> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let file: FileDto = serde_path_to_error::deserialize(de).map_err(|e| vec![json_problem(&e)])?;
    let mut conv = Conv::default();
    let caseload = conv.file(file);
    if conv.problems.is_empty() {
        Ok(Parsed {
            caseload,
            missing_amounts: conv.missing_amounts,
        })
    } else {
        Err(conv.problems)
    }
}

fn json_problem(e: &serde_path_to_error::Error<serde_json::Error>) -> Problem {
    let inner = e.inner();
    let full = inner.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let path = e.path().to_string();
    let where_ = t!("json-where", line = inner.line(), column = inner.column());
    let data_error = inner.classify() == serde_json::error::Category::Data;
    Problem {
        path: if !data_error || path == "." || path.is_empty() {
            where_
        } else {
            format!("{path} ({where_})")
        },
        message: if data_error {
            message.replace('`', "\"")
        } else {
            t!("json-invalid", detail = message.replace('`', "\""))
        },
    }
}

#[derive(Default)]
struct Conv {
    problems: Vec<Problem>,
    missing_amounts: Vec<(usize, usize)>,
}

impl Conv {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn date(&mut self, path: &str, s: &str) -> NaiveDate {
        parse_date(s).unwrap_or_else(|e| {
            self.problem(path, e);
            NaiveDate::MIN
        })
    }

    fn opt_date(&mut self, path: &str, s: &Option<String>) -> Option<NaiveDate> {
        s.as_deref().map(|s| self.date(path, s))
    }

    fn money(&mut self, path: &str, s: &str) -> Decimal {
        match s.parse::<Decimal>() {
            Ok(d) if d.scale() <= 2 && !d.is_sign_negative() && !s.contains(['e', 'E']) => d,
            _ => {
                self.problem(path, t!("json-bad-amount", value = format!("{s:?}")));
                Decimal::ZERO
            }
        }
    }

    fn key<T>(
        &mut self,
        path: &str,
        s: &str,
        parse: fn(&str) -> Option<T>,
        what: &str,
        all: &[&str],
    ) -> Option<T> {
        let v = parse(s);
        if v.is_none() {
            self.problem(
                path,
                t!(
                    "json-bad-key",
                    value = format!("{s:?}"),
                    what = what,
                    all = all.join(", ")
                ),
            );
        }
        v
    }

    fn pseudocode(&mut self, path: &str, s: &str) -> Pseudocode {
        let all: Vec<&str> = Pseudocode::ALL.iter().map(|p| p.code()).collect();
        self.key(path, s, Pseudocode::from_code, "pseudocode", &all)
            .unwrap_or(Pseudocode::Screening)
    }

    fn status(&mut self, path: &str, s: &str) -> EvalStatus {
        let all: Vec<&str> = EvalStatus::ALL.iter().map(|p| p.key()).collect();
        self.key(path, s, EvalStatus::from_key, "status", &all)
            .unwrap_or(EvalStatus::StatusQuo)
    }

    fn region(&mut self, path: &str, s: &str) -> Region {
        let all: Vec<&str> = Region::ALL.iter().map(|p| p.key()).collect();
        self.key(path, s, Region::from_key, "region", &all)
            .unwrap_or(Region::Brussels)
    }

    fn file(&mut self, f: FileDto) -> Caseload {
        if f.format != FORMAT {
            self.problem(
                "format",
                t!(
                    "json-bad-format",
                    value = format!("{:?}", f.format),
                    format = format!("{FORMAT:?}")
                ),
            );
        }
        if f.version != VERSION {
            self.problem(
                "version",
                t!("json-bad-version", version = f.version, supported = VERSION),
            );
        }
        let providers = f
            .providers
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.provider(&format!("providers[{i}]"), p))
            .collect();
        let pregnancies = f
            .pregnancies
            .into_iter()
            .enumerate()
            .map(|(i, p)| self.pregnancy(i, p))
            .collect();
        let tariffs = f
            .tariffs
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let at = format!("tariffs[{i}]");
                TariffEntry {
                    pseudocode: self.pseudocode(&format!("{at}.pseudocode"), &t.pseudocode),
                    from: self.date(&format!("{at}.from"), &t.from),
                    amount: self.money(&format!("{at}.amount"), &t.amount),
                }
            })
            .collect();
        let regions = f
            .regions
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let at = format!("regions[{i}]");
                RegionOpening {
                    region: self.region(&format!("{at}.region"), &r.region),
                    screening_from: self.date(&format!("{at}.screening_from"), &r.screening_from),
                    others_from: self.date(&format!("{at}.others_from"), &r.others_from),
                }
            })
            .collect();
        Caseload {
            providers,
            pregnancies,
            settings: PracticeSettings { tariffs, regions },
        }
    }

    fn provider(&mut self, at: &str, p: ProviderDto) -> Provider {
        let all: Vec<&str> = Profession::ALL.iter().map(|p| p.key()).collect();
        let profession = self
            .key(
                &format!("{at}.profession"),
                &p.profession,
                Profession::from_key,
                "profession",
                &all,
            )
            .unwrap_or(Profession::Other);
        let inami = p.inami.as_deref().and_then(|s| match Inami::parse(s) {
            Ok(i) => Some(i),
            Err(e) => {
                self.problem(&format!("{at}.inami"), e);
                None
            }
        });
        if p.name.trim().is_empty() {
            self.problem(&format!("{at}.name"), t!("json-name-needed"));
        }
        // An empty login is no login; any other must be a Unix user name.
        let login = p.login.filter(|l| !l.is_empty());
        if let Some(why) = login
            .as_deref()
            .and_then(crate::domain::whoami::login_problem)
        {
            self.problem(&format!("{at}.login"), why);
        }
        Provider {
            id: p.id,
            name: p.name,
            profession,
            inami,
            organisation: p.organisation,
            login,
        }
    }

    fn pregnancy(&mut self, index: usize, p: PregnancyDto) -> Pregnancy {
        let at = format!("pregnancies[{index}]");
        let path = |s: &str| format!("{at}.{s}");
        let niss = p.mother.niss.as_deref().and_then(|s| match Niss::parse(s) {
            Ok(n) => Some(n),
            Err(e) => {
                self.problem(&path("mother.niss"), e);
                None
            }
        });
        let mother = Mother {
            name: p.mother.name,
            niss,
            birth_date: self.opt_date(&path("mother.birth_date"), &p.mother.birth_date),
        };
        let screening = p.screening.map(|s| Screening {
            date: self.date(&path("screening.date"), &s.date),
            provider: s.provider,
            consent: s.consent,
            code: s.code,
            answers: s.answers.into_iter().collect(),
        });
        let cpp = p
            .cpp
            .into_iter()
            .enumerate()
            .map(|(i, c)| Cpp {
                date: self.date(&path(&format!("cpp[{i}].date")), &c.date),
                provider: c.provider,
                code: c.code,
                evaluations: c
                    .evaluations
                    .into_iter()
                    .map(|(k, e)| {
                        let status = self.status(
                            &path(&format!("cpp[{i}].evaluations.{k}.status")),
                            &e.status,
                        );
                        (
                            k,
                            Evaluation {
                                status,
                                note: e.note,
                            },
                        )
                    })
                    .collect(),
            })
            .collect();
        let coordinators = p
            .coordinators
            .into_iter()
            .enumerate()
            .map(|(i, c)| Designation {
                provider: c.provider,
                from: self.date(&path(&format!("coordinators[{i}].from")), &c.from),
                consent: c.consent,
                billing_provider: c.billing_provider,
            })
            .collect();
        let care_plan = p.care_plan.map(|c| CarePlan {
            date: self.date(&path("care_plan.date"), &c.date),
            text: c.text,
        });
        let follow_ups = p
            .follow_ups
            .into_iter()
            .enumerate()
            .map(|(i, f)| FollowUp {
                date: self.date(&path(&format!("follow_ups[{i}].date")), &f.date),
                status: self.status(&path(&format!("follow_ups[{i}].status")), &f.status),
                indicator: f.indicator,
                note: f.note,
                provider: f.provider,
            })
            .collect();
        let concertations = p
            .concertations
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let start = NaiveTime::parse_from_str(&c.start, "%H:%M")
                    .ok()
                    .filter(|_| c.start.len() == 5)
                    .unwrap_or_else(|| {
                        self.problem(
                            &path(&format!("concertations[{i}].start")),
                            t!("json-bad-time", value = format!("{:?}", c.start)),
                        );
                        NaiveTime::MIN
                    });
                Concertation {
                    date: self.date(&path(&format!("concertations[{i}].date")), &c.date),
                    start,
                    quarter_hours: c.quarter_hours,
                    participants: c.participants,
                    woman_present: c.woman_present,
                    report: c.report,
                    agreements: c.agreements.into_iter().collect::<BTreeMap<_, _>>(),
                }
            })
            .collect();
        let billed = p
            .billed
            .into_iter()
            .enumerate()
            .map(|(i, b)| {
                let amount = match &b.amount {
                    Some(a) => self.money(&path(&format!("billed[{i}].amount")), a),
                    None => {
                        self.missing_amounts.push((index, i));
                        Decimal::ZERO
                    }
                };
                BilledService {
                    pseudocode: self
                        .pseudocode(&path(&format!("billed[{i}].pseudocode")), &b.pseudocode),
                    service_date: self
                        .date(&path(&format!("billed[{i}].service_date")), &b.service_date),
                    provider: b.provider,
                    billed_on: self.date(&path(&format!("billed[{i}].billed_on")), &b.billed_on),
                    amount,
                }
            })
            .collect();
        Pregnancy {
            id: p.id,
            mother,
            region: self.region(&path("region"), &p.region),
            lmp: self.opt_date(&path("lmp"), &p.lmp),
            due_date: self.opt_date(&path("due_date"), &p.due_date),
            birth_date: self.opt_date(&path("birth_date"), &p.birth_date),
            screening,
            cpp,
            coordinators,
            team: p.team,
            care_plan,
            follow_ups,
            concertations,
            billed,
        }
    }
}

/// Gives each `billed` entry written without an amount the amount of the service it
/// matches, from the tariff in force on its date (INTERCHANGE.md). Entries that match
/// nothing keep zero: validation reports them.
pub fn fill_billed_amounts(parsed: &mut Parsed, dir: &Directory, rules: &RuleSet) {
    let mut by_case: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(p, b) in &parsed.missing_amounts {
        by_case.entry(p).or_default().push(b);
    }
    for (pi, billed) in by_case {
        let Some(case) = parsed.caseload.pregnancies.get(pi) else {
            continue;
        };
        let mut bare = case.clone();
        bare.billed.clear();
        let e = evaluate(&bare, dir, rules, NaiveDate::MAX);
        let matches = match_billed(&e.lines, &case.billed);
        let amounts: Vec<(usize, Option<Decimal>)> = billed
            .iter()
            .map(|&bi| (bi, matches[bi].and_then(|j| e.lines[j].amount)))
            .collect();
        if let Some(case) = parsed.caseload.pregnancies.get_mut(pi) {
            for (bi, amount) in amounts {
                if let (Some(a), Some(b)) = (amount, case.billed.get_mut(bi)) {
                    b.amount = a;
                }
            }
        }
    }
    parsed.missing_amounts.clear();
}
