use crate::{generated, Requirement, StatusCode};

/// A header field that the specifications tie to a response with a given status code, with
/// how firmly they ask for it, or against it: see [`StatusCode::header_fields`].
///
/// Most rows name a field the response carries; a [`MustNot`](Requirement::MustNot) or
/// [`ShouldNot`](Requirement::ShouldNot) row names one it leaves out, such as
/// Content-Length in a 204. Only fields of the response are listed. What a client's next request has to carry,
/// such as the lock token in the If field after a 423 or a precondition after a 428, is
/// in the code's [description](StatusCode::description).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeaderField {
    pub(crate) name: &'static str,
    pub(crate) requirement: Requirement,
    pub(crate) condition: &'static str,
    pub(crate) reference: &'static str,
    pub(crate) url: &'static str,
}

impl HeaderField {
    /// The field name, as the specification spells it, such as `"WWW-Authenticate"`.
    /// Field names are case-insensitive (RFC 9110 Section 5.1).
    #[inline]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How firmly the specification asks the server for the field, or against it.
    #[inline]
    pub const fn requirement(&self) -> Requirement {
        self.requirement
    }

    /// When the field is sent, or what it says, in a short phrase such as
    /// `"the methods the target resource supports now; the list may be empty"`.
    #[inline]
    pub const fn condition(&self) -> &'static str {
        self.condition
    }

    /// The section that states the requirement, such as `"RFC 9110, Section 15.5.6"`.
    #[inline]
    pub const fn reference(&self) -> &'static str {
        self.reference
    }

    /// A link to [`reference`](Self::reference).
    #[inline]
    pub const fn url(&self) -> &'static str {
        self.url
    }
}

impl StatusCode {
    /// The header fields that RFC 9110 and the code's own specification tie to a response
    /// with this code, each with its requirement level, condition and section; empty for
    /// most codes. Fields that go with a whole class come last, and apply to unregistered
    /// codes of the class too: Date (RFC 9110 Section 6.6.1: an origin server with a clock
    /// must send it in every 2xx, 3xx and 4xx response and may in 1xx and 5xx), Retry-After
    /// with every 3xx (Section 10.2.3), and the framing fields a 1xx must not carry (Section
    /// 8.6, RFC 9112 Section 6.1). A field can appear twice, once for the code and once
    /// for its class, when two rules name it.
    ///
    /// ```
    /// use httpcodes::{Requirement, StatusCode};
    ///
    /// let fields = StatusCode::MethodNotAllowed.header_fields();
    /// assert_eq!(fields[0].name(), "Allow");
    /// assert_eq!(fields[0].requirement(), Requirement::Must);
    /// // 404 has no fields of its own; its class asks for Date.
    /// let date = StatusCode::NotFound.header_fields();
    /// assert_eq!((date.len(), date[0].name()), (1, "Date"));
    /// ```
    #[inline]
    pub const fn header_fields(self) -> &'static [HeaderField] {
        generated::header_fields(self)
    }
}
