//! The caseload API: the one way the CLI and the TUI reach the data, as queries and
//! commands over domain types. A later multi-user server can implement this trait and
//! stand between them without rewriting either.

use crate::domain::model::{
    BilledService, Caseload, Directory, PracticeSettings, Pregnancy, Provider, Pseudocode,
};
use crate::domain::{RuleSet, YearMonth};
use crate::store::error::Result;
use crate::store::records::{AuditEntry, Stamp};
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
    /// When and by whom a pregnancy was last changed (none before schema 2).
    fn last_change(&self, id: &str) -> Result<Option<Stamp>>;
    /// The audit entries of one pregnancy, oldest first (kept after it is deleted).
    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>>;
    /// Calls `visit` for every audit entry, oldest first, until it returns false.
    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()>;
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
    //      Each command also appends its entry to the audit trail, in the same batch.
    /// Adds a caseload, all or nothing. Ids already stored with other content are an
    /// error unless `replace`; identical records are left as they are. `source` (the
    /// file) goes into the audit trail.
    fn import_from(&self, caseload: Caseload, replace: bool, source: &str)
        -> Result<ImportSummary>;
    /// [`import_from`](Self::import_from) with no source named.
    fn import(&self, caseload: Caseload, replace: bool) -> Result<ImportSummary> {
        self.import_from(caseload, replace, "")
    }
    /// Replaces the whole caseload (providers, pregnancies, practice settings) with
    /// `caseload`, all or nothing: what a restore does. The audit trail stays.
    fn replace_all(&self, caseload: Caseload, source: &str) -> Result<ImportSummary>;
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
