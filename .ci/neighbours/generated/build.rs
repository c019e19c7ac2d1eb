use std::io::Write;
use std::path::Path;

fn main() {
    let path = Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("weekdays.rs");
    let mut file = std::fs::File::create(path).unwrap();
    let mut map = phf_codegen::Map::new();
    for (day, number) in ["monday", "tuesday", "wednesday", "thursday", "friday"]
        .iter()
        .zip(1..)
    {
        map.entry(*day, number.to_string());
    }
    writeln!(
        file,
        "pub static WEEKDAYS: phf::Map<&'static str, u32> = {};",
        map.build()
    )
    .unwrap();
}
