//! What the end-to-end tests of the real binary share: running `perinat` on a store,
//! a store holding the practice fixture, its export, and walking a directory.
// Each test file uses only some of these.
#![allow(dead_code)]

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

pub const PRACTICE: &str = "tests/fixtures/practice.json";

/// `perinat --data-dir STORE`, outside SSH, speaking English (the tests read its
/// messages), whatever the environment. The server it starts stops as soon as its last
/// client leaves, as a store did before there was a server.
pub fn perinat(store: &Path) -> Command {
    let mut c = Command::cargo_bin("perinat").expect("binary built");
    c.arg("--data-dir")
        .arg(store)
        .env_remove("PERINAT_DATA_DIR")
        .env("PERINAT_LANG", "en")
        .env("PERINAT_LINGER", "0")
        .env("PERINAT_CONFIG", store.join("no-config.toml"))
        .env("USER", "anne")
        .env_remove("SSH_CLIENT")
        .env_remove("SSH_CONNECTION");
    c
}

/// A new store holding the practice fixture.
pub fn imported() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    perinat(tmp.path())
        .args(["import", PRACTICE])
        .assert()
        .success()
        .stdout(predicate::str::contains("pregnancies 3 added"));
    tmp
}

/// The standard output of a command that must succeed.
pub fn stdout(c: &mut Command) -> String {
    let out = c.assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

/// The billing CSV of March 2025 (as of 25/05/2025) in `lang`, for a Belgian spreadsheet.
pub fn billing_csv(store: &Path, lang: &str) -> String {
    stdout(perinat(store).args(["--lang", lang]).args([
        "billing",
        "--month",
        "2025-03",
        "--today",
        "2025-05-25",
        "--format",
        "csv",
    ]))
}

/// The billing CSV of March 2025 (as of 25/05/2025) for programs (`--csv-plain`).
pub fn billing_csv_plain(store: &Path) -> String {
    stdout(perinat(store).args([
        "billing",
        "--month",
        "2025-03",
        "--today",
        "2025-05-25",
        "--format",
        "csv",
        "--csv-plain",
    ]))
}

pub fn export(store: &Path) -> String {
    stdout(perinat(store).arg("export"))
}

/// Marks c-A's CPP of 20/03/2025 billed on 26/05/2025, from an SSH address when one is
/// given; returns what perinat printed.
pub fn mark_billed(store: &Path, ssh_client: Option<&str>) -> String {
    mark_billed_by(perinat(store), ssh_client)
}

/// [`mark_billed`] through the perinat command `c` (a store of another kind).
pub fn mark_billed_by(mut c: Command, ssh_client: Option<&str>) -> String {
    if let Some(addr) = ssh_client {
        c.env("SSH_CLIENT", addr);
    }
    c.args([
        "mark-billed",
        "c-A",
        "--code",
        "401391",
        "--date",
        "2025-03-20",
        "--provider",
        "p-mw",
        "--on",
        "2025-05-26",
        "--today",
        "2025-05-26",
    ]);
    stdout(&mut c)
}

/// `dir` and everything under it, directories included.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Copies the files of a store directory (a golden one: opening it may rewrite it).
pub fn copy_store(from: &Path, to: &Path) {
    for entry in walk(from).into_iter().filter(|p| p.is_file()) {
        let rel = entry.strip_prefix(from).expect("under the store");
        let target = to.join(rel);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("mkdir");
        std::fs::copy(&entry, &target).expect("copy");
    }
}

/// Waits until the server of `store` has stopped (its process is gone, so it has let
/// go of the store), so that a test can touch the store's files.
pub fn server_stopped(store: &Path) {
    let start = std::time::Instant::now();
    while server_pid(store).is_some() || store.join("perinat.sock").exists() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the server of {} did not stop",
            store.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The pid of the server serving `store`, found among the processes.
pub fn server_pid(store: &Path) -> Option<i32> {
    let want = store.to_string_lossy().into_owned();
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: i32 = e.file_name().to_str()?.parse().ok()?;
        let cmd = std::fs::read(e.path().join("cmdline")).ok()?;
        let args: Vec<String> = cmd
            .split(|b| *b == 0)
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect();
        // A zombie has an empty command line: it has let go of everything.
        let serves = args.iter().any(|a| a == "serve") && args.contains(&want);
        serves.then_some(pid)
    })
}

/// The name of the user running the tests, as the server learns it from the kernel.
pub fn me() -> String {
    perinat::server::access::current_user()
}

/// A terminal of 80×24 in a tmux server of its own, running one command; driven with
/// send-keys and read with capture-pane, the way a person uses perinat.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command` in a new 80×24 session of a tmux server named `name`.
    pub fn start(name: &str, command: &str) -> Tmux {
        let t = Tmux {
            socket: format!("perinat-{name}-{}", std::process::id()),
        };
        t.run(&[
            "new-session",
            "-d",
            "-s",
            "ui",
            "-x",
            "80",
            "-y",
            "24",
            command,
        ]);
        t
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs (CI installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Presses keys, one after the other.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", "ui", k]);
            std::thread::sleep(std::time::Duration::from_millis(70));
        }
    }

    /// Types text.
    pub fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "ui", "-l", text]);
        std::thread::sleep(std::time::Duration::from_millis(70));
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "ui"])
    }

    /// Waits up to `limit` for the screen to show `what`, pressing nothing.
    pub fn wait_for_within(&self, what: &str, limit: std::time::Duration) -> String {
        let start = std::time::Instant::now();
        loop {
            let s = self.screen();
            if s.contains(what) {
                return s;
            }
            if start.elapsed() > limit {
                panic!("the screen did not show {what:?} within {limit:?}:\n{s}");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// Waits up to ten seconds for the screen to show `what`.
    pub fn wait_for(&self, what: &str) -> String {
        self.wait_for_within(what, std::time::Duration::from_secs(10))
    }

    /// Waits until the session has ended (perinat quit).
    pub fn wait_gone(&self) {
        let start = std::time::Instant::now();
        while std::process::Command::new("tmux")
            .args(["-L", &self.socket, "has-session", "-t", "ui"])
            .output()
            .is_ok_and(|o| o.status.success())
        {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "perinat did not quit"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = std::process::Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}
pub mod pg;
