//! codes.toml text -> validated records, each with the line it came from.
//!
//! No I/O here: the build script calls [`parse`] on the file's text, and the tests call it
//! on broken variants of that text (through `#[path = "../build/parse.rs"]`).
//!
//! Reading happens in two passes. `read.rs` reads the TOML text into plain tables of keys
//! and values; `Checker`, here, turns those into records and says what is wrong with them.
//! Every problem becomes an [`Error`], and all of them are returned together, so one build
//! shows every mistake in the file (every syntax error, or, in a file that is valid TOML,
//! every problem with what it says).

use std::fmt;

#[path = "advice.rs"]
pub mod advice;
#[path = "../src/fold.rs"]
pub mod fold;
#[path = "read.rs"]
pub mod read;
#[path = "spelling.rs"]
pub mod spelling;

use advice::Owner;
pub use advice::{Header, Retry, RETRY_CHOICES};
use read::{read_tables, Entry, Lines, Table, Value};
pub use spelling::Spelling;

/// What codes.toml holds, checked.
#[derive(Debug)]
pub struct Codes {
    /// One per `[[status]]` table, in ascending order of code.
    pub statuses: Vec<Status>,
    /// The five `[[class]]` tables, in order of their first digit.
    pub classes: Vec<Class>,
    /// The `[invalid]` table.
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
    pub registry: Registry,
    pub deprecated: bool,
    pub cacheable: bool,
    pub content: bool,
    pub redirect: Option<Redirect>,
    pub former: Vec<String>,
    /// The date a temporary registration expires, `YYYY-MM-DD`.
    pub expires: Option<String>,
    pub retry: Retry,
    /// The line of the `retry` key, where there is one.
    pub retry_line: Option<usize>,
    /// Its `[[status.header]]` tables, in file order.
    pub headers: Vec<Header>,
    /// The phrases of its `[[spelling]]` tables that `from_reason` finds alone.
    pub spellings: Vec<String>,
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
    /// The `retry` of the class's unregistered codes, and the line of the key.
    pub retry: Retry,
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
    pub retry: Retry,
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
    /// The source's own words for what the number means, verbatim. Nothing is generated
    /// from it: it is evidence for reviewers, and the tests find it in the source.
    #[allow(dead_code)]
    pub quote: Option<String>,
}

/// The `phrase` and `phrase_origin` keys.
#[derive(Debug)]
pub struct Phrase {
    pub text: String,
    pub origin: PhraseOrigin,
}

/// Whose words a phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseOrigin {
    /// The vendor's own, from its documentation, source or error pages.
    Vendor,
    /// The name people commonly use where the vendor gives none.
    Label,
}

/// The `seen` key: where the number shows up. The names match `httpcodes::Seen`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    Response,
    ServerLog,
    ClientSide,
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
/// variant name, the former phrases and the server spellings `from_reason` finds alone.
/// Keys repeat where two texts fold alike.
pub fn lookup_keys(status: &Status) -> impl Iterator<Item = (String, &str)> {
    let texts = [&status.reason, &status.name]
        .into_iter()
        .chain(&status.former)
        .chain(&status.spellings);
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
    "expires",
    "retry",
];
const CLASS_KEYS: &[&str] = &[
    "digit",
    "name",
    "description",
    "unregistered",
    "reference",
    "retry",
];
const INVALID_KEYS: &[&str] = &["reason", "description", "reference", "retry"];

/// The table a `[[status.header]]` or `[[class.header]]` table belongs to: TOML adds it to
/// the last `[[status]]` or `[[class]]` above it, and codes.toml insists that this is the
/// table right above it, so the header tables of a code are never far from its keys.
#[derive(Clone, Copy)]
enum Parent {
    None,
    /// A `[[status]]` table, and whether it was valid.
    Status(bool),
    /// A `[[class]]` table, and whether it was valid.
    Class(bool),
}
const UNOFFICIAL_KEYS: &[&str] = &[
    "code",
    "vendor",
    "product",
    "phrase",
    "phrase_origin",
    "seen",
    "sent_as",
    "description",
    "url",
    "quote",
];

/// The longest vendor or product name, in bytes: they head the docs table's rows.
pub const MAX_VENDOR: usize = 60;

/// The variant that holds every code codes.toml does not list; no code may take its name.
const CATCH_ALL: &str = "Unregistered";

impl Checker {
    fn error(&mut self, line: usize, message: String) {
        self.errors.push(Error { line, message });
    }

    fn codes(&mut self, tables: &[Table]) -> Codes {
        let mut statuses: Vec<Status> = Vec::new();
        let mut classes: Vec<Class> = Vec::new();
        let mut invalid = Vec::new();
        let mut parent = Parent::None;
        let mut unofficial = Vec::new();
        let mut spellings = Vec::new();
        for table in tables {
            let above = parent;
            if !matches!(table.name.as_str(), "status.header" | "class.header") {
                parent = Parent::None;
            }
            match (table.name.as_str(), table.array, above) {
                ("", false, _) => {
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
                ("status", true, _) => {
                    let status = self.status(table);
                    parent = Parent::Status(status.is_some());
                    statuses.extend(status);
                }
                ("class", true, _) => {
                    let class = self.class(table);
                    parent = Parent::Class(class.is_some());
                    classes.extend(class);
                }
                ("invalid", false, _) => invalid.extend(self.invalid(table)),
                ("unofficial", true, _) => unofficial.extend(self.unofficial(table)),
                ("spelling", true, _) => spellings.extend(self.spelling(table)),
                ("status.header", true, Parent::Status(valid)) => {
                    let status = statuses.last_mut().filter(|_| valid);
                    let owner = status.as_ref().map_or(Owner::Unknown, |s| Owner::Status(s.code));
                    let header = self.header(table, owner);
                    if let Some(status) = status {
                        status.headers.extend(header);
                    }
                }
                ("class.header", true, Parent::Class(valid)) => {
                    let class = classes.last_mut().filter(|_| valid);
                    let owner = class.as_ref().map_or(Owner::Unknown, |c| Owner::Class(c.digit));
                    let header = self.header(table, owner);
                    if let Some(class) = class {
                        class.headers.extend(header);
                    }
                }
                ("status.header" | "class.header", true, _) => {
                    let owner = table.name.trim_end_matches(".header");
                    self.error(
                        table.line,
                        format!("[[{}]] has to follow the [[{owner}]] table it belongs to (or another [[{0}]] of it)", table.name),
                    );
                }
                (
                    "status" | "class" | "status.header" | "class.header" | "unofficial" | "spelling",
                    false,
                    _,
                ) => {
                    self.error(
                        table.line,
                        format!(
                            "[{0}] should be [[{0}]]: there is one table per entry",
                            table.name
                        ),
                    );
                }
                ("invalid", true, _) => {
                    self.error(
                        table.line,
                        "[[invalid]] should be [invalid]: there is only one".to_string(),
                    );
                }
                (name, ..) => {
                    self.error(
                        table.line,
                        format!("unknown table `{name}`; expected [[status]], [[status.header]], [[class]], [[class.header]], [invalid], [[unofficial]] or [[spelling]]"),
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
                retry: Retry::Transient,
            }
        });
        statuses.sort_by_key(|status: &Status| status.code);
        self.check_unique(&statuses, &invalid);
        self.check_class_retry(&statuses, &classes);
        self.check_header_fields(&statuses, &classes);
        let unofficial = self.check_unofficial(unofficial, &statuses);
        let spellings =
            self.check_spellings(spellings, &mut statuses, &unofficial, &classes, &invalid.reason);
        Codes {
            statuses,
            classes,
            invalid,
            unofficial,
            spellings,
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
            false,
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
            false,
            &[
                ("may-change-to-get", Redirect::MayChangeToGet),
                ("change-to-get", Redirect::ChangeToGet),
                ("preserve", Redirect::Preserve),
            ],
        );
        let former = fields.strings("former", false);
        let expires = fields.date("expires");
        let needs_retry = code.is_some_and(|(code, _)| advice::needs_retry(code / 100));
        let retry = fields.choice("retry", needs_retry, RETRY_CHOICES);
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
        let registry = registry.map_or(Registry::Assigned, |(registry, _)| registry);
        // A value of the wrong type has had its error; do not call it missing as well.
        let expires_written = table.entries.iter().any(|entry| entry.key == "expires");
        let expires = match (expires, expires_written) {
            (None, true) => None,
            (expires, _) => self.expiry(code, registry, expires, at),
        };
        let retry_line = retry.map(|(_, line)| line);
        let retry = self.retry(Owner::Status(code), retry);
        Some(Status {
            line: at,
            code,
            name,
            reason,
            description,
            reference,
            url,
            registry,
            deprecated,
            cacheable,
            content: content.unwrap_or(true),
            redirect: redirect.map(|(redirect, _)| redirect),
            former: former.into_iter().map(|(phrase, _)| phrase).collect(),
            expires,
            retry,
            retry_line,
            headers: Vec::new(),
            spellings: Vec::new(),
        })
    }

    fn class(&mut self, table: &Table) -> Option<Class> {
        let mut fields = Fields::new(self, table, CLASS_KEYS);
        let digit = fields.integer("digit", true);
        let name = fields.string("name", true);
        let description = fields.string("description", true);
        let unregistered = fields.string("unregistered", true);
        let reference = fields.string("reference", true);
        let needs_retry = digit.is_some_and(|(digit, _)| advice::needs_retry(digit));
        let retry = fields.choice("retry", needs_retry, RETRY_CHOICES);
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
        let retry_line = retry.map(|(_, line)| line);
        let retry = self.retry(Owner::Class(digit), retry);
        Some(Class {
            digit,
            name,
            description,
            unregistered,
            reference,
            url,
            retry,
            retry_line,
            headers: Vec::new(),
        })
    }

    fn invalid(&mut self, table: &Table) -> Option<Invalid> {
        let mut fields = Fields::new(self, table, INVALID_KEYS);
        let reason = fields.string("reason", true);
        let description = fields.string("description", true);
        let reference = fields.string("reference", true);
        let retry = fields.choice("retry", true, RETRY_CHOICES);
        fields.finish();
        let (reason, line) = reason?;
        self.check_phrase(0, "reason", &reason, line);
        let (description, line) = description?;
        self.check_description(0, &description, line);
        let (reference, url) = self.reference(0, reference?);
        let retry = self.retry(Owner::Invalid, retry);
        Some(Invalid {
            reason,
            description,
            reference,
            url,
            retry,
        })
    }

    fn unofficial(&mut self, table: &Table) -> Option<Unofficial> {
        let mut fields = Fields::new(self, table, UNOFFICIAL_KEYS);
        let code = fields.integer("code", true);
        let vendor = fields.string("vendor", true);
        let product = fields.string("product", false);
        let phrase = fields.string("phrase", false);
        let origin = fields.choice(
            "phrase_origin",
            false,
            &[("vendor", PhraseOrigin::Vendor), ("label", PhraseOrigin::Label)],
        );
        let seen = fields.choice(
            "seen",
            true,
            &[
                ("response", Seen::Response),
                ("server-log", Seen::ServerLog),
                ("client-side", Seen::ClientSide),
            ],
        );
        let sent_as = fields.integer("sent_as", false);
        let description = fields.string("description", true);
        let url = fields.string("url", true);
        let quote = fields.string("quote", false);
        fields.finish();

        let (code, code_line) = code?;
        let Ok(code) = u16::try_from(code) else {
            let message = format!(
                "[[unofficial]] code {code} is outside 0..=65535, the numbers a status code can have"
            );
            self.error(code_line, message);
            return None;
        };
        let (vendor, vendor_line) = vendor?;
        self.check_name(code, "vendor", &vendor, vendor_line);
        if let Some((product, line)) = &product {
            self.check_name(code, "product", product, *line);
        }
        let has_origin = table.entries.iter().any(|entry| entry.key == "phrase_origin");
        let phrase = match (phrase, origin) {
            (Some((text, line)), origin) => {
                self.check_phrase(code, "phrase", &text, line);
                match origin {
                    Some((origin, _)) => Some(Phrase { text, origin }),
                    None => {
                        if !has_origin {
                            let message = format!("{}a phrase needs `phrase_origin`: \"vendor\" for the vendor's own words, \"label\" for a common name where the vendor gives none", code_subject(code));
                            self.error(line, message);
                        }
                        None
                    }
                }
            }
            (None, Some((_, line))) => {
                let message = format!(
                    "{}`phrase_origin` without a `phrase`; leave both out where nobody names the code",
                    code_subject(code)
                );
                self.error(line, message);
                None
            }
            (None, None) => None,
        };
        let (seen, _) = seen?;
        let sent_as = match sent_as {
            None => None,
            Some((_, line)) if seen != Seen::ServerLog => {
                let message = format!("{}`sent_as` belongs only to entries with seen = \"server-log\": it names the code the client receives in place of a logged one", code_subject(code));
                self.error(line, message);
                None
            }
            Some((value, line)) => match u16::try_from(value) {
                Ok(sent @ 100..=599) => Some((sent, line)),
                _ => {
                    self.error(
                        line,
                        format!("{}`sent_as` {value} is outside 100..=599", code_subject(code)),
                    );
                    None
                }
            },
        };
        let (description, description_line) = description?;
        self.check_description(code, &description, description_line);
        if phrase
            .as_ref()
            .is_some_and(|phrase| phrase.text.trim() == description.trim())
        {
            let message = format!("{}the description only repeats the phrase", code_subject(code));
            self.error(description_line, message);
        }
        let (url, url_line) = url?;
        self.check_url(code, &url, url_line);
        Some(Unofficial {
            line: table.line,
            code,
            vendor,
            product: product.map(|(product, _)| product),
            phrase,
            seen,
            sent_as,
            description,
            url,
            quote: quote.map(|(quote, _)| quote),
        })
    }

    /// One entry per number and vendor, one spelling per vendor (so that a lookup by vendor
    /// finds all of its entries), no description twice, and `sent_as` a code this file lists.
    fn check_unofficial(&mut self, mut entries: Vec<Unofficial>, statuses: &[Status]) -> Vec<Unofficial> {
        // In file order, so that an error lands on the later of two tables.
        let mut errors = Vec::new();
        for (at, entry) in entries.iter().enumerate() {
            let code = entry.code;
            let earlier = &entries[..at];
            let same_vendor = |other: &&Unofficial| other.vendor.eq_ignore_ascii_case(&entry.vendor);
            if let Some(first) = earlier
                .iter()
                .filter(same_vendor)
                .find(|other| other.vendor != entry.vendor)
            {
                let message = format!(
                    "[[unofficial]] of code {code}: vendor `{}` is spelt `{}` at line {}; spell it the same way everywhere",
                    entry.vendor, first.vendor, first.line
                );
                errors.push((entry.line, message));
            } else if let Some(first) = earlier
                .iter()
                .filter(same_vendor)
                .find(|other| other.code == code)
            {
                let message = format!(
                    "[[unofficial]] of code {code}: vendor `{}` already has an entry for this code (line {})",
                    entry.vendor, first.line
                );
                errors.push((entry.line, message));
            }
            if let Some(first) = earlier
                .iter()
                .find(|other| other.description == entry.description)
            {
                let message = format!(
                    "[[unofficial]] of code {code}: the description is the same as that of code {} (line {})",
                    first.code, first.line
                );
                errors.push((entry.line, message));
            }
            if let Some((sent, line)) = entry.sent_as {
                if !statuses.iter().any(|status| status.code == sent) {
                    let message = format!("[[unofficial]] of code {code}: `sent_as` {sent} has no [[status]] table; the client receives a registered code");
                    errors.push((line, message));
                }
            }
        }
        for (line, message) in errors {
            self.error(line, message);
        }
        entries.sort_by_key(|entry| entry.code);
        entries
    }

    /// A vendor or product name: it heads a row of the docs table and is what
    /// `Unofficial::by_vendor` matches.
    fn check_name(&mut self, code: u16, what: &str, name: &str, line: usize) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || " -.,()/'&".contains(c);
        let subject = code_subject(code);
        if name.trim().is_empty() {
            self.error(line, format!("{subject}the {what} is empty"));
        } else if let Some(bad) = name.chars().find(|&c| !allowed(c)) {
            self.error(line, format!("{subject}the {what} `{name}` contains {bad:?}; use ASCII letters, digits, spaces and - . , ( ) / ' &"));
        } else if name.trim() != name || name.contains("  ") {
            self.error(line, format!("{subject}the {what} `{name}` has stray spaces"));
        } else if name.len() > MAX_VENDOR {
            let message = format!(
                "{subject}the {what} `{name}` is {} bytes long; at most {MAX_VENDOR} fit",
                name.len()
            );
            self.error(line, message);
        }
    }

    /// A source link: `https://`, a host, and nothing that would break a Markdown link.
    fn check_url(&mut self, code: u16, url: &str, line: usize) {
        let host = url
            .strip_prefix("https://")
            .map(|rest| rest.split('/').next().unwrap_or(""));
        let bad = url
            .chars()
            .find(|&c| !c.is_ascii_graphic() || "<>\"`|{}\\^".contains(c));
        let problem = match (host, bad) {
            (None, _) => "does not start with `https://`".to_string(),
            (Some(""), _) => "has no host after `https://`".to_string(),
            (_, Some(bad)) => format!("contains {bad:?}"),
            _ => return,
        };
        let message = format!(
            "{}the url `{url}` {problem}; give the https:// address of the page that documents the code",
            code_subject(code)
        );
        self.error(line, message);
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

impl Checker {
    /// The `expires` key: IANA gives every temporary registration an end date (RFC 7120
    /// Section 3.2 lets an early allocation lapse after a year unless it is renewed), and
    /// only a temporary registration has one.
    fn expiry(
        &mut self,
        code: u16,
        registry: Registry,
        expires: Option<(String, usize)>,
        table_line: usize,
    ) -> Option<String> {
        match (registry, expires) {
            (Registry::Temporary, None) => {
                let message = format!("code {code}: a temporary registration needs `expires`, the date the registry gives for its end (an unquoted date such as 2026-11-13)");
                self.error(table_line, message);
                None
            }
            (Registry::Temporary, Some((date, line))) => {
                if let Err(problem) = check_date(&date) {
                    self.error(line, format!("code {code}: `expires` is {date}; {problem}"));
                }
                Some(date)
            }
            (_, Some((date, line))) => {
                let message = format!("code {code}: `expires = {date}` belongs only to a temporary registration (`registry = \"temporary\"`)");
                self.error(line, message);
                None
            }
            (_, None) => None,
        }
    }
}

/// `Ok` for a calendar date written `YYYY-MM-DD`; otherwise what is wrong with it.
fn check_date(text: &str) -> Result<(), &'static str> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(at, b)| at == 4 || at == 7 || b.is_ascii_digit());
    if !shape {
        return Err("expected a date alone, YYYY-MM-DD");
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err("the month is not 01 to 12"),
    };
    match (1..=days).contains(&day) {
        true => Ok(()),
        false => Err("that month has no such day"),
    }
}

/// "code 404: ", or nothing for the tables that belong to no code.
fn subject(code: u16) -> String {
    match code {
        0 => String::new(),
        _ => format!("code {code}: "),
    }
}

/// "code 499: " for an `[[unofficial]]` entry, where 0 is a number like any other.
fn code_subject(code: u16) -> String {
    format!("code {code}: ")
}

/// The fields of one table, taken by name; whatever is left at the end is unknown.
struct Fields<'a> {
    checker: &'a mut Checker,
    table: &'a Table,
    known: &'static [&'static str],
    taken: Vec<&'a str>,
    /// Whose table this is, for tables without a `code` of their own: "code 404".
    owner: Option<String>,
}

impl<'a> Fields<'a> {
    fn new(checker: &'a mut Checker, table: &'a Table, known: &'static [&'static str]) -> Self {
        Fields {
            checker,
            table,
            known,
            taken: Vec::new(),
            owner: None,
        }
    }

    /// Names the code or class a table without a `code` key belongs to, for messages.
    fn belonging_to(mut self, owner: Option<String>) -> Self {
        self.owner = owner;
        self
    }

    /// `[[status]] of code 404`: the table, and its code when it has one.
    fn header(&self) -> String {
        let name = &self.table.name;
        let header = if self.table.array {
            format!("[[{name}]]")
        } else {
            format!("[{name}]")
        };
        if let Some(owner) = &self.owner {
            return format!("{header} of {owner}");
        }
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

    fn strings(&mut self, key: &'static str, required: bool) -> Vec<(String, usize)> {
        let Some(entry) = self.get(key, required) else {
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

    fn choice<T: Copy>(
        &mut self,
        key: &'static str,
        required: bool,
        choices: &[(&str, T)],
    ) -> Option<(T, usize)> {
        let (text, line) = self.string(key, required)?;
        let found = choices.iter().find(|(name, _)| *name == text);
        if found.is_none() {
            let names: Vec<String> = choices.iter().map(|(name, _)| format!("\"{name}\"")).collect();
            let message = format!("`{key}` is \"{text}\"; expected one of {}", names.join(", "));
            self.checker.error(line, message);
        }
        found.map(|&(_, value)| (value, line))
    }

    /// A TOML date-time value, as written; whether it is a date is the caller's check.
    fn date(&mut self, key: &'static str) -> Option<(String, usize)> {
        let entry = self.get(key, false)?;
        match &entry.value {
            Value::DateTime(text) => Some((text.clone(), entry.line)),
            _ => {
                self.wrong_type(entry, "a date such as 2026-11-13 (unquoted)");
                None
            }
        }
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
