//! The interchange format's JSON shapes (INTERCHANGE.md, version 1), as plain serde
//! structs. Unknown keys are errors; dates, numbers and codes stay text here so that the
//! conversion can report every bad value with its path.

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize};

/// `null` or absent → empty list.
fn nullable_vec<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// `null` or absent → empty map.
fn nullable_map<'de, D: Deserializer<'de>, V: Deserialize<'de>>(
    d: D,
) -> Result<IndexMap<String, V>, D::Error> {
    Ok(Option::<IndexMap<String, V>>::deserialize(d)?.unwrap_or_default())
}

/// `null` or absent → empty text.
fn nullable_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileDto {
    pub format: String,
    pub version: u32,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub providers: Vec<ProviderDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub pregnancies: Vec<PregnancyDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub tariffs: Vec<TariffDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub regions: Vec<RegionDto>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderDto {
    pub id: String,
    pub name: String,
    pub profession: String,
    #[serde(default)]
    pub inami: Option<String>,
    #[serde(default)]
    pub organisation: Option<String>,
    /// The Unix login of the person who is this provider (optional; written only when
    /// set, so files without it stay as they were).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MotherDto {
    pub name: String,
    #[serde(default)]
    pub niss: Option<String>,
    #[serde(default)]
    pub birth_date: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PregnancyDto {
    pub id: String,
    pub mother: MotherDto,
    pub region: String,
    #[serde(default)]
    pub lmp: Option<String>,
    #[serde(default)]
    pub due_date: Option<String>,
    #[serde(default)]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub screening: Option<ScreeningDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub cpp: Vec<CppDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub coordinators: Vec<DesignationDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub team: Vec<String>,
    #[serde(default)]
    pub care_plan: Option<CarePlanDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub follow_ups: Vec<FollowUpDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub concertations: Vec<ConcertationDto>,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub billed: Vec<BilledDto>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningDto {
    pub date: String,
    pub provider: String,
    pub consent: bool,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "nullable_map")]
    pub answers: IndexMap<String, bool>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationDto {
    pub status: String,
    #[serde(default, deserialize_with = "nullable_text")]
    pub note: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CppDto {
    pub date: String,
    pub provider: String,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "nullable_map")]
    pub evaluations: IndexMap<String, EvaluationDto>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignationDto {
    pub provider: String,
    pub from: String,
    pub consent: bool,
    #[serde(default)]
    pub billing_provider: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarePlanDto {
    pub date: String,
    #[serde(default, deserialize_with = "nullable_text")]
    pub text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpDto {
    pub date: String,
    pub indicator: String,
    pub status: String,
    #[serde(default, deserialize_with = "nullable_text")]
    pub note: String,
    pub provider: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConcertationDto {
    pub date: String,
    pub start: String,
    pub quarter_hours: u32,
    #[serde(default, deserialize_with = "nullable_vec")]
    pub participants: Vec<String>,
    pub woman_present: bool,
    #[serde(default, deserialize_with = "nullable_text")]
    pub report: String,
    #[serde(default, deserialize_with = "nullable_map")]
    pub agreements: IndexMap<String, String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BilledDto {
    pub pseudocode: String,
    pub service_date: String,
    pub provider: String,
    pub billed_on: String,
    #[serde(default)]
    pub amount: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TariffDto {
    pub pseudocode: String,
    pub from: String,
    pub amount: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionDto {
    pub region: String,
    pub screening_from: String,
    pub others_from: String,
}
