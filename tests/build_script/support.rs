//! What the tests of the build script's checks share: the checker itself, the tables every
//! valid codes.toml needs, and helpers that break a valid file in one place and read the
//! errors that follow.

pub(crate) use crate::stages;
pub use stages::check::parse;

/// The `[[class]]` and `[invalid]` tables of a small valid codes.toml, as a literal so a
/// test file can `concat!` its own tables after them.
macro_rules! base_tables {
    () => {
        r#"
[[class]]
digit = 1
name = "Informational"
description = "Interim."
unregistered = "Interim, unknown."
reference = "RFC 9110, Section 15.2"

[[class]]
digit = 2
name = "Success"
description = "It worked."
unregistered = "It worked, unknown."
reference = "RFC 9110, Section 15.3"

[[class]]
digit = 3
name = "Redirection"
description = "Look elsewhere."
unregistered = "Look elsewhere, unknown."
reference = "RFC 9110, Section 15.4"

[[class.header]]
fields = ["Retry-After"]
requirement = "may"
condition = "the least delay before following"
reference = "RFC 9110, Section 10.2.3"

[[class]]
digit = 4
name = "Client Error"
description = "Your fault."
unregistered = "Your fault, unknown."
reference = "RFC 9110, Section 15.5"
retry = "after-change"

[[class]]
digit = 5
name = "Server Error"
description = "Our fault."
unregistered = "Our fault, unknown."
reference = "RFC 9110, Section 15.6"
retry = "transient"

[invalid]
reason = "Invalid Status Code"
description = "Not a status code."
reference = "RFC 9110, Section 15"
retry = "transient"

"#
    };
}
pub(crate) use base_tables;

/// The errors for `valid` with the first `from` replaced by `to`, as "line: message".
pub fn errors(valid: &str, from: &str, to: &str) -> Vec<String> {
    assert!(
        valid.contains(from),
        "the test's text is not in the file: {from:?}"
    );
    let text = valid.replacen(from, to, 1);
    match parse(&text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .map(|e| format!("{}: {}", e.line, e.message))
            .collect(),
    }
}

/// Exactly one error, on `line`, whose message contains each of `words`.
#[track_caller]
pub fn assert_one_error(errors: Vec<String>, line: usize, words: &[&str]) {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let prefix = format!("{line}: ");
    assert!(
        errors[0].starts_with(&prefix),
        "expected line {line}: {errors:#?}"
    );
    for word in words {
        assert!(errors[0].contains(word), "expected {word:?} in {errors:#?}");
    }
}

/// The line of the first occurrence of `needle` in `text`.
pub fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle in the file");
    text[..at].matches('\n').count() + 1
}
