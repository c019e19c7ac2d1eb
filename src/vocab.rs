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
    /// 4xx: the server puts the fault on the request; most such requests need a change before
    /// they are sent again.
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
///   long. 429 and 503 may carry it, a 413 that is temporary should, and with a 3xx it
///   is the least time to wait before following the redirect.
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
/// [`Transient`](Self::Transient) holds exactly the codes that curl's `--retry`
/// ([`src/tool_operate.c`][curl]) and Google's resumable-media library (`RETRYABLE` in
/// [`google/resumable_media/common.py`][resumable]) retry: 408, 429, 500, 502, 503 and
/// 504. Other clients differ:
///
/// - azure-core for Python ([`azure/core/pipeline/policies/_retry.py`][azure]) retries
///   those six codes and also every code from 506 to 998, and it retries any response of
///   400 or more that carries Retry-After, whatever its code and method; POST and PATCH
///   it repeats after 500, 503 and 504. Here 506 is [`Never`](Self::Never), 507
///   [`AfterUserAction`](Self::AfterUserAction), 508 and 510
///   [`AfterChange`](Self::AfterChange), 511 [`AfterNetworkLogin`](Self::AfterNetworkLogin),
///   and a repeat of POST or PATCH is left to the program (RFC 9110 Section 9.2.2).
/// - urllib3 ([`src/urllib3/util/retry.py`][urllib3]) retries by default only 413, 429 and
///   503 (`RETRY_AFTER_STATUS_CODES`), and those only when the response has Retry-After;
///   its list of codes to retry regardless is empty unless the program fills it. Here 413
///   is [`IfTemporary`](Self::IfTemporary), which waits for the same signal, while 408,
///   500, 502 and 504 are [`Transient`](Self::Transient) even without the header.
/// - go-retryablehttp (`baseRetryPolicy` in [`client.go`][retryablehttp]) retries 429,
///   status 0 and every code from 500 up but 501, invalid numbers included; reqwest-retry
///   (`default_on_request_success` in [`reqwest-retry/src/retryable_strategy.rs`][reqwest])
///   retries 408, 429 and every 5xx. Both repeat 505 and 506 ([`Never`](Self::Never) here:
///   the server cannot do what is asked), 507 (a request a user started waits for that
///   user), 508 and 510 (the request has to change) and 511 (a person has to sign in
///   first). go-retryablehttp does not retry 408.
/// - The AWS SDK for JavaScript v3 (`isThrottlingError` and `isTransientError` in
///   [`@smithy/service-error-classification`][smithy]) treats 429 as throttling and 500,
///   502, 503 and 504 as transient; botocore's standard mode
///   ([`botocore/retries/standard.py`][botocore]) retries 500, 502, 503 and 504 by status,
///   and throttling by the error code in the response rather than by 429. Google's
///   api-core (`if_transient_error` in [`google/api_core/retry/retry_base.py`][api-core])
///   retries 429, 500 and 503.
/// - None of these retries 421 or 425 by status code; here each has a variant of its own,
///   because its RFC allows a repeat under a condition about the connection.
///
/// Unlike these policies, the advice covers every code, success and redirection included,
/// so that an error page or a log line can say what the client can do next.
///
/// [curl]: https://github.com/curl/curl/blob/master/src/tool_operate.c
/// [resumable]: https://github.com/googleapis/google-resumable-media-python/blob/main/google/resumable_media/common.py
/// [azure]: https://github.com/Azure/azure-sdk-for-python/blob/main/sdk/core/azure-core/azure/core/pipeline/policies/_retry.py
/// [urllib3]: https://github.com/urllib3/urllib3/blob/main/src/urllib3/util/retry.py
/// [retryablehttp]: https://github.com/hashicorp/go-retryablehttp/blob/main/client.go
/// [reqwest]: https://github.com/TrueLayer/reqwest-middleware/blob/main/reqwest-retry/src/retryable_strategy.rs
/// [smithy]: https://github.com/smithy-lang/smithy-typescript/blob/main/packages/service-error-classification/src/index.ts
/// [botocore]: https://github.com/boto/botocore/blob/develop/botocore/retries/standard.py
/// [api-core]: https://github.com/googleapis/python-api-core/blob/main/google/api_core/retry/retry_base.py
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
    ///
    /// The method still decides whether a program may resend by itself: a request whose
    /// method is not idempotent, such as POST, only where the client knows a repeat does
    /// no harm or can tell that the first one was never applied (RFC 9110 Section 9.2.2).
    /// A status 0 from a browser is such a case: an opaque response to `fetch()` reports
    /// 0, yet the server did answer and may have acted.
    Transient,
    /// 421: the request reached a server that does not answer for its origin, often over a
    /// connection reused for another host name. A client may send it again on a different
    /// connection, whatever its method (RFC 9110 Section 15.5.20).
    OnAnotherConnection,
    /// 425: the server will not act on a request sent in TLS early data, where a replay is
    /// possible. The user agent should send it again by itself once the TLS handshake is
    /// complete, and never in early data again (RFC 8470 Section 5.2).
    AfterHandshake,
    /// 413: only once the server marks its refusal as temporary. It does so with Retry-After,
    /// which it should send then, and after that time the client may try again (RFC 9110
    /// Section 15.5.14); without it, the content has to shrink.
    IfTemporary,
    /// 507: the server is short of storage, a condition RFC 4918 (Section 11.5) calls
    /// temporary, so a request a program sends on its own may succeed later. One a user
    /// started must not be repeated until the user asks for it again.
    AfterUserAction,
    /// Sending the same request again fails the same way until something changes: usually
    /// the request (its credentials, content, header fields or target), sometimes the
    /// state of the resource (a lock released after 423, a conflict resolved after 409).
    /// Every 4xx code not named elsewhere (RFC 9110 Section 15.5) and every unregistered
    /// one, as it is handled as 400; also 508, where the same `Depth: infinity` request
    /// meets the same loop (RFC 5842 Section 7.2), and 510, which may be repeated with the
    /// extensions the response asks for (RFC 2774 Section 7).
    AfterChange,
    /// 511: the network wants the client to authenticate before it lets traffic through,
    /// on a page the response should link to (RFC 6585 Section 6). Repeating the request
    /// before then only brings the same answer; after it, the request can be sent again.
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
    pub(crate) const SPELLINGS: [(&'static str, RetryAdvice); 8] = [
        ("transient", RetryAdvice::Transient),
        ("another-connection", RetryAdvice::OnAnotherConnection),
        ("after-handshake", RetryAdvice::AfterHandshake),
        ("if-temporary", RetryAdvice::IfTemporary),
        ("after-user-action", RetryAdvice::AfterUserAction),
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
                "only once Retry-After says the refusal is temporary, after that time",
            ),
            RetryAdvice::AfterUserAction => (
                "on a new user action",
                "later, but a request a user started only when the user asks again",
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
                "The same request may work if sent again after a pause, as long as any Retry-After says; resend a POST or other non-idempotent one unasked only if a repeat is harmless or the first never took effect."
            }
            RetryAdvice::OnAnotherConnection => {
                "The same request may work if sent again over a new connection, whatever its method."
            }
            RetryAdvice::AfterHandshake => {
                "Send the same request again once the TLS handshake has finished, not in early data."
            }
            RetryAdvice::IfTemporary => {
                "Send it again only if the response has Retry-After, after that time; otherwise send less."
            }
            RetryAdvice::AfterUserAction => {
                "The problem is temporary, but a request the user started waits until the user asks again."
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
/// RFC 8174) that HTTP's specifications use, or [`NoKeyword`](Self::NoKeyword) where the
/// specification names the field for the code in plain words.
///
/// Each level is the keyword of the sentence that states the rule; codes.toml keeps that
/// sentence beside the row, and a test checks the two agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Requirement {
    /// MUST (or REQUIRED, SHALL): a sender that leaves it out does not conform.
    Must,
    /// MUST NOT (or SHALL NOT): a sender that includes it does not conform.
    MustNot,
    /// SHOULD (or RECOMMENDED): expected, unless the sender has a good reason not to.
    Should,
    /// SHOULD NOT (or NOT RECOMMENDED): left out, unless the sender has a good reason.
    ShouldNot,
    /// MAY (or OPTIONAL): the sender's choice.
    May,
    /// No keyword: the specification says the field goes with the code ("is indicated by",
    /// "ought to be used", "can be used") without making it a requirement. 303's Location
    /// is one: RFC 9110 Section 15.4.4 describes the redirect by it, with no MUST or SHOULD.
    NoKeyword,
}

impl Requirement {
    /// codes.toml's `requirement` values: [`as_str`](Self::as_str) with a hyphen for the
    /// space, as a codes.toml value is one word.
    #[allow(dead_code)] // read by the build script
    pub(crate) const SPELLINGS: [(&'static str, Requirement); 6] = [
        ("must", Requirement::Must),
        ("must-not", Requirement::MustNot),
        ("should", Requirement::Should),
        ("should-not", Requirement::ShouldNot),
        ("may", Requirement::May),
        ("no-keyword", Requirement::NoKeyword),
    ];

    /// The keyword in lower case (`"must"`, `"must not"`, `"should"`, `"should not"`,
    /// `"may"`), or `"no keyword"`.
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Requirement::Must => "must",
            Requirement::MustNot => "must not",
            Requirement::Should => "should",
            Requirement::ShouldNot => "should not",
            Requirement::May => "may",
            Requirement::NoKeyword => "no keyword",
        }
    }

    /// Whether the rule is that the field is left out: [`MustNot`](Self::MustNot) or
    /// [`ShouldNot`](Self::ShouldNot).
    #[inline]
    pub const fn is_prohibition(self) -> bool {
        matches!(self, Requirement::MustNot | Requirement::ShouldNot)
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
