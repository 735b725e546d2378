//! A throw-away PostgreSQL 15 cluster for the tests and the benchmark: initdb in a
//! temporary directory (as user `nobody` when run as root, which PostgreSQL refuses to
//! run as), listening on a socket directory inside it and on a random localhost port,
//! stopped and removed when dropped. PostgreSQL's binaries are looked for in
//! `PERINAT_PG_BIN`, else /usr/lib/postgresql/15/bin.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The superuser's name and password (password over TCP; the socket trusts).
pub const USER: &str = "perinat";
pub const PASSWORD: &str = "test-secret";

/// Where PostgreSQL's programs are, or why they are not there.
pub fn bin_dir() -> Result<PathBuf, String> {
    let dir = std::env::var_os("PERINAT_PG_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/lib/postgresql/15/bin"));
    if dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() {
        Ok(dir)
    } else {
        Err(format!(
            "PostgreSQL 15 is not installed: no initdb and pg_ctl in {} (install it with apt-get install -y postgresql-15, as .ci/run does, or name its bin directory in PERINAT_PG_BIN)",
            dir.display()
        ))
    }
}

pub struct Pg {
    _tmp: tempfile::TempDir,
    bin: PathBuf,
    data: PathBuf,
    pub socket_dir: PathBuf,
    pub port: u16,
    options: String,
    as_nobody: bool,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Pg {
    /// A new cluster, started; panics (naming what to install) without PostgreSQL.
    /// `durable`: fsync on, as a real server (the benchmark); the tests run without.
    pub fn start(durable: bool) -> Pg {
        let bin = bin_dir().unwrap_or_else(|e| panic!("{e}"));
        let tmp = tempfile::Builder::new()
            .prefix("perinat-pg-")
            .tempdir()
            .expect("tempdir");
        let as_nobody = nix::unistd::geteuid().is_root();
        let to_nobody = |p: &Path| {
            if as_nobody {
                std::os::unix::fs::chown(p, Some(65534), Some(65534)).expect("chown to nobody");
            }
        };
        to_nobody(tmp.path());
        let data = tmp.path().join("data");
        let socket_dir = tmp.path().join("sock");
        let pwfile = tmp.path().join("pw");
        std::fs::write(&pwfile, PASSWORD).expect("pwfile");
        std::fs::create_dir(&socket_dir).expect("socket dir");
        to_nobody(&pwfile);
        to_nobody(&socket_dir);
        let mut pg = Pg {
            _tmp: tmp,
            bin,
            data,
            socket_dir,
            port: free_port(),
            options: if durable {
                String::new()
            } else {
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off".into()
            },
            as_nobody,
        };
        let out = pg
            .command("initdb")
            .arg("-D")
            .arg(&pg.data)
            .args(["-U", USER, "-A", "trust", "--auth-host=scram-sha-256"])
            .args(["-E", "UTF8", "--no-locale", "--no-sync"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .output()
            .expect("initdb runs");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        pg.port = free_port();
        pg.start_again();
        pg
    }

    fn command(&self, program: &str) -> Command {
        let exe = self.bin.join(program);
        if self.as_nobody {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(exe)
                .env("HOME", "/tmp");
            c
        } else {
            Command::new(exe)
        }
    }

    /// Starts the cluster (again, after [`kill`](Pg::kill)), on the same port.
    pub fn start_again(&self) {
        let log = self.data.parent().expect("parent").join("log");
        let out = self
            .command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .arg("-l")
            .arg(&log)
            .arg("-o")
            .arg(format!(
                "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200 {}",
                self.port,
                self.socket_dir.display(),
                self.options
            ))
            .args(["-w", "-t", "60", "start"])
            .output()
            .expect("pg_ctl runs");
        assert!(
            out.status.success(),
            "PostgreSQL did not start: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(&log).unwrap_or_default()
        );
    }

    /// Stops the cluster at once, as a crash would (immediate shutdown: no checkpoint,
    /// every connection cut).
    pub fn kill(&self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "-w", "stop"])
            .output();
    }

    /// A URL of database `db` through the socket directory (trusted: no password).
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgres://{USER}@/{db}?host={}&port={}",
            self.socket_dir.display(),
            self.port
        )
    }

    /// A URL of database `db` over TCP, with `password`.
    pub fn tcp_url(&self, db: &str, password: &str) -> String {
        format!("postgres://{USER}:{password}@127.0.0.1:{}/{db}", self.port)
    }

    /// A connection to `db`, for a test's own SQL.
    pub fn client(&self, db: &str) -> postgres::Client {
        let start = Instant::now();
        loop {
            match postgres::Client::connect(&self.url(db), postgres::NoTls) {
                Ok(c) => return c,
                Err(e) if start.elapsed() > Duration::from_secs(20) => {
                    panic!("cannot connect to {db}: {e}")
                }
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }

    /// A new, empty database; returns its URL.
    pub fn database(&self, name: &str) -> String {
        self.client("postgres")
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        self.url(name)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        self.kill();
    }
}
