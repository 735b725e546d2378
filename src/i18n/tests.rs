//! The catalogs are complete and agree: every key the code uses is in each of them, each
//! has the same keys as the others with the same `{ $variables }`, and each parses.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn keys_used_in(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            keys_used_in(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            for (i, _) in text.match_indices("t!(\"") {
                let before = text[..i].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                let rest = &text[i + 4..];
                if let Some(end) = rest.find('"') {
                    out.push((rest[..end].to_string(), p.display().to_string()));
                }
            }
        }
    }
}

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        // DE($name): the variables given to a function.
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
        }
        _ => {}
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => variables_of_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
    }
}

/// Each message of a catalog with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let source = lang.catalog();
    let resource = match ast_of(source) {
        Ok(r) => r,
        Err(e) => panic!("{lang}.ftl has errors: {e}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables_of_pattern(p, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn ast_of(source: &str) -> Result<ast::Resource<&str>, String> {
    fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))
}

#[test]
fn every_catalog_parses_without_errors() {
    for lang in Lang::ALL {
        if let Err(e) = ast_of(lang.catalog()) {
            panic!("{lang}.ftl has errors: {e}");
        }
        assert!(messages(lang).len() > 300, "{lang}.ftl is nearly empty");
    }
}

#[test]
fn every_catalog_has_the_same_keys_with_the_same_variables() {
    let reference = messages(Lang::En);
    for lang in [Lang::Fr, Lang::Nl, Lang::De] {
        let other = messages(lang);
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !other.contains_key(*k))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang}.ftl lacks keys that en.ftl has: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "{lang}.ftl has keys that en.ftl lacks: {extra:?}"
        );
        let differing: Vec<_> = reference
            .iter()
            .filter(|(k, vars)| other.get(*k).is_some_and(|o| o != *vars))
            .map(|(k, vars)| format!("{k}: en uses {vars:?}, {lang} uses {:?}", other[k]))
            .collect();
        assert!(differing.is_empty(), "{differing:#?}");
    }
}

#[test]
fn every_key_used_in_code_is_in_every_catalog() {
    let mut used = Vec::new();
    keys_used_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(used.len() > 50, "the scan found only {} keys", used.len());
    for lang in Lang::ALL {
        let missing: Vec<_> = used
            .iter()
            .filter(|(k, _)| k != "key" && !has_in(lang, k))
            .collect();
        assert!(
            missing.is_empty(),
            "keys missing from {lang}.ftl: {missing:?}"
        );
    }
}

#[test]
fn messages_fill_in_their_arguments() {
    assert_eq!(text("no-such-key", &[]), "no-such-key");
    let s = crate::t!("blocker-r41-too-few", count = 3usize);
    assert!(s.contains('3'), "{s}");
}

#[test]
fn plurals_follow_each_language_rules() {
    // French counts 0 and 1 as singular; English, Dutch and German only 1.
    let billed = |lang, n: usize| with_language(lang, || crate::t!("status-billed", count = n));
    assert_eq!(billed(Lang::En, 1), "One service marked billed.");
    assert_eq!(billed(Lang::En, 2), "2 services marked billed.");
    assert_ne!(billed(Lang::Fr, 1), billed(Lang::Fr, 2).replace('2', "1"));
    assert!(billed(Lang::Nl, 3).contains('3'));
}

#[test]
fn with_language_is_per_thread_and_restores() {
    set_language(Lang::En);
    let inside = with_language(Lang::Nl, || {
        let nested = with_language(Lang::De, language);
        (language(), nested)
    });
    assert_eq!(inside, (Lang::Nl, Lang::De));
    assert_eq!(language(), Lang::En);
}

/// Keys that the code builds at run time from an enum's name, which the `t!()` scan
/// cannot see.
pub(crate) fn built_keys() -> Vec<String> {
    use crate::domain::model::{EvalStatus, Profession, Pseudocode, Region};
    let mut keys = Vec::new();
    for p in Profession::ALL {
        keys.push(format!("profession-{}", p.key()));
        keys.push(format!("profession-article-{}", p.key()));
    }
    keys.extend(Region::ALL.iter().map(|r| format!("region-{}", r.key())));
    keys.extend(
        EvalStatus::ALL
            .iter()
            .map(|s| format!("status-{}", s.key())),
    );
    keys.extend(
        Pseudocode::ALL
            .iter()
            .map(|p| format!("service-{}", p.code())),
    );
    keys.extend(
        Pseudocode::ALL
            .iter()
            .map(|p| format!("service-long-{}", p.code())),
    );
    keys.extend(
        crate::store::AuditAction::ALL
            .iter()
            .map(|a| a.key().to_string()),
    );
    keys.extend((1..=12).map(|m| format!("month-{m}")));
    keys
}

#[test]
fn every_name_of_the_domain_enums_is_in_every_catalog() {
    for lang in Lang::ALL {
        let missing: Vec<_> = built_keys()
            .into_iter()
            .filter(|k| !has_in(lang, k))
            .collect();
        assert!(missing.is_empty(), "{lang}: {missing:?}");
    }
}

#[test]
fn french_elides_de_before_a_vowel_or_an_h() {
    let fr = |name: &str| {
        crate::i18n::with_language(Lang::Fr, || crate::t!("form-screening", name = name))
    };
    assert_eq!(fr("Amélie"), "Dépistage d'Amélie (R10–R16)");
    assert_eq!(fr("Hélène"), "Dépistage d'Hélène (R10–R16)");
    assert_eq!(fr("Mia"), "Dépistage de Mia (R10–R16)");
    let month =
        |m: &str| crate::i18n::with_language(Lang::Fr, || crate::t!("billing-month", month = m));
    assert_eq!(month("avril 2025"), "Prestations d'avril 2025");
    assert_eq!(month("mai 2025"), "Prestations de mai 2025");
    let count = crate::i18n::with_language(Lang::Fr, || crate::t!("busy-import", count = 12usize));
    assert_eq!(count, "enregistrement d'un import de 12 grossesses…");
}

#[test]
fn counts_agree_with_their_nouns() {
    let title = |lang: Lang, shown: usize, count: usize| {
        crate::i18n::with_language(lang, || {
            crate::t!("title-count", shown = shown, count = count)
        })
    };
    assert_eq!(title(Lang::En, 1, 1), "1 of 1 case");
    assert_eq!(title(Lang::En, 2, 40), "2 of 40 cases");
    assert_eq!(title(Lang::Fr, 0, 1), "0 sur 1 dossier");
    assert_eq!(title(Lang::De, 1, 1), "1 von 1 Fall");
    let phases = crate::i18n::with_language(Lang::En, || {
        crate::t!(
            "overview-phases",
            count = 1usize,
            prenatal = 1usize,
            postnatal = 0usize,
            childhood = 0usize,
            closed = 0usize
        )
    });
    assert!(phases.starts_with("1 pregnancy:"), "{phases}");
}

/// Issue 12, "Words for people": a number next to a noun agrees with it in every
/// language, and French counts 0 as singular.
#[test]
fn fixed_counts_are_singular_for_one_and_plural_for_two() {
    let demo =
        |lang: Lang, n: usize| with_language(lang, || crate::t!("status-demo-loaded", count = n));
    let cases = [
        (
            Lang::En,
            "Loaded 1 fake pregnancy (demo data).",
            "Loaded 2 fake pregnancies (demo data).",
        ),
        (
            Lang::Fr,
            "1 grossesse fictive chargée (démonstration).",
            "2 grossesses fictives chargées (démonstration).",
        ),
        (
            Lang::Nl,
            "1 fictieve zwangerschap geladen (demogegevens).",
            "2 fictieve zwangerschappen geladen (demogegevens).",
        ),
        (
            Lang::De,
            "1 fiktive Schwangerschaft geladen (Demodaten).",
            "2 fiktive Schwangerschaften geladen (Demodaten).",
        ),
    ];
    for (lang, one, two) in cases {
        assert_eq!(demo(lang, 1), one, "{lang}");
        assert_eq!(demo(lang, 2), two, "{lang}");
    }
    // French: 0 takes the singular too.
    assert_eq!(
        demo(Lang::Fr, 0),
        "0 grossesse fictive chargée (démonstration)."
    );

    let too_few =
        |lang: Lang, n: usize| with_language(lang, || crate::t!("blocker-r41-too-few", count = n));
    for (lang, one, two) in [
        (Lang::En, "1 participant,", "2 participants,"),
        (Lang::Fr, "1 participant,", "2 participants,"),
        (Lang::Nl, "1 deelnemer,", "2 deelnemers,"),
        (Lang::De, "1 teilnehmende Person,", "2 Teilnehmende,"),
    ] {
        assert!(
            too_few(lang, 1).starts_with(one),
            "{lang}: {}",
            too_few(lang, 1)
        );
        assert!(
            too_few(lang, 2).starts_with(two),
            "{lang}: {}",
            too_few(lang, 2)
        );
    }

    let digits = |lang: Lang, n: usize| {
        with_language(lang, || {
            crate::t!("id-digit-count", what = "NISS", value = "1", count = n)
        })
    };
    for (lang, one, two) in [
        (Lang::En, "has 1 digit,", "has 2 digits,"),
        (Lang::Fr, "a 1 chiffre,", "a 2 chiffres,"),
        (Lang::Nl, "heeft 1 cijfer,", "heeft 2 cijfers,"),
        (Lang::De, "hat 1 Ziffer,", "hat 2 Ziffern,"),
    ] {
        assert!(digits(lang, 1).contains(one), "{lang}: {}", digits(lang, 1));
        assert!(digits(lang, 2).contains(two), "{lang}: {}", digits(lang, 2));
    }

    let expired = |lang: Lang, expired: usize, count: usize| {
        with_language(lang, || {
            crate::t!("confirm-mark-expired", expired = expired, count = count)
        })
    };
    for lang in Lang::ALL {
        let (single, one_of_two, two_of_two) = (
            expired(lang, 1, 1),
            expired(lang, 1, 2),
            expired(lang, 2, 2),
        );
        assert!(
            !single.contains("1 of the 1") && !single.contains('1'),
            "{lang}: {single}"
        );
        assert!(
            one_of_two.contains('2') && one_of_two != two_of_two.replacen('2', "1", 1),
            "{lang}: {one_of_two}"
        );
    }
    assert!(
        expired(Lang::En, 1, 2).starts_with("1 of the 2 services to mark has passed its deadline")
    );
    assert!(
        expired(Lang::Fr, 1, 2).starts_with("1 des 2 prestations à marquer a dépassé son échéance")
    );

    let restore = |lang: Lang, n: usize| {
        with_language(lang, || {
            crate::t!(
                "cli-restore-question",
                dir = "/x",
                count = n,
                providers = n,
                file = "f",
                new_count = n,
                new_providers = n,
                backups = "/b"
            )
        })
    };
    assert!(restore(Lang::En, 1).contains("(1 pregnancy, 1 provider)"));
    assert!(restore(Lang::En, 2).contains("(2 pregnancies, 2 providers)"));
    assert!(restore(Lang::Fr, 1).contains("(1 grossesse, 1 prestataire)"));
    assert!(restore(Lang::Fr, 2).contains("(2 grossesses, 2 prestataires)"));
    assert!(restore(Lang::Nl, 1).contains("(1 zwangerschap, 1 zorgverlener)"));
    assert!(restore(Lang::Nl, 2).contains("(2 zwangerschappen, 2 zorgverleners)"));
    assert!(restore(Lang::De, 1).contains("(1 Schwangerschaft, 1 Leistungserbringer)"));
    assert!(restore(Lang::De, 2).contains("(2 Schwangerschaften, 2 Leistungserbringer)"));
}
