//! The command line: parses arguments, opens the store, calls the caseload API, the
//! interchange format and the reports, and turns every failure into a message that says
//! what is wrong and what to do, with a non-zero exit code.

pub mod args;
pub mod data;
pub mod output;
pub mod panic;
pub mod views;

use crate::demo;
use crate::domain::deadlines::OpeningSource;
use crate::domain::model::Pseudocode;
use crate::domain::services::{evaluate, Status};
use crate::domain::tariff::TariffSource;
use crate::interchange;
use crate::report::{
    self,
    format::{date, euros},
    render, Selection,
};
use crate::store::{self, CaseloadApi, LineRef, SledStore};
use crate::tui::keymap;
use args::{Cli, Command, Format};
use chrono::NaiveDate;
use clap::Parser;
use output::{write_file_atomically, Out};
use std::path::Path;
use std::process::ExitCode;

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
            eprintln!("perinat: {msg}");
            ExitCode::FAILURE
        }
    }
}

use data::open;

pub fn run(cli: Cli) -> Res {
    let mut out = Out::stdout();
    match cli.command {
        None => {
            let today = cli.today.unwrap_or_else(real_today);
            if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                let mut warnings = Vec::new();
                let store = data::open_noting(cli.data_dir, &mut |w| warnings.push(w))?;
                let file = keymap::user_file(cli.keymap);
                let (map, errors) = keymap::load(file.as_deref());
                let store = std::sync::Arc::new(store);
                crate::tui::terminal::run(store, today, map, errors, warnings).map_err(Failure)
            } else {
                overview(&open(cli.data_dir)?, &mut out, today)
            }
        }
        Some(Command::Keymap { check: _, file }) => {
            keymap_check(file.or_else(|| keymap::user_file(cli.keymap)), &mut out)
        }
        Some(Command::Import { files, replace }) => {
            let store = open(cli.data_dir)?;
            for file in &files {
                import(&store, file, replace, &mut out)?;
            }
            Ok(())
        }
        Some(Command::Export { file, pseudonymise }) => export(
            &open(cli.data_dir)?,
            file.as_deref(),
            pseudonymise,
            &mut out,
        ),
        Some(Command::Backup { file, list }) => {
            data::backup_cmd(&open(cli.data_dir)?, file.as_deref(), list, &mut out)
        }
        Some(Command::Restore { file, yes }) => data::restore(cli.data_dir, &file, yes, &mut out),
        Some(Command::Log { case, since }) => {
            data::log(&open(cli.data_dir)?, case.as_deref(), since, &mut out)
        }
        Some(Command::Billing {
            month,
            unbilled: _,
            format,
            today,
        }) => {
            let store = open(cli.data_dir)?;
            let selection = month.map(Selection::Month).unwrap_or(Selection::Unbilled);
            let r = report::build(&store, selection, today.unwrap_or_else(real_today))?;
            let text = match format {
                Format::Json => render::json(&r),
                Format::Csv => render::csv(&r).map_err(Failure)?,
                Format::Table => render::table(&r),
            };
            out.text(&text)
        }
        Some(Command::Demo {
            cases,
            seed,
            out: file,
            today,
        }) => demo_cmd(
            cli.data_dir,
            cases,
            seed,
            file.as_deref(),
            today.unwrap_or_else(real_today),
            &mut out,
        ),
        Some(Command::Cases { alerts, all, today }) => cases(
            &open(cli.data_dir)?,
            alerts,
            all,
            today.unwrap_or_else(real_today),
            &mut out,
        ),
        Some(Command::Case { id, today }) => {
            let store = open(cli.data_dir)?;
            let p = store.pregnancy(&id)?.ok_or_else(|| {
                Failure(format!(
                    "no pregnancy {id:?} in the store (see `perinat cases`)"
                ))
            })?;
            let text = views::case_detail(
                &p,
                &store.directory()?,
                &store.rules()?,
                today.unwrap_or_else(real_today),
            );
            out.text(&text)
        }
        Some(Command::MarkBilled {
            case,
            code,
            date: service_date,
            provider,
            on,
        }) => {
            let store = open(cli.data_dir)?;
            let pseudocode = Pseudocode::from_code(&code).ok_or_else(|| {
                Failure(format!("{code:?} is not a pseudocode of the programme (401376, 401391, 401413, 401435)"))
            })?;
            let line = LineRef {
                pseudocode,
                service_date,
                provider,
            };
            let b = store.mark_billed(&case, &line, on.unwrap_or_else(real_today))?;
            out.text(&format!(
                "Saved: {} of {} for {case} billed on {} ({}).\n",
                b.pseudocode.code(),
                date(b.service_date),
                date(b.billed_on),
                euros(b.amount)
            ))
        }
        Some(Command::Tariffs) => tariffs(&open(cli.data_dir)?, &mut out),
    }
}

fn keymap_check(file: Option<std::path::PathBuf>, out: &mut Out) -> Res {
    let Some(path) = file else {
        return out.text(&format!("{}\n", crate::t!("keymap-check-defaults")));
    };
    let (map, errors) = keymap::load(Some(&path));
    if errors.is_empty() {
        let count: usize = keymap::Section::ALL
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
    let mut msg = format!(
        "{what} ({} problem{}):",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for p in problems.iter().take(SHOWN) {
        msg.push_str(&format!("\n  {p}"));
    }
    if problems.len() > SHOWN {
        msg.push_str(&format!("\n  ... and {} more", problems.len() - SHOWN));
    }
    Failure(msg)
}

/// Reads and parses an interchange file; a failure starts with `refused`.
pub(crate) fn read_caseload_file(
    file: &Path,
    refused: &str,
) -> Result<interchange::Parsed, Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
    interchange::parse(&text).map_err(|p| problems_failure(refused, &p))
}

/// A store's refusal of a caseload, after `refused`: each problem on its own line.
pub(crate) fn store_refusal(refused: &str, e: store::StoreError) -> Failure {
    match e {
        store::StoreError::Invalid(p) => problems_failure(refused, &p),
        e => Failure(format!("{refused}: {e}")),
    }
}

fn import(store: &SledStore, file: &Path, replace: bool, out: &mut Out) -> Res {
    let refused = format!(
        "{} was not imported, the store is unchanged",
        file.display()
    );
    let mut parsed = read_caseload_file(file, &refused)?;
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
    out.text(&format!(
        "Imported {}: pregnancies {} added, {} replaced, {} unchanged; providers {} added, {} replaced, {} unchanged{}.\n",
        file.display(),
        s.pregnancies_added,
        s.pregnancies_replaced,
        s.pregnancies_unchanged,
        s.providers_added,
        s.providers_replaced,
        s.providers_unchanged,
        if s.tariffs + s.regions > 0 {
            format!("; {} tariff and {} region settings", s.tariffs, s.regions)
        } else {
            String::new()
        }
    ))
}

fn export(store: &SledStore, file: Option<&Path>, pseudonymise: bool, out: &mut Out) -> Res {
    let mut caseload = store.export()?;
    if pseudonymise {
        caseload = interchange::pseudonymise::pseudonymise(&caseload, &store.pseudonym_key()?);
    }
    let catalog = &store.rules()?.catalog;
    match file {
        Some(path) => {
            write_file_atomically(path, |w| interchange::write(&caseload, catalog, w))
                .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
            eprintln!(
                "Exported {} pregnancies and {} providers to {}.",
                caseload.pregnancies.len(),
                caseload.providers.len(),
                path.display()
            );
            Ok(())
        }
        None => out.write_with(|w| interchange::write(&caseload, catalog, w)),
    }
}

fn demo_cmd(
    data_dir: Option<std::path::PathBuf>,
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
        .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))?;
        return out.text(&format!(
            "Wrote a demo caseload of {cases} pregnancies to {}.\n",
            path.display()
        ));
    }
    let store = open(data_dir)?;
    let existing = store.count_pregnancies()?;
    if existing > 0 {
        return Err(Failure(format!(
            "the store in {} already holds {existing} pregnancies; demo data is only added to an empty store \
             (use --out FILE, or another --data-dir)",
            store.dir().display()
        )));
    }
    store.import(caseload, false)?;
    out.text(&format!(
        "Added a demo caseload of {cases} fake pregnancies to {}.\nTry: perinat cases, perinat billing --unbilled\n",
        store.dir().display()
    ))
}

fn cases(store: &SledStore, only_alerts: bool, all: bool, today: NaiveDate, out: &mut Out) -> Res {
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
    text.push_str(&format!("{shown} cases\n"));
    out.text(&text)
}

fn overview(store: &SledStore, out: &mut Out, today: NaiveDate) -> Res {
    let dir = store.directory()?;
    let rules = store.rules()?;
    let n = store.count_pregnancies()?;
    let mut text = format!("perinat - caseload in {}\n", store.dir().display());
    if n == 0 {
        text.push_str(
            "\nThe caseload is empty. To look around with fake data:\n  perinat demo --cases 200\n\
             To bring in a caseload file:\n  perinat import FILE\n\nSee perinat --help for every command.\n",
        );
        return out.text(&text);
    }
    let (mut phases, mut scen, mut provisional) = ([0usize; 4], [0usize; 3], 0);
    let (mut to_claim, mut amount, mut near, mut blocked, mut with_alerts) =
        (0, rust_decimal::Decimal::ZERO, 0, 0, 0);
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
    text.push_str(&format!(
        "\n{n} pregnancies: {} prenatal, {} postnatal, {} early childhood, {} closed\n\
         Scenarios: {} x 0, {} x A, {} x B ({provisional} provisional)\n\
         To claim: {to_claim} services, {} ({near} with a deadline within 14 days)\n\
         Blocked services: {blocked}    Cases with alerts: {with_alerts}\n\n\
         perinat cases            the caseload, one line a pregnancy\n\
         perinat case ID          one pregnancy: timeline, services and why, alerts\n\
         perinat billing --month {}   the month-end report\n\
         perinat billing --unbilled   everything still to claim\n\
         perinat --help           every command\n",
        phases[0],
        phases[1],
        phases[2],
        phases[3],
        scen[0],
        scen[1],
        scen[2],
        euros(amount),
        crate::domain::YearMonth::of(today).previous(),
    ));
    out.text(&text)
}

fn tariffs(store: &SledStore, out: &mut Out) -> Res {
    let rules = store.rules()?;
    let mut text =
        String::from("Tariffs (R50-R51): amount per unit, in force from the date given\n");
    for l in rules.tariffs.lines() {
        text.push_str(&format!(
            "  {} {:<14} from {}  {:>10}  {}\n",
            l.entry.pseudocode.code(),
            l.entry.pseudocode.name(),
            date(l.entry.from),
            euros(l.entry.amount),
            match l.source {
                TariffSource::BuiltIn => "built in",
                TariffSource::Practice => "practice file",
            }
        ));
    }
    text.push_str(
        "  Interpretation (R51): the 2025 amounts are taken to start on 01/01/2025, the usual date of an\n  \
         indexation; the circular prints no date. Correct it with a \"tariffs\" entry in an imported file.\n",
    );
    text.push_str("\nBilling opens (R61): screening / other services\n");
    for region in crate::domain::model::Region::ALL {
        match rules.openings.get(region) {
            Some((o, src)) => text.push_str(&format!(
                "  {:<30} {} / {}  {}\n",
                region.name(),
                date(o.screening_from),
                date(o.others_from),
                match src {
                    OpeningSource::BuiltIn => "built in (OA circular 2024/258)",
                    OpeningSource::Practice => "practice file",
                }
            )),
            None => text.push_str(&format!(
                "  {:<30} not set: services are blocked (R61) until a \"regions\" entry is imported\n",
                region.name()
            )),
        }
    }
    text.push_str("  Services dated before the opening keep a later deadline (R62).\n");
    out.text(&text)
}
