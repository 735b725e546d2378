//! Scale benchmark: runs the real `perinat` binary on a synthetic caseload (100,000
//! pregnancies unless PERINAT_BENCH_CASES says otherwise) and prints the figures against
//! the targets of the foundation issue: `import` under 10 s, `export` under 5 s and
//! `billing --month` under 500 ms for the whole process.
//!
//! Run with `cargo bench --bench scale`.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_perinat");
const TODAY: &str = "2026-11-23";

fn run(store: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(store)
        .args(args)
        .output()
        .expect("perinat runs");
    let took = start.elapsed();
    if !out.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&out.stderr));
        panic!("perinat {args:?} failed");
    }
    took
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn row(what: &str, took: Duration, target: Option<Duration>) {
    let verdict = match target {
        Some(t) if took <= t => format!("target {:>6} ms  ok", t.as_millis()),
        Some(t) => format!("target {:>6} ms  OVER", t.as_millis()),
        None => String::new(),
    };
    println!("{what:<40} {:>8} ms   {verdict}", took.as_millis());
}

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let cases: usize = std::env::var("PERINAT_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let tmp = tempfile::tempdir().expect("temp dir");
    let store = tmp.path().join("store");
    let file = tmp.path().join("demo.json");
    let exported = tmp.path().join("export.json");
    let n = cases.to_string();

    println!("perinat scale benchmark: {cases} pregnancies, today {TODAY}");
    let t = run(
        &store,
        &[
            "demo",
            "--cases",
            &n,
            "--seed",
            "1",
            "--today",
            TODAY,
            "--out",
            file.to_str().unwrap(),
        ],
    );
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    row(&format!("demo --out ({} MB)", size / 1_000_000), t, None);
    row(
        "import",
        run(&store, &["import", file.to_str().unwrap()]),
        Some(Duration::from_secs(10)),
    );
    for month in ["2026-10", "2025-06"] {
        let times: Vec<Duration> = (0..5)
            .map(|_| {
                run(
                    &store,
                    &[
                        "billing", "--month", month, "--today", TODAY, "--format", "json",
                    ],
                )
            })
            .collect();
        let worst = *times.iter().max().unwrap_or(&Duration::ZERO);
        row(
            &format!("billing --month {month} (median of 5)"),
            median(times),
            Some(Duration::from_millis(500)),
        );
        row(
            &format!("billing --month {month} (worst of 5)"),
            worst,
            None,
        );
    }
    row(
        "billing --month 2026-10 --format table",
        run(&store, &["billing", "--month", "2026-10", "--today", TODAY]),
        Some(Duration::from_millis(500)),
    );
    row(
        "billing --unbilled (full scan)",
        run(
            &store,
            &[
                "billing",
                "--unbilled",
                "--today",
                TODAY,
                "--format",
                "json",
            ],
        ),
        None,
    );
    row(
        "export",
        run(&store, &["export", exported.to_str().unwrap()]),
        Some(Duration::from_secs(5)),
    );
    let same = std::fs::read(&file).ok() == std::fs::read(&exported).ok();
    println!("export identical to the imported file: {same}");
}
