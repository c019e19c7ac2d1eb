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
