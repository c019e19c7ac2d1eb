//! The checks of the `[[spelling]]` tables: reason phrases that real servers send for a
//! code where its own phrases, folded, do not cover them (nginx's "405 Not Allowed").
//! `FromStr` accepts each after its number; `from_reason` finds the unambiguous ones
//! alone, through the lookup keys of their status ([`Status::spellings`]).

use super::super::model::{lookup_key, lookup_keys, Class, Spelling, Status, Unofficial};
use super::super::schema::{self, Fields};
use super::super::toml::Table;
use super::text::{sorted, subject, Checker};

/// The longest phrase a `[[spelling]]` may hold, in bytes (the longest real one has 40).
pub const MAX_SPELLING: usize = 80;

impl Checker {
    /// One `[[spelling]]` table, on its own.
    pub(super) fn spelling(&mut self, table: &Table) -> Option<Spelling> {
        let fields = Fields::new(table, schema::SPELLING, None, &mut self.errors);
        let code = fields.integer("code");
        let phrase = fields.string("phrase");
        let (servers, servers_line) = fields.strings("servers");
        let (sources, sources_line) = fields.one_or_more("source").unwrap_or_default();
        let alone = fields.boolean("from_reason");

        let (code, code_line) = code?;
        let Ok(code @ 100..=999) = u16::try_from(code) else {
            let message = format!(
                "[[spelling]] code {code} is not a status code: a status line carries three digits from 100 to 999"
            );
            self.error(code_line, message);
            return None;
        };
        let subject = subject(code);
        let (phrase, phrase_line) = phrase?;
        self.check_spelling_phrase(&subject, &phrase, phrase_line);
        if let Some(line) = table.empty_array("servers") {
            let message = format!("{subject}`servers` is empty; name the servers that send \"{phrase}\"");
            self.error(line, message);
        }
        for (at, server) in servers.iter().enumerate() {
            self.check_name(&subject, "server", server, servers_line);
            if servers[..at].contains(server) {
                let message = format!("{subject}server `{server}` is listed twice");
                self.error(servers_line, message);
            }
        }
        if let Some(line) = table.empty_array("source") {
            let message = format!("{subject}`source` is empty; link the file that holds \"{phrase}\"");
            self.error(line, message);
        }
        for source in &sources {
            self.check_source(&subject, source, sources_line);
        }
        Some(Spelling {
            line: table.line,
            code,
            phrase,
            phrase_line,
            servers,
            sources,
            alone: false,
            written_alone: alone,
        })
    }

    /// What a status line may carry as a phrase, in the subset servers use: printable ASCII
    /// and single spaces, so that the entry stays one readable line.
    fn check_spelling_phrase(&mut self, subject: &str, phrase: &str, line: usize) {
        if phrase.trim().is_empty() {
            let message = "the phrase is empty; a server that sends none needs no [[spelling]]";
            return self.error(line, format!("{subject}{message}"));
        }
        let allowed = |c: char| c == ' ' || c.is_ascii_graphic();
        let listed = "printable ASCII and spaces";
        if self.check_words(subject, "phrase", phrase, line, allowed, listed) {
            self.check_length(subject, "phrase", phrase, line, MAX_SPELLING);
        }
    }

    /// A link to a line of a server's source file at a fixed commit or release tag, so that
    /// it keeps showing what the entry says: `https://github.com/OWNER/REPO/blob/COMMIT/PATH#L12`.
    fn check_source(&mut self, subject: &str, source: &str, line: usize) {
        self.check_url(subject, source, line);
        let Some(rest) = source.strip_prefix("https://github.com/") else {
            return;
        };
        let parts: Vec<&str> = rest.splitn(5, '/').collect();
        let pinned = match parts.as_slice() {
            [owner, repo, "blob", commit, path] => {
                !owner.is_empty()
                    && !repo.is_empty()
                    && is_pinned(commit)
                    && path.split_once("#L").is_some_and(|(file, at)| {
                        !file.is_empty() && !at.is_empty() && at.bytes().all(|b| b.is_ascii_digit())
                    })
            }
            _ => false,
        };
        if !pinned {
            let message = format!(
                "{subject}the source `{source}` is not a link to a line of a file at a commit; \
                 expected https://github.com/OWNER/REPO/blob/COMMIT/PATH#L<line>, where COMMIT is a commit \
                 hash or a release tag (a branch such as `main` moves on)"
            );
            self.error(line, message);
        }
    }

    /// The checks that need every table: a spelling is new for its code (folding does not
    /// already make it one of the code's own phrases), names no other code (that is a
    /// server's mistake, which `FromStr` rejects), and appears once. Then each status gets
    /// the spellings `from_reason` may find alone as lookup keys.
    pub(super) fn check_spellings(
        &mut self,
        mut spellings: Vec<Spelling>,
        statuses: &mut [Status],
        unofficial: &[Unofficial],
        classes: &[Class],
        invalid_reason: &str,
    ) -> Vec<Spelling> {
        let keys: Vec<String> = spellings
            .iter()
            .map(|spelling| lookup_key(&spelling.phrase))
            .collect();
        for (at, spelling) in spellings.iter().enumerate() {
            let (code, key, quoted) = (spelling.code, &keys[at], &spelling.phrase);
            let status = statuses.iter().find(|status| status.code == code);
            let own = match status {
                Some(status) => lookup_keys(status)
                    .find(|(own, _)| own == key)
                    .map(|(_, text)| text.to_string()),
                // An unlisted number's phrase is its class's name, or [invalid]'s reason.
                None => {
                    let class = classes.iter().find(|class| u16::from(class.digit) == code / 100);
                    let fallback = match code {
                        100..=599 => class.map_or("", |class| class.name.as_str()),
                        _ => invalid_reason,
                    };
                    (lookup_key(fallback) == *key).then(|| fallback.to_string())
                }
            };
            if let Some(own) = own {
                let message = format!("[[spelling]] of code {code}: \"{quoted}\" folds to `{key}`, as \"{own}\" of the same code does; folding already covers it, so remove the entry");
                self.error(spelling.phrase_line, message);
                continue;
            }
            let other = statuses.iter().find_map(|other| {
                let (_, text) = lookup_keys(other).find(|(own, _)| own == key)?;
                Some((other.code, other.line, text.to_string()))
            });
            if let Some((other, line, text)) = other {
                let message = format!("[[spelling]] of code {code}: \"{quoted}\" folds to `{key}`, as \"{text}\" of code {other} (line {line}) does; a server that sends it for {code} is mistaken, and FromStr rejects the pair, so leave it out (and list it in tests/library/server_phrases.rs)");
                self.error(spelling.phrase_line, message);
                continue;
            }
            let earlier = spellings[..at]
                .iter()
                .zip(&keys)
                .find(|(first, first_key)| first.code == code && *first_key == key);
            if let Some((first, _)) = earlier {
                let message = format!("[[spelling]] of code {code}: \"{quoted}\" folds as \"{}\" (line {}) does; merge their servers into one entry", first.phrase, first.line);
                self.error(spelling.phrase_line, message);
            }
        }
        // Shared with another code (or with every unlisted code of a class), a phrase names
        // none of them on its own.
        let codes: Vec<u16> = spellings.iter().map(|spelling| spelling.code).collect();
        for (spelling, key) in spellings.iter_mut().zip(&keys) {
            let code = spelling.code;
            let spelt = codes
                .iter()
                .zip(&keys)
                .any(|(&other, other_key)| other != code && other_key == key);
            let vendor = unofficial
                .iter()
                .filter(|entry| entry.code != code)
                .filter_map(|entry| entry.phrase.as_ref())
                .any(|phrase| lookup_key(&phrase.text) == *key);
            // Every unlisted number of a class has the class's name as its phrase.
            let class = classes.iter().any(|class| lookup_key(&class.name) == *key)
                || lookup_key(invalid_reason) == *key;
            let shared = spelt || vendor || class;
            if spelling.written_alone == Some(true) && shared {
                let message = format!("[[spelling]] of code {}: `from_reason = true`, but `{key}` is also a spelling or vendor phrase of another code, or a class's name, so the phrase names no one code; remove the key", spelling.code);
                self.error(spelling.phrase_line, message);
            }
            let status = statuses.iter_mut().find(|status| status.code == spelling.code);
            spelling.alone = spelling.written_alone != Some(false) && !shared && status.is_some();
            if let (true, Some(status)) = (spelling.alone, status) {
                status.spellings.push(spelling.phrase.clone());
            }
        }
        sorted(spellings, |spelling| usize::from(spelling.code))
    }
}

/// A commit hash, or a release tag such as `v3.11.2` or `3.1.8`: something with a digit in
/// it, which tells it from a branch name such as `main` or `master`.
fn is_pinned(commit: &str) -> bool {
    let hash = (7..=40).contains(&commit.len()) && commit.bytes().all(|b| b.is_ascii_hexdigit());
    let tag = commit.bytes().any(|b| b.is_ascii_digit())
        && commit
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    hash || tag
}
