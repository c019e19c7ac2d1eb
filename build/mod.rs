//! The build script's stages, in the order they run. `build.rs` does the I/O; everything
//! here is plain functions of text and records, so tests and tools include the
//! stages they need (all but the emitters, which need phf_codegen) and call the same code.
//!
//! 1. [`toml`]: codes.toml's text -> tables of keys and values, with lines.
//! 2. [`check`]: tables -> the records of [`model`], each key as [`schema`] lists it;
//!    [`check::parse`] runs stages 1 and 2.
//! 3. [`emit_rust`], [`emit_index`], [`emit_docs`]: records -> the generated Rust, its
//!    reverse index of phrases, and the Markdown tables of the crate docs.
//!
//! The closed sets of values come from the library's own `src/vocab.rs` and the phrase
//! folding from `src/fold.rs`, so both sides share one definition.

/// `writeln!` into the `String` an emitter builds, which cannot fail.
macro_rules! push_line {
    ($out:expr, $($arg:tt)*) => {
        writeln!($out, $($arg)*).expect("a String takes any text")
    };
}

/// `write!` into the `String` an emitter builds.
macro_rules! push {
    ($out:expr, $($arg:tt)*) => {
        write!($out, $($arg)*).expect("a String takes any text")
    };
}

pub mod check;
pub mod emit_docs;
pub mod emit_index;
pub mod emit_rust;
#[path = "../src/fold.rs"]
pub mod fold;
pub mod model;
pub mod schema;
pub mod toml;
#[path = "../src/vocab.rs"]
#[allow(dead_code)] // the library's side of the vocabulary
pub mod vocab;
