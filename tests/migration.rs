//! Stores written by every released schema version keep opening, through the real
//! binary, and give the same export. tests/golden/vN/store is a store as version N of
//! perinat left it (written by importing tests/fixtures/practice.json), and
//! tests/golden/vN/export.json its export by that version.

use std::path::Path;

mod common;
use common::{copy_store, perinat};

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
