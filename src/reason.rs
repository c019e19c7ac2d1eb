use crate::fold::{fold, SKIP};
use crate::generated::{LONGEST_KEY, REASON_INDEX};
use crate::StatusCode;

/// [`fold`] for every byte value.
///
/// Why the lookup is shaped this way: phf hashes its whole key with SipHash, and the
/// lookup has to beat a case-insensitive scan of all 64 phrases, so the folding in front
/// of the hash has to be nearly free. One table load per byte and no branch on the byte
/// keeps it so: in one run of `benches/lookup.rs`, the lookup took 0.49x the time of the
/// scan with this table, and 0.58x with `fold` called (a `match`) per byte.
const FOLD: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = fold(byte as u8);
        byte += 1;
    }
    table
};

/// Folds `text` into `key`, returning the length, or `None` when it is longer than any key.
#[inline]
fn fold_into(text: &str, key: &mut [u8; LONGEST_KEY + 1]) -> Option<usize> {
    let mut len = 0;
    for &byte in text.as_bytes() {
        let folded = FOLD[usize::from(byte)];
        key[len] = folded;
        len += usize::from(folded != SKIP);
        if len > LONGEST_KEY {
            return None;
        }
    }
    Some(len)
}

fn folded(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes()
        .map(|byte| FOLD[usize::from(byte)])
        .filter(|&byte| byte != SKIP)
}

/// Whether two phrases fold to the same key.
pub(crate) fn same_phrase(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

impl StatusCode {
    /// The status whose reason phrase, former phrase or variant name is `text`, ignoring
    /// ASCII case and the separators space, `-`, `_` and `'`. Any other character has to
    /// match. Never allocates; any input is fine.
    ///
    /// Registry phrases only: a vendor's phrase such as `"Client Closed Request"` gives
    /// `None`, because a phrase without its number is ambiguous (Twitter's 420 and Spring's
    /// 420 differ, and Microsoft's `"Redirect"` is a 451). `"499 Client Closed Request".parse()`
    /// reads one with its number.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    /// assert_eq!(StatusCode::from_reason("Too Many Requests"), Some(StatusCode::TooManyRequests));
    /// assert_eq!(StatusCode::from_reason("TOO_MANY_REQUESTS"), Some(StatusCode::TooManyRequests));
    /// // Phrases of older specifications still resolve.
    /// assert_eq!(StatusCode::from_reason("Unprocessable Entity"), Some(StatusCode::UnprocessableContent));
    /// assert_eq!(StatusCode::from_reason("Not\0Found"), None);
    /// ```
    pub fn from_reason(text: &str) -> Option<StatusCode> {
        let mut key = [0; LONGEST_KEY + 1];
        let len = fold_into(text, &mut key)?;
        REASON_INDEX.get(&key[..len]).copied()
    }
}
