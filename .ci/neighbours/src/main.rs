//! Every phf map of the build finds its keys, and every one has phf's default layout.

use httpcodes::StatusCode;

mod layout;

fn main() {
    assert_eq!(pregenerated::COLOURS.get("violet"), Some(&7));
    assert_eq!(pregenerated::COLOURS.get("magenta"), None);
    assert_eq!(generated::WEEKDAYS.get("monday"), Some(&1));
    assert_eq!(generated::WEEKDAYS.get("caturday"), None);
    assert_eq!(macro_lib::PLANETS.get("mars"), Some(&4));
    assert_eq!(macro_lib::PLANETS.get("pluto"), None);
    assert_eq!(macro_proc::atomic_number!("gold"), 79);
    let local: phf::Map<&str, u32> = phf::Map::new();
    assert_eq!(local.get("anything"), None);
    assert_eq!(
        size_of::<phf::Map<&str, u32>>(),
        layout::DEFAULT_MAP_SIZE,
        "phf::Map has another layout than phf's default"
    );

    assert_eq!(
        StatusCode::from_reason("too many requests"),
        Some(StatusCode::TooManyRequests)
    );
    assert_eq!(StatusCode::from_reason("NOT_FOUND"), Some(StatusCode::NotFound));
    assert_eq!(StatusCode::from_reason("Not Fund"), None);
    println!("neighbours: every phf map finds its keys, in phf's default layout");
}
