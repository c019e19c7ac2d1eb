//! How reason phrases are folded into lookup keys.
//!
//! Both the build script (to make the keys of the reverse index) and the library (to look
//! a phrase up) use this file, so the two can never disagree.

/// What [`fold`] returns for a byte that a key leaves out. `0xFF` never occurs in UTF-8,
/// so no byte of a `&str` folds to it by accident.
pub const SKIP: u8 = 0xFF;

/// Folds one byte of a phrase: ASCII letters to lower case, the separators space, `-`, `_`
/// and `'` to [`SKIP`], every other byte to itself (so it has to match exactly).
pub const fn fold(byte: u8) -> u8 {
    match byte {
        b' ' | b'-' | b'_' | b'\'' => SKIP,
        _ => byte.to_ascii_lowercase(),
    }
}

/// The first and last word of a text shorter than eight bytes, as they are.
#[inline(always)]
const fn short_words(text: &[u8]) -> (u64, u64) {
    let len = text.len();
    if len >= 4 {
        // The last four bytes where they are in a longer text's last word.
        (le_u32(text, 0), le_u32(text, len - 4) << 32)
    } else if len > 0 {
        // Bytes 0, len / 2 and len - 1 are every byte of a text this short.
        let bytes = text[0] as u64 | (text[len / 2] as u64) << 8 | (text[len - 1] as u64) << 16;
        (bytes, 0)
    } else {
        (0, 0)
    }
}

/// Eight bytes of `text` from `at`, little-endian; zero where `text` ends before them.
#[inline(always)]
pub const fn le_u64(text: &[u8], at: usize) -> u64 {
    match text.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk() {
            Some(bytes) => u64::from_le_bytes(*bytes),
            None => 0,
        },
        None => 0,
    }
}

#[inline(always)]
const fn le_u32(text: &[u8], at: usize) -> u64 {
    match text.split_at_checked(at) {
        Some((_, rest)) => match rest.first_chunk() {
            Some(bytes) => u32::from_le_bytes(*bytes) as u64,
            None => 0,
        },
        None => 0,
    }
}

/// The `N` eight-byte words of `text` that a reverse-index key is compared by, as they
/// are (not lowered): for a text of 8 bytes or more, the words at 0, 8, 16 and so on, the
/// offsets capped at `len - 8` so that none reads past the end and the last word always
/// ends with the text. They cover every byte of a text up to `8 * N` bytes long. A shorter
/// text has its first four bytes in the first word and its last four in the upper half of
/// the others, where a longer text has them (all of it in the first, when shorter than
/// four), which cover it too. Fixed offsets and a
/// fixed count make the comparison one branch, whatever the length.
#[inline(always)]
pub const fn text_words<const N: usize>(text: &[u8]) -> [u64; N] {
    let len = text.len();
    let (first, last) = if len >= 8 {
        (le_u64(text, 0), le_u64(text, len - 8))
    } else {
        short_words(text)
    };
    let mut words = [last; N];
    words[0] = first;
    if len >= 8 {
        let mut word = 1;
        while word + 1 < N {
            let at = 8 * word;
            let at = if at < len - 8 { at } else { len - 8 };
            words[word] = le_u64(text, at);
            word += 1;
        }
    }
    words
}

/// Bit 5 of every byte: what tells an ASCII capital from its small letter.
pub const CASE_BITS: u64 = u64::MAX / 0xFF * 0x20;

/// `CASE_BITS` in the bytes of `word` that are small ASCII letters: the bits a text may
/// lack where a lowercase key has those letters.
#[allow(
    dead_code,
    reason = "the build script calls it; the library stores what it gives"
)]
pub const fn letter_bits(word: u64) -> u64 {
    let mut bits = 0;
    let mut at = 0;
    while at < 8 {
        if ((word >> (8 * at)) as u8).is_ascii_lowercase() {
            bits |= 0x20 << (8 * at);
        }
        at += 1;
    }
    bits
}

/// Whether a text with these [`text_words`] is, ignoring ASCII case, the lowercase key
/// with these words and these [`letter_bits`] of them, when the two have the same length:
/// setting the case bit where the key has a letter must turn every text word into the
/// key's. Nothing else may differ, so a capital matches only its own small letter.
#[allow(
    dead_code,
    reason = "the library calls it; the build script has no text to compare"
)]
#[inline(always)]
pub const fn same_words<const N: usize>(text: &[u64; N], key: &[u64; N], letters: &[u64; N]) -> bool {
    let mut differ = 0;
    let mut at = 0;
    while at < N {
        differ |= (text[at] | letters[at]) ^ key[at];
        at += 1;
    }
    differ == 0
}

/// What the reverse indexes hash of a text, taken from its [`text_words`]: its first and
/// its last four bytes, which overlap when it is shorter than eight (a text shorter than
/// four has all its bytes in the first, and zero for the last).
#[inline(always)]
pub const fn hash_words<const N: usize>(words: &[u64; N]) -> (u32, u32) {
    (words[0] as u32, (words[N - 1] >> 32) as u32)
}

/// What the reverse indexes hash for a key of `len` bytes with these [`hash_words`]: 32
/// bits, because phf hashes every key with SipHash, and four bytes take one round fewer
/// than eight. The build script checks that no two keys of an index share one.
#[inline(always)]
pub const fn key_digest(len: usize, (first, last): (u32, u32)) -> u32 {
    // Setting bit 5 in every byte ignores ASCII case more cheaply than lowering, and loses
    // more (`@` and `` ` `` look alike, for one); the comparison after the hash is exact.
    // A few operations deep, because the hash waits for this.
    const CASE: u32 = CASE_BITS as u32;
    (first | CASE) ^ (last | CASE).rotate_left(13) ^ len as u32
}
