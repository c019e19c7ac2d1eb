use crate::{generated, StatusCode};

/// Whether sending the same request again can succeed after a response with this status
/// code, and under what condition: what the HTTP specifications say, and, where they say
/// nothing, what widely used clients agree on. See [`StatusCode::retry_advice`].
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

impl StatusCode {
    /// Whether sending the same request again can succeed, and under what condition.
    /// Total: an unregistered code gets its class's advice, as RFC 9110 Section 15 has a
    /// client handle it as the class's x00 code, and a number outside 100..=599 that of
    /// 500 (a server error).
    ///
    /// ```
    /// use httpcodes::{RetryAdvice, StatusCode};
    /// assert_eq!(StatusCode::MisdirectedRequest.retry_advice(), RetryAdvice::OnAnotherConnection);
    /// assert_eq!(StatusCode::from_u16(499).retry_advice(), RetryAdvice::AfterChange);
    /// assert_eq!(StatusCode::Ok.retry_advice(), RetryAdvice::NotAnError);
    /// ```
    #[inline]
    pub const fn retry_advice(self) -> RetryAdvice {
        generated::retry_advice(self)
    }
}
