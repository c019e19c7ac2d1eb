//! The build script's reading of `[[spelling]]` tables: a valid one becomes a record (and,
//! where it names one code, a lookup key of its status); each kind of mistake gets an error
//! that names its line and says what is wrong.

use crate::support::{self as common, assert_one_error, errors, line_of, parse, stages};

use stages::model::lookup_keys;

const VALID: &str = concat!(
    common::base_tables!(),
    r#"[[status]]
code = 405
name = "MethodNotAllowed"
reason = "Method Not Allowed"
description = "Not here."
reference = "RFC 9110, Section 15.5.6"
retry = "after-change"

[[status]]
code = 420
name = "Twenty"
reason = "Twenty"
description = "Made up."
reference = "RFC 9110, Section 15.5"
retry = "after-change"

[[status]]
code = 424
name = "FailedDependency"
reason = "Failed Dependency"
description = "Something else failed."
reference = "RFC 4918"
retry = "after-change"

[[unofficial]]
code = 420
vendor = "Spring Framework"
phrase = "Method Failure"
phrase_origin = "vendor"
seen = "response"
description = "An old draft's."
url = "https://example.com/spring"
quote = "the source's words"

[[spelling]]
code = 405
phrase = "Not Allowed"
servers = ["nginx"]
source = "https://github.com/nginx/nginx/blob/3f6f7824d4e2/src/http/ngx_http_header_filter_module.c#L92"

[[spelling]]
code = 424
phrase = "Method failure"
servers = ["HAProxy"]
source = "https://github.com/haproxy/haproxy/blob/50872daa6a85/src/http.c#L471"

[[spelling]]
code = 509
phrase = "Bandwidth Limit Exceeded"
servers = ["HAProxy", "Werkzeug"]
source = ["https://github.com/haproxy/haproxy/blob/50872daa6a85/src/http.c#L491", "https://github.com/pallets/werkzeug/blob/3.1.8/src/werkzeug/http.py#L119"]

[[spelling]]
code = 306
phrase = "(Unused)"
servers = ["Varnish"]
source = "https://github.com/varnishcache/varnish-cache/blob/27d2ce15b20b/include/tbl/http_response.h#L55"
from_reason = false
"#
);

#[test]
fn a_valid_file_gives_its_spellings_and_keys() {
    let codes = parse(VALID).expect("valid");
    let spellings: Vec<(u16, &str, bool)> = codes
        .spellings
        .iter()
        .map(|spelling| (spelling.code, spelling.phrase.as_str(), spelling.alone))
        .collect();
    // Ordered by code; only 405's names one registered code alone: 424's is Spring's
    // phrase for 420 too, 509 has no [[status]] table, 306's says `from_reason = false`.
    assert_eq!(
        spellings,
        [
            (306, "(Unused)", false),
            (405, "Not Allowed", true),
            (424, "Method failure", false),
            (509, "Bandwidth Limit Exceeded", false)
        ]
    );
    assert_eq!(codes.spellings[3].servers, ["HAProxy", "Werkzeug"]);
    assert_eq!(codes.spellings[3].sources.len(), 2);
    let status = |code: u16| codes.statuses.iter().find(|status| status.code == code).unwrap();
    assert_eq!(status(405).spellings, ["Not Allowed"]);
    assert!(status(424).spellings.is_empty());
    let keys: Vec<String> = lookup_keys(status(405)).map(|(key, _)| key).collect();
    assert!(keys.contains(&"notallowed".to_string()), "{keys:?}");
}

#[test]
fn a_phrase_folding_already_covers_is_refused() {
    let found = errors(
        VALID,
        r#"phrase = "Not Allowed""#,
        r#"phrase = "method-not-allowed""#,
    );
    assert_one_error(
        found,
        line_of(VALID, r#"phrase = "Not Allowed""#),
        &["folding already covers it", "\"Method Not Allowed\""],
    );
    // For an unlisted number, its class's name is its own phrase.
    let found = errors(
        VALID,
        r#"phrase = "Bandwidth Limit Exceeded""#,
        r#"phrase = "server error""#,
    );
    assert_one_error(
        found,
        line_of(VALID, r#"phrase = "Bandwidth Limit Exceeded""#),
        &["folding already covers it", "\"Server Error\""],
    );
}

#[test]
fn another_codes_phrase_is_a_mistake_not_a_spelling() {
    let found = errors(
        VALID,
        r#"phrase = "Not Allowed""#,
        r#"phrase = "Failed Dependency""#,
    );
    assert_one_error(
        found,
        line_of(VALID, r#"phrase = "Not Allowed""#),
        &["of code 424", "mistaken"],
    );
}

#[test]
fn a_spelling_appears_once_per_code() {
    let text = format!(
        "{VALID}\n[[spelling]]\ncode = 405\nphrase = \"NOT ALLOWED\"\nservers = [\"Werkzeug\"]\nsource = \"https://github.com/a/b/blob/1234567/c.py#L1\"\n"
    );
    // (Replacing a text with itself: the file as it is.)
    let found = errors(&text, "NOT ALLOWED", "NOT ALLOWED");
    assert_one_error(
        found,
        line_of(&text, "phrase = \"NOT ALLOWED\""),
        &["merge their servers"],
    );
}

#[test]
fn the_code_is_three_digits() {
    let found = errors(VALID, "code = 509", "code = 1000");
    assert_one_error(found, line_of(VALID, "code = 509"), &["1000", "100 to 999"]);
    let found = errors(VALID, "code = 509", "code = 99");
    assert_one_error(found, line_of(VALID, "code = 509"), &["99 is not a status code"]);
}

#[test]
fn the_phrase_is_printable_ascii_on_one_line() {
    let found = errors(VALID, r#"phrase = "Not Allowed""#, r#"phrase = "Not  Allowed""#);
    assert_one_error(
        found,
        line_of(VALID, r#"phrase = "Not Allowed""#),
        &["stray spaces"],
    );
    let found = errors(VALID, r#"phrase = "Not Allowed""#, r#"phrase = "Non autorisé""#);
    assert_one_error(
        found,
        line_of(VALID, r#"phrase = "Not Allowed""#),
        &["'é'", "printable ASCII"],
    );
    let found = errors(VALID, r#"phrase = "Not Allowed""#, r#"phrase = """#);
    assert_one_error(found, line_of(VALID, r#"phrase = "Not Allowed""#), &["empty"]);
}

#[test]
fn servers_are_named_once_each() {
    let found = errors(VALID, r#"["HAProxy", "Werkzeug"]"#, r#"["HAProxy", "HAProxy"]"#);
    assert_one_error(
        found,
        line_of(VALID, r#"["HAProxy", "Werkzeug"]"#),
        &["`HAProxy` is listed twice"],
    );
    let found = errors(VALID, r#"servers = ["nginx"]"#, "servers = []");
    assert_one_error(
        found,
        line_of(VALID, r#"servers = ["nginx"]"#),
        &["`servers` is empty"],
    );
}

#[test]
fn a_source_is_a_line_of_a_file_at_a_commit_or_tag() {
    let good =
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2/src/http/ngx_http_header_filter_module.c#L92";
    let line = line_of(VALID, good);
    for bad in [
        "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_header_filter_module.c#L92",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2/src/http/ngx_http_header_filter_module.c",
        "https://github.com/nginx/nginx/tree/3f6f7824d4e2/src/http/",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2/src/x.c#Lx",
    ] {
        assert_one_error(
            errors(VALID, good, bad),
            line,
            &["not a link to a line of a file at a commit"],
        );
    }
    assert_one_error(errors(VALID, good, "http://nginx.org/"), line, &["https://"]);
    // The missing key, and the wrong type.
    let found = errors(VALID, &format!("source = \"{good}\""), "source = 3");
    assert_one_error(found, line, &["`source` should be a link or an array of links"]);
}

#[test]
fn from_reason_true_cannot_claim_a_shared_phrase() {
    let found = errors(
        VALID,
        "source = \"https://github.com/haproxy/haproxy/blob/50872daa6a85/src/http.c#L471\"",
        "source = \"https://github.com/haproxy/haproxy/blob/50872daa6a85/src/http.c#L471\"\nfrom_reason = true",
    );
    assert_one_error(
        found,
        line_of(VALID, r#"phrase = "Method failure""#),
        &["`from_reason = true`", "methodfailure"],
    );
}

#[test]
fn unknown_keys_and_a_single_table_are_reported() {
    let found = errors(VALID, "from_reason = false", "from_reasons = false");
    assert_one_error(
        found,
        line_of(VALID, "from_reason = false"),
        &["unknown key `from_reasons`", "servers"],
    );
    let found = errors(VALID, "[[spelling]]\ncode = 306", "[spelling]\ncode = 306");
    assert_one_error(
        found,
        line_of(VALID, "[[spelling]]\ncode = 306"),
        &["[spelling] should be [[spelling]]"],
    );
}
