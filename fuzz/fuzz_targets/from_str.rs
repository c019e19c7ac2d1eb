//! `FromStr` on any string: it answers without panicking, accepts only 100..=999, and what
//! it accepts prints (`Display`, the bare number, or the number with a vendor's phrase for
//! it) as text that parses back to it.
#![no_main]

use httpcodes::{ParseError, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match text.parse::<StatusCode>() {
        Ok(status) => {
            let code = status.code();
            assert!((100..=999).contains(&code), "{text:?} gave {code}");
            assert_eq!(status.to_string().parse(), Ok(status), "{text:?}");
            assert_eq!(code.to_string().parse(), Ok(status), "{text:?}");
            for entry in status.unofficial() {
                if let Some(phrase) = entry.phrase() {
                    let text = format!("{code} {phrase}");
                    assert_eq!(text.parse(), Ok(status), "{text:?}");
                }
            }
            if let Some(by_phrase) = StatusCode::from_reason(text) {
                assert_eq!(by_phrase, status, "{text:?}");
            }
        }
        Err(ParseError::OutOfRange(code)) => assert!(code < 100, "{text:?} gave {code}"),
        // Every error has a message a user can be shown.
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
