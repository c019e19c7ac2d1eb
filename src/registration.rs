use crate::{generated, StatusCode};

impl StatusCode {
    /// The date a temporary registration expires, `"YYYY-MM-DD"`, as the registry copy
    /// that codes.toml follows gives it; `None` for every other code. Only 104 has one.
    ///
    /// The date can be in the past: IANA may have extended the registration, made it
    /// permanent or removed it since. The registry itself is the authority.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert_eq!(StatusCode::UploadResumptionSupported.registration_expiry(), Some("2026-11-13"));
    /// assert_eq!(StatusCode::Ok.registration_expiry(), None);
    /// ```
    #[inline]
    pub const fn registration_expiry(self) -> Option<&'static str> {
        generated::registration_expiry(self)
    }
}
