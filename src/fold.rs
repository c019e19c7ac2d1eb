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
