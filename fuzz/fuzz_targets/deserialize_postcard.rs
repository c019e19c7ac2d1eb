//! postcard input through `Deserialize`: never a panic, and whatever deserializes
//! serializes to bytes that deserialize to the same status. postcard does not describe
//! its data, so the target also checks that the status of the input's first two bytes,
//! read as a number, round-trips: without that, a `Deserialize` that rejects everything
//! would pass.
#![no_main]

use httpcodes::StatusCode;
use libfuzzer_sys::fuzz_target;

fn round_trip(status: StatusCode) -> Option<StatusCode> {
    let bytes = postcard::to_allocvec(&status).expect("a status serializes");
    postcard::from_bytes(&bytes).ok()
}

fuzz_target!(|bytes: &[u8]| {
    if let Ok(status) = postcard::from_bytes::<StatusCode>(bytes) {
        assert_eq!(round_trip(status), Some(status));
    }
    if let [low, high, ..] = *bytes {
        let status = StatusCode::from_u16(u16::from_le_bytes([low, high]));
        assert_eq!(round_trip(status), Some(status));
    }
});
