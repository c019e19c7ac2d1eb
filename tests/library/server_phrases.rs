//! Every row of tests/data/server-phrases.csv through both readers: `FromStr` gives the
//! row's number (except for the server mistakes `server_rows.rs` lists), and
//! `from_status_line` gives it for every shape of status line a client meets.
//! tests/build_script/server_phrases.rs checks codes.toml's `[[spelling]]` tables against
//! the same rows.

use std::collections::BTreeSet;

use crate::server_rows::{mistake, rows, Row, MISTAKES};
use httpcodes::{ParseError, PhraseKind, StatusCode, StatusLine};

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
