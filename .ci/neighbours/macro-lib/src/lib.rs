//! A map made with `phf_map!` in a library.

pub static PLANETS: phf::Map<&'static str, u32> = phf::phf_map! {
    "mercury" => 1,
    "venus" => 2,
    "earth" => 3,
    "mars" => 4,
};
