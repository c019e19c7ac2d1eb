//! The build script's TOML reader (build/read.rs) on its own: every form of value codes.toml
//! may hold reads as the TOML 1.0 specification says it should, and every kind of syntax
//! error is reported on its line without stopping the reading of the lines after it.
//!
//! The expected values are written out here from the specification, not taken from the
//! reader.

#[allow(unused)]
mod common;

use common::parse::read::{read_tables, Lines, Table, Value};
use common::parse::Error;

/// The tables of `text` and the errors, each error as "line: message".
fn read(text: &str) -> (Vec<Table>, Vec<String>) {
    let (tables, errors) = read_with_errors(text);
    let errors = errors
        .iter()
        .map(|e| format!("{}: {}", e.line, e.message))
        .collect();
    (tables, errors)
}

fn read_with_errors(text: &str) -> (Vec<Table>, Vec<Error>) {
    let mut errors = Vec::new();
    let tables = read_tables(text, &Lines::new(text), &mut errors);
    (tables, errors)
}

/// A value in a form a test can write: `"text"` for a one-line basic string, `'text'` for
/// any other string, numbers and booleans as themselves, `date(..)`, `other(..)`, `[..]`.
fn show(value: &Value) -> String {
    match value {
        Value::String(text, true) => format!("{text:?}"),
        Value::String(text, false) => format!("'{}'", text.escape_debug()),
        Value::Integer(n) => n.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(show).collect();
            format!("[{}]", items.join(", "))
        }
        Value::DateTime(text) => format!("date({text})"),
        Value::Other(kind) => format!("other({kind})"),
    }
}

/// Every table as `[name]`/`[[name]]@line`, then its entries as `key@line = value`.
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
    let (tables, errors) = read(&format!("key = {written}\n"));
    if !errors.is_empty() {
        return Err(errors);
    }
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].entries.len(), 1, "{written}");
    Ok(show(&tables[0].entries[0].value))
}

#[track_caller]
fn assert_reads(written: &str, expected: &str) {
    assert_eq!(value_of(written), Ok(expected.to_string()), "{written}");
}

#[test]
fn basic_strings_take_every_escape() {
    assert_reads(r#""Not Found""#, r#""Not Found""#);
    assert_reads(r#""""#, r#""""#);
    assert_reads(r#""tab\there""#, r#""tab\there""#);
    assert_reads(r#""\"quoted\" and \\""#, r#""\"quoted\" and \\""#);
    assert_reads(r#""\b\f\r\n""#, r#""\u{8}\u{c}\r\n""#);
    assert_reads(r#""caf\u00E9 \u00e9""#, r#""café é""#);
    assert_reads(r#""\U0001F600""#, r#""😀""#);
    // A raw tab is the one control character a string may hold as it is.
    assert_reads("\"a\tb\"", r#""a\tb""#);
    assert_reads("\"# not a comment\"", "\"# not a comment\"");
    assert_reads(r#""Ünïcödé""#, r#""Ünïcödé""#);
}

#[test]
fn literal_strings_keep_backslashes() {
    assert_reads(r"'C:\Users\n'", r"'C:\\Users\\n'");
    assert_reads(r#"'say "hi"'"#, r#"'say \"hi\"'"#);
    assert_reads("''", "''");
}

#[test]
fn multi_line_strings_follow_the_trimming_rules() {
    // The newline right after the opening quotes is dropped; the others stay.
    assert_reads("\"\"\"\nfirst\nsecond\"\"\"", r"'first\nsecond'");
    assert_reads("\"\"\"no newline to drop\"\"\"", "'no newline to drop'");
    // A backslash at the end of a line drops the break and the whitespace that follows.
    assert_reads("\"\"\"\none \\\n    two \\  \n\n  three\"\"\"", "'one two three'");
    // One or two quotes may end the text right before the closing three.
    assert_reads("\"\"\"a \"quote\"\"\"\"", r#"'a \"quote\"'"#);
    assert_reads("\"\"\"two\"\"\"\"\"", r#"'two\"\"'"#);
    assert_reads("\"\"\"esc\\u0041pe \\\"\"\"\"", r#"'escApe \"'"#);
    assert_reads("'''\nraw \\n text'''", r"'raw \\n text'");
    assert_reads("'''it''s'''''", r"'it\'\'s\'\''");
}

#[test]
fn integers_in_every_radix() {
    for (written, expected) in [
        ("0", "0"),
        ("+0", "0"),
        ("-0", "0"),
        ("404", "404"),
        ("+17", "17"),
        ("-17", "-17"),
        ("1_000", "1000"),
        ("5_349_221", "5349221"),
        ("0xDEAD_beef", "3735928559"),
        ("0o755", "493"),
        ("0b1101_0110", "214"),
        ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("9223372036854775808", "other(an integer too large for 64 bits)"),
        ("0xffff_ffff_ffff_ffff", "other(an integer too large for 64 bits)"),
    ] {
        assert_reads(written, expected);
    }
}

#[test]
fn booleans_dates_floats_and_inline_tables() {
    assert_reads("true", "true");
    assert_reads("false", "false");
    for date in [
        "2026-11-13",
        "07:32:00",
        "07:32:00.999999",
        "1979-05-27T07:32:00",
        "1979-05-27t07:32:00.5",
        "1979-05-27 07:32:00",
        "1979-05-27T07:32:00Z",
        "1979-05-27 00:32:00.999999-07:00",
        "1979-05-27T07:32:00+01:30",
    ] {
        assert_reads(date, &format!("date({date})"));
    }
    for float in [
        "1.5",
        "-0.01",
        "+3.1415",
        "0.0",
        "1e6",
        "5E+22",
        "6.626e-34",
        "1e06",
        "1_000.000_1",
        "inf",
        "+inf",
        "-inf",
        "nan",
        "-nan",
    ] {
        assert_reads(float, "other(a float)");
    }
    for table in ["{}", "{ a = 1 }", "{ a = 1, b.c = \"x\", d = { e = [1, 2] } }"] {
        assert_reads(table, "other(an inline table)");
    }
}

#[test]
fn arrays_span_lines_with_comments_and_a_trailing_comma() {
    assert_reads("[]", "[]");
    assert_reads(r#"["Retry-After"]"#, r#"["Retry-After"]"#);
    assert_reads("[1,2 , 3]", "[1, 2, 3]");
    assert_reads("[ [1, [2]], [], 'x' ]", "[[1, [2]], [], 'x']");
    let written = "[ # opening comment\n  \"a\", # after a\n\n  # alone\n  \"b\",\n]";
    assert_reads(written, r#"["a", "b"]"#);
    assert_reads("[\n1\n,\n2\n]", "[1, 2]");
}

#[test]
fn a_document_reads_into_tables_with_their_lines() {
    let text = r#"# A comment, then keys outside any table.
top = 1

[ a . b ]   # spaces around the dots of a header
"quoted key" = "x"
'literal key' = 'y'
"" = true
bare-key_2 = 2026-11-13 # a comment after a value

[[ list ]]
item = [
  1, # one
  2,
]
[[list]]
item = []
[a."b c"]
"#;
    let (tables, errors) = read(text);
    assert_eq!(errors, Vec::<String>::new());
    let expected = [
        "[]@1",
        "top@2 = 1",
        "[a.b]@4",
        "quoted key@5 = \"x\"",
        "literal key@6 = 'y'",
        "@7 = true",
        "bare-key_2@8 = date(2026-11-13)",
        "[[list]]@10",
        "item@11 = [1, 2]",
        "[[list]]@15",
        "item@16 = []",
        "[a.b c]@17",
    ];
    assert_eq!(show_tables(&tables), expected);
}

#[test]
fn crlf_line_endings_read_like_lf() {
    let lf = "[[status]]\r\ncode = 404 # c\r\nnames = [\r\n  \"a\",\r\n]\r\ntext = \"\"\"\r\nline\r\nnext \\\r\n  end\"\"\"\r\nraw = '''\r\nx\r\n'''\r\n"
        .replace("\r\n", "\n");
    let crlf = lf.replace('\n', "\r\n");
    let (lf_tables, lf_errors) = read(&lf);
    let (crlf_tables, crlf_errors) = read(&crlf);
    assert_eq!(lf_errors, Vec::<String>::new());
    assert_eq!(crlf_errors, Vec::<String>::new());
    let expected = [
        "[]@1",
        "[[status]]@1",
        "code@2 = 404",
        "names@3 = [\"a\"]",
        "text@6 = 'line\\nnext end'",
        "raw@10 = 'x\\n'",
    ];
    assert_eq!(show_tables(&lf_tables), expected);
    assert_eq!(show_tables(&crlf_tables), expected);
}

#[test]
fn empty_files_and_files_without_a_final_newline_read() {
    assert_eq!(show_tables(&read("").0), ["[]@1"]);
    assert_eq!(show_tables(&read("\n\n").0), ["[]@1"]);
    let (tables, errors) = read("[t]\nkey = \"last\"");
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(show_tables(&tables), ["[]@1", "[t]@1", "key@2 = \"last\""]);
    assert_eq!(
        read("key = ").1,
        ["1: invalid TOML: unexpected end of file (expected a value)"]
    );
}

/// Each broken line, put on line 3 of a small file, and words its one error has to hold.
const BROKEN: &[(&str, &[&str])] = &[
    (
        "key = \"Not Found",
        &["unterminated string", "expected a closing `\"`"],
    ),
    (
        "key = 'Not Found",
        &["unterminated string", "expected a closing `'`"],
    ),
    ("key = \"\\q\"", &["invalid escape", "`q`", "\\uXXXX"]),
    ("key = \"\\u12\"", &["invalid escape", "`\\u`", "4 hex digits"]),
    ("key = \"\\U0001F60\"", &["invalid escape", "8 hex digits"]),
    ("key = \"\\uD800\"", &["`\\uD800`", "not a Unicode scalar value"]),
    (
        "key = \"\\U00110000\"",
        &["`\\U00110000`", "not a Unicode scalar value"],
    ),
    ("key = \"a\u{1}b\"", &["control character U+0001 in a string"]),
    ("key = 'a\u{0}b'", &["control character U+0000 in a string"]),
    ("key = \"a\u{7f}\"", &["control character U+007F"]),
    (
        "key = 1 # a\u{0}comment",
        &["control character U+0000 in a comment"],
    ),
    ("key = 1\rnext = 2", &["unexpected control character U+000D"]),
    ("key \"Not Found\"", &["unexpected `\"`", "expected `=`"]),
    ("key = = \"Not Found\"", &["unexpected `=`", "expected a value"]),
    ("key =", &["unexpected end of line", "expected a value"]),
    ("= 1", &["unexpected `=`", "expected a key"]),
    ("key$ = 1", &["unexpected `$`", "expected `=`"]),
    (
        "key = 1 other = 2",
        &["unexpected `o`", "expected the end of the line"],
    ),
    (
        "key = \"a\" \"b\"",
        &["unexpected `\"`", "expected the end of the line"],
    ),
    ("key = NotFound", &["`NotFound` is not a value", "quoted string"]),
    ("key = é", &["unexpected `é` (U+00E9)", "expected a value"]),
    (
        "\u{feff}key = 1",
        &["unexpected `\u{feff}` (U+FEFF)", "expected a key"],
    ),
    ("key = 0404", &["`0404` is not a value", "leading zeros"]),
    ("key = 1__000", &["`1__000` is not a value"]),
    ("key = 1_", &["`1_` is not a value"]),
    ("key = +0xff", &["`+0xff` is not a value"]),
    ("key = 0XFF", &["`0XFF` is not a value"]),
    ("key = 0b102", &["`0b102` is not a value"]),
    ("key = 1.", &["`1.` is not a value"]),
    ("key = .5", &["unexpected `.`", "expected a value"]),
    ("key = 1e", &["`1e` is not a value"]),
    ("key = True", &["`True` is not a value"]),
    ("key = 2026-1-13", &["`2026-1-13` is not a value"]),
    ("key = 2026-11-13T07:32", &["`2026-11-13T07:32` is not a value"]),
    ("key = 07:32:00.", &["`07:32:00.` is not a value"]),
    ("key = [1 2]", &["unexpected `2`", "expected `,` or `]`"]),
    ("key = [1,,2]", &["unexpected `,`", "expected a value"]),
    (
        "key = { a = 1 b = 2 }",
        &["unexpected `b`", "expected `,` or `}`"],
    ),
    ("key = { a = 1, }", &["unexpected `}`", "expected a key"]),
    (
        "key = \"\"\"a\"\"\"\"\"\"",
        &["unexpected `\"`", "expected the end of the line"],
    ),
    ("[status", &["unexpected end of line", "expected `]`"]),
    ("[[status]", &["unexpected `]`", "expected `]]`"]),
    ("[ [status]]", &["unexpected `[`", "expected a key"]),
    ("[status.]", &["unexpected `]`", "expected a key"]),
    ("[]", &["unexpected `]`", "expected a key"]),
    (
        "[status] key = 1",
        &["unexpected `k`", "expected the end of the line"],
    ),
];

#[test]
fn each_kind_of_syntax_error_names_its_line() {
    for (broken, words) in BROKEN {
        let text = format!("# line 1\n[t]\n{broken}\nafter = 1\n");
        let (tables, errors) = read(&text);
        assert_eq!(errors.len(), 1, "{broken:?}: {errors:#?}");
        assert!(
            errors[0].starts_with("3: invalid TOML: "),
            "{broken:?}: {errors:#?}"
        );
        for word in *words {
            assert!(
                errors[0].contains(word),
                "{broken:?}: expected {word:?} in {errors:#?}"
            );
        }
        // Reading went on at the next line.
        let last = tables.last().expect("a table");
        let after = last.entries.iter().find(|entry| entry.key == "after");
        assert_eq!(
            after.map(|entry| (entry.line, show(&entry.value))),
            Some((4, "1".into())),
            "{broken:?}"
        );
    }
}

#[test]
fn unterminated_values_are_reported_where_they_open() {
    let (_, errors) = read("[t]\nkey = \"\"\"\nnever\nclosed\n");
    assert_eq!(
        errors,
        ["2: invalid TOML: unterminated multi-line string (expected a closing `\"\"\"`)"]
    );
    let (_, errors) = read("[t]\nkey = '''\nnever closed");
    assert_eq!(
        errors,
        ["2: invalid TOML: unterminated multi-line string (expected a closing `'''`)"]
    );
    let (_, errors) = read("[t]\nkey = [\n  1,\n  2,\n");
    assert_eq!(
        errors,
        ["2: invalid TOML: unterminated array (expected a closing `]`)"]
    );
    // TOML 1.0 keeps an inline table on one line.
    let (_, errors) = read("[t]\nkey = { a = 1,\n b = 2 }\n");
    assert!(
        errors[0].starts_with("2: invalid TOML: unexpected end of line (expected a key)"),
        "{errors:#?}"
    );
}

#[test]
fn dotted_and_repeated_keys_keep_their_messages() {
    let (tables, errors) = read("[t]\na.b = 1\na . \"c\" = 2\nx = 1\nx = 2\n");
    assert_eq!(
        errors,
        [
            "2: dotted key `a.b`: codes.toml uses plain keys only",
            "3: dotted key `a.c`: codes.toml uses plain keys only",
            "5: key `x` appears twice in this table",
        ]
    );
    assert_eq!(
        show_tables(&tables),
        ["[]@1", "[t]@1", "a.b@2 = 1", "a.c@3 = 2", "x@4 = 1"]
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("key = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let (_, errors) = read(&deep);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("1: invalid TOML: "), "{errors:#?}");
    assert!(errors[0].contains("nested more than"), "{errors:#?}");
    assert_reads(
        &format!("{}{}", "[".repeat(20), "]".repeat(20)),
        &format!("{}{}", "[".repeat(20), "]".repeat(20)),
    );
}

#[test]
fn one_run_reports_every_syntax_error_in_line_order() {
    let text = "[t]\na = \"open\nb = [1 2]\nc = ok\n[d\ne = 1\n";
    let (_, errors) = read(text);
    let lines: Vec<&str> = errors.iter().map(|e| e.split(':').next().unwrap()).collect();
    assert_eq!(lines, ["2", "3", "4", "5"], "{errors:#?}");
}

/// An error's line lies within the text (an empty text has line 1).
fn within(text: &str, line: usize) -> bool {
    (1..=text.lines().count().max(1)).contains(&line)
}

mod never_panics {
    use super::{common::parse, read_with_errors, within};
    use proptest::prelude::*;

    const CODES_TOML: &str = include_str!("../codes.toml");

    /// Bytes that matter to TOML, and some that it refuses.
    const INTERESTING: &[u8] = b"\"'[]{}=#.,\\\n\r\t 0a_-+:\x00\x7f\xc3";

    fn check(text: &str) -> Result<(), TestCaseError> {
        let (_, errors) = read_with_errors(text);
        prop_assert!(errors.iter().all(|e| within(text, e.line)), "{errors:#?}");
        if let Err(errors) = parse::parse(text) {
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
