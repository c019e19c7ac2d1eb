//! JSON input through `Deserialize`: never a panic, and whatever deserializes serializes
//! to JSON that deserializes to the same status.
#![no_main]

use httpcodes::StatusCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &[u8]| {
    if let Ok(status) = serde_json::from_slice::<StatusCode>(json) {
        let again = serde_json::to_vec(&status).expect("a status serializes");
        assert_eq!(serde_json::from_slice::<StatusCode>(&again).ok(), Some(status));
    }
});
