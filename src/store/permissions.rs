//! Privacy by default: the data directory and everything in it must be the owner's
//! alone (0700 directories, 0600 files), but for what a practice's group needs to reach
//! the server: entering the directory, and the socket. [`check`] finds what is wider and says how to
//! fix it; [`owner_only_umask`] makes everything this process creates owner-only.

use std::path::{Path, PathBuf};

/// Makes the files and directories this process creates owner-only from now on
/// (umask 077), whatever the library creating them asks for.
pub fn owner_only_umask() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file mode creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

/// The paths under `dir` (and `dir` itself) that others can read, write or enter.
pub fn too_open(dir: &Path) -> Vec<(PathBuf, u32)> {
    let mut out = Vec::new();
    #[cfg(unix)]
    visit(dir, &mut out, 0);
    out
}

#[cfg(unix)]
fn visit(path: &Path, out: &mut Vec<(PathBuf, u32)>, depth: usize) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return;
    };
    use std::os::unix::fs::FileTypeExt;
    let mode = meta.permissions().mode() & 0o777;
    // The directory may be entered (and listed) by its group, and the server's socket
    // used by it: that is how a practice shares one caseload. Nothing else is theirs.
    let allowed = if depth == 0 {
        0o050
    } else if meta.file_type().is_socket() {
        0o060
    } else {
        0
    };
    if mode & 0o077 & !allowed != 0 && !meta.file_type().is_symlink() {
        out.push((path.to_path_buf(), mode));
    }
    if meta.is_dir() && depth < 4 {
        if let Ok(entries) = std::fs::read_dir(path) {
            for e in entries.flatten() {
                visit(&e.path(), out, depth + 1);
            }
        }
    }
}

/// Warnings, with the fix, when the data directory or its files are open to others.
pub fn check(dir: &Path) -> Vec<String> {
    let open = too_open(dir);
    let Some((first, mode)) = open.first() else {
        return Vec::new();
    };
    vec![crate::t!(
        "store-open-to-others",
        file = first.display().to_string(),
        mode = format!("{mode:o}"),
        more = open.len() - 1,
        dir = dir.display().to_string()
    )]
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_world_readable_file_is_reported_with_the_fix() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(check(&dir).is_empty());
        let f = dir.join("db");
        std::fs::write(&f, b"x").unwrap();
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
        let w = check(&dir);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("mode 644") && w[0].contains("chmod -R go-rwx"),
            "{}",
            w[0]
        );
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(check(&dir).is_empty());
    }
}
