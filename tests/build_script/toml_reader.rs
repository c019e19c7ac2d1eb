//! The build script's TOML reader (build/toml.rs) on its own: every form of value codes.toml
//! uses reads as the TOML 1.0 specification says it should, and everything else in TOML is
//! refused with an error on its line that names what was found and what was expected.
//!
//! The expected values are written out here from the specification, not taken from the
//! reader.

use crate::stages::toml::{read, Table, Value};

/// The tables of `text`, or its errors, each as "line: message".
fn tables(text: &str) -> Result<Vec<Table>, Vec<String>> {
    read(text).map_err(|errors| {
        errors
            .iter()
            .map(|e| format!("{}: {}", e.line, e.message))
            .collect()
    })
}

/// A value in a form a test can write: strings quoted, `date(..)`, `[..]`.
fn show(value: &Value) -> String {
    match value {
        Value::String(text) => format!("{text:?}"),
        Value::Integer(n) => n.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Array(items) => format!("{items:?}"),
        Value::Date(text) => format!("date({text})"),
    }
}

/// Every table as `[name]@line` or `[[name]]@line`, then its entries as `key@line = value`.
fn show_tables(tables: &[Table]) -> Vec<String> {
    let mut shown = Vec::new();
    for table in tables {
        let (open, close) = if table.array { ("[[", "]]") } else { ("[", "]") };
        shown.push(format!("{open}{}{close}@{}", table.name, table.line));
        for entry in &table.entries {
            shown.push(format!("{}@{} = {}", entry.key, entry.line, show(&entry.value)));
        }
    }
    shown
}

/// The value of the only key of a one-line document `key = <written>`, or its errors.
fn value_of(written: &str) -> Result<String, Vec<String>> {
    let tables = tables(&format!("key = {written}\n"))?;
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].entries.len(), 1, "{written}");
    Ok(show(&tables[0].entries[0].value))
}

#[track_caller]
fn assert_reads(written: &str, expected: &str) {
    assert_eq!(value_of(written), Ok(expected.to_string()), "{written}");
}

/// `written` is refused with one error on line 1, which holds each of `words`.
#[track_caller]
fn assert_refused(written: &str, words: &[&str]) {
    let errors = value_of(written).expect_err(written);
    assert_eq!(errors.len(), 1, "{written}: {errors:#?}");
    assert!(
        errors[0].starts_with("1: invalid TOML: "),
        "{written}: {errors:#?}"
    );
    for word in words {
        assert!(
            errors[0].contains(word),
            "{written}: expected {word:?} in {errors:#?}"
        );
    }
}

#[test]
fn one_line_basic_strings_take_the_escapes_codes_toml_needs() {
    assert_reads(r#""Not Found""#, r#""Not Found""#);
    assert_reads(r#""""#, r#""""#);
    assert_reads(r#""with rel=\"blocked-by\"""#, r#""with rel=\"blocked-by\"""#);
    assert_reads(r#""a \\ b""#, r#""a \\ b""#);
    assert_reads("\"# not a comment\"", "\"# not a comment\"");
    assert_reads("\"tab\tand é\"", "\"tab\\tand é\"");
}

#[test]
fn other_strings_and_escapes_are_refused() {
    assert_refused(r#""line\n""#, &["the escape `\\n`", "only \\\" and \\\\"]);
    assert_refused(r#""\u00E9""#, &["`\\u`"]);
    assert_refused("'literal'", &["literal string"]);
    assert_refused(r#""""multi""""#, &["multi-line string", "one-line basic string"]);
    assert_refused("'''multi'''", &["literal string"]);
    assert_refused("\"open", &["unterminated string", "on the same line"]);
    assert_refused("\"bell\u{7}\"", &["U+0007"]);
}

#[test]
fn decimal_integers_and_booleans_read() {
    assert_reads("0", "0");
    assert_reads("404", "404");
    assert_reads("-17", "-17");
    assert_reads("+5", "5");
    assert_reads("9223372036854775807", "9223372036854775807");
    assert_reads("-9223372036854775808", "-9223372036854775808");
    assert_reads("true", "true");
    assert_reads("false", "false");
}

#[test]
fn other_numbers_and_words_are_refused() {
    for written in [
        "0x1F", "0o17", "0b101", "1_000", "007", "1.5", "1e6", "inf", "nan", "-inf", "True", "yes",
    ] {
        assert_refused(
            written,
            &[
                &format!("`{written}` is not a value codes.toml uses"),
                "decimal integer",
            ],
        );
    }
    assert_refused("9223372036854775808", &["too large for a 64-bit integer"]);
}

#[test]
fn a_date_is_kept_as_written_for_the_checker() {
    assert_reads("2026-11-13", "date(2026-11-13)");
    // Date-times and times pass as written; the checker says they are no `YYYY-MM-DD`.
    assert_reads("2026-11-13T00:00:00Z", "date(2026-11-13T00:00:00Z)");
    assert_reads("12:00:00", "date(12:00:00)");
    let errors = value_of("2026-11-13 07:32:00").unwrap_err();
    assert_eq!(
        errors,
        ["1: invalid TOML: unexpected `0` (expected the end of the line or a comment)"]
    );
}

#[test]
fn one_line_arrays_of_strings_read() {
    assert_reads("[]", "[]");
    assert_reads(r#"["Allow"]"#, r#"["Allow"]"#);
    assert_reads(r#"[ "a" , "b", ]"#, r#"["a", "b"]"#);
    assert_refused("[1, 2]", &["unexpected `1`", "codes.toml's arrays hold strings"]);
    assert_refused(r#"["a" "b"]"#, &["unexpected `\"`", "`,` or `]`"]);
    assert_refused(r#"["a", ["b"]]"#, &["unexpected `[`"]);
    assert_refused("[\"a\",", &["past its line", "closing `]`"]);
}

#[test]
fn inline_tables_quoted_and_dotted_keys_are_refused() {
    assert_refused("{ a = 1 }", &["inline table"]);
    for (line, words) in [
        ("\"quoted\" = 1", &["unexpected `\"`", "a bare key"][..]),
        ("a.b = 1", &["dotted key", "plain keys only"]),
        ("= 1", &["unexpected `=` (expected a key)"]),
        ("key 1", &["unexpected `1` (expected `=` after the key)"]),
        (
            "key = 1 2",
            &["unexpected `2` (expected the end of the line or a comment)"],
        ),
    ] {
        let errors = tables(line).unwrap_err();
        assert_eq!(errors.len(), 1, "{line}: {errors:#?}");
        for word in words {
            assert!(
                errors[0].contains(word),
                "{line}: expected {word:?} in {errors:#?}"
            );
        }
    }
}

#[test]
fn a_document_reads_into_tables_with_their_lines() {
    let text = r#"# A comment, then keys outside any table.
top = 1

[ a . b ]   # spaces around the dots of a header
bare-key_2 = 2026-11-13 # a comment after a value

[[list]]
item = ["x"]
[[list]]
item = []
[[list.sub]]
"#;
    let expected = [
        "[]@1",
        "top@2 = 1",
        "[a.b]@4",
        "bare-key_2@5 = date(2026-11-13)",
        "[[list]]@7",
        "item@8 = [\"x\"]",
        "[[list]]@9",
        "item@10 = []",
        "[[list.sub]]@11",
    ];
    assert_eq!(show_tables(&tables(text).unwrap()), expected);
}

#[test]
fn crlf_line_endings_read_like_lf() {
    let lf = "[[status]]\ncode = 404 # c\nnames = [\"a\"]\n";
    let crlf = lf.replace('\n', "\r\n");
    let expected = ["[]@1", "[[status]]@1", "code@2 = 404", "names@3 = [\"a\"]"];
    assert_eq!(show_tables(&tables(lf).unwrap()), expected);
    assert_eq!(show_tables(&tables(&crlf).unwrap()), expected);
}

#[test]
fn empty_files_and_files_without_a_final_newline_read() {
    assert_eq!(show_tables(&tables("").unwrap()), ["[]@1"]);
    assert_eq!(show_tables(&tables("\n\n").unwrap()), ["[]@1"]);
    let last = tables("[t]\nkey = \"last\"").unwrap();
    assert_eq!(show_tables(&last), ["[]@1", "[t]@1", "key@2 = \"last\""]);
    assert_eq!(
        tables("key = ").unwrap_err(),
        ["1: invalid TOML: unexpected end of line (expected a value)"]
    );
}

#[test]
fn broken_headers_and_repeated_keys_are_reported() {
    assert_eq!(
        tables("[t\n").unwrap_err(),
        ["1: invalid TOML: unexpected end of line (expected `]` to close the table header)"]
    );
    assert_eq!(
        tables("[[t]\n").unwrap_err(),
        ["1: invalid TOML: unexpected `]` (expected `]]` to close the table header)"]
    );
    assert_eq!(
        tables("[t]\nx = 1\nx = 2\n").unwrap_err(),
        ["3: key `x` appears twice in this table"]
    );
}

#[test]
fn a_refused_multi_line_string_is_one_error() {
    let text = "[t]\na = \"\"\"first\nsecond\"\"\"\nb = \"fine\"\nc = 'x'\n";
    let errors = tables(text).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].starts_with("2: invalid TOML: a multi-line string"),
        "{errors:#?}"
    );
    assert!(
        errors[1].starts_with("5: invalid TOML: a literal string"),
        "{errors:#?}"
    );
}

#[test]
fn one_run_reports_every_syntax_error_in_line_order() {
    let text = "[t]\na = \"open\nb = [1 2]\nc = ok\n[d\ne = 1\n";
    let errors = tables(text).unwrap_err();
    let lines: Vec<&str> = errors.iter().map(|e| e.split(':').next().unwrap()).collect();
    assert_eq!(lines, ["2", "3", "4", "5"], "{errors:#?}");
}

/// An error's line lies within the text (an empty text has line 1).
fn within(text: &str, line: usize) -> bool {
    (1..=text.split('\n').count()).contains(&line)
}

mod never_panics {
    use super::within;
    use crate::stages::{check::parse, toml::read};
    use proptest::prelude::*;

    const CODES_TOML: &str = include_str!("../../codes.toml");

    /// Bytes that matter to TOML, and some that it refuses.
    const INTERESTING: &[u8] = b"\"'[]{}=#.,\\\n\r\t 0a_-+:\x00\x7f\xc3";

    fn check(text: &str) -> Result<(), TestCaseError> {
        if let Err(errors) = read(text) {
            prop_assert!(!errors.is_empty());
            prop_assert!(errors.iter().all(|e| within(text, e.line)), "{errors:#?}");
        }
        if let Err(errors) = parse(text) {
            prop_assert!(!errors.is_empty());
            prop_assert!(errors.iter().all(|e| within(text, e.line)), "{errors:#?}");
        }
        Ok(())
    }

    /// The real file with one byte deleted, doubled or inserted; bytes that no longer make
    /// UTF-8 become U+FFFD, as the build script only reads text.
    fn mutated(at: prop::sample::Index, how: u8, byte: u8) -> String {
        let mut bytes = CODES_TOML.as_bytes().to_vec();
        let at = at.index(bytes.len());
        match how % 3 {
            0 => drop(bytes.remove(at)),
            1 => bytes.insert(at, bytes[at]),
            _ => bytes.insert(at, INTERESTING[usize::from(byte) % INTERESTING.len()]),
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    proptest! {
        #[test]
        fn on_any_text(text in any::<String>()) {
            check(&text)?;
        }

        #[test]
        fn on_toml_like_text(text in "[\\[\\]\"'=#.,{}a-z0-9 \t\n\r\\\\_:+-]{0,80}") {
            check(&text)?;
        }

        #[test]
        fn on_the_real_file_with_a_byte_changed(at in any::<prop::sample::Index>(), how in any::<u8>(), byte in any::<u8>()) {
            check(&mutated(at, how, byte))?;
        }
    }
}
