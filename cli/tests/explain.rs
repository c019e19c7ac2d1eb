//! `httpcodes <text>`, run as a user runs it: exit statuses and what its messages say,
//! for ordinary and hostile arguments.

use std::ffi::OsString;
use std::process::Command;

use httpcodes::ParseError;

/// What one run printed, and how it ended.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn explain<I: Into<OsString>>(arguments: impl IntoIterator<Item = I>) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_httpcodes"))
        .args(arguments.into_iter().map(Into::into))
        // A panic would print its message and a backtrace; the tests look for both.
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("httpcodes runs");
    let run = Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    for text in [&run.stdout, &run.stderr] {
        assert!(!text.contains("panicked"), "{text}");
        assert!(!text.contains("stack backtrace"), "{text}");
    }
    run
}

/// A run that explained a code: status 0, nothing on stderr.
fn explained<I: Into<OsString>>(arguments: impl IntoIterator<Item = I>) -> String {
    let run = explain(arguments);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stderr, "");
    run.stdout
}

/// A run that refused with `code`: nothing on stdout, the reason on stderr.
fn refused<I: Into<OsString>>(code: i32, arguments: impl IntoIterator<Item = I>) -> String {
    let run = explain(arguments);
    assert_eq!(run.code, Some(code), "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "");
    assert!(!run.stderr.is_empty());
    run.stderr
}

#[test]
fn a_code_is_explained() {
    let out = explained(["429"]);
    assert_eq!(out.lines().next(), Some("429 Too Many Requests"));
    assert!(out.contains("Client Error"), "{out}");
    // RFC 6585 defines 429.
    assert!(out.contains("RFC 6585"), "{out}");
}

#[test]
fn retry_advice_and_header_fields_are_shown() {
    // RFC 9110 Section 15.5.6: a 405 response must carry Allow; repeating it unchanged
    // cannot help.
    let out = explained(["405"]);
    assert!(out.contains("header:      Allow (must)"), "{out}");
    assert!(out.contains("retry:"), "{out}");
    // RFC 9110 Section 15.6.4: 503 is temporary and may carry Retry-After.
    let out = explained(["503"]);
    assert!(out.contains("Retry-After (may)"), "{out}");
    assert!(out.contains("may work if sent again"), "{out}");
    // RFC 6585 Section 4 keeps a 429 out of caches; RFC 9110 Section 15.3.5 makes a 204
    // cacheable by default; 503 is neither.
    assert!(explained(["429"]).contains("cache:       a cache must not store it"));
    assert!(explained(["204"]).contains("cache:       cacheable by default"));
    assert!(!out.contains("cache:"), "{out}");
    // RFC 4918 Section 11.5: a 507 is temporary, but a user's request waits for the user.
    let out = explained(["507"]);
    assert!(out.contains("until the user asks again"), "{out}");
    // The registry lists 104 as a temporary registration with an end date.
    let out = explained(["104"]);
    assert!(
        out.contains("temporary registration, due to expire on 2026-11-13"),
        "{out}"
    );
}

#[test]
fn vendor_meanings_follow_the_registry_answer_and_are_marked_not_standard() {
    let out = explained(["499"]);
    let registry = out
        .find("499 Client Error")
        .expect("the registry answer comes first");
    let vendor = out.find("Not standard").expect(&out);
    assert!(registry < vendor, "{out}");
    assert!(out.contains("499 Client Closed Request (nginx)"), "{out}");
    assert!(out.contains("only in server logs"), "{out}");
    assert!(out.contains("https://github.com/nginx/nginx/"), "{out}");

    let out = explained(["522"]);
    assert!(out.contains("522 Connection Timed Out (Cloudflare)"), "{out}");
    assert!(out.contains("https://developers.cloudflare.com/"), "{out}");

    // Browsers report 0 when no response arrived at all (Fetch Standard).
    let out = explained(["0"]);
    assert!(out.contains("Web browsers"), "{out}");
    assert!(out.contains("only on the client side"), "{out}");

    assert!(!explained(["200"]).contains("Not standard"));
}

#[test]
fn a_phrase_is_explained_current_or_former() {
    let out = explained(["payload too large"]);
    // RFC 9110 renamed 413 Payload Too Large to Content Too Large.
    assert_eq!(out.lines().next(), Some("413 Content Too Large"));
}

#[test]
fn separate_words_are_read_as_one_text() {
    let out = explained(["404", "Not", "Found"]);
    assert_eq!(out.lines().next(), Some("404 Not Found"));
}

#[test]
fn three_digit_numbers_outside_the_registry_are_explained_like_the_library_parses_them() {
    // A status line carries any three digits 100..=999; 600 and above are invalid codes,
    // which RFC 9110 Section 15 says to handle as server errors.
    let out = explained(["600"]);
    assert_eq!(out.lines().next(), Some("600 Invalid Status Code"));
    assert!(out.contains("Server Error"), "{out}");
    assert!(!out.contains("note"), "{out}");
}

#[test]
fn help_goes_to_stdout_and_succeeds() {
    for flag in ["--help", "-h"] {
        let out = explained([flag]);
        assert!(out.starts_with("usage: httpcodes"), "{out}");
        // Not looked up as a phrase.
        assert!(!out.contains("reason phrase;"), "{out}");
    }
    assert!(explained(["404", "--help"]).starts_with("usage: httpcodes"));
}

#[test]
fn no_text_is_a_usage_error() {
    let none: [&str; 0] = [];
    assert!(refused(2, none).contains("usage: httpcodes"));
    assert!(refused(2, [" "]).contains("usage: httpcodes"));
    assert!(refused(2, ["--"]).contains("usage: httpcodes"));
}

#[test]
fn unknown_options_are_usage_errors() {
    let err = refused(2, ["--verbose", "404"]);
    assert!(err.contains("unknown option \"--verbose\""), "{err}");
    // After `--`, an argument is text even if it looks like an option.
    let err = refused(1, ["--", "-h"]);
    assert!(err.contains("\"-h\""), "{err}");
}

#[cfg(unix)]
#[test]
fn text_that_is_not_utf8_is_reported_not_decoded() {
    use std::os::unix::ffi::OsStrExt;
    let bytes = std::ffi::OsStr::from_bytes(b"\xffabc");
    let err = refused(1, [bytes]);
    assert!(err.contains("argument 1"), "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(err.contains("0xff at offset 0"), "{err}");

    let second = std::ffi::OsStr::from_bytes(b"Not \xc3Found");
    let err = refused(1, [std::ffi::OsStr::new("404"), second]);
    assert!(err.contains("argument 2"), "{err}");
    assert!(err.contains("0xc3 at offset 4"), "{err}");

    // Help still wins: it is the one thing such a command line can be answered with.
    assert!(explained([bytes, std::ffi::OsStr::new("-h")]).starts_with("usage: httpcodes"));
}

#[test]
fn huge_input_is_echoed_shortened() {
    let huge = "x".repeat(10 * 1024);
    let err = refused(1, [huge.as_str()]);
    assert!(err.len() < 300, "{} bytes: {err}", err.len());
    assert!(err.contains(&format!("\"{}\"…", "x".repeat(40))), "{err}");
    assert!(err.contains("10240 characters"), "{err}");

    // Cut on a character boundary: 50 three-byte characters, cut after 40 of them.
    let wide = "€".repeat(50);
    let err = refused(1, [wide.as_str()]);
    assert!(err.contains(&format!("\"{}\"…", "€".repeat(40))), "{err}");
    assert!(err.contains("50 characters"), "{err}");
}

#[test]
fn control_characters_are_echoed_escaped() {
    let err = refused(1, ["\u{1b}[2J"]);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("\\u{1b}[2J"), "{err}");
}

#[test]
fn signed_numbers_are_called_what_they_are() {
    // FromStr sees no leading digit, tries a phrase and reports an unknown one; that is
    // not what is wrong with a number.
    let err = refused(1, ["-1"]);
    assert!(err.contains("negative"), "{err}");
    assert!(!err.contains("phrase"), "{err}");
    for text in ["+404", "-0"] {
        let err = refused(1, [text]);
        assert!(err.contains("has a sign"), "{err}");
        assert!(!err.contains("phrase"), "{err}");
    }
}

#[test]
fn numbers_the_library_refuses_get_its_reason() {
    let not_three_digits = ParseError::NotThreeDigits.to_string();
    for text in ["0404", "99999", "65536", "4O4", "1000 Invalid Status Code"] {
        let err = refused(1, [text]);
        assert!(err.contains(&format!("{text:?}")), "{err}");
        assert!(err.contains(&not_three_digits), "{err}");
    }
    let err = refused(1, ["099"]);
    assert!(err.contains(&ParseError::OutOfRange(99).to_string()), "{err}");
}

#[test]
fn only_ascii_whitespace_is_trimmed_around_a_number_as_from_str_trims() {
    explained([" 404\t"]);
    // An ideographic space is not ASCII whitespace: the text is not a number.
    let err = refused(1, ["\u{3000}42"]);
    assert!(!err.contains("note"), "{err}");
}

#[test]
fn plain_numbers_outside_three_digits_are_explained_after_a_warning() {
    let not_three_digits = ParseError::NotThreeDigits.to_string();
    for (text, heading) in [
        ("0", "0 Invalid Status Code"),
        ("42", "42 Invalid Status Code"),
        ("1000", "1000 Invalid Status Code"),
        ("65535", "65535 Invalid Status Code"),
    ] {
        let out = explained([text]);
        let mut lines = out.lines();
        let note = lines.next().unwrap_or_default();
        assert!(note.contains("not a status code a server can send"), "{out}");
        assert!(note.contains(&not_three_digits), "{out}");
        assert_eq!(lines.next(), Some(heading), "{out}");
        // RFC 9110 Section 15: a client handles an invalid status code as a server error.
        assert!(out.contains("Server Error"), "{out}");
    }
}

#[test]
fn unknown_phrases_get_suggestions() {
    let err = refused(1, ["Not Foudn"]);
    assert!(err.contains("did you mean 404 Not Found?"), "{err}");
    let err = refused(1, ["service", "unavailabe"]);
    assert!(err.contains("did you mean 503 Service Unavailable?"), "{err}");
    let err = refused(1, ["moved"]);
    assert!(err.contains("301 Moved Permanently"), "{err}");
    // Nothing close: no suggestion, and no false one.
    let err = refused(1, ["zebra crossing"]);
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn a_phrase_that_belongs_to_another_code_says_whose_it_is() {
    let err = refused(1, ["404", "Gone"]);
    assert!(err.contains("410 Gone"), "{err}");
}

#[test]
fn a_status_line_is_read_by_its_three_digits() {
    // The phrase is not checked: a server may send any, and the digits decide.
    let out = explained(["HTTP/1.1 405 Whatever"]);
    let mut lines = out.lines();
    let note = lines.next().unwrap_or_default();
    assert!(note.contains("\"Whatever\" is not a phrase of 405"), "{out}");
    assert_eq!(lines.next(), Some("405 Method Not Allowed"), "{out}");
    assert!(out.contains("header:      Allow (must)"), "{out}");
    // Another code's phrase gets the note too: h2o's 503 with 500's phrase is a 503.
    let out = explained(["HTTP/1.1 503 Internal Server Error"]);
    assert!(
        out.lines()
            .next()
            .unwrap_or_default()
            .contains("is not a phrase of 503"),
        "{out}"
    );
    assert!(out.contains("503 Service Unavailable"), "{out}");

    for (line, heading) in [
        ("HTTP/2 404", "404 Not Found"),
        ("HTTP/1.1 405 ", "405 Method Not Allowed"),
        ("HTTP/1.0 413 Payload Too Large", "413 Content Too Large"),
        ("HTTP/1.1 499 Client Closed Request", "499 Client Error"),
        // Servers' own spellings (codes.toml's [[spelling]] tables): nginx, Varnish.
        ("HTTP/1.1 405 Not Allowed", "405 Method Not Allowed"),
        (
            "HTTP/1.1 503 Service Temporarily Unavailable\r\n",
            "503 Service Unavailable",
        ),
        ("HTTP/1.1 306 (Unused)", "306 Switch Proxy"),
    ] {
        let out = explained([line]);
        // Known phrases, former and vendor ones included, get no note.
        assert_eq!(out.lines().next(), Some(heading), "{line}: {out}");
    }
    // Words of the command line are joined, as for any text.
    assert_eq!(
        explained(["HTTP/1.1", "503"]).lines().next(),
        Some("503 Service Unavailable")
    );
}

#[test]
fn a_broken_status_line_says_what_is_wrong() {
    let err = refused(1, ["HTTP/1.1 4O4 Not Found"]);
    assert!(err.contains("as a status line"), "{err}");
    assert!(err.contains(&ParseError::NotThreeDigits.to_string()), "{err}");
    let err = refused(1, ["HTTP/1.1 099 Odd"]);
    assert!(err.contains(&ParseError::OutOfRange(99).to_string()), "{err}");
    for line in ["HTTP/one 404", "HTTP/1.1.1 404", "HTTP/", "HTTP/1.1200 OK"] {
        let err = refused(1, [line]);
        assert!(
            err.contains(&ParseError::InvalidVersion.to_string()),
            "{line}: {err}"
        );
    }
    let err = refused(1, ["HTTP/1.1"]);
    assert!(err.contains(&ParseError::NotThreeDigits.to_string()), "{err}");
    // One line: the header fields after it are not part of it.
    let err = refused(1, ["HTTP/1.1 200 OK\nServer: x"]);
    assert!(
        err.contains(&ParseError::ControlCharacter(b'\n').to_string()),
        "{err}"
    );
}

#[test]
fn a_servers_spelling_reads_without_a_version_too() {
    // FromStr takes the phrases widely used servers send after their number.
    for (text, heading) in [
        ("405 Not Allowed", "405 Method Not Allowed"),
        ("503 Service Temporarily Unavailable", "503 Service Unavailable"),
        ("416 Request Range Not Satisfiable", "416 Range Not Satisfiable"),
    ] {
        let out = explained([text]);
        assert_eq!(out.lines().next(), Some(heading), "{text}: {out}");
    }
    // Alone, a spelling that names one code is found as well.
    assert_eq!(
        explained(["Not Allowed"]).lines().next(),
        Some("405 Method Not Allowed")
    );
    // Another code's phrase after a number is still refused, naming whose it is.
    let err = refused(1, ["503", "Internal Server Error"]);
    assert!(err.contains("500 Internal Server Error"), "{err}");
}

#[test]
fn json_output_parses_and_carries_the_explanation() {
    let out = explained(["--json", "429"]);
    let answer: serde_json::Value = serde_json::from_str(&out).expect("the output is JSON");
    assert_eq!(answer["code"], 429);
    assert_eq!(answer["reason"], "Too Many Requests");
    assert_eq!(answer["line"], "429 Too Many Requests");
    assert_eq!(answer["class"], "Client Error");
    assert_eq!(answer["registry"], "assigned");
    assert_eq!(answer["retry"]["advice"], "transient");
    assert_eq!(answer["header_fields"][0]["name"], "Retry-After");
    assert_eq!(answer["header_fields"][0]["requirement"], "may");
    assert_eq!(answer["note"], serde_json::Value::Null);
    assert_eq!(answer["unofficial"], serde_json::json!([]));
    // RFC 6585 Section 4: a 429 "MUST NOT be stored by a cache".
    assert_eq!(answer["must_not_be_stored"], true);
    assert_eq!(answer["cacheable_by_default"], false);
    let answer: serde_json::Value = serde_json::from_str(&explained(["--json", "204"])).unwrap();
    assert_eq!(answer["cacheable_by_default"], true);
    assert_eq!(answer["must_not_be_stored"], false);
    // RFC 9110 Section 8.6: a 204 must not carry Content-Length.
    let fields = answer["header_fields"].as_array().unwrap();
    assert!(
        fields
            .iter()
            .any(|field| field["name"] == "Content-Length" && field["requirement"] == "must not"),
        "{fields:?}"
    );

    let answer: serde_json::Value = serde_json::from_str(&explained(["499", "--json"])).unwrap();
    assert_eq!(answer["registry"], "unregistered");
    assert_eq!(answer["unofficial"][0]["vendor"], "nginx");
    assert_eq!(answer["unofficial"][0]["seen"], "server-log");

    let answer: serde_json::Value = serde_json::from_str(&explained(["--json", "104"])).unwrap();
    assert_eq!(answer["registry"], "temporary");
    assert_eq!(answer["registration_expiry"], "2026-11-13");

    // The note of a number no status line carries, and an input with a quote and a
    // control character, survive the escaping.
    let answer: serde_json::Value = serde_json::from_str(&explained(["--json", "0"])).unwrap();
    assert!(answer["note"]
        .as_str()
        .unwrap()
        .contains("not a status code a server can send"));
    let answer: serde_json::Value =
        serde_json::from_str(&explained(["--json", "HTTP/1.1 200 \"ok\"\t"])).unwrap();
    assert_eq!(answer["input"], "HTTP/1.1 200 \"ok\"\t");
    assert_eq!(answer["code"], 200);
}

#[test]
fn json_refusals_print_nothing_on_stdout() {
    let err = refused(1, ["--json", "Not Foudn"]);
    assert!(err.contains("did you mean 404 Not Found?"), "{err}");
}

#[test]
fn version_is_printed() {
    let out = explained(["--version"]);
    assert_eq!(out, format!("httpcodes {}\n", env!("CARGO_PKG_VERSION")));
}
