//! `StatusCode::from_status_line` and `StatusLine`: what RFC 9112 Section 4 lets a client
//! accept, what it does not, and which error says why; `PhraseKind` for each kind of phrase.

use httpcodes::{ParseError, PhraseKind, StatusCode, StatusLine};
use proptest::prelude::*;

fn read(line: &str) -> Result<(Option<&str>, u16, &str), ParseError> {
    StatusLine::parse(line).map(|read| (read.version(), read.status().code(), read.phrase()))
}

#[test]
fn the_shapes_clients_meet_read_as_their_number() {
    assert_eq!(
        read("HTTP/1.1 404 Whatever"),
        Ok((Some("HTTP/1.1"), 404, "Whatever"))
    );
    assert_eq!(read("HTTP/2 404"), Ok((Some("HTTP/2"), 404, "")));
    assert_eq!(read("HTTP/3 200"), Ok((Some("HTTP/3"), 200, "")));
    assert_eq!(read("HTTP/1.0 200 OK"), Ok((Some("HTTP/1.0"), 200, "OK")));
    assert_eq!(read("404 Whatever"), Ok((None, 404, "Whatever")));
    assert_eq!(read("404"), Ok((None, 404, "")));
    // nginx, for a code it has no phrase for: the space stays, the phrase is empty.
    assert_eq!(read("HTTP/1.1 405 "), Ok((Some("HTTP/1.1"), 405, "")));
    assert_eq!(read("HTTP/1.1 203 \r\n"), Ok((Some("HTTP/1.1"), 203, "")));
    // Unregistered and past 599: the number decides, as from_u16 has it.
    assert_eq!(read("HTTP/1.1 299 Fine"), Ok((Some("HTTP/1.1"), 299, "Fine")));
    assert_eq!(read("HTTP/1.1 999 x"), Ok((Some("HTTP/1.1"), 999, "x")));
    assert_eq!(
        StatusCode::from_status_line("HTTP/1.1 600"),
        Ok(StatusCode::from_u16(600))
    );
}

#[test]
fn the_phrase_is_never_checked() {
    assert_eq!(
        StatusCode::from_status_line("HTTP/1.1 404 Gone"),
        Ok(StatusCode::NotFound)
    );
    assert_eq!(
        StatusCode::from_status_line("HTTP/1.1 503 Internal Server Error"),
        Ok(StatusCode::ServiceUnavailable)
    );
    // Translated, and obs-text (bytes 0x80 to 0xFF, here as UTF-8).
    assert_eq!(
        read("HTTP/1.1 404 Introuvable é"),
        Ok((Some("HTTP/1.1"), 404, "Introuvable é"))
    );
    assert_eq!(
        read("HTTP/1.1 200 \u{FFFD}\u{FFFD}"),
        Ok((Some("HTTP/1.1"), 200, "\u{FFFD}\u{FFFD}"))
    );
    // Punctuation and digits are a phrase like any other.
    assert_eq!(
        read("HTTP/1.1 306 (Unused)"),
        Ok((Some("HTTP/1.1"), 306, "(Unused)"))
    );
    assert_eq!(read("HTTP/1.1 599 599"), Ok((Some("HTTP/1.1"), 599, "599")));
}

#[test]
fn one_line_end_is_dropped() {
    assert_eq!(read("HTTP/1.1 200 OK\r\n"), Ok((Some("HTTP/1.1"), 200, "OK")));
    assert_eq!(read("HTTP/1.1 200 OK\n"), Ok((Some("HTTP/1.1"), 200, "OK")));
    // A bare CR is whitespace (RFC 9112 Section 4).
    assert_eq!(read("HTTP/1.1 200 OK\r"), Ok((Some("HTTP/1.1"), 200, "OK")));
    assert_eq!(
        read("HTTP/1.1 200 OK\r\n\n"),
        Err(ParseError::ControlCharacter(b'\n'))
    );
    assert_eq!(
        read("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n"),
        Err(ParseError::ControlCharacter(b'\n'))
    );
}

#[test]
fn whitespace_separates_and_surrounds_as_rfc_9112_allows() {
    assert_eq!(read("  HTTP/1.1 200 OK  "), Ok((Some("HTTP/1.1"), 200, "OK")));
    assert_eq!(read("HTTP/1.1\t200\tOK"), Ok((Some("HTTP/1.1"), 200, "OK")));
    assert_eq!(
        read("HTTP/1.1  \x0B\x0C 200 \r OK"),
        Ok((Some("HTTP/1.1"), 200, "OK"))
    );
    // Inside the phrase, whitespace is kept as sent.
    assert_eq!(
        read("HTTP/1.1 404 Not \t Found \r\n"),
        Ok((Some("HTTP/1.1"), 404, "Not \t Found"))
    );
    assert_eq!(read(" \t404\t"), Ok((None, 404, "")));
}

#[test]
fn the_version_is_http_and_one_or_two_digits_in_capitals() {
    for line in [
        "http/1.1 200 OK",
        "Http/1.1 200 OK",
        "HTTP/1.11 200",
        "HTTP/11 200",
        "HTTP/ 200",
        "HTTP 200",
    ] {
        assert_eq!(read(line), Err(ParseError::InvalidVersion), "{line:?}");
    }
    // Glued to the code, the version is not a version.
    assert_eq!(read("HTTP/1.1200 OK"), Err(ParseError::InvalidVersion));
    // A phrase or name alone is no status line (FromStr takes those).
    assert_eq!(read("Not Found"), Err(ParseError::InvalidVersion));
    assert_eq!("Not Found".parse(), Ok(StatusCode::NotFound));
    assert_eq!(read("ICY 200 OK"), Err(ParseError::InvalidVersion));
}

#[test]
fn the_code_has_the_errors_from_str_gives() {
    let same = |code_and_phrase: &str| {
        let expected = code_and_phrase.parse::<StatusCode>().unwrap_err();
        assert_eq!(
            read(&format!("HTTP/1.1 {code_and_phrase}")),
            Err(expected),
            "{code_and_phrase:?}"
        );
        assert_eq!(read(code_and_phrase), Err(expected), "{code_and_phrase:?}");
    };
    same("40");
    same("4040");
    same("404x Not Found");
    same("0404");
    same("099 Low");
    same("000");
    assert_eq!(read("HTTP/1.1 099"), Err(ParseError::OutOfRange(99)));
    assert_eq!(read("HTTP/1.1"), Err(ParseError::NotThreeDigits));
    assert_eq!(read("HTTP/1.1 \r\n"), Err(ParseError::NotThreeDigits));
    assert_eq!(read("HTTP/1.1 OK"), Err(ParseError::NotThreeDigits));
    assert_eq!(read(""), Err(ParseError::Empty));
    assert_eq!(read(" \t\r\n"), Err(ParseError::Empty));
    assert_eq!(read("\n"), Err(ParseError::Empty));
}

#[test]
fn control_bytes_are_refused_with_the_byte() {
    assert_eq!(read("HTTP/1.1 200 O\0K"), Err(ParseError::ControlCharacter(0)));
    assert_eq!(
        read("HTTP/1.1 200 \x1B[31mOK"),
        Err(ParseError::ControlCharacter(0x1B))
    );
    assert_eq!(
        read("HTTP/1.1 200 OK\x7F"),
        Err(ParseError::ControlCharacter(0x7F))
    );
    assert_eq!(read("HTTP/1.1 200\nOK"), Err(ParseError::ControlCharacter(b'\n')));
}

#[test]
fn every_error_has_a_message_of_its_own() {
    let errors = [
        ParseError::Empty,
        ParseError::NotThreeDigits,
        ParseError::OutOfRange(99),
        ParseError::UnknownReason,
        ParseError::InvalidVersion,
        ParseError::ControlCharacter(b'\n'),
        ParseError::ControlCharacter(0),
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for (at, message) in messages.iter().enumerate() {
        assert!(!message.is_empty());
        assert!(!messages[..at].contains(message), "{message}");
    }
    assert!(messages[4].contains("HTTP/1.1"), "{}", messages[4]);
    assert!(messages[6].contains("0x00"), "{}", messages[6]);
}

#[test]
fn phrase_kind_tells_whose_phrase_it_is() {
    let kind = |line: &str| StatusLine::parse(line).unwrap().phrase_kind();
    assert_eq!(kind("HTTP/1.1 404 Not Found"), PhraseKind::Reason);
    assert_eq!(kind("HTTP/1.1 404 NOT_FOUND"), PhraseKind::Reason);
    assert_eq!(kind("HTTP/1.1 413 Content Too Large"), PhraseKind::Reason);
    assert_eq!(kind("HTTP/1.1 299 Success"), PhraseKind::Reason);
    assert_eq!(kind("HTTP/1.1 302 Moved Temporarily"), PhraseKind::Former);
    assert_eq!(kind("HTTP/1.1 413 Request Entity Too Large"), PhraseKind::Former);
    assert_eq!(kind("HTTP/1.1 405 Not Allowed"), PhraseKind::Server);
    assert_eq!(
        kind("HTTP/1.1 503 Service Temporarily Unavailable"),
        PhraseKind::Server
    );
    assert_eq!(kind("HTTP/1.1 306 (Unused)"), PhraseKind::Server);
    assert_eq!(kind("HTTP/1.1 425 Unordered Collection"), PhraseKind::Server);
    assert_eq!(
        kind("HTTP/1.1 416 request range not satisfiable"),
        PhraseKind::Server
    );
    assert_eq!(kind("HTTP/1.1 499 Client Closed Request"), PhraseKind::Vendor);
    assert_eq!(
        kind("HTTP/1.1 499 client has closed connection"),
        PhraseKind::Server
    );
    assert_eq!(kind("HTTP/1.1 509 Bandwidth Limit Exceeded"), PhraseKind::Server);
    assert_eq!(kind("HTTP/1.1 404 Gone"), PhraseKind::Unknown);
    assert_eq!(kind("HTTP/1.1 503 Internal Server Error"), PhraseKind::Unknown);
    assert_eq!(kind("HTTP/1.1 404 Introuvable"), PhraseKind::Unknown);
    // Another number's server spelling is not this one's.
    assert_eq!(kind("HTTP/1.1 404 Not Allowed"), PhraseKind::Unknown);
    assert_eq!(kind("HTTP/1.1 405 "), PhraseKind::Empty);
    assert_eq!(kind("HTTP/2 405"), PhraseKind::Empty);
}

#[test]
fn from_str_takes_server_spellings_and_refuses_other_codes_phrases() {
    assert_eq!("405 Not Allowed".parse(), Ok(StatusCode::MethodNotAllowed));
    assert_eq!(
        "503 Service Temporarily Unavailable".parse(),
        Ok(StatusCode::ServiceUnavailable)
    );
    assert_eq!("306 (Unused)".parse(), Ok(StatusCode::SwitchProxy));
    assert_eq!(
        "509 Bandwidth Limit Exceeded".parse(),
        Ok(StatusCode::from_u16(509))
    );
    assert_eq!("425 Unordered Collection".parse(), Ok(StatusCode::TooEarly));
    assert_eq!("424 Method Failure".parse(), Ok(StatusCode::FailedDependency));
    assert_eq!(
        "416 Request Range Not Satisfiable".parse(),
        Ok(StatusCode::RangeNotSatisfiable)
    );
    assert_eq!(
        "503 Internal Server Error".parse::<StatusCode>(),
        Err(ParseError::ReasonMismatch {
            code: StatusCode::ServiceUnavailable,
            reason_of: Some(StatusCode::InternalServerError),
        })
    );
    // A spelling belongs to its own number only.
    assert_eq!(
        "404 Not Allowed".parse::<StatusCode>(),
        Err(ParseError::ReasonMismatch {
            code: StatusCode::NotFound,
            reason_of: Some(StatusCode::MethodNotAllowed),
        })
    );
}

proptest! {
    #[test]
    fn any_string_is_an_answer_not_a_panic(text in any::<String>()) {
        if let Ok(line) = StatusLine::parse(&text) {
            let _ = line.phrase_kind();
            prop_assert_eq!(StatusCode::from_status_line(&text), Ok(line.status()));
            prop_assert!((100..=999).contains(&line.status().code()));
        }
    }

    #[test]
    fn status_like_strings_are_an_answer_not_a_panic(text in "[Htp/0-9. \t\r\n\x0B\x0CA-Za-z]{0,24}") {
        let _ = StatusLine::parse(&text).map(|line| line.phrase_kind());
    }

    #[test]
    fn any_code_and_phrase_read_back(
        code in 100u16..=999,
        version in prop::sample::select(vec!["HTTP/1.0 ", "HTTP/1.1 ", "HTTP/2 ", "HTTP/3 ", ""]),
        phrase in "[ -~\u{80}-\u{10FFFF}\t]{0,40}",
        end in prop::sample::select(vec!["", "\r\n", "\n"]),
    ) {
        let line = format!("{version}{code} {phrase}{end}");
        let read = StatusLine::parse(&line).unwrap();
        prop_assert_eq!(read.status(), StatusCode::from_u16(code));
        prop_assert_eq!(read.phrase(), phrase.trim_matches([' ', '\t']));
        prop_assert_eq!(read.version(), version.strip_suffix(' '));
    }

    #[test]
    fn from_str_accepts_a_phrase_exactly_when_phrase_kind_knows_it(
        code in 100u16..=999,
        phrase in "[A-Za-z][ -~]{0,30}",
    ) {
        let phrase = phrase.trim();
        let kind = StatusLine::parse(&format!("HTTP/1.1 {code} {phrase}")).unwrap().phrase_kind();
        let parsed = format!("{code} {phrase}").parse::<StatusCode>();
        prop_assert_eq!(parsed.is_ok(), kind != PhraseKind::Unknown, "{:?}", kind);
    }
}
