//! The folding that both the build script and the library use for the reverse index
//! (`src/fold.rs`), checked against the standard library's ASCII case mapping. A mistake
//! here would not always show in `from_reason`: the build script folds the keys with the
//! same code, and a slower path catches what a wrong fast path misses.

#[path = "../src/fold.rs"]
#[allow(dead_code)]
mod fold;

use proptest::prelude::*;

fn lowered_by_std(word: u64) -> u64 {
    u64::from_le_bytes(word.to_le_bytes().map(|byte| byte.to_ascii_lowercase()))
}

#[test]
fn lower_word_lowers_every_byte_value_in_every_position() {
    for position in 0..8 {
        for byte in 0..=u8::MAX {
            let word = u64::from(byte) << (8 * position);
            assert_eq!(
                fold::lower_word(word),
                lowered_by_std(word),
                "{byte:#04x} at {position}"
            );
            // The same byte among capitals and non-ASCII bytes, which must not carry into it.
            let busy = word | !(0xFF << (8 * position)) & 0x5AC0_5A41_FF80_7F5B;
            assert_eq!(fold::lower_word(busy), lowered_by_std(busy), "{busy:#018x}");
        }
    }
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

proptest! {
    #[test]
    fn lower_word_matches_std_on_any_word(word: u64) {
        prop_assert_eq!(fold::lower_word(word), lowered_by_std(word));
    }

    /// Texts that differ only in ASCII case have the same edge words and digest; texts of
    /// the same length whose lowered bytes differ in the first or last eight do not share
    /// edge words.
    #[test]
    fn edge_words_ignore_case_and_nothing_else(text in "[ -~]{0,40}", flip in any::<usize>()) {
        let lower = text.to_ascii_lowercase();
        let upper = text.to_ascii_uppercase();
        let edges = fold::edge_words(lower.as_bytes());
        prop_assert_eq!(fold::edge_words(upper.as_bytes()), edges);
        prop_assert_eq!(
            fold::key_digest(lower.len(), edges),
            fold::key_digest(upper.len(), fold::edge_words(upper.as_bytes()))
        );
        if !lower.is_empty() {
            let at = flip % lower.len();
            let mut other = lower.clone().into_bytes();
            other[at] = if other[at] == b'#' { b'%' } else { b'#' };
            let seen = at < 8 || at + 8 >= lower.len() || lower.len() < 4;
            if seen {
                prop_assert_ne!(fold::edge_words(&other), edges, "{:?} at {}", lower, at);
            }
        }
    }
}
