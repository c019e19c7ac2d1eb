//! Echoing what a user typed or a log held, so that a message stays short and readable
//! whatever the input, and no control character reaches the terminal.

/// How many characters of the input a message quotes.
pub const ECHO_LIMIT: usize = 40;

/// `text` quoted and escaped, cut to [`ECHO_LIMIT`] characters.
pub fn echo(text: &str) -> String {
    let length = text.chars().count();
    match text.char_indices().nth(ECHO_LIMIT) {
        Some((cut, _)) => format!("{:?}… ({length} characters)", &text[..cut]),
        None => format!("{text:?}"),
    }
}

/// The first `limit` bytes of `bytes` as printable ASCII: `\"`, `\\`, `\t`, `\xff`; a
/// log line may hold any bytes, and this shows them exactly.
pub fn escape_bytes(bytes: &[u8], limit: usize) -> String {
    let mut text: String = bytes
        .iter()
        .take(limit)
        .flat_map(|&byte| std::ascii::escape_default(byte))
        .map(char::from)
        .collect();
    if bytes.len() > limit {
        text.push('…');
    }
    text
}
