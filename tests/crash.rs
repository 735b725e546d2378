//! Crash safety, proven by killing the real binaries: each round starts `perinat import`
//! on a batch of small caseload files (each its own atomic, flushed write, acknowledged
//! on standard output once saved) and kills, with SIGKILL at a random moment, either that
//! client (the server must carry on unharmed) or the server that owns the store (the
//! client starts another and goes on); then it reads the store through a fresh server
//! and checks that it opens cleanly, that every acknowledged write is there, and that no
//! file was half imported.
//!
//! `cargo test --test crash` runs 50 rounds of each; set PERINAT_CRASH_ROUNDS (e.g.
//! 1000) for a soak. The figures are printed (`-- --nocapture` to see them).

#![cfg(unix)]

use rand::{RngExt, SeedableRng};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FILES_PER_ROUND: usize = 20;
const ROUNDS_PER_STORE: usize = 50;

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_perinat"))
}

/// Writes a caseload file with two new pregnancies (`<tag>-a`, `<tag>-b`), built on the
/// practice fixture's providers and its third case.
fn write_file(dir: &Path, template: &serde_json::Value, tag: &str) -> PathBuf {
    let mut file = template.clone();
    let case = template["pregnancies"][2].clone();
    let mut cases = Vec::new();
    for half in ["a", "b"] {
        let mut c = case.clone();
        c["id"] = serde_json::Value::String(format!("{tag}-{half}"));
        cases.push(c);
    }
    file["pregnancies"] = serde_json::Value::Array(cases);
    let path = dir.join(format!("{tag}.json"));
    std::fs::write(&path, serde_json::to_vec(&file).expect("json")).expect("write file");
    path
}

/// The cases the journal gives, replayed over the oldest backup (or from the start).
fn journal_ids(store: &Path) -> BTreeSet<String> {
    let oldest = perinat::backup::list(&perinat::backup::dir_of(store))
        .expect("backups")
        .into_iter()
        .next();
    let mut base = match &oldest {
        Some(b) => {
            let text = perinat::backup::read_text(&b.path).expect("backup reads");
            perinat::interchange::parse(&text)
                .expect("backup parses")
                .caseload
        }
        None => perinat::domain::model::Caseload::default(),
    };
    let r = perinat::backup::journal::replay(
        store,
        oldest.as_ref().map(|b| b.path.as_path()),
        &mut base,
    );
    assert!(
        r.problems.iter().all(|p| p.contains("cut short")),
        "journal problems: {:?}",
        r.problems
    );
    base.pregnancies.into_iter().map(|p| p.id).collect()
}

fn stored_ids(store: &Path) -> BTreeSet<String> {
    let out = Command::new(binary())
        .arg("--data-dir")
        .arg(store)
        .arg("export")
        .env_remove("PERINAT_DATA_DIR")
        .env("PERINAT_LINGER", "0")
        .output()
        .expect("run export");
    assert!(
        out.status.success(),
        "the store must open cleanly after a kill: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("export is JSON");
    v["pregnancies"]
        .as_array()
        .expect("pregnancies")
        .iter()
        .filter_map(|p| p["id"].as_str().map(str::to_string))
        .collect()
}

/// Which process a round kills.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Victim {
    /// `perinat import`, the client: the server must finish or drop its request whole.
    Client,
    /// The server owning the store, in the middle of the client's writes.
    Server,
}

#[test]
fn acknowledged_writes_survive_sigkill_of_the_client() {
    crash_rounds(Victim::Client);
}

#[test]
fn acknowledged_writes_survive_sigkill_of_the_server() {
    crash_rounds(Victim::Server);
}

/// Starts the server of `store` in the foreground and waits until it answers.
fn start_server(store: &Path) -> std::process::Child {
    let child = Command::new(binary())
        .arg("--data-dir")
        .arg(store)
        .arg("serve")
        .env_remove("PERINAT_DATA_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn perinat serve");
    let start = Instant::now();
    while std::os::unix::net::UnixStream::connect(store.join("perinat.sock")).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the server never answered"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    child
}

fn crash_rounds(victim: Victim) {
    let rounds: usize = std::env::var("PERINAT_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let seed: u64 = std::env::var("PERINAT_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(rand::random);
    let mut rng = rand::rngs::ChaCha8Rng::seed_from_u64(seed);
    let template: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/practice.json").expect("fixture"),
    )
    .expect("fixture JSON");
    let tmp = tempfile::tempdir().expect("tempdir");
    let files_dir = tmp.path().join("files");
    std::fs::create_dir(&files_dir).expect("mkdir");

    let (mut acked_total, mut found_total, mut lost_total, mut killed) = (0, 0, 0, 0);
    let mut acked_in_store: BTreeSet<String> = BTreeSet::new();
    // How long a whole batch takes, measured as it goes, to aim the kills inside it.
    let mut batch_ms: u64 = 200;
    let mut store = tmp.path().join("store-0");
    let started = Instant::now();
    for round in 0..rounds {
        if round % ROUNDS_PER_STORE == 0 {
            store = tmp.path().join(format!("store-{round}"));
            acked_in_store.clear();
        }
        let files: Vec<PathBuf> = (0..FILES_PER_ROUND)
            .map(|i| write_file(&files_dir, &template, &format!("r{round}-{i}")))
            .collect();
        // The server: started here when it is the one killed, else by the client.
        let mut server = (victim == Victim::Server).then(|| start_server(&store));
        let mut child = Command::new(binary())
            .arg("--data-dir")
            .arg(&store)
            .arg("import")
            .args(&files)
            .env_remove("PERINAT_DATA_DIR")
            .env("PERINAT_LANG", "en")
            .env("PERINAT_LINGER", "0")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn perinat");
        let stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            // "Imported <file>: ..." is printed once the file is saved and flushed.
            let mut acked = Vec::new();
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("Imported ") {
                    if let Some((file, _)) = rest.split_once(": ") {
                        acked.push(file.to_string());
                    }
                }
            }
            acked
        });
        let t0 = Instant::now();
        let delay = rng.random_range(0..=batch_ms);
        std::thread::sleep(Duration::from_millis(delay));
        match server.as_mut() {
            Some(server) => {
                if server.try_wait().expect("try_wait").is_none()
                    && child.try_wait().expect("try_wait").is_none()
                {
                    killed += 1;
                }
                server.kill().expect("SIGKILL");
                server.wait().expect("wait");
            }
            None => {
                if child.try_wait().expect("try_wait").is_none() {
                    child.kill().expect("SIGKILL");
                    killed += 1;
                }
            }
        }
        // A killed server leaves the client to start another and go on, or to report
        // the write it could not be sure of; it never hangs.
        let status = child.wait().expect("wait");
        if status.success() {
            batch_ms = (batch_ms * 3 + t0.elapsed().as_millis() as u64) / 4;
        }
        let acked = reader.join().expect("reader");
        let ids = stored_ids(&store);
        // After a server was killed (no write is in flight once the client is done):
        // the journal agrees with the store, replayed over the oldest backup (or from
        // the store's creation) it gives the very same cases.
        if victim == Victim::Server {
            assert_eq!(
                journal_ids(&store),
                ids,
                "round {round}: the journal and the store disagree"
            );
        }
        for file in &acked {
            let tag = Path::new(file)
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("file tag");
            acked_in_store.insert(tag.to_string());
        }
        acked_total += acked.len();
        // Every write acknowledged so far in this store must still be there, whole.
        for tag in &acked_in_store {
            let (a, b) = (
                ids.contains(&format!("{tag}-a")),
                ids.contains(&format!("{tag}-b")),
            );
            if !(a && b) {
                lost_total += 1;
                eprintln!("round {round}: acknowledged write {tag} lost (a: {a}, b: {b})");
            }
        }
        found_total += acked
            .iter()
            .filter(|f| {
                let tag = Path::new(f)
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("");
                ids.contains(&format!("{tag}-a"))
            })
            .count();
        // Never half a file: both cases of a file or neither.
        for i in 0..FILES_PER_ROUND {
            let tag = format!("r{round}-{i}");
            assert_eq!(
                ids.contains(&format!("{tag}-a")),
                ids.contains(&format!("{tag}-b")),
                "round {round}: file {tag} was half imported"
            );
        }
        for f in files {
            let _ = std::fs::remove_file(f);
        }
    }
    println!(
        "crash test, {victim:?} killed (seed {seed}): {rounds} rounds, {killed} kills mid-run, {acked_total} acknowledged writes, \
         {found_total} writes found, {lost_total} writes lost, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        acked_total > 0,
        "no write was ever acknowledged: the kills came too early"
    );
    assert_eq!(lost_total, 0, "acknowledged writes were lost (seed {seed})");
}
