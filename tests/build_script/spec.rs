//! What the `quotes` and `own_words` checks share: codes.toml as plain tables of keys and
//! values (read by the build script's reader), and the specification texts vendored under
//! tests/data/rfc/, found by section.

use std::path::{Path, PathBuf};

use crate::stages::toml;

/// A value as codes.toml writes it: text, a one-line array of texts, or anything else kept
/// as written (numbers, booleans, dates).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Texts(Vec<String>),
    Other(String),
}

impl Value {
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Value::Text(text) => vec![text.as_str()],
            Value::Texts(texts) => texts.iter().map(String::as_str).collect(),
            Value::Other(_) => Vec::new(),
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Table {
    /// `status`, `status.header`, `class`, `class.header`, `invalid`, `unofficial`, ...
    pub kind: String,
    pub line: usize,
    pub entries: Vec<(String, Value, usize)>,
    /// For a header table: the `code` or `digit` of the table it belongs to.
    pub owner: String,
}

impl Table {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.entries
            .iter()
            .find(|(k, ..)| k == key)
            .map(|(_, value, _)| value)
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::text)
    }

    pub fn line_of(&self, key: &str) -> usize {
        self.entries
            .iter()
            .find(|(k, ..)| k == key)
            .map_or(self.line, |(.., line)| *line)
    }

    /// "code 404", "class 3xx", "[invalid]", "code 104, header Location".
    pub fn name(&self) -> String {
        match self.kind.as_str() {
            "status" | "unofficial" => format!("code {}", self.raw("code")),
            "class" => format!("class {}xx", self.raw("digit")),
            "invalid" => "[invalid]".to_string(),
            "status.header" | "class.header" => {
                let fields = self
                    .get("fields")
                    .map(|v| v.texts().join(", "))
                    .unwrap_or_default();
                format!("{}, header {fields}", self.owner)
            }
            other => other.to_string(),
        }
    }

    fn raw(&self, key: &str) -> String {
        match self.get(key) {
            Some(Value::Other(raw)) => raw.clone(),
            Some(Value::Text(text)) => text.clone(),
            _ => "?".to_string(),
        }
    }
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// codes.toml, as tables in file order, read by the build script's own reader.
pub fn codes_toml() -> Vec<Table> {
    let text = std::fs::read_to_string(manifest_dir().join("codes.toml")).expect("read codes.toml");
    let tables = toml::read(&text).unwrap_or_else(|errors| panic!("codes.toml does not read: {errors:#?}"));
    let mut found: Vec<Table> = Vec::new();
    let mut owner = String::new();
    for table in tables.into_iter().filter(|table| !table.name.is_empty()) {
        let kind = table.name;
        if let Some(last) = found.last() {
            if !kind.ends_with(".header") {
                owner.clear();
            } else if !last.kind.ends_with(".header") {
                owner = last.name();
            }
        }
        let entries = table
            .entries
            .into_iter()
            .map(|entry| (entry.key, Value::from(entry.value), entry.line))
            .collect();
        found.push(Table {
            kind,
            line: table.line,
            entries,
            owner: owner.clone(),
        });
    }
    found
}

impl From<toml::Value> for Value {
    fn from(value: toml::Value) -> Self {
        match value {
            toml::Value::String(text) => Value::Text(text),
            toml::Value::Array(texts) => Value::Texts(texts),
            toml::Value::Integer(number) => Value::Other(number.to_string()),
            toml::Value::Boolean(flag) => Value::Other(flag.to_string()),
            toml::Value::Date(date) => Value::Other(date),
        }
    }
}

/// Whitespace collapsed to single spaces, as the vendored texts are.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A specification the data cites: "RFC 9110", or an Internet-Draft's name.
pub fn document_of(reference: &str) -> (&str, Option<&str>) {
    match reference.split_once(", Section ") {
        Some((document, section)) => (document, Some(section)),
        None => (reference, None),
    }
}

/// Where the vendored text of a document is, whether or not it is there.
pub fn text_path(document: &str) -> PathBuf {
    let name = match document.strip_prefix("RFC ") {
        Some(number) => format!("rfc{number}.txt"),
        None => format!("{document}.txt"),
    };
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/rfc")
        .join(name)
}

/// The folders of vendored sources that descriptions must not copy: the specification
/// texts and the vendors' pages. (tests/data/ holds other things too, such as TOML test
/// cases, that are not sources of prose.)
pub const SOURCE_DIRS: [&str; 2] = ["tests/data/rfc", "tests/data/vendors"];

/// Every text file under [`SOURCE_DIRS`], recursively.
pub fn data_files() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs: Vec<PathBuf> = SOURCE_DIRS.iter().map(|dir| manifest_dir().join(dir)).collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if std::fs::read_to_string(&path).is_ok() {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The paragraphs of one section of a vendored text, subsections included: from its
/// heading (`15.5.4. 403 Forbidden`) to the next heading that is not one of its
/// subsections. `None` if the text has no such heading. The last heading with the number
/// counts, so that a table of contents before the body is passed over.
pub fn section<'a>(text: &'a str, number: &str) -> Option<Vec<&'a str>> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .rposition(|line| heading_number(line) == Some(number))?;
    let inside = |other: &str| other == number || other.starts_with(&format!("{number}."));
    let end = lines[start + 1..]
        .iter()
        .position(|line| heading_number(line).is_some_and(|other| !inside(other)))
        .map_or(lines.len(), |at| start + 1 + at);
    Some(lines[start..end].to_vec())
}

/// The number of a section heading line (`15.5.4. 403 Forbidden` -> `15.5.4`,
/// `Appendix B.1. ...` -> `B.1`). Headings are short and do not end as sentences do.
fn heading_number(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("Appendix ").unwrap_or(line);
    let (number, title) = rest.split_once(". ")?;
    let mut parts = number.split('.');
    let first = parts.next()?;
    let first_ok = first.bytes().all(|b| b.is_ascii_digit()) && !first.is_empty()
        || (first.len() == 1
            && first.bytes().all(|b| b.is_ascii_uppercase())
            && line.starts_with("Appendix "));
    let rest_ok = parts.all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    let short = title.len() <= 100 && !title.ends_with('.') && !title.ends_with(':');
    (first_ok && rest_ok && short && !title.is_empty()).then_some(number)
}
