//! phf_codegen 0.14's output for seven colours, checked in as crates that generate their
//! tables once do. It names the fields of phf's default layout, so it stops compiling if
//! anything in the build switches on another.
#![no_std]

pub static COLOURS: phf::Map<&'static str, u32> = ::phf::Map {
    key: 16287231350648472473,
    disps: &[(1, 4), (1, 0), (0, 0)],
    entries: &[
        ("indigo", 6),
        ("blue", 5),
        ("yellow", 3),
        ("orange", 2),
        ("violet", 7),
        ("green", 4),
        ("red", 1),
    ],
};
