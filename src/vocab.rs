//! The closed sets of values that codes.toml names and the library returns, with their
//! wording: defined once, here, and included by the build script (`#[path]`, as
//! `src/fold.rs` is), so the generated code can only name variants that exist, and a
//! codes.toml spelling cannot drift from the variant it stands for.
//!
//! No `crate::` paths: the file has to compile inside the build script too.

use core::fmt;

/// The class of a status code, given by its first digit (RFC 9110 Section 15).
///
/// Ordered by that digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// 1xx: an interim response; the final one is still to come.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: the client has to take a further step, such as following a link.
    Redirection,
    /// 4xx: the request was wrong, and the client has to change it.
    ClientError,
    /// 5xx: the server failed; also the class of every invalid number.
    ServerError,
}

/// The classes in order of their first digit.
pub(crate) const CLASSES: [Class; 5] = [
    Class::Informational,
    Class::Success,
    Class::Redirection,
    Class::ClientError,
    Class::ServerError,
];

/// Whether sending the same request again can succeed after a response with this status
/// code, and under what condition: what the HTTP specifications say, and, where they say
/// nothing, what widely used clients agree on. See [`StatusCode::retry_advice`](crate::StatusCode::retry_advice).
///
/// The advice is about the status code alone. Two more rules apply to any retry a program
/// makes without asking its user:
///
/// - A client repeats a request by itself only if the method is idempotent (GET, HEAD,
///   PUT, DELETE, OPTIONS, TRACE) or it knows by other means that a repeat does no harm
///   (RFC 9110 Section 9.2.2). 421 and 425 are the exceptions: their specifications let
///   the client send the request again whatever its method (RFC 9110 Section 15.5.20,
///   RFC 8470 Section 5.2).
/// - When the response carries Retry-After (RFC 9110 Section 10.2.3), wait at least that
///   long. 429, 503 and every 3xx may carry it, and a 413 that is temporary should.
///   Without it, wait longer after each failed attempt, and give up after a few.
///
/// ```
/// use httpcodes::{RetryAdvice, StatusCode};
///
/// assert_eq!(StatusCode::ServiceUnavailable.retry_advice(), RetryAdvice::Transient);
/// assert_eq!(StatusCode::NotImplemented.retry_advice(), RetryAdvice::Never);
/// // Unregistered codes follow their class; 599 is handled as 500.
/// assert_eq!(StatusCode::from_u16(599).retry_advice(), RetryAdvice::Transient);
/// ```
///
/// # Compared with HTTP clients
///
/// [`Transient`](Self::Transient) holds exactly the codes that curl (`--retry`), the Azure
/// SDK and Google's resumable-media library retry: 408, 429, 500, 502, 503 and 504. Other
/// clients differ:
///
/// - urllib3 retries 413, 429 and 503, and those only when the response has Retry-After;
///   here 413 is [`IfTemporary`](Self::IfTemporary), which asks for the same signal, while
///   408, 500, 502 and 504 are [`Transient`](Self::Transient) even without the header.
/// - go-retryablehttp retries 429 and every 5xx but 501; reqwest-retry retries 408, 429
///   and every 5xx. Both repeat 505 and 506 ([`Never`](Self::Never) here: the server
///   cannot do what is asked), 507 (a user's request must not be repeated automatically),
///   508 and 510 (the request has to change) and 511 (a person has to sign in first).
///   go-retryablehttp does not retry 408.
/// - The AWS SDKs retry 500, 502, 503 and 504, and recognise throttling by its error code
///   rather than by 429. Google's api-core retries 429, 500 and 503.
/// - None of these retries 421 or 425 by status code; here each has a variant of its own,
///   because its RFC allows a repeat under a condition about the connection.
///
/// Unlike these policies, the advice covers every code, success and redirection included,
/// so that an error page or a log line can say what the client can do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryAdvice {
    /// 1xx, 2xx and 3xx: the response reports no failure, so there is nothing to repeat. A
    /// 1xx is followed by the final response, and following a 3xx is a new request, not a
    /// repeat (RFC 9110 Sections 15.2 to 15.4).
    NotAnError,
    /// The same request may succeed later, unchanged: 408 (RFC 9110 Section 15.5.9 lets a
    /// client repeat the request, usually on a new connection), 429 (RFC 6585 Section 4,
    /// after a pause), 503 (RFC 9110 Section 15.6.4, an overload or maintenance that
    /// should pass), and 500, 502 and 504 (RFC 9110 Sections 15.6.1, 15.6.3 and 15.6.5),
    /// for which the specification says nothing about retrying but which widely used
    /// clients retry. Also every unregistered 5xx code and every invalid number, which
    /// RFC 9110 Section 15 has a client handle as 500.
    Transient,
    /// 421: the request reached a server that does not answer for its origin, often over a
    /// connection reused for another host name. A client may send it again on a different
    /// connection, whatever its method (RFC 9110 Section 15.5.20).
    OnAnotherConnection,
    /// 425: the server will not act on a request sent in TLS early data, where a replay is
    /// possible. The user agent should send it again by itself once the TLS handshake is
    /// complete, and never in early data again (RFC 8470 Section 5.2).
    AfterHandshake,
    /// Only if the server's condition is temporary. 413: the server marks it so by sending
    /// Retry-After, and the client may try again after that time (RFC 9110 Section
    /// 15.5.14); without it, the content has to shrink. 507: the lack of storage is
    /// temporary, but a request a user started must not be repeated until the user asks
    /// again (RFC 4918 Section 11.5).
    IfTemporary,
    /// Sending the same request again fails the same way until something changes: usually
    /// the request (its credentials, content, header fields or target), sometimes the
    /// state of the resource (a lock released after 423, a conflict resolved after 409).
    /// Every 4xx code not named elsewhere (RFC 9110 Section 15.5) and every unregistered
    /// one, as it is handled as 400; also 508, where a finite Depth avoids the loop (RFC
    /// 5842 Section 7.2), and 510, which may be repeated with the extensions the response
    /// asks for (RFC 2774 Section 7).
    AfterChange,
    /// 511: the network wants the user to sign in, usually on a page the response links
    /// to; after that, the same request works (RFC 6585 Section 6). Repeating it before
    /// then only brings the same answer.
    AfterNetworkLogin,
    /// Repeating the request does not help: the server lacks what it needs. 501: it does
    /// not support the functionality, such as the method (RFC 9110 Section 15.6.2). 505:
    /// it refuses the request's major HTTP version; another version is a new request on
    /// another connection, not a repeat (RFC 9110 Section 15.6.6). 506: its content
    /// negotiation is misconfigured, which only its operators can fix (RFC 2295 Section
    /// 8.1).
    Never,
}

impl RetryAdvice {
    /// codes.toml's `retry` values. Not `NotAnError`: that is what every 1xx, 2xx and 3xx
    /// code gets without saying, and no other.
    #[allow(dead_code)] // read by the build script
    pub(crate) const SPELLINGS: [(&'static str, RetryAdvice); 7] = [
        ("transient", RetryAdvice::Transient),
        ("another-connection", RetryAdvice::OnAnotherConnection),
        ("after-handshake", RetryAdvice::AfterHandshake),
        ("if-temporary", RetryAdvice::IfTemporary),
        ("after-change", RetryAdvice::AfterChange),
        ("after-network-login", RetryAdvice::AfterNetworkLogin),
        ("never", RetryAdvice::Never),
    ];

    /// The words the generated docs use: a label for the table of codes, and a phrase
    /// that completes "Repeating the request: ...".
    #[allow(dead_code)] // read by the build script
    pub(crate) const fn docs_words(self) -> (&'static str, &'static str) {
        match self {
            RetryAdvice::NotAnError => ("-", "nothing to repeat, as nothing failed"),
            RetryAdvice::Transient => ("later", "may succeed later, unchanged"),
            RetryAdvice::OnAnotherConnection => ("other connection", "may succeed on another connection"),
            RetryAdvice::AfterHandshake => ("after handshake", "once the TLS handshake is complete"),
            RetryAdvice::IfTemporary => (
                "if temporary",
                "only if the server says the condition is temporary",
            ),
            RetryAdvice::AfterChange => (
                "after a change",
                "not before the request, or the resource, changes",
            ),
            RetryAdvice::AfterNetworkLogin => (
                "after network login",
                "once the user has signed in to the network",
            ),
            RetryAdvice::Never => ("never", "does not help"),
        }
    }

    /// What a client can do, in a sentence fit to show next to the status's description.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// println!("{}", StatusCode::TooEarly.retry_advice().description());
    /// ```
    pub const fn description(self) -> &'static str {
        match self {
            RetryAdvice::NotAnError => "Nothing failed, so there is nothing to send again.",
            RetryAdvice::Transient => {
                "The same request may work if sent again after a pause; wait as long as Retry-After says, if the response has it."
            }
            RetryAdvice::OnAnotherConnection => {
                "The same request may work if sent again over a new connection, whatever its method."
            }
            RetryAdvice::AfterHandshake => {
                "Send the same request again once the TLS handshake has finished, not in early data."
            }
            RetryAdvice::IfTemporary => {
                "Send it again only if the server says the problem is temporary, and never on a user's behalf without asking."
            }
            RetryAdvice::AfterChange => {
                "Sent again unchanged, the request fails again; change it, or wait until the resource changes."
            }
            RetryAdvice::AfterNetworkLogin => {
                "Sign in to the network first, usually on the page the response links to; then send the request again."
            }
            RetryAdvice::Never => {
                "Sending the request again will not help; the server cannot do what it asks."
            }
        }
    }
}

/// How firmly a specification asks for something, in the BCP 14 keywords (RFC 2119 and
/// RFC 8174) that HTTP's specifications use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Requirement {
    /// MUST: a sender that leaves it out does not conform.
    Must,
    /// SHOULD: expected, unless the sender has a good reason not to.
    Should,
    /// MAY: the sender's choice.
    May,
}

impl Requirement {
    /// codes.toml's `requirement` values, which are [`as_str`](Self::as_str).
    #[allow(dead_code)] // read by the build script
    pub(crate) const SPELLINGS: [(&'static str, Requirement); 3] = [
        (Requirement::Must.as_str(), Requirement::Must),
        (Requirement::Should.as_str(), Requirement::Should),
        (Requirement::May.as_str(), Requirement::May),
    ];

    /// The keyword in lower case: `"must"`, `"should"` or `"may"`.
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Requirement::Must => "must",
            Requirement::Should => "should",
            Requirement::May => "may",
        }
    }
}

/// The keyword in lower case, as [`Requirement::as_str`].
impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What a user agent does with the request method when it follows a redirect
/// (RFC 9110 Section 15.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RedirectMethod {
    /// 301 and 302: the method should stay, but user agents may change POST to GET, as
    /// browsers have long done.
    MayChangeToGet,
    /// 303: the follow-up request is a GET (or HEAD), whatever the original method was.
    ChangeToGet,
    /// 307 and 308: the follow-up request repeats the method and its content.
    Preserve,
}

impl RedirectMethod {
    /// codes.toml's `redirect` values.
    #[allow(dead_code)] // read by the build script
    pub(crate) const SPELLINGS: [(&'static str, RedirectMethod); 3] = [
        ("may-change-to-get", RedirectMethod::MayChangeToGet),
        ("change-to-get", RedirectMethod::ChangeToGet),
        ("preserve", RedirectMethod::Preserve),
    ];
}

/// How the IANA HTTP Status Code Registry lists a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegistryStatus {
    /// A regular, permanent registration.
    Assigned,
    /// A provisional registration for a specification still in draft, such as 104.
    Temporary,
    /// Reserved and not to be used, as 306 and 418 are.
    Unused,
    /// Registered once, now obsolete, as 510 is.
    Obsoleted,
}

impl RegistryStatus {
    /// codes.toml's `registry` values; a code without the key is `Assigned`.
    #[allow(dead_code)] // read by the build script
    pub(crate) const SPELLINGS: [(&'static str, RegistryStatus); 3] = [
        ("temporary", RegistryStatus::Temporary),
        ("unused", RegistryStatus::Unused),
        ("obsoleted", RegistryStatus::Obsoleted),
    ];
}

/// Where a number of an [`Unofficial`](crate::Unofficial) entry shows up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Seen {
    /// In a response: a server, proxy or CDN sends it, and a client can receive it.
    Response,
    /// Only in the logs of the server, proxy or load balancer that records it. The client
    /// receives another code ([`Unofficial::sent_as`](crate::Unofficial::sent_as)) or nothing at all, because the
    /// connection closed.
    ServerLog,
    /// Only on the client side: client software reports it, and no server sends it.
    ClientSide,
    /// Only inside the server, where its configuration can name the number (nginx's 494 to
    /// 497 are keys of `error_page`). Neither the client nor the access log sees it: both
    /// get [`Unofficial::sent_as`](crate::Unofficial::sent_as) instead, unless the
    /// configuration asks for another code.
    ServerConfig,
}

impl Seen {
    /// codes.toml's `seen` values.
    #[allow(dead_code)] // read by the build script
    pub(crate) const SPELLINGS: [(&'static str, Seen); 4] = [
        ("response", Seen::Response),
        ("server-log", Seen::ServerLog),
        ("client-side", Seen::ClientSide),
        ("server-config", Seen::ServerConfig),
    ];
}

/// `"in responses"`, `"only in server logs"`, `"only on the client side"` or
/// `"only in server configuration"`.
impl fmt::Display for Seen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Seen::Response => "in responses",
            Seen::ServerLog => "only in server logs",
            Seen::ClientSide => "only on the client side",
            Seen::ServerConfig => "only in server configuration",
        })
    }
}
