//! perinat's own documentation as a command-line tool has it: manual pages (roff, through
//! clap_mangen) and shell completions (clap_complete), both generated from the command
//! line's definition in `args.rs`, so they cannot drift from it. The pages add what clap
//! does not know: exit status, environment and files.

use crate::backup::{journal, DIR_NAME as BACKUPS};
use crate::server::{serve::LOG_FILE, SOCKET};
use crate::store::DATA_DIR_ENV;
use crate::tui::keymap::KEYMAP_ENV;
use clap::CommandFactory;
use clap_mangen::roff::{bold, italic, roman, Roff};
use clap_mangen::Man;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The exit statuses every perinat command uses, for the manual's EXIT STATUS.
pub const EXIT_STATUSES: &[(&str, &str)] = &[
    ("0", "Done."),
    (
        "1",
        "Refused or failed: the message on standard error says what and what to do; \
         nothing was changed.",
    ),
    (
        "2",
        "Wrong arguments (an unknown command or option, a missing or malformed value).",
    ),
    (
        "101",
        "A bug in perinat: it says where, never the data involved; what was saved before is \
         safe.",
    ),
];

/// The environment variables perinat reads, for the manual's ENVIRONMENT.
fn environment() -> Vec<(&'static str, String)> {
    vec![
        (
            DATA_DIR_ENV,
            "The caseload's data directory, as --data-dir.".into(),
        ),
        (
            super::data::STORE_ENV,
            "A caseload in PostgreSQL, postgres://USER@HOST/DATABASE, as --store.".into(),
        ),
        (
            "PGPASSWORD",
            "The PostgreSQL password, when the URL has none.".into(),
        ),
        (
            "PERINAT_LANG",
            "fr, nl, de or en: the language, as --lang.".into(),
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The system locale, the language's last resort before French.".into(),
        ),
        (KEYMAP_ENV, "A keymap file, as --keymap.".into()),
        (
            crate::config::CONFIG_ENV,
            "The settings file [default: ~/.config/perinat/config.toml].".into(),
        ),
        (
            crate::server::client::LINGER_ENV,
            format!(
                "Seconds a server started in the background stays after its last client \
                 [default: {}].",
                crate::server::client::DEFAULT_LINGER_SECS
            ),
        ),
        ("NO_COLOR", "Set: no colours in the UI.".into()),
        (
            "PERINAT_DEBUG",
            "1: a bug report also shows the panic's message (it may quote patient data).".into(),
        ),
    ]
}

/// The files perinat keeps, for the manual's FILES.
fn files() -> Vec<(String, String)> {
    let data = "~/.local/share/perinat";
    vec![
        (
            format!("{data}/"),
            format!("The data directory (or ${DATA_DIR_ENV}, --data-dir): owner-only."),
        ),
        (format!("{data}/db/"), "The caseload's store.".into()),
        (
            format!("{data}/{BACKUPS}/"),
            "Automatic backups, perinat-<date>-<kind>.json.zst.".into(),
        ),
        (
            format!("{data}/{}/", journal::DIR_NAME),
            "Every change since the last backup, one JSON line each.".into(),
        ),
        (
            format!("{data}/{SOCKET}"),
            "The socket of the caseload's server.".into(),
        ),
        (
            format!("{data}/{LOG_FILE}"),
            "The server's log: connections and refusals, no patient data.".into(),
        ),
        (
            "~/.config/perinat/keymap.toml".into(),
            "Your key bindings over the defaults.".into(),
        ),
        (
            "~/.config/perinat/config.toml".into(),
            "Your settings: the language last chosen in the UI.".into(),
        ),
    ]
}

/// A section of `.TP` items: a bold term, then its text.
fn items_section<'a>(
    roff: &mut Roff,
    title: &str,
    items: impl IntoIterator<Item = (&'a str, &'a str)>,
) {
    roff.control("SH", [title]);
    for (term, text) in items {
        roff.control("TP", []);
        roff.text([bold(term)]);
        roff.text([roman(text)]);
    }
}

/// The sections clap does not know: exit status, environment, files, and where to read
/// more.
fn extra_sections() -> Roff {
    let env = environment();
    let files = files();
    let mut roff = Roff::new();
    items_section(&mut roff, "EXIT STATUS", EXIT_STATUSES.iter().copied());
    items_section(
        &mut roff,
        "ENVIRONMENT",
        env.iter().map(|(k, v)| (*k, v.as_str())),
    );
    items_section(
        &mut roff,
        "FILES",
        files.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    roff.control("SH", ["SEE ALSO"]);
    roff.text([
        roman("Each command has its page, e.g. "),
        bold("perinat-import"),
        roman(
            "(1). The README (/usr/share/doc/perinat/README.md in the Debian package) \
               tells a practice how to set perinat up; ",
        ),
        italic("perinat keymap --check"),
        roman(" checks a keymap."),
    ]);
    roff
}

/// The main page, perinat(1): clap's sections, then exit status, environment and files.
pub fn render_main(w: &mut dyn Write) -> std::io::Result<()> {
    let cmd = built();
    let man = Man::new(cmd).manual("perinat manual");
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    man.render_options_section(w)?;
    man.render_subcommands_section(w)?;
    man.render_extra_section(w)?;
    extra_sections().to_writer(w)?;
    man.render_version_section(w)
}

/// The command line, built (so that each subcommand is named `perinat-NAME`), without
/// clap's `help` subcommand.
fn built() -> clap::Command {
    let mut cmd = super::args::Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// Writes perinat.1 and a page for each command (perinat-import.1, …) into `dir`;
/// returns the files written.
pub fn write_pages(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let main = dir.join("perinat.1");
    let mut pages = vec![main.clone()];
    let mut text = Vec::new();
    render_main(&mut text)?;
    std::fs::write(&main, text)?;
    sub_pages(&built(), dir, &mut pages)?;
    Ok(pages)
}

/// A page for each command under `cmd`, and theirs (perinat-db-migrate.1).
fn sub_pages(cmd: &clap::Command, dir: &Path, pages: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = Man::new(sub.clone()).manual("perinat manual");
        pages.push(man.generate_to(dir)?);
        sub_pages(sub, dir, pages)?;
    }
    Ok(())
}

/// The completion script for `shell` (`perinat completions bash`, …).
pub fn completions(shell: clap_complete::Shell, w: &mut dyn Write) {
    clap_complete::generate(shell, &mut super::args::Cli::command(), "perinat", w);
}
