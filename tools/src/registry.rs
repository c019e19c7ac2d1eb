//! Compares codes.toml with the IANA HTTP Status Code Registry, read from the CSV file IANA
//! publishes (`http-status-codes-1.csv`), in IANA's own layout.
//!
//! Not part of the build. `tools/tests/registry.rs` runs it on the copy in `tests/data/`,
//! and a maintainer runs it on a fresh download with
//! `cargo run -p httpcodes-tools --bin registry_diff -- http-status-codes-1.csv`.
//!
//! The layout, as IANA writes it: a header `Value,Description,Reference`; one row per
//! code or per range of unassigned codes (`105-199,Unassigned,`); fields quoted when they
//! hold a comma; the registry's status as an annotation in the Description: `(Unused)` in
//! place of a phrase, `(OBSOLETED)` after one, and `(TEMPORARY - registered ..., expires
//! YYYY-MM-DD)` after one. References are bracketed, several in a row where there are
//! several: `[RFC2774][Status change of HTTP experiments to Historic]`. codes.toml holds one
//! reference, an RFC or an Internet-Draft, so the comparison looks at the registry's
//! references of those kinds and leaves the others (notes such as that one) aside.

use std::fmt;

use crate::stages::model::Codes;
use crate::stages::vocab::RegistryStatus as Registry;

/// One code as the registry lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The line of the CSV file the row starts on.
    pub line: usize,
    pub code: u16,
    /// The reason phrase; `None` where the registry has `(Unused)` instead.
    pub phrase: Option<String>,
    pub status: Registry,
    /// The end of a temporary registration, `YYYY-MM-DD`.
    pub expires: Option<String>,
    /// The bracketed references, as written, with `RFC9110` spelled `RFC 9110` as
    /// codes.toml does.
    pub references: Vec<String>,
}

/// A problem with the CSV file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// One way codes.toml and the registry disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The registry lists a code that codes.toml does not.
    MissingFromCodesToml { code: u16, phrase: Option<String> },
    /// codes.toml lists a code that the registry does not assign.
    MissingFromRegistry { code: u16, reason: String },
    Phrase {
        code: u16,
        registry: String,
        codes_toml: String,
    },
    Reference {
        code: u16,
        registry: Vec<String>,
        codes_toml: String,
    },
    Status {
        code: u16,
        registry: Registry,
        codes_toml: Registry,
    },
    Expiry {
        code: u16,
        registry: Option<String>,
        codes_toml: Option<String>,
    },
}

impl Difference {
    pub fn code(&self) -> u16 {
        match self {
            Difference::MissingFromCodesToml { code, .. }
            | Difference::MissingFromRegistry { code, .. }
            | Difference::Phrase { code, .. }
            | Difference::Reference { code, .. }
            | Difference::Status { code, .. }
            | Difference::Expiry { code, .. } => *code,
        }
    }
}

/// How codes.toml writes a registry status (`registry = ...`).
fn status_name(status: Registry) -> &'static str {
    match status {
        Registry::Assigned => "registered (no `registry` key)",
        Registry::Temporary => "\"temporary\"",
        Registry::Unused => "\"unused\"",
        Registry::Obsoleted => "\"obsoleted\"",
    }
}

fn date_or_none(date: &Option<String>) -> &str {
    date.as_deref().unwrap_or("none")
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::MissingFromCodesToml { code, phrase } => {
                let phrase = phrase.as_deref().unwrap_or("(Unused)");
                write!(
                    f,
                    "{code}: the registry lists it as {phrase:?}; codes.toml has no [[status]] table for it"
                )
            }
            Difference::MissingFromRegistry { code, reason } => write!(
                f,
                "{code}: codes.toml lists it as {reason:?}; the registry does not assign it"
            ),
            Difference::Phrase {
                code,
                registry,
                codes_toml,
            } => write!(
                f,
                "{code}: reason phrase {registry:?} in the registry, {codes_toml:?} in codes.toml"
            ),
            Difference::Reference {
                code,
                registry,
                codes_toml,
            } => write!(
                f,
                "{code}: reference {:?} in the registry, {codes_toml:?} in codes.toml",
                registry.join("; ")
            ),
            Difference::Status {
                code,
                registry,
                codes_toml,
            } => write!(
                f,
                "{code}: registry status {} in the registry, {} in codes.toml",
                status_name(*registry),
                status_name(*codes_toml)
            ),
            Difference::Expiry {
                code,
                registry,
                codes_toml,
            } => write!(
                f,
                "{code}: expiry date {} in the registry, {} in codes.toml",
                date_or_none(registry),
                date_or_none(codes_toml)
            ),
        }
    }
}

/// The registry's rows, or every problem with the file.
pub fn read(csv: &str) -> Result<Vec<Entry>, Vec<CsvError>> {
    let mut errors = Vec::new();
    let records = records(csv.strip_prefix('\u{feff}').unwrap_or(csv), &mut errors);
    let mut records = records.into_iter();
    match records.next() {
        Some((_, header)) if header == ["Value", "Description", "Reference"] => {}
        Some((line, header)) => errors.push(CsvError {
            line,
            message: format!(
                "the header is {:?}; IANA's layout starts with Value,Description,Reference",
                header.join(",")
            ),
        }),
        None => errors.push(CsvError {
            line: 1,
            message: "the file is empty".to_string(),
        }),
    }
    let mut entries: Vec<Entry> = Vec::new();
    for (line, fields) in records {
        let [value, description, reference] = &fields[..] else {
            errors.push(CsvError {
                line,
                message: format!(
                    "{} fields; IANA's rows have 3: Value,Description,Reference",
                    fields.len()
                ),
            });
            continue;
        };
        match entry(line, value, description, reference) {
            Ok(None) => {}
            Ok(Some(entry)) => {
                if let Some(first) = entries.iter().find(|seen| seen.code == entry.code) {
                    errors.push(CsvError {
                        line,
                        message: format!(
                            "code {} is listed twice (first at line {})",
                            entry.code, first.line
                        ),
                    });
                } else {
                    entries.push(entry);
                }
            }
            Err(message) => errors.push(CsvError { line, message }),
        }
    }
    match errors.is_empty() {
        true => Ok(entries),
        false => Err(errors),
    }
}

/// One row: `None` for unassigned values, a single code or a range.
fn entry(line: usize, value: &str, description: &str, reference: &str) -> Result<Option<Entry>, String> {
    let description = description.trim();
    let is_code = |text: &str| text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit());
    if description == "Unassigned" {
        let (first, last) = value.split_once('-').unwrap_or((value, value));
        return match is_code(first) && is_code(last) && first <= last {
            true => Ok(None),
            false => Err(format!(
                "value {value:?} is neither a code nor a range of codes such as 105-199"
            )),
        };
    }
    if !is_code(value) {
        return Err(format!("value {value:?} is not a three-digit code"));
    }
    let code = value
        .parse()
        .map_err(|_| format!("value {value:?} is not a code"))?;
    let (phrase, annotation) = match description
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
    {
        Some((phrase, annotation)) => (phrase.trim(), Some(annotation)),
        None => (description, None),
    };
    let phrase = (!phrase.is_empty()).then(|| phrase.to_string());
    let (status, expires) = match annotation {
        None => (Registry::Assigned, None),
        Some("Unused") => (Registry::Unused, None),
        Some("OBSOLETED") => (Registry::Obsoleted, None),
        Some(text) if text.starts_with("TEMPORARY") => (Registry::Temporary, expiry(text)?),
        Some(text) => {
            return Err(format!(
                "code {code}: annotation ({text}) is none of (Unused), (OBSOLETED) and (TEMPORARY - ...); the comparison needs to learn it"
            ))
        }
    };
    if phrase.is_none() && status != Registry::Unused {
        return Err(format!("code {code} has no reason phrase"));
    }
    Ok(Some(Entry {
        line,
        code,
        phrase,
        status,
        expires,
        references: references(reference).map_err(|message| format!("code {code}: {message}"))?,
    }))
}

/// The date after "expires" in a TEMPORARY annotation, if there is one.
fn expiry(annotation: &str) -> Result<Option<String>, String> {
    let Some((_, rest)) = annotation.split_once("expires") else {
        return Ok(None);
    };
    let date: String = rest.trim_start().chars().take(10).collect();
    let bytes = date.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(at, b)| {
            if at == 4 || at == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    match shape {
        true => Ok(Some(date)),
        false => Err(format!("({annotation}) has no YYYY-MM-DD date after \"expires\"")),
    }
}

/// `[RFC9110, Section 15.2.1][Some note]` -> `["RFC 9110, Section 15.2.1", "Some note"]`.
fn references(text: &str) -> Result<Vec<String>, String> {
    let mut rest = text.trim();
    let mut references = Vec::new();
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return Err(format!(
                "reference {text:?} is not a run of [bracketed] references"
            ));
        };
        let Some((reference, after)) = inner.split_once(']') else {
            return Err(format!("reference {text:?} has an unclosed ["));
        };
        let reference = reference.trim();
        references.push(match reference.strip_prefix("RFC") {
            Some(number) if number.starts_with(|c: char| c.is_ascii_digit()) => format!("RFC {number}"),
            _ => reference.to_string(),
        });
        rest = after.trim_start();
    }
    Ok(references)
}

/// The kinds of reference codes.toml holds.
fn is_document(reference: &str) -> bool {
    reference.starts_with("RFC ") || reference.starts_with("draft-")
}

/// Every difference between codes.toml and the registry, by code.
pub fn compare(codes: &Codes, registry: &[Entry]) -> Vec<Difference> {
    let mut differences = Vec::new();
    for entry in registry {
        let code = entry.code;
        let Some(status) = codes.statuses.iter().find(|status| status.code == code) else {
            differences.push(Difference::MissingFromCodesToml {
                code,
                phrase: entry.phrase.clone(),
            });
            continue;
        };
        // Where the registry has "(Unused)", codes.toml keeps the phrase software knows the
        // code by; there is nothing to compare it with.
        if let Some(phrase) = &entry.phrase {
            if *phrase != status.reason {
                differences.push(Difference::Phrase {
                    code,
                    registry: phrase.clone(),
                    codes_toml: status.reason.clone(),
                });
            }
        }
        let documents: Vec<String> = entry
            .references
            .iter()
            .filter(|r| is_document(r))
            .cloned()
            .collect();
        if documents != [status.reference.as_str()] {
            differences.push(Difference::Reference {
                code,
                registry: documents,
                codes_toml: status.reference.clone(),
            });
        }
        if entry.status != status.registry {
            differences.push(Difference::Status {
                code,
                registry: entry.status,
                codes_toml: status.registry,
            });
        }
        if entry.expires != status.expires {
            differences.push(Difference::Expiry {
                code,
                registry: entry.expires.clone(),
                codes_toml: status.expires.clone(),
            });
        }
    }
    for status in &codes.statuses {
        if !registry.iter().any(|entry| entry.code == status.code) {
            differences.push(Difference::MissingFromRegistry {
                code: status.code,
                reason: status.reason.clone(),
            });
        }
    }
    differences.sort_by_key(Difference::code);
    differences
}

/// CSV records (RFC 4180: commas, double quotes, `""` for a quote inside quotes, LF or
/// CRLF line ends), each with the line it starts on.
fn records(text: &str, errors: &mut Vec<CsvError>) -> Vec<(usize, Vec<String>)> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                if fields.iter().any(|f| !f.is_empty()) || fields.len() > 1 {
                    records.push((start, std::mem::take(&mut fields)));
                }
                fields.clear();
                line += 1;
                start = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        // The rest of the file went into that field; the record is not worth reading.
        errors.push(CsvError {
            line: start,
            message: "a quoted field is never closed".to_string(),
        });
    } else if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push((start, fields));
    }
    records
}
