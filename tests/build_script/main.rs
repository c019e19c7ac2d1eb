//! What the build script says about codes.toml: the real file passes, each kind of mistake
//! gets an error that names its line and says what is wrong, and its TOML reader agrees
//! with a real TOML implementation on everything it accepts.
//!
//! `data_checks`, `quotes`, `own_words`, `server_phrases` and `vendor_quotes` are about
//! codes.toml itself; the rest about what the build script says of a broken one. One test
//! target, so the stages are compiled for the tests once.

/// The build script's reading and checking stages, as `build/mod.rs` lists them, without
/// the emitters (which need phf_codegen, a build dependency only).
#[path = "../../build"]
#[allow(dead_code)]
mod stages {
    pub mod check;
    #[path = "../src/fold.rs"]
    pub mod fold;
    pub mod model;
    pub mod schema;
    pub mod toml;
    #[path = "../src/vocab.rs"]
    pub mod vocab;
}

mod codes_toml;
mod data_checks;
mod differential;
mod own_words;
mod quotes;
mod server_phrases;
#[path = "../library/server_rows.rs"]
mod server_rows;
mod spec;
mod spelling_toml;
mod support;
mod toml_reader;
mod toml_test;
mod unofficial_toml;
mod vendor_quotes;
