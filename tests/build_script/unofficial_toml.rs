//! The build script's reading of `[[unofficial]]` tables: a valid one becomes a record,
//! and each kind of mistake gets an error that names its line and says what is wrong.

use crate::support::{self as common, assert_one_error, parse, stages};

use stages::model::PhraseOrigin;
use stages::vocab::Seen;

/// A small valid file (the shared class tables, then its own); each test breaks it in one way.
const VALID: &str = concat!(
    common::base_tables!(),
    r#"[[status]]
code = 400
name = "BadRequest"
reason = "Bad Request"
description = "Malformed."
reference = "RFC 9110, Section 15.5.1"
retry = "after-change"

[[unofficial]]
code = 499
vendor = "nginx"
phrase = "Client Closed Request"
phrase_origin = "vendor"
seen = "server-log"
description = "The client left early."
url = "https://example.com/nginx/499"

[[unofficial]]
code = 494
vendor = "nginx"
phrase = "Request Header Too Large"
phrase_origin = "vendor"
seen = "server-log"
sent_as = 400
description = "The header was too big."
url = "https://example.com/nginx/494"

[[unofficial]]
code = 0
vendor = "Web browsers"
seen = "client-side"
description = "No response came."
url = "https://example.com/fetch"
"#
);

fn errors(from: &str, to: &str) -> Vec<String> {
    common::errors(VALID, from, to)
}

fn line_of(needle: &str) -> usize {
    common::line_of(VALID, needle)
}

/// The line of the `[[unofficial]]` header of the entry for `code`.
fn table_of(code: u16) -> usize {
    line_of(&format!("[[unofficial]]\ncode = {code}\n"))
}

#[test]
fn a_valid_entry_becomes_a_record() {
    let codes = parse(VALID).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let codes_in_order: Vec<u16> = codes.unofficial.iter().map(|entry| entry.code).collect();
    assert_eq!(codes_in_order, [0, 494, 499]);

    let browsers = &codes.unofficial[0];
    assert_eq!(browsers.vendor, "Web browsers");
    assert!(browsers.phrase.is_none() && browsers.product.is_none());
    assert_eq!(browsers.seen, Seen::ClientSide);

    let header = &codes.unofficial[1];
    assert_eq!(header.line, table_of(494));
    assert_eq!(header.sent_as, Some((400, line_of("sent_as = 400"))));
    let phrase = header.phrase.as_ref().expect("494 has a phrase");
    assert_eq!(phrase.text, "Request Header Too Large");
    assert_eq!(phrase.origin, PhraseOrigin::Vendor);
    assert_eq!(header.url, "https://example.com/nginx/494");
}

#[test]
fn each_required_key_is_reported_missing_at_its_table() {
    for key in ["vendor", "seen", "description", "url"] {
        let entry = VALID[VALID.find("code = 0\n").unwrap()..].to_string();
        let line = entry
            .lines()
            .find(|line| line.starts_with(&format!("{key} = ")))
            .expect("the entry for 0 sets every required key");
        let errors = errors(&format!("{line}\n"), "");
        assert_one_error(
            errors,
            table_of(0),
            &["[[unofficial]] of code 0", &format!("missing the key `{key}`")],
        );
    }
    let errors = errors("code = 0\n", "");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("[[unofficial]] is missing the key `code`")),
        "{errors:#?}"
    );
}

#[test]
fn an_unknown_key_names_the_known_ones() {
    let line = line_of("seen = \"client-side\"");
    let errors = errors("seen = \"client-side\"", "seen = \"client-side\"\nvendr = \"x\"");
    assert_one_error(
        errors,
        line + 1,
        &["unknown key `vendr`", "[[unofficial]] of code 0", "phrase_origin"],
    );
}

#[test]
fn seen_has_to_be_one_of_four_places() {
    let line = line_of("seen = \"client-side\"");
    let errors = errors("seen = \"client-side\"", "seen = \"browser\"");
    assert_one_error(
        errors,
        line,
        &[
            "`seen` is \"browser\"",
            "\"response\", \"server-log\", \"client-side\", \"server-config\"",
        ],
    );
}

#[test]
fn urls_have_to_be_https_links() {
    let line = line_of("url = \"https://example.com/fetch\"");
    for (bad, problem) in [
        ("http://example.com/fetch", "does not start with `https://`"),
        ("example.com/fetch", "does not start with `https://`"),
        ("https:///fetch", "has no host"),
        ("https://example.com/a page", "contains ' '"),
        ("https://example.com/a|b", "contains '|'"),
    ] {
        let errors = errors("url = \"https://example.com/fetch\"", &format!("url = \"{bad}\""));
        assert_one_error(errors, line, &["code 0", bad, problem]);
    }
}

#[test]
fn one_entry_per_number_and_vendor() {
    let twice = errors("code = 494", "code = 499");
    assert_one_error(
        twice,
        table_of(494),
        &[
            "code 499",
            "vendor `nginx` already has an entry",
            &format!("line {}", table_of(499)),
        ],
    );
    // Two vendors for one number are fine.
    assert_eq!(
        errors(
            "code = 0\nvendor = \"Web browsers\"",
            "code = 499\nvendor = \"Web browsers\""
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_vendor_is_spelt_one_way() {
    let errors = errors("code = 494\nvendor = \"nginx\"", "code = 494\nvendor = \"NGINX\"");
    assert_one_error(errors, table_of(494), &["`NGINX` is spelt `nginx`"]);
}

#[test]
fn descriptions_are_limited_and_distinct() {
    let line = line_of("description = \"No response came.\"");
    let long = format!("description = \"{}\"", "x".repeat(401));
    assert_one_error(
        errors("description = \"No response came.\"", &long),
        line,
        &["401 bytes", "400"],
    );
    assert_one_error(
        errors("description = \"No response came.\"", "description = \"\""),
        line,
        &["description is empty"],
    );
    assert_one_error(
        errors(
            "description = \"No response came.\"",
            "description = \"The client left early.\"",
        ),
        table_of(0),
        &["code 0", "the description is the same as that of code 499"],
    );
}

#[test]
fn phrases_follow_the_registry_rules_and_say_whose_they_are() {
    let line = line_of("phrase = \"Client Closed Request\"");
    assert_one_error(
        errors(
            "phrase = \"Client Closed Request\"",
            "phrase = \"Client Closed Request!\"",
        ),
        line,
        &["code 499", "'!'"],
    );
    assert_one_error(
        errors(
            "phrase = \"Client Closed Request\"",
            "phrase = \"Client  Closed Request\"",
        ),
        line,
        &["stray spaces"],
    );
    assert_one_error(
        errors(
            "phrase_origin = \"vendor\"\nseen = \"server-log\"\ndescription = \"The client",
            "seen = \"server-log\"\ndescription = \"The client",
        ),
        line,
        &["code 499", "needs `phrase_origin`"],
    );
    assert_one_error(
        errors(
            "seen = \"client-side\"",
            "seen = \"client-side\"\nphrase_origin = \"label\"",
        ),
        line_of("seen = \"client-side\"") + 1,
        &["code 0", "`phrase_origin` without a `phrase`"],
    );
    assert_one_error(
        errors("phrase_origin = \"vendor\"", "phrase_origin = \"official\""),
        line_of("phrase_origin = \"vendor\""),
        &["`phrase_origin` is \"official\"", "\"vendor\", \"label\""],
    );
}

#[test]
fn sent_as_is_a_listed_code_and_only_for_logged_numbers() {
    let line = line_of("sent_as = 400");
    assert_one_error(
        errors("sent_as = 400", "sent_as = 404"),
        line,
        &["code 494", "`sent_as` 404 has no [[status]] table"],
    );
    assert_one_error(
        errors("sent_as = 400", "sent_as = 1000"),
        line,
        &["`sent_as` 1000 is outside 100..=599"],
    );
    assert_one_error(
        errors("seen = \"client-side\"", "seen = \"client-side\"\nsent_as = 400"),
        line_of("seen = \"client-side\"") + 1,
        &[
            "code 0",
            "`sent_as` belongs only to entries with seen = \"server-log\" or \"server-config\"",
        ],
    );
    // A number that lives only in the server's configuration names the code sent instead.
    let config = errors(
        "seen = \"server-log\"\nsent_as = 400",
        "seen = \"server-config\"\nsent_as = 400",
    );
    assert_eq!(config, Vec::<String>::new());
    let text = VALID.replacen(
        "seen = \"server-log\"\nsent_as = 400",
        "seen = \"server-config\"\nsent_as = 400",
        1,
    );
    let header = parse(&text)
        .unwrap()
        .unofficial
        .into_iter()
        .find(|entry| entry.code == 494)
        .unwrap();
    assert_eq!(header.seen, Seen::ServerConfig);
    assert_eq!(header.sent_as.map(|(code, _)| code), Some(400));
}

#[test]
fn quotes_are_one_line_strings_or_arrays_of_them() {
    let url = "url = \"https://example.com/fetch\"";
    for good in [
        "quote = \"A network error.\"",
        "quote = [\"A network error.\", \"Status is 0.\"]",
        "quote = \"Status is 0.\"\nquote_url = \"https://example.com/spec\"",
        "quote = \"Status is 0.\"\nquote_urls = [\"https://example.com/spec\"]",
    ] {
        assert_eq!(
            errors(url, &format!("{url}\n{good}")),
            Vec::<String>::new(),
            "{good}"
        );
    }
    let line = line_of(url) + 1;
    assert_one_error(
        errors(url, &format!("{url}\nquote = 0")),
        line,
        &["`quote` should be a string, or an array of strings, not an integer"],
    );
    assert_one_error(
        errors(url, &format!("{url}\nquote = [\"ok\", 1]")),
        line,
        &["unexpected `1`", "codes.toml's arrays hold strings"],
    );
    assert_one_error(
        errors(url, &format!("{url}\nquote_url = [\"https://example.com\"]")),
        line,
        &["`quote_url` should be a string, not an array"],
    );
    let refused = errors(url, &format!("{url}\nquote_urls = \"https://example.com\""));
    assert!(
        matches!(&refused[..], [one] if one.contains("quote_urls")),
        "{refused:?}"
    );
}

#[test]
fn codes_are_any_u16() {
    let line = line_of("code = 0");
    for bad in ["65536", "-1"] {
        assert_one_error(
            errors("code = 0", &format!("code = {bad}")),
            line,
            &[bad, "0..=65535"],
        );
    }
    assert_eq!(errors("code = 0", "code = 65535"), Vec::<String>::new());
}

#[test]
fn vendor_names_are_plain_text() {
    let line = line_of("vendor = \"Web browsers\"");
    assert_one_error(
        errors("vendor = \"Web browsers\"", "vendor = \"Web | browsers\""),
        line,
        &["code 0", "vendor", "'|'"],
    );
    assert_one_error(
        errors("vendor = \"Web browsers\"", "vendor = \" Web browsers\""),
        line,
        &["stray spaces"],
    );
    let long = format!("vendor = \"{}\"", "v".repeat(61));
    assert_one_error(
        errors("vendor = \"Web browsers\"", &long),
        line,
        &["61 bytes", "at most 60"],
    );
}

#[test]
fn the_table_is_an_array_of_tables() {
    let errors = errors("[[unofficial]]\ncode = 0\n", "[unofficial]\ncode = 0\n");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("[unofficial] should be [[unofficial]]")),
        "{errors:#?}"
    );
}
