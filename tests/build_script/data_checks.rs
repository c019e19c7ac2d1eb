//! codes.toml itself, read through the build script's stages: the real file passes every
//! check, and what the library answers is what the file says.

use crate::support::parse;

const CODES_TOML: &str = include_str!("../../codes.toml");

#[test]
fn the_real_codes_toml_is_valid() {
    let codes = parse(CODES_TOML).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(codes.statuses.len(), 64);
    assert_eq!(codes.classes.len(), 5);
}

/// `Class::description` is the `[[class]] description` of codes.toml, read here through the
/// build script's parser, not through the generated code.
#[test]
fn class_descriptions_are_those_of_codes_toml() {
    use httpcodes::{Class, StatusCode};

    let codes = parse(CODES_TOML).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let classes = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];
    for (class, table) in classes.into_iter().zip(&codes.classes) {
        assert_eq!(class.digit(), table.digit);
        assert_eq!(class.name(), table.name);
        assert_eq!(class.description(), table.description, "{class}");
        // The class's description is about the class, not about its unregistered codes.
        let unregistered = StatusCode::from_u16(u16::from(class.digit()) * 100 + 99);
        assert_ne!(class.description(), unregistered.description(), "{class}");
        assert_ne!(class.description(), class.name(), "{class}");
    }
    let distinct: std::collections::HashSet<_> = classes.map(Class::description).into();
    assert_eq!(distinct.len(), 5);
}
