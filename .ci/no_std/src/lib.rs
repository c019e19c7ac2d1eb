//! What an embedded user of httpcodes writes: status codes and classes through postcard,
//! into and out of a fixed buffer. `.ci/run` builds this crate for `thumbv7em-none-eabihf`,
//! which has no `std`, and it uses no allocator; the build generates the code for both
//! directions of the serde support on that target.
#![no_std]
#![forbid(unsafe_code)]

use httpcodes::{Class, StatusCode};

/// Writes `status` and its class into `buffer` and reads them back.
pub fn round_trip(status: StatusCode, buffer: &mut [u8]) -> Result<(StatusCode, Class), postcard::Error> {
    let written = postcard::to_slice(&(status, status.class()), buffer)?;
    postcard::from_bytes(written)
}
