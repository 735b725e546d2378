//! Who is on the other end of the socket, from the kernel (the peer's credentials, never
//! an environment variable), and whether they may use the caseload: the owner of the
//! data directory, the members of the group that owns it, and root.

use nix::unistd::{Gid, Group, Uid, User};
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixStream;
use std::path::Path;

/// The peer's user id, as the kernel knows it.
pub fn peer_uid(stream: &UnixStream) -> std::io::Result<u32> {
    use nix::sys::socket::{getsockopt, sockopt::PeerCredentials};
    getsockopt(stream, PeerCredentials)
        .map(|c| c.uid())
        .map_err(std::io::Error::from)
}

/// The login name of a user id ("uid 1234" when it has none).
pub fn user_name(uid: u32) -> String {
    match User::from_uid(Uid::from_raw(uid)) {
        Ok(Some(u)) => u.name,
        _ => format!("uid {uid}"),
    }
}

/// The login name of this process's user.
pub fn current_user() -> String {
    user_name(nix::unistd::geteuid().as_raw())
}

/// The name of a group id ("gid 1234" when it has none).
pub fn group_name(gid: u32) -> String {
    match Group::from_gid(Gid::from_raw(gid)) {
        Ok(Some(g)) => g.name,
        _ => format!("gid {gid}"),
    }
}

/// True when `uid` is a member of group `gid` (as its primary group or a supplementary
/// one).
fn in_group(uid: u32, gid: u32) -> bool {
    let Ok(Some(user)) = User::from_uid(Uid::from_raw(uid)) else {
        return false;
    };
    if user.gid.as_raw() == gid {
        return true;
    }
    let Ok(name) = std::ffi::CString::new(user.name.clone()) else {
        return false;
    };
    nix::unistd::getgrouplist(&name, user.gid)
        .map(|groups| groups.iter().any(|g| g.as_raw() == gid))
        .unwrap_or(false)
}

/// Whether `uid` may use the caseload in `dir`; the refusal names the group to join.
pub fn check(uid: u32, dir: &Path) -> Result<(), String> {
    let server = nix::unistd::geteuid().as_raw();
    if uid == server || uid == 0 {
        return Ok(());
    }
    let meta = std::fs::metadata(dir).map_err(|e| e.to_string())?;
    if uid == meta.uid() || in_group(uid, meta.gid()) {
        return Ok(());
    }
    let user = user_name(uid);
    Err(crate::t!(
        "server-access-refused",
        user = user.as_str(),
        dir = dir.display().to_string(),
        group = group_name(meta.gid()),
        owner = user_name(meta.uid())
    ))
}

/// Gives the data directory to `group`: the directory becomes the group's to enter
/// (0710: its members reach the socket, nothing else), and a running server's socket
/// the group's to use. The store's files stay the owner's alone.
pub fn share(dir: &Path, group: &str) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let g = match Group::from_name(group) {
        Ok(Some(g)) => g,
        _ => return Err(crate::t!("share-no-group", group = group)),
    };
    let fail = |path: &Path, e: std::io::Error| {
        crate::t!(
            "share-failed",
            path = path.display().to_string(),
            group = group,
            error = e.to_string()
        )
    };
    std::os::unix::fs::chown(dir, None, Some(g.gid.as_raw())).map_err(|e| fail(dir, e))?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o710))
        .map_err(|e| fail(dir, e))?;
    let socket = crate::server::socket_path(dir);
    if socket.exists() {
        std::os::unix::fs::chown(&socket, None, Some(g.gid.as_raw()))
            .map_err(|e| fail(&socket, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_own_user_may_connect() {
        let tmp = tempfile::tempdir().unwrap();
        let me = nix::unistd::geteuid().as_raw();
        assert!(check(me, tmp.path()).is_ok());
    }

    #[test]
    fn a_stranger_is_refused_with_the_group_to_join() {
        let tmp = tempfile::tempdir().unwrap();
        // 65534 is "nobody" on Debian; it owns nothing here and is in no group of ours.
        let e = check(65534, tmp.path());
        if nix::unistd::geteuid().as_raw() == 65534 {
            return;
        }
        let meta = std::fs::metadata(tmp.path()).unwrap();
        let group = group_name(meta.gid());
        match e {
            Err(msg) => assert!(msg.contains(&group), "{msg}"),
            Ok(()) => assert!(in_group(65534, meta.gid())),
        }
    }
}
