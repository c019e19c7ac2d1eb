//! The parts of codes.toml that tell a client what to do next: the `retry` key (on every
//! `[[status]]` and `[[class]]` table and on `[invalid]`), and the `[[status.header]]` and
//! `[[class.header]]` tables, which list the header fields a response carries.

use std::fmt;

use super::read::{Table, Value};
use super::{Checker, Class, Fields, Status};

/// The `retry` key: whether sending the same request again can help. The variants are
/// named as those of the library's `RetryAdvice`, which the generated code names by `{:?}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retry {
    NotAnError,
    Transient,
    OnAnotherConnection,
    AfterHandshake,
    IfTemporary,
    AfterUserAction,
    AfterChange,
    AfterNetworkLogin,
    Never,
}

/// The values `retry` takes in codes.toml.
/// Not `NotAnError`: that is what every 1xx, 2xx and 3xx code gets, and no other.
pub const RETRY_CHOICES: &[(&str, Retry)] = &[
    ("transient", Retry::Transient),
    ("another-connection", Retry::OnAnotherConnection),
    ("after-handshake", Retry::AfterHandshake),
    ("if-temporary", Retry::IfTemporary),
    ("after-user-action", Retry::AfterUserAction),
    ("after-change", Retry::AfterChange),
    ("after-network-login", Retry::AfterNetworkLogin),
    ("never", Retry::Never),
];

impl Retry {
    /// How codes.toml writes it.
    pub fn name(self) -> &'static str {
        let found = RETRY_CHOICES.iter().find(|(_, retry)| *retry == self);
        found.map_or("(none: not an error)", |(name, _)| name)
    }
}

/// One `[[status.header]]` or `[[class.header]]` table: header fields that a response
/// with the code carries, and how firmly the specification asks for them.
#[derive(Debug)]
pub struct Header {
    pub line: usize,
    /// Field names, as the specification spells them.
    pub fields: Vec<String>,
    pub requirement: Requirement,
    /// When the fields are sent, or what they say, in a short phrase.
    pub condition: String,
    pub reference: String,
    pub url: String,
}

/// The `requirement` key: the BCP 14 keyword the specification uses for the sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    Must,
    MustNot,
    Should,
    ShouldNot,
    May,
    /// The specification names the field for the code without a BCP 14 keyword.
    NoKeyword,
}

/// The longest `condition` codes.toml may hold, in bytes: a phrase, not a description.
pub const MAX_CONDITION: usize = 160;

const HEADER_KEYS: &[&str] = &["fields", "requirement", "condition", "reference", "quote"];

/// Whose `retry` or header table is being checked, for messages and for the rules that
/// depend on the class.
#[derive(Clone, Copy)]
pub(super) enum Owner {
    Status(u16),
    Class(u8),
    Invalid,
    /// A header table under a `[[status]]` or `[[class]]` table too broken to say.
    Unknown,
}

impl Owner {
    /// The first digit of the codes concerned; `None` for invalid numbers.
    fn digit(self) -> Option<u8> {
        match self {
            Owner::Status(code) => u8::try_from(code / 100).ok(),
            Owner::Class(digit) => Some(digit),
            Owner::Invalid | Owner::Unknown => None,
        }
    }

    /// The code, or the class's first code, that `Checker::reference` names in messages.
    fn code(self) -> u16 {
        match self {
            Owner::Status(code) => code,
            Owner::Class(digit) => u16::from(digit) * 100,
            Owner::Invalid | Owner::Unknown => 0,
        }
    }
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::Status(code) => write!(f, "code {code}"),
            Owner::Class(digit) => write!(f, "class {digit}xx"),
            Owner::Invalid => f.write_str("[invalid]"),
            Owner::Unknown => f.write_str("a header table"),
        }
    }
}

impl Checker {
    /// The `retry` key, which only 4xx and 5xx codes and invalid numbers (server errors,
    /// RFC 9110 Section 15) have: a 1xx, 2xx or 3xx response reports no failure, so there
    /// is nothing to repeat. Where the key is missing, `Fields` has said so, and the table
    /// is kept, with a stand-in, so that its other keys are still checked.
    pub(super) fn retry(&mut self, owner: Owner, found: Option<(Retry, usize)>) -> Retry {
        match (owner.digit(), found) {
            (Some(digit @ 1..=3), Some((_, line))) => {
                let message = format!("{owner}: `retry` belongs only to 4xx and 5xx codes; a {digit}xx response reports no failure");
                self.error(line, message);
                Retry::NotAnError
            }
            (Some(1..=3), None) => Retry::NotAnError,
            (_, Some((retry, _))) => retry,
            (_, None) => Retry::Never,
        }
    }

    /// RFC 9110 Section 15: a client handles a code it does not recognise as the x00 code
    /// of its class, so a class's `retry` is that of its x00 code.
    pub(super) fn check_class_retry(&mut self, statuses: &[Status], classes: &[Class]) {
        for class in classes {
            let first = u16::from(class.digit) * 100;
            let Some(status) = statuses.iter().find(|status| status.code == first) else {
                continue;
            };
            // Where either key is missing, that is the error already reported.
            let (Some(class_line), Some(_)) = (class.retry_line, status.retry_line) else {
                continue;
            };
            if status.retry != class.retry {
                let message = format!(
                    "class {}xx: `retry` is \"{}\", but RFC 9110 Section 15 handles an unregistered code as {first}, whose `retry` is \"{}\" (line {})",
                    class.digit,
                    class.retry.name(),
                    status.retry.name(),
                    status.line
                );
                self.error(class_line, message);
            }
        }
    }

    /// One `[[status.header]]` or `[[class.header]]` table.
    pub(super) fn header(&mut self, table: &Table, owner: Owner) -> Option<Header> {
        let known = matches!(owner, Owner::Status(_) | Owner::Class(_));
        let mut fields = Fields::new(self, table, HEADER_KEYS).belonging_to(known.then(|| owner.to_string()));
        let names = fields.strings("fields", true);
        let requirement = fields.choice(
            "requirement",
            true,
            &[
                ("must", Requirement::Must),
                ("must-not", Requirement::MustNot),
                ("should", Requirement::Should),
                ("should-not", Requirement::ShouldNot),
                ("may", Requirement::May),
                ("no-keyword", Requirement::NoKeyword),
            ],
        );
        let condition = fields.string("condition", true);
        let reference = fields.string("reference", true);
        fields.quote("quote");
        fields.finish();

        let empty = table.entries.iter().find(|entry| {
            entry.key == "fields" && matches!(&entry.value, Value::Array(items) if items.is_empty())
        });
        if let Some(entry) = empty {
            let message = format!("{owner}: `fields` is empty; name at least one header field");
            self.error(entry.line, message);
        }
        for (at, (name, line)) in names.iter().enumerate() {
            if !is_field_name(name) {
                let message = format!("{owner}: `{name}` is not a header field name (RFC 9110 Section 5.1: letters, digits and !#$%&'*+-.^_`|~)");
                self.error(*line, message);
            } else if names[..at]
                .iter()
                .any(|(seen, _)| seen.eq_ignore_ascii_case(name))
            {
                self.error(*line, format!("{owner}: `{name}` appears twice in `fields`"));
            }
        }
        let (condition, condition_line) = condition?;
        self.check_condition(owner, &condition, condition_line);
        let (reference, url) = self.reference(owner.code(), reference?);
        Some(Header {
            line: table.line,
            fields: names.into_iter().map(|(name, _)| name).collect(),
            requirement: requirement?.0,
            condition,
            reference,
            url,
        })
    }

    fn check_condition(&mut self, owner: Owner, text: &str, line: usize) {
        let problem = if text.trim().is_empty() {
            "is empty".to_string()
        } else if text.len() > MAX_CONDITION {
            format!(
                "is {} bytes long; at most {MAX_CONDITION} fit, as it is a short phrase",
                text.len()
            )
        } else if text.chars().any(char::is_control) {
            "contains a control character; keep it to one plain line".to_string()
        } else {
            return;
        };
        self.error(line, format!("{owner}: the condition {problem}"));
    }

    /// A field listed twice among one code's own header tables, or twice among a class's,
    /// would show twice in `header_fields()` for one reason. A code's table and its class's
    /// may both name a field: they state two rules (206 must repeat the Date a 200 would
    /// have had; every 2xx from an origin server with a clock must have one).
    pub(super) fn check_header_fields(&mut self, statuses: &[Status], classes: &[Class]) {
        let own = statuses
            .iter()
            .map(|status| (format!("code {}", status.code), &status.headers));
        let of_class = classes
            .iter()
            .map(|class| (format!("class {}xx", class.digit), &class.headers));
        for (owner, headers) in own.chain(of_class) {
            let mut seen: Vec<(&str, usize)> = Vec::new();
            for header in headers {
                for name in &header.fields {
                    match seen
                        .iter()
                        .find(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
                    {
                        // Twice in one table: `header` has said so.
                        Some((_, first)) if *first == header.line => {}
                        Some((_, first)) => {
                            let message = format!(
                                "{owner}: header field `{name}` is listed twice (first at line {first})"
                            );
                            self.error(header.line, message);
                        }
                        None => seen.push((name, header.line)),
                    }
                }
            }
        }
    }
}

/// Whether a table for codes with this first digit needs a `retry` key: all but 1xx to 3xx
/// (and those outside 1 to 5, which are refused anyway).
pub(super) fn needs_retry(digit: i64) -> bool {
    !(1..=3).contains(&digit)
}

/// A field name is a token (RFC 9110 Section 5.1 and 5.6.2).
fn is_field_name(name: &str) -> bool {
    let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    !name.is_empty() && name.bytes().all(tchar)
}
