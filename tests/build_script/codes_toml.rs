//! The build script's reading of codes.toml: the real file passes, and each kind of mistake
//! gets an error that names the line and says what is wrong.

use crate::support::{self as common, assert_one_error, parse, stages};

const CODES_TOML: &str = include_str!("../../codes.toml");

/// A small valid file (the shared class tables, then its own); each test breaks it in one way.
const VALID: &str = concat!(
    common::base_tables!(),
    r#"[[status]]
code = 200
name = "Ok"
reason = "OK"
description = "Fine."
reference = "RFC 9110, Section 15.3.1"

[[status]]
code = 404
name = "NotFound"
reason = "Not Found"
description = "Nothing here."
reference = "RFC 9110, Section 15.5.5"
retry = "after-change"
former = ["Not There"]

[[status]]
code = 104
name = "UploadResumptionSupported"
reason = "Upload Resumption Supported"
description = "Resume it."
reference = "draft-ietf-httpbis-resumable-upload-05"
registry = "temporary"
expires = 2026-11-13
content = false

[[status]]
code = 401
name = "Unauthorized"
reason = "Unauthorized"
description = "Log in."
reference = "RFC 9110, Section 15.5.2"
retry = "after-change"

[[status.header]]
fields = ["WWW-Authenticate"]
requirement = "must"
condition = "one or more challenges"
reference = "RFC 9110, Section 15.5.2"
"#
);

fn errors(from: &str, to: &str) -> Vec<String> {
    common::errors(VALID, from, to)
}

fn line_of(needle: &str) -> usize {
    common::line_of(VALID, needle)
}

#[test]
fn the_small_file_reads_retry_headers_and_expiry() {
    let codes = parse(VALID).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let status = |code| codes.statuses.iter().find(|s| s.code == code).unwrap();
    assert_eq!(status(200).retry, stages::vocab::RetryAdvice::NotAnError);
    assert_eq!(status(404).retry, stages::vocab::RetryAdvice::AfterChange);
    assert_eq!(status(104).expires.as_deref(), Some("2026-11-13"));
    assert_eq!(status(404).expires, None);
    let header = &status(401).headers[0];
    assert_eq!(header.fields, ["WWW-Authenticate"]);
    assert_eq!(header.requirement, stages::vocab::Requirement::Must);
    assert_eq!(header.line, line_of("[[status.header]]"));
    assert_eq!(codes.classes[2].headers[0].fields, ["Retry-After"]);
    assert_eq!(codes.invalid.retry, stages::vocab::RetryAdvice::Transient);
}

#[test]
fn the_small_file_is_valid() {
    assert_eq!(errors("", ""), Vec::<String>::new());
}

#[test]
fn toml_syntax_errors_name_the_line() {
    let line = line_of("name = \"NotFound\"");
    for (broken, message) in [
        (
            "name = \"NotFound",
            "unterminated string (expected a closing `\"` on the same line)",
        ),
        ("name = = \"NotFound\"", "unexpected `=` (expected a value)"),
        (
            "name \"NotFound\"",
            "unexpected `\"` (expected `=` after the key)",
        ),
    ] {
        let errors = errors("name = \"NotFound\"", broken);
        assert_eq!(errors, [format!("{line}: invalid TOML: {message}")], "{broken:?}");
    }
}

#[test]
fn a_misspelt_key_is_unknown_and_the_real_one_missing() {
    let errors = errors(
        "description = \"Nothing here.\"",
        "descripton = \"Nothing here.\"",
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("[[status]] of code 404 is missing the key `description`")),
        "{errors:#?}"
    );
    let unknown = format!(
        "{}: unknown key `descripton` in [[status]] of code 404",
        line_of("description = \"Nothing here.\"")
    );
    assert!(errors.iter().any(|e| e.starts_with(&unknown)), "{errors:#?}");
}

#[test]
fn a_missing_key_names_its_table() {
    let errors = errors("reference = \"RFC 9110, Section 15.5.5\"\n", "");
    assert_one_error(
        errors,
        line_of("[[status]]\ncode = 404"),
        &["[[status]] of code 404", "missing the key `reference`"],
    );
}

#[test]
fn empty_text_is_refused() {
    let line = line_of("reason = \"Not Found\"");
    assert_one_error(
        errors("reason = \"Not Found\"", "reason = \"\""),
        line,
        &["code 404", "reason is empty"],
    );
    let line = line_of("description = \"Nothing here.\"");
    assert_one_error(
        errors("description = \"Nothing here.\"", "description = \" \""),
        line,
        &["code 404", "description is empty"],
    );
}

#[test]
fn long_or_multi_line_descriptions_are_refused() {
    let line = line_of("description = \"Nothing here.\"");
    let long = format!("description = \"{}\"", "x".repeat(401));
    assert_one_error(
        errors("description = \"Nothing here.\"", &long),
        line,
        &["401 bytes", "400"],
    );
    let multi = "description = \"\"\"Nothing\nhere.\"\"\"";
    assert_one_error(
        errors("description = \"Nothing here.\"", multi),
        line,
        &["one-line basic string"],
    );
}

#[test]
fn codes_outside_the_range_are_refused() {
    let line = line_of("code = 404");
    assert_one_error(errors("code = 404", "code = 600"), line, &["600", "100..=599"]);
    assert_one_error(errors("code = 404", "code = 99"), line, &["99", "100..=599"]);
    assert_one_error(errors("code = 404", "code = -404"), line, &["-404"]);
    assert_one_error(
        errors("code = 404", "code = \"404\""),
        line,
        &["`code` should be an integer, not a string"],
    );
}

#[test]
fn duplicate_codes_names_and_phrases_are_refused() {
    let errors_for_code = errors("code = 404", "code = 401");
    assert_eq!(errors_for_code.len(), 1, "{errors_for_code:#?}");
    assert!(
        errors_for_code[0].contains("code 401 is listed twice"),
        "{errors_for_code:#?}"
    );

    let status = line_of("[[status]]\ncode = 404");
    let errors_for_name = errors("name = \"NotFound\"", "name = \"Ok\"");
    let taken = format!("{status}: code 404: name `Ok` is taken by code 200");
    assert!(
        errors_for_name.iter().any(|e| e.starts_with(&taken)),
        "{errors_for_name:#?}"
    );
    assert_one_error(
        errors("reason = \"Not Found\"", "reason = \"Ok\""),
        status,
        &["`Ok`", "`OK` of code 200", "lookup key `ok`"],
    );
}

#[test]
fn phrases_that_fold_alike_are_refused() {
    let status = line_of("[[status]]\ncode = 404");
    let errors = errors("former = [\"Not There\"]", "former = [\"o-k\"]");
    assert_one_error(errors, status, &["`o-k`", "code 200", "the same lookup key `ok`"]);
}

#[test]
fn names_must_be_upper_camel_case_identifiers() {
    let line = line_of("name = \"NotFound\"");
    for bad in ["notFound", "Not Found", "404", "Not_Found", ""] {
        let errors = errors("name = \"NotFound\"", &format!("name = \"{bad}\""));
        assert_one_error(errors, line, &["code 404", "UpperCamelCase"]);
    }
    assert_one_error(
        errors("name = \"NotFound\"", "name = \"Unregistered\""),
        line,
        &["`Unregistered` is taken"],
    );
}

#[test]
fn phrases_use_only_letters_digits_and_separators() {
    let line = line_of("reason = \"Not Found\"");
    assert_one_error(
        errors("reason = \"Not Found\"", "reason = \"(Unused)\""),
        line,
        &["'('"],
    );
    assert_one_error(
        errors("reason = \"Not Found\"", "reason = \"Not  Found\""),
        line,
        &["stray spaces"],
    );
}

#[test]
fn unknown_tables_and_choices_are_refused() {
    let errors_for_table = errors("[invalid]", "[invalidity]");
    assert!(
        errors_for_table
            .iter()
            .any(|e| e.contains("unknown table `invalidity`")),
        "{errors_for_table:#?}"
    );
    let line = line_of("former = [\"Not There\"]");
    let errors = errors(
        "former = [\"Not There\"]",
        "former = [\"Not There\"]\nregistry = \"gone\"",
    );
    assert_one_error(errors, line + 1, &["`registry` is \"gone\"", "\"temporary\""]);
}

#[test]
fn references_must_be_rfcs_or_drafts() {
    let line = line_of("reference = \"RFC 9110, Section 15.5.5\"");
    let errors = errors(
        "reference = \"RFC 9110, Section 15.5.5\"",
        "reference = \"the HTTP spec\"",
    );
    assert_one_error(errors, line, &["code 404", "`the HTTP spec`", "RFC <number>"]);
}

/// The errors for `VALID` with each `from` replaced by its `to`.
fn errors_after(replacements: &[(&str, &str)]) -> Vec<String> {
    let mut text = VALID.to_string();
    for (from, to) in replacements {
        assert!(text.contains(from), "the test's text is not in VALID: {from:?}");
        text = text.replacen(from, to, 1);
    }
    match parse(&text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| format!("{}: {}", e.line, e.message))
            .collect(),
    }
}

/// The line of the `nth` (from 0) occurrence of `needle` in `VALID`.
fn nth_line_of(needle: &str, nth: usize) -> usize {
    let (at, _) = VALID.match_indices(needle).nth(nth).expect("needle in VALID");
    VALID[..at].matches('\n').count() + 1
}

#[test]
fn an_unknown_retry_value_names_the_line_the_value_and_the_choices() {
    let line = nth_line_of("retry = \"after-change\"", 1);
    let errors = errors_after(&[("retry = \"after-change\"\nformer", "retry = \"later\"\nformer")]);
    assert_one_error(
        errors,
        line,
        &[
            "`retry` is \"later\"",
            "\"transient\"",
            "\"after-change\"",
            "\"never\"",
        ],
    );
    // What 1xx to 3xx codes get without saying is no value to write.
    let errors = errors_after(&[(
        "retry = \"after-change\"\nformer",
        "retry = \"not-an-error\"\nformer",
    )]);
    assert_one_error(errors, line, &["`retry` is \"not-an-error\"", "expected one of"]);
}

#[test]
fn retry_is_required_for_4xx_5xx_and_invalid_numbers() {
    let status = line_of("[[status]]\ncode = 404");
    let errors = errors_after(&[("retry = \"after-change\"\nformer", "former")]);
    assert_one_error(
        errors,
        status,
        &["[[status]] of code 404", "missing the key `retry`"],
    );

    let class = line_of("[[class]]\ndigit = 5");
    let errors = errors_after(&[("retry = \"transient\"\n", "")]);
    assert_one_error(errors, class, &["[[class]]", "missing the key `retry`"]);

    let invalid = line_of("[invalid]");
    let errors = errors_after(&[(
        "reference = \"RFC 9110, Section 15\"\nretry = \"transient\"\n",
        "reference = \"RFC 9110, Section 15\"\n",
    )]);
    assert_one_error(errors, invalid, &["[invalid]", "missing the key `retry`"]);
}

#[test]
fn retry_belongs_only_to_codes_that_report_a_failure() {
    let line = line_of("reference = \"RFC 9110, Section 15.3.1\"") + 1;
    let errors = errors_after(&[(
        "reference = \"RFC 9110, Section 15.3.1\"\n",
        "reference = \"RFC 9110, Section 15.3.1\"\nretry = \"transient\"\n",
    )]);
    assert_one_error(
        errors,
        line,
        &["code 200", "`retry` belongs only to 4xx and 5xx", "2xx"],
    );

    let line = line_of("reference = \"RFC 9110, Section 15.4\"") + 1;
    let errors = errors_after(&[(
        "reference = \"RFC 9110, Section 15.4\"\n",
        "reference = \"RFC 9110, Section 15.4\"\nretry = \"never\"\n",
    )]);
    assert_one_error(errors, line, &["class 3xx", "belongs only to 4xx and 5xx"]);
}

#[test]
fn a_class_retry_has_to_match_its_x00_code() {
    let line = nth_line_of("retry = \"after-change\"", 0);
    let errors = errors_after(&[
        ("code = 404", "code = 400"),
        ("retry = \"after-change\"", "retry = \"never\""),
    ]);
    assert_one_error(
        errors,
        line,
        &[
            "class 4xx",
            "\"never\"",
            "as 400",
            "\"after-change\"",
            "RFC 9110 Section 15",
        ],
    );
}

#[test]
fn expires_is_a_calendar_date_of_a_temporary_registration() {
    let line = line_of("expires = 2026-11-13");
    for (bad, words) in [
        (
            "expires = \"2026-11-13\"",
            &["`expires` should be a date", "not a string"][..],
        ),
        (
            "expires = 2026-11-13T00:00:00Z",
            &["code 104", "2026-11-13T00:00:00Z", "YYYY-MM-DD"],
        ),
        ("expires = 2026-02-29", &["code 104", "2026-02-29", "no such day"]),
        ("expires = 2026-13-01", &["code 104", "2026-13-01", "month"]),
        ("expires = 12:00:00", &["code 104", "YYYY-MM-DD"]),
    ] {
        let errors = errors_after(&[("expires = 2026-11-13", bad)]);
        assert_one_error(errors, line, words);
    }
    assert_eq!(
        errors_after(&[("expires = 2026-11-13", "expires = 2028-02-29")]),
        Vec::<String>::new()
    );

    let status = line_of("[[status]]\ncode = 104");
    let errors = errors_after(&[("expires = 2026-11-13\n", "")]);
    assert_one_error(
        errors,
        status,
        &["code 104", "temporary registration needs `expires`"],
    );

    // Without the `registry` line above it, `expires` moves up a line.
    let errors = errors_after(&[("registry = \"temporary\"\n", "")]);
    assert_one_error(
        errors,
        line - 1,
        &["code 104", "`expires = 2026-11-13` belongs only to a temporary"],
    );
}

#[test]
fn header_tables_are_checked_key_by_key() {
    let table = line_of("[[status.header]]");
    let line = |key: &str| nth_line_of(key, 0);
    let cases: &[(&str, &str, usize, &[&str])] = &[
        (
            "requirement = \"must\"",
            "requirement = \"required\"",
            line("requirement = \"must\""),
            &[
                "`requirement` is \"required\"",
                "\"must\", \"must-not\", \"should\", \"should-not\", \"may\", \"no-keyword\"",
            ],
        ),
        (
            "fields = [\"WWW-Authenticate\"]",
            "fields = []",
            line("fields = [\"WWW-Authenticate\"]"),
            &["code 401", "`fields` is empty"],
        ),
        (
            "fields = [\"WWW-Authenticate\"]",
            "fields = [\"WWW Authenticate\"]",
            line("fields = [\"WWW-Authenticate\"]"),
            &["code 401", "`WWW Authenticate` is not a header field name"],
        ),
        (
            "fields = [\"WWW-Authenticate\"]",
            "fields = [\"WWW-Authenticate\", \"www-authenticate\"]",
            line("fields = [\"WWW-Authenticate\"]"),
            &["code 401", "`www-authenticate` appears twice"],
        ),
        (
            "fields = [\"WWW-Authenticate\"]",
            "fields = \"WWW-Authenticate\"",
            line("fields = [\"WWW-Authenticate\"]"),
            &["`fields` should be an array of strings"],
        ),
        (
            "condition = \"one or more challenges\"\n",
            "",
            table,
            &["[[status.header]] of code 401", "missing the key `condition`"],
        ),
        (
            "condition = \"one or more challenges\"",
            "condition = \"\"",
            line("condition = \"one or more challenges\""),
            &["code 401", "condition is empty"],
        ),
        (
            "challenges\"\nreference = \"RFC 9110, Section 15.5.2\"",
            "challenges\"\nreference = \"RFC 9110\"\nwhy = \"because\"",
            line("condition = \"one or more challenges\"") + 2,
            &[
                "unknown key `why` in [[status.header]] of code 401",
                "fields, requirement, condition, reference",
            ],
        ),
    ];
    for (from, to, line, words) in cases {
        let errors = errors_after(&[(from, to)]);
        assert_one_error(errors, *line, words);
    }
    let long = format!("condition = \"{}\"", "x".repeat(161));
    let errors = errors_after(&[("condition = \"one or more challenges\"", &long)]);
    assert_one_error(
        errors,
        line("condition = \"one or more challenges\""),
        &["161 bytes", "160"],
    );
    let errors = errors_after(&[(
        "challenges\"\nreference = \"RFC 9110, Section 15.5.2\"",
        "challenges\"\nreference = \"the spec\"",
    )]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("`the spec`"), "{errors:#?}");
}

#[test]
fn header_tables_belong_right_after_their_table() {
    let header = "\n[[status.header]]\nfields = [\"Allow\"]\nrequirement = \"must\"\ncondition = \"methods\"\nreference = \"RFC 9110, Section 15.5.6\"\n";
    let text = VALID.replacen("[invalid]", &format!("{}\n[invalid]", header.trim_start()), 1);
    let errors = parse(&text).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .message
            .contains("[[status.header]] has to follow the [[status]] table"),
        "{errors:#?}"
    );
    assert_eq!(errors[0].line, line_of("[invalid]"));

    let errors = errors_after(&[("[[status.header]]", "[status.header]")]);
    assert_one_error(
        errors,
        line_of("[[status.header]]"),
        &["[status.header] should be [[status.header]]"],
    );
}

#[test]
fn a_header_field_listed_twice_for_one_code_is_refused() {
    // Twice among one code's own tables.
    let line = line_of("[[status.header]]");
    // VALID ends with 401's header table; a second one right after it belongs to 401 too.
    let text = format!("{VALID}\n[[status.header]]\nfields = [\"www-authenticate\"]\nrequirement = \"may\"\ncondition = \"again\"\nreference = \"RFC 9110, Section 11.6.1\"\n");
    let errors = parse(&text).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .message
            .contains("code 401: header field `www-authenticate` is listed twice"),
        "{errors:#?}"
    );
    assert!(
        errors[0].message.contains(&format!("first at line {line}")),
        "{errors:#?}"
    );
}

#[test]
fn a_code_and_its_class_may_name_the_same_field() {
    // Two rules: 206 repeats the Date a 200 would have had; every 2xx from an origin server
    // with a clock has one (RFC 9110 Sections 15.3.7 and 6.6.1).
    let text = VALID.replacen(
        "reference = \"RFC 9110, Section 15.5\"\nretry = \"after-change\"\n",
        "reference = \"RFC 9110, Section 15.5\"\nretry = \"after-change\"\n\n[[class.header]]\nfields = [\"www-authenticate\"]\nrequirement = \"may\"\ncondition = \"again\"\nreference = \"RFC 9110, Section 11.6.1\"\n",
        1,
    );
    assert_ne!(text, VALID);
    let codes = parse(&text).expect("a class row may repeat a code's field");
    let class = codes.classes.iter().find(|class| class.digit == 4).unwrap();
    assert_eq!(class.headers[0].fields, ["www-authenticate"]);
}

#[test]
fn one_run_reports_every_problem() {
    let text = VALID
        .replacen("code = 404", "code = 700", 1)
        .replacen("description = \"Fine.\"", "descripton = \"Fine.\"", 1)
        .replacen("digit = 3", "digit = 9", 1);
    let errors = parse(&text).unwrap_err();
    assert!(errors.len() >= 4, "{errors:#?}");
    assert!(errors.windows(2).all(|pair| pair[0].line <= pair[1].line));
    assert!(errors
        .iter()
        .all(|error| error.to_string().starts_with("codes.toml:")));
}

#[test]
fn lookup_keys_fold_case_and_separators() {
    assert_eq!(stages::model::lookup_key("I'm a teapot"), "imateapot");
    assert_eq!(
        stages::model::lookup_key("Request-URI Too Long"),
        "requesturitoolong"
    );
    assert_eq!(stages::model::lookup_key("TOO_MANY_REQUESTS"), "toomanyrequests");
}

mod never_panics {
    use super::{parse, CODES_TOML};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn on_any_text(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn on_the_real_file_with_a_slice_replaced(
            at in any::<prop::sample::Index>(),
            len in 0usize..40,
            with in "[\\[\\]\"'=#.,{}a-z0-9 \n-]{0,12}",
        ) {
            let start = at.index(CODES_TOML.len());
            let end = (start + len).min(CODES_TOML.len());
            if CODES_TOML.is_char_boundary(start) && CODES_TOML.is_char_boundary(end) {
                let text = format!("{}{with}{}", &CODES_TOML[..start], &CODES_TOML[end..]);
                if let Err(errors) = parse(&text) {
                    prop_assert!(!errors.is_empty());
                    prop_assert!(errors.iter().all(|e| e.line >= 1 && e.line <= text.lines().count() + 1));
                }
            }
        }
    }
}

#[test]
fn quotes_are_checked_for_shape_and_belong_to_a_fact() {
    let retry = "retry = \"after-change\"\nformer = [\"Not There\"]";
    let line = line_of(retry);
    // A quote is a one-line string or an array of them.
    let valid = errors_after(&[(
        retry,
        "retry = \"after-change\"\nretry_quote = [\"One.\", \"Two.\"]\nretry_reference = \"RFC 9110, Section 15\"\nformer = [\"Not There\"]",
    )]);
    assert!(valid.is_empty(), "{valid:#?}");
    let errors = errors_after(&[(
        retry,
        "retry = \"after-change\"\nretry_quote = 5\nformer = [\"Not There\"]",
    )]);
    assert_one_error(
        errors,
        line + 1,
        &["`retry_quote` should be a string, or an array of strings, not an integer"],
    );
    let errors = errors_after(&[(
        retry,
        "retry = \"after-change\"\nretry_quote = \"\"\nformer = [\"Not There\"]",
    )]);
    assert_one_error(
        errors,
        line + 1,
        &["code 404", "`retry_quote` holds an empty string"],
    );
    let errors = errors_after(&[(
        retry,
        "retry = \"after-change\"\nretry_quote = []\nformer = [\"Not There\"]",
    )]);
    assert_one_error(errors, line + 1, &["code 404", "`retry_quote` is an empty array"]);
    // A reference without its quote, a quote without its fact, a reference that is none.
    let errors = errors_after(&[(
        retry,
        "retry = \"after-change\"\nretry_reference = \"RFC 9110, Section 15\"\nformer = [\"Not There\"]",
    )]);
    assert_one_error(
        errors,
        line + 1,
        &["code 404", "`retry_reference`", "add the quote"],
    );
    let errors = errors_after(&[(
        retry,
        "retry = \"after-change\"\ncacheable_quote = \"Cached.\"\nformer = [\"Not There\"]",
    )]);
    assert_one_error(
        errors,
        line + 1,
        &["code 404", "`cacheable_quote`", "`cacheable`"],
    );
    let errors = errors_after(&[(
        retry,
        "retry = \"after-change\"\nretry_quote = \"Q.\"\nretry_reference = \"the spec\"\nformer = [\"Not There\"]",
    )]);
    assert_one_error(errors, line + 2, &["`the spec`"]);
    // Header rows take `quote` too.
    let errors = errors_after(&[(
        "condition = \"one or more challenges\"",
        "condition = \"one or more challenges\"\nquote = [\"Sent.\", \" \"]",
    )]);
    assert_one_error(
        errors,
        line_of("condition = \"one or more challenges\"") + 1,
        &["code 401", "`quote` holds an empty string"],
    );
    let errors = errors_after(&[(
        "condition = \"one or more challenges\"",
        "condition = \"one or more challenges\"\nquote = true",
    )]);
    assert_one_error(
        errors,
        line_of("condition = \"one or more challenges\"") + 1,
        &["`quote` should be a string, or an array of strings, not"],
    );
}
