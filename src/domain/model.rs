//! The facts a practice records: providers and pregnancies with their screening, CPPs,
//! coordinators, care team, care plan, follow-ups, concertations and billed services.
//! These are the stored types (bincode through serde, behind the store's schema version),
//! so field order and meaning are frozen per schema version: change them only with a
//! migration.

use crate::domain::ids::{Inami, Niss};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A professional's profession; decides who may bill what (R22, R33).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Profession {
    Gynecologist,
    GeneralPractitioner,
    Midwife,
    Nurse,
    SocialWorker,
    Psychologist,
    Other,
}

impl Profession {
    pub const ALL: [Profession; 7] = [
        Profession::Gynecologist,
        Profession::GeneralPractitioner,
        Profession::Midwife,
        Profession::Nurse,
        Profession::SocialWorker,
        Profession::Psychologist,
        Profession::Other,
    ];

    /// The interchange key (`general_practitioner`).
    pub fn key(self) -> &'static str {
        match self {
            Profession::Gynecologist => "gynecologist",
            Profession::GeneralPractitioner => "general_practitioner",
            Profession::Midwife => "midwife",
            Profession::Nurse => "nurse",
            Profession::SocialWorker => "social_worker",
            Profession::Psychologist => "psychologist",
            Profession::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Profession> {
        Profession::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The profession with its article, for messages ("a nurse"), from the catalog.
    pub fn with_article(self) -> String {
        crate::i18n::text(&format!("profession-article-{}", self.key()), &[])
    }

    /// The profession's name, from the catalog.
    pub fn name(self) -> String {
        crate::i18n::text(&format!("profession-{}", self.key()), &[])
    }
}

/// A health or social professional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    pub id: String,
    pub name: String,
    pub profession: Profession,
    /// R70: only holders can bill.
    pub inami: Option<Inami>,
    pub organisation: Option<String>,
    /// The Unix login of the person who is this provider (schema 3), so that perinat
    /// knows who is signed in: one login per provider.
    #[serde(default)]
    pub login: Option<String>,
}

/// Providers by id, as the rules engine needs them.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    by_id: HashMap<String, Provider>,
}

impl Directory {
    pub fn new(providers: impl IntoIterator<Item = Provider>) -> Self {
        Directory {
            by_id: providers.into_iter().map(|p| (p.id.clone(), p)).collect(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Provider> {
        self.by_id.get(id)
    }

    pub fn has_inami(&self, id: &str) -> bool {
        self.get(id).is_some_and(|p| p.inami.is_some())
    }

    pub fn profession(&self, id: &str) -> Option<Profession> {
        self.get(id).map(|p| p.profession)
    }

    /// The provider's name, or the id itself when unknown.
    pub fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id).map(|p| p.name.as_str()).unwrap_or(id)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    pub fn insert(&mut self, p: Provider) {
        self.by_id.insert(p.id.clone(), p);
    }

    /// Every provider, in no particular order.
    pub fn all(&self) -> impl Iterator<Item = &Provider> {
        self.by_id.values()
    }
}

/// The region of the woman's care (R61).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Region {
    Flanders,
    Wallonia,
    Brussels,
    GermanSpeaking,
}

impl Region {
    pub const ALL: [Region; 4] = [
        Region::Flanders,
        Region::Wallonia,
        Region::Brussels,
        Region::GermanSpeaking,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Region::Flanders => "flanders",
            Region::Wallonia => "wallonia",
            Region::Brussels => "brussels",
            Region::GermanSpeaking => "german_speaking",
        }
    }

    pub fn from_key(key: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The region's name, from the catalog.
    pub fn name(self) -> String {
        crate::i18n::text(&format!("region-{}", self.key()), &[])
    }
}

/// The evaluation status of a vulnerability (R23, R33, R35).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EvalStatus {
    Improvement,
    Deterioration,
    StatusQuo,
    Achieved,
    NotAchievable,
}

impl EvalStatus {
    pub const ALL: [EvalStatus; 5] = [
        EvalStatus::Improvement,
        EvalStatus::Deterioration,
        EvalStatus::StatusQuo,
        EvalStatus::Achieved,
        EvalStatus::NotAchievable,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EvalStatus::Improvement => "improvement",
            EvalStatus::Deterioration => "deterioration",
            EvalStatus::StatusQuo => "status_quo",
            EvalStatus::Achieved => "achieved",
            EvalStatus::NotAchievable => "not_achievable",
        }
    }

    pub fn from_key(key: &str) -> Option<EvalStatus> {
        EvalStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The status's name, from the catalog.
    pub fn name(self) -> String {
        crate::i18n::text(&format!("status-{}", self.key()), &[])
    }
}

/// The woman.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mother {
    /// Name or pseudonym.
    pub name: String,
    /// R71: optional.
    pub niss: Option<Niss>,
    pub birth_date: Option<NaiveDate>,
}

/// The BiB screening (R10–R16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Screening {
    pub date: NaiveDate,
    /// The provider who finalised it (R15).
    pub provider: String,
    pub consent: bool,
    /// BiB finalisation code (R16).
    pub code: Option<String>,
    /// Indicator key → vulnerable; absent = not answered.
    pub answers: BTreeMap<String, bool>,
}

/// A status and note for one vulnerability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub status: EvalStatus,
    pub note: String,
}

/// A personalised prenatal counselling session (R20–R23).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cpp {
    pub date: NaiveDate,
    pub provider: String,
    pub code: Option<String>,
    pub evaluations: BTreeMap<String, Evaluation>,
}

/// A coordinator designation; each one after the first is a transfer (R31).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Designation {
    pub provider: String,
    pub from: NaiveDate,
    pub consent: bool,
    /// The INAMI provider who bills for a coordinator without a number (R32).
    pub billing_provider: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarePlan {
    pub date: NaiveDate,
    pub text: String,
}

/// A status and note for one vulnerability on a date (R33, R35).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub date: NaiveDate,
    pub indicator: String,
    pub status: EvalStatus,
    pub note: String,
    pub provider: String,
}

/// A multidisciplinary concertation (R40–R44).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concertation {
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub quarter_hours: u32,
    /// Provider ids, in the order recorded (R42).
    pub participants: Vec<String>,
    pub woman_present: bool,
    pub report: String,
    pub agreements: BTreeMap<String, String>,
}

/// The four pseudocodes of the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Pseudocode {
    Screening,
    Cpp,
    Coordination,
    Concertation,
}

impl Pseudocode {
    pub const ALL: [Pseudocode; 4] = [
        Pseudocode::Screening,
        Pseudocode::Cpp,
        Pseudocode::Coordination,
        Pseudocode::Concertation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Pseudocode::Screening => "401376",
            Pseudocode::Cpp => "401391",
            Pseudocode::Coordination => "401413",
            Pseudocode::Concertation => "401435",
        }
    }

    pub fn from_code(code: &str) -> Option<Pseudocode> {
        Pseudocode::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The service's short name, from the catalog.
    pub fn name(self) -> String {
        crate::i18n::text(&format!("service-{}", self.code()), &[])
    }
}

/// A service already billed through the IM platform (R63): its amount and provider are
/// final.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BilledService {
    pub pseudocode: Pseudocode,
    pub service_date: NaiveDate,
    pub provider: String,
    pub billed_on: NaiveDate,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
}

/// One pregnancy of one woman, followed until the child's 2nd birthday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pregnancy {
    pub id: String,
    pub mother: Mother,
    pub region: Region,
    pub lmp: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub birth_date: Option<NaiveDate>,
    pub screening: Option<Screening>,
    pub cpp: Vec<Cpp>,
    pub coordinators: Vec<Designation>,
    pub team: Vec<String>,
    pub care_plan: Option<CarePlan>,
    pub follow_ups: Vec<FollowUp>,
    pub concertations: Vec<Concertation>,
    pub billed: Vec<BilledService>,
}

impl Pregnancy {
    /// A new case with only the required facts.
    pub fn new(id: &str, name: &str, region: Region, due_date: NaiveDate) -> Pregnancy {
        Pregnancy {
            id: id.to_string(),
            mother: Mother {
                name: name.to_string(),
                niss: None,
                birth_date: None,
            },
            region,
            lmp: None,
            due_date: Some(due_date),
            birth_date: None,
            screening: None,
            cpp: Vec::new(),
            coordinators: Vec::new(),
            team: Vec::new(),
            care_plan: None,
            follow_ups: Vec::new(),
            concertations: Vec::new(),
            billed: Vec::new(),
        }
    }

    /// Every status and note recorded for one vulnerability, from follow-ups and CPP
    /// evaluations (R23, R33, R35), as (date, status, note), in no particular order.
    pub fn statuses_of<'a>(
        &'a self,
        indicator: &'a str,
    ) -> impl Iterator<Item = (NaiveDate, EvalStatus, &'a str)> + 'a {
        let follow_ups = self
            .follow_ups
            .iter()
            .filter(move |f| f.indicator == indicator)
            .map(|f| (f.date, f.status, f.note.as_str()));
        let evaluations = self.cpp.iter().filter_map(move |c| {
            c.evaluations
                .get(indicator)
                .map(|e| (c.date, e.status, e.note.as_str()))
        });
        follow_ups.chain(evaluations)
    }

    /// Every provider id the case refers to, with where (for dangling-reference checks).
    pub fn provider_refs(&self) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        if let Some(s) = &self.screening {
            out.push(("screening.provider".to_string(), s.provider.as_str()));
        }
        for (i, c) in self.cpp.iter().enumerate() {
            out.push((format!("cpp[{i}].provider"), c.provider.as_str()));
        }
        for (i, d) in self.coordinators.iter().enumerate() {
            out.push((format!("coordinators[{i}].provider"), d.provider.as_str()));
            if let Some(b) = &d.billing_provider {
                out.push((format!("coordinators[{i}].billing_provider"), b.as_str()));
            }
        }
        for (i, t) in self.team.iter().enumerate() {
            out.push((format!("team[{i}]"), t.as_str()));
        }
        for (i, f) in self.follow_ups.iter().enumerate() {
            out.push((format!("follow_ups[{i}].provider"), f.provider.as_str()));
        }
        for (i, c) in self.concertations.iter().enumerate() {
            for (j, p) in c.participants.iter().enumerate() {
                out.push((format!("concertations[{i}].participants[{j}]"), p.as_str()));
            }
        }
        for (i, b) in self.billed.iter().enumerate() {
            out.push((format!("billed[{i}].provider"), b.provider.as_str()));
        }
        out
    }

    /// Makes every reference to provider `from` one to `to` (a duplicate merged into
    /// the original), except in billed services, which are final (R63: the caller
    /// refuses a merge that would change one). A team or a concertation that then names
    /// `to` twice keeps it once. Returns how many references changed.
    pub fn replace_provider(&mut self, from: &str, to: &str) -> usize {
        let mut n = 0;
        let mut swap = |id: &mut String| {
            if id == from {
                *id = to.to_string();
                n += 1;
            }
        };
        if let Some(s) = &mut self.screening {
            swap(&mut s.provider);
        }
        for c in &mut self.cpp {
            swap(&mut c.provider);
        }
        for d in &mut self.coordinators {
            swap(&mut d.provider);
            if let Some(b) = &mut d.billing_provider {
                swap(b);
            }
        }
        self.team.iter_mut().for_each(&mut swap);
        for f in &mut self.follow_ups {
            swap(&mut f.provider);
        }
        for c in &mut self.concertations {
            c.participants.iter_mut().for_each(&mut swap);
        }
        if n > 0 {
            dedup_keep_first(&mut self.team);
            for c in &mut self.concertations {
                dedup_keep_first(&mut c.participants);
            }
        }
        n
    }
}

/// Removes the later repeats of each id, keeping the order.
fn dedup_keep_first(ids: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
}

/// A practice's own tariff line (R51): replaces or extends the built-in table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TariffEntry {
    pub pseudocode: Pseudocode,
    pub from: NaiveDate,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
}

/// A practice's own regional opening dates (R61).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionOpening {
    pub region: Region,
    pub screening_from: NaiveDate,
    pub others_from: NaiveDate,
}

/// The practice's additions to the built-in tables (R51, R61).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeSettings {
    pub tariffs: Vec<TariffEntry>,
    pub regions: Vec<RegionOpening>,
}

impl PracticeSettings {
    /// These settings with `other`'s entries added; an entry for a pseudocode and date,
    /// or for a region, already present is replaced (R51, R61).
    pub fn merged(&self, other: &PracticeSettings) -> PracticeSettings {
        let mut out = self.clone();
        for t in &other.tariffs {
            out.tariffs
                .retain(|o| !(o.pseudocode == t.pseudocode && o.from == t.from));
            out.tariffs.push(t.clone());
        }
        for r in &other.regions {
            out.regions.retain(|o| o.region != r.region);
            out.regions.push(r.clone());
        }
        out.tariffs.sort_by_key(|t| (t.pseudocode, t.from));
        out.regions.sort_by_key(|r| r.region);
        out
    }
}

/// A whole caseload: what import reads and export writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caseload {
    pub providers: Vec<Provider>,
    pub pregnancies: Vec<Pregnancy>,
    pub settings: PracticeSettings,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{d, money};

    #[test]
    fn r51_r61_merged_settings_replace_same_keys_and_keep_the_rest() {
        let tariff = |from: &str, amount: &str| TariffEntry {
            pseudocode: Pseudocode::Coordination,
            from: d(from),
            amount: money(amount),
        };
        let opening = |region, from: &str| RegionOpening {
            region,
            screening_from: d(from),
            others_from: d(from),
        };
        let stored = PracticeSettings {
            tariffs: vec![
                tariff("2026-01-01", "760.00"),
                tariff("2027-01-01", "780.00"),
            ],
            regions: vec![opening(Region::Flanders, "2025-01-01")],
        };
        let incoming = PracticeSettings {
            tariffs: vec![tariff("2026-01-01", "761.00")],
            regions: vec![
                opening(Region::Flanders, "2025-02-01"),
                opening(Region::Brussels, "2024-09-01"),
            ],
        };
        let m = stored.merged(&incoming);
        assert_eq!(
            m.tariffs,
            vec![
                tariff("2026-01-01", "761.00"),
                tariff("2027-01-01", "780.00")
            ]
        );
        assert_eq!(
            m.regions,
            vec![
                opening(Region::Flanders, "2025-02-01"),
                opening(Region::Brussels, "2024-09-01")
            ]
        );
    }

    #[test]
    fn r63_a_merge_renames_every_reference_but_billed_services() {
        let mut p = Pregnancy::new("c1", "A", Region::Brussels, d("2025-06-01"));
        p.screening = Some(Screening {
            date: d("2025-01-05"),
            provider: "dup".into(),
            consent: true,
            code: None,
            answers: BTreeMap::new(),
        });
        p.coordinators.push(Designation {
            provider: "nurse".into(),
            from: d("2025-01-10"),
            consent: true,
            billing_provider: Some("dup".into()),
        });
        p.team = vec!["orig".into(), "dup".into(), "nurse".into()];
        p.concertations.push(Concertation {
            date: d("2025-02-01"),
            start: NaiveTime::from_hms_opt(9, 0, 0).expect("time"),
            quarter_hours: 2,
            participants: vec!["dup".into(), "nurse".into(), "orig".into()],
            woman_present: false,
            report: String::new(),
            agreements: BTreeMap::new(),
        });
        p.billed.push(BilledService {
            pseudocode: Pseudocode::Screening,
            service_date: d("2025-01-05"),
            provider: "dup".into(),
            billed_on: d("2025-01-20"),
            amount: money("22.55"),
        });
        assert_eq!(p.replace_provider("dup", "orig"), 4);
        let refs: Vec<&str> = p.provider_refs().into_iter().map(|(_, r)| r).collect();
        assert_eq!(refs.iter().filter(|r| **r == "dup").count(), 1, "{refs:?}");
        assert_eq!(p.billed[0].provider, "dup", "R63: billed is final");
        assert_eq!(p.team, vec!["orig", "nurse"]);
        assert_eq!(p.concertations[0].participants, vec!["orig", "nurse"]);
        assert_eq!(p.replace_provider("nobody", "orig"), 0);
    }
}
