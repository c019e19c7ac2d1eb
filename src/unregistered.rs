use core::fmt;

use crate::{generated, Class};

/// A number with no variant of its own in [`StatusCode`](crate::StatusCode).
///
/// Only [`StatusCode::from_u16`](crate::StatusCode::from_u16) makes one, and never for a
/// listed code, so every number has exactly one `StatusCode`.
///
/// `Debug` prints the number alone, so a `StatusCode` prints as `Unregistered(299)`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unregistered(u16);

/// The number, as `u16`'s `Debug` prints it: `299`.
impl fmt::Debug for Unregistered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// What codes.toml says about a group of numbers it does not list.
#[derive(Clone, Copy)]
pub(crate) struct Unlisted {
    pub reason: &'static str,
    pub description: &'static str,
    pub reference: &'static str,
    pub url: &'static str,
}

impl Unregistered {
    /// Only for `generated::from_u16`, which keeps listed codes out.
    #[inline]
    pub(crate) const fn new(code: u16) -> Self {
        Unregistered(code)
    }

    /// The number.
    #[inline]
    pub const fn code(self) -> u16 {
        self.0
    }

    /// Whether the number is in 100..=599, the range of HTTP status codes.
    #[inline]
    pub const fn is_valid(self) -> bool {
        matches!(self.0, 100..=599)
    }

    /// The index of this number's group in the generated tables of unlisted numbers
    /// (`UNLISTED` and the like): 0 outside 100..=599, else the class's first digit.
    #[inline]
    pub(crate) const fn unlisted_index(self) -> usize {
        match self.is_valid() {
            true => Class::of(self.0).digit() as usize,
            false => 0,
        }
    }

    /// The text codes.toml has for this number's class, or for invalid numbers.
    #[inline]
    const fn unlisted(self) -> Unlisted {
        generated::UNLISTED[self.unlisted_index()]
    }

    #[inline]
    pub(crate) const fn reference(self) -> &'static str {
        self.unlisted().reference
    }

    #[inline]
    pub(crate) const fn url(self) -> &'static str {
        self.unlisted().url
    }
}
