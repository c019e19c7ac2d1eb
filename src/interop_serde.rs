//! Serialization as the number (feature `serde`).

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::StatusCode;

/// Serializes as the number: `404`.
impl Serialize for StatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Deserializes from any `u16`, or from a string that [`str::parse`] accepts: `"404"`,
/// `"Not Found"`, `"404 Not Found"`.
impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StatusCodeVisitor)
    }
}

struct StatusCodeVisitor;

impl Visitor<'_> for StatusCodeVisitor {
    type Value = StatusCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code: a number from 0 to 65535, or a string such as \"404 Not Found\"")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<StatusCode, E> {
        match u16::try_from(value) {
            Ok(code) => Ok(StatusCode::from_u16(code)),
            Err(_) => Err(E::invalid_value(de::Unexpected::Unsigned(value), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<StatusCode, E> {
        match u16::try_from(value) {
            Ok(code) => Ok(StatusCode::from_u16(code)),
            Err(_) => Err(E::invalid_value(de::Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<StatusCode, E> {
        text.parse().map_err(E::custom)
    }
}
