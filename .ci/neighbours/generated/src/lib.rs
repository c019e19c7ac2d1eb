//! A map phf_codegen made in this crate's build script.
#![no_std]

include!(concat!(env!("OUT_DIR"), "/weekdays.rs"));
