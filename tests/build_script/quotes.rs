//! Every fact in codes.toml that cites a section carries the section's own words, and
//! those words are there: each `quote` is looked up, whitespace-normalized, in the cited
//! section (subsections included) of the specification's text under tests/data/rfc/.
//!
//! Which quote backs which fact:
//! - a `[[status.header]]` or `[[class.header]]` row: `quote`, from the row's `reference`;
//!   the row's `requirement` is the BCP 14 keyword of the first sentence quoted;
//! - `retry` (on `[[status]]`, `[[class]]` and `[invalid]`), and on `[[status]]` also
//!   `cacheable = true`, `content = false`, `redirect`, `deprecated = true` and
//!   `must_not_be_stored = true`: `<fact>_quote`, from `<fact>_reference` or else the
//!   table's `reference`.

use crate::spec::{self, document_of, section, squash, text_path, Table};

/// Quotes from specifications with no vendored text yet, each row by name, with the
/// document. The test fails for a row citing a missing text that is not listed here, and
/// for a listed row whose text has arrived (then its quote is checked like any other).
const NOT_VENDORED: &[(&str, &str)] = &[
    // RFC 2295 and RFC 2774 predate the RFC Editor's XML sources; no copy of their text
    // was at hand.
    ("code 506, retry", "RFC 2295"),
    ("code 510, retry", "RFC 2774"),
];

/// Whether a fact's value is one that needs a quote (`cacheable = false` states nothing).
type NeedsQuote = fn(&spec::Value) -> bool;

/// The facts of a `[[status]]` table that need a quote, and when they do.
const FACTS: &[(&str, NeedsQuote)] = &[
    ("retry", |_| true),
    ("cacheable", |value| *value == spec::Value::Other("true".into())),
    ("content", |value| *value == spec::Value::Other("false".into())),
    ("redirect", |_| true),
    ("deprecated", |value| *value == spec::Value::Other("true".into())),
    ("must_not_be_stored", |value| {
        *value == spec::Value::Other("true".into())
    }),
];

/// One quote to look up: whose it is, the sentences, the section, and the line.
struct Evidence {
    row: String,
    quote: Vec<String>,
    reference: String,
    line: usize,
    /// The `requirement` of a header row, which the first sentence's keyword must match.
    requirement: Option<String>,
}

fn evidence() -> (Vec<Evidence>, Vec<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for table in spec::codes_toml() {
        match table.kind.as_str() {
            "status.header" | "class.header" => {
                let row = table.name();
                match quote_of(&table, "quote") {
                    Some(quote) => found.push(Evidence {
                        row,
                        quote,
                        reference: table.text("reference").unwrap_or_default().to_string(),
                        line: table.line_of("quote"),
                        requirement: table.text("requirement").map(str::to_string),
                    }),
                    None => problems.push(format!("codes.toml:{}: {row} has no `quote`", table.line)),
                }
            }
            "status" | "class" | "invalid" => {
                for (fact, needs) in FACTS {
                    let Some(value) = table.get(fact) else { continue };
                    if !needs(value) {
                        continue;
                    }
                    let row = format!("{}, {fact}", table.name());
                    let key = format!("{fact}_quote");
                    let Some(quote) = quote_of(&table, &key) else {
                        problems.push(format!(
                            "codes.toml:{}: {row}: no `{key}` quotes the section that says it",
                            table.line_of(fact)
                        ));
                        continue;
                    };
                    let reference = table
                        .text(&format!("{fact}_reference"))
                        .or_else(|| table.text("reference"))
                        .unwrap_or_default()
                        .to_string();
                    found.push(Evidence {
                        row,
                        quote,
                        reference,
                        line: table.line_of(&key),
                        requirement: None,
                    });
                }
            }
            _ => {}
        }
    }
    (found, problems)
}

fn quote_of(table: &Table, key: &str) -> Option<Vec<String>> {
    let texts = table.get(key)?.texts();
    (!texts.is_empty()).then(|| texts.into_iter().map(str::to_string).collect())
}

#[test]
fn every_quote_is_in_its_cited_section() {
    let (found, mut problems) = evidence();
    for evidence in &found {
        let (document, number) = document_of(&evidence.reference);
        let listed = NOT_VENDORED.iter().find(|(row, _)| *row == evidence.row);
        let Ok(text) = std::fs::read_to_string(text_path(document)) else {
            if listed.map(|(_, doc)| *doc) != Some(document) {
                problems.push(format!(
                    "codes.toml:{}: {} cites {document}, which has no text under tests/data/rfc/",
                    evidence.line, evidence.row
                ));
            }
            continue;
        };
        if listed.is_some() {
            problems.push(format!(
                "{}: listed in NOT_VENDORED, but {document} is vendored now; drop it from the list",
                evidence.row
            ));
        }
        let body = match number {
            Some(number) => match section(&text, number) {
                Some(lines) => squash(&lines.join(" ")),
                None => {
                    problems.push(format!(
                        "codes.toml:{}: {}: {document} has no Section {number}",
                        evidence.line, evidence.row
                    ));
                    continue;
                }
            },
            None => squash(&text),
        };
        for sentence in &evidence.quote {
            if !body.contains(&squash(sentence)) {
                problems.push(format!(
                    "codes.toml:{}: {}: not found in {}: {sentence:?}",
                    evidence.line, evidence.row, evidence.reference
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        found.len() > 50,
        "only {} quotes found; is codes.toml being read?",
        found.len()
    );
}

#[test]
fn every_requirement_matches_the_keyword_of_its_quote() {
    let (found, _) = evidence();
    let mut problems = Vec::new();
    let mut rows = 0;
    for evidence in found {
        let Some(requirement) = &evidence.requirement else {
            continue;
        };
        rows += 1;
        let keywords = keywords(&evidence.quote[0]);
        let fits = match requirement.as_str() {
            "no-keyword" => keywords.is_empty(),
            level => keywords.contains(&level),
        };
        if !fits {
            problems.push(format!(
                "codes.toml:{}: {} says \"{requirement}\", but its first quoted sentence has {}",
                evidence.line,
                evidence.row,
                if keywords.is_empty() {
                    "no BCP 14 keyword".to_string()
                } else {
                    keywords.join(", ")
                }
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(rows > 20, "only {rows} header rows");
}

/// The BCP 14 keywords of a sentence (RFC 2119, RFC 8174: only in capitals), as the
/// `requirement` values of codes.toml spell them.
fn keywords(sentence: &str) -> Vec<&'static str> {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let next = words.get(at + 1).copied();
        let (keyword, width) = match (words[at], next) {
            ("MUST" | "SHALL", Some("NOT")) => (Some("must-not"), 2),
            ("MUST" | "SHALL" | "REQUIRED", _) => (Some("must"), 1),
            ("SHOULD", Some("NOT")) => (Some("should-not"), 2),
            ("NOT", Some("RECOMMENDED")) => (Some("should-not"), 2),
            ("SHOULD" | "RECOMMENDED", _) => (Some("should"), 1),
            ("MAY" | "OPTIONAL", _) => (Some("may"), 1),
            _ => (None, 1),
        };
        found.extend(keyword);
        at += width;
    }
    found
}

#[test]
fn keywords_are_read_as_bcp_14_defines_them() {
    assert_eq!(keywords("The server MUST NOT send it."), ["must-not"]);
    assert_eq!(
        keywords("It is NOT RECOMMENDED; a client MAY ignore it."),
        ["should-not", "may"]
    );
    assert_eq!(
        keywords("A sender SHOULD send it and MUST list them."),
        ["should", "must"]
    );
    assert_eq!(
        keywords("The field ought to be used; it must be small."),
        Vec::<&str>::new()
    );
}

#[test]
fn sections_end_where_a_sibling_begins() {
    let text = "1. Intro\nToC line\n15.5. Client\nFour.\n15.5.1. 400 Bad\nBad.\n15.6. Server\nFive.\n";
    assert_eq!(
        section(text, "15.5"),
        Some(vec!["15.5. Client", "Four.", "15.5.1. 400 Bad", "Bad."])
    );
    assert_eq!(section(text, "15.5.1"), Some(vec!["15.5.1. 400 Bad", "Bad."]));
    assert_eq!(section(text, "15.7"), None);
    // A sentence that starts with a number is no heading.
    let text = "2. Two\n1. The first item of a list.\nMore.\n3. Three\n";
    assert_eq!(
        section(text, "2"),
        Some(vec!["2. Two", "1. The first item of a list.", "More."])
    );
}
