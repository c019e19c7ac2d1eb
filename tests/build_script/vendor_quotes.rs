//! Evidence for the codes seen in the wild: every `[[unofficial]]` entry of codes.toml
//! carries its source's own words in `quote`, and each quote has to be found, whitespace
//! normalized, in the excerpt of that source vendored under `tests/data/vendors/`. An entry
//! whose words come from several sources lists the others in `quote_urls`; each quote is
//! then found in one of the entry's excerpts, and each source listed has one. The excerpts
//! name their source and its license or attribution, and every one is quoted by some entry.
//! The descriptions, in turn, must not copy their sources: no run of seven words is shared
//! with any of the entry's excerpts.
//!
//! An excerpt file starts with `Source: <url>` and further header lines (`From:`,
//! `License:` or `Attribution:`), then a blank line, then the source's words. A URL's
//! `#fragment` is ignored when an entry is matched to its excerpt.

// The one tie to the build script: its TOML reader.
use crate::stages::toml::{read, Value};

use std::path::Path;

const CODES_TOML: &str = include_str!("../../codes.toml");

/// One `[[unofficial]]` table as written, with what its keys hold.
#[derive(Clone, Debug)]
struct Entry {
    line: usize,
    code: i64,
    vendor: String,
    description: String,
    url: String,
    /// Each string of `quote`; `None` for a value that is neither a string nor an array
    /// of strings.
    quote: Option<Vec<String>>,
    quote_url: Option<String>,
    /// Each string of `quote_urls`: further pages quoted; `None` for a value that is not
    /// an array of strings.
    quote_urls: Option<Vec<String>>,
}

impl Entry {
    /// "codes.toml:123: code 499 (nginx)", to start a message with.
    fn subject(&self) -> String {
        format!("codes.toml:{}: code {} ({})", self.line, self.code, self.vendor)
    }

    /// The page the quote comes from, without its fragment.
    fn quoted_page(&self) -> &str {
        page(self.quote_url.as_deref().unwrap_or(&self.url))
    }

    /// Every page the quotes come from, each of which needs an excerpt: the quoted page,
    /// then those of `quote_urls`.
    fn quoted_pages(&self) -> Vec<&str> {
        let mut pages = vec![self.quoted_page()];
        pages.extend(self.quote_urls.iter().flatten().map(|url| page(url)));
        pages
    }

    /// The excerpts of the quoted pages; a page without one is left out.
    fn excerpts<'a>(&self, excerpts: &'a [Excerpt]) -> Vec<&'a Excerpt> {
        self.quoted_pages()
            .into_iter()
            .filter_map(|page| excerpts.iter().find(|excerpt| excerpt.source == page))
            .collect()
    }
}

/// One file of tests/data/vendors/.
struct Excerpt {
    file: String,
    source: String,
    header: Vec<String>,
    text: String,
}

fn page(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn entries(text: &str) -> Vec<Entry> {
    let tables = read(text).unwrap_or_else(|errors| panic!("codes.toml does not read: {errors:?}"));
    tables
        .iter()
        .filter(|table| table.array && table.name == "unofficial")
        .map(|table| {
            let get = |key: &str| {
                table
                    .entries
                    .iter()
                    .find(|entry| entry.key == key)
                    .map(|entry| &entry.value)
            };
            let string = |key: &str| match get(key) {
                Some(Value::String(text)) => Some(text.clone()),
                _ => None,
            };
            let quote = match get("quote") {
                None => Some(Vec::new()),
                Some(Value::String(text)) => Some(vec![text.clone()]),
                Some(Value::Array(items)) => Some(items.clone()),
                Some(_) => None,
            };
            Entry {
                line: table.line,
                code: match get("code") {
                    Some(Value::Integer(code)) => *code,
                    _ => -1,
                },
                vendor: string("vendor").unwrap_or_default(),
                description: string("description").unwrap_or_default(),
                url: string("url").unwrap_or_default(),
                quote,
                quote_url: string("quote_url"),
                quote_urls: match get("quote_urls") {
                    None => Some(Vec::new()),
                    Some(Value::Array(items)) => Some(items.clone()),
                    Some(_) => None,
                },
            }
        })
        .collect()
}

fn excerpts() -> Vec<Excerpt> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vendors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let content = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
            let (header, body) = content.split_once("\n\n").unwrap_or((&content, ""));
            let header: Vec<String> = header.lines().map(str::to_owned).collect();
            let source = header
                .first()
                .and_then(|line| line.strip_prefix("Source: "))
                .unwrap_or_default()
                .to_owned();
            Excerpt {
                file,
                source,
                header,
                text: normalized(body),
            }
        })
        .collect()
}

/// What is wrong with the shape of each entry's evidence.
fn shape_problems(entries: &[Entry]) -> Vec<String> {
    let mut problems = Vec::new();
    for entry in entries {
        let subject = entry.subject();
        match &entry.quote {
            None => problems.push(format!("{subject}: `quote` should be a string or an array of strings")),
            Some(quote) if quote.is_empty() => problems.push(format!(
                "{subject}: no `quote`; give the source's own words for what the number means and where it is seen"
            )),
            Some(quote) => {
                if quote.iter().any(|text| text.trim().is_empty()) {
                    problems.push(format!("{subject}: an empty string in `quote`"));
                }
            }
        }
        if !entry.url.starts_with("https://") {
            problems.push(format!(
                "{subject}: `url` {:?} is not an https:// link",
                entry.url
            ));
        }
        if let Some(quote_url) = &entry.quote_url {
            if !quote_url.starts_with("https://") {
                problems.push(format!(
                    "{subject}: `quote_url` {quote_url:?} is not an https:// link"
                ));
            } else if page(quote_url) == page(&entry.url) {
                problems.push(format!(
                    "{subject}: `quote_url` is the page `url` names; leave it out"
                ));
            }
        }
        match &entry.quote_urls {
            None => problems.push(format!("{subject}: `quote_urls` should be an array of strings")),
            Some(urls) => {
                for (i, url) in urls.iter().enumerate() {
                    let earlier = entry.quoted_pages()[..i + 1].contains(&page(url));
                    if !url.starts_with("https://") {
                        problems.push(format!(
                            "{subject}: `quote_urls` holds {url:?}, not an https:// link"
                        ));
                    } else if earlier || page(url) == page(&entry.url) {
                        problems.push(format!(
                            "{subject}: `quote_urls` names {url} twice or as `url`/`quote_url` does; leave it out"
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// Each quote that is in none of the excerpts of its entry's pages, and each quoted page
/// without an excerpt.
fn quote_problems(entries: &[Entry], excerpts: &[Excerpt]) -> Vec<String> {
    let mut problems = Vec::new();
    for entry in entries {
        let mut missing = false;
        for page in entry.quoted_pages() {
            if !excerpts.iter().any(|excerpt| excerpt.source == page) {
                let hint = if entry.quote_url.is_some() || page != entry.quoted_page() {
                    "vendor an excerpt of it"
                } else {
                    "vendor an excerpt of it, or set `quote_url` to the page the quote comes from"
                };
                problems.push(format!(
                    "{}: no excerpt of {page} under tests/data/vendors/; {hint}",
                    entry.subject()
                ));
                missing = true;
            }
        }
        if missing {
            continue;
        }
        let found = entry.excerpts(excerpts);
        let files: Vec<&str> = found.iter().map(|excerpt| excerpt.file.as_str()).collect();
        for text in entry.quote.iter().flatten() {
            if !found
                .iter()
                .any(|excerpt| excerpt.text.contains(&normalized(text)))
            {
                problems.push(format!(
                    "{}: the quote {text:?} is not in {} (the excerpt{} of {})",
                    entry.subject(),
                    files.join(" or "),
                    if files.len() > 1 { "s" } else { "" },
                    entry.quoted_pages().join(", ")
                ));
            }
        }
    }
    problems
}

/// The words of `text`, lowercased, with punctuation around them dropped.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
}

/// The first run of seven words that `description` shares with `source`, if any.
fn shared_run(description: &str, source: &str) -> Option<String> {
    let source = format!(" {} ", words(source).join(" "));
    words(description)
        .windows(7)
        .map(|run| run.join(" "))
        .find(|run| source.contains(&format!(" {run} ")))
}

#[test]
fn every_entry_has_a_quote_and_https_sources() {
    let entries = entries(CODES_TOML);
    assert!(entries.len() >= 29, "{} [[unofficial]] tables", entries.len());
    let problems = shape_problems(&entries);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_quote_is_found_in_its_vendored_source() {
    let problems = quote_problems(&entries(CODES_TOML), &excerpts());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_excerpt_names_its_source_and_license_and_is_quoted() {
    let entries = entries(CODES_TOML);
    for excerpt in excerpts() {
        let file = &excerpt.file;
        assert!(
            excerpt.source.starts_with("https://"),
            "{file}: the first line should be `Source: https://...`"
        );
        assert!(
            excerpt
                .header
                .iter()
                .any(|line| line.starts_with("License: ") || line.starts_with("Attribution: ")),
            "{file}: the header needs a `License:` or `Attribution:` line"
        );
        assert!(!excerpt.text.is_empty(), "{file}: no excerpt after the header");
        assert!(
            entries.iter().any(|entry| {
                entry.quoted_pages().contains(&excerpt.source.as_str())
                    && entry
                        .quote
                        .iter()
                        .flatten()
                        .any(|text| excerpt.text.contains(&normalized(text)))
            }),
            "{file}: no [[unofficial]] entry quotes {}; remove the file",
            excerpt.source
        );
    }
}

#[test]
fn descriptions_share_no_seven_words_with_their_source() {
    let entries = entries(CODES_TOML);
    let excerpts = excerpts();
    let mut problems = Vec::new();
    for entry in &entries {
        // A page without an excerpt: every_quote_is_found_in_its_vendored_source reports it.
        for excerpt in entry.excerpts(&excerpts) {
            if let Some(run) = shared_run(&entry.description, &excerpt.text) {
                problems.push(format!(
                    "{}: the description copies {run:?} from {}",
                    entry.subject(),
                    excerpt.file
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The checks above can fail: a changed word, a missing excerpt, a missing quote and an
/// http:// link are each reported, naming the entry.
#[test]
fn broken_evidence_is_reported_with_its_entry() {
    let excerpts = excerpts();
    let valid = entries(CODES_TOML);
    let nginx = valid.iter().find(|entry| entry.code == 499).unwrap().clone();
    let subject = nginx.subject();

    let mut changed = nginx.clone();
    let mut quote = changed.quote.clone().unwrap();
    quote[0] = quote[0].replace("client", "server");
    changed.quote = Some(quote);
    let problems = quote_problems(&[changed], &excerpts);
    assert!(
        matches!(&problems[..], [one] if one.starts_with(&subject) && one.contains("is not in nginx-ngx_http_request.h.txt")),
        "{problems:?}"
    );

    let mut elsewhere = nginx.clone();
    elsewhere.url = "https://example.com/nginx".into();
    let problems = quote_problems(&[elsewhere], &excerpts);
    assert!(
        matches!(&problems[..], [one] if one.starts_with(&subject) && one.contains("set `quote_url`")),
        "{problems:?}"
    );

    let mut unquoted = nginx.clone();
    unquoted.quote = Some(Vec::new());
    unquoted.url = "http://example.com".into();
    let problems = shape_problems(&[unquoted]);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems.iter().all(|problem| problem.starts_with(&subject)),
        "{problems:?}"
    );

    let copied = "It happens when a client closed the connection while we are processing it.";
    assert_eq!(
        shared_run(
            copied,
            &excerpts
                .iter()
                .find(|e| e.file == "nginx-ngx_http_request.h.txt")
                .unwrap()
                .text
        ),
        Some("when a client closed the connection while".to_owned())
    );
}

/// An entry with `quote_urls`: a quote from any of its excerpts passes, one from an excerpt
/// it does not list fails, and a listed page without an excerpt is reported.
#[test]
fn quotes_of_several_sources_are_found_only_in_those_listed() {
    let excerpts = excerpts();
    let valid = entries(CODES_TOML);
    let nginx = valid.iter().find(|entry| entry.code == 444).unwrap().clone();
    assert_eq!(nginx.quoted_pages().len(), 3, "{nginx:?}");
    assert!(quote_problems(std::slice::from_ref(&nginx), &excerpts).is_empty());

    let mut unlisted = nginx.clone();
    unlisted.quote_urls.as_mut().unwrap().pop();
    let problems = quote_problems(&[unlisted], &excerpts);
    assert!(
        matches!(&problems[..], [one] if one.contains("r->headers_out.status;") && one.contains("is not in")),
        "{problems:?}"
    );

    let mut unvendored = nginx.clone();
    unvendored.quote_urls = Some(vec!["https://example.com/other".into()]);
    let problems = quote_problems(&[unvendored], &excerpts);
    assert!(
        matches!(&problems[..], [one] if one.contains("no excerpt of https://example.com/other")),
        "{problems:?}"
    );

    let mut repeated = nginx.clone();
    repeated.quote_urls = Some(vec![nginx.url.clone()]);
    assert_eq!(shape_problems(&[repeated]).len(), 1);
}

#[test]
fn quotes_are_compared_with_whitespace_normalized() {
    assert_eq!(normalized("  a\n *  b\tc  "), "a * b c");
    let entry = |quote: &str| Entry {
        line: 1,
        code: 1,
        vendor: "v".into(),
        description: String::new(),
        url: "https://example.com/a#b".into(),
        quote: Some(vec![quote.into()]),
        quote_url: None,
        quote_urls: Some(Vec::new()),
    };
    let excerpt = Excerpt {
        file: "a.txt".into(),
        source: "https://example.com/a".into(),
        header: Vec::new(),
        text: normalized("one two\n   three"),
    };
    assert!(quote_problems(&[entry("two three")], std::slice::from_ref(&excerpt)).is_empty());
    assert_eq!(quote_problems(&[entry("two four")], &[excerpt]).len(), 1);
}
