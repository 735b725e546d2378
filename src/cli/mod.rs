//! The command line: parses arguments, opens the store, calls the caseload API, the
//! interchange format and the reports, and turns every failure into a message that says
//! what is wrong and what to do, with a non-zero exit code.

pub mod args;
pub mod billing;
pub mod data;
pub mod manual;
pub mod output;
pub mod panic;
pub mod providers;
pub mod todo;
pub mod views;

use crate::config;
use crate::demo;
use crate::domain::deadlines::OpeningSource;
use crate::domain::model::Pseudocode;
use crate::domain::services::{evaluate, Status};
use crate::domain::tariff::TariffSource;
use crate::i18n::{self, lang::resolve, lang::LangSources, Lang};
use crate::interchange;
use crate::report::{
    self,
    format::{date, euros, pad, pad_left},
    Selection,
};
use crate::store::{self, Correction, LineRef};
use crate::t;
use crate::tui::keymap;
use args::{Cli, Command};
use chrono::NaiveDate;
use clap::Parser;
use output::{write_file_atomically, Out};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `perinat: warning: …` on standard error, in the language in force.
pub(crate) fn print_warning(w: &str) {
    output::eprint_safe(&format!("perinat: {}", t!("warning", text = w)));
}

/// "cannot write FILE: why", for a file the user named.
pub(crate) fn cannot_write(path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure(t!(
        "cli-cannot-write",
        file = path.display().to_string(),
        error = e.to_string()
    ))
}

/// A failure to report: the message, and the exit code (1).
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

type Res = Result<(), Failure>;

/// The real date, for commands run without `--today`.
fn real_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Runs the command line; the binary's whole `main`.
pub fn main() -> ExitCode {
    store::permissions::owner_only_umask();
    panic::install();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg)) => {
            output::eprint_safe(&format!("perinat: {msg}"));
            ExitCode::FAILURE
        }
    }
}

/// Chooses the language (`--lang`, `PERINAT_LANG`, the config, the locale, French) and
/// puts it in force; returns the config file's path and warnings, in that language.
pub fn choose_language(flag: Option<Lang>) -> (Option<PathBuf>, Vec<String>) {
    let path = config::path();
    let (saved, problem) = match path.as_deref().map(config::load) {
        Some(Ok(c)) => (c.lang, None),
        Some(Err(p)) => (None, Some(p)),
        None => (None, None),
    };
    let var = |k: &str| std::env::var(k).ok();
    let sources = LangSources {
        flag,
        env: var("PERINAT_LANG"),
        config: saved,
        locale: [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")],
    };
    let (lang, _, bad_env) = resolve(&sources);
    i18n::set_language(lang);
    let mut warnings: Vec<String> = problem.iter().map(|p| p.to_string()).collect();
    if let Some(v) = bad_env {
        warnings.push(t!("lang-env-ignored", value = v, lang = lang.code()));
    }
    (path, warnings)
}

use data::{open, Store};

pub fn run(mut cli: Cli) -> Res {
    let mut out = Out::stdout();
    let (config_file, lang_warnings) = choose_language(cli.lang);
    let url = data::postgres_url(cli.store.take())?;
    let url = url.as_deref();
    let ui = cli.command.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout());
    if !ui {
        for w in &lang_warnings {
            print_warning(w);
        }
    }
    match cli.command {
        None => {
            let today = cli.today.unwrap_or_else(real_today);
            if ui {
                let mut warnings = lang_warnings;
                let store = data::open_noting(cli.data_dir, url, true, &mut |w| warnings.push(w))?;
                let file = keymap::user_file(cli.keymap);
                let (map, errors) = keymap::load(file.as_deref());
                let store = store.shared();
                crate::tui::terminal::run(
                    store,
                    today,
                    map,
                    errors,
                    warnings,
                    config_file,
                    cli.today.is_none(),
                )
                .map_err(Failure)
            } else {
                overview(&open(cli.data_dir, url)?, &mut out, today)
            }
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            manual::completions(shell, &mut script);
            out.data(&String::from_utf8_lossy(&script))
        }
        Some(Command::Man { dir: Some(dir) }) => {
            let pages = manual::write_pages(&dir).map_err(|e| cannot_write(&dir, e))?;
            out.line(&t!(
                "cli-man-written",
                count = pages.len(),
                dir = dir.display().to_string()
            ))
        }
        Some(Command::Man { dir: None }) => {
            let mut page = Vec::new();
            manual::render_main(&mut page)?;
            out.data(&String::from_utf8_lossy(&page))
        }
        Some(Command::Keymap { check: _, file }) => {
            keymap_check(file.or_else(|| keymap::user_file(cli.keymap)), &mut out)
        }
        Some(Command::Import { files, replace }) => {
            let store = open(cli.data_dir, url)?;
            for file in &files {
                import(&store, file, replace, &mut out)?;
            }
            Ok(())
        }
        Some(Command::Export { file, pseudonymise }) => export(
            &open(cli.data_dir, url)?,
            file.as_deref(),
            pseudonymise,
            &mut out,
        ),
        Some(Command::Backup { file, list, show }) => data::backup_cmd(
            cli.data_dir,
            url,
            file.as_deref(),
            list,
            show.as_deref(),
            &mut out,
        ),
        Some(Command::Restore { file, yes }) => {
            data::restore(cli.data_dir, url, &file, yes, &mut out)
        }
        Some(Command::Log { case, since }) => {
            data::log(&*open(cli.data_dir, url)?, case.as_deref(), since, &mut out)
        }
        Some(Command::Billing {
            month,
            unbilled,
            provider,
            per_provider,
            format,
            csv_plain,
            today,
        }) => {
            let today = today.unwrap_or_else(real_today);
            let selection = match (month, unbilled) {
                (_, true) => Selection::Unbilled,
                (Some(m), false) => Selection::Month(m),
                (None, false) => Selection::Month(report::default_month(today)),
            };
            let request = billing::Request {
                spec: report::ReportSpec {
                    selection,
                    provider,
                    today,
                },
                format,
                csv_plain,
                per_provider,
            };
            billing::billing(&open(cli.data_dir, url)?, &request, &mut out)
        }
        Some(Command::Demo {
            cases,
            seed,
            out: file,
            today,
        }) => demo_cmd(
            cli.data_dir,
            url,
            cases,
            seed,
            file.as_deref(),
            today.unwrap_or_else(real_today),
            &mut out,
        ),
        Some(Command::Cases { alerts, all, today }) => cases(
            &open(cli.data_dir, url)?,
            alerts,
            all,
            today.unwrap_or_else(real_today),
            &mut out,
        ),
        Some(Command::Todo {
            mine,
            provider,
            days,
            today,
            format,
        }) => {
            let request = todo::Request {
                mine,
                provider,
                days: i64::from(days),
                today: today.unwrap_or_else(real_today),
                format,
            };
            todo::todo(&open(cli.data_dir, url)?, &request, &mut out)
        }
        Some(Command::Case { id, today }) => {
            let store = open(cli.data_dir, url)?;
            let p = store
                .pregnancy(&id)?
                .ok_or_else(|| Failure(t!("cli-no-pregnancy", id = &id)))?;
            let text = views::case_detail(
                &p,
                &store.directory()?,
                &store.rules()?,
                today.unwrap_or_else(real_today),
                output::columns(),
            );
            out.text(&text)
        }
        Some(Command::MarkBilled {
            case,
            code,
            date: service_date,
            provider,
            on,
            late,
            correct,
            withdraw,
            reason,
            today,
        }) => {
            let pseudocode = Pseudocode::from_code(&code)
                .ok_or_else(|| Failure(t!("cli-bad-pseudocode", code = &code)))?;
            let line = LineRef {
                pseudocode,
                service_date,
                provider,
            };
            let today = today.unwrap_or_else(real_today);
            let what = match (correct, withdraw) {
                (Some(on), _) => billing::Mark::Correct(Correction::Redate(on)),
                (None, true) => billing::Mark::Correct(Correction::Withdraw),
                (None, false) => billing::Mark::New {
                    on: on.unwrap_or(today),
                    late,
                },
            };
            let store = open(cli.data_dir, url)?;
            billing::mark(
                &store,
                &case,
                &line,
                what,
                reason.as_deref(),
                today,
                &mut out,
            )
        }
        Some(Command::Tariffs) => tariffs(&open(cli.data_dir, url)?, &mut out),
        Some(Command::Providers { action }) => {
            providers::run(&open(cli.data_dir, url)?, action, &mut out)
        }
        Some(Command::Db {
            action: args::DbAction::Migrate,
        }) => data::db_migrate(url, &mut out),
        Some(Command::Share { .. }) if url.is_some() => {
            Err(Failure(t!("pg-not-served", command = "share")))
        }
        Some(Command::Serve { .. }) if url.is_some() => {
            Err(Failure(t!("pg-not-served", command = "serve")))
        }
        Some(Command::Share { group }) => {
            let dir = store::data_dir(cli.data_dir).map_err(Failure)?;
            crate::fsutil::create_private_dir(&dir).map_err(|e| cannot_write(&dir, e))?;
            crate::server::access::share(&dir, &group).map_err(Failure)?;
            out.line(&t!(
                "cli-shared",
                dir = dir.display().to_string(),
                group = group.as_str()
            ))
        }
        Some(Command::Serve { linger, spawned }) => {
            let dir = store::data_dir(cli.data_dir).map_err(Failure)?;
            if !spawned {
                for w in store::permissions::check(&dir) {
                    print_warning(&w);
                }
            }
            let opts = crate::server::serve::Options {
                linger: linger.map(std::time::Duration::from_secs),
                spawned,
            };
            crate::server::serve::serve(&dir, opts).map_err(Failure)
        }
    }
}

fn keymap_check(file: Option<std::path::PathBuf>, out: &mut Out) -> Res {
    let Some(path) = file else {
        return out.text(&format!("{}\n", crate::t!("keymap-check-defaults")));
    };
    let (map, errors) = keymap::load(Some(&path));
    if errors.is_empty() {
        let count: usize = keymap::Section::all()
            .iter()
            .map(|s| map.bindings(*s).len())
            .sum();
        return out.text(&format!(
            "{}\n",
            crate::t!(
                "keymap-check-ok",
                file = path.display().to_string(),
                count = count
            )
        ));
    }
    let mut msg = crate::t!("keymap-check-errors", count = errors.len());
    for e in errors {
        msg.push_str(&format!("\n  {e}"));
    }
    Err(Failure(msg))
}

fn problems_failure(what: &str, problems: &[crate::domain::validate::Problem]) -> Failure {
    const SHOWN: usize = 50;
    let mut msg = t!("cli-problems", what = what, count = problems.len());
    for p in problems.iter().take(SHOWN) {
        msg.push_str(&format!("\n  {p}"));
    }
    if problems.len() > SHOWN {
        msg.push_str(&format!(
            "\n  {}",
            t!("cli-more-problems", count = problems.len() - SHOWN)
        ));
    }
    Failure(msg)
}

/// Reads and parses an interchange file, plain or zstd-compressed (a backup); a failure
/// starts with `refused`.
pub(crate) fn read_caseload_file(
    file: &Path,
    refused: &str,
) -> Result<interchange::Parsed, Failure> {
    // A file that cannot be read, or a damaged compressed one: the file and the problem.
    let text = crate::backup::read_text(file)?;
    interchange::parse(&text).map_err(|p| problems_failure(refused, &p))
}

/// A store's refusal of a caseload, after `refused`: each problem on its own line.
pub(crate) fn store_refusal(refused: &str, e: store::StoreError) -> Failure {
    match e {
        store::StoreError::Invalid(p) => problems_failure(refused, &p),
        e => Failure(format!("{refused}: {e}")),
    }
}

fn import(store: &Store, file: &Path, replace: bool, out: &mut Out) -> Res {
    let refused = t!("cli-not-imported", file = file.display().to_string());
    let mut parsed = read_caseload_file(file, &refused)?;
    // Names, ids and codes that could drive a terminal are refused at the door.
    let problems = interchange::text::check(&parsed.caseload);
    if !problems.is_empty() {
        return Err(problems_failure(&refused, &problems));
    }
    if !parsed.missing_amounts.is_empty() {
        let mut dir = store.directory()?;
        for p in &parsed.caseload.providers {
            dir.insert(p.clone());
        }
        let settings = store.settings()?.merged(&parsed.caseload.settings);
        let rules = crate::domain::RuleSet::with_settings(&settings);
        interchange::fill_billed_amounts(&mut parsed, &dir, &rules);
    }
    let s = store
        .import_from(parsed.caseload, replace, &file.display().to_string())
        .map_err(|e| store_refusal(&refused, e))?;
    let mut text = t!(
        "cli-imported",
        file = file.display().to_string(),
        added = s.pregnancies_added,
        replaced = s.pregnancies_replaced,
        unchanged = s.pregnancies_unchanged,
        providers_added = s.providers_added,
        providers_replaced = s.providers_replaced,
        providers_unchanged = s.providers_unchanged
    );
    if s.tariffs + s.regions > 0 {
        text.push(' ');
        text.push_str(&t!(
            "cli-imported-settings",
            tariffs = s.tariffs,
            regions = s.regions
        ));
    }
    out.line(&text)
}

fn export(store: &Store, file: Option<&Path>, pseudonymise: bool, out: &mut Out) -> Res {
    let caseload = if pseudonymise {
        store.export_pseudonymised()?
    } else {
        store.export()?
    };
    let catalog = &store.rules()?.catalog;
    match file {
        Some(path) => {
            write_file_atomically(path, |w| interchange::write(&caseload, catalog, w))
                .map_err(|e| cannot_write(path, e))?;
            output::eprint_safe(&t!(
                "cli-exported",
                count = caseload.pregnancies.len(),
                providers = caseload.providers.len(),
                file = path.display().to_string()
            ));
            Ok(())
        }
        None => out.write_with(|w| interchange::write(&caseload, catalog, w)),
    }
}

fn demo_cmd(
    data_dir: Option<std::path::PathBuf>,
    url: Option<&str>,
    cases: usize,
    seed: u64,
    file: Option<&Path>,
    today: NaiveDate,
    out: &mut Out,
) -> Res {
    let caseload = demo::generate(cases, seed, today);
    if let Some(path) = file {
        write_file_atomically(path, |w| {
            interchange::write(&caseload, crate::domain::Catalog::builtin(), w)
        })
        .map_err(|e| cannot_write(path, e))?;
        return out.line(&t!(
            "cli-demo-written",
            count = cases,
            file = path.display().to_string()
        ));
    }
    let store = open(data_dir, url)?;
    let existing = store.count_pregnancies()?;
    if existing > 0 {
        return Err(Failure(t!(
            "cli-demo-not-empty",
            dir = store.place(),
            count = existing
        )));
    }
    store.import(caseload, false)?;
    out.line(&t!("cli-demo-added", count = cases, dir = store.place()))
}

fn cases(store: &Store, only_alerts: bool, all: bool, today: NaiveDate, out: &mut Out) -> Res {
    let dir = store.directory()?;
    let rules = store.rules()?;
    let mut text = views::rows_header();
    text.push('\n');
    let mut shown = 0usize;
    store.scan_pregnancies(&mut |p| {
        let r = views::row(&p, &dir, &rules, today);
        if (all || !r.closed()) && (!only_alerts || r.alert_count > 0) {
            text.push_str(&views::row_text(&r));
            text.push('\n');
            shown += 1;
        }
        true
    })?;
    text.push_str(&format!("{}\n", t!("cli-case-count", count = shown)));
    out.text(&text)
}

fn overview(store: &Store, out: &mut Out, today: NaiveDate) -> Res {
    let dir = store.directory()?;
    let rules = store.rules()?;
    let n = store.count_pregnancies()?;
    let mut text = format!("{}\n", t!("overview-title", dir = store.location()));
    if n == 0 {
        text.push_str(&format!("\n{}\n", t!("overview-empty")));
        return out.text(&text);
    }
    let (mut phases, mut scen, mut provisional) = ([0usize; 4], [0usize; 3], 0usize);
    let (mut to_claim, mut amount, mut near, mut blocked, mut with_alerts) =
        (0usize, rust_decimal::Decimal::ZERO, 0usize, 0usize, 0usize);
    store.scan_pregnancies(&mut |p| {
        let e = evaluate(&p, &dir, &rules, today);
        if let Some(per) = e.periods {
            phases[per.phase(today) as usize] += 1;
        }
        if let Some(a) = &e.assessment {
            scen[a.scenario as usize] += 1;
            provisional += usize::from(!a.complete);
        }
        for l in &e.lines {
            match l.status {
                Status::Billable => {
                    to_claim += 1;
                    amount += l.amount.unwrap_or_default();
                    near += usize::from(l.deadline_near(today));
                }
                Status::Blocked => blocked += 1,
                _ => {}
            }
        }
        with_alerts += usize::from(!crate::domain::alerts(&p, &e, today).is_empty());
        true
    })?;
    let month = report::default_month(today);
    text.push_str(&format!(
        "\n{}\n{}\n{}\n{}\n\n{}\n",
        t!(
            "overview-phases",
            count = n,
            prenatal = phases[0],
            postnatal = phases[1],
            childhood = phases[2],
            closed = phases[3]
        ),
        t!(
            "overview-scenarios",
            zero = scen[0],
            a = scen[1],
            b = scen[2],
            provisional = provisional
        ),
        if near > 0 {
            // R60: stands out, with the command that lists them.
            format!(
                "{}\n{}",
                t!(
                    "overview-to-claim",
                    count = to_claim,
                    amount = euros(amount),
                    near = near
                ),
                t!("overview-deadline-near", near = near)
            )
        } else {
            t!(
                "overview-to-claim",
                count = to_claim,
                amount = euros(amount),
                near = near
            )
        },
        t!("overview-blocked", blocked = blocked, alerts = with_alerts),
        t!("overview-commands", month = month.to_string()),
    ));
    out.text(&text)
}

fn tariffs(store: &Store, out: &mut Out) -> Res {
    let rules = store.rules()?;
    let mut text = format!("{}\n", t!("tariffs-title"));
    let lines = rules.tariffs.lines();
    let from = |d| t!("tariffs-from", date = date(d));
    // As wide as the longest "from 01/01/2025" of the language, never cut.
    let from_width = lines
        .iter()
        .map(|l| crate::report::format::width(&from(l.entry.from)))
        .max()
        .unwrap_or(0);
    for l in lines {
        text.push_str(&format!(
            "  {} {} {}  {}  {}\n",
            l.entry.pseudocode.code(),
            pad(&l.entry.pseudocode.name(), 14),
            pad(&from(l.entry.from), from_width),
            pad_left(&euros(l.entry.amount), 10),
            match l.source {
                TariffSource::BuiltIn => t!("tariffs-built-in"),
                TariffSource::Practice => t!("tariffs-practice"),
            }
        ));
    }
    text.push_str(&format!("  {}\n", t!("interp-r51")));
    text.push_str(&format!("\n{}\n", t!("tariffs-openings")));
    for region in crate::domain::model::Region::ALL {
        match rules.openings.get(region) {
            Some((o, src)) => text.push_str(&format!(
                "  {} {} / {}  {}\n",
                pad(&region.name(), 30),
                date(o.screening_from),
                date(o.others_from),
                match src {
                    OpeningSource::BuiltIn => t!("tariffs-opening-built-in"),
                    OpeningSource::Practice => t!("tariffs-practice"),
                }
            )),
            None => text.push_str(&format!(
                "  {} {}\n",
                pad(&region.name(), 30),
                t!("tariffs-opening-unknown")
            )),
        }
    }
    text.push_str(&format!("  {}\n", t!("interp-r62")));
    out.text(&text)
}
