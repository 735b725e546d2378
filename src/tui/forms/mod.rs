//! The forms of perinat: what each asks, filled from the case, and what saving one does
//! through the caseload API. The rules themselves stay in the domain: a form only checks
//! that what was typed can be read, and shows the store's refusals next to the fields.

mod billing_marks;
mod care_plan;
mod concertation;
mod cpp;
mod designation;
mod export;
mod follow_up;
mod pregnancy;
mod provider;
mod screening;
mod team;
#[cfg(test)]
mod tests;

pub use billing_marks::{correct_billed_form, mark_billed_form, withdraw_billed_form};
pub use care_plan::care_plan_form;
pub use concertation::concertation_form;
pub use cpp::cpp_form;
pub use designation::designation_form;
pub use export::{export_form, export_per_provider_form};
pub use follow_up::follow_up_form;
pub use pregnancy::pregnancy_form;
pub use provider::{merge_provider_form, next_provider_id, provider_form};
pub use screening::screening_form;
pub use team::team_form;

use crate::domain::model::{Directory, EvalStatus, Pregnancy, Provider};
use crate::domain::scenario::assess;
use crate::domain::RuleSet;
use crate::store::{CaseloadApi, LineRef, StoreError};
use crate::t;
use crate::tui::form::{Field, Form, PickOption};
use chrono::NaiveDate;
use pregnancy::PregnancyValues;

/// Which form is open, with what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    /// A new pregnancy, or the one with this id.
    Pregnancy(Option<String>),
    Screening(String),
    /// A new CPP, or the one at this index.
    Cpp(String, Option<usize>),
    /// A new follow-up, or the one at this index.
    FollowUp(String, Option<usize>),
    /// A new designation (or transfer), or the one at this index.
    Designation(String, Option<usize>),
    Team(String),
    CarePlan(String),
    Concertation(String, Option<usize>),
    /// A new provider, or the one with this id.
    Provider(Option<String>),
    /// This provider (a duplicate) merged into another.
    MergeProvider(String),
    MarkBilled(Vec<(String, LineRef)>),
    /// Another billing date for a billed line (R63).
    CorrectBilled(String, LineRef),
    /// A billing mark withdrawn (R63).
    WithdrawBilled(String, LineRef),
    /// One file per billing provider.
    ExportPerProvider(crate::report::ReportSpec),
    /// The month, and the day that decides expiry.
    ExportCsv(crate::domain::YearMonth, NaiveDate),
}

impl FormKind {
    /// The pregnancy the form is about, when it is about one.
    pub fn case(&self) -> Option<&str> {
        match self {
            FormKind::Screening(c)
            | FormKind::Cpp(c, _)
            | FormKind::FollowUp(c, _)
            | FormKind::Designation(c, _)
            | FormKind::Team(c)
            | FormKind::CarePlan(c)
            | FormKind::Concertation(c, _)
            | FormKind::Pregnancy(Some(c)) => Some(c),
            _ => None,
        }
    }
}

/// An open form and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenForm {
    pub kind: FormKind,
    pub form: Form,
    /// The revision of the case the form was opened on: a save over somebody else's
    /// later change is refused (and the form kept) instead of losing it.
    pub based_on: Option<u64>,
    /// The values it was opened with.
    pub pristine: Vec<String>,
    /// The case as it was when the form opened: an edited record is written back only
    /// where it still is, as it was.
    pub opened_on: Option<Box<Pregnancy>>,
}

impl OpenForm {
    /// A form on no particular revision (a new record, a billing mark, an export).
    pub fn new(kind: FormKind, form: Form) -> OpenForm {
        OpenForm::based_on(kind, form, None)
    }

    /// A form on the case at revision `based_on`.
    pub fn based_on(kind: FormKind, form: Form, based_on: Option<u64>) -> OpenForm {
        OpenForm {
            kind,
            pristine: form.values(),
            form,
            based_on,
            opened_on: None,
        }
    }

    /// Whether anything was typed or chosen since it opened.
    pub fn changed(&self) -> bool {
        self.form.values() != self.pristine
    }
}

/// What a saved form changed, for the undo and the screens.
#[derive(Debug, Clone)]
pub enum Saved {
    Pregnancy {
        before: Option<Box<Pregnancy>>,
        after: Box<Pregnancy>,
        /// The case's revision after the save.
        revision: u64,
    },
    Provider {
        before: Option<Box<Provider>>,
        after: Box<Provider>,
    },
    /// A duplicate merged into the original: every case changed; not undone (the
    /// history keeps it).
    Merged {
        message: String,
    },
    /// Billing marks made or corrected: what to tell the user.
    Billed(String),
    Exported(String),
}

fn label_of<'a>(rules: &'a RuleSet, key: &'a str) -> &'a str {
    rules.catalog.label_of(key)
}

/// A provider as a picker shows it, in full, found by name, profession, organisation
/// and INAMI number (as written or as digits).
fn provider_pick(p: &Provider) -> PickOption {
    let profession = p.profession.name();
    let mut label = format!("{} ({profession}", p.name);
    if let Some(o) = &p.organisation {
        label.push_str(", ");
        label.push_str(o);
    }
    let inami = p.inami.as_ref().map(|i| i.formatted()).unwrap_or_default();
    if !inami.is_empty() {
        label.push_str(", INAMI ");
        label.push_str(&inami);
    }
    label.push(')');
    let digits = p.inami.as_ref().map_or("", |i| i.digits());
    PickOption::new(&p.id, label, &[&profession, digits])
}

fn provider_picks(dir: &[Provider], blank: bool) -> Vec<PickOption> {
    let mut out = Vec::new();
    if blank {
        out.push(PickOption::blank(t!("form-none")));
    }
    out.extend(dir.iter().map(provider_pick));
    out
}

/// A provider, found by typing, starting on `current`; with none yet, it starts empty
/// (nobody is chosen for the person) and saving asks for one.
fn provider_field(key: &str, label: String, providers: &[Provider], current: &str) -> Field {
    let blank = current.is_empty() || !providers.iter().any(|p| p.id == current);
    Field::picker(key, label, provider_picks(providers, blank), current)
}

/// The provider chosen in `key`; none chosen is flagged on the field.
fn required_provider(form: &mut Form, key: &str) -> Option<String> {
    let id = form.get(key).to_string();
    if id.is_empty() {
        form.set_error(key, t!("form-required"));
        return None;
    }
    Some(id)
}

fn status_options() -> Vec<(String, String)> {
    let mut out = vec![(String::new(), "—".to_string())];
    out.extend(
        EvalStatus::ALL
            .iter()
            .map(|s| (s.key().to_string(), s.name())),
    );
    out
}

fn shown_date(d: Option<NaiveDate>) -> String {
    d.map(crate::i18n::format::date).unwrap_or_default()
}

/// The vulnerabilities of a case (R11), or every indicator when none is known yet.
fn vulnerabilities(p: &Pregnancy, rules: &RuleSet) -> Vec<String> {
    let v = p
        .screening
        .as_ref()
        .map(|s| assess(s, &rules.catalog).vulnerabilities)
        .unwrap_or_default();
    if v.is_empty() {
        rules
            .catalog
            .indicators()
            .iter()
            .map(|i| i.key.clone())
            .collect()
    } else {
        v
    }
}

/// Everything a form needs to open.
pub struct Ctx<'a> {
    pub providers: &'a [Provider],
    pub rules: &'a RuleSet,
    pub today: NaiveDate,
    /// The signed-in person's provider id: the default provider of a new record.
    pub me: Option<&'a str>,
}

/// A free id for a new pregnancy.
pub fn next_case_id(api: &dyn CaseloadApi) -> String {
    let mut n = api.count_pregnancies().unwrap_or(0) + 1;
    loop {
        let id = format!("c-{n:06}");
        if !matches!(api.pregnancy(&id), Ok(Some(_))) {
            return id;
        }
        n += 1;
    }
}

/// Recomputes what a form shows live: the scenario of the screening being typed (R11–R12).
pub fn refresh_live(kind: &FormKind, form: &mut Form, rules: &RuleSet) {
    if let FormKind::Screening(_) = kind {
        screening::refresh_live(form, rules);
    }
}

/// Where a store problem's path points in a form.
fn field_for(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    match last {
        "birth_date" => pregnancy::BIRTH,
        "due_date" => pregnancy::DUE,
        "lmp" => pregnancy::LMP,
        "quarter_hours" => concertation::QUARTERS,
        other => other,
    }
}

fn show_store_error(form: &mut Form, e: StoreError) {
    match e {
        StoreError::Invalid(problems) => {
            for p in problems {
                form.set_error(field_for(&p.path), p.message.clone());
            }
        }
        other => form.message = Some(other.to_string()),
    }
}

fn put(
    api: &dyn CaseloadApi,
    form: &mut Form,
    based_on: &mut Option<u64>,
    before: Option<Pregnancy>,
    after: Pregnancy,
) -> Option<Saved> {
    match api.save_pregnancy(after.clone(), *based_on) {
        Ok(revision) => Some(Saved::Pregnancy {
            before: before.map(Box::new),
            after: Box::new(after),
            revision,
        }),
        Err(StoreError::Stale(message, now)) => {
            // Somebody else's change came first. The form stays as typed; the person
            // has now been told of every change up to `now`, so saving again puts hers
            // on top of those (and is refused again if yet another comes first).
            *based_on = Some(now);
            form.message = Some(message);
            None
        }
        Err(e) => {
            show_store_error(form, e);
            None
        }
    }
}

/// Puts `record` at `index` of `list` (the one edited), or at the end (a new one).
fn put_at<T>(list: &mut Vec<T>, index: Option<usize>, record: T) {
    match index.and_then(|i| list.get_mut(i)) {
        Some(slot) => *slot = record,
        None => list.push(record),
    }
}

/// Whether the record a form of `kind` edits is in `now` where and as it was in `opened`.
fn same_record(kind: &FormKind, opened: &Pregnancy, now: &Pregnancy) -> bool {
    match kind {
        FormKind::Cpp(_, Some(i)) => opened.cpp.get(*i) == now.cpp.get(*i),
        FormKind::FollowUp(_, Some(i)) => opened.follow_ups.get(*i) == now.follow_ups.get(*i),
        FormKind::Designation(_, Some(i)) => {
            opened.coordinators.get(*i) == now.coordinators.get(*i)
        }
        FormKind::Concertation(_, Some(i)) => {
            opened.concertations.get(*i) == now.concertations.get(*i)
        }
        _ => true,
    }
}

/// Saves a form through the API. On a refusal the reasons go into the form (nothing typed
/// is lost) and None comes back.
pub fn save(
    api: &dyn CaseloadApi,
    open: &mut OpenForm,
    rules: &RuleSet,
    dir: &Directory,
    today: NaiveDate,
) -> Option<Saved> {
    let form = &mut open.form;
    form.message = None;
    if !form.validate() {
        return None;
    }
    let before = match open.kind.case().map(|c| api.pregnancy(c)) {
        Some(Ok(p)) => p,
        Some(Err(e)) => {
            form.message = Some(e.to_string());
            return None;
        }
        None => None,
    };
    // An edited record moved or changed by someone since the form opened (a record
    // before it deleted, say): its index no longer points at it, so nothing is written
    // over whatever is there now.
    if let (Some(opened), Some(now)) = (&open.opened_on, &before) {
        if !same_record(&open.kind, opened, now) {
            form.message = Some(t!("form-record-changed"));
            return None;
        }
    }
    if let FormKind::MarkBilled(lines) = &mut open.kind {
        return billing_marks::save_mark(api, form, lines, today);
    }
    match (&open.kind, before.clone()) {
        (FormKind::Pregnancy(None), _) => pregnancy::save_new(api, form),
        (FormKind::Pregnancy(Some(_)), Some(mut p)) => {
            PregnancyValues::read(form)?.apply(&mut p);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Screening(_), Some(mut p)) => {
            p.screening = Some(screening::read(form, rules)?);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Cpp(_, index), Some(mut p)) => {
            let cpp = cpp::read(form, &p, rules)?;
            put_at(&mut p.cpp, *index, cpp);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::FollowUp(_, index), Some(mut p)) => {
            put_at(&mut p.follow_ups, *index, follow_up::read(form)?);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Designation(_, index), Some(mut p)) => {
            put_at(&mut p.coordinators, *index, designation::read(form)?);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Team(_), Some(mut p)) => {
            p.team = team::read(form);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::CarePlan(_), Some(mut p)) => {
            p.care_plan = Some(care_plan::read(form)?);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Concertation(_, index), Some(mut p)) => {
            put_at(&mut p.concertations, *index, concertation::read(form)?);
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Provider(editing), _) => provider::save(api, form, editing.as_ref(), dir),
        (FormKind::MergeProvider(dup), _) => provider::save_merge(api, form, dup, dir),
        // Handled above: it needs its lines to change.
        (FormKind::MarkBilled(_), _) => None,
        (FormKind::CorrectBilled(case, line), _) => {
            billing_marks::save_correct(api, form, case, line, today)
        }
        (FormKind::WithdrawBilled(case, line), _) => {
            billing_marks::save_withdraw(api, form, case, line, today)
        }
        (FormKind::ExportPerProvider(spec), _) => export::save_per_provider(api, form, spec),
        (FormKind::ExportCsv(month, today), _) => export::save_csv(api, form, *month, *today),
        (_, None) => {
            form.message = Some(t!("form-case-gone"));
            None
        }
    }
}
