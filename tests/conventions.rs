//! The conventions of a command-line tool, through the real binary: `--version` with the
//! store's schema version, completion scripts a shell accepts, the manual pages with the
//! exit statuses they document, and those exit statuses themselves.

use assert_cmd::Command;
use predicates::prelude::*;

mod common;
use common::{perinat, stdout};

fn anywhere() -> (tempfile::TempDir, Command) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let c = perinat(tmp.path());
    (tmp, c)
}

#[test]
fn version_names_the_release_and_the_store_schema_it_writes() {
    let (_tmp, mut c) = anywhere();
    let out = stdout(c.arg("--version"));
    assert_eq!(
        out,
        format!(
            "perinat {} (store schema {})\n",
            env!("CARGO_PKG_VERSION"),
            perinat::store::codec::SCHEMA_VERSION
        )
    );
}

#[test]
fn bash_loads_the_completion_script_and_completes_commands() {
    let (_tmp, mut c) = anywhere();
    let script = stdout(c.args(["completions", "bash"]));
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("perinat.bash");
    std::fs::write(&file, &script).expect("script written");
    // Load it, then ask it what follows `perinat imp` as bash's completion would.
    let probe = format!(
        "source {}; COMP_WORDS=(perinat imp); COMP_CWORD=1; COMP_LINE='perinat imp'; \
         COMP_POINT=11; _perinat perinat imp perinat; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display()
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "-c", &probe])
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "import");
}

#[test]
fn zsh_and_fish_scripts_name_the_commands() {
    let (_tmp, mut c) = anywhere();
    let zsh = stdout(c.args(["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef perinat"), "{zsh}");
    assert!(zsh.contains("mark-billed"), "{zsh}");
    let (_tmp, mut c) = anywhere();
    let fish = stdout(c.args(["completions", "fish"]));
    assert!(fish.contains("complete -c perinat"), "{fish}");
    assert!(fish.contains("-a \"billing\""), "{fish}");
}

#[test]
fn an_unknown_shell_is_a_wrong_argument() {
    let (_tmp, mut c) = anywhere();
    c.args(["completions", "cmd.exe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bash"));
}

#[test]
fn the_manual_page_documents_exit_statuses_environment_and_files() {
    let (_tmp, mut c) = anywhere();
    let page = stdout(c.arg("man"));
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "{page}");
    assert!(page.contains(".TH perinat 1"), "{page}");
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "SUBCOMMANDS"] {
        assert!(
            page.contains(&format!(".SH \"{section}\""))
                || page.contains(&format!(".SH {section}")),
            "{section}: {page}"
        );
    }
    for (code, _) in perinat::cli::manual::EXIT_STATUSES {
        assert!(page.contains(&format!("\\fB{code}\\fR")), "{code}: {page}");
    }
    assert!(page.contains("PERINAT_DATA_DIR"), "{page}");
    assert!(page.contains("perinat\\-mark\\-billed(1)"), "{page}");
}

#[test]
fn man_dir_writes_a_page_for_perinat_and_each_command() {
    let (tmp, mut c) = anywhere();
    let dir = tmp.path().join("man");
    c.args(["man", "--dir"]).arg(&dir).assert().success();
    for page in [
        "perinat.1",
        "perinat-import.1",
        "perinat-billing.1",
        "perinat-serve.1",
        "perinat-db-migrate.1",
    ] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap_or_default();
        assert!(text.contains(".TH"), "{page}: {text}");
    }
    let billing = std::fs::read_to_string(dir.join("perinat-billing.1")).unwrap_or_default();
    assert!(billing.contains("\\-\\-unbilled"), "{billing}");
}

#[test]
fn exit_statuses_are_those_the_manual_gives() {
    let (_tmp, mut c) = anywhere();
    c.arg("--no-such-option").assert().code(2);
    let (_tmp, mut c) = anywhere();
    c.args(["case", "c-none"]).assert().code(1);
    let (_tmp, mut c) = anywhere();
    c.arg("--help").assert().code(0);
}
