//! The build script's I/O: reads codes.toml, runs the stages in `build/` (see
//! `build/mod.rs`), and writes the generated Rust and the docs tables to OUT_DIR.

#[path = "build/mod.rs"]
mod stages;

use std::path::PathBuf;
use std::{env, fs};

use stages::{check, emit_docs, emit_rust};

fn main() {
    println!("cargo::rerun-if-changed=codes.toml");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=src/fold.rs");
    println!("cargo::rerun-if-changed=src/vocab.rs");

    let text = match fs::read_to_string("codes.toml") {
        Ok(text) => text,
        Err(error) => return println!("cargo::error=cannot read codes.toml: {error}"),
    };
    let codes = match check::parse(&text) {
        Ok(codes) => codes,
        Err(errors) => {
            for error in errors {
                println!("cargo::error={error}");
            }
            return;
        }
    };
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (name, contents) in [
        ("codes.rs", emit_rust::rust(&codes)),
        ("codes.md", emit_docs::table(&codes)),
        ("unofficial.md", emit_docs::unofficial_table(&codes)),
        ("spellings.md", emit_docs::spelling_table(&codes)),
    ] {
        let path = out.join(name);
        if let Err(error) = fs::write(&path, contents) {
            println!("cargo::error=cannot write {}: {error}", path.display());
        }
    }
}
