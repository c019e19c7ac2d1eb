fn main() {
    assert_eq!(
        httpcodes::StatusCode::from_reason("gone"),
        Some(httpcodes::StatusCode::Gone)
    );
}
