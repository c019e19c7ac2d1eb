//! The rules for text that every table's checks share: the error list, the characters
//! and length of a phrase or name, the shape of a link, and the order of records. The
//! checks of each kind of table (`check.rs`, `check_spelling.rs`) build on these, and
//! this file needs neither of them.

use super::super::model::Error;

/// The longest vendor or product name, in bytes: they head the docs table's rows.
const MAX_VENDOR: usize = 60;

/// The checker's state: every problem found so far.
pub(super) struct Checker {
    pub(super) errors: Vec<Error>,
}

impl Checker {
    pub(super) fn error(&mut self, line: usize, message: String) {
        self.errors.push(Error::at(line, message));
    }

    /// A vendor or product name: it heads a row of the docs table and is what
    /// `Unofficial::by_vendor` matches.
    pub(super) fn check_name(&mut self, subject: &str, what: &str, name: &str, line: usize) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || " -.,()/'&".contains(c);
        let listed = "ASCII letters, digits, spaces and - . , ( ) / ' &";
        if self.check_words(subject, what, name, line, allowed, listed) {
            self.check_length(subject, what, name, line, MAX_VENDOR);
        }
    }

    /// Text of the characters `allowed` takes, without stray spaces; whether it passed.
    pub(super) fn check_words(
        &mut self,
        subject: &str,
        what: &str,
        text: &str,
        line: usize,
        allowed: fn(char) -> bool,
        listed: &str,
    ) -> bool {
        let problem = if text.trim().is_empty() {
            format!("the {what} is empty")
        } else if let Some(bad) = text.chars().find(|&c| !allowed(c)) {
            format!("the {what} `{text}` contains {bad:?}; use {listed}")
        } else if text.trim() != text || text.contains("  ") {
            format!("the {what} `{text}` has stray spaces")
        } else {
            return true;
        };
        self.error(line, format!("{subject}{problem}"));
        false
    }

    /// Text no longer than `max` bytes.
    pub(super) fn check_length(&mut self, subject: &str, what: &str, text: &str, line: usize, max: usize) {
        if text.len() > max {
            let message = format!(
                "{subject}the {what} `{text}` is {} bytes long; at most {max} fit",
                text.len()
            );
            self.error(line, message);
        }
    }

    /// A source link: `https://`, a host, and nothing that would break a Markdown link.
    pub(super) fn check_url(&mut self, subject: &str, url: &str, line: usize) {
        let host = url
            .strip_prefix("https://")
            .map(|rest| rest.split('/').next().unwrap_or(""));
        let bad = url
            .chars()
            .find(|&c| !c.is_ascii_graphic() || "<>\"`|{}\\^".contains(c));
        let problem = match (host, bad) {
            (None, _) => "does not start with `https://`".to_string(),
            (Some(""), _) => "has no host after `https://`".to_string(),
            (_, Some(bad)) => format!("contains {bad:?}"),
            _ => return,
        };
        let message = format!("{subject}the url `{url}` {problem}; give the https:// address of the page that documents the code");
        self.error(line, message);
    }
}

/// `items` in order of `key`, ties in their order: one sort routine for every list, where
/// `sort_by_key` per record type put several copies of the standard sort in the build
/// script, a large share of what it takes to compile.
pub(super) fn sorted<T>(items: Vec<T>, key: impl Fn(&T) -> usize) -> Vec<T> {
    let mut order: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(at, item)| (key(item), at))
        .collect();
    order.sort_unstable();
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|(_, at)| items[at].take()).collect()
}

/// "code 404: ", or nothing for the tables that belong to no code.
pub(super) fn subject(code: u16) -> String {
    match code {
        0 => String::new(),
        _ => format!("code {code}: "),
    }
}
