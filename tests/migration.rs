//! Stores written by every released schema version keep opening, through the real
//! binary, and give the same export. tests/golden/vN/store is a store as version N of
//! perinat left it (written by importing tests/fixtures/practice.json), and
//! tests/golden/vN/export.json its export by that version.

use assert_cmd::Command;
use std::path::Path;

/// Copies a golden store into a fresh directory (opening it may rewrite it).
fn copy_store(from: &Path, to: &Path) {
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).expect("under the golden store");
        let target = to.join(rel);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("mkdir");
        std::fs::copy(&entry, &target).expect("copy");
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read golden dir") {
        let path = e.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn perinat(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("perinat").expect("binary");
    c.arg("--data-dir").arg(dir).env_remove("PERINAT_DATA_DIR");
    c
}

fn opens_and_exports_the_same(version: &str) -> tempfile::TempDir {
    let golden = Path::new("tests/golden").join(version);
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    copy_store(&golden.join("store"), &dir);
    let out = perinat(&dir).arg("export").assert().success();
    let expected = std::fs::read_to_string(golden.join("export.json")).expect("golden export");
    let got = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    assert_eq!(got, expected, "the {version} store exports as it did");
    tmp
}

#[test]
fn schema_v1_store_opens_and_exports_the_same() {
    opens_and_exports_the_same("v1");
}
