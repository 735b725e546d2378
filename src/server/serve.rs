//! The server: the one process that owns a data directory's store and serves every
//! perinat on it over the Unix socket inside that directory, a thread per connection.
//! Reads run side by side (sled reads never wait for a write); writes go one at a time
//! through the store's commands, each flushed before it is acknowledged, and every
//! commit is announced to the connections that watch. It stops by itself a while
//! after its last client leaves, on SIGTERM/SIGINT, or when its socket is removed.

use crate::backup::journal::{self, Journal};
use crate::backup::{self, Kind};
use crate::i18n::{self, Lang};
use crate::server::access;
use crate::server::protocol::{
    self, receive, receive_json, send, send_json, BackupFile, Failure, FrameError, Hello, Reply,
    Request, Response, Welcome, PROTOCOL, VERSION,
};
use crate::server::socket_path;
use crate::store::{Actor, CaseloadApi, Live, SledStore, StoreError};
use crate::t;
use std::io::{BufReader, BufWriter, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// How long to stay after the last client leaves (`None`: until stopped).
    pub linger: Option<Duration>,
    /// Started by a client: report readiness (or the failure) as one JSON line on
    /// standard output, then log into the data directory's `server.log`.
    pub spawned: bool,
}

/// What the server tells the client that started it, on one line.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Started {
    pub ready: bool,
    pub error: Option<String>,
    /// The store is damaged (the error names the way back).
    pub damaged: bool,
    /// Another process holds the store (a server starting at the same moment).
    #[serde(default)]
    pub locked: bool,
}

/// The file the server logs to when it runs in the background.
pub const LOG_FILE: &str = "server.log";

/// How long a new server waits for its first client, whatever its linger time.
const START_GRACE: Duration = Duration::from_secs(10);

/// How often a watching connection hears a heartbeat (and a gone client is noticed).
const HEARTBEAT: Duration = Duration::from_secs(5);

/// How long an interactive client's write waits for another write before it is told
/// that the store is busy.
const UI_PATIENCE: Duration = Duration::from_millis(400);

struct Shared {
    /// The journal of every change; cut at every backup.
    journal: Arc<Journal>,
    /// The device and inode of the socket this server bound: a file at its path that is
    /// not this one is not this server's to remove.
    socket_id: (u64, u64),
    /// The store, until the server closes it on the way out.
    store: Mutex<Option<SledStore>>,
    dir: PathBuf,
    socket: PathBuf,
    active: AtomicUsize,
    last_left: Mutex<Instant>,
    warnings: Mutex<Vec<String>>,
    stop: Arc<AtomicBool>,
    /// The day whose backup is taken (or failed and was reported).
    backed_up: Mutex<Option<chrono::NaiveDate>>,
    /// A day's backup is being written.
    backing_up: AtomicBool,
    /// Whether any client has connected yet.
    served: AtomicBool,
    /// The connections, to close when the server stops.
    streams: Mutex<std::collections::HashMap<u64, UnixStream>>,
}

/// A line in the server's log: time, then the text (never a patient's data).
fn log(text: &str) {
    let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
    eprintln!(
        "{now} perinat[{}]: {}",
        std::process::id(),
        crate::safe_text::shown_lines(text)
    );
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Runs the server on `dir` until it stops. The error is the message for the person
/// who started it.
pub fn serve(dir: &Path, opts: Options) -> Result<(), String> {
    let started = |s: Started| {
        if opts.spawned {
            let mut out = std::io::stdout();
            let _ = serde_json::to_writer(&mut out, &s);
            let _ = out.write_all(b"\n");
            let _ = out.flush();
        }
    };
    // A failure is told to the client that started the server, then returned.
    let failed = |msg: String, damaged: bool, locked: bool| {
        started(Started {
            ready: false,
            error: Some(msg.clone()),
            damaged,
            locked,
        });
        Err(msg)
    };
    let (store, warnings) = match open(dir) {
        Ok(x) => x,
        Err((msg, damaged, locked)) => return failed(msg, damaged, locked),
    };
    // Every change is journaled beside the store before it is acknowledged.
    let journal = match Journal::open(dir, &store) {
        Ok(j) => Arc::new(j),
        Err(e) => {
            return failed(
                t!("journal-cannot-write", error = e.to_string()),
                false,
                false,
            )
        }
    };
    store.set_log(journal.clone());
    let socket = socket_path(dir);
    let listener = match bind(&socket, dir) {
        Ok(l) => l,
        Err(msg) => return failed(msg, false, false),
    };
    started(Started {
        ready: true,
        error: None,
        damaged: false,
        locked: false,
    });
    if opts.spawned {
        redirect_output(dir);
    }
    log(&format!(
        "serving {} (perinat {VERSION}, protocol {PROTOCOL}) on {}",
        dir.display(),
        socket.display()
    ));
    for w in &warnings {
        log(w);
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        let _ = signal_hook::flag::register(signal, stop.clone());
    }
    if opts.spawned {
        // A server started by a UI outlives that UI's terminal.
        let _ = signal_hook::flag::register(
            signal_hook::consts::SIGHUP,
            Arc::new(AtomicBool::new(false)),
        );
    }
    let socket_id = file_id(&socket).unwrap_or_default();
    let shared = Arc::new(Shared {
        journal,
        socket_id,
        store: Mutex::new(Some(store)),
        dir: dir.to_path_buf(),
        socket,
        active: AtomicUsize::new(0),
        last_left: Mutex::new(Instant::now()),
        warnings: Mutex::new(warnings),
        stop,
        backed_up: Mutex::new(None),
        backing_up: AtomicBool::new(false),
        streams: Mutex::new(std::collections::HashMap::new()),
        served: AtomicBool::new(false),
    });
    daily_backup(&shared);
    let why = accept_until_stopped(&shared, &listener, opts.linger);
    shut_down(&shared, listener, why);
    Ok(())
}

/// Accepts connections, a thread each, until the server should stop; says why it
/// stops. Takes the day's backup when the day changes.
fn accept_until_stopped(
    shared: &Arc<Shared>,
    listener: &UnixListener,
    linger: Option<Duration>,
) -> &'static str {
    use std::os::fd::AsRawFd;
    let mut last_backup_check = Instant::now();
    let mut next_id = 0u64;
    loop {
        if let Some(why) = should_stop(shared, linger) {
            return why;
        }
        if last_backup_check.elapsed() >= Duration::from_secs(600) {
            last_backup_check = Instant::now();
            daily_backup(shared);
        }
        let mut fd = libc::pollfd {
            fd: listener.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd on the listener this function borrows.
        let ready = unsafe { libc::poll(&mut fd, 1, 100) };
        if ready <= 0 {
            continue;
        }
        match listener.accept() {
            Ok((stream, _)) => {
                shared.active.fetch_add(1, Ordering::SeqCst);
                shared.served.store(true, Ordering::SeqCst);
                next_id += 1;
                let id = next_id;
                if let (Ok(mut all), Ok(copy)) = (shared.streams.lock(), stream.try_clone()) {
                    all.insert(id, copy);
                }
                let shared = shared.clone();
                std::thread::spawn(move || {
                    // Counted out however the connection ends, a panic included.
                    let _left = Leaving {
                        shared: &shared,
                        id,
                    };
                    connection(&shared, stream);
                });
            }
            Err(e) => {
                // Out of file descriptors, say: wait instead of spinning on it.
                log(&format!("accept failed: {e}"));
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }
}

/// The device and inode of a file.
fn file_id(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path)
        .ok()
        .map(|m| (m.dev(), m.ino()))
}

impl Shared {
    /// Starts the journal's segment after the backup just taken at `backup`.
    fn cut_journal(&self, backup: &Path) {
        if let Err(e) = self.journal.cut(backup) {
            log(&format!(
                "the journal could not be cut after {}: {e}",
                backup.display()
            ));
        }
    }

    /// True while the socket file at its path is the one this server bound.
    fn socket_is_ours(&self) -> bool {
        file_id(&self.socket) == Some(self.socket_id)
    }
}

/// A connection's way out: it leaves the count of clients and the list of streams.
struct Leaving<'a> {
    shared: &'a Shared,
    id: u64,
}

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        if let Ok(mut all) = self.shared.streams.lock() {
            all.remove(&self.id);
        }
        if let Ok(mut t) = self.shared.last_left.lock() {
            *t = Instant::now();
        }
        self.shared.active.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Why the server should stop now, if it should: asked to (SIGTERM, SIGINT), its
/// socket removed (the data directory is gone or moved), or no client for `linger`.
fn should_stop(shared: &Shared, linger: Option<Duration>) -> Option<&'static str> {
    if shared.stop.load(Ordering::Relaxed) {
        return Some("asked to stop");
    }
    if !shared.socket_is_ours() {
        return Some("its socket was removed");
    }
    // Until a first client has come (the one that started the server is connecting),
    // the server waits at least START_GRACE.
    let served = shared.served.load(Ordering::SeqCst);
    let idle = shared.active.load(Ordering::SeqCst) == 0
        && linger.is_some_and(|l| {
            let wait = if served { l } else { l.max(START_GRACE) };
            shared
                .last_left
                .lock()
                .map(|t| t.elapsed() >= wait)
                .unwrap_or(true)
        });
    idle.then_some("no client for the linger time")
}

/// Stops: the socket goes first (a client arriving now starts the next server, which
/// waits for this one to let go of the store), then no new connection, the day's backup
/// finished, the open connections closed (their UIs reconnect to the next server), and
/// the store closed cleanly.
fn shut_down(shared: &Shared, listener: UnixListener, why: &str) {
    let ours = shared.socket_is_ours();
    if ours {
        let _ = std::fs::remove_file(&shared.socket);
    }
    drop(listener);
    while shared.backing_up.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(20));
    }
    if let Ok(store) = shared.store.lock() {
        if let Some(s) = store.as_ref() {
            s.close_watches();
        }
    }
    if let Ok(all) = shared.streams.lock() {
        for s in all.values() {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while shared.active.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    let store = shared.store.lock().ok().and_then(|mut s| s.take());
    if let Some(store) = store {
        let _ = store.flush();
        drop(store);
        // sled writes the snapshot of its log when it opens a store, and only then; the
        // next start checks its log against that snapshot, which is how a damaged file
        // is told from a write torn by a crash. A server may have run for days on one
        // open, so it opens the store once more on its way out (unless the directory
        // is gone, or the next server already has it).
        if shared.dir.join("db").is_dir() {
            drop(SledStore::open(&shared.dir));
        }
    }
    log(&format!("stopped: {why}"));
}

/// Opens the store the way every program did before the server: migration behind a
/// backup (the day's backup follows in the background). The error says whether the
/// store is damaged or held by another process.
fn open(dir: &Path) -> Result<(SledStore, Vec<String>), (String, bool, bool)> {
    let store = backup::open_store(dir, now()).map_err(|e| match e {
        StoreError::Damaged { .. } | StoreError::Corrupt { .. } => {
            (format!("{e}\n{}", backup::recovery_hint(dir)), true, false)
        }
        e @ StoreError::Locked { .. } => (e.to_string(), false, true),
        other => (other.to_string(), false, false),
    })?;
    Ok((store, Vec::new()))
}

/// Binds the socket, replacing a stale one left by a server that died (this process
/// holds the store's lock, so no other server can be behind it). The socket is for the
/// owner and the directory's group.
fn bind(socket: &Path, dir: &Path) -> Result<UnixListener, String> {
    if socket.exists() {
        if UnixStream::connect(socket).is_ok() {
            return Err(t!(
                "server-already-running",
                dir = dir.display().to_string()
            ));
        }
        let _ = std::fs::remove_file(socket);
    }
    let listener = UnixListener::bind(socket).map_err(|e| {
        t!(
            "server-cannot-listen",
            socket = socket.display().to_string(),
            error = e.to_string()
        )
    })?;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let _ = std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o660));
    if let Ok(meta) = std::fs::metadata(dir) {
        let _ = std::os::unix::fs::chown(socket, None, Some(meta.gid()));
    }
    Ok(listener)
}

/// Sends standard output and error to the log file (kept under 1 MB by starting it
/// over, the previous one kept as `server.log.old`).
fn redirect_output(dir: &Path) {
    use std::os::fd::AsRawFd;
    let path = dir.join(LOG_FILE);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > 1024 * 1024) {
        let _ = std::fs::rename(&path, dir.join(format!("{LOG_FILE}.old")));
    }
    let Ok(file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
    else {
        return;
    };
    let Ok(null) = std::fs::File::open("/dev/null") else {
        return;
    };
    // SAFETY: dup2 onto the standard descriptors of this process, with descriptors it
    // owns; the files stay open for the rest of the process's life through the copies.
    unsafe {
        libc::dup2(null.as_raw_fd(), libc::STDIN_FILENO);
        libc::dup2(file.as_raw_fd(), libc::STDOUT_FILENO);
        libc::dup2(file.as_raw_fd(), libc::STDERR_FILENO);
    }
}

/// Starts the day's backup in the background when the day has none yet (checked at
/// every connection and every ten minutes, so that a server running for days takes one
/// each day of use). Nobody waits for it; the server does not stop before it is done.
fn daily_backup(shared: &Arc<Shared>) {
    let today = now().date();
    if shared.backed_up.lock().is_ok_and(|d| *d == Some(today))
        || shared.backing_up.swap(true, Ordering::SeqCst)
    {
        return;
    }
    let shared = shared.clone();
    std::thread::spawn(move || {
        if let Some(store) = session_of(&shared, Actor::from_env(), None) {
            // One moment of the caseload: no write lands while it is read.
            let taken = store
                .exclusive(t!("busy-backup"), |s| {
                    let taken = backup::daily(s, &shared.dir, now());
                    if let Ok(Some(w)) = &taken {
                        shared.cut_journal(&w.path);
                    }
                    Ok(taken)
                })
                .unwrap_or_else(|e| Err(e.into()));
            match taken {
                Ok(w) => {
                    if let Some(w) = &w {
                        log(&format!("daily backup {}", w.path.display()));
                    }
                    // An empty store has nothing to back up yet: asked again later.
                    if w.is_some()
                        || backup::newest(&shared.dir).is_some_and(|b| b.at.date() == today)
                    {
                        if let Ok(mut d) = shared.backed_up.lock() {
                            *d = Some(today);
                        }
                    }
                }
                Err(e) => {
                    log(&format!("daily backup failed: {e}"));
                    if let Ok(mut w) = shared.warnings.lock() {
                        w.push(t!("cli-daily-backup-failed", error = e.to_string()));
                    }
                    if let Ok(mut d) = shared.backed_up.lock() {
                        *d = Some(today);
                    }
                }
            }
        }
        shared.backing_up.store(false, Ordering::SeqCst);
    });
}

/// Serves one connection: the handshake (version, access), then requests until the
/// client leaves. Nothing a client sends can take the server down.
fn connection(shared: &Arc<Shared>, stream: UnixStream) {
    let uid = match access::peer_uid(&stream) {
        Ok(u) => u,
        Err(e) => return log(&format!("refused a connection: no peer credentials ({e})")),
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    // A client that stops reading does not hold a thread for ever.
    let _ = stream.set_write_timeout(Some(Duration::from_secs(60)));
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut writer = BufWriter::new(write_half);
    // Strangers are turned away before anything they send is read.
    if let Err(message) = access::check(uid, &shared.dir) {
        let _ = send_json(&mut writer, &Welcome::Refused { message });
        return log(&format!(
            "refused uid {uid}: not the owner nor in the directory's group"
        ));
    }
    let hello: Hello = match receive_json(&mut reader) {
        Ok(h) => h,
        Err(FrameError::Closed) => return,
        Err(e) => {
            let _ = send_json(
                &mut writer,
                &Welcome::Refused {
                    message: "not a perinat client".into(),
                },
            );
            return log(&format!("refused a connection from uid {uid}: {e}"));
        }
    };
    if hello.program != "perinat" || hello.protocol != PROTOCOL || hello.version != VERSION {
        let _ = send_json(
            &mut writer,
            &Welcome::OtherVersion {
                version: VERSION.into(),
                protocol: PROTOCOL,
            },
        );
        return log(&format!(
            "refused perinat {} (protocol {}) of uid {uid}: this server is {VERSION}",
            hello.version, hello.protocol
        ));
    }
    let lang = Lang::parse(&hello.lang).unwrap_or_else(i18n::language);
    daily_backup(shared);
    let warnings = shared
        .warnings
        .lock()
        .map(|w| w.clone())
        .unwrap_or_default();
    let welcome = Welcome::Welcome {
        version: VERSION.into(),
        warnings,
    };
    if send_json(&mut writer, &welcome).is_err() {
        return;
    }
    let _ = reader.get_ref().set_read_timeout(None);
    let actor = Actor {
        user: access::user_name(uid),
        from: hello.from.clone(),
    };
    let patience = hello.interactive.then_some(UI_PATIENCE);
    let Some(session) = session_of(shared, actor, patience) else {
        return;
    };
    loop {
        let request: Request = match receive(&mut reader) {
            Ok(r) => r,
            Err(FrameError::Closed) => return,
            Err(e @ (FrameError::TooLarge(_) | FrameError::Garbage(_))) => {
                log(&format!("refused a message from uid {uid}: {e}"));
                let _ = send::<Response>(&mut writer, &Err(Failure::Other(e.to_string())));
                return;
            }
            Err(FrameError::Io(_)) => return,
        };
        let ok = i18n::with_language(lang, || handle(shared, &session, request, &mut writer));
        if ok.is_err() {
            return;
        }
    }
}

/// A session on the store for `actor`, while the server has not closed it.
fn session_of(shared: &Shared, actor: Actor, patience: Option<Duration>) -> Option<SledStore> {
    let store = shared.store.lock().ok()?;
    store.as_ref().map(|s| s.session(actor, patience))
}

type Out = BufWriter<UnixStream>;

fn reply(w: &mut Out, r: Result<Reply, StoreError>) -> std::io::Result<()> {
    send::<Response>(w, &r.map_err(Failure::from))
}

/// Answers one request; an error is the connection's (the client is gone).
fn handle(shared: &Shared, s: &SledStore, request: Request, w: &mut Out) -> std::io::Result<()> {
    match request {
        Request::Providers => reply(w, s.providers().map(Reply::Providers)),
        Request::Settings => reply(w, s.settings().map(Reply::Settings)),
        Request::Pregnancy(id) => reply(w, s.pregnancy(&id).map(Reply::Pregnancy)),
        Request::PregnancyVersioned(id) => {
            reply(w, s.pregnancy_versioned(&id).map(Reply::Versioned))
        }
        Request::LastChange(id) => reply(w, s.last_change(&id).map(Reply::Stamp)),
        Request::CaseHistory(id) => reply(w, s.case_history(&id).map(Reply::History)),
        Request::CountPregnancies => reply(w, s.count_pregnancies().map(Reply::Count)),
        Request::PregnanciesInMonth(m) => match s.pregnancies_in_month_encoded(m) {
            // Tens of thousands of cases go as the store keeps them, one frame each,
            // never decoded and encoded again here; the client decodes them on every core.
            Ok(records) => {
                reply(w, Ok(Reply::Count(records.len())))?;
                for r in &records {
                    protocol::write_frame(w, r)?;
                }
                Ok(())
            }
            Err(e) => reply(w, Err(e)),
        },
        Request::ScanPregnancies => stream(w, |each| s.scan_pregnancies(each), Reply::Pregnancies),
        Request::ScanAudit => stream(w, |each| s.scan_audit(each), Reply::Audit),
        // Names, ids and codes that could drive a terminal are refused whoever sends
        // them, not only by perinat's own command line.
        Request::Import { caseload, .. }
            if !crate::interchange::text::check(&caseload).is_empty() =>
        {
            reply(
                w,
                Err(StoreError::Invalid(crate::interchange::text::check(
                    &caseload,
                ))),
            )
        }
        Request::Import {
            caseload,
            replace,
            source,
        } => reply(
            w,
            s.import_from(caseload, replace, &source)
                .map(Reply::Imported),
        ),
        Request::PutProvider(p) => reply(w, s.put_provider(p).map(|()| Reply::Done)),
        Request::AddProvider(p) => reply(w, s.add_provider(p).map(|()| Reply::Done)),
        Request::SavePregnancy {
            pregnancy,
            based_on,
        } => reply(
            w,
            s.save_pregnancy(pregnancy, based_on).map(Reply::Revision),
        ),
        Request::DeletePregnancy { id, based_on } => reply(
            w,
            s.delete_pregnancy_based(&id, based_on)
                .map(|()| Reply::Done),
        ),
        Request::DeleteProvider(id) => reply(w, s.delete_provider(&id).map(|()| Reply::Done)),
        Request::MergeProvider {
            duplicate,
            original,
        } => reply(w, s.merge_provider(&duplicate, &original).map(Reply::Count)),
        Request::MarkBilled {
            case,
            line,
            billed_on,
            today,
        } => reply(
            w,
            s.mark_billed(&case, &line, billed_on, today)
                .map(Reply::Billed),
        ),
        Request::CorrectBilled {
            case,
            line,
            correction,
            reason,
            today,
        } => reply(
            w,
            s.correct_billed(&case, &line, correction, &reason, today)
                .map(Reply::Corrected),
        ),
        Request::Backup => {
            let r = s
                .exclusive(t!("busy-backup"), |s| {
                    let taken = backup::take(s, &shared.dir, Kind::Manual, now());
                    if let Ok(w) = &taken {
                        shared.cut_journal(&w.path);
                    }
                    Ok(taken)
                })
                .unwrap_or_else(|e| Err(e.into()))
                .map(|b| {
                    Reply::Backup(backup_file(
                        &b.path,
                        Kind::Manual,
                        b.pregnancies,
                        b.providers,
                    ))
                })
                .map_err(|e| StoreError::Refused(e.to_string()));
            reply(w, r)
        }
        Request::Backups => {
            let dir = backup::dir_of(&shared.dir);
            let r = backup::list(&dir)
                .map(|all| {
                    Reply::Backups(
                        all.iter()
                            .map(|b| BackupFile {
                                path: b.path.display().to_string(),
                                at: b.at,
                                kind: b.kind.tag().to_string(),
                                pregnancies: 0,
                                providers: 0,
                            })
                            .collect(),
                    )
                })
                .map_err(|e| {
                    StoreError::Refused(t!(
                        "cli-cannot-list",
                        dir = dir.display().to_string(),
                        error = e.to_string()
                    ))
                });
            reply(w, r)
        }
        Request::Restore { caseload, source } => {
            // The backup of the caseload it replaces, then the restore, with no write
            // of anyone in between: nothing acknowledged is in neither. A restore over a
            // store whose records cannot be read (no backup of it can be taken) replays
            // the journal written since the file, when it is one of the store's backups,
            // so that the damage loses nothing acknowledged; over a sound store, a
            // restore goes back to the file as it is (that is what it is for).
            let r = s
                .restore_after(caseload, &source, |s, caseload| {
                    let from = Path::new(&source);
                    let (previous, replayed) =
                        match backup::take(s, &shared.dir, Kind::BeforeRestore, now()) {
                            Ok(b) => {
                                shared.cut_journal(&b.path);
                                (
                                    Some(b.path.display().to_string()),
                                    journal::Replayed::default(),
                                )
                            }
                            Err(e) if e.is_damage() => {
                                let replayed = if journal::is_backup_of(&shared.dir, from) {
                                    journal::replay(&shared.dir, Some(from), caseload)
                                } else {
                                    journal::Replayed::default()
                                };
                                (None, replayed)
                            }
                            Err(e) => {
                                return Err(StoreError::Refused(t!(
                                    "cli-restore-backup-failed",
                                    refused = source.as_str(),
                                    error = e.to_string()
                                )))
                            }
                        };
                    Ok((previous, replayed))
                })
                .map(|(summary, (previous, replayed))| Reply::Restored {
                    summary,
                    previous,
                    replayed,
                });
            reply(w, r)
        }
        Request::ExportPseudonymised => {
            let r = s.export().and_then(|c| {
                let key = s.pseudonym_key()?;
                Ok(Reply::Caseload(
                    crate::interchange::pseudonymise::pseudonymise(&c, &key),
                ))
            });
            reply(w, r)
        }
        Request::Watch => watch(s, w),
    }
}

/// Sends what `scan` visits in batches (`batch` makes a reply of each), then `End`; stops
/// the scan when the client is gone.
fn stream<T>(
    w: &mut Out,
    scan: impl FnOnce(&mut dyn FnMut(T) -> bool) -> crate::store::Result<()>,
    batch: fn(Vec<T>) -> Reply,
) -> std::io::Result<()> {
    const BATCH: usize = 1000;
    let mut items = Vec::with_capacity(BATCH);
    let mut sent = Ok(());
    let r = scan(&mut |x| {
        items.push(x);
        if items.len() >= BATCH {
            sent = send::<Response>(w, &Ok(batch(std::mem::take(&mut items))));
        }
        sent.is_ok()
    });
    sent?;
    match r {
        Ok(()) => {
            send::<Response>(w, &Ok(batch(items)))?;
            reply(w, Ok(Reply::End))
        }
        Err(e) => reply(w, Err(e)),
    }
}

fn backup_file(path: &Path, kind: Kind, pregnancies: usize, providers: usize) -> BackupFile {
    BackupFile {
        path: path.display().to_string(),
        at: now(),
        kind: kind.tag().to_string(),
        pregnancies,
        providers,
    }
}

/// Carries every commit to a watching client, with a heartbeat between, until it goes.
fn watch(s: &SledStore, w: &mut Out) -> std::io::Result<()> {
    let Some(rx) = s.watch() else {
        return reply(w, Ok(Reply::End));
    };
    reply(w, Ok(Reply::Done))?;
    loop {
        match rx.recv_timeout(HEARTBEAT) {
            Ok(Live::Committed(c)) => reply(w, Ok(Reply::Event(c)))?,
            Ok(_) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => reply(w, Ok(Reply::Heartbeat))?,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        }
    }
}
