//! Stage three, the docs: records -> the Markdown tables the crate docs include from
//! OUT_DIR (`codes.md`, `unofficial.md`, `spellings.md`).

use std::fmt::Write as _;

use super::emit_rust::field_list;
use super::model::{Codes, Phrase, PhraseOrigin};
use super::vocab::{RegistryStatus, RetryAdvice, Seen};

/// The crate docs' table of every code, as Markdown.
///
/// Retry advice and header fields get a compact column each, before the long description:
/// "later" stands for [`RetryAdvice::Transient`] and so on, and a header field shows with
/// its requirement level. A registration that is not a regular one says so by its phrase.
pub fn table(codes: &Codes) -> String {
    let mut out = String::from(
        "*Retry* says whether sending the same request again can help (see [`RetryAdvice`]; \
         `-`: nothing failed). *Header fields* are those the specifications tie to a response with \
         the code, with how firmly they ask for them, or against them (`must not`: the response \
         leaves the field out; see [`StatusCode::header_fields`]).\n\n\
         *Cache*: `default` where a cache may reuse the response without being told it can, `never` \
         where a cache must not store it.\n\n\
         | Code | Reason | Class | Retry | Cache | Header fields | Description |\n|---|---|---|---|---|---|---|\n",
    );
    for status in &codes.statuses {
        let class = &codes.class_of(status.code).name;
        let registry = match (status.registry, &status.expires) {
            (RegistryStatus::Assigned, _) => String::new(),
            (RegistryStatus::Temporary, Some(date)) => format!(" (temporary, expires {date})"),
            (RegistryStatus::Temporary, None) => " (temporary)".to_string(),
            (RegistryStatus::Unused, _) => " (unused)".to_string(),
            (RegistryStatus::Obsoleted, _) => " (obsoleted)".to_string(),
        };
        let (retry, _) = status.retry.docs_words();
        let retry = match status.retry {
            RetryAdvice::NotAnError => retry.to_string(),
            other => format!("[{retry}](RetryAdvice::{other:?})"),
        };
        let headers: Vec<String> = codes
            .headers_of(status)
            .iter()
            .map(|header| {
                // `|` is a token character, so a field name could hold one; not a cell border.
                format!(
                    "{} ({})",
                    field_list(header, "").replace('|', "\\|"),
                    header.requirement.as_str()
                )
            })
            .collect();
        let cache = match (status.cacheable, status.must_not_be_stored) {
            (true, _) => "default",
            (false, true) => "never",
            (false, false) => "",
        };
        push_line!(
            out,
            "| [{}](StatusCode::{}) | {}{registry} | {class} | {retry} | {cache} | {} | {} |",
            status.code,
            status.name,
            status.reason,
            headers.join("; "),
            status.description
        );
    }
    out
}

/// The crate docs' table of codes seen in the wild, as Markdown.
pub fn unofficial_table(codes: &Codes) -> String {
    let mut out = String::from("| Code | Vendor | Phrase | Where seen | Source |\n|---|---|---|---|---|\n");
    for entry in &codes.unofficial {
        let vendor = match &entry.product {
            Some(product) => format!("{} ({product})", entry.vendor),
            None => entry.vendor.clone(),
        };
        let phrase = match &entry.phrase {
            Some(Phrase { text, origin }) if *origin == PhraseOrigin::Vendor => text.clone(),
            Some(Phrase { text, .. }) => format!("*{text}* (label)"),
            None => "-".to_string(),
        };
        let seen = match (entry.seen, entry.sent_as) {
            (Seen::Response, _) => "response".to_string(),
            (Seen::ServerLog, None) => "server log only".to_string(),
            (Seen::ServerLog, Some((code, _))) => format!("server log; the client gets {code}"),
            (Seen::ClientSide, _) => "client side only".to_string(),
            (Seen::ServerConfig, None) => "server configuration only".to_string(),
            (Seen::ServerConfig, Some((code, _))) => {
                format!("server configuration only; the client and the log get {code}")
            }
        };
        push_line!(
            out,
            "| {} | {vendor} | {phrase} | {seen} | [{}]({}) |",
            entry.code,
            source_name(&entry.url),
            entry.url
        );
    }
    out
}

/// The crate docs' table of the `[[spelling]]` entries, as Markdown.
pub fn spelling_table(codes: &Codes) -> String {
    let mut out = String::from("| Code | Phrase | Sent by | Source |\n|---|---|---|---|\n");
    for spelling in &codes.spellings {
        let sources: Vec<String> = spelling
            .sources
            .iter()
            .map(|source| format!("[{}]({source})", source_name(source)))
            .collect();
        push_line!(
            out,
            "| {} | {} | {} | {} |",
            spelling.code,
            spelling.phrase.replace('|', "\\|"),
            spelling.servers.join(", "),
            sources.join(", ")
        );
    }
    out
}

/// What a source link shows: the host, and for GitHub the repository too.
fn source_name(url: &str) -> String {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    let mut parts = rest.split('/');
    let host = parts.next().unwrap_or_default();
    match (host, parts.next(), parts.next()) {
        ("github.com", Some(owner), Some(repository)) => format!("{host}/{owner}/{repository}"),
        _ => host.to_string(),
    }
}
