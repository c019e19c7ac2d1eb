//! `StatusCode::header_fields` against the header fields RFC 9110 and its companions tie
//! to status codes; the expected values are written here from those sections.

use httpcodes::{HeaderField, Requirement, StatusCode};

use Requirement::*;

const FROM_200: [&str; 6] = [
    "Date",
    "Cache-Control",
    "ETag",
    "Expires",
    "Content-Location",
    "Vary",
];

/// Each code's own fields, in order, with their level and section, as those sections
/// state them (the level is the BCP 14 keyword of the sentence; `NoKeyword` where there is
/// none).
fn expected(code: u16) -> Vec<(&'static str, Requirement, &'static str)> {
    let location = |section| vec![("Location", Should, section)];
    let upgrade = |section| {
        vec![
            ("Upgrade", Must, section),
            // Section 7.8: a sender of Upgrade also sends Connection: upgrade.
            ("Connection", Must, "RFC 9110, Section 7.8"),
        ]
    };
    let draft = "draft-ietf-httpbis-resumable-upload-05";
    match code {
        101 => upgrade("RFC 9110, Section 15.2.2"),
        103 => vec![("Link", NoKeyword, "RFC 8297, Section 2")],
        104 => vec![
            ("Location", Must, draft),
            ("Upload-Draft-Interop-Version", Must, draft),
            ("Upload-Offset", May, draft),
        ],
        200 => vec![
            ("ETag", Should, "RFC 9110, Section 15.3.1"),
            ("Last-Modified", Should, "RFC 9110, Section 15.3.1"),
        ],
        201 => location("RFC 9110, Section 9.3.3"),
        204 => vec![
            ("Content-Length", MustNot, "RFC 9110, Section 8.6"),
            ("Transfer-Encoding", MustNot, "RFC 9112, Section 6.1"),
        ],
        206 => [
            ("Content-Range", Must, "RFC 9110, Section 15.3.7"),
            ("Content-Type", Must, "RFC 9110, Section 15.3.7"),
        ]
        .into_iter()
        .chain(FROM_200.map(|name| (name, Must, "RFC 9110, Section 15.3.7")))
        .collect(),
        300 => location("RFC 9110, Section 15.4.1"),
        301 => location("RFC 9110, Section 15.4.2"),
        302 => location("RFC 9110, Section 15.4.3"),
        // Section 15.4.4 defines 303 by its Location field, with no keyword.
        303 => vec![("Location", NoKeyword, "RFC 9110, Section 15.4.4")],
        304 => FROM_200
            .map(|name| (name, Must, "RFC 9110, Section 15.4.5"))
            .into_iter()
            .chain([("Content-Length", May, "RFC 9110, Section 8.6")])
            .collect(),
        307 => location("RFC 9110, Section 15.4.8"),
        308 => location("RFC 9110, Section 15.4.9"),
        401 => vec![("WWW-Authenticate", Must, "RFC 9110, Section 15.5.2")],
        405 => vec![("Allow", Must, "RFC 9110, Section 15.5.6")],
        407 => vec![("Proxy-Authenticate", Must, "RFC 9110, Section 15.5.8")],
        413 => vec![("Retry-After", Should, "RFC 9110, Section 15.5.14")],
        // "ought to be used" and "can be used": no keyword for either.
        415 => vec![
            ("Accept-Encoding", NoKeyword, "RFC 9110, Section 12.5.3"),
            ("Accept", NoKeyword, "RFC 9110, Section 15.5.16"),
        ],
        416 => vec![("Content-Range", Should, "RFC 9110, Section 15.5.17")],
        426 => upgrade("RFC 9110, Section 15.5.22"),
        429 => vec![("Retry-After", May, "RFC 6585, Section 4")],
        451 => vec![("Link", Should, "RFC 7725, Section 4")],
        503 => vec![("Retry-After", May, "RFC 9110, Section 15.6.4")],
        511 => vec![
            ("WWW-Authenticate", ShouldNot, "RFC 6585, Section 6"),
            ("Proxy-Authenticate", ShouldNot, "RFC 6585, Section 6"),
        ],
        _ => Vec::new(),
    }
}

/// The fields of every code of a class, after the code's own (`code` may be any u16).
fn class_fields(code: u16) -> Vec<(&'static str, Requirement, &'static str)> {
    // RFC 9110 Section 6.6.1: MUST in 2xx, 3xx and 4xx, MAY in 1xx and 5xx.
    let date = |level| ("Date", level, "RFC 9110, Section 6.6.1");
    match code / 100 {
        // RFC 9110 Section 8.6 and RFC 9112 Section 6.1: never in a 1xx.
        1 => vec![
            date(May),
            ("Content-Length", MustNot, "RFC 9110, Section 8.6"),
            ("Transfer-Encoding", MustNot, "RFC 9112, Section 6.1"),
        ],
        2 => vec![date(Must)],
        // RFC 9110 Section 10.2.3 describes Retry-After with a 3xx without a keyword.
        3 => vec![date(Must), ("Retry-After", NoKeyword, "RFC 9110, Section 10.2.3")],
        4 => vec![date(Must)],
        5 => vec![date(May)],
        _ => Vec::new(),
    }
}

fn fields(code: u16) -> Vec<(&'static str, Requirement, &'static str)> {
    let status = StatusCode::from_u16(code);
    let found = status.header_fields().iter();
    found
        .map(|f| (f.name(), f.requirement(), f.reference()))
        .collect()
}

#[test]
fn the_well_known_requirements_hold() {
    let has = |code, name, level| fields(code).iter().any(|&(n, l, _)| n == name && l == level);
    assert!(has(401, "WWW-Authenticate", Must));
    assert!(has(405, "Allow", Must));
    assert!(has(416, "Content-Range", Should));
    assert!(has(429, "Retry-After", May));
    assert!(has(503, "Retry-After", May));
}

#[test]
fn every_u16_lists_exactly_the_fields_of_its_code_and_class() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        let mut want = if status.is_registered() {
            expected(code)
        } else {
            Vec::new()
        };
        want.extend(class_fields(code));
        assert_eq!(fields(code), want, "{code}");
    }
}

#[test]
fn locked_lists_only_its_class_fields_as_its_advice_is_about_the_next_request() {
    // RFC 4918: the lock token goes in the If *request* header field; the response has
    // no field of its own to carry.
    let names: Vec<&str> = StatusCode::Locked
        .header_fields()
        .iter()
        .map(HeaderField::name)
        .collect();
    assert_eq!(names, ["Date"]);
}

#[test]
fn prohibitions_and_plain_statements_are_levels_of_their_own() {
    let level = |code: u16, name: &str| {
        let fields = StatusCode::from_u16(code).header_fields();
        fields
            .iter()
            .find(|f| f.name() == name)
            .map(HeaderField::requirement)
            .unwrap()
    };
    assert_eq!(level(204, "Content-Length"), MustNot);
    assert!(level(204, "Content-Length").is_prohibition());
    assert_eq!(level(303, "Location"), NoKeyword);
    assert!(!level(303, "Location").is_prohibition());
    assert_eq!(level(511, "WWW-Authenticate"), ShouldNot);
    // 104: only the first 104 of an upload creation carries Location.
    let location = StatusCode::UploadResumptionSupported.header_fields()[0];
    assert_eq!(location.name(), "Location");
    assert!(
        location.condition().contains("first 104"),
        "{}",
        location.condition()
    );
    assert!(
        location.condition().contains("must not"),
        "{}",
        location.condition()
    );
}

#[test]
fn every_field_has_a_condition_and_a_link_to_its_section() {
    for &status in StatusCode::ALL {
        for field in status.header_fields() {
            let code = status.code();
            assert!(
                !field.condition().is_empty() && field.condition().len() <= 160,
                "{code}"
            );
            let tchar = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
            assert!(field.name().bytes().all(tchar), "{code}: {}", field.name());
            let url = field.url();
            match field.reference().split_once(", Section ") {
                Some((rfc, section)) => {
                    let number = rfc.strip_prefix("RFC ").unwrap();
                    assert_eq!(
                        url,
                        format!("https://www.rfc-editor.org/rfc/rfc{number}#section-{section}")
                    );
                }
                None => assert!(url.ends_with(field.reference()), "{code}: {url}"),
            }
        }
    }
}

#[test]
fn conditions_say_when_the_field_is_sent() {
    let condition = |code: u16, name: &str| {
        let fields = StatusCode::from_u16(code).header_fields();
        fields
            .iter()
            .find(|f| f.name() == name)
            .map(HeaderField::condition)
            .unwrap()
    };
    // RFC 9110 Section 15.5.17: the current length, as bytes */length.
    assert!(condition(416, "Content-Range").contains("*/length"));
    // RFC 9110 Section 12.5.3: only a content-coding refusal carries Accept-Encoding.
    assert!(condition(415, "Accept-Encoding").contains("content coding"));
    // RFC 9110 Section 15.5.14: Retry-After marks the condition as temporary.
    assert!(condition(413, "Retry-After").contains("temporary"));
    // RFC 7725 Section 4: the link relation is blocked-by.
    assert!(condition(451, "Link").contains("blocked-by"));
}

#[test]
fn requirements_print_as_their_keyword() {
    assert_eq!(Must.to_string(), "must");
    assert_eq!(format!("{:>6}", Should), "should");
    assert_eq!(May.as_str(), "may");
    assert_eq!(MustNot.to_string(), "must not");
    assert_eq!(ShouldNot.as_str(), "should not");
    assert_eq!(NoKeyword.to_string(), "no keyword");
}

#[test]
fn header_fields_work_in_const_context() {
    const ALLOW: &[HeaderField] = StatusCode::MethodNotAllowed.header_fields();
    assert_eq!(ALLOW[0].name(), "Allow");
}
