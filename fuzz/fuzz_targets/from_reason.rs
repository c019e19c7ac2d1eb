//! `StatusCode::from_reason` on any string: it answers without panicking, only with
//! registered codes, the same for any ASCII case, and `FromStr` agrees with it.
#![no_main]

use httpcodes::StatusCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let found = StatusCode::from_reason(text);
    assert_eq!(StatusCode::from_reason(&text.to_ascii_lowercase()), found);
    assert_eq!(StatusCode::from_reason(&text.to_ascii_uppercase()), found);
    if let Some(status) = found {
        assert!(status.is_registered(), "{text:?} gave {status}");
        assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
        assert_eq!(text.parse(), Ok(status), "{text:?}");
    }
});
