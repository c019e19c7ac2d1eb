use core::cmp::Ordering;
use core::fmt::{self, Write as _};
use core::hash::{Hash, Hasher};

use crate::generated;
use crate::{Class, InvalidStatusCode, RedirectMethod, RegistryStatus, StatusCode};

impl StatusCode {
    /// Every code in codes.toml, which is every code in the IANA registry, ascending; each
    /// one [is registered](Self::is_registered).
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert_eq!(StatusCode::ALL.first(), Some(&StatusCode::Continue));
    /// assert_eq!(StatusCode::ALL.last(), Some(&StatusCode::NetworkAuthenticationRequired));
    /// assert!(StatusCode::ALL.contains(&StatusCode::ImATeapot));
    /// ```
    // A reference to the generated array rather than its path: rustdoc shows a path as the
    // value, and this one is private.
    pub const ALL: &'static [StatusCode] = &generated::ALL;

    /// The status for `code`. Total: every `u16` gives a value, and
    /// [`code`](Self::code) gives the same number back.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// const TEAPOT: StatusCode = StatusCode::from_u16(418);
    /// assert_eq!(TEAPOT, StatusCode::ImATeapot);
    /// assert_eq!(StatusCode::from_u16(1000).code(), 1000);
    /// ```
    #[inline(always)]
    pub const fn from_u16(code: u16) -> StatusCode {
        generated::from_u16(code)
    }

    /// The number, exactly as it was given to [`from_u16`](Self::from_u16).
    #[inline(always)]
    pub const fn code(self) -> u16 {
        generated::code(self)
    }

    /// The class, from the first digit. Numbers outside 100..=599 are
    /// [`ServerError`](Class::ServerError): RFC 9110 Section 15 tells clients to treat an
    /// invalid status code as a server error.
    #[inline(always)]
    pub const fn class(self) -> Class {
        Class::of(self.code())
    }

    /// The reason phrase: the registry's (RFC 9110) for a listed code, the class name for
    /// an unregistered one (`"Success"` for 299), and `"Invalid Status Code"` for a number
    /// outside 100..=599.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert_eq!(StatusCode::from_u16(413).reason(), "Content Too Large");
    /// assert_eq!(StatusCode::from_u16(299).reason(), "Success");
    /// ```
    #[inline(always)]
    pub const fn reason(self) -> &'static str {
        match self.index() {
            Some(index) => generated::REASONS[index],
            None => generated::UNLISTED[0].reason,
        }
    }

    /// A sentence or two, in plain language, on what the code means and what the client
    /// can do about it; fit to show on an error page.
    #[inline(always)]
    pub const fn description(self) -> &'static str {
        match self.index() {
            Some(index) => generated::DESCRIPTIONS[index],
            None => generated::UNLISTED[0].description,
        }
    }

    /// `code - 100`, the index into the generated dense tables; `None` outside 100..=599.
    #[inline(always)]
    const fn index(self) -> Option<usize> {
        match self.code() {
            code @ 100..=599 => Some((code - 100) as usize),
            _ => None,
        }
    }

    /// The specification that defines the code, such as `"RFC 9110, Section 15.5.5"`. For
    /// an unregistered code, the section on its class.
    #[inline]
    pub const fn reference(self) -> &'static str {
        generated::reference(self)
    }

    /// A link to [`reference`](Self::reference).
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert_eq!(
    ///     StatusCode::NotFound.url(),
    ///     "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
    /// );
    /// ```
    #[inline]
    pub const fn url(self) -> &'static str {
        generated::url(self)
    }

    /// Whether the number is in 100..=599, the range of HTTP status codes.
    #[inline(always)]
    pub const fn is_valid(self) -> bool {
        matches!(self.code(), 100..=599)
    }

    /// Whether the code has a variant of its own: it is in the IANA registry (including
    /// the reserved 306 and 418).
    #[inline]
    pub const fn is_registered(self) -> bool {
        !matches!(self, StatusCode::Unregistered(_))
    }

    /// How the IANA registry lists the code, or `None` for an unregistered one.
    #[inline]
    pub const fn registry_status(self) -> Option<RegistryStatus> {
        generated::registry_status(self)
    }

    /// Whether the code has been retired, so a server should no longer send it: 305, which
    /// RFC 9110 Section 15.4.6 deprecates, and 510, which the registry marks obsoleted.
    ///
    /// The reserved 306 and 418 are not counted: the registry lists them as unused, which
    /// keeps the numbers from being given a new meaning, and
    /// [`registry_status`](Self::registry_status) tells them apart.
    ///
    /// ```
    /// use httpcodes::{RegistryStatus, StatusCode};
    /// assert!(StatusCode::UseProxy.is_deprecated());
    /// assert!(!StatusCode::ImATeapot.is_deprecated());
    /// assert_eq!(StatusCode::ImATeapot.registry_status(), Some(RegistryStatus::Unused));
    /// ```
    #[inline]
    pub const fn is_deprecated(self) -> bool {
        generated::is_deprecated(self)
    }

    /// 1xx.
    // The class tests compare the number with a range rather than go through `class()`,
    // whose table lookup by hundreds costs a division on a held value.
    #[inline]
    pub const fn is_informational(self) -> bool {
        matches!(self.code(), 100..=199)
    }

    /// 2xx.
    #[inline]
    pub const fn is_success(self) -> bool {
        matches!(self.code(), 200..=299)
    }

    /// 3xx.
    #[inline]
    pub const fn is_redirection(self) -> bool {
        matches!(self.code(), 300..=399)
    }

    /// 4xx.
    #[inline]
    pub const fn is_client_error(self) -> bool {
        matches!(self.code(), 400..=499)
    }

    /// 5xx, and every number outside 100..=599 (see [`class`](Self::class)).
    #[inline]
    pub const fn is_server_error(self) -> bool {
        !matches!(self.code(), 100..=499)
    }

    /// Whether a cache may store the response without explicit freshness information:
    /// the codes RFC 9110 Section 15.1 lists, plus 451 (RFC 7725 Section 3).
    #[inline]
    pub const fn is_cacheable_by_default(self) -> bool {
        generated::is_cacheable_by_default(self)
    }

    /// Whether the response may carry content. False for every 1xx (RFC 9110 Section
    /// 15.2), 204 (Section 15.3.5), 205 (Section 15.3.6) and 304 (Section 15.4.5).
    ///
    /// This is what a server may send, not how a response is framed. For 205 it is the
    /// server's obligation alone: HTTP/1.1 ends a message at its header section, whatever its
    /// header fields say, only for 1xx, 204, 304 and responses to HEAD (RFC 9112 Section
    /// 6.3). So a client or proxy reads the content of a 205 as its Content-Length or
    /// Transfer-Encoding delimits it, like any other response's, and then may discard it;
    /// taking it to be empty would misread the next response on the connection.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert!(!StatusCode::ResetContent.allows_content());
    /// assert!(StatusCode::Ok.allows_content());
    /// ```
    #[inline]
    pub const fn allows_content(self) -> bool {
        // `&`, not `&&`: both are a few instructions, and a branch between them cost more.
        !self.is_informational() & !generated::never_has_content(self)
    }

    /// What following the redirect does to the request method, for 301, 302, 303, 307 and
    /// 308; `None` for every other code.
    #[inline]
    pub const fn redirect_method(self) -> Option<RedirectMethod> {
        generated::redirect_method(self)
    }

    /// Whether following the redirect repeats the request method and content: 307 and 308.
    #[inline]
    pub const fn preserves_method(self) -> bool {
        matches!(self.redirect_method(), Some(RedirectMethod::Preserve))
    }
}

/// `404 Not Found`: the number, a space and the [reason phrase](StatusCode::reason).
///
/// Width, fill, alignment and precision apply to the whole line, as for a `&str`.
///
/// ```
/// use httpcodes::StatusCode;
/// assert_eq!(format!("[{:>16}]", StatusCode::NotFound), "[   404 Not Found]");
/// assert_eq!(format!("[{:<14}]", StatusCode::from_u16(299)), "[299 Success   ]");
/// ```
impl fmt::Display for StatusCode {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.index(), self.status_line()) {
            // `pad` would check the same, but out of line.
            (Some(_), Some(line)) if f.width().is_none() && f.precision().is_none() => f.write_str(line),
            (Some(_), Some(line)) => f.pad(line),
            (None, _) => write_composed_line(self.code(), generated::UNLISTED[0].reason, f),
            // Never: every generated line is whole UTF-8. Composed from the class name, not
            // `reason`, so that `Display` does not pull in the 20 KB table of reasons.
            (Some(_), None) => write_composed_line(self.code(), self.class().name(), f),
        }
    }
}

impl StatusCode {
    /// `"404 Not Found"`, generated for every number from 100 to 599 so that `Display` is
    /// one write; `None` outside that range.
    #[inline(always)]
    pub(crate) fn status_line(self) -> Option<&'static str> {
        let index = self.index()?;
        let start = generated::STATUS_LINE_STARTS[index];
        let end = generated::STATUS_LINE_STARTS[index + 1];
        generated::STATUS_LINES.get(usize::from(start)..usize::from(end))
    }
}

/// The line of a number outside 100..=599: its digits, a space and `reason`, put together
/// on the stack, so that it is still one write and needs no `write!`.
fn write_composed_line(code: u16, reason: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut digits = [0; 5];
    let mut first = digits.len();
    let mut rest = code;
    loop {
        first -= 1;
        digits[first] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let digits = &digits[first..];
    let mut line = [0; generated::LONGEST_COMPOSED_LINE];
    let len = digits.len() + 1 + reason.len();
    if let Some(line) = line.get_mut(..len) {
        let (number, text) = line.split_at_mut(digits.len() + 1);
        number[..digits.len()].copy_from_slice(digits);
        number[digits.len()] = b' ';
        text.copy_from_slice(reason.as_bytes());
        // Always valid: ASCII digits and a space, then a whole `&str`.
        if let Ok(line) = core::str::from_utf8(line) {
            return f.pad(line);
        }
    }
    // Only for a reason longer than `LONGEST_COMPOSED_LINE` allows, which none is.
    for &digit in digits {
        f.write_char(char::from(digit))?;
    }
    f.write_char(' ')?;
    f.write_str(reason)
}

/// Hashes as the number does.
impl Hash for StatusCode {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

/// Ordered by number.
impl Ord for StatusCode {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code().cmp(&other.code())
    }
}

impl PartialOrd for StatusCode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// `From<httpcodes::StatusCode> for u16`: the number, as [`StatusCode::code`] gives it.
impl From<StatusCode> for u16 {
    #[inline]
    fn from(status: StatusCode) -> u16 {
        status.code()
    }
}

/// `TryFrom<u16> for httpcodes::StatusCode`: `Ok` for 100..=599; the total conversion is
/// [`StatusCode::from_u16`].
impl TryFrom<u16> for StatusCode {
    type Error = InvalidStatusCode;

    #[inline]
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        let status = StatusCode::from_u16(code);
        match status.is_valid() {
            true => Ok(status),
            false => Err(InvalidStatusCode::new(code)),
        }
    }
}

/// A table indexed by [`listed_code`](generated::listed_code), for the generated code:
/// `unlisted` at every index, then each `(status, value)` of `listed` at its status's. Index
/// 0 is `Unregistered`'s, so a fact that is the same for every unregistered number is one
/// load, with no branch.
pub(crate) const fn by_listed_code<T: Copy>(
    unlisted: T,
    listed: &[(StatusCode, T)],
) -> [T; generated::LISTED_CODE_END] {
    let mut table = [unlisted; generated::LISTED_CODE_END];
    let mut at = 0;
    while at < listed.len() {
        let (status, value) = listed[at];
        table[generated::listed_code(status) as usize] = value;
        at += 1;
    }
    table
}

/// Where each listed status is in [`StatusCode::ALL`], indexed by its `listed_code`.
static ORDINALS: [u8; generated::LISTED_CODE_END] = {
    assert!(generated::ALL.len() <= u8::MAX as usize + 1);
    let mut table = [0; generated::LISTED_CODE_END];
    let mut at = 0;
    while at < generated::ALL.len() {
        table[generated::listed_code(generated::ALL[at]) as usize] = at as u8;
        at += 1;
    }
    table
};

/// Where a listed status is in [`StatusCode::ALL`]: the index of the generated tables whose
/// entries are too wide to repeat for every `listed_code`. 0 for `Unregistered`, which
/// those tables' functions handle first.
#[inline(always)]
pub(crate) const fn ordinal(status: StatusCode) -> usize {
    ORDINALS[generated::listed_code(status) as usize] as usize
}
