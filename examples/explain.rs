//! Explains an HTTP status code: `cargo run --example explain -- 429`, or a phrase:
//! `cargo run --example explain -- "payload too large"`.

use std::process::ExitCode;

use httpcodes::StatusCode;

fn main() -> ExitCode {
    let input = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let text = input.trim();
    if text.is_empty() {
        eprintln!("usage: explain <code or reason phrase>, for example: explain 429");
        return ExitCode::from(2);
    }
    // Any number gets an answer, even 600 or 0; everything else has to parse.
    let status = match text.parse::<u16>() {
        Ok(number) => StatusCode::from_u16(number),
        Err(_) => match text.parse::<StatusCode>() {
            Ok(status) => status,
            Err(error) => {
                eprintln!("cannot read {text:?} as a status code: {error}");
                return ExitCode::FAILURE;
            }
        },
    };
    println!("{status}");
    println!(
        "class:       {} ({})",
        status.class(),
        status.class().description()
    );
    println!("description: {}", status.description());
    println!("reference:   {} <{}>", status.reference(), status.url());
    ExitCode::SUCCESS
}
