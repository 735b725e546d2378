//! The caseload API: the one boundary the CLI, the UI and the server speak, as queries
//! and commands over domain types. [`Commands`](crate::store::commands::Commands)
//! implements it over a storage; the server's client implements it over the socket.

pub use crate::domain::claims::Correction;
use crate::domain::model::{
    BilledService, Caseload, Directory, PracticeSettings, Pregnancy, Provider, Pseudocode,
};
use crate::domain::{RuleSet, YearMonth};
use crate::store::error::Result;
use crate::store::records::{Actor, AuditAction, AuditEntry, Stamp};
use chrono::NaiveDate;
use std::sync::mpsc::Receiver;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// A pregnancy with the revision it was read at: what an edit is based on, so that
    /// a save over somebody else's later change is refused instead of losing it.
    fn pregnancy_versioned(&self, id: &str) -> Result<Option<Versioned>>;
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
    /// Where the caseload is, for people.
    fn location(&self) -> String;
    /// Committed changes of anyone, as they happen (none when this store cannot tell).
    fn watch(&self) -> Option<Receiver<Live>> {
        None
    }
    /// Writes everything to disk (every command already does so before it returns).
    fn flush(&self) -> Result<()> {
        Ok(())
    }
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
    /// Adds a new provider; refused when its id is taken (by anyone, even a moment ago).
    fn add_provider(&self, provider: Provider) -> Result<()>;
    /// Adds or changes a pregnancy; refused when it would change a billed service (R63),
    /// and, with `based_on`, when the stored case is no longer at that revision (someone
    /// else changed it since it was read: the refusal names who and what). Returns the
    /// case's new revision.
    fn save_pregnancy(&self, pregnancy: Pregnancy, based_on: Option<u64>) -> Result<u64>;
    /// [`save_pregnancy`](Self::save_pregnancy) whatever the stored revision.
    fn put_pregnancy(&self, pregnancy: Pregnancy) -> Result<()> {
        self.save_pregnancy(pregnancy, None).map(|_| ())
    }
    /// Removes a pregnancy; refused when it holds billed services (R63) and, with
    /// `based_on`, when someone else changed it since that revision.
    fn delete_pregnancy_based(&self, id: &str, based_on: Option<u64>) -> Result<()>;
    /// [`delete_pregnancy_based`](Self::delete_pregnancy_based) whatever the revision.
    fn delete_pregnancy(&self, id: &str) -> Result<()> {
        self.delete_pregnancy_based(id, None)
    }
    /// Removes a provider; refused while a pregnancy refers to it.
    fn delete_provider(&self, id: &str) -> Result<()>;
    /// Merges provider `duplicate` into `original` (issue 12): every reference to the
    /// duplicate in every case becomes one to the original (a team or concertation then
    /// naming the original twice keeps it once), the original takes the duplicate's
    /// login if it has none, and the duplicate is removed, all or nothing, with an audit
    /// entry in each changed case's history. Refused when the duplicate is the provider
    /// of a service marked billed (R63), when both are the same, or when either is
    /// missing. Returns how many cases changed.
    fn merge_provider(&self, duplicate: &str, original: &str) -> Result<usize>;
    /// Marks a billable (or expired) service billed on `billed_on` at its computed amount;
    /// `billed_on` lies between the service date and `today` (R63).
    fn mark_billed(
        &self,
        case: &str,
        line: &LineRef,
        billed_on: NaiveDate,
        today: NaiveDate,
    ) -> Result<BilledService>;
    /// Corrects the billing mark of a service (R63): another billing date, or withdrawn
    /// (the platform refused the claim). `reason` is what the user gives; both go into
    /// the audit trail with who did it. Returns the mark as it now is (none: withdrawn).
    fn correct_billed(
        &self,
        case: &str,
        line: &LineRef,
        correction: Correction,
        reason: &str,
        today: NaiveDate,
    ) -> Result<Option<BilledService>>;
}

/// A committed change, as announced to the open screens.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Committed {
    /// The last audit sequence number of the change.
    pub seq: u64,
    pub cases: Vec<String>,
    pub providers: bool,
    pub settings: bool,
    pub everything: bool,
    pub by: Actor,
    pub action: Option<AuditAction>,
}

/// A pregnancy with the revision it was read at.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Versioned {
    pub pregnancy: Pregnancy,
    pub revision: u64,
}

/// What an open screen hears of the caseload while it shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Live {
    /// Someone's change was committed.
    Committed(Committed),
    /// The connection to the server was lost (the message says so); changes made
    /// meanwhile are not heard until [`Live::Back`].
    Lost(String),
    /// Connected again: anything may have changed.
    Back,
}
