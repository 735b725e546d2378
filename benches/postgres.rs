//! PostgreSQL against sled, side by side, on a large caseload (100,000 pregnancies
//! unless PERINAT_BENCH_CASES says otherwise): import, `billing --month`,
//! `billing --unbilled`, a save's round trip (p50/p95) and the time until 10 listening
//! UIs have all heard a save. PostgreSQL is a throw-away cluster started here (fsync
//! on, as a real server), reached over its Unix socket; sled is the embedded store
//! opened directly (benches/server.rs measures it through the perinat server). Skips,
//! saying so, when PostgreSQL 15 is not installed.
//!
//! Run with `cargo bench --bench postgres`.

#[path = "../tests/common/pg.rs"]
mod pg;

use perinat::domain::YearMonth;
use perinat::report::{self, render, ReportSpec, Selection};
use perinat::store::postgres::PgStore;
use perinat::store::{CaseloadApi, Live, SledStore};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:>9.1} ms", d.as_secs_f64() * 1000.0)
}

/// What one store did.
struct Figures {
    import: Duration,
    month: Duration,
    month_lines: usize,
    unbilled: Duration,
    unbilled_lines: usize,
    save_p50: Duration,
    save_p95: Duration,
    heard: Duration,
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

/// Runs the measures on `store`; `listeners` makes the 10 listening UIs.
fn measure(
    store: &dyn CaseloadApi,
    caseload: &perinat::domain::model::Caseload,
    listeners: &dyn Fn() -> Vec<Receiver<Live>>,
    today: chrono::NaiveDate,
) -> Figures {
    let month = YearMonth::of(today).previous();
    let ((), import) = timed(|| {
        store.import(caseload.clone(), false).expect("import");
    });
    let (month_lines, month_time) = timed(|| {
        let r =
            report::build(store, &ReportSpec::new(Selection::Month(month), today)).expect("report");
        let _ = render::json(&r);
        r.lines.len()
    });
    let (unbilled_lines, unbilled) = timed(|| {
        let r = report::build(store, &ReportSpec::new(Selection::Unbilled, today)).expect("report");
        let _ = render::json(&r);
        r.lines.len()
    });
    let id = caseload.pregnancies[caseload.pregnancies.len() / 2]
        .id
        .clone();
    let mut saves = Vec::new();
    for i in 0..200 {
        let v = store.pregnancy_versioned(&id).expect("read").expect("case");
        let mut p = v.pregnancy;
        p.mother.name = format!("Bench save {i}");
        let ((), t) = timed(|| {
            store.save_pregnancy(p, Some(v.revision)).expect("save");
        });
        saves.push(t);
    }
    saves.sort();
    let ears = listeners();
    // Let every listener be connected before the save they are to hear.
    std::thread::sleep(Duration::from_millis(500));
    for rx in &ears {
        while rx.try_recv().is_ok() {}
    }
    let mut p = store.pregnancy(&id).expect("read").expect("case");
    p.mother.name = "Bench heard".into();
    let start = Instant::now();
    store.put_pregnancy(p).expect("save");
    for rx in &ears {
        loop {
            match rx.recv_timeout(Duration::from_secs(10)) {
                Ok(Live::Committed(_)) => break,
                Ok(_) => {}
                Err(e) => panic!("a listener heard nothing: {e}"),
            }
        }
    }
    let heard = start.elapsed();
    Figures {
        import,
        month: month_time,
        month_lines,
        unbilled,
        unbilled_lines,
        save_p50: percentile(&saves, 50),
        save_p95: percentile(&saves, 95),
        heard,
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    if let Err(why) = pg::bin_dir() {
        println!("postgres benchmark skipped: {why}");
        return;
    }
    let cases: usize = std::env::var("PERINAT_BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 15).expect("date");
    let caseload = perinat::demo::generate(cases, 1, today);
    println!(
        "{cases} pregnancies; month {}; today {today}",
        YearMonth::of(today).previous()
    );

    let tmp = tempfile::tempdir().expect("tempdir");
    let sled = SledStore::open(&tmp.path().join("sled")).expect("sled");
    let sled_figures = measure(
        &sled,
        &caseload,
        &|| (0..10).filter_map(|_| sled.watch()).collect(),
        today,
    );
    drop(sled);

    let cluster = pg::Pg::start(true);
    let url = cluster.database("bench");
    let store = PgStore::connect(&url).expect("connect");
    let pg_figures = measure(
        &store,
        &caseload,
        &|| {
            (0..10)
                .filter_map(|_| PgStore::connect(&url).expect("connect").watch())
                .collect()
        },
        today,
    );
    // The month's report reads the month index, not every case.
    let month = YearMonth::of(today).previous().to_string();
    let plan = cluster
        .client("bench")
        .query(
            "EXPLAIN SELECT c.record FROM case_months m JOIN cases c ON c.id = m.case_id
              WHERE m.month = $1 ORDER BY c.id",
            &[&month],
        )
        .expect("explain");
    let plan: Vec<String> = plan.iter().map(|r| r.get::<_, String>(0)).collect();

    println!("{:<34} {:>12} {:>12}", "", "sled", "PostgreSQL");
    let row = |name: &str, a: Duration, b: Duration| {
        println!("{name:<34} {} {}", ms(a), ms(b));
    };
    let (s, p) = (&sled_figures, &pg_figures);
    row("import", s.import, p.import);
    row(
        &format!("billing --month ({} lines)", p.month_lines),
        s.month,
        p.month,
    );
    row(
        &format!("billing --unbilled ({} lines)", p.unbilled_lines),
        s.unbilled,
        p.unbilled,
    );
    row("save round trip p50", s.save_p50, p.save_p50);
    row("save round trip p95", s.save_p95, p.save_p95);
    row("10 listening UIs heard a save", s.heard, p.heard);
    assert_eq!(s.month_lines, p.month_lines, "the same month report");
    assert_eq!(s.unbilled_lines, p.unbilled_lines, "the same unbilled list");
    println!("PostgreSQL's plan of the month's read:");
    for line in plan {
        println!("  {line}");
    }
}
