//! `httpcodes`: explains an HTTP status code, reason phrase or status line
//! (`httpcodes 429`, `httpcodes "HTTP/1.1 405 Not Allowed"`), and summarizes the status
//! codes of access logs (`httpcodes log access.log`). `--help` says how it reads its
//! arguments; the README beside Cargo.toml documents the `--json` output.
//!
//! Exit status: 0 when a code was explained, every log was read, or help was asked for;
//! 1 when the text cannot be read as a status code or an input could not be read; 2 for a
//! usage error (no text, unknown option).

use std::io::Write;
use std::process::ExitCode;

mod arguments;
mod explain;
mod json;
mod log;
mod retry;
mod text;

use arguments::{Command, Refusal};

const USAGE: &str = "\
usage: httpcodes [--json] <code, reason phrase or status line>...
       httpcodes log [--json] [FILE...]
       httpcodes -h | --help | -V | --version

Explains an HTTP status code, given as three digits (429), three digits and the
reason phrase (404 Not Found), the phrase alone in any case (\"payload too large\"),
or a status line as a server sends it (\"HTTP/1.1 405 Not Allowed\": the three
digits decide, the phrase is not checked). A decimal number from 0 to 65535 that
is not three digits is explained too, with a note that no status line can carry it.

`httpcodes log` reads access logs, or standard input when no FILE (or -) is given,
works out each file's format (nginx and Apache common and combined, AWS Application
Load Balancer, JSON lines with nginx's status or Cloudflare Logpush's
EdgeResponseStatus) and prints, per file, every status code with its count, share,
reason, what the log's vendor means by it, and whether a client may retry. Lines it
cannot read are counted, and the first few shown by line number.

  --json   print JSON instead of text; the httpcodes-cli README documents the schema
  --       the arguments after it are never options

Exit status: 0 explained or every input read; 1 not a status code, or an input
could not be opened or had no line to read; 2 usage error.
";

fn main() -> ExitCode {
    match arguments::read(std::env::args_os().skip(1)) {
        Ok(Command::Help) => print(USAGE),
        Ok(Command::Version) => print(&format!("httpcodes {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Explain { text, json }) => match explain::answer(&text, json) {
            Ok(answer) => print(&answer),
            Err(refusal) => refuse(&refusal),
        },
        Ok(Command::Log { files, json }) => log::run(&files, json),
        Err(refusal) => refuse(&refusal),
    }
}

/// Writes to stdout through `write!`, not `println!`: a closed stdout (`httpcodes 404 |
/// true`) is an exit status, not a panic.
fn print(text: &str) -> ExitCode {
    match std::io::stdout().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

fn refuse(refusal: &Refusal) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "httpcodes: {}", refusal.message.trim_end());
    ExitCode::from(refusal.exit)
}

/// The first line of the usage, for a usage error.
fn usage_line() -> &'static str {
    USAGE.lines().next().unwrap_or_default()
}
