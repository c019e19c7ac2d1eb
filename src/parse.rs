use core::str::FromStr;

use crate::reason::same_phrase;
use crate::{ParseError, StatusCode};

/// Reads `"404"`, `"404 Not Found"`, or a phrase or name alone (`"Not Found"`,
/// `"NOT_FOUND"`), ignoring surrounding ASCII whitespace. The phrase after a number has to
/// be one of that code's (current, former, or its name); for an unregistered code it is
/// its class name, so every code in 100..=599 parses back from its `Display`.
///
/// ```
/// use httpcodes::{ParseError, StatusCode};
/// assert_eq!("404".parse(), Ok(StatusCode::NotFound));
/// assert_eq!(" 413 Payload Too Large ".parse(), Ok(StatusCode::ContentTooLarge));
/// assert_eq!("299 Success".parse(), Ok(StatusCode::from_u16(299)));
/// assert_eq!("0404".parse::<StatusCode>(), Err(ParseError::NotThreeDigits));
/// assert!(matches!("404 Gone".parse::<StatusCode>(), Err(ParseError::ReasonMismatch { .. })));
/// ```
impl FromStr for StatusCode {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Self, ParseError> {
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
        let status = StatusCode::from_u16(code);
        if !status.is_valid() {
            return Err(ParseError::OutOfRange(code));
        }
        if phrase.is_empty() {
            return Ok(status);
        }
        match StatusCode::from_reason(phrase) {
            Some(found) if found == status => Ok(status),
            None if !status.is_registered() && same_phrase(phrase, status.reason()) => Ok(status),
            reason_of => Err(ParseError::ReasonMismatch {
                code: status,
                reason_of,
            }),
        }
    }
}
