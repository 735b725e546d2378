//! The perinat server, through the real binaries: UIs in tmux and commands at the same
//! time on one store, live refresh, stale edits, eight concurrent writers, access by
//! Unix user and group, other versions, garbage on the socket, a stale socket file, and
//! a client killed in the middle of a request.

#![cfg(unix)]

mod common;

use perinat::domain::model::{Caseload, Pregnancy, Region};
use perinat::server::protocol::{self, Hello, Welcome};
use perinat::store::{CaseloadApi, Live};
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TODAY: &str = "2025-05-25";
const PRACTICE: &str = "tests/fixtures/practice.json";

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_perinat"))
}

/// `perinat --data-dir DATA ARGS…` in English; its output, which must be a success.
fn perinat(data: &Path, args: &[&str]) -> String {
    common::stdout(common::perinat(data).args(args))
}

/// The practice's server, run in the foreground as a service manager would, stopped
/// with SIGTERM when the test ends.
struct Server {
    child: Child,
}

impl Server {
    fn start(data: &Path) -> Server {
        let child = Command::new(binary())
            .env("PERINAT_LANG", "en")
            .arg("--data-dir")
            .arg(data)
            .arg("serve")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("perinat serve");
        let start = Instant::now();
        while UnixStream::connect(data.join("perinat.sock")).is_err() {
            assert!(start.elapsed() < Duration::from_secs(20), "no server");
            std::thread::sleep(Duration::from_millis(10));
        }
        Server { child }
    }

    /// Stops the server and returns what it logged.
    fn stop(mut self) -> String {
        let pid = self.child.id() as i32;
        // SAFETY: a signal to our own child process.
        unsafe { libc::kill(pid, libc::SIGTERM) };
        let mut log = String::new();
        if let Some(mut err) = self.child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut err, &mut log);
        }
        let _ = self.child.wait();
        log
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A store holding the practice fixture.
fn practice() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    perinat(&data, &["import", PRACTICE]);
    common::server_stopped(&data);
    (tmp, data)
}

/// A caseload file with one new pregnancy, for an import while others work.
fn one_case_file(dir: &Path, id: &str, name: &str) -> PathBuf {
    let due = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).expect("date");
    let caseload = Caseload {
        pregnancies: vec![Pregnancy::new(id, name, Region::Brussels, due)],
        ..Caseload::default()
    };
    let text = perinat::interchange::to_string(&caseload, perinat::domain::Catalog::builtin());
    let path = dir.join(format!("{id}.json"));
    std::fs::write(&path, text).expect("write");
    path
}

/// A perinat UI in a tmux session of its own, 80×24.
struct Ui(common::Tmux);

impl Ui {
    fn open(data: &Path, name: &str) -> Ui {
        let command = format!(
            "{} --lang en --data-dir {} --today {TODAY}",
            binary().display(),
            data.display()
        );
        Ui(common::Tmux::start(&format!("srv-{name}"), &command))
    }

    fn keys(&self, keys: &[&str]) {
        self.0.keys(keys)
    }

    fn text(&self, text: &str) {
        self.0.text(text)
    }

    fn screen(&self) -> String {
        self.0.screen()
    }

    fn shows_within(&self, what: &str, limit: Duration) -> String {
        self.0.wait_for_within(what, limit)
    }

    fn shows(&self, what: &str) -> String {
        self.0.wait_for(what)
    }

    /// Searches Alice, opens her case, and opens its edit form on her name.
    fn edit_alice(&self) {
        self.open_alice();
        self.keys(&["e"]);
        self.shows("Name");
    }

    fn open_alice(&self) {
        self.keys(&["/"]);
        self.text("Alice");
        self.keys(&["Enter", "Enter"]);
        self.shows("c-A");
    }
}

#[test]
fn commands_run_while_a_ui_is_open_and_its_screen_shows_their_import_live() {
    let (tmp, data) = practice();
    let ui = Ui::open(&data, "live");
    ui.shows("of 3 cases");
    // Every other command works meanwhile, reads and writes.
    let billing = perinat(&data, &["billing", "--month", "2025-03", "--today", TODAY]);
    assert!(billing.contains("March 2025"), "{billing}");
    assert!(perinat(&data, &["cases", "--today", TODAY]).contains("Alice Exemple"));
    assert!(perinat(&data, &["export"]).contains("\"c-A\""));
    let file = one_case_file(tmp.path(), "c-live", "Zelda Livetest");
    let imported = perinat(&data, &["import", file.to_str().expect("path")]);
    assert!(imported.contains("1 added"), "{imported}");
    // The open UI shows it by itself, within two seconds.
    let screen = ui.shows_within("Zelda Livetest", Duration::from_secs(2));
    assert!(screen.contains("of 4 cases"), "{screen}");
}

#[test]
fn two_uis_side_by_side_each_see_the_others_edit() {
    let (_tmp, data) = practice();
    let a = Ui::open(&data, "a");
    let b = Ui::open(&data, "b");
    a.shows("of 3 cases");
    b.shows("of 3 cases");
    // Both open Alice's case.
    a.open_alice();
    b.open_alice();
    // A renames her; B sees it without a key.
    a.keys(&["e"]);
    a.shows("Name");
    a.text(" Alpha");
    a.keys(&["Enter"]);
    a.shows("Saved:");
    b.shows_within("Alice Exemple Alpha", Duration::from_secs(2));
    // B renames her again; A sees it.
    b.keys(&["e"]);
    b.shows("Name");
    b.text(" Beta");
    b.keys(&["Enter"]);
    b.shows("Saved:");
    a.shows_within("Alice Exemple Alpha Beta", Duration::from_secs(2));
}

#[test]
fn a_stale_edit_is_refused_naming_who_changed_what_and_the_form_keeps_its_text() {
    let (_tmp, data) = practice();
    let ui = Ui::open(&data, "stale");
    ui.shows("of 3 cases");
    ui.edit_alice();
    ui.text(" Mine");
    // Meanwhile a colleague marks one of Alice's services billed.
    let _ = common::mark_billed(&data, Some("192.0.2.9 50000 22"));
    ui.keys(&["Enter"]);
    let screen = ui.shows("not saved");
    let me = common::me();
    assert!(screen.contains(&me), "names who changed it:\n{screen}");
    assert!(
        screen.contains("Alice Exemple Mine"),
        "the form keeps the text:\n{screen}"
    );
    // Having seen it, she saves again: hers goes on top, the billing mark stays.
    ui.keys(&["Enter"]);
    ui.shows("Saved:");
    let export = perinat(&data, &["export"]);
    assert!(export.contains("Alice Exemple Mine"), "{export}");
    assert!(export.contains("\"billed_on\": \"2025-05-26\""), "{export}");
}

/// One writer process: run by `eight_writers…` through this test binary itself, it
/// makes 100 edits of its own case through the server.
#[test]
#[ignore = "a helper process of eight_concurrent_writers_leave_every_edit_and_its_audit_entry"]
fn writer_process() {
    let (Ok(dir), Ok(case)) = (
        std::env::var("PERINAT_TEST_DATA"),
        std::env::var("PERINAT_TEST_CASE"),
    ) else {
        return;
    };
    let client = perinat::server::Client::connect(Path::new(&dir), false).expect("connect");
    for i in 0..100 {
        let v = client
            .pregnancy_versioned(&case)
            .expect("read")
            .expect("the case");
        let mut p = v.pregnancy;
        p.mother.name = format!("Writer {case} edit {i}");
        client.save_pregnancy(p, Some(v.revision)).expect("save");
    }
}

#[test]
fn eight_concurrent_writers_leave_every_edit_and_its_audit_entry() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    let ids: Vec<String> = (0..8).map(|i| format!("c-w{i}")).collect();
    for id in &ids {
        let file = one_case_file(tmp.path(), id, "Writer");
        perinat(&data, &["import", file.to_str().expect("path")]);
    }
    common::server_stopped(&data);
    // Half the writers run as another user of the directory's group, when the tests
    // can switch users (as root); the audit trail must name each one's real user.
    let other = as_other_user_of_the_group(&data);
    let server = Server::start(&data);
    let writers: Vec<(String, Child)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let exe = std::env::current_exe().expect("test binary");
            let mut c = match (&other, i % 2) {
                (Some(_), 1) => {
                    let mut c = Command::new("setpriv");
                    c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                        .arg(exe);
                    c
                }
                _ => Command::new(exe),
            };
            c.args(["--ignored", "--exact", "writer_process", "--nocapture"])
                .env("PERINAT_TEST_DATA", &data)
                .env("PERINAT_TEST_CASE", id)
                .stdout(Stdio::null());
            (id.clone(), c.spawn().expect("writer"))
        })
        .collect();
    for (id, mut w) in writers {
        assert!(w.wait().expect("writer").success(), "writer of {id} failed");
    }
    let client = perinat::server::Client::connect(&data, false).expect("connect");
    let mut edits: std::collections::BTreeMap<(String, String), usize> = Default::default();
    client
        .scan_audit(&mut |e| {
            if e.action == perinat::store::AuditAction::PutPregnancy {
                let key = (e.subject.clone().unwrap_or_default(), e.by.user.clone());
                *edits.entry(key).or_default() += 1;
            }
            true
        })
        .expect("audit");
    let total: usize = edits.values().sum();
    assert_eq!(total, 800, "{edits:?}");
    let me = common::me();
    for (i, id) in ids.iter().enumerate() {
        let user = match (&other, i % 2) {
            (Some(name), 1) => name.clone(),
            _ => me.clone(),
        };
        assert_eq!(
            edits.get(&(id.clone(), user.clone())),
            Some(&100),
            "{id} by {user}: {edits:?}"
        );
        let p = client.pregnancy(id).expect("read").expect("case");
        assert_eq!(p.mother.name, format!("Writer {id} edit 99"));
    }
    drop(client);
    server.stop();
}

/// When the tests run as root: gives the data directory to group `nogroup`, so that
/// user `nobody` (whose group it is) may use it, and returns that user's name.
fn as_other_user_of_the_group(data: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let exe = std::env::current_exe().ok()?;
    if perinat::server::access::current_user() != "root" || !has_setpriv() || !others_can_run(&exe)
    {
        eprintln!("not root, no setpriv, or a checkout others cannot reach: every writer runs as this user");
        return None;
    }
    // The practice's one documented command, with nobody's group as the practice's.
    let shared = perinat(data, &["share", "nogroup"]);
    assert!(shared.contains("now shared with group nogroup"), "{shared}");
    let mode = std::fs::metadata(data).expect("dir").permissions().mode() & 0o777;
    assert_eq!(mode, 0o710);
    // nobody must reach the directory through its parents.
    let mut p = data.parent();
    while let Some(dir) = p {
        let mode = std::fs::metadata(dir).ok()?.permissions().mode();
        if mode & 0o001 == 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode | 0o001)).ok()?;
        }
        p = dir.parent();
    }
    Some("nobody".into())
}

/// True when any user can run `exe`: every directory above it lets others through, and
/// the file lets them run it (a checkout under /root does not).
fn others_can_run(exe: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| {
        std::fs::metadata(p)
            .map(|m| m.permissions().mode())
            .unwrap_or(0)
    };
    mode(exe) & 0o005 == 0o005 && exe.ancestors().skip(1).all(|d| mode(d) & 0o001 != 0)
}

fn has_setpriv() -> bool {
    Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_user_outside_the_group_is_refused_with_the_group_to_join() {
    use std::os::unix::fs::PermissionsExt;
    if perinat::server::access::current_user() != "root"
        || !has_setpriv()
        || !others_can_run(&binary())
    {
        eprintln!("skipped: needs root, setpriv and a binary others can run, to run a client as another user");
        return;
    }
    let (tmp, data) = practice();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o711)).expect("chmod");
    let server = Server::start(&data);
    let as_daemon = |args: &[&str]| {
        Command::new("setpriv")
            .args(["--reuid=1", "--regid=1", "--clear-groups"])
            .arg(binary())
            .env("PERINAT_LANG", "en")
            .env("PERINAT_CONFIG", "/nonexistent/config.toml")
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .expect("setpriv")
    };
    // The directory keeps strangers out: the client says which group to join.
    let out = as_daemon(&["cases"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("group root"), "{err}");
    // Even past the file permissions, the server asks the kernel who is there.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o711)).expect("chmod");
    std::fs::set_permissions(
        data.join("perinat.sock"),
        std::fs::Permissions::from_mode(0o666),
    )
    .expect("chmod");
    let out = as_daemon(&["export"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("daemon may not use the caseload") && err.contains("group root"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "nothing of the caseload was given");
    let log = server.stop();
    assert!(log.contains("refused uid 1"), "{log}");
}

fn hello(version: &str) -> Hello {
    Hello {
        program: "perinat".into(),
        protocol: protocol::PROTOCOL,
        version: version.into(),
        lang: "en".into(),
        from: None,
        interactive: false,
    }
}

#[test]
fn another_version_garbage_and_oversized_messages_are_refused_and_the_server_stays_up() {
    let (_tmp, data) = practice();
    let server = Server::start(&data);
    let socket = data.join("perinat.sock");
    // Another version: told which, and nothing else.
    let mut s = UnixStream::connect(&socket).expect("connect");
    protocol::send_json(&mut s, &hello("0.0.1")).expect("hello");
    let w: Welcome = protocol::receive_json(&mut s).expect("answer");
    assert_eq!(
        w,
        Welcome::OtherVersion {
            version: protocol::VERSION.into(),
            protocol: protocol::PROTOCOL
        }
    );
    // Garbage instead of a hello.
    let mut s = UnixStream::connect(&socket).expect("connect");
    s.write_all(b"\x00\x00\x00\x05hello").expect("write");
    let w: Welcome = protocol::receive_json(&mut s).expect("answer");
    assert!(matches!(w, Welcome::Refused { .. }), "{w:?}");
    // A good hello, then a frame announcing 4 GB, then garbage in a frame.
    for bad in [
        vec![0xff, 0xff, 0xff, 0xff, 1, 2, 3],
        vec![0, 0, 0, 3, 0xff, 0xfe, 0xfd],
    ] {
        let mut s = UnixStream::connect(&socket).expect("connect");
        protocol::send_json(&mut s, &hello(protocol::VERSION)).expect("hello");
        let w: Welcome = protocol::receive_json(&mut s).expect("answer");
        assert!(matches!(w, Welcome::Welcome { .. }), "{w:?}");
        s.write_all(&bad).expect("write");
        let r: protocol::Response = protocol::receive(&mut s).expect("a refusal");
        assert!(r.is_err());
    }
    // A client that connects and dies mid-frame.
    let mut s = UnixStream::connect(&socket).expect("connect");
    protocol::send_json(&mut s, &hello(protocol::VERSION)).expect("hello");
    s.write_all(&[0, 0, 1, 0, 1, 2]).expect("write");
    drop(s);
    // Everyone else is served as before.
    assert!(perinat(&data, &["cases", "--today", TODAY]).contains("Alice Exemple"));
    let log = server.stop();
    assert!(log.contains("refused perinat 0.0.1"), "{log}");
    assert!(log.contains("refused a message"), "{log}");
}

#[test]
fn a_stale_socket_file_left_by_a_crash_is_replaced() {
    let (_tmp, data) = practice();
    // A socket nobody listens on, as a killed server leaves it.
    let listener = std::os::unix::net::UnixListener::bind(data.join("perinat.sock")).expect("bind");
    drop(listener);
    assert!(data.join("perinat.sock").exists());
    assert!(perinat(&data, &["cases", "--today", TODAY]).contains("Alice Exemple"));
}

#[test]
fn a_client_killed_mid_import_leaves_the_server_and_the_store_whole() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    let server = Server::start(&data);
    let big = tmp.path().join("big.json");
    perinat(
        &data,
        &[
            "demo",
            "--cases",
            "3000",
            "--today",
            TODAY,
            "--out",
            big.to_str().expect("path"),
        ],
    );
    let mut client = Command::new(binary())
        .arg("--data-dir")
        .arg(&data)
        .arg("import")
        .arg(&big)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("import");
    std::thread::sleep(Duration::from_millis(150));
    let _ = client.kill();
    let _ = client.wait();
    // The server goes on; the import is there whole or not at all.
    let count = perinat(&data, &["cases", "--all", "--today", TODAY]);
    let n = count.matches("c-0").count();
    assert!(n == 0 || n == 3000, "{n} cases of the import");
    assert!(server.stop().contains("stopped: asked to stop"));
}

#[test]
fn a_watching_client_hears_a_commit_and_a_lost_server() {
    let (_tmp, data) = practice();
    let server = Server::start(&data);
    let client = perinat::server::Client::connect(&data, true).expect("connect");
    let live = client.watch().expect("watch");
    let other = perinat::server::Client::connect(&data, false).expect("connect");
    let mut p = other.pregnancy("c-B").expect("read").expect("c-B");
    p.mother.name = "Béa Live".into();
    other.put_pregnancy(p).expect("save");
    let heard = live.recv_timeout(Duration::from_secs(2)).expect("an event");
    match heard {
        Live::Committed(c) => assert_eq!(c.cases, vec!["c-B".to_string()]),
        other => panic!("{other:?}"),
    }
    drop(server);
    let lost = live.recv_timeout(Duration::from_secs(5)).expect("told");
    assert!(matches!(lost, Live::Lost(_)), "{lost:?}");
}

#[test]
fn a_ui_whose_server_is_killed_reconnects_and_keeps_the_form() {
    let (_tmp, data) = practice();
    let ui = Ui::open(&data, "lost");
    ui.shows("of 3 cases");
    ui.edit_alice();
    ui.text(" Kept");
    let pid = common::server_pid(&data).expect("the server the UI started");
    // SAFETY: SIGKILL to the test's own server process.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    ui.shows("connection to the perinat server was lost");
    ui.shows("connected to the perinat server again");
    let screen = ui.screen();
    assert!(
        screen.contains("Alice Exemple Kept"),
        "the form is kept:\n{screen}"
    );
    ui.keys(&["Enter"]);
    ui.shows("Saved:");
    assert!(perinat(&data, &["export"]).contains("Alice Exemple Kept"));
    assert_ne!(
        common::server_pid(&data),
        Some(pid),
        "a new server took over"
    );
}

#[test]
fn a_server_of_another_version_is_named_with_what_to_do() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    std::fs::create_dir(&data).expect("mkdir");
    // A server of perinat 0.0.9 on this store, as after an upgrade of the binary.
    let listener = std::os::unix::net::UnixListener::bind(data.join("perinat.sock")).expect("bind");
    let old = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().expect("accept");
        let _: Hello = protocol::receive_json(&mut s).expect("hello");
        protocol::send_json(
            &mut s,
            &Welcome::OtherVersion {
                version: "0.0.9".into(),
                protocol: 0,
            },
        )
        .expect("answer");
    });
    let out = Command::new(binary())
        .env("PERINAT_LANG", "en")
        .arg("--data-dir")
        .arg(&data)
        .arg("cases")
        .output()
        .expect("perinat");
    old.join().expect("the old server answered");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "the server on this store is perinat 0.0.9; this is {}: close all perinat sessions so that the new server can start",
            protocol::VERSION
        )),
        "{err}"
    );
}
