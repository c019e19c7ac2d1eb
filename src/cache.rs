use crate::{generated, StatusCode};

impl StatusCode {
    /// Whether a cache must not store a response with this code: 428, 429, 431 and 511,
    /// each of which RFC 6585 (Sections 3 to 6) says "MUST NOT be stored by a cache". Other
    /// codes follow the ordinary rules of RFC 9111 Section 3, where a response is stored
    /// only when its code is understood and cacheable by default
    /// ([`is_cacheable_by_default`](Self::is_cacheable_by_default)) or explicit freshness
    /// information allows it.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert!(StatusCode::TooManyRequests.must_not_be_stored());
    /// assert!(!StatusCode::ServiceUnavailable.must_not_be_stored());
    /// ```
    #[inline]
    pub const fn must_not_be_stored(self) -> bool {
        generated::must_not_be_stored(self)
    }
}
