use core::hash::Hasher;

use phf::{PhfEq, PhfHash};

use crate::fold::{fold, hash_words, key_digest, same_words, text_words, SKIP};
use crate::generated::{KEYS_INDEX, KEYS_LENGTHS, KEY_WORDS, PHRASES_INDEX, PHRASES_LENGTHS};
use crate::StatusCode;

/// [`fold`] for every byte value: one table load per byte and no branch on the byte.
const FOLD: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = fold(byte as u8);
        byte += 1;
    }
    table
};

/// The longest folded key, in bytes.
const LONGEST_KEY: usize = *KEYS_LENGTHS.end();

/// Folds `text` into `key`, returning the folded bytes, or `None` when they are longer
/// than any key.
#[inline]
fn fold_into<'k>(text: &str, key: &'k mut [u8; LONGEST_KEY + 8]) -> Option<&'k [u8]> {
    let mut len = 0;
    // Eight bytes between length checks: `key` has room for them past the longest key.
    let mut chunks = text.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        for &byte in chunk {
            let folded = FOLD[usize::from(byte)];
            key[len] = folded;
            len += usize::from(folded != SKIP);
        }
        if len > LONGEST_KEY {
            return None;
        }
    }
    for &byte in chunks.remainder() {
        let folded = FOLD[usize::from(byte)];
        key[len] = folded;
        len += usize::from(folded != SKIP);
    }
    match len > LONGEST_KEY {
        true => None,
        false => Some(&key[..len]),
    }
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

/// A key of a generated reverse index, lowercase, stored as what a lookup compares: its
/// length, its [`text_words`], and in each word the bits a text may lack where the key has
/// a small letter. No pointer to the text, so no relocation per key in a
/// position-independent binary.
pub(crate) struct Key {
    len: usize,
    words: [u64; KEY_WORDS],
    letters: [u64; KEY_WORDS],
}

impl Key {
    /// The key of `len` bytes with these [`text_words`] and their [`letter_bits`]; the build
    /// script works them out for each key with the functions of `src/fold.rs`.
    ///
    /// [`letter_bits`]: crate::fold::letter_bits
    pub(crate) const fn new(len: usize, words: [u64; KEY_WORDS], letters: [u64; KEY_WORDS]) -> Self {
        Key { len, words, letters }
    }
}

/// Whether `text` is this key, ignoring ASCII case: setting the case bit where the key has
/// a letter turns the text into the key, and nothing else may differ. This is the one
/// comparison `phf::Map::get` makes, with the entry the text's hash picks.
impl<const FOLDED: bool> PhfEq<Text<'_, FOLDED>> for Key {
    #[inline(always)]
    fn phf_eq(&self, text: &Text<'_, FOLDED>) -> bool {
        // `&` rather than `&&`: one branch on the lot.
        (self.len == text.bytes.len()) & same_words(&text.words, &self.words, &self.letters)
    }
}

/// A text to look up, no longer than the longest key ([`text_words`] covers no more), with
/// its words worked out once for the hash and the comparison; `FOLDED` for one looked up
/// in [`KEYS_INDEX`], after folding.
///
/// Two types, so that each index's `phf::Map::get` is a function of its own with one
/// caller in this crate, which the compiler inlines and where the map's sizes are
/// constants: both lookups through one `get` left it out of line, reducing by the sizes
/// with a division each time (see the README's performance notes for the figures).
/// `Eq` only because `Map::get` asks for it; the lookup compares with [`Key`]s.
#[derive(PartialEq, Eq)]
struct Text<'a, const FOLDED: bool> {
    bytes: &'a [u8],
    words: [u64; KEY_WORDS],
}

impl<'a, const FOLDED: bool> Text<'a, FOLDED> {
    #[inline(always)]
    fn new(bytes: &'a [u8]) -> Self {
        Text {
            bytes,
            words: text_words(bytes),
        }
    }
}

/// What the build script hashes for each key (build/emit_index.rs), so that the text lands on the
/// entry of the key it may be.
impl<const FOLDED: bool> PhfHash for Text<'_, FOLDED> {
    #[inline(always)]
    fn phf_hash<H: Hasher>(&self, state: &mut H) {
        state.write_u32(key_digest(self.bytes.len(), hash_words(&self.words)));
    }
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
        // Most texts are a phrase or a name as written, in some case: one hash finds them,
        // without folding. Anything else (other separators) is folded, out of line, and
        // tried against every key. Not `#[inline]`: inlined into a caller's crate, phf's
        // lookup stayed a call there, with the divisions (see `Text`).
        if PHRASES_LENGTHS.contains(&text.len()) {
            if let Some(&status) = PHRASES_INDEX.get(&Text::<false>::new(text.as_bytes())) {
                return Some(status);
            }
        }
        from_folded(text)
    }
}

/// [`StatusCode::from_reason`] for a text that is not a phrase or a name as written.
#[inline(never)]
fn from_folded(text: &str) -> Option<StatusCode> {
    let mut key = [0; LONGEST_KEY + 8];
    let key = fold_into(text, &mut key)?;
    if !KEYS_LENGTHS.contains(&key.len()) {
        return None;
    }
    KEYS_INDEX.get(&Text::<true>::new(key)).copied()
}

/// The two indexes on their own: through `from_reason`, a fast path that missed would go
/// unnoticed, because the folded index behind it finds the same statuses.
#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::{String, ToString};
    use std::vec::Vec;
    use std::{format, vec};

    use super::*;

    /// Every reason phrase and variant name as written, in its own, lower and upper case.
    fn spellings() -> Vec<(String, StatusCode)> {
        let mut spellings = Vec::new();
        for &status in StatusCode::ALL {
            for text in [status.reason().to_string(), format!("{status:?}")] {
                for text in [text.to_lowercase(), text.to_uppercase(), text] {
                    spellings.push((text, status));
                }
            }
        }
        spellings
    }

    fn phrase(text: &str) -> Option<StatusCode> {
        PHRASES_INDEX.get(&Text::<false>::new(text.as_bytes())).copied()
    }

    #[test]
    fn phrase_index_finds_every_phrase_and_name_as_written() {
        for (text, status) in spellings() {
            assert_eq!(phrase(&text), Some(status), "{text:?}");
        }
    }

    #[test]
    fn key_index_finds_every_folded_phrase_and_name() {
        for (text, status) in spellings() {
            let mut key = [0; LONGEST_KEY + 8];
            let key = fold_into(&text, &mut key).expect("no phrase is too long");
            assert_eq!(KEYS_INDEX.get(&Text::<true>::new(key)), Some(&status), "{text:?}");
        }
    }

    /// Separators are ignored wherever they are, also where they take a folded key to the
    /// longest length at the end of an eight-byte chunk.
    #[test]
    fn folding_skips_separators_at_any_length() {
        for (text, status) in spellings() {
            for extra in 0..=8 {
                let padded = format!("{text}{}", "_".repeat(extra));
                assert_eq!(StatusCode::from_reason(&padded), Some(status), "{padded:?}");
            }
        }
    }

    /// One byte changed to anything but its other case, one byte added or one taken away:
    /// the phrase index finds nothing, or a status whose phrase or name that really is.
    #[test]
    fn phrase_index_rejects_near_misses() {
        let spellings = spellings();
        let named = |text: &str| {
            spellings
                .iter()
                .find(|(known, _)| known.eq_ignore_ascii_case(text))
                .map(|&(_, status)| status)
        };
        for (text, _) in &spellings {
            let bytes = text.as_bytes();
            let mut near = vec![text[1..].to_string(), format!("{text}s"), format!("x{text}")];
            for at in 0..bytes.len() {
                for other in [
                    b' ',
                    b'#',
                    b'\0',
                    bytes[at] ^ 0x20,
                    bytes[at] ^ 0x01,
                    bytes[at] ^ 0x40,
                ] {
                    let mut changed = bytes.to_vec();
                    changed[at] = other;
                    if let Ok(changed) = String::from_utf8(changed) {
                        near.push(changed);
                    }
                }
            }
            for near in near {
                assert_eq!(phrase(&near), named(&near), "{near:?}");
            }
        }
    }
}
