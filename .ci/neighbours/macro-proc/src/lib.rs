//! A proc-macro that looks a string literal up, at compile time, in a map made with
//! `phf_map!`, and expands to its value (or to a compile error naming the miss).
use proc_macro::TokenStream;

static METALS: phf::Map<&'static str, u32> = phf::phf_map! {
    "iron" => 26,
    "copper" => 29,
    "silver" => 47,
    "gold" => 79,
};

#[proc_macro]
pub fn atomic_number(input: TokenStream) -> TokenStream {
    let text = input.to_string();
    let name = text.trim_matches('"');
    match METALS.get(name) {
        Some(number) => format!("{number}u32").parse().unwrap(),
        None => format!("compile_error!({:?})", format!("no metal {name:?}"))
            .parse()
            .unwrap(),
    }
}
