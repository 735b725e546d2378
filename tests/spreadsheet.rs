//! The billing CSV in a real spreadsheet with a Belgian locale: LibreOffice (headless)
//! reads it as fr-BE and nl-BE and must see dates as dates and amounts as numbers, in the
//! right columns. LibreOffice is too big for CI, so this test is ignored there; run it
//! with `cargo test --test spreadsheet -- --ignored` after
//! `apt-get install libreoffice-calc-nogui`.

mod common;

use common::{billing_csv, imported};
use std::process::Command;

/// The cells of the converted sheet as (type, value) pairs, in order.
fn cells(fods: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for piece in fods.split("<table:table-cell").skip(1) {
        let attr = |name: &str| {
            piece
                .split_once(&format!("{name}=\""))
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(v, _)| v.to_string())
        };
        let Some(kind) = attr("office:value-type") else {
            continue;
        };
        let value = match kind.as_str() {
            "float" => attr("office:value"),
            "date" => attr("office:date-value"),
            _ => piece
                .split_once("<text:p>")
                .and_then(|(_, r)| r.split_once("</text:p>"))
                .map(|(v, _)| v.to_string()),
        };
        // Equal neighbours are written once, with a repeat count.
        let repeat: usize = attr("table:number-columns-repeated")
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
        for _ in 0..repeat {
            out.push((kind.clone(), value.clone().unwrap_or_default()));
        }
    }
    out
}

#[test]
#[ignore = "needs LibreOffice: apt-get install libreoffice-calc-nogui"]
fn the_billing_csv_opens_with_dates_and_numbers_in_a_belgian_spreadsheet() {
    let tmp = imported();
    // LibreOffice's language ids: 2060 French (Belgium), 2067 Dutch (Belgium).
    for (lang, locale) in [("fr", "2060"), ("nl", "2067")] {
        let csv = tmp.path().join(format!("billing-{lang}.csv"));
        std::fs::write(&csv, billing_csv(tmp.path(), lang)).expect("write csv");
        let status = Command::new("soffice")
            .args([
                "--headless",
                &format!("-env:UserInstallation=file://{}/lo", tmp.path().display()),
            ])
            .arg(format!("--infilter=CSV:59,34,76,1,,{locale}"))
            .args(["--convert-to", "fods", "--outdir"])
            .arg(tmp.path())
            .arg(&csv)
            .status()
            .expect("soffice runs");
        assert!(status.success());
        let fods = std::fs::read_to_string(tmp.path().join(format!("billing-{lang}.fods")))
            .expect("converted sheet");
        let cells = cells(&fods);
        // The coordination forfait's row: case, code, service, date, provider id, name,
        // units, unit price, amount, deadline, status.
        let at = cells
            .windows(2)
            .position(|w| w[0].1 == "c-B" && w[1].1 == "401413")
            .expect("the forfait's row");
        let row = &cells[at..at + 11];
        assert_eq!(
            row[3],
            ("date".into(), "2025-03-24".into()),
            "{lang}: {row:?}"
        );
        assert_eq!(row[6], ("float".into(), "1".into()), "{lang}: {row:?}");
        assert_eq!(row[7], ("float".into(), "744.05".into()), "{lang}: {row:?}");
        assert_eq!(row[8], ("float".into(), "744.05".into()), "{lang}: {row:?}");
        assert_eq!(
            row[9],
            ("date".into(), "2025-06-05".into()),
            "{lang}: {row:?}"
        );
        // The header row has the twelve columns, accents intact.
        let header: Vec<&str> = cells.iter().take(12).map(|(_, v)| v.as_str()).collect();
        assert_eq!(header.len(), 12, "{header:?}");
        if lang == "fr" {
            assert_eq!(header[9], "Échéance", "{header:?}");
        }
    }
}
