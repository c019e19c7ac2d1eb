//! The folding that both the build script and the library use for the reverse index
//! (`src/fold.rs`), checked against the standard library's ASCII case mapping. A mistake
//! here would not always show in `from_reason`: the build script folds the keys with the
//! same code, and a slower path catches what a wrong fast path misses.

#[path = "../../src/fold.rs"]
#[allow(dead_code, clippy::module_inception)] // the file the library shares, under its own name
mod fold;

use proptest::prelude::*;

/// How many words the tests compare by: enough for texts of 32 bytes.
const WORDS: usize = 4;

/// What the build script stores for a key: its words, lowered, and their letter bits.
fn key(text: &[u8]) -> ([u64; WORDS], [u64; WORDS]) {
    let words: [u64; WORDS] = fold::text_words(&text.to_ascii_lowercase());
    (words, words.map(fold::letter_bits))
}

/// The library's comparison of a text against a key of the same length.
fn same(text: &[u8], key: &[u8]) -> bool {
    let (words, letters) = self::key(key);
    fold::same_words(&fold::text_words(text), &words, &letters)
}

#[test]
fn fold_lowers_letters_and_skips_separators() {
    for byte in 0..=u8::MAX {
        let expected = match byte {
            b' ' | b'-' | b'_' | b'\'' => fold::SKIP,
            _ => byte.to_ascii_lowercase(),
        };
        assert_eq!(fold::fold(byte), expected, "{byte:#04x}");
    }
}

#[test]
fn letter_bits_mark_the_small_letters_and_nothing_else() {
    for position in 0..8 {
        for byte in 0..=u8::MAX {
            let word = u64::from(byte) << (8 * position);
            let expected = if byte.is_ascii_lowercase() {
                0x20 << (8 * position)
            } else {
                0
            };
            assert_eq!(fold::letter_bits(word), expected, "{byte:#04x} at {position}");
        }
    }
}

/// Every pair of bytes, in every position of texts of every length up to 32: the
/// comparison agrees with `eq_ignore_ascii_case`. This is where a wrong case bit, a
/// capital matching something other than its own letter or a byte no word covers would
/// show.
#[test]
fn comparison_agrees_with_std_for_every_byte_pair() {
    for len in 1..=8 * WORDS {
        for at in 0..len {
            let (mut key, mut text) = (vec![b'k'; len], vec![b'k'; len]);
            for key_byte in 0..=0x7F {
                key[at] = key_byte;
                let (words, letters) = self::key(&key);
                for text_byte in 0..=0x7F {
                    text[at] = text_byte;
                    let same = fold::same_words(&fold::text_words(&text), &words, &letters);
                    assert_eq!(same, text.eq_ignore_ascii_case(&key), "{text:?} and {key:?}");
                }
            }
        }
    }
}

proptest! {
    /// Texts that differ only in ASCII case have the same digest, and match each other's
    /// lowercase key; texts of the same length that differ otherwise do not match.
    #[test]
    fn words_and_digest_ignore_case_and_nothing_else(
        text in "[ -~]{0,32}",
        flips in proptest::collection::vec(any::<bool>(), 32),
        other in any::<u8>(),
        at in any::<usize>(),
    ) {
        let mixed: String = text
            .chars()
            .zip(&flips)
            .map(|(c, &flip)| if flip { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        let digest = |text: &str| fold::key_digest(text.len(), fold::hash_words(&fold::text_words::<WORDS>(text.as_bytes())));
        prop_assert_eq!(digest(&mixed), digest(&text.to_ascii_lowercase()));
        prop_assert!(same(mixed.as_bytes(), text.as_bytes()));
        if !text.is_empty() {
            let at = at % text.len();
            let mut changed = mixed.clone().into_bytes();
            changed[at] = other & 0x7F;
            let changed = String::from_utf8(changed).unwrap();
            prop_assert_eq!(same(changed.as_bytes(), text.as_bytes()), changed.eq_ignore_ascii_case(&text));
        }
    }

    /// Two texts of the same length have the same words exactly when they are the same.
    #[test]
    fn words_cover_every_byte(text in proptest::collection::vec(any::<u8>(), 0..=32), other in any::<u8>(), at in any::<usize>()) {
        if !text.is_empty() {
            let at = at % text.len();
            let mut changed = text.clone();
            changed[at] = other;
            let words = |text: &[u8]| fold::text_words::<WORDS>(text);
            prop_assert_eq!(words(&changed) == words(&text), changed == text);
        }
    }
}
