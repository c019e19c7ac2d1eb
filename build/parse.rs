//! codes.toml text -> validated records, each with the line it came from.
//!
//! No I/O here: the build script calls [`parse`] on the file's text, and the tests call it
//! on broken variants of that text (through `#[path = "../build/parse.rs"]`).
//!
//! Reading happens in two passes. `read.rs` turns the TOML event stream of `toml_parser`
//! into plain tables of keys and values; `Checker`, here, turns those into records and
//! says what is wrong with them. Every problem becomes an [`Error`], and all of them
//! are returned together, so one build shows every mistake in the file (every syntax
//! error, or, in a file that is valid TOML, every problem with what it says).

use std::fmt;

#[path = "../src/fold.rs"]
pub mod fold;
#[path = "read.rs"]
mod read;

use read::{read_tables, Entry, Lines, Table, Value};

/// What codes.toml holds, checked.
#[derive(Debug)]
pub struct Codes {
    /// One per `[[status]]` table, in ascending order of code.
    pub statuses: Vec<Status>,
    /// The five `[[class]]` tables, in order of their first digit.
    pub classes: Vec<Class>,
    /// The `[invalid]` table.
    pub invalid: Invalid,
}

/// One `[[status]]` table.
#[derive(Debug)]
pub struct Status {
    pub line: usize,
    pub code: u16,
    pub name: String,
    pub reason: String,
    pub description: String,
    pub reference: String,
    /// Where `reference` can be read, derived from it.
    pub url: String,
    pub registry: Registry,
    pub deprecated: bool,
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub former: Vec<String>,
}

/// The `registry` key: how the IANA registry lists a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registry {
    Assigned,
    Temporary,
    Unused,
    Obsoleted,
}

/// The `redirect` key: what following the redirect does to the request method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redirect {
    MayChangeToGet,
    ChangeToGet,
    Preserve,
}

/// One `[[class]]` table.
#[derive(Debug)]
pub struct Class {
    pub digit: u8,
    pub name: String,
    pub description: String,
    pub unregistered: String,
    pub reference: String,
    pub url: String,
}

/// The `[invalid]` table: what a number outside 100..=599 says about itself.
#[derive(Debug)]
pub struct Invalid {
    pub reason: String,
    pub description: String,
    pub reference: String,
    pub url: String,
}

/// One problem in codes.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "codes.toml:{}: {}", self.line, self.message)
    }
}

/// The longest description codes.toml may hold, in bytes.
pub const MAX_DESCRIPTION: usize = 400;

/// Reads and checks codes.toml.
pub fn parse(text: &str) -> Result<Codes, Vec<Error>> {
    let lines = Lines::new(text);
    let mut errors = Vec::new();
    let tables = read_tables(text, &lines, &mut errors);
    // Past a syntax error the tables are guesses, and checking them would mostly report
    // the same mistake again as missing keys.
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut checker = Checker { errors };
    let codes = checker.codes(&tables);
    let mut errors = checker.errors;
    if errors.is_empty() {
        return Ok(codes);
    }
    errors.sort_by_key(|error| error.line);
    errors.dedup();
    Err(errors)
}

/// The lookup key of a phrase or variant name: what `StatusCode::from_reason` matches.
pub fn lookup_key(phrase: &str) -> String {
    let folded = phrase.bytes().map(fold::fold).filter(|&b| b != fold::SKIP);
    String::from_utf8(folded.collect()).expect("folding only removes or lowercases ASCII")
}

/// Every lookup key of a status, with the text it comes from: the reason phrase, the
/// variant name and the former phrases. Keys repeat where two texts fold alike.
pub fn lookup_keys(status: &Status) -> impl Iterator<Item = (String, &str)> {
    let texts = [&status.reason, &status.name].into_iter().chain(&status.former);
    texts.map(|text| (lookup_key(text), text.as_str()))
}

/// Pass two: tables -> records, with every check codes.toml has to pass.
struct Checker {
    errors: Vec<Error>,
}

const STATUS_KEYS: &[&str] = &[
    "code",
    "name",
    "reason",
    "description",
    "reference",
    "registry",
    "deprecated",
    "cacheable",
    "content",
    "redirect",
    "former",
];
const CLASS_KEYS: &[&str] = &["digit", "name", "description", "unregistered", "reference"];
const INVALID_KEYS: &[&str] = &["reason", "description", "reference"];

/// The variant that holds every code codes.toml does not list; no code may take its name.
const CATCH_ALL: &str = "Unregistered";

impl Checker {
    fn error(&mut self, line: usize, message: String) {
        self.errors.push(Error { line, message });
    }

    fn codes(&mut self, tables: &[Table]) -> Codes {
        let mut statuses = Vec::new();
        let mut classes = Vec::new();
        let mut invalid = Vec::new();
        for table in tables {
            match (table.name.as_str(), table.array) {
                ("", false) => {
                    for entry in &table.entries {
                        self.error(
                            entry.line,
                            format!(
                                "key `{}` outside any table; put it in a [[status]] table",
                                entry.key
                            ),
                        );
                    }
                }
                ("status", true) => statuses.extend(self.status(table)),
                ("class", true) => classes.extend(self.class(table)),
                ("invalid", false) => invalid.extend(self.invalid(table)),
                ("status" | "class", false) => {
                    self.error(
                        table.line,
                        format!(
                            "[{0}] should be [[{0}]]: there is one table per entry",
                            table.name
                        ),
                    );
                }
                ("invalid", true) => {
                    self.error(
                        table.line,
                        "[[invalid]] should be [invalid]: there is only one".to_string(),
                    );
                }
                (name, _) => {
                    self.error(
                        table.line,
                        format!("unknown table `{name}`; expected [[status]], [[class]] or [invalid]"),
                    );
                }
            }
        }
        let classes = self.check_classes(classes);
        if invalid.len() > 1 {
            let line = tables
                .iter()
                .filter(|t| t.name == "invalid")
                .nth(1)
                .map_or(1, |t| t.line);
            self.error(line, "[invalid] appears twice".to_string());
        }
        let invalid = invalid.into_iter().next().unwrap_or_else(|| {
            self.error(
                1,
                "no [invalid] table: the text for numbers outside 100..=599 is missing".to_string(),
            );
            Invalid {
                reason: String::new(),
                description: String::new(),
                reference: String::new(),
                url: String::new(),
            }
        });
        statuses.sort_by_key(|status: &Status| status.code);
        self.check_unique(&statuses, &invalid);
        Codes {
            statuses,
            classes,
            invalid,
        }
    }

    fn status(&mut self, table: &Table) -> Option<Status> {
        let mut fields = Fields::new(self, table, STATUS_KEYS);
        let code = fields.integer("code", true);
        let name = fields.string("name", true);
        let reason = fields.string("reason", true);
        let description = fields.string("description", true);
        let reference = fields.string("reference", true);
        let registry = fields.choice(
            "registry",
            &[
                ("temporary", Registry::Temporary),
                ("unused", Registry::Unused),
                ("obsoleted", Registry::Obsoleted),
            ],
        );
        let deprecated = fields.boolean("deprecated").unwrap_or(false);
        let cacheable = fields.boolean("cacheable").unwrap_or(false);
        let content = fields.boolean("content");
        let redirect = fields.choice(
            "redirect",
            &[
                ("may-change-to-get", Redirect::MayChangeToGet),
                ("change-to-get", Redirect::ChangeToGet),
                ("preserve", Redirect::Preserve),
            ],
        );
        let former = fields.strings("former");
        fields.finish();

        let (code, code_line) = code?;
        let at = table.line;
        let Ok(code @ 100..=599) = u16::try_from(code) else {
            self.error(code_line, format!("code {code} is outside 100..=599"));
            return None;
        };
        let (name, name_line) = name?;
        if !is_variant_name(&name) {
            self.error(name_line, format!("code {code}: name `{name}` is not an UpperCamelCase identifier (an ASCII capital, then ASCII letters and digits)"));
        } else if name == CATCH_ALL {
            self.error(
                name_line,
                format!(
                    "code {code}: name `{CATCH_ALL}` is taken by the variant for codes that are not listed"
                ),
            );
        }
        let (reason, reason_line) = reason?;
        self.check_phrase(code, "reason", &reason, reason_line);
        let (description, description_line) = description?;
        self.check_description(code, &description, description_line);
        if description.trim() == reason.trim() {
            self.error(
                description_line,
                format!("code {code}: the description only repeats the reason phrase"),
            );
        }
        let (reference, url) = self.reference(code, reference?);
        if code < 200 && content != Some(false) {
            self.error(at, format!("code {code}: a 1xx response never has content (RFC 9110 Section 15.2); add `content = false`"));
        }
        if let Some((_, line)) = redirect {
            if code / 100 != 3 {
                self.error(line, format!("code {code}: `redirect` belongs only to 3xx codes"));
            }
        }
        for (phrase, line) in &former {
            self.check_phrase(code, "former phrase", phrase, *line);
        }
        Some(Status {
            line: at,
            code,
            name,
            reason,
            description,
            reference,
            url,
            registry: registry.map_or(Registry::Assigned, |(registry, _)| registry),
            deprecated,
            cacheable,
            content: content.unwrap_or(true),
            redirect: redirect.map(|(redirect, _)| redirect),
            former: former.into_iter().map(|(phrase, _)| phrase).collect(),
        })
    }

    fn class(&mut self, table: &Table) -> Option<Class> {
        let mut fields = Fields::new(self, table, CLASS_KEYS);
        let digit = fields.integer("digit", true);
        let name = fields.string("name", true);
        let description = fields.string("description", true);
        let unregistered = fields.string("unregistered", true);
        let reference = fields.string("reference", true);
        fields.finish();
        let (digit, digit_line) = digit?;
        let Ok(digit @ 1..=5) = u8::try_from(digit) else {
            self.error(digit_line, format!("class digit {digit} is outside 1..=5"));
            return None;
        };
        let code = u16::from(digit) * 100;
        let (name, name_line) = name?;
        self.check_phrase(code, "class name", &name, name_line);
        let (description, line) = description?;
        self.check_description(code, &description, line);
        let (unregistered, line) = unregistered?;
        self.check_description(code, &unregistered, line);
        let (reference, url) = self.reference(code, reference?);
        Some(Class {
            digit,
            name,
            description,
            unregistered,
            reference,
            url,
        })
    }

    fn invalid(&mut self, table: &Table) -> Option<Invalid> {
        let mut fields = Fields::new(self, table, INVALID_KEYS);
        let reason = fields.string("reason", true);
        let description = fields.string("description", true);
        let reference = fields.string("reference", true);
        fields.finish();
        let (reason, line) = reason?;
        self.check_phrase(0, "reason", &reason, line);
        let (description, line) = description?;
        self.check_description(0, &description, line);
        let (reference, url) = self.reference(0, reference?);
        Some(Invalid {
            reason,
            description,
            reference,
            url,
        })
    }

    fn check_classes(&mut self, mut classes: Vec<Class>) -> Vec<Class> {
        classes.sort_by_key(|class| class.digit);
        for pair in classes.windows(2) {
            if pair[0].digit == pair[1].digit {
                self.error(
                    1,
                    format!("class digit {} has two [[class]] tables", pair[0].digit),
                );
            }
        }
        classes.dedup_by_key(|class| class.digit);
        for digit in 1..=5 {
            if !classes.iter().any(|class| class.digit == digit) {
                self.error(1, format!("no [[class]] table for digit {digit} ({digit}xx)"));
            }
        }
        classes
    }

    /// Codes, names, descriptions and lookup keys each name one status only. (Plain
    /// searches, not hash maps: for 64 codes they are as quick, and they keep the build
    /// script, which every downstream build compiles, small.)
    fn check_unique(&mut self, statuses: &[Status], invalid: &Invalid) {
        let mut keys: Vec<(String, &str, &Status)> = Vec::new();
        for (at, status) in statuses.iter().enumerate() {
            let code = status.code;
            let earlier = &statuses[..at];
            if let Some(first) = earlier.iter().find(|s| s.code == code) {
                let message = format!("code {code} is listed twice (first at line {})", first.line);
                self.error(status.line, message);
                continue;
            }
            if let Some(first) = earlier.iter().find(|s| s.name == status.name) {
                let message = format!(
                    "code {code}: name `{}` is taken by code {} (line {})",
                    status.name, first.code, first.line
                );
                self.error(status.line, message);
            }
            if status.description == invalid.description {
                let message = format!("code {code}: the description is the same as that of [invalid]");
                self.error(status.line, message);
            } else if let Some(first) = earlier.iter().find(|s| s.description == status.description) {
                let message = format!(
                    "code {code}: the description is the same as that of code {}",
                    first.code
                );
                self.error(status.line, message);
            }
            for (key, text) in lookup_keys(status) {
                match keys.iter().find(|(seen, ..)| *seen == key) {
                    Some((_, _, first)) if first.code == code => {}
                    Some((_, first_text, first)) => {
                        let message = format!(
                            "code {code}: `{text}` and `{first_text}` of code {} (line {}) are the same lookup key `{key}`",
                            first.code, first.line
                        );
                        self.error(status.line, message);
                    }
                    None => keys.push((key, text, status)),
                }
            }
        }
    }

    /// A reason, former or class phrase: letters, digits, spaces, hyphens and apostrophes,
    /// so that it folds to a key of letters and digits.
    fn check_phrase(&mut self, code: u16, what: &str, phrase: &str, line: usize) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '\'');
        let subject = subject(code);
        if phrase.trim().is_empty() {
            self.error(line, format!("{subject}the {what} is empty"));
        } else if let Some(bad) = phrase.chars().find(|&c| !allowed(c)) {
            self.error(line, format!("{subject}the {what} `{phrase}` contains {bad:?}; use ASCII letters, digits, spaces, hyphens and apostrophes"));
        } else if phrase.trim() != phrase || phrase.contains("  ") {
            self.error(line, format!("{subject}the {what} `{phrase}` has stray spaces"));
        }
    }

    /// A reference and the URL it links to.
    fn reference(&mut self, code: u16, (reference, line): (String, usize)) -> (String, String) {
        let url = reference_url(&reference).unwrap_or_else(|| {
            let message = format!("{}reference `{reference}` is neither `RFC <number>[, Section <n.n>]` nor an Internet-Draft name (`draft-...`)", subject(code));
            self.error(line, message);
            String::new()
        });
        (reference, url)
    }

    fn check_description(&mut self, code: u16, text: &str, line: usize) {
        let subject = subject(code);
        if text.trim().is_empty() {
            self.error(line, format!("{subject}the description is empty"));
        } else if text.len() > MAX_DESCRIPTION {
            self.error(
                line,
                format!(
                    "{subject}the description is {} bytes long; at most {MAX_DESCRIPTION} fit",
                    text.len()
                ),
            );
        } else if text.chars().any(char::is_control) {
            self.error(
                line,
                format!("{subject}the description contains a control character; keep it to one plain line"),
            );
        }
    }
}

/// "code 404: ", or nothing for the tables that belong to no code.
fn subject(code: u16) -> String {
    match code {
        0 => String::new(),
        _ => format!("code {code}: "),
    }
}

/// The fields of one table, taken by name; whatever is left at the end is unknown.
struct Fields<'a> {
    checker: &'a mut Checker,
    table: &'a Table,
    known: &'static [&'static str],
    taken: Vec<&'a str>,
}

impl<'a> Fields<'a> {
    fn new(checker: &'a mut Checker, table: &'a Table, known: &'static [&'static str]) -> Self {
        Fields {
            checker,
            table,
            known,
            taken: Vec::new(),
        }
    }

    /// `[[status]] of code 404`: the table, and its code when it has one.
    fn header(&self) -> String {
        let name = &self.table.name;
        let header = if self.table.array {
            format!("[[{name}]]")
        } else {
            format!("[{name}]")
        };
        let code = self.table.entries.iter().find(|entry| entry.key == "code");
        match code.map(|entry| &entry.value) {
            Some(Value::Integer(code)) => format!("{header} of code {code}"),
            _ => header,
        }
    }

    fn get(&mut self, key: &'static str, required: bool) -> Option<&'a Entry> {
        self.taken.push(key);
        let entry = self.table.entries.iter().find(|entry| entry.key == key);
        if entry.is_none() && required {
            let message = format!("{} is missing the key `{key}`", self.header());
            self.checker.error(self.table.line, message);
        }
        entry
    }

    fn wrong_type(&mut self, entry: &Entry, expected: &str) {
        let message = format!(
            "`{}` should be {expected}, not {}",
            entry.key,
            entry.value.type_name()
        );
        self.checker.error(entry.line, message);
    }

    fn integer(&mut self, key: &'static str, required: bool) -> Option<(i64, usize)> {
        let entry = self.get(key, required)?;
        match entry.value {
            Value::Integer(value) => Some((value, entry.line)),
            _ => {
                self.wrong_type(entry, "an integer");
                None
            }
        }
    }

    fn boolean(&mut self, key: &'static str) -> Option<bool> {
        let entry = self.get(key, false)?;
        match entry.value {
            Value::Boolean(value) => Some(value),
            _ => {
                self.wrong_type(entry, "true or false");
                None
            }
        }
    }

    fn string(&mut self, key: &'static str, required: bool) -> Option<(String, usize)> {
        let entry = self.get(key, required)?;
        self.one_line(entry, &entry.value)
    }

    fn one_line(&mut self, entry: &Entry, value: &Value) -> Option<(String, usize)> {
        match value {
            Value::String(text, true) => Some((text.clone(), entry.line)),
            Value::String(..) => {
                self.wrong_type(entry, "a one-line basic string (\"...\")");
                None
            }
            _ => {
                self.wrong_type(entry, "a string");
                None
            }
        }
    }

    fn strings(&mut self, key: &'static str) -> Vec<(String, usize)> {
        let Some(entry) = self.get(key, false) else {
            return Vec::new();
        };
        match &entry.value {
            Value::Array(items) => items
                .iter()
                .filter_map(|item| self.one_line(entry, item))
                .collect(),
            _ => {
                self.wrong_type(entry, "an array of strings");
                Vec::new()
            }
        }
    }

    fn choice<T: Copy>(&mut self, key: &'static str, choices: &[(&str, T)]) -> Option<(T, usize)> {
        let (text, line) = self.string(key, false)?;
        let found = choices.iter().find(|(name, _)| *name == text);
        if found.is_none() {
            let names: Vec<String> = choices.iter().map(|(name, _)| format!("\"{name}\"")).collect();
            let message = format!("`{key}` is \"{text}\"; expected one of {}", names.join(", "));
            self.checker.error(line, message);
        }
        found.map(|&(_, value)| (value, line))
    }

    /// Reports the keys nobody asked for, such as a typo `descripton`.
    fn finish(self) {
        for entry in &self.table.entries {
            if !self.taken.contains(&entry.key.as_str()) {
                let message = format!(
                    "unknown key `{}` in {}; expected one of: {}",
                    entry.key,
                    self.header(),
                    self.known.join(", ")
                );
                self.checker.error(entry.line, message);
            }
        }
    }
}

/// An UpperCamelCase Rust identifier: an ASCII capital, then ASCII letters and digits.
fn is_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Where a reference can be read: RFC sections link to their anchor on the RFC Editor's
/// site, drafts to the IETF datatracker.
fn reference_url(reference: &str) -> Option<String> {
    if let Some(name) = reference.strip_prefix("draft-") {
        let valid = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        return valid.then(|| format!("https://datatracker.ietf.org/doc/html/{reference}"));
    }
    let rest = reference.strip_prefix("RFC ")?;
    let (number, section) = match rest.split_once(", Section ") {
        Some((number, section)) => (number, Some(section)),
        None => (rest, None),
    };
    let is_number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_number(number) {
        return None;
    }
    let url = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    match section {
        None => Some(url),
        Some(section) if section.split('.').all(is_number) => Some(format!("{url}#section-{section}")),
        Some(_) => None,
    }
}
