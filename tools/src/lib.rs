//! Maintainer tools for httpcodes, kept out of the build script and the published package:
//! the comparison of codes.toml with the IANA HTTP Status Code Registry ([`registry`],
//! run by `registry_diff`).

/// The build script's reading and checking stages (`build/mod.rs`), without the emitters.
#[path = "../../build"]
#[allow(dead_code)]
pub mod stages {
    pub mod check;
    #[path = "../src/fold.rs"]
    pub mod fold;
    pub mod model;
    pub mod schema;
    pub mod toml;
    #[path = "../src/vocab.rs"]
    pub mod vocab;
}

pub mod registry;

pub use stages::check::parse;

/// The crate's codes.toml.
pub const CODES_TOML: &str = include_str!("../../codes.toml");
