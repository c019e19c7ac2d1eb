//! Pass one of reading codes.toml: the TOML event stream of `toml_parser` -> plain tables
//! of keys and values, each with its line. What the keys mean is `parse.rs`'s business.

use std::borrow::Cow;

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{parse_document, Event, EventKind};
use toml_parser::{Expected, ParseError, Source, Span};

use super::Error;

/// Byte offsets of line starts, to turn a span into a line number.
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Self {
        let starts = text.match_indices('\n').map(|(at, _)| at + 1);
        Lines(std::iter::once(0).chain(starts).collect())
    }

    pub fn of(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// A TOML table as read, before its keys mean anything.
pub struct Table {
    /// The dotted header, empty for the keys before the first header.
    pub name: String,
    /// `[[name]]` rather than `[name]`.
    pub array: bool,
    pub line: usize,
    pub entries: Vec<Entry>,
}

pub struct Entry {
    pub key: String,
    pub line: usize,
    pub value: Value,
}

pub enum Value {
    /// A string, and whether it was a one-line basic string (`"..."`).
    String(String, bool),
    Integer(i64),
    Boolean(bool),
    Array(Vec<Value>),
    /// A date, time or date-time, as written; toml_parser leaves checking it to the reader.
    DateTime(String),
    /// Anything else, by its TOML type name.
    Other(&'static str),
}

impl Value {
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(..) => "a string",
            Value::Integer(_) => "an integer",
            Value::Boolean(_) => "a boolean",
            Value::Array(_) => "an array",
            Value::DateTime(_) => "a date-time",
            Value::Other(name) => name,
        }
    }
}

/// TOML events -> tables. Every syntax error becomes an [`Error`].
pub fn read_tables(text: &str, lines: &Lines, errors: &mut Vec<Error>) -> Vec<Table> {
    let source = Source::new(text);
    let tokens: Vec<_> = source.lex().collect();
    let mut events = Vec::new();
    let mut syntax: Vec<ParseError> = Vec::new();
    parse_document(&tokens, &mut |event: Event| events.push(event), &mut syntax);

    let mut reader = Reader {
        source,
        lines,
        errors,
        events: events
            .into_iter()
            .filter(|event| {
                !matches!(
                    event.kind(),
                    EventKind::Whitespace | EventKind::Comment | EventKind::Newline
                )
            })
            .collect(),
        next: 0,
        syntax: Vec::new(),
    };
    let mut tables = vec![Table {
        name: String::new(),
        array: false,
        line: 1,
        entries: Vec::new(),
    }];
    while let Some(event) = reader.peek() {
        match event.kind() {
            EventKind::StdTableOpen | EventKind::ArrayTableOpen => tables.push(reader.header()),
            EventKind::SimpleKey => {
                let entry = reader.entry();
                if let Some(entry) = entry {
                    let table = tables.last_mut().expect("the root table is always there");
                    if table.entries.iter().any(|seen| seen.key == entry.key) {
                        reader.error(
                            entry.line,
                            format!("key `{}` appears twice in this table", entry.key),
                        );
                    } else {
                        table.entries.push(entry);
                    }
                }
            }
            _ => reader.skip(),
        }
    }
    syntax.append(&mut reader.syntax);
    for error in syntax {
        let span = error.unexpected().or(error.context());
        let line = span.map_or(1, |span| lines.of(span.start()));
        let message = match error.expected() {
            Some(expected) if !expected.is_empty() => {
                let expected: Vec<String> = expected.iter().map(describe).collect();
                format!(
                    "invalid TOML: {} (expected {})",
                    error.description(),
                    expected.join(" or ")
                )
            }
            _ => format!("invalid TOML: {}", error.description()),
        };
        errors.push(Error { line, message });
    }
    tables
}

fn describe(expected: &Expected) -> String {
    match expected {
        Expected::Literal(literal) => format!("`{literal}`"),
        Expected::Description(description) => description.to_string(),
        _ => format!("{expected:?}"),
    }
}

struct Reader<'a> {
    source: Source<'a>,
    lines: &'a Lines,
    errors: &'a mut Vec<Error>,
    events: Vec<Event>,
    next: usize,
    /// Errors from decoding keys and values.
    syntax: Vec<ParseError>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<Event> {
        self.events.get(self.next).copied()
    }

    fn skip(&mut self) {
        self.next += 1;
    }

    fn line(&self, span: Span) -> usize {
        self.lines.of(span.start())
    }

    fn error(&mut self, line: usize, message: String) {
        self.errors.push(Error { line, message });
    }

    /// `[name]` or `[[name]]`, up to its closing bracket.
    fn header(&mut self) -> Table {
        let open = self.peek().expect("called on a header");
        self.skip();
        let array = open.kind() == EventKind::ArrayTableOpen;
        let mut parts = Vec::new();
        while let Some(event) = self.peek() {
            self.skip();
            match event.kind() {
                EventKind::SimpleKey => parts.push(self.key(event)),
                EventKind::StdTableClose | EventKind::ArrayTableClose => break,
                _ => {}
            }
        }
        Table {
            name: parts.join("."),
            array,
            line: self.line(open.span()),
            entries: Vec::new(),
        }
    }

    /// `key = value`. `None` where the line is too broken to say what it sets.
    fn entry(&mut self) -> Option<Entry> {
        let first = self.peek().expect("called on a key");
        let mut parts = Vec::new();
        while let Some(event) = self.peek() {
            match event.kind() {
                EventKind::SimpleKey => parts.push(self.key(event)),
                EventKind::KeySep => {}
                EventKind::KeyValSep => {
                    self.skip();
                    break;
                }
                _ => return None,
            }
            self.skip();
        }
        let line = self.line(first.span());
        if parts.len() > 1 {
            self.error(
                line,
                format!(
                    "dotted key `{}`: codes.toml uses plain keys only",
                    parts.join(".")
                ),
            );
        }
        let value = self.value()?;
        Some(Entry {
            key: parts.join("."),
            line,
            value,
        })
    }

    fn key(&mut self, event: Event) -> String {
        let raw = self.source.get(event).expect("spans come from this source");
        let mut key = Cow::Borrowed("");
        raw.decode_key(&mut key, &mut self.syntax);
        key.into_owned()
    }

    fn value(&mut self) -> Option<Value> {
        let event = self.peek()?;
        self.skip();
        match event.kind() {
            EventKind::Scalar => Some(self.scalar(event)),
            EventKind::ArrayOpen => {
                let mut items = Vec::new();
                while let Some(event) = self.peek() {
                    match event.kind() {
                        EventKind::ArrayClose => {
                            self.skip();
                            break;
                        }
                        EventKind::ValueSep => self.skip(),
                        EventKind::Scalar | EventKind::ArrayOpen | EventKind::InlineTableOpen => {
                            items.extend(self.value());
                        }
                        _ => return None,
                    }
                }
                Some(Value::Array(items))
            }
            EventKind::InlineTableOpen => {
                let mut depth = 1;
                while let Some(event) = self.peek() {
                    self.skip();
                    match event.kind() {
                        EventKind::InlineTableOpen => depth += 1,
                        EventKind::InlineTableClose if depth == 1 => break,
                        EventKind::InlineTableClose => depth -= 1,
                        _ => {}
                    }
                }
                Some(Value::Other("an inline table"))
            }
            _ => None,
        }
    }

    fn scalar(&mut self, event: Event) -> Value {
        let raw = self.source.get(event).expect("spans come from this source");
        let mut text = Cow::Borrowed("");
        let kind = raw.decode_scalar(&mut text, &mut self.syntax);
        match kind {
            ScalarKind::String => {
                let one_line = event.encoding() == Some(toml_parser::decoder::Encoding::BasicString);
                Value::String(text.into_owned(), one_line)
            }
            ScalarKind::Boolean(value) => Value::Boolean(value),
            ScalarKind::Integer(radix) => match i64::from_str_radix(&text.replace('_', ""), radix.value()) {
                Ok(value) => Value::Integer(value),
                Err(_) => Value::Other("an integer too large for 64 bits"),
            },
            ScalarKind::Float => Value::Other("a float"),
            ScalarKind::DateTime => Value::DateTime(text.into_owned()),
        }
    }
}
