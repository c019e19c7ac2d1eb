//! codes.toml's `[[spelling]]` tables against the rows of tests/data/server-phrases.csv
//! they come from: each spelling is sent by the servers it names, at the lines it links;
//! every phrase a server sends that its code does not own has a spelling; `from_reason`
//! finds a spelling alone exactly where the build script says it names one code; and the
//! vendor entries taken from these tables quote their row.

use crate::server_rows::{mistake, rows, Row};
use crate::stages::check::parse;
use crate::stages::model::{lookup_key, Codes};
use crate::stages::toml::{read, Value};
use httpcodes::{PhraseKind, StatusCode, StatusLine};

const CODES_TOML: &str = include_str!("../../codes.toml");

fn codes() -> Codes {
    parse(CODES_TOML).expect("codes.toml is valid")
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
        let key = lookup_key(&spelling.phrase);
        let sends = |row: &&Row| row.code == spelling.code && lookup_key(row.phrase) == key;
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
        let key = lookup_key(row.phrase);
        let listed = spellings.iter().any(|spelling| {
            spelling.code == row.code
                && lookup_key(&spelling.phrase) == key
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

/// The vendor entries whose source is one of these tables quote the table's own line. (The
/// records keep no quote, so this reads the `[[unofficial]]` tables as written.)
#[test]
fn vendor_quotes_hold_the_linked_rows_phrase() {
    let rows = rows();
    let tables = read(CODES_TOML).expect("codes.toml reads");
    let mut checked = 0;
    for table in tables.iter().filter(|table| table.name == "unofficial") {
        let value = |key: &str| {
            table
                .entries
                .iter()
                .find(|entry| entry.key == key)
                .map(|entry| &entry.value)
        };
        let text = |key: &str| match value(key) {
            Some(Value::String(text)) => Some(text.as_str()),
            _ => None,
        };
        let url = text("url").expect("a url");
        let Some(row) = rows.iter().find(|row| row.source == url) else {
            continue;
        };
        let quote = text("quote").unwrap_or_else(|| panic!("{url} needs a one-line quote"));
        assert_eq!(value("code"), Some(&Value::Integer(i64::from(row.code))), "{url}");
        assert!(
            quote.contains(&format!("\"{}\"", row.phrase)),
            "{quote:?} lacks {:?}",
            row.phrase
        );
        let phrase = text("phrase").expect("a phrase");
        assert_eq!(lookup_key(phrase), lookup_key(row.phrase));
        checked += 1;
    }
    assert_eq!(checked, 1, "419");
}
