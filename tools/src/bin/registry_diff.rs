//! Lists every difference between codes.toml and a copy of the IANA HTTP Status Code
//! Registry in IANA's CSV layout, such as a fresh download of
//! <https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv>:
//!
//! ```sh
//! cargo run -p httpcodes-tools --bin registry_diff -- http-status-codes-1.csv
//! ```
//!
//! Exits with 0 when they agree, 1 when they differ, and 2 when a file cannot be read.
//! The comparison itself is `tools/src/registry.rs`, which `tools/tests/registry.rs` also runs.

use httpcodes_tools::{parse, registry};

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = &args[..] else {
        eprintln!("usage: registry_diff <http-status-codes-1.csv>");
        return ExitCode::from(2);
    };
    let csv = match std::fs::read_to_string(path) {
        Ok(csv) => csv,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let entries = match registry::read(&csv) {
        Ok(entries) => entries,
        Err(errors) => {
            for error in errors {
                eprintln!("{path}:{}: {}", error.line, error.message);
            }
            return ExitCode::from(2);
        }
    };
    let codes = match parse(httpcodes_tools::CODES_TOML) {
        Ok(codes) => codes,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            return ExitCode::from(2);
        }
    };
    let differences = registry::compare(&codes, &entries);
    if differences.is_empty() {
        println!("codes.toml agrees with {path}: {} codes", entries.len());
        return ExitCode::SUCCESS;
    }
    for difference in &differences {
        println!("{difference}");
    }
    println!("{} differences", differences.len());
    ExitCode::FAILURE
}
