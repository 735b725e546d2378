//! Server benchmark on a large store (100,000 pregnancies unless PERINAT_BENCH_CASES
//! says otherwise). The store is filled in this process, copied aside, then served by
//! the real `perinat serve`; the bench measures, against the targets of the server
//! issue:
//!
//! 1. a save's round trip through the server from one connected client (p95 under 5 ms);
//! 2. the time until 10 other connected clients, each watching in its own thread, have
//!    all heard of a committed save (under 100 ms);
//! 3. `perinat billing --month` through the server (the whole process) against the same
//!    report built directly on the copy of the store (within 1.2×);
//! 4. the server's memory (VmRSS, VmHWM).
//!
//! Run with `cargo bench --bench server`.

use perinat::domain::YearMonth;
use perinat::report::{self, render, ReportSpec, Selection};
use perinat::server::Client;
use perinat::store::{CaseloadApi, Live, SledStore};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

// The allocator of the perinat binary, so that the report built in this process is
// compared with the server on equal terms.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BIN: &str = env!("CARGO_BIN_EXE_perinat");
const TODAY: &str = "2026-11-23";
/// The month before TODAY: the month-end report of the day, the busiest of the demo.
const MONTH: &str = "2026-10";
const SAVES: usize = 200;
const WATCHERS: usize = 10;
const WATCHED_SAVES: usize = 50;

/// The `perinat serve` this bench started, stopped with SIGTERM (also on a panic).
struct Server {
    child: Option<Child>,
    log: PathBuf,
}

impl Server {
    /// Starts the real binary on `dir` (no linger: it runs until SIGTERM) and waits
    /// until its socket accepts connections; returns how long that took.
    fn start(dir: &Path, log: PathBuf) -> (Server, Duration) {
        let start = Instant::now();
        let child = Command::new(BIN)
            .arg("--data-dir")
            .arg(dir)
            .arg("serve")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("server log"))
            .spawn()
            .expect("perinat serve runs");
        let mut server = Server {
            child: Some(child),
            log,
        };
        let socket = perinat::server::socket_path(dir);
        loop {
            if let Some(status) = server.child.as_mut().and_then(|c| c.try_wait().ok()?) {
                server.child = None;
                panic!("perinat serve stopped ({status}):\n{}", server.log_text());
            }
            if UnixStream::connect(&socket).is_ok() {
                return (server, start.elapsed());
            }
            assert!(
                start.elapsed() < Duration::from_secs(300),
                "perinat serve did not answer in 5 minutes:\n{}",
                server.log_text()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// VmRSS and VmHWM of the server, in MB.
    fn memory_mb(&self) -> Option<(u64, u64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()?)).ok()?;
        let field = |name: &str| -> Option<u64> {
            let line = status.lines().find(|l| l.starts_with(name))?;
            let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(kb / 1024)
        };
        Some((field("VmRSS:")?, field("VmHWM:")?))
    }

    /// SIGTERM, then waits for the server to end; returns how long it took.
    fn stop(&mut self) -> Option<Duration> {
        let mut child = self.child.take()?;
        let start = Instant::now();
        let pid = libc::pid_t::try_from(child.id()).ok()?;
        // SAFETY: kill sends a signal to the child this struct started and still owns.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        let status = child.wait().ok()?;
        let took = start.elapsed();
        if !status.success() {
            eprintln!("perinat serve ended with {status}:\n{}", self.log_text());
        }
        Some(took)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "OVER"
    }
}

/// p50, p95 and worst of `v`, with the target for p95.
fn stats(name: &str, mut v: Vec<Duration>, target: Duration) {
    v.sort();
    let p95 = percentile(&v, 95);
    println!(
        "{name:<44} p50 {:>7.2} ms  p95 {:>7.2} ms  max {:>7.2} ms  target p95 {} ms  {}",
        ms(percentile(&v, 50)),
        ms(p95),
        ms(v[v.len() - 1]),
        target.as_millis(),
        verdict(p95 <= target)
    );
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Copies a directory tree (the store, while nothing has it open).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("copy dir");
    for entry in std::fs::read_dir(from).expect("read store dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// What a watching client heard: which watcher, the cases of the commit, and when.
type Heard = (usize, Vec<String>, Instant);

/// Waits until every watcher has heard a commit of case `id`; returns the time from
/// `since` to the last of them, or None when one has not heard it within `patience`.
fn all_heard(
    heard: &Receiver<Heard>,
    id: &str,
    since: Instant,
    patience: Duration,
) -> Option<Duration> {
    let mut seen = [false; WATCHERS];
    let mut last = since;
    let deadline = Instant::now() + patience;
    while seen.iter().any(|s| !s) {
        let left = deadline.checked_duration_since(Instant::now())?;
        let (k, cases, at) = heard.recv_timeout(left).ok()?;
        if cases.iter().any(|c| c == id) && !seen[k] {
            seen[k] = true;
            last = last.max(at);
        }
    }
    Some(last - since)
}

/// The next case to change, with its revision, its mother's name made new.
fn changed(client: &Client, id: &str, n: usize) -> (perinat::domain::model::Pregnancy, u64) {
    let v = client
        .pregnancy_versioned(id)
        .expect("read a case")
        .expect("the case exists");
    let mut p = v.pregnancy;
    p.mother.name = format!("Bench Mother {n}");
    (p, v.revision)
}

fn main() {
    // A client that finds no server starts one by running its own executable with
    // `serve`: here that is this bench. It must never run again in that role.
    if std::env::args().nth(1).as_deref() == Some("serve") {
        eprintln!("the server bench starts its own server; it is not one");
        std::process::exit(2);
    }
    let cases: usize = std::env::var("PERINAT_BENCH_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100_000);
    let today = perinat::domain::dates::parse_date(TODAY).expect("date");
    let month: YearMonth = MONTH.parse().expect("month");
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    let copy = tmp.path().join("copy");

    println!("perinat server benchmark: {cases} pregnancies, today {TODAY}");
    let t = Instant::now();
    let caseload = perinat::demo::generate(cases, 1, today);
    let ids: Vec<String> = caseload.pregnancies.iter().map(|p| p.id.clone()).collect();
    {
        let store = SledStore::open(&data).expect("open the store");
        store.import(caseload, false).expect("import");
    }
    copy_dir(&data, &copy);
    println!(
        "{:<44} {:>8.0} ms",
        "generate, import and copy the store",
        ms(t.elapsed())
    );

    let (mut server, ready) = Server::start(&data, tmp.path().join("server.log"));
    println!(
        "{:<44} {:>8.0} ms   (open, socket)",
        "server ready",
        ms(ready)
    );
    // The day's first start writes the day's backup in the background: measured, then
    // waited for, so that the figures below are those of the rest of the day.
    let t = Instant::now();
    while !daily_backup_written(&data) {
        assert!(t.elapsed() < Duration::from_secs(300), "no daily backup");
        std::thread::sleep(Duration::from_millis(20));
    }
    println!(
        "{:<44} {:>8.0} ms   (in the background, once a day)",
        "the day's backup written",
        ms(ready + t.elapsed())
    );
    std::thread::sleep(Duration::from_millis(500));

    let at_start = server.memory_mb();
    // Cases spread over the whole caseload, a different one for every save.
    let step = (ids.len() / (SAVES + WATCHED_SAVES + 40)).max(1);
    let mut next_case = ids.iter().step_by(step).cycle();
    let mut n = 0usize;

    // 1. A save's round trip from one connected client.
    let writer = Client::connect(&data, false).expect("connect");
    let mut saves = Vec::with_capacity(SAVES);
    for _ in 0..SAVES {
        n += 1;
        let (p, revision) = changed(&writer, next_case.next().expect("case"), n);
        let t = Instant::now();
        writer.save_pregnancy(p, Some(revision)).expect("save");
        saves.push(t.elapsed());
    }
    stats(
        &format!("1. save round trip ({SAVES} saves)"),
        saves,
        Duration::from_millis(5),
    );

    // 2. Ten other clients, each watching in its own thread, hear every commit.
    let (tell, heard) = channel::<Heard>();
    let stop = Arc::new(AtomicBool::new(false));
    let mut threads = Vec::new();
    for k in 0..WATCHERS {
        let client = Client::connect(&data, true).expect("connect a watcher");
        let live = client.watch().expect("the client watches");
        let (tell, stop) = (tell.clone(), stop.clone());
        threads.push(std::thread::spawn(move || {
            let _client = client;
            while !stop.load(Ordering::Relaxed) {
                match live.recv_timeout(Duration::from_millis(50)) {
                    Ok(Live::Committed(c)) => {
                        if tell.send((k, c.cases, Instant::now())).is_err() {
                            return;
                        }
                    }
                    Ok(Live::Lost(why)) => eprintln!("watcher {k} lost the server: {why}"),
                    Ok(Live::Back) => {}
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
        }));
    }
    drop(tell);
    // The watchers register on their own threads: saves until all of them hear one.
    let mut warm = false;
    for _ in 0..20 {
        n += 1;
        let id = next_case.next().expect("case");
        let (p, revision) = changed(&writer, id, n);
        let t = Instant::now();
        writer.save_pregnancy(p, Some(revision)).expect("save");
        if all_heard(&heard, id, t, Duration::from_secs(1)).is_some() {
            warm = true;
            break;
        }
    }
    assert!(warm, "the {WATCHERS} watchers never all heard a save");
    let mut everyone = Vec::with_capacity(WATCHED_SAVES);
    let mut watched_saves = Vec::with_capacity(WATCHED_SAVES);
    let mut missed = 0;
    for _ in 0..WATCHED_SAVES {
        n += 1;
        let id = next_case.next().expect("case");
        let (p, revision) = changed(&writer, id, n);
        let t = Instant::now();
        writer.save_pregnancy(p, Some(revision)).expect("save");
        watched_saves.push(t.elapsed());
        match all_heard(&heard, id, t, Duration::from_secs(10)) {
            Some(d) => everyone.push(d),
            None => missed += 1,
        }
    }
    stats(
        &format!("2. all {WATCHERS} watchers heard ({WATCHED_SAVES} saves)"),
        everyone,
        Duration::from_millis(100),
    );
    if missed > 0 {
        println!("   {missed} saves not heard by every watcher within 10 s");
    }
    stats(
        &format!("   save round trip, {WATCHERS} watching"),
        watched_saves,
        Duration::from_millis(5),
    );
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        let _ = t.join();
    }
    // Every receiver is gone: the clients' watching threads end when the server goes
    // instead of reconnecting (which would start a server).
    drop(heard);

    // 3. The billing report through the server (the whole process) and directly.
    let args = [
        "billing", "--month", MONTH, "--format", "json", "--today", TODAY,
    ];
    let mut through = Vec::new();
    let mut printed = String::new();
    for _ in 0..5 {
        let t = Instant::now();
        let out = Command::new(BIN)
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .expect("perinat billing runs");
        through.push(t.elapsed());
        if !out.status.success() {
            panic!(
                "perinat billing failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        printed = String::from_utf8_lossy(&out.stdout).into_owned();
    }
    let copy_store = SledStore::open(&copy).expect("open the copy");
    let mut direct = Vec::new();
    let mut built = String::new();
    let mut lines = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let r = report::build(
            &copy_store,
            &ReportSpec::new(Selection::Month(month), today),
        )
        .expect("report");
        built = render::json(&r);
        direct.push(t.elapsed());
        lines = r.lines.len();
    }
    let mut in_process = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let r = report::build(&writer, &ReportSpec::new(Selection::Month(month), today))
            .expect("report");
        let _ = render::json(&r);
        in_process.push(t.elapsed());
    }
    let (through, direct, in_process) = (median(through), median(direct), median(in_process));
    let ratio = through.as_secs_f64() / direct.as_secs_f64();
    println!("3. billing --month {MONTH}, {lines} lines, JSON (median of 5):");
    println!(
        "{:<44} {:>8.1} ms",
        "   perinat billing, through the server",
        ms(through)
    );
    println!(
        "{:<44} {:>8.1} ms",
        "   built directly on a copy of the store",
        ms(direct)
    );
    println!(
        "{:<44} {:>8.2}×      target 1.20×  {}",
        "   ratio",
        ratio,
        verdict(ratio <= 1.2)
    );
    println!(
        "{:<44} {:>8.1} ms   (a connected Client in this process)",
        "   built over the socket, no process start",
        ms(in_process)
    );
    println!(
        "   the same report both ways: {}",
        printed.trim_end() == built.trim_end()
    );

    // 4. The server's memory after all that.
    match server.memory_mb() {
        Some((rss, hwm)) => println!("{:<44} VmRSS {rss} MB  VmHWM {hwm} MB", "4. server memory"),
        None => println!("4. server memory: /proc/PID/status not readable here"),
    }
    if let Some((rss, hwm)) = at_start {
        println!(
            "{:<44} VmRSS {rss} MB  VmHWM {hwm} MB",
            "   (after the day's backup)"
        );
    }

    drop(writer);
    match server.stop() {
        Some(took) => println!(
            "{:<44} {:>8.0} ms",
            "server stopped after SIGTERM",
            ms(took)
        ),
        None => println!("the server could not be stopped"),
    }
}

/// True once the backups directory of the store in `dir` holds a daily backup (written
/// atomically: a file there is whole).
fn daily_backup_written(dir: &Path) -> bool {
    std::fs::read_dir(dir.join("backups")).is_ok_and(|d| {
        d.flatten().any(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.ends_with("-daily.json") || n.ends_with("-daily.json.zst")
        })
    })
}
