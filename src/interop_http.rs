//! Conversions to and from `http::StatusCode` (feature `http`).

use crate::StatusCode;

/// `From<http::StatusCode> for httpcodes::StatusCode`: lossless, every `http::StatusCode`
/// (100..=999) keeps its number, so
/// `StatusCode::from(response.status()).description()` works in any hyper or axum handler.
///
/// ```
/// use httpcodes::StatusCode;
///
/// fn explain(status: http::StatusCode) -> &'static str {
///     StatusCode::from(status).description()
/// }
/// assert!(explain(http::StatusCode::TOO_MANY_REQUESTS).contains("rate limited"));
/// assert_eq!(StatusCode::from(http::StatusCode::from_u16(799).unwrap()).code(), 799);
/// ```
impl From<http::StatusCode> for StatusCode {
    #[inline]
    fn from(status: http::StatusCode) -> StatusCode {
        StatusCode::from_u16(status.as_u16())
    }
}

/// `TryFrom<httpcodes::StatusCode> for http::StatusCode`: fails outside 100..=999, the
/// numbers `http::StatusCode` can hold.
///
/// ```
/// use httpcodes::StatusCode;
/// assert_eq!(http::StatusCode::try_from(StatusCode::NotFound).unwrap(), http::StatusCode::NOT_FOUND);
/// assert!(http::StatusCode::try_from(StatusCode::from_u16(1000)).is_err());
/// ```
impl TryFrom<StatusCode> for http::StatusCode {
    type Error = http::status::InvalidStatusCode;

    #[inline]
    fn try_from(status: StatusCode) -> Result<Self, Self::Error> {
        http::StatusCode::from_u16(status.code())
    }
}
