use core::fmt;
use core::ops::RangeInclusive;

use crate::generated;
use crate::vocab::CLASSES;
use crate::Class;

impl Class {
    /// The class of `code`. Numbers outside 100..=599 are invalid, and RFC 9110 Section 15
    /// tells a client to handle them as server errors.
    #[inline(always)]
    pub(crate) const fn of(code: u16) -> Class {
        // A table with an entry for every hundred a `u16` reaches, so that no number needs
        // a range check. With one, `from_u16(c).class()` kept `from_u16`'s `match` as a
        // jump table (5.6 times the cost of `code / 100`): LLVM dropped the check in the
        // listed codes' arm only, and the two arms no longer matched.
        const BY_HUNDRED: [Class; u16::MAX as usize / 100 + 1] = {
            let mut table = [Class::ServerError; u16::MAX as usize / 100 + 1];
            let mut hundred = 1;
            while hundred < 5 {
                table[hundred] = CLASSES[hundred - 1];
                hundred += 1;
            }
            table
        };
        BY_HUNDRED[(code / 100) as usize]
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
