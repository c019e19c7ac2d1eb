//! The command line: which command, its options, and the text or files it works on.

use std::ffi::{OsStr, OsString};

use crate::text::echo;

/// What the command line asks for.
pub enum Command {
    Help,
    Version,
    /// Explain the words of the command line, joined with spaces.
    Explain {
        text: String,
        json: bool,
    },
    /// Summarize these logs; no files means standard input.
    Log {
        files: Vec<OsString>,
        json: bool,
    },
}

/// Why nothing is done: a message for stderr and the exit status.
pub struct Refusal {
    pub message: String,
    pub exit: u8,
}

impl Refusal {
    pub fn usage(problem: &str) -> Refusal {
        Refusal {
            message: format!("{problem}\n{}\n(httpcodes --help says more)", crate::usage_line()),
            exit: 2,
        }
    }

    pub fn unreadable(message: String) -> Refusal {
        Refusal { message, exit: 1 }
    }
}

/// Sorts the arguments into the command, its options and its words. `log` as the first
/// argument names the log command; anything else is text to explain. `--help` wins over
/// any problem; otherwise the first problem is reported.
pub fn read(arguments: impl IntoIterator<Item = OsString>) -> Result<Command, Refusal> {
    let mut arguments = arguments.into_iter().peekable();
    let log = arguments.next_if(|first| first == "log").is_some();
    let mut words = Vec::new();
    let mut json = false;
    let mut version = false;
    let mut problem = None;
    let mut options_ended = false;
    for (index, argument) in arguments.enumerate() {
        let position = index + 1 + usize::from(log);
        match argument.to_str() {
            // A file name need not be UTF-8; text to explain must be.
            None if log => words.push(argument),
            None => {
                problem.get_or_insert_with(|| undecodable(position, &argument));
            }
            Some("--") if !options_ended => options_ended = true,
            Some("-h" | "--help") if !options_ended => return Ok(Command::Help),
            Some("-V" | "--version") if !options_ended => version = true,
            Some("--json") if !options_ended => json = true,
            Some(option) if !options_ended && is_option(option) => {
                problem.get_or_insert_with(|| Refusal::usage(&format!("unknown option {}", echo(option))));
            }
            Some(_) => words.push(argument),
        }
    }
    if let Some(problem) = problem {
        return Err(problem);
    }
    if version {
        return Ok(Command::Version);
    }
    if log {
        return Ok(Command::Log { files: words, json });
    }
    // Every word is UTF-8 here: the others were refused above.
    let words: Vec<String> = words
        .into_iter()
        .map(|word| word.to_string_lossy().into_owned())
        .collect();
    let text = words.join(" ");
    match text.trim_ascii().is_empty() {
        true => Err(Refusal::usage(
            "no status code, reason phrase or status line given",
        )),
        false => Ok(Command::Explain { text, json }),
    }
}

/// `-x` or `--anything`, but not a negative number such as `-1`, which is text to read,
/// nor `-` alone, which names standard input.
fn is_option(argument: &str) -> bool {
    let mut chars = argument.chars();
    match (chars.next(), chars.next()) {
        (Some('-'), Some('-')) => true,
        (Some('-'), Some(second)) => second.is_ascii_alphabetic(),
        _ => false,
    }
}

/// The refusal for an argument that is not UTF-8, naming the first byte that does not
/// decode; such text can be neither digits nor a phrase.
fn undecodable(position: usize, argument: &OsStr) -> Refusal {
    let bytes = argument.as_encoded_bytes();
    let offset = match std::str::from_utf8(bytes) {
        Ok(_) => 0,
        Err(error) => error.valid_up_to(),
    };
    let byte = bytes
        .get(offset)
        .map_or(String::new(), |byte| format!("byte {byte:#04x} "));
    Refusal::unreadable(format!(
        "cannot read argument {position}, {}, as a status code: it is not UTF-8 text ({byte}at offset {offset} does not decode)",
        echo(&argument.to_string_lossy()),
    ))
}
