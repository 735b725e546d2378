//! The client: the [`CaseloadApi`] over the server's socket, which every perinat command
//! and the UI use. It connects to the data directory's server, starting one in the
//! background when none runs (as tmux starts its server), keeps a few connections for
//! reuse (the UI's loader and its keys never wait for each other), and hears every
//! commit through a watching connection that reconnects by itself.

use crate::domain::model::{BilledService, Caseload, PracticeSettings, Pregnancy, Provider};
use crate::domain::YearMonth;
use crate::server::protocol::{
    self, receive, receive_json, send, send_json, BackupFile, FrameError, Hello, Reply, Request,
    Response, Welcome, PROTOCOL, VERSION,
};
use crate::server::serve::Started;
use crate::server::socket_path;
use crate::store::records::CaseRecord;
use crate::store::{
    AuditEntry, CaseloadApi, ImportSummary, LineRef, Live, Result, Stamp, StoreError, Versioned,
};
use crate::t;
use std::io::{BufRead, BufReader, BufWriter, Read};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The environment variable with the seconds a server started by a client stays after
/// its last client leaves.
pub const LINGER_ENV: &str = "PERINAT_LINGER";

/// The default of [`LINGER_ENV`]: ten minutes.
pub const DEFAULT_LINGER_SECS: u64 = 600;

/// Why no server could be reached.
#[derive(Debug, Clone)]
pub struct Unreachable {
    pub message: String,
    /// The store is damaged: no server can open it (a restore can).
    pub damaged: bool,
    /// The server closed the connection before it said welcome (it was stopping).
    pub closed: bool,
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl Unreachable {
    fn new(message: String) -> Unreachable {
        Unreachable {
            message,
            damaged: false,
            closed: false,
        }
    }
}

struct Conn {
    reader: BufReader<UnixStream>,
    writer: BufWriter<UnixStream>,
}

impl Conn {
    /// True when the server has not closed this idle connection.
    fn alive(&mut self) -> bool {
        let s = self.reader.get_mut();
        if s.set_nonblocking(true).is_err() {
            return false;
        }
        let mut b = [0u8; 1];
        let alive = matches!(s.read(&mut b), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock);
        alive && s.set_nonblocking(false).is_ok()
    }

    fn send(&mut self, r: &Request) -> std::result::Result<(), FrameError> {
        send(&mut self.writer, r).map_err(FrameError::from)
    }

    fn receive(&mut self) -> std::result::Result<Response, FrameError> {
        receive(&mut self.reader)
    }
}

struct Inner {
    dir: PathBuf,
    socket: PathBuf,
    hello: Hello,
    pool: Mutex<Vec<Conn>>,
}

/// A connection to the server of one data directory.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    /// What the server wanted every user to know when this client connected.
    pub warnings: Vec<String>,
}

/// The SSH client's address of this session, if it came in over SSH (reported to the
/// server for the audit trail; who the user is, the server learns from the kernel).
fn ssh_from() -> Option<String> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    var("SSH_CLIENT")
        .or_else(|| var("SSH_CONNECTION"))
        .and_then(|v| v.split_whitespace().next().map(str::to_string))
}

impl Client {
    /// Connects to the server of `dir`, starting one when none runs and this user may.
    /// `interactive`: the UI, whose writes are told "busy" rather than wait long.
    pub fn connect(dir: &Path, interactive: bool) -> std::result::Result<Client, Unreachable> {
        let inner = Arc::new(Inner {
            dir: dir.to_path_buf(),
            socket: socket_path(dir),
            hello: Hello {
                program: "perinat".into(),
                protocol: PROTOCOL,
                version: VERSION.into(),
                lang: crate::i18n::language().code().into(),
                from: ssh_from(),
                interactive,
            },
            pool: Mutex::new(Vec::new()),
        });
        let (conn, warnings) = inner.open()?;
        inner.give_back(conn);
        Ok(Client { inner, warnings })
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    fn call(&self, request: &Request) -> Result<Reply> {
        let mut conn = self.inner.take()?;
        let answer = conn.send(request).and_then(|()| conn.receive());
        match answer {
            Ok(r) => {
                self.inner.give_back(conn);
                r.map_err(StoreError::from)
            }
            Err(FrameError::Garbage(e)) => {
                Err(StoreError::Refused(t!("client-garbage", error = e)))
            }
            Err(e) if is_read(request) => {
                // The server went away between two requests: once more, on a new
                // connection (which starts a server again when needed).
                let _ = e;
                let mut conn = self.inner.fresh()?;
                let r = conn
                    .send(request)
                    .and_then(|()| conn.receive())
                    .map_err(|e| lost(&e))?;
                self.inner.give_back(conn);
                r.map_err(StoreError::from)
            }
            Err(e) => Err(StoreError::Unavailable(t!(
                "client-lost-during-write",
                error = e.to_string()
            ))),
        }
    }

    /// A request answered by batches then `End`; `each` returns false to stop early.
    fn stream(&self, request: &Request, each: &mut dyn FnMut(Reply) -> bool) -> Result<()> {
        let mut conn = self.inner.sent(request)?;
        loop {
            match conn.receive().map_err(|e| lost(&e))? {
                Ok(Reply::End) => {
                    self.inner.give_back(conn);
                    return Ok(());
                }
                Ok(r) => {
                    if !each(r) {
                        // The rest of the stream is not read: the connection is dropped.
                        return Ok(());
                    }
                }
                Err(f) => return Err(f.into()),
            }
        }
    }

    /// A backup into the backups directory, taken by the server.
    pub fn backup(&self) -> Result<BackupFile> {
        match self.call(&Request::Backup)? {
            Reply::Backup(b) => Ok(b),
            other => Err(unexpected(&other)),
        }
    }

    /// The backups in the backups directory, oldest first.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        match self.call(&Request::Backups)? {
            Reply::Backups(b) => Ok(b),
            other => Err(unexpected(&other)),
        }
    }

    /// Backs the caseload up, then replaces it with `caseload` (from `source`, a file:
    /// when it is one of the store's backups, with the journal written since replayed
    /// over it); returns what was restored, the backup of the caseload it replaced, and
    /// what was replayed.
    pub fn restore(
        &self,
        caseload: Caseload,
        source: &str,
    ) -> Result<(
        ImportSummary,
        Option<String>,
        crate::backup::journal::Replayed,
    )> {
        let request = Request::Restore {
            caseload,
            source: source.to_string(),
        };
        match self.call(&request)? {
            Reply::Restored {
                summary,
                previous,
                replayed,
            } => Ok((summary, previous, replayed)),
            other => Err(unexpected(&other)),
        }
    }

    /// The caseload with names, NISS, birth days and notes replaced by the store's
    /// pseudonyms (its key never leaves the server).
    pub fn export_pseudonymised(&self) -> Result<Caseload> {
        match self.call(&Request::ExportPseudonymised)? {
            Reply::Caseload(c) => Ok(c),
            other => Err(unexpected(&other)),
        }
    }
}

fn is_read(r: &Request) -> bool {
    matches!(
        r,
        Request::Providers
            | Request::Settings
            | Request::Pregnancy(_)
            | Request::PregnancyVersioned(_)
            | Request::LastChange(_)
            | Request::CaseHistory(_)
            | Request::CountPregnancies
            | Request::PregnanciesInMonth(_)
            | Request::Backups
            | Request::ExportPseudonymised
    )
}

fn lost(e: &FrameError) -> StoreError {
    StoreError::Unavailable(t!("client-lost", error = e.to_string()))
}

fn unexpected(r: &Reply) -> StoreError {
    let name = format!("{r:?}");
    let name = name
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_string();
    StoreError::Refused(t!("client-unexpected", reply = name))
}

impl Inner {
    /// A pooled connection the server has not closed, or a new one.
    fn take(&self) -> Result<Conn> {
        loop {
            let pooled = self.pool.lock().ok().and_then(|mut p| p.pop());
            match pooled {
                Some(mut c) => {
                    if c.alive() {
                        return Ok(c);
                    }
                }
                None => return self.fresh(),
            }
        }
    }

    /// A connection `request` has been sent on: a pooled one, or a new one when the
    /// pooled one was closed meanwhile.
    fn sent(&self, request: &Request) -> Result<Conn> {
        let mut conn = self.take()?;
        if conn.send(request).is_err() {
            conn = self.fresh()?;
            conn.send(request).map_err(|e| lost(&e))?;
        }
        Ok(conn)
    }

    fn fresh(&self) -> Result<Conn> {
        self.open()
            .map(|(c, _)| c)
            .map_err(|u| StoreError::Unavailable(u.message))
    }

    fn give_back(&self, conn: Conn) {
        if let Ok(mut p) = self.pool.lock() {
            if p.len() < 8 {
                p.push(conn);
            }
        }
    }

    /// Connects (starting a server when none answers and this user may) and shakes hands.
    fn open(&self) -> std::result::Result<(Conn, Vec<String>), Unreachable> {
        let stream = match UnixStream::connect(&self.socket) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                return Err(Unreachable::new(t!(
                    "client-no-access",
                    dir = self.dir.display().to_string(),
                    group = dir_group(&self.dir)
                )))
            }
            Err(_) => self.start_and_connect()?,
        };
        let mut stream = stream;
        let mut tries = 0;
        loop {
            match self.handshake(stream) {
                // A server that was stopping as this client came: again, to the next
                // (its socket may answer a moment longer before it goes).
                Err(u) if u.closed && tries < 20 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(50 * tries.min(4)));
                    stream =
                        UnixStream::connect(&self.socket).or_else(|_| self.start_and_connect())?;
                }
                other => return other,
            }
        }
    }

    fn handshake(
        &self,
        stream: UnixStream,
    ) -> std::result::Result<(Conn, Vec<String>), Unreachable> {
        // A server stopping as this client comes closes the connection, or resets it
        // (it had the hello unread): either way, the caller tries the next server.
        let lost = |e: FrameError| Unreachable {
            closed: match &e {
                FrameError::Closed => true,
                FrameError::Io(io) => matches!(
                    io.kind(),
                    std::io::ErrorKind::ConnectionReset
                        | std::io::ErrorKind::BrokenPipe
                        | std::io::ErrorKind::UnexpectedEof
                ),
                _ => false,
            },
            ..Unreachable::new(t!("client-lost", error = e.to_string()))
        };
        let write = stream.try_clone().map_err(|e| lost(e.into()))?;
        let mut conn = Conn {
            reader: BufReader::new(stream),
            writer: BufWriter::new(write),
        };
        send_json(&mut conn.writer, &self.hello).map_err(|e| lost(e.into()))?;
        let welcome: Welcome = receive_json(&mut conn.reader).map_err(lost)?;
        match welcome {
            Welcome::Welcome { warnings, .. } => Ok((conn, warnings)),
            Welcome::OtherVersion { version, .. } => Err(Unreachable::new(t!(
                "client-other-version",
                server = version,
                this = VERSION
            ))),
            Welcome::Refused { message } => Err(Unreachable::new(message)),
        }
    }

    /// Starts a server for the directory in the background, then connects to it. A
    /// server another client started at the same moment is waited for.
    fn start_and_connect(&self) -> std::result::Result<UnixStream, Unreachable> {
        if !may_start(&self.dir) {
            return Err(Unreachable::new(t!(
                "client-no-server",
                dir = self.dir.display().to_string(),
                owner = dir_owner(&self.dir)
            )));
        }
        // Another server may be opening or closing the store at this moment: its start
        // or its stop is waited for, up to fifteen seconds.
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let started = spawn_server(&self.dir)?;
            if started.ready || started.locked {
                let until =
                    Instant::now() + Duration::from_secs(if started.ready { 10 } else { 1 });
                while Instant::now() < until {
                    if let Ok(s) = UnixStream::connect(&self.socket) {
                        return Ok(s);
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
            if !started.locked || Instant::now() >= deadline {
                let message = started.error.unwrap_or_else(|| {
                    t!("client-server-silent", dir = self.dir.display().to_string())
                });
                return Err(Unreachable {
                    message,
                    damaged: started.damaged,
                    closed: false,
                });
            }
        }
    }
}

/// True when this user can start the directory's server: the directory is theirs, or
/// does not exist yet. Not root on somebody else's: a server run by root would leave
/// files there that their owner's server could no longer open.
fn may_start(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let me = nix::unistd::geteuid().as_raw();
    match std::fs::metadata(dir) {
        Ok(m) => m.uid() == me,
        Err(_) => true,
    }
}

fn dir_owner(dir: &Path) -> String {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(dir)
        .map(|m| crate::server::access::user_name(m.uid()))
        .unwrap_or_default()
}

fn dir_group(dir: &Path) -> String {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(dir)
        .map(|m| crate::server::access::group_name(m.gid()))
        .unwrap_or_else(|_| "?".into())
}

/// The perinat binary that runs a server: this one, or, for a program that links
/// perinat (a test, a benchmark), the `perinat` beside it or one directory up (cargo's
/// `target/<profile>/perinat` next to `target/<profile>/deps/`).
fn server_exe() -> std::io::Result<PathBuf> {
    let me = std::env::current_exe()?;
    if me.file_stem().is_some_and(|s| s == "perinat") {
        return Ok(me);
    }
    let dir = me.parent().unwrap_or(Path::new("."));
    [dir.join("perinat"), dir.join("..").join("perinat")]
        .into_iter()
        .find(|p| p.is_file())
        .ok_or_else(|| std::io::Error::other("no perinat binary beside this program"))
}

/// Runs `perinat serve --spawned` on `dir`, in a session of its own (it outlives this
/// terminal), and reads the line where it says it is ready or why it is not.
fn spawn_server(dir: &Path) -> std::result::Result<Started, Unreachable> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let cannot = |e: std::io::Error| {
        Unreachable::new(t!(
            "client-cannot-start",
            dir = dir.display().to_string(),
            error = e.to_string()
        ))
    };
    let exe = server_exe().map_err(cannot)?;
    let linger = std::env::var(LINGER_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_LINGER_SECS);
    let mut cmd = Command::new(exe);
    cmd.arg("serve")
        .arg("--data-dir")
        .arg(dir)
        .arg("--linger")
        .arg(linger.to_string())
        .arg("--spawned")
        .arg("--lang")
        .arg(crate::i18n::language().code())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // SAFETY: setsid only detaches the child from this terminal's session; it is
    // async-signal-safe and touches no memory of the parent.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let mut child = cmd.spawn().map_err(cannot)?;
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    // The server runs on; a thread reaps it when it stops, so it leaves no zombie.
    std::thread::spawn(move || child.wait());
    serde_json::from_str::<Started>(line.trim())
        .map_err(|_| Unreachable::new(t!("client-server-silent", dir = dir.display().to_string())))
}

macro_rules! expect {
    ($reply:expr, $variant:ident) => {
        match $reply {
            Reply::$variant(x) => Ok(x),
            other => Err(unexpected(&other)),
        }
    };
}

impl CaseloadApi for Client {
    fn providers(&self) -> Result<Vec<Provider>> {
        expect!(self.call(&Request::Providers)?, Providers)
    }

    fn settings(&self) -> Result<PracticeSettings> {
        expect!(self.call(&Request::Settings)?, Settings)
    }

    fn pregnancy(&self, id: &str) -> Result<Option<Pregnancy>> {
        expect!(self.call(&Request::Pregnancy(id.into()))?, Pregnancy)
    }

    fn pregnancy_versioned(&self, id: &str) -> Result<Option<Versioned>> {
        expect!(
            self.call(&Request::PregnancyVersioned(id.into()))?,
            Versioned
        )
    }

    fn last_change(&self, id: &str) -> Result<Option<Stamp>> {
        expect!(self.call(&Request::LastChange(id.into()))?, Stamp)
    }

    fn case_history(&self, id: &str) -> Result<Vec<AuditEntry>> {
        expect!(self.call(&Request::CaseHistory(id.into()))?, History)
    }

    fn scan_audit(&self, visit: &mut dyn FnMut(AuditEntry) -> bool) -> Result<()> {
        self.stream(&Request::ScanAudit, &mut |r| match r {
            Reply::Audit(batch) => batch.into_iter().all(&mut *visit),
            _ => false,
        })
    }

    fn count_pregnancies(&self) -> Result<usize> {
        expect!(self.call(&Request::CountPregnancies)?, Count)
    }

    fn scan_pregnancies(&self, visit: &mut dyn FnMut(Pregnancy) -> bool) -> Result<()> {
        self.stream(&Request::ScanPregnancies, &mut |r| match r {
            Reply::Pregnancies(batch) => batch.into_iter().all(&mut *visit),
            _ => false,
        })
    }

    fn pregnancies_in_month(&self, month: YearMonth) -> Result<Vec<Pregnancy>> {
        let mut conn = self.inner.sent(&Request::PregnanciesInMonth(month))?;
        let frames = match conn.receive().map_err(|e| lost(&e))? {
            Ok(Reply::Count(n)) => n,
            Ok(other) => return Err(unexpected(&other)),
            Err(f) => return Err(f.into()),
        };
        // One frame per case record, read as they come, then decoded on every core.
        let mut bodies = Vec::with_capacity(frames.min(10_000));
        for _ in 0..frames {
            bodies.push(protocol::read_frame(&mut conn.reader).map_err(|e| lost(&e))?);
        }
        self.inner.give_back(conn);
        {
            let parts = crate::parallel::parallel_slices(&bodies, |part| {
                let mut out = Vec::with_capacity(part.len());
                for b in part {
                    let r: CaseRecord = crate::store::codec::decode(b"(from the server)", b)?;
                    out.push(r.pregnancy);
                }
                Ok::<_, StoreError>(out)
            });
            let mut all = Vec::new();
            for p in parts {
                all.extend(p?);
            }
            Ok(all)
        }
    }

    fn location(&self) -> String {
        self.inner.dir.display().to_string()
    }

    fn watch(&self) -> Option<Receiver<Live>> {
        let (tx, rx) = channel();
        let inner = self.inner.clone();
        std::thread::spawn(move || {
            let mut lost = false;
            // Half a second between tries at first, then longer while it keeps failing
            // (a store that cannot be opened is not retried twice a second all day).
            let mut pause = Duration::from_millis(500);
            // Once nobody holds the client any more (the UI has closed), the watch ends:
            // the heartbeats wake it to look.
            let orphaned = |inner: &Arc<Inner>| Arc::strong_count(inner) <= 1;
            loop {
                if orphaned(&inner) {
                    return;
                }
                // A data directory that is gone (moved, deleted) is not brought back by
                // starting a server on it.
                if !inner.dir.exists() {
                    std::thread::sleep(pause);
                    continue;
                }
                let why = match inner.open() {
                    Ok((mut conn, _)) => {
                        let ok = conn.send(&Request::Watch).is_ok()
                            && matches!(conn.receive(), Ok(Ok(Reply::Done)));
                        if ok {
                            pause = Duration::from_millis(500);
                        }
                        if ok && lost {
                            lost = false;
                            if tx.send(Live::Back).is_err() {
                                return;
                            }
                        }
                        loop {
                            match conn.receive() {
                                Ok(Ok(Reply::Event(c))) => {
                                    if tx.send(Live::Committed(c)).is_err() {
                                        return;
                                    }
                                }
                                Ok(Ok(_)) => {
                                    if orphaned(&inner) {
                                        return;
                                    }
                                }
                                Ok(Err(f)) => break StoreError::from(f).to_string(),
                                Err(e) => break t!("client-lost", error = e.to_string()),
                            }
                        }
                    }
                    Err(u) => u.message,
                };
                if !lost {
                    lost = true;
                    if tx.send(Live::Lost(why)).is_err() {
                        return;
                    }
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(10));
            }
        });
        Some(rx)
    }

    fn import_from(
        &self,
        caseload: Caseload,
        replace: bool,
        source: &str,
    ) -> Result<ImportSummary> {
        let request = Request::Import {
            caseload,
            replace,
            source: source.into(),
        };
        expect!(self.call(&request)?, Imported)
    }

    fn replace_all(&self, caseload: Caseload, source: &str) -> Result<ImportSummary> {
        self.restore(caseload, source).map(|(s, _, _)| s)
    }

    fn put_provider(&self, provider: Provider) -> Result<()> {
        self.call(&Request::PutProvider(provider)).map(|_| ())
    }

    fn add_provider(&self, provider: Provider) -> Result<()> {
        self.call(&Request::AddProvider(provider)).map(|_| ())
    }

    fn save_pregnancy(&self, pregnancy: Pregnancy, based_on: Option<u64>) -> Result<u64> {
        let request = Request::SavePregnancy {
            pregnancy,
            based_on,
        };
        expect!(self.call(&request)?, Revision)
    }

    fn delete_pregnancy_based(&self, id: &str, based_on: Option<u64>) -> Result<()> {
        let request = Request::DeletePregnancy {
            id: id.into(),
            based_on,
        };
        self.call(&request).map(|_| ())
    }

    fn delete_provider(&self, id: &str) -> Result<()> {
        self.call(&Request::DeleteProvider(id.into())).map(|_| ())
    }

    fn merge_provider(&self, duplicate: &str, original: &str) -> Result<usize> {
        let request = Request::MergeProvider {
            duplicate: duplicate.into(),
            original: original.into(),
        };
        match self.call(&request)? {
            Reply::Count(n) => Ok(n),
            other => Err(unexpected(&other)),
        }
    }

    fn mark_billed(
        &self,
        case: &str,
        line: &LineRef,
        billed_on: chrono::NaiveDate,
        today: chrono::NaiveDate,
    ) -> Result<BilledService> {
        let request = Request::MarkBilled {
            case: case.into(),
            line: line.clone(),
            billed_on,
            today,
        };
        expect!(self.call(&request)?, Billed)
    }

    fn correct_billed(
        &self,
        case: &str,
        line: &LineRef,
        correction: crate::store::Correction,
        reason: &str,
        today: chrono::NaiveDate,
    ) -> Result<Option<BilledService>> {
        let request = Request::CorrectBilled {
            case: case.into(),
            line: line.clone(),
            correction,
            reason: reason.into(),
            today,
        };
        expect!(self.call(&request)?, Corrected)
    }
}
