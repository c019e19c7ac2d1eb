//! Every row of tests/data/server-phrases.csv, the reason-phrase tables of 30 widely used
//! servers and libraries, through both readers: `FromStr` gives the row's number (except for
//! the server mistakes listed below), and `from_status_line` gives it for every shape of
//! status line a client meets. codes.toml's `[[spelling]]` tables are checked against the
//! rows they come from.

// Only the build script's reader is used from here.
#[allow(unused_macros, unused_imports, dead_code)]
mod common;

use std::collections::BTreeSet;

use common::parse;
use httpcodes::{ParseError, PhraseKind, StatusCode, StatusLine};

const CSV: &str = include_str!("data/server-phrases.csv");
const CODES_TOML: &str = include_str!("../codes.toml");

/// Rows whose phrase is another code's own. `FromStr` rejects them, naming the code the
/// phrase belongs to; `from_status_line` still reads the number. (server, code, phrase,
/// the code the phrase names, why the server sends it.)
const MISTAKES: &[(&str, u16, &str, u16, &str)] = &[(
    "h2o",
    503,
    "Internal Server Error",
    500,
    "lib/handler/fastcgi.c (the FastCGI backend fails before the response headers) and \
     lib/handler/redirect.c (an internal redirect's URL does not resolve) send 503 with \
     500's phrase; the number is what the client acts on",
)];

struct Row<'a> {
    server: &'a str,
    code: u16,
    phrase: &'a str,
    source: &'a str,
}

fn rows() -> Vec<Row<'static>> {
    let mut lines = CSV.lines();
    assert_eq!(lines.next(), Some("server,version,code,phrase,source"));
    lines
        .map(|line| {
            // No field of this file needs CSV quoting: a phrase with a comma or a quote
            // would need a real CSV reader here.
            assert!(!line.contains('"'), "{line}");
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), 5, "{line}");
            let code = fields[2].parse().unwrap_or_else(|_| panic!("{line}"));
            assert!(
                fields[4].starts_with("https://github.com/") && fields[4].contains("#L"),
                "{line}"
            );
            Row {
                server: fields[0],
                code,
                phrase: fields[3],
                source: fields[4],
            }
        })
        .collect()
}

fn mistake(row: &Row) -> Option<u16> {
    MISTAKES
        .iter()
        .find(|(server, code, phrase, ..)| {
            *server == row.server && *code == row.code && *phrase == row.phrase
        })
        .map(|&(_, _, _, names, _)| names)
}

#[test]
fn the_tables_cover_every_server_named() {
    let rows = rows();
    assert_eq!(rows.len(), 1862);
    let servers: BTreeSet<&str> = rows.iter().map(|row| row.server).collect();
    for server in [
        "nginx",
        "Apache httpd",
        "HAProxy",
        "Varnish",
        "lighttpd",
        "h2o",
        "Envoy",
        "Squid",
        "Apache Traffic Server",
        "Node",
        "Go net/http",
        "Python http (before 3.13)",
        "Python http (3.13+)",
        "Rack",
        "Puma",
        "WEBrick",
        "Werkzeug (HTTP_STATUS_CODES table)",
        "Werkzeug (status line sent)",
        "Twisted",
        "Jetty",
        "Netty",
        "Undertow",
        "Spring",
        "ASP.NET Core",
        ".NET (System.Net)",
        "PHP",
        "Cowboy (cowlib)",
        "Plug",
        "Rust http crate",
        "libsoup",
        "libmicrohttpd",
        "Boost.Beast",
    ] {
        assert!(servers.contains(server), "{server}");
    }
    assert_eq!(servers.len(), 32);
    let sorted = rows.windows(2).all(|pair| {
        let key = |row: &Row<'static>| (row.server.to_lowercase(), row.code, row.phrase);
        key(&pair[0]) <= key(&pair[1])
    });
    assert!(sorted, "the rows are sorted by server, code and phrase");
}

#[test]
fn every_row_parses_to_its_number_except_the_listed_mistakes() {
    let mut mistakes_seen = BTreeSet::new();
    for row in rows() {
        let text = format!("{} {}", row.code, row.phrase);
        let parsed = text.parse::<StatusCode>();
        let status = StatusCode::from_u16(row.code);
        match mistake(&row) {
            None => assert_eq!(
                parsed,
                Ok(status),
                "{} sends {text:?} ({})",
                row.server,
                row.source
            ),
            Some(names) => {
                mistakes_seen.insert((row.server, row.code, row.phrase));
                let expected = ParseError::ReasonMismatch {
                    code: status,
                    reason_of: Some(StatusCode::from_u16(names)),
                };
                assert_eq!(parsed, Err(expected), "{text:?}");
            }
        }
    }
    // Every listed mistake is a row of the file: the list cannot outgrow the data.
    assert_eq!(mistakes_seen.len(), MISTAKES.len());
}

/// The shapes a status line of this row takes in the wild, and the phrase each carries.
fn shapes(code: u16, phrase: &str) -> Vec<(String, Option<&'static str>, String)> {
    let with = |version: &'static str, line: String, phrase: &str| (line, Some(version), phrase.to_string());
    let mut shapes = vec![
        with("HTTP/1.1", format!("HTTP/1.1 {code} {phrase}"), phrase),
        with("HTTP/1.1", format!("HTTP/1.1 {code} {phrase}\r\n"), phrase),
        with("HTTP/1.1", format!("HTTP/1.1 {code} {phrase}\n"), phrase),
        with("HTTP/1.0", format!("HTTP/1.0 {code} {phrase}\r\n"), phrase),
        with("HTTP/1.1", format!("  HTTP/1.1\t{code}\t{phrase}  \r\n"), phrase),
        with("HTTP/1.1", format!("HTTP/1.1 {code} "), ""),
        with("HTTP/1.1", format!("HTTP/1.1 {code} \r\n"), ""),
        with("HTTP/2", format!("HTTP/2 {code}"), ""),
        with("HTTP/3", format!("HTTP/3 {code}"), ""),
        (format!("{code} {phrase}"), None, phrase.to_string()),
        (format!("{code}"), None, String::new()),
    ];
    // A phrase says nothing: another code's, or garbage, reads the same.
    shapes.push(with("HTTP/1.1", format!("HTTP/1.1 {code} Gone"), "Gone"));
    shapes
}

#[test]
fn every_row_reads_as_a_status_line_in_every_shape() {
    for row in rows() {
        for (line, version, phrase) in shapes(row.code, row.phrase) {
            let status = StatusCode::from_u16(row.code);
            assert_eq!(
                StatusCode::from_status_line(&line),
                Ok(status),
                "{line:?} ({})",
                row.source
            );
            let read = StatusLine::parse(&line).unwrap();
            assert_eq!(read.version(), version, "{line:?}");
            assert_eq!(read.phrase(), phrase.trim(), "{line:?}");
        }
    }
}

#[test]
fn phrase_kind_agrees_with_from_str_on_every_row() {
    for row in rows() {
        let line = format!("HTTP/1.1 {} {}", row.code, row.phrase);
        let kind = StatusLine::parse(&line).unwrap().phrase_kind();
        let parsed = format!("{} {}", row.code, row.phrase).parse::<StatusCode>();
        assert_eq!(parsed.is_ok(), kind != PhraseKind::Unknown, "{line:?}: {kind:?}");
        assert_eq!(row.phrase.is_empty(), kind == PhraseKind::Empty, "{line:?}");
    }
}

fn codes() -> parse::Codes {
    parse::parse(CODES_TOML).expect("codes.toml is valid")
}

/// Whether a codes.toml server name stands for the CSV's: the same, or its first words
/// ("Werkzeug" for "Werkzeug (status line sent)", "Go" for "Go net/http").
fn same_server(listed: &str, csv: &str) -> bool {
    csv == listed || csv.strip_prefix(listed).is_some_and(|rest| rest.starts_with(' '))
}

#[test]
fn every_spelling_comes_from_the_rows_it_links() {
    let rows = rows();
    for spelling in &codes().spellings {
        let key = parse::lookup_key(&spelling.phrase);
        let sends = |row: &&Row| row.code == spelling.code && parse::lookup_key(row.phrase) == key;
        for source in &spelling.sources {
            assert!(
                rows.iter().filter(sends).any(|row| row.source == *source),
                "{} {:?}: no row with this phrase links {source}",
                spelling.code,
                spelling.phrase
            );
        }
        for server in &spelling.servers {
            assert!(
                rows.iter()
                    .filter(sends)
                    .any(|row| same_server(server, row.server)),
                "{} {:?}: {server} sends no such phrase",
                spelling.code,
                spelling.phrase
            );
        }
        assert_eq!(
            spelling.sources.len(),
            spelling.servers.len(),
            "one source per server: {:?}",
            spelling.phrase
        );
    }
}

#[test]
fn every_phrase_the_code_does_not_own_has_a_spelling_naming_its_server() {
    let spellings = codes().spellings;
    for row in rows().iter().filter(|row| mistake(row).is_none()) {
        let line = format!("{} {}", row.code, row.phrase);
        let kind = StatusLine::parse(&line).unwrap().phrase_kind();
        if matches!(kind, PhraseKind::Empty | PhraseKind::Reason | PhraseKind::Former) {
            continue;
        }
        let key = parse::lookup_key(row.phrase);
        let listed = spellings.iter().any(|spelling| {
            spelling.code == row.code
                && parse::lookup_key(&spelling.phrase) == key
                && spelling
                    .servers
                    .iter()
                    .any(|server| same_server(server, row.server))
        });
        assert!(
            listed,
            "{line:?} from {} needs a [[spelling]] naming it ({})",
            row.server, row.source
        );
    }
}

#[test]
fn from_reason_finds_a_spelling_alone_only_where_it_names_one_code() {
    for spelling in &codes().spellings {
        let found = StatusCode::from_reason(&spelling.phrase);
        match spelling.alone {
            true => assert_eq!(
                found,
                Some(StatusCode::from_u16(spelling.code)),
                "{:?}",
                spelling.phrase
            ),
            false => assert_eq!(found, None, "{:?}", spelling.phrase),
        }
    }
    // Shared with another code, with the registry's 418, with a class, or naming another
    // meaning of the number: after the number only.
    for (code, phrase) in [
        (424, "Method failure"),
        (306, "(Unused)"),
        (500, "Server Error"),
        (425, "Unordered Collection"),
    ] {
        assert_eq!(StatusCode::from_reason(phrase), None, "{phrase}");
        assert_eq!(format!("{code} {phrase}").parse(), Ok(StatusCode::from_u16(code)));
    }
    assert_eq!(
        StatusCode::from_reason("Not Allowed"),
        Some(StatusCode::MethodNotAllowed)
    );
    assert_eq!(
        StatusCode::from_reason("service temporarily unavailable"),
        Some(StatusCode::ServiceUnavailable)
    );
}

/// The vendor entries whose source is one of these tables quote the table's own line.
#[test]
fn vendor_quotes_hold_the_linked_rows_phrase() {
    let rows = rows();
    let mut checked = 0;
    for entry in &codes().unofficial {
        let Some(row) = rows.iter().find(|row| row.source == entry.url) else {
            continue;
        };
        let quote = entry
            .quote
            .as_deref()
            .unwrap_or_else(|| panic!("{} needs a quote", entry.code));
        assert_eq!(row.code, entry.code, "{}", entry.url);
        assert!(
            quote.contains(&format!("\"{}\"", row.phrase)),
            "{quote:?} lacks {:?}",
            row.phrase
        );
        let phrase = &entry.phrase.as_ref().expect("a phrase").text;
        assert_eq!(parse::lookup_key(phrase), parse::lookup_key(row.phrase));
        checked += 1;
    }
    assert_eq!(checked, 3, "419, 450 and 509");
}
