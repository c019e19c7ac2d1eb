//! Pass one of reading codes.toml: TOML text -> plain tables of keys and values, each with
//! its line. What the keys mean is `parse.rs`'s business.
//!
//! A reader of its own for the part of TOML 1.0 (<https://toml.io/en/v1.0.0>) that
//! codes.toml uses: comments, `[table]` and `[[array]]` headers, `key = value` lines with
//! bare or quoted keys, strings of all four kinds, integers, booleans, arrays and dates.
//! Floats and inline tables are read only so that `parse.rs` can call them the wrong type.
//! A TOML library did this before, but compiling it (and its parser combinators) came
//! before compiling this build script, on the critical path of every clean build of a
//! crate that depends on this one.
//!
//! Every syntax error becomes an [`Error`] on its line; reading goes on at the next line,
//! so one run reports them all.

use super::Error;

/// Byte offsets of line starts, to turn an offset into a line number.
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
#[derive(Default)]
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
    /// A date, time or date-time, as written: its shape is checked, its numbers are not.
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

/// How deep arrays and inline tables may nest: deeper input is an error, not a stack overflow.
const MAX_DEPTH: usize = 32;

/// A syntax error that ends the line: its byte offset, and what follows "invalid TOML: ".
struct Syntax(usize, String);

type Read<T> = Result<T, Syntax>;

/// TOML text -> tables. Every syntax error becomes an [`Error`].
pub fn read_tables(text: &str, lines: &Lines, errors: &mut Vec<Error>) -> Vec<Table> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
        lines,
        errors,
    };
    let mut tables = vec![Table {
        line: 1,
        ..Table::default()
    }];
    while reader.at < text.len() {
        if let Err(Syntax(at, message)) = reader.line(&mut tables) {
            reader.invalid(at, &message);
            reader.skip_line();
        }
    }
    // Errors inside a value can come before one about its key.
    reader.errors.sort_by_key(|error| error.line);
    tables
}

struct Reader<'a> {
    text: &'a str,
    /// The byte offset of the cursor, always on a character boundary.
    at: usize,
    /// How many arrays and inline tables the cursor is in.
    depth: usize,
    lines: &'a Lines,
    errors: &'a mut Vec<Error>,
}

impl<'a> Reader<'a> {
    /// One line of the document: blank, a comment, a table header or `key = value`.
    fn line(&mut self, tables: &mut Vec<Table>) -> Read<()> {
        self.skip_spaces();
        match self.peek() {
            None | Some(b'#' | b'\n' | b'\r') => {}
            Some(b'[') => {
                // The table exists before its header is read, so that the keys under a
                // broken header do not land in the table above and repeat its keys.
                let line = self.line_of(self.at);
                tables.push(Table {
                    line,
                    ..Table::default()
                });
                self.header(tables.last_mut().expect("just pushed"))?;
            }
            Some(_) => {
                let line = self.line_of(self.at);
                let (keys, value) = self.key_value()?;
                let key = keys.join(".");
                if keys.len() > 1 {
                    let message = format!("dotted key `{key}`: codes.toml uses plain keys only");
                    self.errors.push(Error { line, message });
                }
                let table = tables.last_mut().expect("the root table is always there");
                if table.entries.iter().any(|seen| seen.key == key) {
                    let message = format!("key `{key}` appears twice in this table");
                    self.errors.push(Error { line, message });
                } else {
                    table.entries.push(Entry { key, line, value });
                }
            }
        }
        self.skip_spaces();
        self.skip_comment();
        if self.skip_newline() || self.at == self.text.len() {
            return Ok(());
        }
        Err(self.unexpected("the end of the line or a comment"))
    }

    /// `[name]` or `[[name]]`, from its first bracket.
    fn header(&mut self, table: &mut Table) -> Read<()> {
        self.at += 1;
        table.array = self.eat(b'[');
        self.skip_spaces();
        table.name = self.keys()?.join(".");
        self.skip_spaces();
        let close = if table.array { "]]" } else { "]" };
        if !self.rest().starts_with(close) {
            return Err(self.unexpected(&format!("`{close}` to close the table header")));
        }
        self.at += close.len();
        Ok(())
    }

    /// `key = value`, the key as its dotted parts.
    fn key_value(&mut self) -> Read<(Vec<String>, Value)> {
        let keys = self.keys()?;
        self.skip_spaces();
        if !self.eat(b'=') {
            return Err(self.unexpected("`=` after the key"));
        }
        self.skip_spaces();
        Ok((keys, self.value()?))
    }

    /// A key, or the parts of a dotted key: `a`, `"a b"`, `a . 'b'`.
    fn keys(&mut self) -> Read<Vec<String>> {
        let mut keys = vec![self.key()?];
        loop {
            let before = self.at;
            self.skip_spaces();
            if !self.eat(b'.') {
                self.at = before;
                return Ok(keys);
            }
            self.skip_spaces();
            keys.push(self.key()?);
        }
    }

    fn key(&mut self) -> Read<String> {
        if let Some(quote @ (b'"' | b'\'')) = self.peek() {
            return self.string(quote, false);
        }
        let start = self.at;
        while let Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-') = self.peek() {
            self.at += 1;
        }
        if self.at == start {
            return Err(self.unexpected("a key"));
        }
        Ok(self.text[start..self.at].to_string())
    }

    fn value(&mut self) -> Read<Value> {
        match self.peek() {
            Some(quote @ (b'"' | b'\'')) => {
                let multi_line = self.rest().as_bytes().starts_with(&[quote; 3]);
                Ok(Value::String(
                    self.string(quote, multi_line)?,
                    quote == b'"' && !multi_line,
                ))
            }
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::inline_table),
            _ => self.bare_value(),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Read<Value>) -> Read<Value> {
        if self.depth == MAX_DEPTH {
            let message = format!("arrays or inline tables nested more than {MAX_DEPTH} deep");
            return Err(Syntax(self.at, message));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    /// `[a, b, ...]`, over any number of lines, with comments and a trailing comma.
    fn array(&mut self) -> Read<Value> {
        let open = self.at;
        self.at += 1;
        let mut items = Vec::new();
        let mut wants_value = true;
        loop {
            self.skip_blank_lines();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            } else if self.at == self.text.len() {
                return Err(Syntax(open, "unterminated array (expected a closing `]`)".into()));
            } else if wants_value {
                items.push(self.value()?);
                wants_value = false;
            } else if self.eat(b',') {
                wants_value = true;
            } else {
                return Err(self.unexpected("`,` or `]` in the array"));
            }
        }
    }

    /// `{ key = value, ... }`, on one line as TOML 1.0 has it; read only to be refused by type.
    fn inline_table(&mut self) -> Read<Value> {
        self.at += 1;
        self.skip_spaces();
        if !self.eat(b'}') {
            loop {
                self.key_value()?;
                self.skip_spaces();
                if self.eat(b'}') {
                    break;
                } else if !self.eat(b',') {
                    return Err(self.unexpected("`,` or `}` in the inline table"));
                }
                self.skip_spaces();
            }
        }
        Ok(Value::Other("an inline table"))
    }

    /// A string from its opening quote: `"..."` and `"""..."""` take escapes, `'...'` and
    /// `'''...'''` do not.
    fn string(&mut self, quote: u8, multi_line: bool) -> Read<String> {
        let open = self.at;
        let delimiter = if multi_line { 3 } else { 1 };
        self.at += delimiter;
        // TOML drops a newline right after the opening quotes.
        let _ = multi_line && self.skip_newline();
        let mut text = String::new();
        loop {
            let rest = self.rest().as_bytes();
            if rest.starts_with(&[quote; 3][..delimiter]) {
                // Up to two quotes may end a multi-line text, right before the closing three.
                let extra = if multi_line {
                    rest[3..].iter().take(2).take_while(|&&b| b == quote).count()
                } else {
                    0
                };
                text.extend(std::iter::repeat_n(char::from(quote), extra));
                self.at += delimiter + extra;
                return Ok(text);
            }
            let Some(c) = self
                .rest()
                .chars()
                .next()
                .filter(|_| multi_line || !self.at_newline())
            else {
                let close = &self.text[open..open + delimiter];
                let (kind, at, place) = match multi_line {
                    true => ("multi-line string", open, ""),
                    false => ("string", self.at, " on the same line"),
                };
                return Err(Syntax(
                    at,
                    format!("unterminated {kind} (expected a closing `{close}`{place})"),
                ));
            };
            if self.skip_newline() {
                text.push('\n');
            } else if c == '\\' && quote == b'"' {
                self.escape(&mut text, multi_line);
            } else {
                if is_control(c) {
                    let code = u32::from(c);
                    let message = format!("control character U+{code:04X} in a string (expected it escaped as \\u{code:04X} in a \"...\" string)");
                    self.invalid(self.at, &message);
                } else {
                    text.push(c);
                }
                self.at += c.len_utf8();
            }
        }
    }

    /// `\n`, `\"`, `\u00E9` and the other escapes of a basic string, from the backslash.
    fn escape(&mut self, text: &mut String, multi_line: bool) {
        const ESCAPES: [(u8, char); 7] = [
            (b'b', '\u{8}'),
            (b't', '\t'),
            (b'n', '\n'),
            (b'f', '\u{c}'),
            (b'r', '\r'),
            (b'"', '"'),
            (b'\\', '\\'),
        ];
        let start = self.at;
        self.at += 1;
        let after = self.rest().trim_start_matches([' ', '\t']);
        if multi_line && (after.starts_with('\n') || after.starts_with("\r\n")) {
            // A backslash that ends a line drops the line break and the whitespace after it.
            while self.skip_newline() || self.eat(b' ') || self.eat(b'\t') {}
            return;
        }
        if let Some(&(_, c)) = ESCAPES.iter().find(|&&(name, _)| self.peek() == Some(name)) {
            text.push(c);
            self.at += 1;
            return;
        }
        let digits = match self.peek() {
            Some(b'u') => 4,
            Some(b'U') => 8,
            _ => {
                let message = format!("invalid escape: `\\` followed by {} (expected one of \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", self.found());
                return self.invalid(start, &message);
            }
        };
        let escape = &self.text[start..self.at + 1];
        let hex = self
            .rest()
            .get(1..1 + digits)
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(hex) = hex else {
            self.at += 1;
            return self.invalid(
                start,
                &format!("invalid escape: `{escape}` needs {digits} hex digits"),
            );
        };
        match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
            Some(c) => text.push(c),
            None => {
                let message = format!("invalid escape: `{escape}{hex}` is not a Unicode scalar value (expected at most 10FFFF and not D800 to DFFF)");
                self.invalid(start, &message);
            }
        }
        self.at += 1 + digits;
    }

    /// A number, boolean or date: everything up to the next space, comma, bracket or comment.
    fn bare_value(&mut self) -> Read<Value> {
        let start = self.at;
        if !matches!(
            self.peek(),
            Some(b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'+' | b'-')
        ) {
            return Err(self.unexpected("a value"));
        }
        self.skip_bare();
        // A space may stand between a date and its time (TOML 1.0, "Offset Date-Time").
        let time = self
            .rest()
            .strip_prefix(' ')
            .filter(|time| time.starts_with(|c: char| c.is_ascii_digit()));
        if time.is_some() && shape(&self.text[start..self.at], "9999-99-99") {
            self.at += 1;
            self.skip_bare();
        }
        let written = &self.text[start..self.at];
        let written_as = written.escape_debug();
        let message = format!("`{written_as}` is not a value (expected a quoted string, a number without leading zeros, true, false, a date or an array)");
        bare(written).ok_or(Syntax(start, message))
    }

    fn skip_bare(&mut self) {
        while !matches!(
            self.peek(),
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}' | b'#')
        ) {
            self.at += 1;
        }
    }

    /// Spaces, comments and newlines, as between the items of an array.
    fn skip_blank_lines(&mut self) {
        loop {
            self.skip_spaces();
            self.skip_comment();
            if !self.skip_newline() {
                return;
            }
        }
    }

    fn skip_spaces(&mut self) {
        while self.eat(b' ') || self.eat(b'\t') {}
    }

    /// A comment, if one starts here, up to the end of its line.
    fn skip_comment(&mut self) {
        if self.peek() != Some(b'#') {
            return;
        }
        while let Some(c) = self.rest().chars().next().filter(|_| !self.at_newline()) {
            if is_control(c) {
                let message = format!("control character U+{:04X} in a comment", u32::from(c));
                self.invalid(self.at, &message);
            }
            self.at += c.len_utf8();
        }
    }

    /// Past the end of the line, after an error in it.
    fn skip_line(&mut self) {
        self.at = match self.rest().find('\n') {
            Some(newline) => self.at + newline + 1,
            None => self.text.len(),
        };
    }

    fn skip_newline(&mut self) -> bool {
        self.at_newline() && (self.eat(b'\n') || self.eat(b'\r') && self.eat(b'\n'))
    }

    fn at_newline(&self) -> bool {
        self.rest().starts_with('\n') || self.rest().starts_with("\r\n")
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    /// What is at the cursor, for a message.
    fn found(&self) -> String {
        match self.rest().chars().next() {
            None => "end of file".to_string(),
            Some(_) if self.at_newline() => "end of line".to_string(),
            Some(c) if c.is_control() => format!("control character U+{:04X}", u32::from(c)),
            Some(c) if c.is_ascii() => format!("`{c}`"),
            // By number too, as it may not show, or look like another.
            Some(c) => format!("`{c}` (U+{:04X})", u32::from(c)),
        }
    }

    fn unexpected(&self, expected: &str) -> Syntax {
        let message = format!("unexpected {} (expected {expected})", self.found());
        Syntax(self.at, message)
    }

    /// The line of a byte offset; the end of the file counts as its last line.
    fn line_of(&self, at: usize) -> usize {
        self.lines.of(at.min(self.text.len().saturating_sub(1)))
    }

    fn invalid(&mut self, at: usize, message: &str) {
        let line = self.line_of(at);
        let message = format!("invalid TOML: {message}");
        self.errors.push(Error { line, message });
    }
}

/// Control characters other than tab, which TOML allows in no string or comment as they are.
fn is_control(c: char) -> bool {
    c != '\t' && (c < ' ' || c == '\u{7f}')
}

/// A value written without quotes or brackets, or `None` if it is none.
fn bare(written: &str) -> Option<Value> {
    match written {
        "true" => return Some(Value::Boolean(true)),
        "false" => return Some(Value::Boolean(false)),
        _ => {}
    }
    let unsigned = written.strip_prefix(['+', '-']).unwrap_or(written);
    if matches!(unsigned, "inf" | "nan") || is_float(unsigned) {
        return Some(Value::Other("a float"));
    }
    if let Some(integer) = integer(written) {
        return Some(integer);
    }
    is_date_time(written).then(|| Value::DateTime(written.to_string()))
}

/// `42`, `-1_000`, `0xff`, `0o17`, `0b101`: a sign only in decimal, no leading zeros.
fn integer(written: &str) -> Option<Value> {
    let prefixes = [("0x", 16), ("0o", 8), ("0b", 2)];
    let prefixed = prefixes
        .into_iter()
        .find_map(|(prefix, radix)| Some((written.strip_prefix(prefix)?, radix)));
    let (digits, radix) = prefixed.unwrap_or((written, 10));
    let unsigned = match radix {
        10 => digits.strip_prefix(['+', '-']).unwrap_or(digits),
        _ => digits,
    };
    if !are_digits(unsigned, radix) || (radix == 10 && !is_decimal(unsigned)) {
        return None;
    }
    let value = i64::from_str_radix(&digits.replace('_', ""), radix);
    Some(value.map_or(Value::Other("an integer too large for 64 bits"), Value::Integer))
}

/// `1.5`, `1e6`, `2.5E-3`, without their sign.
fn is_float(unsigned: &str) -> bool {
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    (fraction.is_some() || exponent.is_some())
        && is_decimal(whole)
        && fraction.is_none_or(|fraction| are_digits(fraction, 10))
        && exponent
            .is_none_or(|exponent| are_digits(exponent.strip_prefix(['+', '-']).unwrap_or(exponent), 10))
}

/// Digits of `radix`, with single underscores only between them.
fn are_digits(text: &str, radix: u32) -> bool {
    text.split('_')
        .all(|run| !run.is_empty() && run.chars().all(|c| c.is_digit(radix)))
}

fn is_decimal(digits: &str) -> bool {
    are_digits(digits, 10) && !(digits.len() > 1 && digits.starts_with('0'))
}

/// `2026-11-13`, `07:32:00.5`, `2026-11-13T07:32:00`, `2026-11-13 07:32:00Z`,
/// `2026-11-13T07:32:00-05:00`: the shapes TOML allows. Whether the numbers make a date
/// is `parse.rs`'s check.
fn is_date_time(written: &str) -> bool {
    let is_time = |time: &str| {
        let (clock, fraction) = time.split_once('.').unwrap_or((time, "0"));
        shape(clock, "99:99:99") && !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())
    };
    let (Some(date), Some(rest)) = (written.get(..10), written.get(10..)) else {
        return is_time(written);
    };
    if !shape(date, "9999-99-99") {
        return is_time(written);
    }
    let Some(time) = rest.strip_prefix(['T', 't', ' ']) else {
        return rest.is_empty();
    };
    if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        return is_time(clock);
    }
    let split = time.len().saturating_sub(6);
    match (time.get(..split), time.get(split..)) {
        (Some(clock), Some(offset)) if shape(offset, "+99:99") => is_time(clock),
        _ => is_time(time),
    }
}

/// Whether `text` follows `pattern`, where `9` stands for any digit and `+` for a sign.
fn shape(text: &str, pattern: &str) -> bool {
    text.len() == pattern.len()
        && text.bytes().zip(pattern.bytes()).all(|(b, p)| match p {
            b'9' => b.is_ascii_digit(),
            b'+' => b == b'+' || b == b'-',
            _ => b == p,
        })
}
