//! End to end: the real binary in a real terminal (tmux), driven with send-keys and read
//! with capture-pane, the way a person would use it; then the CLI reads what it saved.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const TODAY: &str = "2025-05-25";

struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `command` in a new 80×24 session.
    fn start(&self, command: &str) {
        self.run(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            "80",
            "-y",
            "24",
            command,
        ]);
    }

    /// Waits until the session has ended (perinat quit).
    fn wait_gone(&self) {
        let start = Instant::now();
        while Command::new("tmux")
            .args(["-L", &self.socket, "has-session", "-t", "e2e"])
            .output()
            .is_ok_and(|o| o.status.success())
        {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "perinat did not quit"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs (CI installs it)");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", "e2e", k]);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "e2e", "-l", text]);
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "e2e"])
    }

    /// Waits until the screen shows `what`.
    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(what) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("the screen never showed {what:?}:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

fn perinat(data: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_perinat"))
        .env("PERINAT_LANG", "en")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("perinat runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn billed_in_may(data: &Path) -> usize {
    let json = perinat(
        data,
        &[
            "billing", "--month", "2025-05", "--format", "json", "--today", TODAY,
        ],
    );
    json.matches("\"status\": \"billed\"").count()
}

#[test]
fn open_search_record_a_follow_up_mark_billed_and_quit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("store");
    perinat(
        &data,
        &["demo", "--cases", "40", "--seed", "7", "--today", TODAY],
    );
    let before = billed_in_may(&data);
    let today = perinat::domain::dates::parse_date(TODAY).expect("date");
    let demo = perinat::demo::generate(40, 7, today);
    // A scenario B case with a coordinator, whose name is unique.
    let case = demo
        .pregnancies
        .iter()
        .find(|p| {
            !p.coordinators.is_empty()
                && demo
                    .pregnancies
                    .iter()
                    .filter(|q| q.mother.name == p.mother.name)
                    .count()
                    == 1
        })
        .expect("a coordinated case");
    let follow_ups = case.follow_ups.len();

    let tmux = Tmux {
        socket: format!("perinat-e2e-{}", std::process::id()),
    };
    let command = format!(
        "{} --lang en --data-dir {} --today {TODAY}",
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    tmux.start(&command);
    tmux.wait_for("of 40 cases");

    // Search, then open the case.
    tmux.keys(&["/"]);
    tmux.text(&case.mother.name);
    tmux.keys(&["Enter"]);
    tmux.wait_for("1 of 40 cases");
    tmux.keys(&["Enter"]);
    tmux.wait_for(&case.id);

    // Record a follow-up: date, vulnerability, status, note.
    tmux.keys(&["f"]);
    tmux.wait_for("Follow-up of");
    tmux.keys(&["Tab", "Tab", "Tab"]);
    tmux.text("visited at home");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Saved:");

    // Billing: mark the first line billed today.
    tmux.keys(&["2"]);
    tmux.wait_for("Services of May 2025");
    tmux.keys(&["b"]);
    tmux.wait_for("Billed on");
    tmux.keys(&["Enter"]);
    tmux.wait_for("marked billed");

    // Quit: back to the list, then out.
    tmux.keys(&["q", "q"]);
    tmux.wait_gone();

    assert_eq!(billed_in_may(&data), before + 1);
    let export = perinat(&data, &["export"]);
    let json: serde_json::Value = serde_json::from_str(&export).expect("json");
    let stored = json["pregnancies"]
        .as_array()
        .and_then(|a| a.iter().find(|p| p["id"] == case.id.as_str()))
        .expect("the case");
    let notes: Vec<&str> = stored["follow_ups"]
        .as_array()
        .expect("follow-ups")
        .iter()
        .filter_map(|f| f["note"].as_str())
        .collect();
    assert_eq!(notes.len(), follow_ups + 1);
    assert!(notes.contains(&"visited at home"));
}

#[test]
fn the_language_switched_in_the_ui_is_remembered() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let config = tmp.path().join("config").join("config.toml");
    perinat(
        &data,
        &["demo", "--cases", "40", "--seed", "7", "--today", TODAY],
    );
    // No flag, no PERINAT_LANG, a C locale: French, the default.
    let command = format!(
        "env -u PERINAT_LANG LC_ALL=C PERINAT_CONFIG={} {} --data-dir {} --today {TODAY}",
        config.display(),
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    let tmux = Tmux {
        socket: format!("perinat-lang-{}", std::process::id()),
    };
    tmux.start(&command);
    tmux.wait_for("sur 40 dossiers");
    tmux.keys(&["L"]);
    tmux.wait_for("Taal: Nederlands");
    tmux.wait_for("van 40 dossiers");
    tmux.keys(&["q"]);
    tmux.wait_gone();
    let saved = std::fs::read_to_string(&config).expect("the config file was written");
    assert!(saved.contains("lang = \"nl\""), "{saved}");
    // The next start speaks Dutch.
    tmux.start(&command);
    tmux.wait_for("van 40 dossiers");
    tmux.keys(&["q"]);
    tmux.wait_gone();
}
