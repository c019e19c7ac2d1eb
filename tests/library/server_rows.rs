//! The rows of tests/data/server-phrases.csv, the reason-phrase tables of 30 widely used
//! servers and libraries, and the rows that are a server's mistake. Shared by the library's
//! tests (`server_phrases.rs`) and the build script's data checks, which include this file.

const CSV: &str = include_str!("../data/server-phrases.csv");

/// Rows whose phrase is another code's own. `FromStr` rejects them, naming the code the
/// phrase belongs to; `from_status_line` still reads the number. (server, code, phrase,
/// the code the phrase names, why the server sends it.)
pub const MISTAKES: &[(&str, u16, &str, u16, &str)] = &[(
    "h2o",
    503,
    "Internal Server Error",
    500,
    "lib/handler/fastcgi.c (the FastCGI backend fails before the response headers) and \
     lib/handler/redirect.c (an internal redirect's URL does not resolve) send 503 with \
     500's phrase; the number is what the client acts on",
)];

pub struct Row<'a> {
    pub server: &'a str,
    pub code: u16,
    pub phrase: &'a str,
    pub source: &'a str,
}

pub fn rows() -> Vec<Row<'static>> {
    let mut lines = CSV.lines();
    assert_eq!(lines.next(), Some("server,version,code,phrase,source"));
    lines
        .map(|line| {
            // No field of this file needs CSV quoting: a phrase with a comma or a quote
            // would need a real CSV reader here.
            assert!(!line.contains('"'), "{line}");
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), 5, "{line}");
            let code = fields[2].parse().unwrap_or_else(|_| panic!("{line}"));
            assert!(
                fields[4].starts_with("https://github.com/") && fields[4].contains("#L"),
                "{line}"
            );
            Row {
                server: fields[0],
                code,
                phrase: fields[3],
                source: fields[4],
            }
        })
        .collect()
}

pub fn mistake(row: &Row) -> Option<u16> {
    MISTAKES
        .iter()
        .find(|(server, code, phrase, ..)| {
            *server == row.server && *code == row.code && *phrase == row.phrase
        })
        .map(|&(_, _, _, names, _)| names)
}
