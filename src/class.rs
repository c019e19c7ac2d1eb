use core::fmt;
use core::ops::RangeInclusive;

use crate::generated;

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

impl Class {
    /// The class of `code`. Numbers outside 100..=599 are invalid, and RFC 9110 Section 15
    /// tells a client to handle them as server errors.
    #[inline(always)]
    pub(crate) const fn of(code: u16) -> Class {
        // Arithmetic and a table, not a `match` on ranges: a branch here took a misprediction
        // for every third random code, and LLVM threaded `from_u16`'s switch into it.
        const BY_DIGIT: [Class; 6] = [
            Class::ServerError,
            Class::Informational,
            Class::Success,
            Class::Redirection,
            Class::ClientError,
            Class::ServerError,
        ];
        let digit = code / 100;
        BY_DIGIT[if digit < 6 { digit as usize } else { 5 }]
    }

    /// The first digit of the class's codes, 1 to 5.
    #[inline]
    pub const fn digit(self) -> u8 {
        self as u8 + 1
    }

    /// The class's name, such as `"Client Error"`; also the reason phrase of its
    /// unregistered codes.
    ///
    /// ```
    /// assert_eq!(httpcodes::Class::ClientError.name(), "Client Error");
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        generated::UNLISTED[self.digit() as usize].reason
    }

    /// What a response of this class tells the client, in a sentence or two.
    #[inline]
    pub const fn description(self) -> &'static str {
        generated::class_description(self)
    }

    /// The codes of the class, such as `400..=499`.
    ///
    /// ```
    /// use httpcodes::Class;
    /// assert_eq!(Class::ClientError.range(), 400..=499);
    /// assert!(Class::Success.range().contains(&204));
    /// ```
    #[inline]
    pub const fn range(self) -> RangeInclusive<u16> {
        let first = self.digit() as u16 * 100;
        RangeInclusive::new(first, first + 99)
    }
}

/// The class's name, as [`Class::name`].
impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}
