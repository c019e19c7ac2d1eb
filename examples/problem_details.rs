//! An error handler as hyper or axum code has one: it turns the status of a failed response
//! into an RFC 9457 problem-details body, with `title` from `reason()` and `detail` from
//! `description()`, plus two extension members: the `class` and whether a `retry` can help.
//!
//!   cargo run --example problem_details --features http,serde -- 429 404 599

use std::process::ExitCode;

use httpcodes::{Class, StatusCode};
use serde::Serialize;

/// An RFC 9457 problem-details object.
#[derive(Serialize)]
struct Problem {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    /// Serialized as the number, through httpcodes' `serde` feature.
    status: StatusCode,
    detail: &'static str,
    /// An extension member, serialized as the class name through the `serde` feature.
    class: Class,
    /// An extension member: what the client can do about it.
    retry: &'static str,
}

/// The handler: a status in, a complete `application/problem+json` response out.
fn problem_response(status: http::StatusCode) -> Result<http::Response<String>, String> {
    let code = StatusCode::from(status);
    let problem = Problem {
        kind: "about:blank",
        title: code.reason(),
        status: code,
        detail: code.description(),
        class: code.class(),
        retry: code.retry_advice().description(),
    };
    let body = serde_json::to_string_pretty(&problem).map_err(|error| error.to_string())?;
    http::Response::builder()
        .status(status)
        .header(http::header::CONTENT_TYPE, "application/problem+json")
        .body(body)
        .map_err(|error| error.to_string())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs = if args.is_empty() {
        vec!["404".into(), "429".into(), "599".into()]
    } else {
        args
    };
    let mut result = ExitCode::SUCCESS;
    for input in &inputs {
        let status = match input.parse::<u16>().map(http::StatusCode::from_u16) {
            Ok(Ok(status)) => status,
            _ => {
                eprintln!("{input:?} is not a status code an HTTP response can carry (100 to 999)");
                result = ExitCode::FAILURE;
                continue;
            }
        };
        match problem_response(status) {
            // The status line with this crate's phrase (RFC 9110), not `http`'s older one.
            Ok(response) => println!(
                "HTTP/1.1 {}\ncontent-type: application/problem+json\n\n{}\n",
                StatusCode::from(response.status()),
                response.body()
            ),
            Err(error) => {
                eprintln!("cannot build a response for {status}: {error}");
                result = ExitCode::FAILURE;
            }
        }
    }
    result
}
