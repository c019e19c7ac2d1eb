//! Stage two: tables -> checked records (`model.rs`), with every rule codes.toml has to
//! follow. Which keys a table has is `schema.rs`'s list; what the values mean is decided
//! here. Every problem becomes an [`Error`] on its line, and all of them are returned
//! together, so one build shows every mistake in the file.

use std::fmt;

use super::model::*;
use super::schema::{self, Fields};
use super::toml::{self, Table};
use super::vocab::{RedirectMethod, RegistryStatus, Requirement, RetryAdvice, Seen};

#[path = "check_spelling.rs"]
mod spelling;
#[path = "check_text.rs"]
mod text;

use text::{sorted, subject, Checker};

/// The longest description codes.toml may hold, in bytes.
pub const MAX_DESCRIPTION: usize = 400;
/// The longest `condition`, in bytes: a phrase, not a description.
pub const MAX_CONDITION: usize = 160;
/// The variant that holds every code codes.toml does not list; no code may take its name.
const CATCH_ALL: &str = "Unregistered";

/// Reads and checks codes.toml: the records, or every problem found, sorted by line.
pub fn parse(text: &str) -> Result<Codes, Vec<Error>> {
    // Past a syntax error the tables are guesses, and checking them would mostly report
    // the same mistake again as missing keys.
    let tables = toml::read(text)?;
    let mut checker = Checker { errors: Vec::new() };
    let codes = checker.codes(&tables);
    let errors = checker.errors;
    if errors.is_empty() {
        return Ok(codes);
    }
    let mut errors = sorted(errors, |error| error.line);
    errors.dedup();
    Err(errors)
}

/// Whose table is being checked, for messages and for the rules that depend on the class.
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

    /// The code, or the class's first code, that [`subject`] names in messages.
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

/// The evidence keys of one fact, as a table has them: `<fact>_quote` and `<fact>_reference`,
/// each with its line.
struct Evidence {
    fact: &'static str,
    quote: Option<(Vec<String>, usize)>,
    reference: Option<(String, usize)>,
}

impl Evidence {
    /// The evidence of every fact that `keys`, the table's schema, lists a `<fact>_quote` for.
    fn read(fields: &Fields<'_>, keys: &[schema::Key]) -> Vec<Self> {
        let facts = keys.iter().filter_map(|key| key.0.strip_suffix("_quote"));
        let read = |fact| Evidence {
            fact,
            quote: fields.one_or_more(&format!("{fact}_quote")),
            reference: fields.string(&format!("{fact}_reference")),
        };
        facts.map(read).collect()
    }
}

impl Checker {
    fn codes(&mut self, tables: &[Table]) -> Codes {
        let (mut statuses, mut classes, mut invalid, mut unofficial) = (vec![], vec![], vec![], vec![]);
        // The table a header table belongs to, and whether it was valid. TOML adds a
        // `[[status.header]]` to the last `[[status]]` above it; codes.toml insists that
        // this is the table right above it, so a code's header tables stay near its keys.
        let mut parent: Option<(&str, bool)> = None;
        let mut spellings = Vec::new();
        for table in tables {
            let (name, above) = (table.name.as_str(), parent.take());
            match (name, table.array) {
                ("", false) => {
                    for entry in &table.entries {
                        let key = &entry.key;
                        let message = format!("key `{key}` outside any table; put it in a [[status]] table");
                        self.error(entry.line, message);
                    }
                }
                ("status", true) => {
                    let status = self.status(table);
                    parent = Some(("status", status.is_some()));
                    statuses.extend(status);
                }
                ("class", true) => {
                    let class = self.class(table);
                    parent = Some(("class", class.is_some()));
                    classes.extend(class);
                }
                ("invalid", false) => invalid.extend(self.invalid(table).map(|found| (found, table.line))),
                ("unofficial", true) => unofficial.extend(self.unofficial(table)),
                ("spelling", true) => spellings.extend(self.spelling(table)),
                ("status.header" | "class.header", true) => {
                    let owner_table = name.trim_end_matches(".header");
                    parent = above;
                    let Some((_, valid)) = above.filter(|(kind, _)| *kind == owner_table) else {
                        let message = format!("[[{name}]] has to follow the [[{owner_table}]] table it belongs to (or another [[{name}]] of it)");
                        self.error(table.line, message);
                        continue;
                    };
                    let found = match (owner_table, valid) {
                        (_, false) => None,
                        ("status", _) => statuses
                            .last_mut()
                            .map(|s| (Owner::Status(s.code), &mut s.headers)),
                        _ => classes
                            .last_mut()
                            .map(|c| (Owner::Class(c.digit), &mut c.headers)),
                    };
                    let owner = found.as_ref().map_or(Owner::Unknown, |(owner, _)| *owner);
                    let header = self.header(table, owner);
                    if let Some((_, headers)) = found {
                        headers.extend(header);
                    }
                }
                ("invalid", true) => {
                    let message = "[[invalid]] should be [invalid]: there is only one";
                    self.error(table.line, message.into());
                }
                _ if schema::TABLES.contains(&(name, true)) => {
                    let message = format!("[{name}] should be [[{name}]]: there is one table per entry");
                    self.error(table.line, message);
                }
                _ => {
                    let message = format!("unknown table `{name}`; expected {}", schema::table_list());
                    self.error(table.line, message);
                }
            }
        }
        let classes = self.check_classes(classes);
        if let Some((_, line)) = invalid.get(1) {
            self.error(*line, "[invalid] appears twice".into());
        }
        let invalid = match invalid.into_iter().next() {
            Some((invalid, _)) => invalid,
            None => {
                let message = "no [invalid] table: the text for numbers outside 100..=599 is missing";
                self.error(1, message.into());
                // A stand-in, so that the other tables are still checked.
                Invalid {
                    reason: String::new(),
                    description: String::new(),
                    reference: String::new(),
                    url: String::new(),
                    retry: RetryAdvice::Transient,
                }
            }
        };
        let mut statuses = sorted(statuses, |status: &Status| usize::from(status.code));
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
        let (former, former_line) = fields.strings("former");
        let expires = fields.date("expires");
        if code.is_some_and(|(code, _)| needs_retry(code / 100)) {
            fields.require("retry");
        }
        let retry = fields.choice("retry", &RetryAdvice::SPELLINGS);
        let must_not_be_stored = fields.boolean("must_not_be_stored").unwrap_or(false);
        let evidence = Evidence::read(&fields, schema::STATUS);

        let ((code, code_line), at) = (code?, table.line);
        let Ok(code @ 100..=599) = u16::try_from(code) else {
            self.error(code_line, format!("code {code} is outside 100..=599"));
            return None;
        };
        self.check_evidence(Owner::Status(code), table, evidence);
        let (name, name_line) = name?;
        if !is_variant_name(&name) {
            self.error(name_line, format!("code {code}: name `{name}` is not an UpperCamelCase identifier (an ASCII capital, then ASCII letters and digits)"));
        } else if name == CATCH_ALL {
            let message = format!(
                "code {code}: name `{CATCH_ALL}` is taken by the variant for codes that are not listed"
            );
            self.error(name_line, message);
        }
        let (reason, reason_line) = reason?;
        self.check_phrase(code, "reason", &reason, reason_line);
        let (description, description_line) = description?;
        self.check_prose(&subject(code), "description", &description, description_line);
        if description.trim() == reason.trim() {
            let message = format!("code {code}: the description only repeats the reason phrase");
            self.error(description_line, message);
        }
        let (reference, url) = self.reference(code, reference?);
        if code < 200 && content != Some(false) {
            self.error(at, format!("code {code}: a 1xx response never has content (RFC 9110 Section 15.2); add `content = false`"));
        }
        if let Some((_, line)) = redirect.filter(|_| code / 100 != 3) {
            self.error(line, format!("code {code}: `redirect` belongs only to 3xx codes"));
        }
        for phrase in &former {
            self.check_phrase(code, "former phrase", phrase, former_line);
        }
        let registry = registry.map_or(RegistryStatus::Assigned, |(registry, _)| registry);
        // A value of the wrong type has had its error; do not call it missing as well.
        let expires = match (expires, table.has("expires")) {
            (None, true) => None,
            (expires, _) => self.expiry(code, registry, expires, at),
        };
        let retry_line = retry.map(|(_, line)| line);
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
            former,
            expires,
            retry: self.retry(Owner::Status(code), retry),
            retry_line,
            must_not_be_stored,
            headers: Vec::new(),
            spellings: Vec::new(),
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
        let evidence = Evidence::read(&fields, schema::CLASS);

        let (digit, digit_line) = digit?;
        let Ok(digit @ 1..=5) = u8::try_from(digit) else {
            self.error(digit_line, format!("class digit {digit} is outside 1..=5"));
            return None;
        };
        self.check_evidence(Owner::Class(digit), table, evidence);
        let code = u16::from(digit) * 100;
        let (name, name_line) = name?;
        self.check_phrase(code, "class name", &name, name_line);
        let (description, line) = description?;
        self.check_prose(&subject(code), "description", &description, line);
        let (unregistered, line) = unregistered?;
        self.check_prose(&subject(code), "description", &unregistered, line);
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
        let evidence = Evidence::read(&fields, schema::INVALID);
        self.check_evidence(Owner::Invalid, table, evidence);
        let (reason, line) = reason?;
        self.check_phrase(0, "reason", &reason, line);
        let (description, line) = description?;
        self.check_prose("", "description", &description, line);
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

    /// One `[[status.header]]` or `[[class.header]]` table.
    fn header(&mut self, table: &Table, owner: Owner) -> Option<Header> {
        let known = matches!(owner, Owner::Status(_) | Owner::Class(_));
        let title = known.then(|| owner.to_string());
        let mut fields = Fields::new(table, schema::HEADER, title, &mut self.errors);
        let (names, names_line) = fields.strings("fields");
        let requirement = fields.choice("requirement", &Requirement::SPELLINGS);
        let condition = fields.string("condition");
        let reference = fields.string("reference");
        if let Some((texts, line)) = fields.one_or_more("quote") {
            self.check_quote(owner, "quote", &texts, line);
        }

        if let Some(line) = table.empty_array("fields") {
            let message = format!("{owner}: `fields` is empty; name at least one header field");
            self.error(line, message);
        }
        for (at, name) in names.iter().enumerate() {
            if !is_field_name(name) {
                let message = format!("{owner}: `{name}` is not a header field name (RFC 9110 Section 5.1: letters, digits and !#$%&'*+-.^_`|~)");
                self.error(names_line, message);
            } else if names[..at].iter().any(|seen| seen.eq_ignore_ascii_case(name)) {
                self.error(names_line, format!("{owner}: `{name}` appears twice in `fields`"));
            }
        }
        let (condition, condition_line) = condition?;
        self.check_prose(&format!("{owner}: "), "condition", &condition, condition_line);
        let (reference, url) = self.reference(owner.code(), reference?);
        Some(Header {
            line: table.line,
            fields: names,
            requirement: requirement?.0,
            condition,
            reference,
            url,
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
        // Unlike elsewhere, 0 is a number like any other here.
        let subject = format!("code {code}: ");
        let (vendor, vendor_line) = vendor?;
        self.check_name(&subject, "vendor", &vendor, vendor_line);
        if let Some((product, line)) = &product {
            self.check_name(&subject, "product", product, *line);
        }
        let phrase = match (phrase, origin) {
            (Some((text, line)), origin) => {
                self.check_phrase(code, "phrase", &text, line);
                if origin.is_none() && !table.has("phrase_origin") {
                    self.error(line, format!("{subject}a phrase needs `phrase_origin`: \"vendor\" for the vendor's own words, \"label\" for a common name where the vendor gives none"));
                }
                origin.map(|(origin, _)| Phrase { text, origin })
            }
            (None, Some((_, line))) => {
                let message = format!(
                    "{subject}`phrase_origin` without a `phrase`; leave both out where nobody names the code"
                );
                self.error(line, message);
                None
            }
            (None, None) => None,
        };
        let (seen, _) = seen?;
        let sent_as = match sent_as {
            None => None,
            Some((_, line)) if !matches!(seen, Seen::ServerLog | Seen::ServerConfig) => {
                self.error(line, format!("{subject}`sent_as` belongs only to entries with seen = \"server-log\" or \"server-config\": it names the code the client receives in place of that number"));
                None
            }
            Some((value, line)) => match u16::try_from(value) {
                Ok(sent @ 100..=599) => Some((sent, line)),
                _ => {
                    self.error(line, format!("{subject}`sent_as` {value} is outside 100..=599"));
                    None
                }
            },
        };
        let (description, description_line) = description?;
        self.check_prose(
            &self::subject(code),
            "description",
            &description,
            description_line,
        );
        if phrase
            .as_ref()
            .is_some_and(|phrase| phrase.text.trim() == description.trim())
        {
            let message = format!("{subject}the description only repeats the phrase");
            self.error(description_line, message);
        }
        let (url, url_line) = url?;
        self.check_url(&subject, &url, url_line);
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
                self.error(table_line, format!("code {code}: a temporary registration needs `expires`, the date the registry gives for its end (an unquoted date such as 2026-11-13)"));
                None
            }
            (RegistryStatus::Temporary, Some((date, line))) => {
                if let Err(problem) = check_date(&date) {
                    self.error(line, format!("code {code}: `expires` is {date}; {problem}"));
                }
                Some(date)
            }
            (_, Some((date, line))) => {
                self.error(line, format!("code {code}: `expires = {date}` belongs only to a temporary registration (`registry = \"temporary\"`)"));
                None
            }
            (_, None) => None,
        }
    }

    fn check_classes(&mut self, classes: Vec<Class>) -> Vec<Class> {
        let mut classes = sorted(classes, |class| usize::from(class.digit));
        for pair in classes.windows(2).filter(|pair| pair[0].digit == pair[1].digit) {
            self.error(
                1,
                format!("class digit {} has two [[class]] tables", pair[0].digit),
            );
        }
        classes.dedup_by_key(|class| class.digit);
        for digit in (1..=5).filter(|&digit| !classes.iter().any(|class| class.digit == digit)) {
            self.error(1, format!("no [[class]] table for digit {digit} ({digit}xx)"));
        }
        classes
    }

    /// Codes, names, descriptions and lookup keys each name one status only. (Plain
    /// searches, not hash maps: for 64 codes they are as quick, and they keep the build
    /// script, which every downstream build compiles, small.)
    fn check_unique(&mut self, statuses: &[Status], invalid: &Invalid) {
        let mut keys: Vec<(String, &str, &Status)> = Vec::new();
        for (at, status) in statuses.iter().enumerate() {
            let (code, earlier) = (status.code, &statuses[..at]);
            if let Some(first) = earlier.iter().find(|s| s.code == code) {
                let message = format!("code {code} is listed twice (first at line {})", first.line);
                self.error(status.line, message);
                continue;
            }
            if let Some(first) = earlier.iter().find(|s| s.name == status.name) {
                let (name, first_code, first_line) = (&status.name, first.code, first.line);
                let message =
                    format!("code {code}: name `{name}` is taken by code {first_code} (line {first_line})");
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
                        let (first_code, first_line) = (first.code, first.line);
                        let message = format!("code {code}: `{text}` and `{first_text}` of code {first_code} (line {first_line}) are the same lookup key `{key}`");
                        self.error(status.line, message);
                    }
                    None => keys.push((key, text, status)),
                }
            }
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
                let digit = class.digit;
                let (ours, theirs) = (retry_spelling(class.retry), retry_spelling(status.retry));
                let message = format!("class {digit}xx: `retry` is \"{ours}\", but RFC 9110 Section 15 handles an unregistered code as {first}, whose `retry` is \"{theirs}\" (line {})", status.line);
                self.error(class_line, message);
            }
        }
    }

    /// A field listed twice among one code's own header tables, or twice among a class's,
    /// would show twice in `header_fields()` for one reason. A code's table and its class's
    /// may both name a field: they state two rules (206 must repeat the Date a 200 would
    /// have had; every 2xx from an origin server with a clock must have one).
    fn check_header_fields(&mut self, statuses: &[Status], classes: &[Class]) {
        let own = statuses
            .iter()
            .map(|status| (Owner::Status(status.code), &status.headers));
        let of_class = classes
            .iter()
            .map(|class| (Owner::Class(class.digit), &class.headers));
        for (owner, headers) in own.chain(of_class) {
            for (at, header) in headers.iter().enumerate() {
                // Twice in one table is `header`'s error; here only earlier tables count.
                for name in &header.fields {
                    let names =
                        |earlier: &&Header| earlier.fields.iter().any(|f| f.eq_ignore_ascii_case(name));
                    if let Some(first) = headers[..at].iter().find(names) {
                        let message = format!(
                            "{owner}: header field `{name}` is listed twice (first at line {})",
                            first.line
                        );
                        self.error(header.line, message);
                    }
                }
            }
        }
    }

    /// A `<fact>_quote` needs its fact, and a `<fact>_reference` its quote; the quote is
    /// checked for shape only (tests find its words in the vendored source).
    fn check_evidence(&mut self, owner: Owner, table: &Table, evidence: Vec<Evidence>) {
        for Evidence {
            fact,
            quote,
            reference,
        } in evidence
        {
            let quote_key = format!("{fact}_quote");
            if let Some((texts, line)) = &quote {
                self.check_quote(owner, &quote_key, texts, *line);
                if !table.has(fact) {
                    let message = format!(
                        "{owner}: `{quote_key}` quotes the evidence for `{fact}`, which this table does not have"
                    );
                    self.error(*line, message);
                }
            }
            if let Some((reference, line)) = reference {
                if !table.has(&quote_key) {
                    let message = format!(
                        "{owner}: `{fact}_reference` names where `{quote_key}` is found; add the quote"
                    );
                    self.error(line, message);
                }
                self.reference(owner.code(), (reference, line));
            }
        }
    }

    /// A `quote` value: the source's words, so not empty, and one line of it per string.
    fn check_quote(&mut self, owner: Owner, key: &str, texts: &[String], line: usize) {
        let problem = if texts.is_empty() {
            "is an empty array"
        } else if texts.iter().any(|text| text.trim().is_empty()) {
            "holds an empty string"
        } else if texts.iter().any(|text| text.chars().any(char::is_control)) {
            "holds a control character; give each sentence as one line of plain text"
        } else {
            return;
        };
        self.error(
            line,
            format!("{owner}: `{key}` {problem}; quote the source's own words"),
        );
    }

    /// One entry per number and vendor, one spelling per vendor (so that a lookup by vendor
    /// finds all of its entries), no description twice, and `sent_as` a code this file lists.
    fn check_unofficial(&mut self, entries: Vec<Unofficial>, statuses: &[Status]) -> Vec<Unofficial> {
        // In file order, so that an error lands on the later of two tables.
        for (at, entry) in entries.iter().enumerate() {
            let (code, vendor, earlier) = (entry.code, &entry.vendor, &entries[..at]);
            let mut same_vendor = earlier
                .iter()
                .filter(|other| other.vendor.eq_ignore_ascii_case(vendor));
            if let Some(first) = same_vendor.clone().find(|other| other.vendor != *vendor) {
                let (spelt, line) = (&first.vendor, first.line);
                let message = format!("[[unofficial]] of code {code}: vendor `{vendor}` is spelt `{spelt}` at line {line}; spell it the same way everywhere");
                self.error(entry.line, message);
            } else if let Some(first) = same_vendor.find(|other| other.code == code) {
                let message = format!("[[unofficial]] of code {code}: vendor `{vendor}` already has an entry for this code (line {})", first.line);
                self.error(entry.line, message);
            }
            if let Some(first) = earlier
                .iter()
                .find(|other| other.description == entry.description)
            {
                let (first_code, line) = (first.code, first.line);
                let message = format!("[[unofficial]] of code {code}: the description is the same as that of code {first_code} (line {line})");
                self.error(entry.line, message);
            }
            if let Some((sent, line)) = entry
                .sent_as
                .filter(|(sent, _)| !statuses.iter().any(|s| s.code == *sent))
            {
                let message = format!("[[unofficial]] of code {code}: `sent_as` {sent} has no [[status]] table; the client receives a registered code");
                self.error(line, message);
            }
        }
        sorted(entries, |entry| usize::from(entry.code))
    }

    /// A reason, former or class phrase: letters, digits, spaces, hyphens and apostrophes,
    /// so that it folds to a key of letters and digits.
    fn check_phrase(&mut self, code: u16, what: &str, phrase: &str, line: usize) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || " -'".contains(c);
        let listed = "ASCII letters, digits, spaces, hyphens and apostrophes";
        self.check_words(&subject(code), what, phrase, line, allowed, listed);
    }

    /// A description or condition: one plain line, not empty and not too long.
    fn check_prose(&mut self, subject: &str, what: &str, text: &str, line: usize) {
        let (max, note) = match what {
            "condition" => (MAX_CONDITION, ", as it is a short phrase"),
            _ => (MAX_DESCRIPTION, ""),
        };
        let problem = if text.trim().is_empty() {
            "is empty".to_string()
        } else if text.len() > max {
            format!("is {} bytes long; at most {max} fit{note}", text.len())
        } else if text.chars().any(char::is_control) {
            "contains a control character; keep it to one plain line".to_string()
        } else {
            return;
        };
        self.error(line, format!("{subject}the {what} {problem}"));
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
}

/// Whether a table for codes with this first digit needs a `retry` key: all but 1xx to 3xx
/// (and those outside 1 to 5, which are refused anyway).
fn needs_retry(digit: i64) -> bool {
    !(1..=3).contains(&digit)
}

/// How codes.toml writes a `retry` value.
fn retry_spelling(retry: RetryAdvice) -> &'static str {
    let found = RetryAdvice::SPELLINGS.iter().find(|(_, value)| *value == retry);
    found.map_or("(none: not an error)", |(name, _)| name)
}

/// `Ok` for a calendar date written `YYYY-MM-DD`; otherwise what is wrong with it.
fn check_date(text: &str) -> Result<(), &'static str> {
    let bytes = text.as_bytes();
    let digits = bytes
        .iter()
        .enumerate()
        .all(|(at, b)| at == 4 || at == 7 || b.is_ascii_digit());
    if !(bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' && digits) {
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

/// An UpperCamelCase Rust identifier: an ASCII capital, then ASCII letters and digits.
fn is_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// A field name is a token (RFC 9110 Section 5.1 and 5.6.2).
fn is_field_name(name: &str) -> bool {
    let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    !name.is_empty() && name.bytes().all(tchar)
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
