//! What a `StatusCode` costs to hold, and that constants of it still work as patterns.

use std::mem::size_of;

use httpcodes::StatusCode;

#[test]
fn a_status_is_four_bytes_and_so_is_an_optional_one() {
    // A u16 tag (the code of a listed status, 0 for `Unregistered`) and the number of an
    // unregistered one. `Option` uses a tag value no variant has.
    assert!(size_of::<StatusCode>() <= 4, "{}", size_of::<StatusCode>());
    assert!(
        size_of::<Option<StatusCode>>() <= 4,
        "{}",
        size_of::<Option<StatusCode>>()
    );
    assert!(size_of::<Result<StatusCode, httpcodes::InvalidStatusCode>>() <= 8);
}

#[test]
fn constants_match_as_patterns() {
    // A `const` in a pattern needs `PartialEq` derived (structural equality), which
    // `StatusCode` keeps; an unregistered number works as well as a listed one.
    const TEAPOT: StatusCode = StatusCode::from_u16(418);
    const CLOSED: StatusCode = StatusCode::from_u16(499);
    let name = |status| match status {
        TEAPOT => "teapot",
        CLOSED => "closed",
        StatusCode::NotFound => "not found",
        _ => "other",
    };
    assert_eq!(name(StatusCode::ImATeapot), "teapot");
    assert_eq!(name(StatusCode::from_u16(499)), "closed");
    assert_eq!(name(StatusCode::from_u16(404)), "not found");
    assert_eq!(name(StatusCode::from_u16(498)), "other");
}

#[test]
fn every_u16_keeps_its_number_through_memory() {
    // The values go through a Vec, so `code()` reads them back as a program holding
    // them does, not folded into `from_u16`.
    let held: Vec<StatusCode> = (0..=u16::MAX).map(StatusCode::from_u16).collect();
    for (code, status) in (0..=u16::MAX).zip(std::hint::black_box(&held)) {
        assert_eq!(status.code(), code);
        assert_eq!(u16::from(*status), code);
    }
}
