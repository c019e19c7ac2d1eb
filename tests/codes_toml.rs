//! The build script's reading of codes.toml: the real file passes, and each kind of mistake
//! gets an error that names the line and says what is wrong.

#[path = "../build/parse.rs"]
#[allow(dead_code)]
mod parse;

const CODES_TOML: &str = include_str!("../codes.toml");

/// A small valid file; each test breaks it in one way.
const VALID: &str = r#"
[[class]]
digit = 1
name = "Informational"
description = "Interim."
unregistered = "Interim, unknown."
reference = "RFC 9110, Section 15.2"

[[class]]
digit = 2
name = "Success"
description = "It worked."
unregistered = "It worked, unknown."
reference = "RFC 9110, Section 15.3"

[[class]]
digit = 3
name = "Redirection"
description = "Look elsewhere."
unregistered = "Look elsewhere, unknown."
reference = "RFC 9110, Section 15.4"

[[class]]
digit = 4
name = "Client Error"
description = "Your fault."
unregistered = "Your fault, unknown."
reference = "RFC 9110, Section 15.5"

[[class]]
digit = 5
name = "Server Error"
description = "Our fault."
unregistered = "Our fault, unknown."
reference = "RFC 9110, Section 15.6"

[invalid]
reason = "Invalid Status Code"
description = "Not a status code."
reference = "RFC 9110, Section 15"

[[status]]
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
former = ["Not There"]
"#;

/// The errors for `VALID` with `from` replaced by `to`, as "line: message".
fn errors(from: &str, to: &str) -> Vec<String> {
    assert!(VALID.contains(from), "the test's text is not in VALID: {from:?}");
    let text = VALID.replacen(from, to, 1);
    match parse::parse(&text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| format!("{}: {}", e.line, e.message))
            .collect(),
    }
}

/// Exactly one error, on `line`, whose message contains each of `words`.
#[track_caller]
fn assert_one_error(errors: Vec<String>, line: usize, words: &[&str]) {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let prefix = format!("{line}: ");
    assert!(
        errors[0].starts_with(&prefix),
        "expected line {line}: {errors:#?}"
    );
    for word in words {
        assert!(errors[0].contains(word), "expected {word:?} in {errors:#?}");
    }
}

fn line_of(needle: &str) -> usize {
    let at = VALID.find(needle).expect("needle in VALID");
    VALID[..at].matches('\n').count() + 1
}

#[test]
fn the_real_codes_toml_is_valid() {
    let codes = parse::parse(CODES_TOML).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(codes.statuses.len(), 64);
    assert_eq!(codes.classes.len(), 5);
}

/// `Class::description` is the `[[class]] description` of codes.toml, read here through the
/// build script's parser, not through the generated code.
#[test]
fn class_descriptions_are_those_of_codes_toml() {
    use httpcodes::{Class, StatusCode};

    let codes = parse::parse(CODES_TOML).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let classes = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];
    for (class, table) in classes.into_iter().zip(&codes.classes) {
        assert_eq!(class.digit(), table.digit);
        assert_eq!(class.name(), table.name);
        assert_eq!(class.description(), table.description, "{class}");
        // The class's description is about the class, not about its unregistered codes.
        let unregistered = StatusCode::from_u16(u16::from(class.digit()) * 100 + 99);
        assert_ne!(class.description(), unregistered.description(), "{class}");
        assert_ne!(class.description(), class.name(), "{class}");
    }
    let distinct: std::collections::HashSet<_> = classes.map(Class::description).into();
    assert_eq!(distinct.len(), 5);
}

#[test]
fn the_small_file_is_valid() {
    assert_eq!(errors("", ""), Vec::<String>::new());
}

#[test]
fn toml_syntax_errors_name_the_line() {
    let line = line_of("name = \"NotFound\"");
    for broken in ["name = \"NotFound", "name = = \"NotFound\"", "name \"NotFound\""] {
        let errors = errors("name = \"NotFound\"", broken);
        assert!(!errors.is_empty());
        let prefix = format!("{line}: invalid TOML: ");
        assert!(
            errors.iter().all(|e| e.starts_with(&prefix)),
            "{broken:?}: {errors:#?}"
        );
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
    let errors_for_code = errors("code = 404", "code = 200");
    assert_eq!(errors_for_code.len(), 1, "{errors_for_code:#?}");
    assert!(
        errors_for_code[0].contains("code 200 is listed twice"),
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

#[test]
fn one_run_reports_every_problem() {
    let text = VALID
        .replacen("code = 404", "code = 700", 1)
        .replacen("description = \"Fine.\"", "descripton = \"Fine.\"", 1)
        .replacen("digit = 3", "digit = 9", 1);
    let errors = parse::parse(&text).unwrap_err();
    assert!(errors.len() >= 4, "{errors:#?}");
    assert!(errors.windows(2).all(|pair| pair[0].line <= pair[1].line));
    assert!(errors
        .iter()
        .all(|error| error.to_string().starts_with("codes.toml:")));
}

#[test]
fn lookup_keys_fold_case_and_separators() {
    assert_eq!(parse::lookup_key("I'm a teapot"), "imateapot");
    assert_eq!(parse::lookup_key("Request-URI Too Long"), "requesturitoolong");
    assert_eq!(parse::lookup_key("TOO_MANY_REQUESTS"), "toomanyrequests");
}

mod never_panics {
    use super::{parse, CODES_TOML};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn on_any_text(text in any::<String>()) {
            let _ = parse::parse(&text);
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
                if let Err(errors) = parse::parse(&text) {
                    prop_assert!(!errors.is_empty());
                    prop_assert!(errors.iter().all(|e| e.line >= 1 && e.line <= text.lines().count() + 1));
                }
            }
        }
    }
}
