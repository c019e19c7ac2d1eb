//! The host side: `phf_map!` in a build script, and a crate whose own build uses
//! phf_codegen, run here. Panics (failing the build) on a wrong lookup or another layout.

static SEASONS: phf::Map<&'static str, u32> = phf::phf_map! {
    "spring" => 1,
    "summer" => 2,
    "autumn" => 3,
    "winter" => 4,
};

fn main() {
    assert_eq!(SEASONS.get("autumn"), Some(&3));
    assert_eq!(SEASONS.get("monsoon"), None);
    assert_eq!(generated::WEEKDAYS.get("thursday"), Some(&4));
    assert_eq!(generated::WEEKDAYS.get("sunday"), None);
    assert_eq!(
        std::mem::size_of::<phf::Map<&str, u32>>(),
        neighbours_layout::DEFAULT_MAP_SIZE,
        "phf::Map has another layout than phf's default in the build script"
    );
    println!("cargo::rerun-if-changed=build.rs");
}

#[path = "src/layout.rs"]
mod neighbours_layout;
