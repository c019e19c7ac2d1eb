//! The records the checker makes of codes.toml and the emitters write out: plain data,
//! each value already checked, named with the library's own types (`src/vocab.rs`).

use std::fmt;

use super::fold;
use super::vocab::{RedirectMethod, RegistryStatus, Requirement, RetryAdvice, Seen};

/// What codes.toml holds, checked.
#[derive(Debug)]
pub struct Codes {
    /// One per `[[status]]` table, in ascending order of code.
    pub statuses: Vec<Status>,
    /// The five `[[class]]` tables, in order of their first digit.
    pub classes: Vec<Class>,
    pub invalid: Invalid,
    /// One per `[[unofficial]]` table, ordered by code, then as in the file.
    pub unofficial: Vec<Unofficial>,
    /// One per `[[spelling]]` table, ordered by code, then as in the file.
    pub spellings: Vec<Spelling>,
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
    pub registry: RegistryStatus,
    pub deprecated: bool,
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<RedirectMethod>,
    pub former: Vec<String>,
    /// The date a temporary registration expires, `YYYY-MM-DD`.
    pub expires: Option<String>,
    pub retry: RetryAdvice,
    /// The line of the `retry` key, where there is one.
    pub retry_line: Option<usize>,
    /// A cache must not store a response with this code (RFC 6585 for 428, 429, 431, 511).
    pub must_not_be_stored: bool,
    /// Its `[[status.header]]` tables, in file order.
    pub headers: Vec<Header>,
    /// The phrases of its `[[spelling]]` tables that `from_reason` finds alone.
    pub spellings: Vec<String>,
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
    /// The `retry` of the class's unregistered codes, and the line of the key.
    pub retry: RetryAdvice,
    pub retry_line: Option<usize>,
    /// Its `[[class.header]]` tables: fields that go with every code of the class.
    pub headers: Vec<Header>,
}

/// The `[invalid]` table: what a number outside 100..=599 says about itself.
#[derive(Debug)]
pub struct Invalid {
    pub reason: String,
    pub description: String,
    pub reference: String,
    pub url: String,
    pub retry: RetryAdvice,
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

/// One `[[unofficial]]` table: what a vendor means by a number the registry does not give
/// it, such as nginx's 499 (or, like Microsoft's 451, a second meaning of a registered one).
#[derive(Debug)]
pub struct Unofficial {
    pub line: usize,
    pub code: u16,
    pub vendor: String,
    pub product: Option<String>,
    pub phrase: Option<Phrase>,
    pub seen: Seen,
    /// For a number only logged: the registered code the client receives instead, and the
    /// line of the `sent_as` key.
    pub sent_as: Option<(u16, usize)>,
    pub description: String,
    pub url: String,
}

/// One `[[spelling]]` table: a reason phrase that real servers send for a code where its
/// own phrases, folded, do not cover it (nginx's "405 Not Allowed"). `FromStr` accepts it
/// after its number; `from_reason` finds it alone where it names that code only.
#[derive(Debug)]
pub struct Spelling {
    pub line: usize,
    pub code: u16,
    /// As the servers send it, after the number and its space.
    pub phrase: String,
    /// The line of the `phrase` key, where the checks that compare tables point.
    pub phrase_line: usize,
    /// The servers that send it, by display name.
    pub servers: Vec<String>,
    /// Links to the lines of the server source files that hold it.
    pub sources: Vec<String>,
    /// Whether `from_reason` finds the phrase alone: false where codes.toml says so, where
    /// another code has a spelling or vendor phrase that folds alike, or where the code has
    /// no `[[status]]` table (`from_reason` finds registered codes only).
    pub alone: bool,
    /// The `from_reason` key, where there is one.
    pub written_alone: Option<bool>,
}

/// The `phrase` and `phrase_origin` keys.
#[derive(Debug)]
pub struct Phrase {
    pub text: String,
    pub origin: PhraseOrigin,
}

/// Whose words a phrase is; the library keeps only whether they are the vendor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseOrigin {
    /// The vendor's own, from its documentation, source or error pages.
    Vendor,
    /// The name people commonly use where the vendor gives none.
    Label,
}

impl PhraseOrigin {
    /// codes.toml's `phrase_origin` values.
    pub const SPELLINGS: [(&'static str, PhraseOrigin); 2] =
        [("vendor", PhraseOrigin::Vendor), ("label", PhraseOrigin::Label)];
}

impl Codes {
    /// The class record of a code in 100..=599.
    pub fn class_of(&self, code: u16) -> &Class {
        &self.classes[usize::from(code / 100 - 1)]
    }

    /// The header tables of a status, then those of its class.
    pub fn headers_of<'a>(&'a self, status: &'a Status) -> Vec<&'a Header> {
        status
            .headers
            .iter()
            .chain(&self.class_of(status.code).headers)
            .collect()
    }
}

/// One problem in codes.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub line: usize,
    pub message: String,
}

impl Error {
    pub fn at(line: usize, message: String) -> Self {
        Error { line, message }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "codes.toml:{}: {}", self.line, self.message)
    }
}

/// The lookup key of a phrase or variant name: what `StatusCode::from_reason` matches.
pub fn lookup_key(phrase: &str) -> String {
    let folded = phrase.bytes().map(fold::fold).filter(|&b| b != fold::SKIP);
    String::from_utf8(folded.collect()).expect("folding only removes or lowercases ASCII")
}

/// Every lookup key of a status, with the text it comes from: the reason phrase, the
/// variant name, the former phrases and the server spellings `from_reason` finds alone.
/// Keys repeat where two texts fold alike.
pub fn lookup_keys(status: &Status) -> impl Iterator<Item = (String, &str)> {
    let texts = [&status.reason, &status.name]
        .into_iter()
        .chain(&status.former)
        .chain(&status.spellings);
    texts.map(|text| (lookup_key(text), text.as_str()))
}
