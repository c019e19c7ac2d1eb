//! `Serialize` and `Deserialize` for [`StatusCode`] and [`Class`] (feature `serde`).
//!
//! Formats come in two kinds, and serde tells them apart by
//! [`is_human_readable`](Deserializer::is_human_readable). A human-readable format (JSON,
//! YAML, TOML, query strings) is self-describing, so deserializing asks it what it holds
//! and accepts a number or a string. A binary format (postcard, bincode, CBOR,
//! MessagePack) gets asked for the one type that was serialized: postcard and bincode do
//! not record types, so they cannot answer `deserialize_any`.

use core::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::reason::same_phrase;
use crate::vocab::CLASSES;
use crate::{Class, StatusCode};

/// `Serialize for httpcodes::StatusCode`: the number, `404`, in every format.
impl Serialize for StatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// `Deserialize for httpcodes::StatusCode`: in a human-readable format, any number from 0
/// to 65535, or a string that [`str::parse`] accepts (`"404"`, `"Not Found"`,
/// `"404 Not Found"`); in a binary format, the `u16` that [`Serialize`] wrote.
impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.is_human_readable() {
            true => deserializer.deserialize_any(StatusCodeVisitor { text: true }),
            false => deserializer.deserialize_u16(StatusCodeVisitor { text: false }),
        }
    }
}

struct StatusCodeVisitor {
    /// Whether the format may hold a string; only for the message of an error.
    text: bool,
}

impl Visitor<'_> for StatusCodeVisitor {
    type Value = StatusCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code: a number from 0 to 65535")?;
        match self.text {
            true => f.write_str(", or a string such as \"404 Not Found\""),
            false => Ok(()),
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<StatusCode, E> {
        match u16::try_from(value) {
            Ok(code) => Ok(StatusCode::from_u16(code)),
            Err(_) => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<StatusCode, E> {
        match u16::try_from(value) {
            Ok(code) => Ok(StatusCode::from_u16(code)),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<StatusCode, E> {
        text.parse().map_err(E::custom)
    }
}

/// `Serialize for httpcodes::Class`: in a human-readable format, the
/// [name](Class::name) (`"Client Error"`), as a log line or an error page would show it;
/// in a binary format, the first [digit](Class::digit) of its codes as a `u8` (`4`).
impl Serialize for Class {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match serializer.is_human_readable() {
            true => serializer.serialize_str(self.name()),
            false => serializer.serialize_u8(self.digit()),
        }
    }
}

/// `Deserialize for httpcodes::Class`: in a human-readable format, the name, ignoring case
/// and the separators space, `-`, `_` and `'` as [`StatusCode::from_reason`] does (so
/// `"Client Error"`, `"ClientError"` and `"client_error"` all work), or the digit 1 to 5;
/// in a binary format, the digit.
impl<'de> Deserialize<'de> for Class {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match deserializer.is_human_readable() {
            true => deserializer.deserialize_any(ClassVisitor { text: true }),
            false => deserializer.deserialize_u8(ClassVisitor { text: false }),
        }
    }
}

struct ClassVisitor {
    /// Whether the format may hold a string; only for the message of an error.
    text: bool,
}

impl Visitor<'_> for ClassVisitor {
    type Value = Class;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the class of an HTTP status code: its first digit, 1 to 5")?;
        match self.text {
            true => f.write_str(", or its name, such as \"Client Error\""),
            false => Ok(()),
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Class, E> {
        let found = CLASSES
            .into_iter()
            .find(|class| u64::from(class.digit()) == value);
        found.ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Class, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Class, E> {
        let found = CLASSES.into_iter().find(|class| same_phrase(text, class.name()));
        found.ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
    }
}
