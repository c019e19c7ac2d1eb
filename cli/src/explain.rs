//! `httpcodes 429`: explains a status code, reason phrase or status line.
//!
//! The text is read the way httpcodes' `FromStr` reads it: three digits from 100 to 999,
//! optionally followed by that code's reason phrase, or a reason phrase or variant name
//! alone, in any case, and the phrases widely used servers send (`405 Not Allowed`). Text
//! that starts with `HTTP/` is a status line as a server sends it, read by
//! `StatusLine::parse`: its three digits decide and its phrase is not checked. When the text cannot be
//! read, the library's parse error is the answer, with two additions:
//!
//! - A plain decimal number from 0 to 65535 without leading zeros (`0`, `42`, `1000`) is
//!   explained all the same, because `StatusCode::from_u16` gives every `u16` a meaning;
//!   the answer starts with a note, quoting the parse error, that no status line can carry
//!   the number.
//! - A number with a sign (`-1`, `+404`) is called what it is, since `FromStr` only sees
//!   that it does not start with a digit; an unknown phrase gets the closest known phrases
//!   as suggestions.

use httpcodes::{ParseError, PhraseKind, RegistryStatus, Seen, StatusCode, StatusLine};

use crate::arguments::Refusal;
use crate::json;
use crate::text::echo;

/// How many phrases "did you mean" offers at most.
const SUGGESTION_LIMIT: usize = 3;

/// A status to explain, with what to say before the explanation.
struct Reading {
    status: StatusCode,
    note: Option<String>,
}

/// Everything printed for `text`, as text or as JSON; or why it cannot be read.
pub fn answer(text: &str, json: bool) -> Result<String, Refusal> {
    let reading = read_status(text)?;
    Ok(match json {
        true => format!("{}\n", explain_json(text, &reading)),
        false => explain_text(&reading),
    })
}

/// The library's reading of `text`, or of a plain `u16` that it refuses (see the module
/// docs); otherwise what is wrong, as truthfully as the parse error allows.
fn read_status(text: &str) -> Result<Reading, Refusal> {
    // ASCII whitespace only, as `FromStr` trims it, so both see the same text.
    let trimmed = text.trim_ascii();
    if trimmed.starts_with("HTTP/") {
        return read_status_line_answer(trimmed);
    }
    let error = match text.parse::<StatusCode>() {
        Ok(status) => return Ok(Reading { status, note: None }),
        Err(error) => error,
    };
    let text = trimmed;
    if let Some(number) = plain_u16(text) {
        return Ok(Reading {
            status: StatusCode::from_u16(number),
            note: Some(format!(
                "note: {number} is not a status code a server can send in a status line ({error}); \
                 this is what httpcodes makes of the number:"
            )),
        });
    }
    let reason = match (error, text.strip_prefix(['-', '+'])) {
        // `FromStr` sees no leading digit and tries a phrase; a sign is the real problem.
        (ParseError::UnknownReason, Some(digits)) if is_digits(digits) => {
            let sign = match text.starts_with('-') && digits.bytes().any(|digit| digit != b'0') {
                true => "it is a negative number",
                false => "it has a sign",
            };
            format!("{sign}, and a status code is three digits with no sign")
        }
        (ParseError::UnknownReason, _) => match suggestions(text).as_slice() {
            [] => error.to_string(),
            close => format!("{error}; did you mean {}?", or_list(close)),
        },
        _ => error.to_string(),
    };
    Err(Refusal::unreadable(format!(
        "cannot read {} as a status code: {reason}",
        echo(text)
    )))
}

/// The answer for text that starts with `HTTP/`, read by the library's
/// `StatusLine::parse`: the status of its three digits, with a note when its phrase is not
/// one the code is known by (its own, a former one, a known server's or a vendor's).
fn read_status_line_answer(line: &str) -> Result<Reading, Refusal> {
    let read = StatusLine::parse(line).map_err(|error| {
        Refusal::unreadable(format!("cannot read {} as a status line: {error}", echo(line)))
    })?;
    let status = read.status();
    let note = (read.phrase_kind() == PhraseKind::Unknown).then(|| {
        format!(
            "note: {} is not a phrase of {}; in a status line the three digits decide:",
            echo(read.phrase()),
            status.code()
        )
    });
    Ok(Reading { status, note })
}

/// The number `text` writes in plain decimal without leading zeros, if it fits a `u16`.
fn plain_u16(text: &str) -> Option<u16> {
    let canonical = is_digits(text) && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// Registered codes whose phrase is within a few typing mistakes of `text`, or contains it
/// ("moved"), closest first.
///
/// Phrases are compared folded as `from_reason` folds them (ASCII case, spaces, `-`, `_`
/// and `'` ignored), by the number of single-character insertions, deletions, changes and
/// swaps of neighbours; up to one mistake per three characters counts as close.
fn suggestions(text: &str) -> Vec<StatusCode> {
    let typed = folded(text);
    let budget = (typed.len() / 3).max(1);
    let mut close: Vec<(usize, StatusCode)> = StatusCode::ALL
        .iter()
        .filter_map(|&status| {
            let phrase = folded(status.reason());
            if typed.len() >= 4 && phrase.windows(typed.len()).any(|part| part == typed) {
                return Some((phrase.len() - typed.len(), status));
            }
            // The distance is at least the difference in length; skip the work when that
            // alone is too far, as it is for long input.
            if typed.len().abs_diff(phrase.len()) > budget {
                return None;
            }
            let distance = edit_distance(&typed, &phrase);
            (distance <= budget).then_some((distance, status))
        })
        .collect();
    close.sort();
    close
        .into_iter()
        .take(SUGGESTION_LIMIT)
        .map(|(_, status)| status)
        .collect()
}

fn folded(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\''))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Optimal string alignment distance: Levenshtein's edits plus swapping two neighbours,
/// the commonest typing mistake ("Foudn").
fn edit_distance(a: &[char], b: &[char]) -> usize {
    // rows[i % 3][j]: the distance between a[..i] and b[..j].
    let mut rows = vec![vec![0; b.len() + 1]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (before, previous, current) = ((i + 1) % 3, (i - 1) % 3, i % 3);
        rows[current][0] = i;
        for j in 1..=b.len() {
            let change = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[previous][j] + 1)
                .min(rows[current][j - 1] + 1)
                .min(rows[previous][j - 1] + change);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = best;
        }
    }
    rows[a.len() % 3][b.len()]
}

/// `404 Not Found`, `404 Not Found or 405 Method Not Allowed`, `a, b or c`.
fn or_list(statuses: &[StatusCode]) -> String {
    let names: Vec<String> = statuses.iter().map(ToString::to_string).collect();
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The explanation of a reading, one section after another; each section is its own
/// function, so a new one is one more line here.
fn explain_text(reading: &Reading) -> String {
    let status = reading.status;
    let note = reading
        .note
        .as_ref()
        .map_or(String::new(), |note| format!("{note}\n"));
    [
        note,
        heading(status),
        class(status),
        description(status),
        retry(status),
        cache(status),
        header_fields(status),
        reference(status),
        registration(status),
        unofficial(status),
    ]
    .concat()
}

fn heading(status: StatusCode) -> String {
    format!("{status}\n")
}

fn class(status: StatusCode) -> String {
    let class = status.class();
    format!("class:       {class} ({})\n", class.description())
}

fn description(status: StatusCode) -> String {
    format!("description: {}\n", status.description())
}

fn reference(status: StatusCode) -> String {
    format!("reference:   {} <{}>\n", status.reference(), status.url())
}

/// How the registry lists a code that is not a plain, permanent registration.
fn registration(status: StatusCode) -> String {
    let listing = match status.registry_status() {
        Some(RegistryStatus::Temporary) => match status.registration_expiry() {
            Some(date) => format!("temporary registration, due to expire on {date}"),
            None => "temporary registration".to_string(),
        },
        Some(RegistryStatus::Unused) => "reserved, unused".to_string(),
        Some(RegistryStatus::Obsoleted) => "obsoleted".to_string(),
        _ => return String::new(),
    };
    format!("registry:    {listing}\n")
}

fn retry(status: StatusCode) -> String {
    format!("retry:       {}\n", status.retry_advice().description())
}

/// What a cache may do with a response of this code, where the code itself decides it.
fn cache(status: StatusCode) -> String {
    let rule = if status.is_cacheable_by_default() {
        "cacheable by default: a cache may reuse it without explicit freshness information"
    } else if status.must_not_be_stored() {
        "a cache must not store it"
    } else {
        return String::new();
    };
    format!(
        "cache:       {rule}
"
    )
}

/// One line per response header field the code asks for, such as
/// `header:      Allow (must): the methods ...`.
fn header_fields(status: StatusCode) -> String {
    status
        .header_fields()
        .iter()
        .map(|field| {
            format!(
                "header:      {} ({}): {}; {}\n",
                field.name(),
                field.requirement(),
                field.condition(),
                field.reference()
            )
        })
        .collect()
}

/// What vendors mean by the number, set apart from the registry's answer above it.
fn unofficial(status: StatusCode) -> String {
    let entries = status.unofficial();
    if entries.is_empty() {
        return String::new();
    }
    let mut text = String::from("\nNot standard: outside the registry, this number is also used by\n");
    for entry in entries {
        text.push_str(&format!(
            "  {entry}, seen {}\n    {}\n    source: {}\n",
            entry.seen(),
            entry.description(),
            entry.url()
        ));
        if let Some(sent) = entry.sent_as() {
            text.push_str(&format!("    the client receives {sent} instead\n"));
        }
    }
    text
}

/// The same answer as one JSON object; the README documents the schema.
fn explain_json(input: &str, reading: &Reading) -> String {
    let status = reading.status;
    let class = status.class();
    let advice = status.retry_advice();
    let registry = match status.registry_status() {
        Some(RegistryStatus::Assigned) => "assigned",
        Some(RegistryStatus::Temporary) => "temporary",
        Some(RegistryStatus::Unused) => "unused",
        Some(RegistryStatus::Obsoleted) => "obsoleted",
        Some(_) => "other",
        None => "unregistered",
    };
    let header_fields = status.header_fields().iter().map(|field| {
        json::object([
            ("name", json::string(field.name())),
            ("requirement", json::string(&field.requirement().to_string())),
            ("condition", json::string(field.condition())),
            ("reference", json::string(field.reference())),
            ("url", json::string(field.url())),
        ])
    });
    json::object([
        ("input", json::string(input)),
        ("note", json::optional(reading.note.as_deref())),
        ("code", status.code().to_string()),
        ("reason", json::string(status.reason())),
        ("line", json::string(&status.to_string())),
        ("class", json::string(class.name())),
        ("class_description", json::string(class.description())),
        ("description", json::string(status.description())),
        ("retry", retry_json(advice)),
        (
            "cacheable_by_default",
            status.is_cacheable_by_default().to_string(),
        ),
        ("must_not_be_stored", status.must_not_be_stored().to_string()),
        ("header_fields", json::array(header_fields)),
        ("reference", json::string(status.reference())),
        ("url", json::string(status.url())),
        ("registry", json::string(registry)),
        (
            "registration_expiry",
            json::optional(status.registration_expiry()),
        ),
        (
            "unofficial",
            json::array(status.unofficial().iter().map(unofficial_json)),
        ),
    ])
}

/// `{"advice": "transient", "description": "..."}`.
pub fn retry_json(advice: httpcodes::RetryAdvice) -> String {
    json::object([
        ("advice", json::string(crate::retry::name_and_label(advice).0)),
        ("description", json::string(advice.description())),
    ])
}

/// One vendor's meaning of a number as a JSON object.
pub fn unofficial_json(entry: &httpcodes::Unofficial) -> String {
    let seen = match entry.seen() {
        Seen::Response => "response",
        Seen::ServerLog => "server-log",
        Seen::ClientSide => "client-side",
        _ => "other",
    };
    json::object([
        ("code", entry.code().to_string()),
        ("vendor", json::string(entry.vendor())),
        ("product", json::optional(entry.product())),
        ("phrase", json::optional(entry.phrase())),
        ("seen", json::string(seen)),
        (
            "sent_as",
            entry
                .sent_as()
                .map_or_else(|| "null".to_owned(), |sent| sent.code().to_string()),
        ),
        ("description", json::string(entry.description())),
        ("url", json::string(entry.url())),
    ])
}
