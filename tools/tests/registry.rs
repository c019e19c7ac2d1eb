//! codes.toml against the IANA HTTP Status Code Registry: the copy in `tests/data/`, kept
//! in IANA's own CSV layout, agrees with codes.toml in every code, phrase, reference,
//! registry status and expiry date; and the comparison reports each kind of change.

use httpcodes_tools::registry::{self, CsvError, Difference};
use httpcodes_tools::stages::vocab::RegistryStatus as Registry;
use httpcodes_tools::{parse, CODES_TOML};

const IANA: &str = include_str!("../../tests/data/iana-http-status-codes.csv");

/// The differences between codes.toml and the vendored registry file with `from` replaced
/// by `to`.
fn differences(from: &str, to: &str) -> Vec<Difference> {
    assert!(IANA.contains(from), "the test's text is not in the CSV: {from:?}");
    let csv = IANA.replacen(from, to, 1);
    let codes = parse(CODES_TOML).expect("codes.toml is valid");
    let entries = registry::read(&csv).unwrap_or_else(|errors| panic!("{errors:#?}"));
    registry::compare(&codes, &entries)
}

fn csv_errors(csv: &str) -> Vec<CsvError> {
    registry::read(csv).expect_err("the CSV is broken")
}

#[test]
fn the_vendored_registry_matches_codes_toml() {
    let differences = differences("", "");
    let report: Vec<String> = differences.iter().map(ToString::to_string).collect();
    assert!(report.is_empty(), "{report:#?}");
}

#[test]
fn the_vendored_registry_is_read_as_iana_writes_it() {
    let entries = registry::read(IANA).unwrap();
    assert_eq!(entries.len(), 64);
    let entry = |code| entries.iter().find(|e| e.code == code).unwrap();
    assert_eq!(entry(104).status, Registry::Temporary);
    assert_eq!(entry(104).expires.as_deref(), Some("2026-11-13"));
    assert_eq!(entry(104).phrase.as_deref(), Some("Upload Resumption Supported"));
    assert_eq!(entry(306).phrase, None);
    assert_eq!(entry(306).status, Registry::Unused);
    assert_eq!(entry(510).status, Registry::Obsoleted);
    assert_eq!(entry(510).phrase.as_deref(), Some("Not Extended"));
    assert_eq!(
        entry(510).references,
        ["RFC 2774", "Status change of HTTP experiments to Historic"]
    );
    assert_eq!(entry(404).references, ["RFC 9110, Section 15.5.5"]);
    assert!(entries.iter().all(|e| e.code != 105 && e.code != 599));
}

#[test]
fn a_changed_phrase_is_reported() {
    let found = differences("404,Not Found,", "404,Not Here,");
    assert_eq!(
        found,
        [Difference::Phrase {
            code: 404,
            registry: "Not Here".to_string(),
            codes_toml: "Not Found".to_string(),
        }]
    );
    assert_eq!(
        found[0].to_string(),
        "404: reason phrase \"Not Here\" in the registry, \"Not Found\" in codes.toml"
    );
}

#[test]
fn a_code_missing_from_codes_toml_is_reported() {
    let found = differences(
        "512-599,Unassigned,",
        "512-520,Unassigned,\n521,Web Server Is Down,[RFC9999]\n522-599,Unassigned,",
    );
    assert_eq!(
        found,
        [Difference::MissingFromCodesToml {
            code: 521,
            phrase: Some("Web Server Is Down".to_string()),
        }]
    );
}

#[test]
fn a_code_missing_from_the_registry_is_reported() {
    let found = differences("508,Loop Detected,[RFC5842]", "508,Unassigned,");
    assert_eq!(
        found,
        [Difference::MissingFromRegistry {
            code: 508,
            reason: "Loop Detected".to_string(),
        }]
    );
}

#[test]
fn a_changed_status_is_reported() {
    let found = differences("510,Not Extended (OBSOLETED),", "510,Not Extended,");
    assert_eq!(
        found,
        [Difference::Status {
            code: 510,
            registry: Registry::Assigned,
            codes_toml: Registry::Obsoleted,
        }]
    );
    let found = differences("425,Too Early,", "425,(Unused),");
    assert_eq!(
        found,
        [Difference::Status {
            code: 425,
            registry: Registry::Unused,
            codes_toml: Registry::Assigned,
        }]
    );
}

#[test]
fn a_permanent_104_shows_in_status_reference_and_expiry() {
    let found = differences(
        "104,\"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)\",[draft-ietf-httpbis-resumable-upload-05]",
        "104,Upload Resumption Supported,[RFC9999]",
    );
    assert_eq!(
        found,
        [
            Difference::Reference {
                code: 104,
                registry: vec!["RFC 9999".to_string()],
                codes_toml: "draft-ietf-httpbis-resumable-upload-05".to_string(),
            },
            Difference::Status {
                code: 104,
                registry: Registry::Assigned,
                codes_toml: Registry::Temporary,
            },
            Difference::Expiry {
                code: 104,
                registry: None,
                codes_toml: Some("2026-11-13".to_string()),
            },
        ]
    );
}

#[test]
fn an_extended_registration_shows_as_a_new_expiry_date() {
    let found = differences("expires 2026-11-13)", "expires 2027-11-13)");
    assert_eq!(
        found,
        [Difference::Expiry {
            code: 104,
            registry: Some("2027-11-13".to_string()),
            codes_toml: Some("2026-11-13".to_string()),
        }]
    );
}

#[test]
fn a_changed_or_added_reference_is_reported() {
    let found = differences("\"[RFC9110, Section 15.5.5]\"", "\"[RFC9110, Section 15.5.6]\"");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(matches!(&found[0], Difference::Reference { code: 404, .. }));
    let found = differences(
        "429,Too Many Requests,[RFC6585]",
        "429,Too Many Requests,[RFC6585][RFC9999]",
    );
    assert_eq!(
        found,
        [Difference::Reference {
            code: 429,
            registry: vec!["RFC 6585".to_string(), "RFC 9999".to_string()],
            codes_toml: "RFC 6585".to_string(),
        }]
    );
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_read_alike() {
    let crlf = format!("\u{feff}{}", IANA.replace('\n', "\r\n"));
    assert_eq!(registry::read(&crlf), registry::read(IANA));
}

#[test]
fn a_broken_file_gets_errors_that_name_the_line() {
    let errors = csv_errors("Code,Phrase\n100,Continue,[RFC9110]\n");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].line, 1);
    assert!(errors[0].message.contains("Value,Description,Reference"));

    let header = "Value,Description,Reference\n";
    let cases: &[(&str, &str)] = &[
        ("100,Continue\n", "2 fields"),
        ("1oo,Continue,[RFC9110]\n", "\"1oo\" is not a three-digit code"),
        ("105-1x9,Unassigned,\n", "neither a code nor a range"),
        ("100,Continue (Reserved),[RFC9110]\n", "annotation (Reserved)"),
        (
            "104,\"Upload (TEMPORARY - expires soon)\",[draft-x]\n",
            "no YYYY-MM-DD date",
        ),
        ("100,Continue,RFC9110\n", "not a run of [bracketed] references"),
        ("100,Continue,[RFC9110\n", "unclosed ["),
        ("100,,[RFC9110]\n", "no reason phrase"),
        ("100,\"Continue,[RFC9110]\n", "never closed"),
    ];
    for (row, words) in cases {
        let errors = csv_errors(&format!("{header}{row}"));
        assert_eq!(errors.len(), 1, "{row:?}: {errors:#?}");
        assert_eq!(errors[0].line, 2, "{row:?}: {errors:#?}");
        assert!(errors[0].message.contains(words), "{row:?}: {errors:#?}");
    }
    let twice = csv_errors(&format!(
        "{header}100,Continue,[RFC9110]\n100,Continue,[RFC9110]\n"
    ));
    assert_eq!(twice.len(), 1);
    assert_eq!(
        twice[0].to_string(),
        "line 3: code 100 is listed twice (first at line 2)"
    );
}

mod never_panics {
    use super::{registry, IANA};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn on_any_text(text in any::<String>()) {
            let _ = registry::read(&text);
        }

        #[test]
        fn on_the_real_file_with_a_slice_replaced(
            at in any::<prop::sample::Index>(),
            len in 0usize..20,
            with in "[\\[\\]\"(),\n0-9a-zA-Z -]{0,12}",
        ) {
            let start = at.index(IANA.len());
            let end = (start + len).min(IANA.len());
            let text = format!("{}{with}{}", &IANA[..start], &IANA[end..]);
            if let Err(errors) = registry::read(&text) {
                prop_assert!(!errors.is_empty());
                prop_assert!(errors.iter().all(|e| e.line >= 1 && e.line <= text.lines().count() + 1));
            }
        }
    }
}
