//! Stage three, the reverse index: the two perfect-hash maps `StatusCode::from_reason`
//! looks phrases up in, made with phf_codegen over keys the library's `src/fold.rs` folds
//! and hashes.

use std::fmt::{self, Write as _};

use super::fold;
use super::model::{lookup_keys, Status};

/// A key of the reverse indexes, hashed as the library hashes its `Key` (src/reason.rs)
/// and printed as the words that make one, worked out here with the library's own
/// functions (`src/fold.rs`) so that the library's build does not (benches/README.md).
#[derive(PartialEq, Eq, Hash)]
struct Key {
    text: String,
    /// How many words every key of the crate is compared by.
    words: usize,
}

/// What the library hashes for the key `text`.
fn digest(text: &str) -> u32 {
    let words: [u64; 2] = fold::text_words(text.as_bytes());
    fold::key_digest(text.len(), fold::hash_words(&words))
}

impl phf_shared::PhfHash for Key {
    fn phf_hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u32(digest(&self.text));
    }
}

impl phf_shared::FmtConst for Key {
    fn fmt_const(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.text.as_bytes();
        // The largest count a key needs; the first `self.words - 1` of them and the last
        // are what the library's `text_words::<KEY_WORDS>` gives, since the last word of a
        // text no longer than `8 * self.words` bytes is at `len - 8` either way.
        let all: [u64; 64] = fold::text_words(bytes);
        let words: Vec<u64> = all[..self.words - 1].iter().chain(&all[63..]).copied().collect();
        let letters: Vec<u64> = words.iter().map(|&word| fold::letter_bits(word)).collect();
        write!(
            f,
            "/* {:?} */ Key::new({}, [{}], [{}])",
            self.text,
            bytes.len(),
            hex(&words),
            hex(&letters)
        )
    }
}

/// `words` as Rust hexadecimal literals, separated by commas.
fn hex(words: &[u64]) -> String {
    let words: Vec<String> = words.iter().map(|word| format!("{word:#018x}")).collect();
    words.join(", ")
}

/// How many eight-byte words the keys are compared by, when the longest is `len` bytes:
/// enough to cover it, and at least two, the first and the last.
fn key_words(len: usize) -> usize {
    len.div_ceil(8).max(2)
}

/// The two perfect-hash maps `from_reason` looks phrases up in: first the phrases and
/// names as written, then every folded key.
pub fn reverse_indexes(out: &mut String, statuses: &[Status]) {
    // Lowercase, so the lookup lowers only its input; check.rs has made sure no two
    // statuses have phrases that differ only in case.
    let mut phrases: Vec<(String, &str)> = Vec::new();
    let mut keys: Vec<(String, &str)> = Vec::new();
    let mut longest = 0;
    for status in statuses {
        let mut texts = vec![&status.reason, &status.name];
        texts.extend(&status.former);
        for text in texts {
            let phrase = text.to_ascii_lowercase();
            longest = longest.max(phrase.len());
            if !phrases.iter().any(|(seen, _)| *seen == phrase) {
                phrases.push((phrase, &status.name));
            }
        }
        // Server spellings are folded keys only (as written, two of 416's share a digest),
        // but a key's words have to cover them as well.
        for spelling in &status.spellings {
            longest = longest.max(spelling.len());
        }
        for (key, _) in lookup_keys(status) {
            // check.rs has made sure a key never names two statuses.
            if !keys.iter().any(|(seen, _)| *seen == key) {
                keys.push((key, &status.name));
            }
        }
    }
    // Folding never lengthens a text, so the longest key is no longer than a text.
    let words = key_words(longest);
    push_line!(
        out,
        "\nuse crate::reason::Key;\n\n\
         /// How many eight-byte words a key is compared by (see `text_words` in src/fold.rs).\n\
         pub(crate) const KEY_WORDS: usize = {words};"
    );
    index(
        out,
        "PHRASES",
        "Reason phrases, variant names and former phrases as written, lowercased -> status.",
        &phrases,
        words,
    );
    index(
        out,
        "KEYS",
        "Folded reason phrases, former phrases, server spellings and variant names (see `src/fold.rs`) -> status.",
        &keys,
        words,
    );
}

/// `static {NAME}_INDEX`, the perfect-hash map phf_codegen makes from each key to its
/// status, and `{NAME}_LENGTHS`, the range of their lengths in bytes.
fn index(out: &mut String, name: &str, doc: &str, entries: &[(String, &str)], words: usize) {
    let mut map = phf_codegen::Map::new();
    let mut digests: Vec<u32> = Vec::new();
    let (mut shortest, mut longest) = (usize::MAX, 0);
    for (text, status) in entries {
        // Two keys with one digest would make phf_codegen search for ever.
        let digest = digest(text);
        if let Some(other) = digests.iter().position(|&seen| seen == digest) {
            let message = format!(
                "the lookup keys {:?} and {text:?} have the same digest; \
                 change `key_digest` in src/fold.rs",
                entries[other].0
            );
            push_line!(out, "\ncompile_error!({message:?});");
            return;
        }
        digests.push(digest);
        shortest = shortest.min(text.len());
        longest = longest.max(text.len());
        let key = Key {
            text: text.clone(),
            words,
        };
        map.entry(key, format!("StatusCode::{status}"));
    }
    push_line!(
        out,
        "\n/// How long the keys of [`{name}_INDEX`] are, in bytes.\n\
         pub(crate) const {name}_LENGTHS: core::ops::RangeInclusive<usize> = {shortest}..={longest};\n\n\
         /// {doc}\n\
         pub(crate) static {name}_INDEX: phf::Map<Key, StatusCode> = {};",
        map.build()
    );
}
