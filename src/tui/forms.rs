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
use crate::tui::form::{Check, Field, Form};
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
    FollowUp(String),
    Designation(String),
    Team(String),
    CarePlan(String),
    Concertation(String, Option<usize>),
    Provider,
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
            | FormKind::FollowUp(c)
            | FormKind::Designation(c)
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
    Provider(Provider),
    /// Billing marks made or corrected: what to tell the user.
    Billed(String),
    Exported(String),
}

fn label_of<'a>(rules: &'a RuleSet, key: &'a str) -> &'a str {
    rules.catalog.label_of(key)
}

fn provider_options(dir: &[Provider], blank: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if blank {
        out.push((String::new(), t!("form-none")));
    }
    out.extend(dir.iter().map(|p| {
        (
            p.id.clone(),
            format!(
                "{} ({}{})",
                p.name,
                p.profession.name(),
                if p.inami.is_some() { ", INAMI" } else { "" }
            ),
        )
    }));
    out
}

/// A choice of provider, starting on `current`.
fn provider_field(key: &str, label: String, providers: &[Provider], current: &str) -> Field {
    Field::choice(key, label, provider_options(providers, false), current)
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
            s.map_or("", |s| &s.provider),
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
        fields.push(Field::choice(
            &format!("ind:{}", ind.key),
            format!("{:>2}. {}", ind.number, ind.label()),
            vec![
                (String::new(), t!("form-unanswered")),
                ("yes".into(), t!("form-vulnerable")),
                ("no".into(), t!("form-no")),
            ],
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
            c.map_or("", |c| &c.provider),
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
        fields.push(Field::text(
            &format!("note:{v}"),
            t!("field-note"),
            e.map_or("", |e| &e.note),
            Check::Free,
        ));
    }
    Form::new(t!("form-cpp", name = p.mother.name.as_str()), fields)
}

pub fn follow_up_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let options = vulnerabilities(p, ctx.rules)
        .into_iter()
        .map(|v| (v.clone(), label_of(ctx.rules, &v).to_string()))
        .collect();
    let coordinator =
        crate::domain::services::coordinator_on(p, ctx.today).map_or("", |d| d.provider.as_str());
    Form::new(
        t!("form-follow-up", name = p.mother.name.as_str()),
        vec![
            Field::date("date", t!("field-date"), ctx.today),
            Field::choice("indicator", t!("field-vulnerability"), options, ""),
            Field::choice(
                "status",
                t!("field-status"),
                status_options()[1..].to_vec(),
                "",
            ),
            Field::text("note", t!("field-note"), "", Check::Required),
            provider_field("provider", t!("field-provider"), ctx.providers, coordinator),
        ],
    )
}

pub fn designation_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let title = if p.coordinators.is_empty() {
        t!("form-designate", name = p.mother.name.as_str())
    } else {
        t!("form-transfer", name = p.mother.name.as_str())
    };
    Form::new(
        title,
        vec![
            provider_field("provider", t!("field-coordinator"), ctx.providers, ""),
            Field::date("from", t!("field-from"), ctx.today),
            Field::yes_no("consent", t!("field-consent-coordination"), false),
            Field::choice(
                "billing",
                t!("field-billing-provider"),
                provider_options(ctx.providers, true),
                "",
            ),
        ],
    )
}

pub fn team_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let fields = ctx
        .providers
        .iter()
        .map(|pr| {
            Field::yes_no(
                &format!("team:{}", pr.id),
                format!("{} ({})", pr.name, pr.profession.name()),
                p.team.contains(&pr.id),
            )
        })
        .collect();
    Form::new(t!("form-team", name = p.mother.name.as_str()), fields)
}

pub fn care_plan_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let c = p.care_plan.as_ref();
    Form::new(
        t!("form-care-plan", name = p.mother.name.as_str()),
        vec![
            Field::date("date", t!("field-date"), c.map_or(ctx.today, |c| c.date)),
            Field::text(
                "text",
                t!("field-care-plan"),
                c.map_or("", |c| &c.text),
                Check::Required,
            ),
        ],
    )
}

pub fn concertation_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
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
        Field::text(
            "report",
            t!("field-report"),
            c.map_or("", |c| &c.report),
            Check::Free,
        ),
    ];
    for pr in ctx.providers {
        fields.push(Field::yes_no(
            &format!("part:{}", pr.id),
            t!(
                "field-participant",
                name = format!("{} ({})", pr.name, pr.profession.name())
            ),
            c.is_some_and(|c| c.participants.contains(&pr.id)),
        ));
    }
    for v in vulnerabilities(p, ctx.rules) {
        fields.push(Field::text(
            &format!("agr:{v}"),
            t!("field-agreement", indicator = label_of(ctx.rules, &v)),
            c.and_then(|c| c.agreements.get(&v))
                .map_or("", |s| s.as_str()),
            Check::Free,
        ));
    }
    Form::new(
        t!("form-concertation", name = p.mother.name.as_str()),
        fields,
    )
}

pub fn provider_form() -> Form {
    let professions = Profession::ALL
        .iter()
        .map(|p| (p.key().to_string(), p.name()))
        .collect();
    Form::new(
        t!("form-provider"),
        vec![
            Field::text("id", t!("field-provider-id"), "", Check::Required),
            Field::text("name", t!("field-name"), "", Check::Required),
            Field::choice("profession", t!("field-profession"), professions, "midwife"),
            Field::text("inami", t!("field-inami"), "", Check::Inami(false)),
            Field::text("organisation", t!("field-organisation"), "", Check::Free),
        ],
    )
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
    let provider = |form: &Form, key: &str| form.get(key).to_string();
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
                provider: provider(form, "provider"),
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
                provider: provider(form, "provider"),
                code: Some(form.get("code").to_string()).filter(|c| !c.is_empty()),
                evaluations,
            };
            match index.and_then(|i| p.cpp.get_mut(i)) {
                Some(slot) => *slot = cpp,
                None => p.cpp.push(cpp),
            }
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::FollowUp(_), Some(mut p)) => {
            let Some(status) = EvalStatus::from_key(form.get("status")) else {
                form.set_error("status", t!("form-required"));
                return None;
            };
            p.follow_ups.push(FollowUp {
                date: form.date("date")?,
                indicator: form.get("indicator").to_string(),
                status,
                note: form.get("note").to_string(),
                provider: provider(form, "provider"),
            });
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Designation(_), Some(mut p)) => {
            p.coordinators.push(Designation {
                provider: provider(form, "provider"),
                from: form.date("from")?,
                consent: form.yes("consent"),
                billing_provider: Some(form.get("billing").to_string()).filter(|b| !b.is_empty()),
            });
            put(api, form, &mut open.based_on, before, p)
        }
        (FormKind::Team(_), Some(mut p)) => {
            p.team = form
                .fields
                .iter()
                .filter(|f| f.value() == "yes")
                .filter_map(|f| f.key.strip_prefix("team:").map(str::to_string))
                .collect();
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
                participants: form
                    .fields
                    .iter()
                    .filter(|f| f.value() == "yes")
                    .filter_map(|f| f.key.strip_prefix("part:").map(str::to_string))
                    .collect(),
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
        (FormKind::Provider, _) => {
            let id = form.get("id").to_string();
            if dir.get(&id).is_some() {
                form.set_error("id", t!("form-id-taken", id = id.as_str()));
                return None;
            }
            let inami = match form.get("inami") {
                "" => None,
                v => Some(Inami::parse(v).ok()?),
            };
            let p = Provider {
                id,
                name: form.get("name").to_string(),
                profession: Profession::from_key(form.get("profession"))
                    .unwrap_or(Profession::Other),
                inami,
                organisation: Some(form.get("organisation").to_string()).filter(|o| !o.is_empty()),
                login: None,
            };
            match api.add_provider(p.clone()) {
                Ok(()) => Some(Saved::Provider(p)),
                Err(e) => {
                    show_store_error(form, e);
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
