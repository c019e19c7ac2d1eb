use crate::{generated, RetryAdvice, StatusCode};

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
