use core::str::FromStr;

use crate::status_line::phrase_kind;
use crate::{ParseError, PhraseKind, StatusCode, Unregistered};

/// Reads `"404"`, `"404 Not Found"`, or a phrase or name alone (`"Not Found"`,
/// `"NOT_FOUND"`), ignoring surrounding ASCII whitespace.
///
/// This is the strict reader, for text a person or a configuration wrote: the phrase has
/// to fit the number. A response's status line is better read with
/// [`StatusCode::from_status_line`], which follows RFC 9112 and ignores the phrase.
///
/// A number is three digits from 100 to 999, as in an HTTP/1.1 status line (RFC 9112
/// Section 4) and as `http::StatusCode` accepts; so `"600"` parses like
/// [`from_u16(600)`](StatusCode::from_u16). The phrase after a number has to be one that
/// [`StatusLine::phrase_kind`](crate::StatusLine::phrase_kind) knows for it, in any case
/// and with any separators:
/// - the code's own (current, former, or its name); for an unregistered number the text
///   [`reason`](StatusCode::reason) gives, its class name or `"Invalid Status Code"`;
/// - a spelling that a widely used server sends for it (codes.toml's `[[spelling]]`
///   tables, from the servers' source): nginx's `"405 Not Allowed"`, Varnish's
///   `"306 (Unused)"`, HAProxy's `"424 Method failure"`;
/// - a vendor's phrase for the number (`"499 Client Closed Request"`, see
///   [`StatusCode::unofficial`]), which gives the same value as the number alone.
///
/// A phrase that belongs to another code fails with [`ParseError::ReasonMismatch`], even
/// where a real server sends the pair by mistake: h2o answers some failures with
/// `503 Internal Server Error` (500's phrase). Accepting it would make `FromStr` unable to
/// tell a 503 that means it from a slip between two codes, and a caller reading responses
/// should not check the phrase at all: `from_status_line` reads that line as a 503.
///
/// So the [`Display`](core::fmt::Display) text of every number from 100 to 999 parses back
/// to the same value, and that of every other number (which is not three digits long)
/// fails with [`ParseError::NotThreeDigits`].
///
/// ```
/// use httpcodes::{ParseError, StatusCode};
/// assert_eq!("404".parse(), Ok(StatusCode::NotFound));
/// assert_eq!(" 413 Payload Too Large ".parse(), Ok(StatusCode::ContentTooLarge));
/// assert_eq!("299 Success".parse(), Ok(StatusCode::from_u16(299)));
/// assert_eq!("600 Invalid Status Code".parse(), Ok(StatusCode::from_u16(600)));
/// assert_eq!("0404".parse::<StatusCode>(), Err(ParseError::NotThreeDigits));
/// assert_eq!("099".parse::<StatusCode>(), Err(ParseError::OutOfRange(99)));
/// assert!(matches!("404 Gone".parse::<StatusCode>(), Err(ParseError::ReasonMismatch { .. })));
/// assert_eq!("405 Not Allowed".parse(), Ok(StatusCode::MethodNotAllowed));
/// assert_eq!(
///     "503 Internal Server Error".parse::<StatusCode>(),
///     Err(ParseError::ReasonMismatch {
///         code: StatusCode::ServiceUnavailable,
///         reason_of: Some(StatusCode::InternalServerError),
///     })
/// );
/// ```
impl FromStr for StatusCode {
    type Err = ParseError;

    // Three digits alone need none of `parse`'s checks; inlined, `"404".parse()` costs a
    // caller no call.
    #[inline(always)]
    fn from_str(text: &str) -> Result<Self, ParseError> {
        match *text.as_bytes() {
            [hundreds @ b'1'..=b'9', tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => {
                from_digits(hundreds, tens, ones)
            }
            _ => parse(text),
        }
    }
}

/// `StatusCode::from_u16(code)` for a code from 100 to 999, as one load.
#[inline(always)]
pub(crate) fn status_of(code: u16) -> StatusCode {
    match PARSED[usize::from(code) - 100] {
        Ok(status) => status,
        Err(_) => StatusCode::from_u16(code),
    }
}

/// What three ASCII digits parse to, the first of them not 0: one load.
///
/// `from_u16`'s `match`, made into a value, became a jump table whose indirect jump cost
/// 8 to 10 ns a number in the benchmarks. A table of statuses still had to be packed into
/// a `Result` (3.1 ns; `http`: 2.5 ns), and so had numbers past a table of results for
/// 100..=599 only (2.4 ns); this one took 1.9 ns.
#[inline(always)]
fn from_digits(hundreds: u8, tens: u8, ones: u8) -> Result<StatusCode, ParseError> {
    let digit = |byte: u8| usize::from(byte - b'0');
    PARSED[digit(hundreds) * 100 + digit(tens) * 10 + digit(ones) - 100]
}

/// `Ok(StatusCode::from_u16(code))` for every code from 100 to 999, at compile time.
///
/// Filled from [`StatusCode::ALL`]: evaluating `from_u16`'s `match` for every number made
/// the crate's build 3% slower.
static PARSED: [Result<StatusCode, ParseError>; 900] = {
    let mut table = [Ok(StatusCode::Continue); 900];
    let mut index = 0;
    while index < table.len() {
        table[index] = Ok(StatusCode::Unregistered(Unregistered::new(index as u16 + 100)));
        index += 1;
    }
    let mut listed = 0;
    while listed < StatusCode::ALL.len() {
        let status = StatusCode::ALL[listed];
        table[status.code() as usize - 100] = Ok(status);
        listed += 1;
    }
    table
};

/// Every other text, with every check; first, though, the line `Display` writes, which
/// needs none of them.
fn parse(text: &str) -> Result<StatusCode, ParseError> {
    if let [hundreds @ b'1'..=b'9', tens @ b'0'..=b'9', ones @ b'0'..=b'9', b' ', ..] = *text.as_bytes() {
        if let Ok(status) = from_digits(hundreds, tens, ones) {
            if status.status_line() == Some(text) {
                return Ok(status);
            }
        }
    }
    let text = text.trim_ascii();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    if digits == 0 {
        return StatusCode::from_reason(text).ok_or(ParseError::UnknownReason);
    }
    let (number, rest) = text.split_at(digits);
    let phrase = rest.trim_ascii_start();
    if digits != 3 || phrase.len() == rest.len() && !rest.is_empty() {
        return Err(ParseError::NotThreeDigits);
    }
    let code = number
        .bytes()
        .fold(0, |code, digit| code * 10 + u16::from(digit - b'0'));
    if code < 100 {
        return Err(ParseError::OutOfRange(code));
    }
    let status = StatusCode::from_u16(code);
    if phrase.is_empty() {
        return Ok(status);
    }
    match phrase_kind(status, phrase) {
        PhraseKind::Unknown => Err(ParseError::ReasonMismatch {
            code: status,
            reason_of: StatusCode::from_reason(phrase),
        }),
        _ => Ok(status),
    }
}
