//! Stage two: tables -> checked records (`model.rs`), with every rule codes.toml has to
//! follow. Every problem becomes an [`Error`] naming its line, and all of them are
//! returned together, so one build shows every mistake in the file.

use std::fmt;

use super::model::*;
use super::schema::{self, Fields};
use super::toml::{self, Table, Value};
use super::vocab::{RedirectMethod, RegistryStatus, Requirement, RetryAdvice, Seen};

/// The longest description codes.toml may hold, in bytes.
pub const MAX_DESCRIPTION: usize = 400;

/// Reads and checks codes.toml: the records, or every problem found, sorted by line.
pub fn parse(text: &str) -> Result<Codes, Vec<Error>> {
    // Past a syntax error the tables are guesses, and checking them would mostly report
    // the same mistake again as missing keys.
    let tables = toml::read(text)?;
    let mut checker = Checker { errors: Vec::new() };
    let codes = checker.codes(&tables);
    let mut errors = checker.errors;
    if errors.is_empty() {
        return Ok(codes);
    }
    errors.sort_by_key(|error| error.line);
    errors.dedup();
    Err(errors)
}

/// Pass two: tables -> records, with every check codes.toml has to pass.
struct Checker {
    errors: Vec<Error>,
}

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
                ("status" | "class" | "status.header" | "class.header" | "unofficial", false, _) => {
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
                        format!("unknown table `{name}`; expected [[status]], [[status.header]], [[class]], [[class.header]], [invalid] or [[unofficial]]"),
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
                retry: RetryAdvice::Transient,
            }
        });
        statuses.sort_by_key(|status: &Status| status.code);
        self.check_unique(&statuses, &invalid);
        self.check_class_retry(&statuses, &classes);
        self.check_header_fields(&statuses, &classes);
        let unofficial = self.check_unofficial(unofficial, &statuses);
        Codes {
            statuses,
            classes,
            invalid,
            unofficial,
        }
    }

    fn status(&mut self, table: &Table) -> Option<Status> {
        let mut fields = Fields::new(table, schema::STATUS, None, &mut self.errors);
        let code = fields.integer("code");
        let name = fields.string("name");
        let reason = fields.string("reason");
        let description = fields.string("description");
        let reference = fields.string("reference");
        let registry = fields.choice("registry", &RegistryStatus::SPELLINGS);
        let deprecated = fields.boolean("deprecated").unwrap_or(false);
        let cacheable = fields.boolean("cacheable").unwrap_or(false);
        let content = fields.boolean("content");
        let redirect = fields.choice("redirect", &RedirectMethod::SPELLINGS);
        let former = fields.strings("former");
        let expires = fields.date("expires");
        if code.is_some_and(|(code, _)| needs_retry(code / 100)) {
            fields.require("retry");
        }
        let retry = fields.choice("retry", &RetryAdvice::SPELLINGS);

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
        let registry = registry.map_or(RegistryStatus::Assigned, |(registry, _)| registry);
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
        })
    }

    fn class(&mut self, table: &Table) -> Option<Class> {
        let mut fields = Fields::new(table, schema::CLASS, None, &mut self.errors);
        let digit = fields.integer("digit");
        let name = fields.string("name");
        let description = fields.string("description");
        let unregistered = fields.string("unregistered");
        let reference = fields.string("reference");
        if digit.is_some_and(|(digit, _)| needs_retry(digit)) {
            fields.require("retry");
        }
        let retry = fields.choice("retry", &RetryAdvice::SPELLINGS);
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
        let mut fields = Fields::new(table, schema::INVALID, None, &mut self.errors);
        let reason = fields.string("reason");
        let description = fields.string("description");
        let reference = fields.string("reference");
        let retry = fields.choice("retry", &RetryAdvice::SPELLINGS);
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
        let mut fields = Fields::new(table, schema::UNOFFICIAL, None, &mut self.errors);
        let code = fields.integer("code");
        let vendor = fields.string("vendor");
        let product = fields.string("product");
        let phrase = fields.string("phrase");
        let origin = fields.choice("phrase_origin", &PhraseOrigin::SPELLINGS);
        let seen = fields.choice("seen", &Seen::SPELLINGS);
        let sent_as = fields.integer("sent_as");
        let description = fields.string("description");
        let url = fields.string("url");

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
        registry: RegistryStatus,
        expires: Option<(String, usize)>,
        table_line: usize,
    ) -> Option<String> {
        match (registry, expires) {
            (RegistryStatus::Temporary, None) => {
                let message = format!("code {code}: a temporary registration needs `expires`, the date the registry gives for its end (an unquoted date such as 2026-11-13)");
                self.error(table_line, message);
                None
            }
            (RegistryStatus::Temporary, Some((date, line))) => {
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

/// The longest `condition` codes.toml may hold, in bytes: a phrase, not a description.
pub const MAX_CONDITION: usize = 160;

/// Whose `retry` or header table is being checked, for messages and for the rules that
/// depend on the class.
#[derive(Clone, Copy)]
enum Owner {
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
    fn retry(&mut self, owner: Owner, found: Option<(RetryAdvice, usize)>) -> RetryAdvice {
        match (owner.digit(), found) {
            (Some(digit @ 1..=3), Some((_, line))) => {
                let message = format!("{owner}: `retry` belongs only to 4xx and 5xx codes; a {digit}xx response reports no failure");
                self.error(line, message);
                RetryAdvice::NotAnError
            }
            (Some(1..=3), None) => RetryAdvice::NotAnError,
            (_, Some((retry, _))) => retry,
            (_, None) => RetryAdvice::Never,
        }
    }

    /// RFC 9110 Section 15: a client handles a code it does not recognise as the x00 code
    /// of its class, so a class's `retry` is that of its x00 code.
    fn check_class_retry(&mut self, statuses: &[Status], classes: &[Class]) {
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
                    spelling(class.retry),
                    spelling(status.retry),
                    status.line
                );
                self.error(class_line, message);
            }
        }
    }

    /// One `[[status.header]]` or `[[class.header]]` table.
    fn header(&mut self, table: &Table, owner: Owner) -> Option<Header> {
        let known = matches!(owner, Owner::Status(_) | Owner::Class(_));
        let mut fields = Fields::new(
            table,
            schema::HEADER,
            known.then(|| owner.to_string()),
            &mut self.errors,
        );
        let names = fields.strings("fields");
        let requirement = fields.choice("requirement", &Requirement::SPELLINGS);
        let condition = fields.string("condition");
        let reference = fields.string("reference");

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

    /// A field listed twice for one code, by its own header tables or its class's, would
    /// show twice in `header_fields()`.
    fn check_header_fields(&mut self, statuses: &[Status], classes: &[Class]) {
        for status in statuses {
            let class = classes
                .iter()
                .find(|class| u16::from(class.digit) == status.code / 100);
            let class_headers = class.map_or(&[][..], |class| &class.headers[..]);
            let mut seen: Vec<(&str, usize)> = Vec::new();
            for header in status.headers.iter().chain(class_headers) {
                for name in &header.fields {
                    match seen
                        .iter()
                        .find(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
                    {
                        // Twice in one table: `header` has said so.
                        Some((_, first)) if *first == header.line => {}
                        Some((_, first)) => {
                            let message = format!(
                                "code {}: header field `{name}` is listed twice (first at line {first})",
                                status.code
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
fn needs_retry(digit: i64) -> bool {
    !(1..=3).contains(&digit)
}

/// How codes.toml writes a `retry` value.
fn spelling(retry: RetryAdvice) -> &'static str {
    let found = RetryAdvice::SPELLINGS.iter().find(|(_, value)| *value == retry);
    found.map_or("(none: not an error)", |(name, _)| name)
}

/// A field name is a token (RFC 9110 Section 5.1 and 5.6.2).
fn is_field_name(name: &str) -> bool {
    let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    !name.is_empty() && name.bytes().all(tchar)
}
