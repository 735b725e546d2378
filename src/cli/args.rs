//! The command line's shape (clap): global options, subcommands and value parsers.

use crate::domain::dates::parse_date;
use crate::domain::YearMonth;
use crate::i18n::Lang;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::sync::LazyLock;

/// `perinat --version`: the release, and the schema version of the records it writes
/// (a store written by a newer schema cannot be read by this release).
pub static VERSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} (store schema {})",
        env!("CARGO_PKG_VERSION"),
        crate::store::codec::SCHEMA_VERSION
    )
});

fn date_arg(s: &str) -> Result<NaiveDate, String> {
    parse_date(s)
}

fn lang_arg(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("{s:?} is not a language of perinat: fr, nl, de or en"))
}

fn month_arg(s: &str) -> Result<YearMonth, String> {
    s.parse::<YearMonth>().map_err(|e| e.to_string())
}

#[derive(Debug, Parser)]
#[command(
    name = "perinat",
    version = VERSION.as_str(),
    about = "Caseload tracker for the \"first 1000 days\" perinatal care programme (INAMI/RIZIV 401376, 401391, 401413, 401435)",
    after_help = "Without a command, perinat opens the terminal UI (or prints an overview when its output is not a terminal).\nRules are numbered as in RULES.md (R1-R71); every \"not billable\" reason starts with its rule."
)]
pub struct Cli {
    /// Directory of the caseload store [default: $PERINAT_DATA_DIR, else ~/.local/share/perinat]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Keep the caseload in a PostgreSQL database instead of the data directory, for a
    /// caseload shared across machines [default: $PERINAT_STORE, else the data directory]
    #[arg(long, global = true, value_name = "postgres://USER@HOST/DATABASE")]
    pub store: Option<String>,
    /// Language of the UI and of the human output [default: $PERINAT_LANG, else the one
    /// chosen in the UI, else the system locale, else fr]
    #[arg(long, global = true, value_parser = lang_arg, value_name = "fr|nl|de|en")]
    pub lang: Option<Lang>,
    /// Key bindings to use over the defaults [default: $PERINAT_KEYMAP, else keymap.toml in the config directory]
    #[arg(long, value_name = "FILE")]
    pub keymap: Option<PathBuf>,
    /// The day the UI works on [default: today]
    #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add caseload files (interchange JSON) to the store, each all or nothing, in order
    Import {
        /// The files to read; each is saved (and reported) before the next is read
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// Overwrite providers and pregnancies whose ids are already stored
        #[arg(long)]
        replace: bool,
    },
    /// Write the whole caseload as interchange JSON (to FILE, or standard output)
    Export {
        /// Where to write; standard output when absent
        file: Option<PathBuf>,
        /// Replace names, NISS, birth dates and free-text notes by stable pseudonyms, for
        /// sharing with support or in a bug report
        #[arg(long)]
        pseudonymise: bool,
    },
    /// Take a backup now: into the backups directory (compressed), or to FILE (plain
    /// JSON, unless FILE ends in .zst)
    Backup {
        /// Where to write [default: a new file in the backups directory]
        file: Option<PathBuf>,
        /// List the backups instead
        #[arg(long, conflicts_with = "file")]
        list: bool,
        /// Print a backup (compressed or not) as plain JSON on standard output instead,
        /// e.g. `perinat backup --show FILE | less`
        #[arg(long, value_name = "BACKUP", conflicts_with_all = ["file", "list"])]
        show: Option<PathBuf>,
    },
    /// Replace the whole caseload with a backup or export (the current one is backed up first)
    Restore {
        /// The backup or export file
        file: PathBuf,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// The audit trail: who changed what, and when
    Log {
        /// Only this pregnancy's history
        #[arg(long, value_name = "ID")]
        case: Option<String>,
        /// Only changes on or after this day
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        since: Option<NaiveDate>,
    },
    /// The billing report: a month's services, or everything still to claim
    Billing {
        /// The month of the services, YYYY-MM [default: the month just ended during the
        /// first 10 days of a month, else the current one, as the UI opens on]
        #[arg(long, value_parser = month_arg, conflicts_with = "unbilled")]
        month: Option<YearMonth>,
        /// Every billable service of any date, soonest deadline first
        #[arg(long)]
        unbilled: bool,
        /// Only the lines this billing provider claims (their id), under their own INAMI
        /// number
        #[arg(long, value_name = "ID")]
        provider: Option<String>,
        /// Write one file per billing provider into DIR instead (named
        /// billing-MONTH-PROVIDER.csv, .json or .txt after --format)
        #[arg(long, value_name = "DIR", conflicts_with = "provider")]
        per_provider: Option<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// CSV for programs: "," between fields, ISO dates, a decimal point, English
        /// headers [default: for a Belgian spreadsheet, ";" and a decimal comma]
        #[arg(long)]
        csv_plain: bool,
        /// The day that decides expiry and openings [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
    },
    /// Fill the (empty) store with a synthetic demo caseload, or write it to a file
    Demo {
        /// How many pregnancies
        #[arg(long, default_value_t = 200)]
        cases: usize,
        /// Seed of the generator (the same seed gives the same caseload)
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write an interchange file instead of filling the store
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The day the demo is built around [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
    },
    /// List the pregnancies with their period, scenario, alerts and amount to bill
    Cases {
        /// Only the cases with alerts
        #[arg(long)]
        alerts: bool,
        /// Also the closed cases (after the child's 2nd birthday)
        #[arg(long)]
        all: bool,
        /// The day periods, alerts and deadlines are computed on [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
    },
    /// What is due across the caseload, soonest first (overdue first): follow-ups (R35),
    /// the yearly concertation (R36), CPPs (R21), the screening window (R13), billing
    /// deadlines (R60) and forfaits one condition short (R33)
    Todo {
        /// Only your cases (as coordinator or in the care team): the provider linked to your
        /// login name ($USER, else LOGNAME)
        #[arg(long, conflicts_with = "provider")]
        mine: bool,
        /// Only the cases of this provider (their id)
        #[arg(long, value_name = "ID")]
        provider: Option<String>,
        /// What falls due within this many days (overdue items are always listed)
        #[arg(long, default_value_t = 30, value_name = "N")]
        days: u32,
        /// The day periods, alerts and deadlines are computed on [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
        /// Output format
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// One pregnancy in full: periods, vulnerabilities, services and why, alerts
    Case {
        /// The pregnancy's id
        id: String,
        /// The day periods, alerts and deadlines are computed on [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
    },
    /// Record that a service was billed through the IM platform (R63)
    MarkBilled {
        /// The pregnancy's id
        case: String,
        /// Pseudocode: 401376, 401391, 401413 or 401435
        #[arg(long)]
        code: String,
        /// The service date, YYYY-MM-DD
        #[arg(long, value_parser = date_arg)]
        date: NaiveDate,
        /// The billing provider's id
        #[arg(long)]
        provider: String,
        /// The billing date, between the service date and today [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        on: Option<NaiveDate>,
        /// Mark it although its deadline has passed (R60): the platform may refuse it
        #[arg(long)]
        late: bool,
        /// Correct the billing date of a service already marked billed (R63; needs --reason)
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD", conflicts_with_all = ["on", "withdraw", "late"], requires = "reason")]
        correct: Option<NaiveDate>,
        /// Withdraw the billing mark: the platform refused the claim (R63; needs --reason)
        #[arg(long, conflicts_with_all = ["on", "late"], requires = "reason")]
        withdraw: bool,
        /// Why the mark is corrected or withdrawn, recorded in the case's history
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// The day that decides expiry and what "the future" is [default: today]
        #[arg(long, value_parser = date_arg, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
    },
    /// The tariff table in force, its history and the regional openings
    Tariffs,
    /// The providers with their INAMI number and login; link a provider to a login,
    /// merge a duplicate into the original, or delete one [default: list them]
    Providers {
        #[command(subcommand)]
        action: Option<ProviderAction>,
    },
    /// Give the caseload to a Unix group: its members may then use it (through the
    /// server), and no one else
    Share {
        /// The group, e.g. the practice's ("practice")
        group: String,
    },
    /// Run the server of the data directory in the foreground (for a service manager);
    /// perinat otherwise starts it in the background by itself
    Serve {
        /// Stop this many seconds after the last client leaves [default: never]
        #[arg(long, value_name = "SECONDS")]
        linger: Option<u64>,
        /// Started by a client: report readiness on standard output, log to
        /// server.log in the data directory
        #[arg(long, hide = true)]
        spawned: bool,
    },
    /// The PostgreSQL database of a caseload (--store or PERINAT_STORE)
    Db {
        #[command(subcommand)]
        action: DbAction,
    },
    /// Print the completion script for a shell, e.g. `perinat completions bash >
    /// ~/.local/share/bash-completion/completions/perinat`
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
    /// Print the manual page perinat(1) as roff (`perinat man | man -l -`), or write it
    /// and every command's page into a directory
    Man {
        /// Write perinat.1 and perinat-COMMAND.1 for each command into DIR instead
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Check a keymap file (default: the one the UI would use)
    Keymap {
        /// Validate the file and exit non-zero on errors
        #[arg(long)]
        check: bool,
        /// The file to check
        file: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProviderAction {
    /// List the providers, with the login of each, and who you are
    List,
    /// Link a provider to the Unix login of the person who is that provider, so that
    /// perinat knows who is signed in (one login per provider)
    Login {
        /// The provider's id
        id: String,
        /// The Unix user name, e.g. adupont
        #[arg(required_unless_present = "clear")]
        login: Option<String>,
        /// Remove the provider's login instead
        #[arg(long, conflicts_with = "login")]
        clear: bool,
    },
    /// Merge a duplicate provider into the original: every case naming the duplicate
    /// names the original instead, and the duplicate is deleted. Refused when the
    /// duplicate is the provider of a service marked billed (R63)
    Merge {
        /// The duplicate's id (it is deleted)
        duplicate: String,
        /// The original's id (it stays)
        into: String,
    },
    /// Delete a provider that no pregnancy names
    Delete {
        /// The provider's id
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DbAction {
    /// Bring the database's schema to this perinat's version (take a pg_dump first)
    Migrate,
}
