use core::fmt;

use crate::StatusCode;

/// Why a string is not a status code; see [`StatusCode`]'s `FromStr` and
/// [`StatusCode::from_status_line`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The string is empty or only whitespace.
    Empty,
    /// The string starts with a digit, but not with exactly three digits followed by the
    /// end or a space: `"40"`, `"0404"`, `"404x"`. From a status line, also a version with
    /// no code after it (`"HTTP/1.1"`).
    NotThreeDigits,
    /// Three digits that start with `0`, a number below 100.
    OutOfRange(u16),
    /// No status code has this reason phrase or name.
    UnknownReason,
    /// The phrase after the number is not one of that code's phrases: `"404 Gone"`.
    ReasonMismatch {
        /// The status the number gives.
        code: StatusCode,
        /// The status the phrase belongs to, if any.
        reason_of: Option<StatusCode>,
    },
    /// Only from a status line: it starts with neither its three-digit code nor an HTTP
    /// version such as `HTTP/1.1` (RFC 9112 Section 2.3 makes `HTTP` case-sensitive, so
    /// `"http/1.1 200"` is this too).
    InvalidVersion,
    /// Only from a status line: it holds this control byte, which no part of a status line
    /// may hold; `b'\n'` where more than one line was passed.
    ControlCharacter(u8),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseError::Empty => f.write_str("no status code given: the text is empty"),
            ParseError::NotThreeDigits => f.write_str(
                "a status code is exactly three digits, optionally followed by a space and its reason phrase",
            ),
            ParseError::OutOfRange(code) => {
                write!(
                    f,
                    "{code:03} is not a status code: a status line carries three digits from 100 to 999"
                )
            }
            ParseError::UnknownReason => f.write_str("no HTTP status code has this reason phrase"),
            ParseError::ReasonMismatch {
                code,
                reason_of: Some(other),
            } => write!(f, "the reason phrase is that of {other}, not of {code}"),
            ParseError::ReasonMismatch {
                code,
                reason_of: None,
            } => {
                write!(f, "the reason phrase is not that of {code}")
            }
            ParseError::InvalidVersion => f.write_str(
                "a status line starts with its HTTP version, such as `HTTP/1.1` in capitals, or with its three-digit code",
            ),
            ParseError::ControlCharacter(b'\n') => f.write_str(
                "a status line is one line: it may end with CRLF or LF, and the header fields do not belong to it",
            ),
            ParseError::ControlCharacter(byte) => {
                write!(f, "a status line cannot hold the control character 0x{byte:02X}")
            }
        }
    }
}

impl core::error::Error for ParseError {}

/// A number outside 100..=599, from [`StatusCode`]'s `TryFrom<u16>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidStatusCode {
    code: u16,
}

impl InvalidStatusCode {
    pub(crate) const fn new(code: u16) -> Self {
        InvalidStatusCode { code }
    }

    /// The number that was rejected.
    pub const fn code(self) -> u16 {
        self.code
    }
}

impl fmt::Display for InvalidStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a valid HTTP status code: they range from 100 to 599",
            self.code
        )
    }
}

impl core::error::Error for InvalidStatusCode {}
