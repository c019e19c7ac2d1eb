//! The build script: reads codes.toml, and writes the generated Rust and the docs table to
//! OUT_DIR. What the data means is in `parse.rs`, what the output looks like in `emit.rs`.

mod emit;
mod parse;

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=codes.toml");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=src/fold.rs");

    let text = match fs::read_to_string("codes.toml") {
        Ok(text) => text,
        Err(error) => return println!("cargo::error=cannot read codes.toml: {error}"),
    };
    let codes = match parse::parse(&text) {
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
        ("codes.rs", emit::rust(&codes)),
        ("codes.md", emit::table(&codes)),
        ("unofficial.md", emit::unofficial_table(&codes)),
        ("spellings.md", emit::spelling_table(&codes)),
    ] {
        let path = out.join(name);
        if let Err(error) = fs::write(&path, contents) {
            println!("cargo::error=cannot write {}: {error}", path.display());
        }
    }
}
