use crate::generated::{former_phrases, spellings};
use crate::reason::same_phrase;
use crate::{unofficial, ParseError, StatusCode};

/// The first line of an HTTP/1.x response, read the way RFC 9112 Section 4 tells a client
/// to: the three digits decide, and the reason phrase is kept but never checked.
///
/// RFC 9112 Section 4: "A client SHOULD ignore the reason-phrase content because it is not
/// a reliable channel for information (it might be translated for a given locale,
/// overwritten by intermediaries, or discarded when the message is forwarded via other
/// versions of HTTP)."
///
/// So `HTTP/1.1 404 Whatever` is a 404, and so is `HTTP/1.1 404 Gone`, which
/// [`FromStr`](core::str::FromStr) rejects because the phrase names 410.
/// [`phrase_kind`](StatusLine::phrase_kind) says what the phrase was, for logs or for a
/// check of your own.
///
/// ```
/// use httpcodes::{PhraseKind, StatusCode, StatusLine};
///
/// let line = StatusLine::parse("HTTP/1.1 405 Not Allowed\r\n")?;
/// assert_eq!(line.version(), Some("HTTP/1.1"));
/// assert_eq!(line.status(), StatusCode::MethodNotAllowed);
/// assert_eq!(line.phrase(), "Not Allowed");
/// assert_eq!(line.phrase_kind(), PhraseKind::Server); // nginx's spelling
///
/// assert_eq!(StatusLine::parse("HTTP/2 404")?.phrase_kind(), PhraseKind::Empty);
/// assert_eq!(StatusLine::parse("404 Gone")?.phrase_kind(), PhraseKind::Unknown);
/// # Ok::<(), httpcodes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StatusLine<'a> {
    version: Option<&'a str>,
    status: StatusCode,
    phrase: &'a str,
}

/// What a reason phrase is to its code: see [`StatusLine::phrase_kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhraseKind {
    /// No phrase: `HTTP/1.1 405 ` (nginx, for the codes it has no phrase for) or `HTTP/2 404`.
    Empty,
    /// The code's own phrase, what [`reason`](StatusCode::reason) gives, in any case and
    /// with any separators (`"not-found"`), or its variant name (`"NOT_FOUND"`). For an
    /// unregistered number, that is its class's name (`"299 Success"`).
    Reason,
    /// A phrase the code had in an older specification: `"302 Moved Temporarily"`.
    Former,
    /// A phrase that a widely used server sends for the code, listed in codes.toml with the
    /// servers that send it and a link to their source: nginx's `"405 Not Allowed"` and
    /// `"503 Service Temporarily Unavailable"`, HAProxy's `"424 Method failure"`.
    Server,
    /// A vendor's phrase for its own use of the number (see [`StatusCode::unofficial`]):
    /// `"499 Client Closed Request"`. Checked before [`Server`](PhraseKind::Server), so a
    /// phrase that is both is this.
    Vendor,
    /// Anything else, including a phrase that belongs to another code (`"404 Gone"`, or
    /// h2o's `"503 Internal Server Error"`) and a translated one.
    Unknown,
}

impl<'a> StatusLine<'a> {
    /// Reads a status line: `HTTP/1.1 404 Not Found`, `HTTP/2 404` (as curl prints HTTP/2
    /// and HTTP/3 responses, which have no status line of their own), `404 Not Found`,
    /// `404`, or `HTTP/1.1 405 ` with an empty phrase. The phrase can be anything.
    ///
    /// - **Line end**: one CRLF or LF at the end is dropped (RFC 9112 Section 2.2 lets a
    ///   recipient take a lone LF as the line end). Any other LF, and any control byte the
    ///   status-line grammar has no place for (NUL, ESC, DEL, ...), is
    ///   [`ParseError::ControlCharacter`]: pass one line, not the header fields after it.
    /// - **Whitespace**: SP, HTAB, VT, FF and a bare CR all separate the parts, any number
    ///   of them, and whitespace before and after the line is ignored, as RFC 9112
    ///   Section 4 lets a recipient parse ("on whitespace-delimited word boundaries").
    ///   Inside the phrase, whitespace is kept as sent.
    /// - **Version**: optional; where there is one it is `HTTP/` and a digit, or a digit, a
    ///   dot and a digit: `HTTP/1.0`, `HTTP/1.1`, `HTTP/2`, `HTTP/3`. RFC 9112 Section 2.3
    ///   makes the name case-sensitive, so `http/1.1 404` is
    ///   [`ParseError::InvalidVersion`], as is a line that starts with neither a version
    ///   nor a digit (a phrase alone is no status line).
    /// - **Code**: exactly three digits, then whitespace or the end, from 100 to 999, with
    ///   the errors [`FromStr`](core::str::FromStr) gives: [`ParseError::NotThreeDigits`]
    ///   (`404x`, `4040`, or no code after the version), [`ParseError::OutOfRange`] (`099`).
    /// - **Phrase**: never checked; obs-text (bytes 0x80 to 0xFF) is accepted as whatever
    ///   characters the `&str` holds. A line read as bytes can go through
    ///   `String::from_utf8_lossy` first: its phrase is the only part that can hold
    ///   non-ASCII bytes, and nothing depends on it.
    ///
    /// ```
    /// use httpcodes::{ParseError, StatusCode, StatusLine};
    ///
    /// let line = StatusLine::parse("HTTP/1.1 405 \r\n")?;
    /// assert_eq!((line.status(), line.phrase()), (StatusCode::MethodNotAllowed, ""));
    /// assert_eq!(StatusLine::parse("http/1.1 404"), Err(ParseError::InvalidVersion));
    /// assert_eq!(StatusLine::parse("HTTP/1.1 40"), Err(ParseError::NotThreeDigits));
    /// assert_eq!(
    ///     StatusLine::parse("HTTP/1.1 200 OK\r\nServer: x\r\n"),
    ///     Err(ParseError::ControlCharacter(b'\n'))
    /// );
    /// # Ok::<(), ParseError>(())
    /// ```
    pub fn parse(line: &'a str) -> Result<Self, ParseError> {
        // Bytes, not chars: every byte the rules name is ASCII, so each cut below falls on a
        // char boundary, and no char is decoded. (With `char` patterns, a line took 68 ns.)
        let body = line.strip_suffix('\n').unwrap_or(line);
        // One pass with no early exit, which the compiler can vectorise; the search for the
        // byte to report runs only on a bad line.
        if body.bytes().fold(false, |bad, byte| bad | is_forbidden(byte)) {
            let bad = body.bytes().find(|&byte| is_forbidden(byte)).unwrap_or(0);
            return Err(ParseError::ControlCharacter(bad));
        }
        let text = trim(body);
        let bytes = text.as_bytes();
        let (version, rest) = match *bytes {
            [] => return Err(ParseError::Empty),
            [b'0'..=b'9', ..] => (None, text),
            [b'H', b'T', b'T', b'P', b'/', b'0'..=b'9', b'.', b'0'..=b'9', ..] => {
                (Some(&text[..8]), &text[8..])
            }
            [b'H', b'T', b'T', b'P', b'/', b'0'..=b'9', ..] => (Some(&text[..6]), &text[6..]),
            _ => return Err(ParseError::InvalidVersion),
        };
        // After a version, whitespace (or the end): `HTTP/1.1200` and `HTTP/1.11` are no version.
        let rest = match (version, rest.as_bytes().first()) {
            (Some(_), Some(&byte)) if !is_space(byte) => return Err(ParseError::InvalidVersion),
            _ => trim(rest),
        };
        let (code, phrase) = match *rest.as_bytes() {
            [hundreds @ b'0'..=b'9', tens @ b'0'..=b'9', ones @ b'0'..=b'9', ref after @ ..]
                if after.first().is_none_or(|&byte| is_space(byte)) =>
            {
                let digit = |byte: u8| u16::from(byte - b'0');
                (
                    digit(hundreds) * 100 + digit(tens) * 10 + digit(ones),
                    trim(&rest[3..]),
                )
            }
            _ => return Err(ParseError::NotThreeDigits),
        };
        if code < 100 {
            return Err(ParseError::OutOfRange(code));
        }
        Ok(StatusLine {
            version,
            status: crate::parse::status_of(code),
            phrase,
        })
    }

    /// The HTTP version as the line wrote it (`"HTTP/1.1"`), or `None` for a line that
    /// starts with the code.
    pub const fn version(&self) -> Option<&'a str> {
        self.version
    }

    /// The status the three digits give.
    pub const fn status(&self) -> StatusCode {
        self.status
    }

    /// The reason phrase as sent, without the whitespace around it; empty where there is
    /// none.
    pub const fn phrase(&self) -> &'a str {
        self.phrase
    }

    /// What the phrase is to the code: its own, a former one, a known server's spelling, a
    /// vendor's, or none of these. `"<code> <phrase>".parse::<StatusCode>()` succeeds
    /// exactly when this is not [`PhraseKind::Unknown`].
    pub fn phrase_kind(&self) -> PhraseKind {
        phrase_kind(self.status, self.phrase)
    }
}

impl StatusCode {
    /// The status of an HTTP/1.x status line, whatever its reason phrase: `"HTTP/1.1 404
    /// Whatever"`, `"HTTP/2 404"`, `"404 Whatever"`, `"404"`, `"HTTP/1.1 405 "`.
    ///
    /// This is the reader for responses: RFC 9112 Section 4 has a client ignore the phrase,
    /// because servers, proxies and translations change it. [`StatusLine::parse`] tells the
    /// rules, and keeps the version and the phrase as well. `FromStr` is the stricter
    /// reader, for text a person or a config file wrote: it also takes a phrase or name
    /// alone, and it rejects a phrase that does not belong to the number.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    ///
    /// assert_eq!(StatusCode::from_status_line("HTTP/1.1 404 Whatever"), Ok(StatusCode::NotFound));
    /// assert_eq!(StatusCode::from_status_line("HTTP/1.1 503 Internal Server Error\r\n"), Ok(StatusCode::ServiceUnavailable));
    /// assert!("503 Internal Server Error".parse::<StatusCode>().is_err());
    /// ```
    pub fn from_status_line(line: &str) -> Result<StatusCode, ParseError> {
        StatusLine::parse(line).map(|line| line.status)
    }
}

/// What `phrase` is to `status`; the phrase is not empty where `FromStr` asks.
pub(crate) fn phrase_kind(status: StatusCode, phrase: &str) -> PhraseKind {
    let code = status.code();
    let any_of = |phrases: &[&str]| phrases.iter().any(|known| same_phrase(phrase, known));
    if phrase.is_empty() {
        PhraseKind::Empty
    } else if same_phrase(phrase, status.reason()) {
        PhraseKind::Reason
    } else if any_of(former_phrases(code)) {
        PhraseKind::Former
    } else if unofficial::is_phrase_of(status, phrase) {
        PhraseKind::Vendor
    } else if any_of(spellings(code)) {
        PhraseKind::Server
    } else if StatusCode::from_reason(phrase) == Some(status) {
        // Its reason, former phrases and spellings are ruled out: the variant name.
        PhraseKind::Reason
    } else {
        PhraseKind::Unknown
    }
}

/// The whitespace RFC 9112 Section 4 lets a recipient take as a separator: SP, HTAB, VT,
/// FF and a bare CR.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | 0x0B | 0x0C | b'\r')
}

/// A byte no part of a status line may hold: controls other than that whitespace, and DEL.
fn is_forbidden(byte: u8) -> bool {
    (byte < 0x20 && !is_space(byte)) || byte == 0x7F
}

/// `text` without the whitespace around it.
fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    let start = bytes
        .iter()
        .position(|&byte| !is_space(byte))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&byte| !is_space(byte))
        .map_or(start, |last| last + 1);
    &text[start..end]
}
