//! Explains an HTTP status code: `cargo run --example explain -- 429`, or a phrase:
//! `cargo run --example explain -- "payload too large"`.
//!
//! It prints the registry's answer (phrase, class, description, whether repeating the
//! request can help, the response header fields the code asks for, the reference and any
//! special registration), then, set apart and marked as not standard, what vendors mean
//! by the number (`499`, `522`, `0`).
//!
//! The arguments are joined with spaces and read the way httpcodes' `FromStr` reads text:
//! three digits from 100 to 999, optionally followed by that code's reason phrase, or a
//! reason phrase or variant name alone, in any case. When `FromStr` refuses the text, its
//! error message is the answer, with two additions:
//!
//! - A plain decimal number from 0 to 65535 without leading zeros (`0`, `42`, `1000`) is
//!   explained all the same, because `StatusCode::from_u16` gives every `u16` a meaning;
//!   the answer starts with a note, quoting the parse error, that no status line can carry
//!   the number.
//! - A number with a sign (`-1`, `+404`) is called what it is, since `FromStr` only sees
//!   that it does not start with a digit; an unknown phrase gets the closest known phrases
//!   as suggestions.
//!
//! Input is echoed back escaped and cut to 40 characters, and an argument that is not
//! UTF-8 is reported, not decoded.
//!
//! Exit status: 0 when a code was explained or help was asked for (`-h`, `--help`), 1 when
//! the text cannot be read as a status code, 2 for a usage error (no text, unknown option).

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use httpcodes::{ParseError, RegistryStatus, StatusCode};

const USAGE: &str = "\
usage: explain <code or reason phrase>...
       explain -h | --help

Explains an HTTP status code, given as three digits (429), three digits and the
reason phrase (404 Not Found), or the phrase alone in any case (\"payload too large\").
A decimal number from 0 to 65535 that is not three digits is explained too, with a
note that no status line can carry it. Arguments after -- are never options.

Exit status: 0 explained, 1 not a status code, 2 usage error.
";

/// How many characters of the input a message quotes.
const ECHO_LIMIT: usize = 40;

/// How many phrases "did you mean" offers at most.
const SUGGESTION_LIMIT: usize = 3;

/// What the command line asks for.
enum Request {
    Help,
    Explain(String),
}

/// Why nothing is explained: a message for stderr and the exit status.
struct Refusal {
    message: String,
    exit: u8,
}

impl Refusal {
    fn usage(problem: &str) -> Refusal {
        Refusal {
            message: format!(
                "{problem}\n{}\n(explain --help says more)",
                USAGE.lines().next().unwrap_or_default()
            ),
            exit: 2,
        }
    }

    fn unreadable(message: String) -> Refusal {
        Refusal { message, exit: 1 }
    }
}

/// A status to explain, with what to say before the explanation.
struct Reading {
    status: StatusCode,
    note: Option<String>,
}

fn main() -> ExitCode {
    let outcome = read_arguments(std::env::args_os().skip(1)).and_then(|request| match request {
        Request::Help => Ok(USAGE.to_owned()),
        Request::Explain(text) => read_status(&text).map(|reading| answer(&reading)),
    });
    // Printing through `write!`, not `println!`: a closed stdout (`explain 404 | true`) is
    // an exit status, not a panic.
    match outcome {
        Ok(text) => match write!(std::io::stdout(), "{text}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        },
        Err(refusal) => {
            let _ = writeln!(std::io::stderr(), "explain: {}", refusal.message.trim_end());
            ExitCode::from(refusal.exit)
        }
    }
}

/// Sorts the arguments into options and the words of the text. `--help` wins over any
/// problem; otherwise the first problem is reported.
fn read_arguments(arguments: impl IntoIterator<Item = OsString>) -> Result<Request, Refusal> {
    let mut words = Vec::new();
    let mut problem = None;
    let mut options_ended = false;
    for (index, argument) in arguments.into_iter().enumerate() {
        match argument.to_str() {
            None => {
                problem.get_or_insert_with(|| undecodable(index + 1, &argument));
            }
            Some("--") if !options_ended => options_ended = true,
            Some("-h" | "--help") if !options_ended => return Ok(Request::Help),
            Some(option) if !options_ended && is_option(option) => {
                problem.get_or_insert_with(|| Refusal::usage(&format!("unknown option {}", echo(option))));
            }
            Some(word) => words.push(word.to_owned()),
        }
    }
    if let Some(problem) = problem {
        return Err(problem);
    }
    let text = words.join(" ");
    match text.trim_ascii().is_empty() {
        true => Err(Refusal::usage("no status code or reason phrase given")),
        false => Ok(Request::Explain(text)),
    }
}

/// `-x` or `--anything`, but not a negative number such as `-1`, which is text to read.
fn is_option(argument: &str) -> bool {
    let mut chars = argument.chars();
    match (chars.next(), chars.next()) {
        (Some('-'), Some('-')) => true,
        (Some('-'), Some(second)) => second.is_ascii_alphabetic(),
        _ => false,
    }
}

/// The refusal for an argument that is not UTF-8, naming the first byte that does not
/// decode; such text can be neither digits nor a phrase.
fn undecodable(position: usize, argument: &std::ffi::OsStr) -> Refusal {
    let bytes = argument.as_encoded_bytes();
    let offset = match std::str::from_utf8(bytes) {
        Ok(_) => 0,
        Err(error) => error.valid_up_to(),
    };
    let byte = bytes
        .get(offset)
        .map_or(String::new(), |byte| format!("byte {byte:#04x} "));
    Refusal::unreadable(format!(
        "cannot read argument {position}, {}, as a status code: it is not UTF-8 text ({byte}at offset {offset} does not decode)",
        echo(&argument.to_string_lossy()),
    ))
}

/// The library's reading of `text`, or of a plain `u16` that it refuses (see the file's
/// docs); otherwise what is wrong, as truthfully as the parse error allows.
fn read_status(text: &str) -> Result<Reading, Refusal> {
    let error = match text.parse::<StatusCode>() {
        Ok(status) => return Ok(Reading { status, note: None }),
        Err(error) => error,
    };
    // ASCII whitespace only, as `FromStr` trims it, so both see the same number.
    let text = text.trim_ascii();
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

/// The number `text` writes in plain decimal without leading zeros, if it fits a `u16`.
fn plain_u16(text: &str) -> Option<u16> {
    let canonical = is_digits(text) && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// `text` quoted and escaped, cut to [`ECHO_LIMIT`] characters: a message must stay
/// readable whatever was typed, and must not let control characters reach the terminal.
fn echo(text: &str) -> String {
    let length = text.chars().count();
    match text.char_indices().nth(ECHO_LIMIT) {
        Some((cut, _)) => format!("{:?}… ({length} characters)", &text[..cut]),
        None => format!("{text:?}"),
    }
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

/// Everything printed for a status that was read.
fn answer(reading: &Reading) -> String {
    let mut text = String::new();
    if let Some(note) = &reading.note {
        text.push_str(note);
        text.push('\n');
    }
    text.push_str(&explain(reading.status));
    text
}

/// The explanation of `status`, one section after another; each section is its own
/// function, so a new one is one more line here.
fn explain(status: StatusCode) -> String {
    [
        heading(status),
        class(status),
        description(status),
        retry(status),
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
