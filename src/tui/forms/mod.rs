//! The forms of perinat: what each asks, filled from the case, and what saving one does
//! through the caseload API. The rules themselves stay in the domain: a form only checks
//! that what was typed can be read, and shows the store's refusals next to the fields.

use crate::domain::claims::check_billing_date;
use crate::domain::ids::{Inami, Niss};
use crate::domain::model::{
    CarePlan, Concertation, Cpp, Designation, Directory, EvalStatus, Evaluation, FollowUp,
    Pregnancy, Profession, Provider, Region, Screening,
};
use crate::domain::scenario::assess;
use crate::domain::RuleSet;
use crate::store::{CaseloadApi, Correction, LineRef, StoreError};
use crate::t;
use crate::tui::form::{Check, Field, Form, PickOption};
use chrono::NaiveDate;
use std::collections::BTreeMap;

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

pub fn pregnancy_form(p: Option<&Pregnancy>, new_id: &str) -> Form {
    let regions: Vec<(String, String)> = Region::ALL
        .iter()
        .map(|r| (r.key().to_string(), r.name()))
        .collect();
    let mut fields = Vec::new();
    if p.is_none() {
        fields.push(Field::text(
            "id",
            t!("field-case-id"),
            new_id,
            Check::Required,
        ));
    }
    fields.extend([
        Field::text(
            "name",
            t!("field-name"),
            p.map_or("", |p| &p.mother.name),
            Check::Required,
        ),
        Field::text(
            "niss",
            t!("field-niss"),
            &p.and_then(|p| p.mother.niss.as_ref())
                .map(|n| n.formatted())
                .unwrap_or_default(),
            Check::Niss,
        ),
        Field::text(
            "mother_birth",
            t!("field-mother-birth"),
            &shown_date(p.and_then(|p| p.mother.birth_date)),
            Check::Date(false),
        ),
        Field::choice(
            "region",
            t!("field-region"),
            regions,
            p.map_or("brussels", |p| p.region.key()),
        ),
        Field::text(
            "lmp",
            t!("field-lmp"),
            &shown_date(p.and_then(|p| p.lmp)),
            Check::Date(false),
        ),
        Field::text(
            "due",
            t!("field-due"),
            &shown_date(p.and_then(|p| p.due_date)),
            Check::Date(false),
        ),
        Field::text(
            "birth",
            t!("field-birth"),
            &shown_date(p.and_then(|p| p.birth_date)),
            Check::Date(false),
        ),
    ]);
    let title = match p {
        Some(p) => t!("form-edit-pregnancy", name = p.mother.name.as_str()),
        None => t!("form-new-pregnancy"),
    };
    Form::new(title, fields)
}

pub fn screening_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let s = p.screening.as_ref();
    let mut fields = vec![
        Field::date("date", t!("field-date"), s.map_or(ctx.today, |s| s.date)),
        provider_field(
            "provider",
            t!("field-screening-provider"),
            ctx.providers,
            s.map_or(ctx.me.unwrap_or(""), |s| &s.provider),
        ),
        Field::yes_no("consent", t!("field-consent"), s.is_some_and(|s| s.consent)),
        Field::text(
            "code",
            t!("field-bib-code"),
            s.and_then(|s| s.code.as_deref()).unwrap_or(""),
            Check::Free,
        ),
    ];
    for ind in ctx.rules.catalog.indicators() {
        let current = match s.and_then(|s| s.answers.get(&ind.key)) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        fields.push(Field::answer(
            &format!("ind:{}", ind.key),
            format!("{:>2}. {}", ind.number, ind.label()),
            current,
        ));
    }
    let mut form = Form::new(t!("form-screening", name = p.mother.name.as_str()), fields);
    refresh_live(&FormKind::Screening(p.id.clone()), &mut form, ctx.rules);
    form
}

fn answers_of(form: &Form, rules: &RuleSet) -> BTreeMap<String, bool> {
    rules
        .catalog
        .indicators()
        .iter()
        .filter_map(|i| match form.get(&format!("ind:{}", i.key)) {
            "yes" => Some((i.key.clone(), true)),
            "no" => Some((i.key.clone(), false)),
            _ => None,
        })
        .collect()
}

/// Recomputes what a form shows live: the scenario of the screening being typed (R11–R12).
pub fn refresh_live(kind: &FormKind, form: &mut Form, rules: &RuleSet) {
    if let FormKind::Screening(_) = kind {
        let draft = Screening {
            date: NaiveDate::MIN,
            provider: String::new(),
            consent: false,
            code: None,
            answers: answers_of(form, rules),
        };
        let a = assess(&draft, &rules.catalog);
        let names: Vec<&str> = a
            .vulnerabilities
            .iter()
            .map(|k| label_of(rules, k))
            .collect();
        form.live = Some(if a.complete {
            t!(
                "live-scenario",
                scenario = a.scenario.label(),
                answered = a.answered,
                total = rules.catalog.len(),
                vulnerable = names.len()
            )
        } else {
            t!(
                "live-scenario-provisional",
                scenario = a.scenario.label(),
                answered = a.answered,
                total = rules.catalog.len(),
                vulnerable = names.len()
            )
        });
    }
}

pub fn cpp_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    let c = index.and_then(|i| p.cpp.get(i));
    let mut fields = vec![
        Field::date("date", t!("field-date"), c.map_or(ctx.today, |c| c.date)),
        provider_field(
            "provider",
            t!("field-provider"),
            ctx.providers,
            c.map_or(ctx.me.unwrap_or(""), |c| &c.provider),
        ),
        Field::text(
            "code",
            t!("field-bib-code"),
            c.and_then(|c| c.code.as_deref()).unwrap_or(""),
            Check::Free,
        ),
    ];
    for v in vulnerabilities(p, ctx.rules) {
        let e = c.and_then(|c| c.evaluations.get(&v));
        fields.push(Field::choice(
            &format!("status:{v}"),
            label_of(ctx.rules, &v).to_string(),
            status_options(),
            e.map_or("", |e| e.status.key()),
        ));
        fields.push(Field::note(
            &format!("note:{v}"),
            t!("field-note"),
            e.map_or("", |e| &e.note),
            Check::Free,
        ));
    }
    let title = match c {
        Some(c) => t!(
            "form-edit-cpp",
            date = crate::i18n::format::date(c.date),
            name = p.mother.name.as_str()
        ),
        None => t!("form-cpp", name = p.mother.name.as_str()),
    };
    Form::new(title, fields)
}

pub fn follow_up_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    let old = index.and_then(|i| p.follow_ups.get(i));
    let mut options: Vec<(String, String)> = vulnerabilities(p, ctx.rules)
        .into_iter()
        .map(|v| (v.clone(), label_of(ctx.rules, &v).to_string()))
        .collect();
    // A follow-up on an indicator no longer vulnerable keeps its indicator.
    if let Some(f) = old.filter(|f| !options.iter().any(|(v, _)| *v == f.indicator)) {
        options.push((
            f.indicator.clone(),
            label_of(ctx.rules, &f.indicator).to_string(),
        ));
    }
    let coordinator =
        crate::domain::services::coordinator_on(p, ctx.today).map_or("", |d| d.provider.as_str());
    let name = p.mother.name.as_str();
    let title = match old {
        Some(f) => t!(
            "form-edit-follow-up",
            date = crate::i18n::format::date(f.date),
            name = name
        ),
        None => t!("form-follow-up", name = name),
    };
    Form::new(
        title,
        vec![
            Field::date("date", t!("field-date"), old.map_or(ctx.today, |f| f.date)),
            Field::choice(
                "indicator",
                t!("field-vulnerability"),
                options,
                old.map_or("", |f| f.indicator.as_str()),
            ),
            // No status until one is chosen (a new follow-up is not "improved" by default).
            Field::choice(
                "status",
                t!("field-status"),
                status_options(),
                old.map_or("", |f| f.status.key()),
            ),
            Field::note(
                "note",
                t!("field-note"),
                old.map_or("", |f| f.note.as_str()),
                Check::Required,
            ),
            provider_field(
                "provider",
                t!("field-provider"),
                ctx.providers,
                old.map_or(ctx.me.unwrap_or(coordinator), |f| f.provider.as_str()),
            ),
        ],
    )
}

pub fn designation_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    let old = index.and_then(|i| p.coordinators.get(i));
    let name = p.mother.name.as_str();
    let title = match old {
        Some(d) => t!(
            "form-edit-designation",
            date = crate::i18n::format::date(d.from),
            name = name
        ),
        None if p.coordinators.is_empty() => t!("form-designate", name = name),
        None => t!("form-transfer", name = name),
    };
    Form::new(
        title,
        vec![
            provider_field(
                "provider",
                t!("field-coordinator"),
                ctx.providers,
                old.map_or(ctx.me.unwrap_or(""), |d| d.provider.as_str()),
            ),
            Field::date("from", t!("field-from"), old.map_or(ctx.today, |d| d.from)),
            Field::yes_no(
                "consent",
                t!("field-consent-coordination"),
                old.is_some_and(|d| d.consent),
            ),
            Field::picker(
                "billing",
                t!("field-billing-provider"),
                provider_picks(ctx.providers, true),
                old.and_then(|d| d.billing_provider.as_deref())
                    .unwrap_or(""),
            ),
        ],
    )
}

pub fn team_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    Form::new(
        t!("form-team", name = p.mother.name.as_str()),
        vec![Field::multi_pick(
            "team",
            t!("field-team"),
            provider_picks(ctx.providers, false),
            &p.team,
            None,
        )],
    )
}

pub fn care_plan_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let c = p.care_plan.as_ref();
    Form::new(
        t!("form-care-plan", name = p.mother.name.as_str()),
        vec![
            Field::date("date", t!("field-date"), c.map_or(ctx.today, |c| c.date)),
            Field::note(
                "text",
                t!("field-care-plan"),
                c.map_or("", |c| &c.text),
                Check::Required,
            ),
        ],
    )
}

pub fn concertation_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    // A new one starts with the coordinator in charge (R41), then the person entering it.
    let mut new_participants: Vec<String> = crate::domain::services::coordinator_on(p, ctx.today)
        .map(|d| d.provider.clone())
        .into_iter()
        .collect();
    if let Some(me) = ctx
        .me
        .filter(|me| !new_participants.iter().any(|x| x == me))
    {
        new_participants.push(me.to_string());
    }
    let c = index.and_then(|i| p.concertations.get(i));
    let mut fields = vec![
        Field::date("date", t!("field-date"), c.map_or(ctx.today, |c| c.date)),
        Field::text(
            "start",
            t!("field-start"),
            &c.map_or("09:00".into(), |c| c.start.format("%H:%M").to_string()),
            Check::Time,
        ),
        Field::text(
            "quarters",
            t!("field-quarter-hours"),
            &c.map_or(4, |c| c.quarter_hours).to_string(),
            Check::Count(1, crate::domain::validate::MAX_QUARTER_HOURS),
        ),
        Field::yes_no(
            "woman",
            t!("field-woman-present"),
            c.is_some_and(|c| c.woman_present),
        ),
        Field::note(
            "report",
            t!("field-report"),
            c.map_or("", |c| &c.report),
            Check::Free,
        ),
        Field::multi_pick(
            "participants",
            t!("field-participants"),
            provider_picks(ctx.providers, false),
            c.map_or(&new_participants[..], |c| &c.participants[..]),
            Some(t!("hint-participants-order")),
        ),
    ];
    for v in vulnerabilities(p, ctx.rules) {
        fields.push(Field::note(
            &format!("agr:{v}"),
            t!("field-agreement", indicator = label_of(ctx.rules, &v)),
            c.and_then(|c| c.agreements.get(&v))
                .map_or("", |s| s.as_str()),
            Check::Free,
        ));
    }
    let title = match c {
        Some(c) => t!(
            "form-edit-concertation",
            date = crate::i18n::format::date(c.date),
            name = p.mother.name.as_str()
        ),
        None => t!("form-concertation", name = p.mother.name.as_str()),
    };
    Form::new(title, fields)
}

/// Which provider the duplicate `dup` is merged into.
pub fn merge_provider_form(dup: &Provider, providers: &[Provider]) -> Form {
    let others: Vec<Provider> = providers
        .iter()
        .filter(|p| p.id != dup.id)
        .cloned()
        .collect();
    // The likeliest original first: the same name, accents and case aside; else none
    // (nothing is merged before a provider is chosen).
    let same = others
        .iter()
        .find(|p| {
            crate::report::format::folded(&p.name) == crate::report::format::folded(&dup.name)
        })
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let mut form = Form::new(
        t!("form-merge-provider", name = dup.name.as_str()),
        vec![Field::picker(
            "into",
            t!("field-merge-into"),
            provider_picks(&others, true),
            &same,
        )],
    );
    form.live = Some(t!("form-merge-provider-help", name = dup.name.as_str()));
    form
}

/// The id proposed for a new provider: `p-` and the number after the highest in use.
pub fn next_provider_id(providers: &[Provider]) -> String {
    let n = providers
        .iter()
        .filter_map(|p| p.id.strip_prefix("p-")?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let mut next = n + 1;
    loop {
        let id = format!("p-{next:04}");
        if !providers.iter().any(|p| p.id == id) {
            return id;
        }
        next += 1;
    }
}

/// A new provider (its id proposed: `new_id`), or `old` to correct (its id stays: cases
/// refer to it).
pub fn provider_form(old: Option<&Provider>, new_id: &str) -> Form {
    let professions = Profession::ALL
        .iter()
        .map(|p| (p.key().to_string(), p.name()))
        .collect();
    let mut fields = Vec::new();
    if old.is_none() {
        fields.push(Field::text(
            "id",
            t!("field-provider-id"),
            new_id,
            Check::Required,
        ));
    }
    let inami = old.and_then(|p| p.inami.as_ref()).map(|i| i.to_string());
    fields.extend([
        Field::text(
            "name",
            t!("field-name"),
            old.map_or("", |p| p.name.as_str()),
            Check::Required,
        ),
        Field::choice(
            "profession",
            t!("field-profession"),
            professions,
            old.map_or("midwife", |p| p.profession.key()),
        ),
        Field::text(
            "inami",
            t!("field-inami"),
            inami.as_deref().unwrap_or(""),
            Check::Inami(false),
        ),
        Field::text(
            "organisation",
            t!("field-organisation"),
            old.and_then(|p| p.organisation.as_deref()).unwrap_or(""),
            Check::Free,
        ),
        Field::text(
            "login",
            t!("field-login"),
            old.and_then(|p| p.login.as_deref()).unwrap_or(""),
            Check::Free,
        ),
    ]);
    let title = match old {
        Some(p) => t!("form-edit-provider", name = p.name.as_str()),
        None => t!("form-provider"),
    };
    Form::new(title, fields)
}

pub fn mark_billed_form(count: usize, today: NaiveDate) -> Form {
    Form::new(
        t!("form-mark-billed", count = count),
        vec![Field::date("on", t!("field-billed-on"), today)],
    )
}

/// Another billing date for a billed service, and why (R63).
pub fn correct_billed_form(billed_on: NaiveDate) -> Form {
    Form::new(
        t!("form-correct-billed"),
        vec![
            Field::date("on", t!("field-billed-on"), billed_on),
            Field::text("reason", t!("field-reason"), "", Check::Required),
        ],
    )
}

/// A billing mark withdrawn, and why (R63).
pub fn withdraw_billed_form() -> Form {
    Form::new(
        t!("form-withdraw-billed"),
        vec![Field::text(
            "reason",
            t!("field-reason"),
            "",
            Check::Required,
        )],
    )
}

/// Where to write one CSV per billing provider.
pub fn export_per_provider_form(what: &str) -> Form {
    Form::new(
        t!("form-export-per-provider"),
        vec![Field::text(
            "path",
            t!("field-directory"),
            &format!("perinat-billing-{what}"),
            Check::Required,
        )],
    )
}

pub fn export_form(month: crate::domain::YearMonth) -> Form {
    Form::new(
        t!("form-export", month = month.named()),
        vec![Field::text(
            "path",
            t!("field-file"),
            &format!("perinat-billing-{month}.csv"),
            Check::Required,
        )],
    )
}

/// Where a store problem's path points in a form.
fn field_for(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    match last {
        "birth_date" => "birth",
        "due_date" => "due",
        "lmp" => "lmp",
        "quarter_hours" => "quarters",
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
    match (&open.kind, before.clone()) {
        (FormKind::Pregnancy(None), _) => {
            let id = form.get("id").to_string();
            if matches!(api.pregnancy(&id), Ok(Some(_))) {
                form.set_error("id", t!("form-id-taken", id = id.as_str()));
                return None;
            }
            let mut p = Pregnancy::new(&id, form.get("name"), Region::Brussels, NaiveDate::MIN);
            fill_pregnancy(form, &mut p)?;
            // Based on the id being free (revision 0): a colleague who takes it first
            // is not overwritten.
            match api.save_pregnancy(p.clone(), Some(0)) {
                Ok(revision) => Some(Saved::Pregnancy {
                    before: None,
                    after: Box::new(p),
                    revision,
                }),
                Err(StoreError::Stale(..)) => {
                    form.set_error("id", t!("form-id-taken", id = id.as_str()));
                    None
                }
                Err(e) => {
                    show_store_error(form, e);
                    None
                }
            }
        }
        (FormKind::Pregnancy(Some(_)), Some(mut p)) => {
            fill_pregnancy(form, &mut p)?;
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Screening(_), Some(mut p)) => {
            p.screening = Some(Screening {
                date: form.date("date")?,
                provider: required_provider(form, "provider")?,
                consent: form.yes("consent"),
                code: Some(form.get("code").to_string()).filter(|c| !c.is_empty()),
                answers: answers_of(form, rules),
            });
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Cpp(_, index), Some(mut p)) => {
            let mut evaluations = BTreeMap::new();
            for v in vulnerabilities(&p, rules) {
                if let Some(status) = EvalStatus::from_key(form.get(&format!("status:{v}"))) {
                    let note = form.get(&format!("note:{v}")).to_string();
                    evaluations.insert(v, Evaluation { status, note });
                }
            }
            let cpp = Cpp {
                date: form.date("date")?,
                provider: required_provider(form, "provider")?,
                code: Some(form.get("code").to_string()).filter(|c| !c.is_empty()),
                evaluations,
            };
            match index.and_then(|i| p.cpp.get_mut(i)) {
                Some(slot) => *slot = cpp,
                None => p.cpp.push(cpp),
            }
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::FollowUp(_, index), Some(mut p)) => {
            let Some(status) = EvalStatus::from_key(form.get("status")) else {
                form.set_error("status", t!("form-required"));
                return None;
            };
            let f = FollowUp {
                date: form.date("date")?,
                indicator: form.get("indicator").to_string(),
                status,
                note: form.get("note").to_string(),
                provider: required_provider(form, "provider")?,
            };
            match index.and_then(|i| p.follow_ups.get_mut(i)) {
                Some(slot) => *slot = f,
                None => p.follow_ups.push(f),
            }
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Designation(_, index), Some(mut p)) => {
            let d = Designation {
                provider: required_provider(form, "provider")?,
                from: form.date("from")?,
                consent: form.yes("consent"),
                billing_provider: Some(form.get("billing").to_string()).filter(|b| !b.is_empty()),
            };
            match index.and_then(|i| p.coordinators.get_mut(i)) {
                Some(slot) => *slot = d,
                None => p.coordinators.push(d),
            }
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Team(_), Some(mut p)) => {
            p.team = form.list("team");
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::CarePlan(_), Some(mut p)) => {
            p.care_plan = Some(CarePlan {
                date: form.date("date")?,
                text: form.get("text").to_string(),
            });
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Concertation(_, index), Some(mut p)) => {
            let c = Concertation {
                date: form.date("date")?,
                start: crate::tui::form::parse_user_time(form.get("start")).ok()?,
                quarter_hours: form.get("quarters").parse().ok()?,
                participants: form.list("participants"),
                woman_present: form.yes("woman"),
                report: form.get("report").to_string(),
                agreements: form
                    .fields
                    .iter()
                    .filter(|f| !f.value().is_empty())
                    .filter_map(|f| {
                        f.key
                            .strip_prefix("agr:")
                            .map(|k| (k.to_string(), f.value().to_string()))
                    })
                    .collect(),
            };
            match index.and_then(|i| p.concertations.get_mut(i)) {
                Some(slot) => *slot = c,
                None => p.concertations.push(c),
            }
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Provider(editing), _) => {
            let id = match editing {
                Some(id) => id.clone(),
                None => form.get("id").to_string(),
            };
            let before = editing.as_ref().and_then(|id| dir.get(id)).cloned();
            if editing.is_none() && dir.get(&id).is_some() {
                form.set_error("id", t!("form-id-taken", id = id.as_str()));
                return None;
            }
            let inami = match form.get("inami") {
                "" => None,
                v => Some(Inami::parse(v).ok()?),
            };
            let login = form.get("login").trim().to_string();
            if let Some(problem) = crate::domain::whoami::login_problem(&login) {
                if !login.is_empty() {
                    form.set_error("login", problem);
                    return None;
                }
            }
            let p = Provider {
                id,
                name: form.get("name").to_string(),
                profession: Profession::from_key(form.get("profession"))
                    .unwrap_or(Profession::Other),
                inami,
                organisation: Some(form.get("organisation").to_string()).filter(|o| !o.is_empty()),
                login: Some(login).filter(|l| !l.is_empty()),
            };
            let written = match editing {
                Some(_) => api.put_provider(p.clone()),
                None => api.add_provider(p.clone()),
            };
            match written {
                Ok(()) => Some(Saved::Provider {
                    before: before.map(Box::new),
                    after: Box::new(p),
                }),
                Err(e) => {
                    show_store_error(form, e);
                    None
                }
            }
        }
        (FormKind::MergeProvider(dup), _) => {
            let into = form.get("into").to_string();
            let (Some(before), Some(target)) = (dir.get(dup).cloned(), dir.get(&into).cloned())
            else {
                form.set_error("into", t!("form-required"));
                return None;
            };
            match api.merge_provider(dup, &into) {
                Ok(cases) => Some(Saved::Merged {
                    message: t!(
                        "status-provider-merged",
                        name = before.name.as_str(),
                        into = target.name.as_str(),
                        count = cases
                    ),
                }),
                Err(e) => {
                    form.message = Some(e.to_string());
                    None
                }
            }
        }
        (FormKind::MarkBilled(lines), _) => {
            let on = form.date("on")?;
            // R63: between the service date and today, checked before anything is marked.
            for (_, line) in lines.iter() {
                if let Err(e) = check_billing_date(line.service_date, on, today) {
                    form.set_error("on", e.to_string());
                    return None;
                }
            }
            let mut done = 0;
            for (case, line) in lines {
                if let Err(e) = api.mark_billed(case, line, on, today) {
                    form.message =
                        Some(t!("form-billed-partly", done = done, error = e.to_string()));
                    return None;
                }
                done += 1;
            }
            Some(Saved::Billed(t!("status-billed", count = done)))
        }
        (FormKind::CorrectBilled(case, line), _) => {
            let on = form.date("on")?;
            if let Err(e) = check_billing_date(line.service_date, on, today) {
                form.set_error("on", e.to_string());
                return None;
            }
            let reason = form.get("reason").to_string();
            match api.correct_billed(case, line, Correction::Redate(on), &reason, today) {
                Ok(_) => Some(Saved::Billed(t!(
                    "status-billed-corrected",
                    case = case.as_str(),
                    on = crate::i18n::format::date(on)
                ))),
                Err(e) => {
                    form.message = Some(e.to_string());
                    None
                }
            }
        }
        (FormKind::WithdrawBilled(case, line), _) => {
            let reason = form.get("reason").to_string();
            match api.correct_billed(case, line, Correction::Withdraw, &reason, today) {
                Ok(_) => Some(Saved::Billed(t!(
                    "status-billed-withdrawn",
                    case = case.as_str()
                ))),
                Err(e) => {
                    form.message = Some(e.to_string());
                    None
                }
            }
        }
        (FormKind::ExportPerProvider(spec), _) => {
            let dir = std::path::PathBuf::from(form.get("path"));
            let written = crate::report::build(api, spec)
                .map_err(|e| e.to_string())
                .and_then(|r| {
                    crate::report::files::per_provider(
                        &r,
                        &dir,
                        crate::report::files::FileFormat::Csv(
                            crate::report::render::CsvStyle::Belgian,
                        ),
                    )
                });
            match written {
                Ok(files) => Some(Saved::Exported(t!(
                    "status-exported-per-provider",
                    count = files.len(),
                    dir = dir.display().to_string()
                ))),
                Err(e) => {
                    form.set_error("path", t!("form-cannot-write", error = e));
                    None
                }
            }
        }
        (FormKind::ExportCsv(month, today), _) => {
            let path = form.get("path").to_string();
            let spec =
                crate::report::ReportSpec::new(crate::report::Selection::Month(*month), *today);
            let report = match crate::report::build(api, &spec) {
                Ok(r) => r,
                Err(e) => {
                    form.message = Some(e.to_string());
                    return None;
                }
            };
            let written =
                crate::report::render::csv(&report, crate::report::render::CsvStyle::Belgian)
                    .and_then(|text| {
                        // Atomic and owner-only, as the CLI writes its files.
                        crate::fsutil::write_file_atomically(std::path::Path::new(&path), |w| {
                            std::io::Write::write_all(w, text.as_bytes())
                        })
                        .map_err(|e| e.to_string())
                    });
            match written {
                Ok(()) => Some(Saved::Exported(t!("status-exported", path = path))),
                Err(e) => {
                    form.set_error("path", t!("form-cannot-write", error = e));
                    None
                }
            }
        }
        (_, None) => {
            form.message = Some(t!("form-case-gone"));
            None
        }
    }
}

fn fill_pregnancy(form: &mut Form, p: &mut Pregnancy) -> Option<()> {
    let (lmp, due, birth) = (form.date("lmp"), form.date("due"), form.date("birth"));
    if lmp.is_none() && due.is_none() && birth.is_none() {
        form.set_error("due", t!("form-need-dates"));
        return None;
    }
    p.mother.name = form.get("name").to_string();
    p.mother.niss = match form.get("niss") {
        "" => None,
        v => Some(Niss::parse(v).ok()?),
    };
    p.mother.birth_date = form.date("mother_birth");
    p.region = Region::from_key(form.get("region")).unwrap_or(Region::Brussels);
    p.lmp = lmp;
    p.due_date = due;
    p.birth_date = birth;
    Some(())
}
