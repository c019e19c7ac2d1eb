//! Stage one: codes.toml's text -> plain tables of keys and values, each with its line.
//!
//! This reads only the part of TOML 1.0 (<https://toml.io/en/v1.0.0>) that codes.toml is
//! written in: comments, `[table]` and `[[table]]` headers (dotted for `[[status.header]]`),
//! `key = value` lines with bare keys, and as values one-line basic strings (escaping only
//! `\"` and `\\`), decimal integers, `true` and `false`, one-line arrays of such strings and
//! a local date. Anything else is valid TOML this reader refuses, with its line, the text
//! and what it expected: a smaller reader is a faster clean build for every dependent.
//! Whether a date's numbers make a date, and what the keys mean, is `check.rs`'s business.

use super::model::Error;

/// A TOML table as read, before its keys mean anything.
#[derive(Debug, Default)]
pub struct Table {
    /// The dotted header, empty for the keys before the first header.
    pub name: String,
    /// `[[name]]` rather than `[name]`.
    pub array: bool,
    pub line: usize,
    pub entries: Vec<Entry>,
}

#[derive(Debug)]
pub struct Entry {
    pub key: String,
    pub line: usize,
    pub value: Value,
}

#[derive(Debug, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    Boolean(bool),
    Array(Vec<String>),
    /// A bare value shaped like a date or a time, as written.
    Date(String),
}

impl Table {
    /// The entry of `key`, where the table has one.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.key == key)
    }

    /// Whether the table has `key`, whatever its value.
    pub fn has(&self, key: &str) -> bool {
        self.entry(key).is_some()
    }

    /// The line of `key`, where its value is an empty array.
    pub fn empty_array(&self, key: &str) -> Option<usize> {
        let entry = self.entry(key)?;
        (entry.value == Value::Array(Vec::new())).then_some(entry.line)
    }
}

impl Value {
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Boolean(_) => "a boolean",
            Value::Array(_) => "an array",
            Value::Date(_) => "a date-time",
        }
    }
}

/// TOML text -> tables, or every syntax error, one per line at most.
pub fn read(text: &str) -> Result<Vec<Table>, Vec<Error>> {
    let mut tables = vec![Table {
        line: 1,
        ..Table::default()
    }];
    let mut errors = Vec::new();
    let mut lines = text.split('\n').enumerate();
    while let Some((at, line)) = lines.next() {
        let line_number = at + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut cursor = Cursor { rest: line };
        if let Err(message) = cursor.line(&mut tables, line_number, &mut errors) {
            errors.push(Error::at(line_number, format!("invalid TOML: {message}")));
            // A refused multi-line string would make its other lines look like keys.
            for quotes in ["\"\"\"", "'''"] {
                if line.matches(quotes).count() == 1 {
                    lines.find(|(_, later)| later.contains(quotes));
                }
            }
        }
    }
    match errors.is_empty() {
        true => Ok(tables),
        false => Err(errors),
    }
}

/// The rest of one line.
struct Cursor<'a> {
    rest: &'a str,
}

type Read<T> = Result<T, String>;

impl<'a> Cursor<'a> {
    /// Blank, a comment, a table header or `key = value`, then nothing but a comment.
    fn line(&mut self, tables: &mut Vec<Table>, line: usize, errors: &mut Vec<Error>) -> Read<()> {
        self.skip_spaces();
        match self.peek() {
            None | Some('#') => {}
            Some('[') => {
                // The table exists before its header is read, so that the keys under a
                // broken header do not land in the table above and repeat its keys.
                tables.push(Table {
                    line,
                    ..Table::default()
                });
                self.header(tables.last_mut().expect("just pushed"))?;
            }
            Some(_) => {
                let key = self.key()?;
                self.skip_spaces();
                if self.peek() == Some('.') {
                    return Err(format!("dotted key `{key}.`...: codes.toml uses plain keys only"));
                }
                if !self.eat('=') {
                    return Err(self.unexpected("`=` after the key"));
                }
                self.skip_spaces();
                let value = self.value()?;
                let table = tables.last_mut().expect("the root table is always there");
                if table.entries.iter().any(|seen| seen.key == key) {
                    let message = format!("key `{key}` appears twice in this table");
                    errors.push(Error::at(line, message));
                } else {
                    table.entries.push(Entry { key, line, value });
                }
            }
        }
        self.skip_spaces();
        match self.peek() {
            None => Ok(()),
            Some('#') => match self.rest.chars().find(|&c| is_control(c)) {
                Some(c) => Err(format!("control character U+{:04X} in a comment", u32::from(c))),
                None => Ok(()),
            },
            Some(_) => Err(self.unexpected("the end of the line or a comment")),
        }
    }

    /// `[name]` or `[[name]]`, from its first bracket.
    fn header(&mut self, table: &mut Table) -> Read<()> {
        self.eat('[');
        table.array = self.eat('[');
        let mut parts = Vec::new();
        loop {
            self.skip_spaces();
            parts.push(self.key()?);
            self.skip_spaces();
            if !self.eat('.') {
                break;
            }
        }
        table.name = parts.join(".");
        let close = if table.array { "]]" } else { "]" };
        let rest = self.rest.strip_prefix(close);
        self.rest = rest.ok_or_else(|| self.unexpected(&format!("`{close}` to close the table header")))?;
        Ok(())
    }

    /// A bare key: ASCII letters, digits, `_` and `-`.
    fn key(&mut self) -> Read<String> {
        let end = self.rest.find(|c: char| !is_bare(c)).unwrap_or(self.rest.len());
        if end == 0 {
            let expected = match self.peek() {
                Some('"' | '\'') => "a bare key (codes.toml quotes no keys)",
                _ => "a key",
            };
            return Err(self.unexpected(expected));
        }
        let (key, rest) = self.rest.split_at(end);
        self.rest = rest;
        Ok(key.to_string())
    }

    fn value(&mut self) -> Read<Value> {
        match self.peek() {
            Some('"') => Ok(Value::String(self.string()?)),
            Some('[') => self.array(),
            Some(c) if c.is_ascii_alphanumeric() || c == '+' || c == '-' => self.bare(),
            Some('\'') => Err("a literal string ('...'); codes.toml writes strings as \"...\"".into()),
            Some('{') => Err("an inline table; codes.toml writes tables as [[...]] headers".into()),
            _ => Err(self.unexpected("a value")),
        }
    }

    /// `"..."` on one line, from its opening quote.
    fn string(&mut self) -> Read<String> {
        if self.rest.starts_with("\"\"\"") {
            return Err("a multi-line string; expected a one-line basic string (\"...\")".into());
        }
        self.eat('"');
        let mut text = String::new();
        let mut chars = self.rest.char_indices();
        while let Some((at, c)) = chars.next() {
            match c {
                '"' => {
                    self.rest = &self.rest[at + 1..];
                    return Ok(text);
                }
                '\\' => match chars.next() {
                    Some((_, escaped @ ('"' | '\\'))) => text.push(escaped),
                    other => {
                        let written = other.map_or(String::new(), |(_, c)| c.to_string());
                        return Err(format!(
                            "the escape `\\{written}`; codes.toml strings escape only \\\" and \\\\"
                        ));
                    }
                },
                c if is_control(c) => {
                    return Err(format!("control character U+{:04X} in a string", u32::from(c)));
                }
                c => text.push(c),
            }
        }
        Err("unterminated string (expected a closing `\"` on the same line)".into())
    }

    /// `["a", "b"]` on one line, a trailing comma allowed.
    fn array(&mut self) -> Read<Value> {
        self.eat('[');
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            if self.eat(']') {
                return Ok(Value::Array(items));
            }
            match self.peek() {
                None => return Err("an array that goes on past its line; codes.toml writes arrays on one line (expected a closing `]`)".into()),
                Some('"') => items.push(self.string()?),
                Some(_) => return Err(self.unexpected("a string or `]` in the array (codes.toml's arrays hold strings)")),
            }
            self.skip_spaces();
            if !self.eat(',') && self.peek() != Some(']') {
                return Err(self.unexpected("`,` or `]` in the array"));
            }
        }
    }

    /// A decimal integer, a boolean or a date: everything up to a space, comma, bracket or comment.
    fn bare(&mut self) -> Read<Value> {
        let end = self
            .rest
            .find([' ', '\t', ',', ']', '#'])
            .unwrap_or(self.rest.len());
        let (written, rest) = self.rest.split_at(end);
        self.rest = rest;
        let digits = written.strip_prefix(['+', '-']).unwrap_or(written);
        let decimal = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !(digits.len() > 1 && digits.starts_with('0'));
        let dated = written.starts_with(|c: char| c.is_ascii_digit())
            && written.contains([':', '-'])
            && written
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-:.+".contains(&b));
        match written {
            "true" => Ok(Value::Boolean(true)),
            "false" => Ok(Value::Boolean(false)),
            _ if decimal => match written.parse() {
                Ok(value) => Ok(Value::Integer(value)),
                Err(_) => Err(format!("`{written}` is too large for a 64-bit integer")),
            },
            _ if dated => Ok(Value::Date(written.to_string())),
            _ => Err(format!("`{}` is not a value codes.toml uses (expected a \"...\" string, a decimal integer without leading zeros, true, false, a date such as 2026-11-13 or an array of strings)", written.escape_debug())),
        }
    }

    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn skip_spaces(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\t']);
    }

    /// "unexpected `x` (expected ...)", naming what is at the cursor.
    fn unexpected(&self, expected: &str) -> String {
        let found = match self.peek() {
            None => "end of line".to_string(),
            Some(c) if c.is_control() => format!("control character U+{:04X}", u32::from(c)),
            Some(c) if c.is_ascii() => format!("`{c}`"),
            // By number too, as it may not show, or look like another.
            Some(c) => format!("`{c}` (U+{:04X})", u32::from(c)),
        };
        format!("unexpected {found} (expected {expected})")
    }
}

fn is_bare(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Control characters other than tab, which TOML allows in no string or comment as they are.
fn is_control(c: char) -> bool {
    c != '\t' && (c < ' ' || c == '\u{7f}')
}
