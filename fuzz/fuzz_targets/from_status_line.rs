//! `StatusCode::from_status_line` on any string: it answers without panicking, reads a
//! number from 100 to 999, agrees with `StatusLine::parse`, and keeps reading the same
//! number whatever phrase follows; where `FromStr` accepts "<code> <phrase>", the phrase
//! is one `phrase_kind` knows.
#![no_main]

use httpcodes::{PhraseKind, StatusCode, StatusLine};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let status = StatusCode::from_status_line(text);
    match StatusLine::parse(text) {
        Ok(line) => {
            assert_eq!(status, Ok(line.status()), "{text:?}");
            let code = line.status().code();
            assert!((100..=999).contains(&code), "{text:?} gave {code}");
            assert!(text.contains(line.phrase()), "{text:?}");
            let again = format!("HTTP/1.1 {code} {}\r\n", line.phrase());
            assert_eq!(StatusCode::from_status_line(&again), Ok(line.status()), "{again:?}");
            let strict = format!("{code} {}", line.phrase()).parse::<StatusCode>();
            if strict.is_ok() {
                assert_ne!(line.phrase_kind(), PhraseKind::Unknown, "{text:?}");
            }
        }
        Err(error) => {
            assert_eq!(status, Err(error), "{text:?}");
            assert!(!error.to_string().is_empty());
        }
    }
});
