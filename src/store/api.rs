//! The caseload API: the one way the CLI and the TUI reach the data, as queries and
//! commands over domain types. A later multi-user server can implement this trait and
//! stand between them without rewriting either.

use crate::domain::model::{
    BilledService, Caseload, Directory, PracticeSettings, Pregnancy, Provider, Pseudocode,
};
use crate::domain::{RuleSet, YearMonth};
use crate::store::error::Result;
use chrono::NaiveDate;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub providers_added: usize,
    pub providers_replaced: usize,
    pub providers_unchanged: usize,
    pub pregnancies_added: usize,
    pub pregnancies_replaced: usize,
    pub pregnancies_unchanged: usize,
    pub tariffs: usize,
    pub regions: usize,
}

/// Names one service line of a case: what a `billed` entry matches (R63).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRef {
    pub pseudocode: Pseudocode,
    pub service_date: NaiveDate,
    pub provider: String,
}

pub trait CaseloadApi {
    // ---- queries ----
    /// Every provider, by id.
    fn providers(&self) -> Result<Vec<Provider>>;
    /// The providers as the rules engine needs them.
    fn directory(&self) -> Result<Directory> {
        Ok(Directory::new(self.providers()?))
    }
    /// The practice's own tariff and region additions.
    fn settings(&self) -> Result<PracticeSettings>;
    /// The tables in force: built-in with the practice's additions.
    fn rules(&self) -> Result<RuleSet> {
        Ok(RuleSet::with_settings(&self.settings()?))
    }
    fn pregnancy(&self, id: &str) -> Result<Option<Pregnancy>>;
    fn count_pregnancies(&self) -> Result<usize>;
    /// Calls `visit` for every pregnancy, by id, until it returns false.
    fn scan_pregnancies(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()>;
    /// The pregnancies that may have services dated in `month` (from the month index).
    fn pregnancies_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>>;
    /// The whole caseload, providers and pregnancies by id.
    fn export(&self) -> Result<Caseload> {
        let mut pregnancies = Vec::new();
        self.scan_pregnancies(&mut |p| {
            pregnancies.push(p);
            true
        })?;
        Ok(Caseload {
            providers: self.providers()?,
            pregnancies,
            settings: self.settings()?,
        })
    }

    // ---- commands: each is validated, atomic, and flushed to disk before it returns ----
    /// Adds a caseload, all or nothing. Ids already stored with other content are an
    /// error unless `replace`; identical records are left as they are.
    fn import(&self, caseload: Caseload, replace: bool) -> Result<ImportSummary>;
    /// Adds or changes a provider.
    fn put_provider(&self, provider: Provider) -> Result<()>;
    /// Adds or changes a pregnancy; refused when it would change a billed service (R63).
    fn put_pregnancy(&self, pregnancy: Pregnancy) -> Result<()>;
    /// Removes a pregnancy; refused when it holds billed services (R63).
    fn delete_pregnancy(&self, id: &str) -> Result<()>;
    /// Removes a provider; refused while a pregnancy refers to it.
    fn delete_provider(&self, id: &str) -> Result<()>;
    /// Marks a billable (or expired) service billed on `billed_on` at its computed amount.
    fn mark_billed(
        &self,
        case: &str,
        line: &LineRef,
        billed_on: NaiveDate,
    ) -> Result<BilledService>;
}
