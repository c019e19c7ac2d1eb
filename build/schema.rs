//! Which keys each kind of table in codes.toml has, what they hold and whether they are
//! required: the one list to extend for a new key. [`Fields`] checks a table against its
//! list (unknown keys, missing ones, values of the wrong type), so a check in `check.rs`
//! only asks for a key's value and decides what it means.

use super::model::Error;
use super::toml::{Table, Value};

/// What a key's value is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Boolean,
    /// A one-line string, or one of a closed set of them.
    Text,
    /// An array of one-line strings.
    Texts,
    /// A source's own words, kept as evidence: a one-line string, or an array of them for
    /// sentences that are not adjacent. The build only checks the shape; the tests find
    /// the words in the vendored source.
    Quote,
    /// A local date, `2026-11-13`.
    Date,
    /// A link, or an array of links (one per server that sends a spelling).
    Links,
}

/// A key: its name, what it holds, and whether every table of its kind has it. (A key
/// that only some tables need, such as `retry`, is optional here and required by its check.)
pub struct Key(pub &'static str, pub Kind, pub bool);

use Kind::*;

/// The kinds of table, and whether each is an array of tables (`[[name]]`).
pub const TABLES: &[(&str, bool)] = &[
    ("status", true),
    ("status.header", true),
    ("class", true),
    ("class.header", true),
    ("invalid", false),
    ("unofficial", true),
    ("spelling", true),
];

/// A table's header as codes.toml writes it: `[[name]]` or `[name]`.
pub fn header(name: &str, array: bool) -> String {
    match array {
        true => format!("[[{name}]]"),
        false => format!("[{name}]"),
    }
}

/// "[[status]], ... or [[unofficial]]", for messages.
pub fn table_list() -> String {
    let names: Vec<String> = TABLES.iter().map(|&(name, array)| header(name, array)).collect();
    let (last, rest) = names.split_last().expect("there are tables");
    format!("{} or {last}", rest.join(", "))
}

pub const STATUS: &[Key] = &[
    Key("code", Integer, true),
    Key("name", Text, true),
    Key("reason", Text, true),
    Key("description", Text, true),
    Key("reference", Text, true),
    Key("registry", Text, false),
    Key("deprecated", Boolean, false),
    Key("cacheable", Boolean, false),
    Key("content", Boolean, false),
    Key("redirect", Text, false),
    Key("former", Texts, false),
    Key("expires", Date, false),
    Key("retry", Text, false),
    Key("must_not_be_stored", Boolean, false),
    // Evidence for a fact: `<fact>_quote`, the cited section's own words, and
    // `<fact>_reference`, the section where that is not the table's `reference`. A
    // `<fact>_quote` listed here is all the checker needs to check the pair.
    Key("retry_quote", Quote, false),
    Key("retry_reference", Text, false),
    Key("cacheable_quote", Quote, false),
    Key("cacheable_reference", Text, false),
    Key("content_quote", Quote, false),
    Key("content_reference", Text, false),
    Key("redirect_quote", Quote, false),
    Key("redirect_reference", Text, false),
    Key("deprecated_quote", Quote, false),
    Key("deprecated_reference", Text, false),
    Key("must_not_be_stored_quote", Quote, false),
    Key("must_not_be_stored_reference", Text, false),
];

/// `[[status.header]]` and `[[class.header]]`.
pub const HEADER: &[Key] = &[
    Key("fields", Texts, true),
    Key("requirement", Text, true),
    Key("condition", Text, true),
    Key("reference", Text, true),
    Key("quote", Quote, false),
];

pub const CLASS: &[Key] = &[
    Key("digit", Integer, true),
    Key("name", Text, true),
    Key("description", Text, true),
    Key("unregistered", Text, true),
    Key("reference", Text, true),
    Key("retry", Text, false),
    Key("retry_quote", Quote, false),
    Key("retry_reference", Text, false),
];

pub const INVALID: &[Key] = &[
    Key("reason", Text, true),
    Key("description", Text, true),
    Key("reference", Text, true),
    Key("retry", Text, true),
    Key("retry_quote", Quote, false),
    Key("retry_reference", Text, false),
];

pub const UNOFFICIAL: &[Key] = &[
    Key("code", Integer, true),
    Key("vendor", Text, true),
    Key("product", Text, false),
    Key("phrase", Text, false),
    Key("phrase_origin", Text, false),
    Key("seen", Text, true),
    Key("sent_as", Integer, false),
    Key("description", Text, true),
    Key("url", Text, true),
    Key("quote", Quote, false),
    Key("quote_url", Text, false),
    Key("quote_urls", Texts, false),
];

pub const SPELLING: &[Key] = &[
    Key("code", Integer, true),
    Key("phrase", Text, true),
    Key("servers", Texts, true),
    Key("source", Links, true),
    Key("from_reason", Boolean, false),
];

/// One table's values, checked against its keys; each accessor returns a value with its line.
pub struct Fields<'a> {
    table: &'a Table,
    errors: &'a mut Vec<Error>,
    /// Whose table this is, for messages: "[[status]] of code 404".
    title: String,
}

impl<'a> Fields<'a> {
    /// Reports unknown keys, missing keys and values of the wrong kind. `owner` names the
    /// code or class of a table without a `code` key of its own.
    pub fn new(table: &'a Table, keys: &[Key], owner: Option<String>, errors: &'a mut Vec<Error>) -> Self {
        let header = header(&table.name, table.array);
        let code = table.entry("code");
        let title = match (owner, code.map(|entry| &entry.value)) {
            (Some(owner), _) => format!("{header} of {owner}"),
            (None, Some(Value::Integer(code))) => format!("{header} of code {code}"),
            _ => header,
        };
        for entry in &table.entries {
            let Some(Key(_, kind, _)) = keys.iter().find(|key| key.0 == entry.key) else {
                let known: Vec<String> = keys.iter().map(|key| key.0.to_string()).collect();
                let message = format!(
                    "unknown key `{}` in {title}; expected one of: {}",
                    entry.key,
                    known.join(", ")
                );
                errors.push(Error::at(entry.line, message));
                continue;
            };
            let expected = match (kind, &entry.value) {
                (Integer, Value::Integer(_))
                | (Boolean, Value::Boolean(_))
                | (Text, Value::String(_))
                | (Texts, Value::Array(_))
                | (Quote, Value::String(_) | Value::Array(_))
                | (Date, Value::Date(_))
                | (Links, Value::String(_) | Value::Array(_)) => continue,
                (Integer, _) => "an integer",
                (Boolean, _) => "true or false",
                (Text, _) => "a string",
                (Texts, _) => "an array of strings",
                (Quote, _) => "a string, or an array of strings",
                (Date, _) => "a date such as 2026-11-13 (unquoted)",
                (Links, _) => "a link or an array of links",
            };
            let message = format!(
                "`{}` should be {expected}, not {}",
                entry.key,
                entry.value.type_name()
            );
            errors.push(Error::at(entry.line, message));
        }
        let mut fields = Fields { table, errors, title };
        for Key(name, _, required) in keys {
            if *required {
                fields.require(name);
            }
        }
        fields
    }

    /// Reports `key` missing, where the table lacks it.
    pub fn require(&mut self, key: &str) {
        if self.entry(key).is_none() {
            let message = format!("{} is missing the key `{key}`", self.title);
            self.errors.push(Error::at(self.table.line, message));
        }
    }

    /// The value of `key` and its line.
    fn entry(&self, key: &str) -> Option<(&'a Value, usize)> {
        let entry = self.table.entry(key)?;
        Some((&entry.value, entry.line))
    }

    pub fn integer(&self, key: &str) -> Option<(i64, usize)> {
        match self.entry(key)? {
            (Value::Integer(value), line) => Some((*value, line)),
            _ => None,
        }
    }

    pub fn boolean(&self, key: &str) -> Option<bool> {
        match self.entry(key)? {
            (Value::Boolean(value), _) => Some(*value),
            _ => None,
        }
    }

    pub fn string(&self, key: &str) -> Option<(String, usize)> {
        match self.entry(key)? {
            (Value::String(text), line) => Some((text.clone(), line)),
            _ => None,
        }
    }

    /// The strings of an array, with the key's line.
    pub fn strings(&self, key: &str) -> (Vec<String>, usize) {
        match self.entry(key) {
            Some((Value::Array(items), line)) => (items.clone(), line),
            _ => (Vec::new(), 0),
        }
    }

    /// A string alone or the strings of an array (a `Quote` or `Links` key), with the key's line.
    pub fn one_or_more(&self, key: &str) -> Option<(Vec<String>, usize)> {
        match self.entry(key)? {
            (Value::String(text), line) => Some((vec![text.clone()], line)),
            (Value::Array(items), line) => Some((items.clone(), line)),
            _ => None,
        }
    }

    /// A date-like value as written; whether it is a date is the caller's check.
    pub fn date(&self, key: &str) -> Option<(String, usize)> {
        match self.entry(key)? {
            (Value::Date(text), line) => Some((text.clone(), line)),
            _ => None,
        }
    }

    /// A string that has to be one of `choices`, by their codes.toml spelling.
    pub fn choice<T: Copy>(&mut self, key: &str, choices: &[(&str, T)]) -> Option<(T, usize)> {
        let (text, line) = self.string(key)?;
        let found = choices.iter().find(|(name, _)| *name == text);
        if found.is_none() {
            let names: Vec<String> = choices.iter().map(|(name, _)| format!("\"{name}\"")).collect();
            let message = format!("`{key}` is \"{text}\"; expected one of {}", names.join(", "));
            self.errors.push(Error::at(line, message));
        }
        found.map(|&(_, value)| (value, line))
    }
}
