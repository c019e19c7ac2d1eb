//! What does an HTTP status code mean? `httpcodes` answers for any number: the reason
//! phrase of RFC 9110, the class, a plain-language description an error page can show,
//! and the semantics RFC 9110 gives the code.
//!
//! ```
//! use httpcodes::{Class, StatusCode};
//!
//! let status = StatusCode::from_u16(429);
//! assert_eq!(status.reason(), "Too Many Requests");
//! assert_eq!(status.class(), Class::ClientError);
//! println!("{status}: {}", status.description());
//!
//! // Numbers the registry does not list still get an answer, from their class.
//! let odd = StatusCode::from_u16(299);
//! assert_eq!(odd.to_string(), "299 Success");
//! assert!(odd.is_success() && !odd.is_registered());
//!
//! // Phrases, old or new, in any case, resolve to their code.
//! assert_eq!(StatusCode::from_reason("payload too large"), Some(StatusCode::ContentTooLarge));
//! assert_eq!("404 Not Found".parse(), Ok(StatusCode::NotFound));
//! ```
//!
//! Everything is `const` where Rust allows it, the crate is `no_std` and never allocates,
//! and all of its data comes from one file, `codes.toml`, through the build script.
//!
#![doc = include_str!("coming_from_http.md")]
//!
//! # Every code
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/codes.md"))]
//!
//! # Codes seen in the wild
//!
//! Logs and error pages are full of numbers the registry does not define, like nginx's 499
//! or Cloudflare's 522. Their meaning belongs to one vendor, the same number can mean
//! different things to two vendors, and one (Microsoft's 451) clashes with a registered code;
//! so they never change what [`reason`](StatusCode::reason), [`description`](StatusCode::description)
//! or [`class`](StatusCode::class) answer. [`StatusCode::unofficial`] reports them separately,
//! each with its vendor and the page that documents it:
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/unofficial.md"))]
//!
//! # Reading status lines
//!
//! [`StatusCode::from_status_line`] reads a response's first line the way RFC 9112
//! Section 4 has a client read it: the three digits decide, and the reason phrase is never
//! checked (`"HTTP/1.1 404 Whatever"`, `"HTTP/2 404"`, `"HTTP/1.1 405 "`).
//! [`StatusLine`] keeps the version and the phrase too, and says what the phrase was
//! ([`PhraseKind`]). `FromStr` is the stricter reader, for text people write: a phrase
//! after the number has to fit it, though it may be any spelling that a widely used server
//! sends for the code. Those spellings, each with the servers that send it and their source:
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/spellings.md"))]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cache;
mod class;
mod error;
mod fold;
mod headers;
#[cfg(feature = "http")]
mod interop_http;
#[cfg(feature = "serde")]
mod interop_serde;
mod parse;
mod reason;
mod registration;
mod retry;
mod status;
mod status_line;
mod unofficial;
mod unregistered;
mod vocab;

/// The items the build script generates from codes.toml.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/codes.rs"));
}

pub use error::{InvalidStatusCode, ParseError};
pub use generated::StatusCode;
pub use headers::HeaderField;
pub use status_line::{PhraseKind, StatusLine};
pub use unofficial::Unofficial;
pub use unregistered::Unregistered;
pub use vocab::{Class, RedirectMethod, RegistryStatus, Requirement, RetryAdvice, Seen};

use unregistered::Unlisted;

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
