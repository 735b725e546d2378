//! Writing an interchange file: domain caseload → JSON text in canonical form (providers
//! and pregnancies as given, indicator maps in catalog order, every key written, money
//! with two decimals, two-space indentation, a final newline), so that export → import →
//! export gives the same bytes.

use super::dto::*;
use super::{FORMAT, VERSION};
use crate::domain::catalog::Catalog;
use crate::domain::model::*;
use indexmap::IndexMap;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Money as INTERCHANGE.md writes it: a decimal string with two places (`"744.05"`).
pub fn money(d: Decimal) -> String {
    format!("{:.2}", d)
}

fn date(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A map in catalog order (any key outside the catalog after, alphabetically).
fn ordered<V: Clone, W>(
    catalog: &Catalog,
    m: &BTreeMap<String, V>,
    f: impl Fn(&V) -> W,
) -> IndexMap<String, W> {
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort_by_key(|k| (catalog.position(k), (*k).clone()));
    keys.into_iter().map(|k| (k.clone(), f(&m[k]))).collect()
}

/// One pregnancy in the file's JSON shape.
pub fn pregnancy(c: &Catalog, p: &Pregnancy) -> PregnancyDto {
    PregnancyDto {
        id: p.id.clone(),
        mother: MotherDto {
            name: p.mother.name.clone(),
            niss: p.mother.niss.as_ref().map(|n| n.digits().to_string()),
            birth_date: p.mother.birth_date.map(date),
        },
        region: p.region.key().to_string(),
        lmp: p.lmp.map(date),
        due_date: p.due_date.map(date),
        birth_date: p.birth_date.map(date),
        screening: p.screening.as_ref().map(|s| ScreeningDto {
            date: date(s.date),
            provider: s.provider.clone(),
            consent: s.consent,
            code: s.code.clone(),
            answers: ordered(c, &s.answers, |v| *v),
        }),
        cpp: p
            .cpp
            .iter()
            .map(|x| CppDto {
                date: date(x.date),
                provider: x.provider.clone(),
                code: x.code.clone(),
                evaluations: ordered(c, &x.evaluations, |e| EvaluationDto {
                    status: e.status.key().to_string(),
                    note: e.note.clone(),
                }),
            })
            .collect(),
        coordinators: p
            .coordinators
            .iter()
            .map(|d| DesignationDto {
                provider: d.provider.clone(),
                from: date(d.from),
                consent: d.consent,
                billing_provider: d.billing_provider.clone(),
            })
            .collect(),
        team: p.team.clone(),
        care_plan: p.care_plan.as_ref().map(|cp| CarePlanDto {
            date: date(cp.date),
            text: cp.text.clone(),
        }),
        follow_ups: p
            .follow_ups
            .iter()
            .map(|f| FollowUpDto {
                date: date(f.date),
                indicator: f.indicator.clone(),
                status: f.status.key().to_string(),
                note: f.note.clone(),
                provider: f.provider.clone(),
            })
            .collect(),
        concertations: p
            .concertations
            .iter()
            .map(|x| ConcertationDto {
                date: date(x.date),
                start: x.start.format("%H:%M").to_string(),
                quarter_hours: x.quarter_hours,
                participants: x.participants.clone(),
                woman_present: x.woman_present,
                report: x.report.clone(),
                agreements: ordered(c, &x.agreements, |a| a.clone()),
            })
            .collect(),
        billed: p
            .billed
            .iter()
            .map(|b| BilledDto {
                pseudocode: b.pseudocode.code().to_string(),
                service_date: date(b.service_date),
                provider: b.provider.clone(),
                billed_on: date(b.billed_on),
                amount: Some(money(b.amount)),
            })
            .collect(),
    }
}

/// The file's JSON shape for a caseload.
pub fn to_dto(caseload: &Caseload, catalog: &Catalog) -> FileDto {
    FileDto {
        format: FORMAT.to_string(),
        version: VERSION,
        providers: caseload
            .providers
            .iter()
            .map(|p| ProviderDto {
                id: p.id.clone(),
                name: p.name.clone(),
                profession: p.profession.key().to_string(),
                inami: p.inami.as_ref().map(|i| i.formatted()),
                organisation: p.organisation.clone(),
                login: p.login.clone(),
            })
            .collect(),
        pregnancies: caseload
            .pregnancies
            .iter()
            .map(|p| pregnancy(catalog, p))
            .collect(),
        tariffs: caseload
            .settings
            .tariffs
            .iter()
            .map(|t| TariffDto {
                pseudocode: t.pseudocode.code().to_string(),
                from: date(t.from),
                amount: money(t.amount),
            })
            .collect(),
        regions: caseload
            .settings
            .regions
            .iter()
            .map(|r| RegionDto {
                region: r.region.key().to_string(),
                screening_from: date(r.screening_from),
                others_from: date(r.others_from),
            })
            .collect(),
    }
}

/// Writes a caseload as interchange JSON.
pub fn write(
    caseload: &Caseload,
    catalog: &Catalog,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_dto(caseload, catalog))?;
    out.write_all(b"\n")
}

/// A caseload as interchange JSON text.
pub fn to_string(caseload: &Caseload, catalog: &Catalog) -> String {
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write(caseload, catalog, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
