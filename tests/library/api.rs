//! The public API, checked against facts from the IANA registry and RFC 9110 rather than
//! against the generated code.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use httpcodes::{Class, InvalidStatusCode, ParseError, RedirectMethod, RegistryStatus, StatusCode};

use crate::common::REGISTRY;

fn hash_of<T: Hash>(value: T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn every_u16_round_trips() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        assert_eq!(status.code(), code);
        assert_eq!(u16::from(status), code);
        assert_eq!(status.is_registered(), REGISTRY.contains(&code), "{code}");
        assert_eq!(status.is_valid(), (100..=599).contains(&code), "{code}");
    }
}

#[test]
fn every_u16_has_class_reason_and_description() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        let class = match code {
            100..=199 => Class::Informational,
            200..=299 => Class::Success,
            300..=399 => Class::Redirection,
            400..=499 => Class::ClientError,
            _ => Class::ServerError,
        };
        assert_eq!(status.class(), class, "{code}");
        let checks = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(checks.iter().filter(|&&check| check).count(), 1, "{code}");
        assert!(checks[class as usize], "{code}");
        assert!(!status.reason().is_empty(), "{code}");
        assert!(!status.description().is_empty(), "{code}");
        assert_ne!(status.reason(), status.description(), "{code}");
        assert!(status.url().starts_with("https://"), "{code}");
        assert_eq!(status.to_string(), format!("{code} {}", status.reason()));
        if !status.is_registered() && status.is_valid() {
            assert_eq!(status.reason(), class.name(), "{code}");
        }
    }
}

#[test]
fn invalid_numbers_are_server_errors_that_say_so() {
    for code in [0, 1, 99, 600, 999, 1000, u16::MAX] {
        let status = StatusCode::from_u16(code);
        assert!(status.is_server_error() && !status.is_valid(), "{code}");
        assert_eq!(status.reason(), "Invalid Status Code");
        assert!(status.description().contains("not a valid HTTP status code"));
        assert_eq!(status.registry_status(), None);
    }
}

#[test]
fn unregistered_codes_are_described_by_their_class() {
    let status = StatusCode::from_u16(299);
    assert_eq!(status.reason(), "Success");
    assert_eq!(status.to_string(), "299 Success");
    assert!(status.description().contains("200 OK"));
    assert_eq!(
        status.url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.3"
    );
    assert_eq!(StatusCode::from_u16(499).reason(), "Client Error");
    assert_eq!(StatusCode::from_u16(599).reason(), "Server Error");
    let descriptions: HashSet<_> = [199, 299, 399, 499, 599, 600]
        .map(|code| StatusCode::from_u16(code).description())
        .into();
    assert_eq!(descriptions.len(), 6);
}

#[test]
fn equality_order_and_hash_follow_the_number() {
    let statuses: Vec<StatusCode> = (0..=1200).map(StatusCode::from_u16).collect();
    for pair in statuses.windows(2) {
        assert!(pair[0] < pair[1]);
        assert_ne!(pair[0], pair[1]);
    }
    for code in [0, 200, 299, 404, 1000] {
        let (a, b) = (StatusCode::from_u16(code), StatusCode::from_u16(code));
        assert_eq!(a, b);
        assert_eq!(hash_of(a), hash_of(code));
        assert_eq!(hash_of(a), hash_of(b));
    }
    let unique: HashSet<StatusCode> = statuses.iter().copied().collect();
    assert_eq!(unique.len(), statuses.len());
}

#[test]
fn all_lists_the_registry_in_order() {
    let codes: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(codes, REGISTRY);
    assert!(StatusCode::ALL.iter().all(|s| s.is_registered()));
}

#[test]
fn phrases_are_the_rfc_9110_ones() {
    let expected = [
        (200, "OK"),
        (203, "Non-Authoritative Information"),
        (302, "Found"),
        (408, "Request Timeout"),
        (413, "Content Too Large"),
        (414, "URI Too Long"),
        (416, "Range Not Satisfiable"),
        (418, "I'm a teapot"),
        (422, "Unprocessable Content"),
        (429, "Too Many Requests"),
        (504, "Gateway Timeout"),
        (511, "Network Authentication Required"),
    ];
    for (code, reason) in expected {
        assert_eq!(StatusCode::from_u16(code).reason(), reason);
    }
    assert!(StatusCode::ALL.iter().all(|s| s.reason() != "(Unused)"));
    assert_eq!(StatusCode::from_reason("(Unused)"), None);
    assert_eq!(StatusCode::from_reason("Unused"), None);
}

#[test]
fn variants_are_named_after_their_phrases() {
    assert_eq!(StatusCode::TooManyRequests.code(), 429);
    assert_eq!(StatusCode::ImATeapot.code(), 418);
    assert_eq!(StatusCode::Ok.code(), 200);
    assert_eq!(StatusCode::ContentTooLarge.code(), 413);
    assert_eq!(StatusCode::UriTooLong.code(), 414);
    assert_eq!(StatusCode::HttpVersionNotSupported.code(), 505);
}

#[test]
fn debug_prints_values_as_code_writes_them() {
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
    assert_eq!(format!("{:?}", StatusCode::ImATeapot), "ImATeapot");
    for (code, debug) in [
        (299, "Unregistered(299)"),
        (0, "Unregistered(0)"),
        (700, "Unregistered(700)"),
        (65535, "Unregistered(65535)"),
    ] {
        assert_eq!(format!("{:?}", StatusCode::from_u16(code)), debug);
    }
    let StatusCode::Unregistered(unregistered) = StatusCode::from_u16(299) else {
        panic!("299 is not in the registry");
    };
    assert_eq!(format!("{unregistered:?}"), "299");
    assert_eq!(format!("{unregistered:#?}"), "299");
}

#[test]
fn descriptions_are_distinct_single_lines() {
    let mut seen = HashSet::new();
    for status in StatusCode::ALL {
        let description = status.description();
        assert!(seen.insert(description), "{status} repeats a description");
        assert!(description.len() <= 400, "{status}");
        assert!(!description.contains('\n'), "{status}");
        assert!(description.ends_with('.'), "{status}");
    }
}

#[test]
fn descriptions_make_the_common_distinctions() {
    let text = |code| StatusCode::from_u16(code).description().to_lowercase();
    assert!(text(401).contains("log in"));
    assert!(text(403).contains("will not help"));
    assert!(text(404).contains("client error"));
    assert!(text(301).contains("permanent") && text(308).contains("for good"));
    assert!(text(302).contains("for now") && text(307).contains("for now"));
    assert!(text(307).contains("same method") && text(308).contains("same method"));
    assert!(text(301).contains("post into a get") && text(302).contains("post into a get"));
}

#[test]
fn class_texts_leave_room_for_the_codes_that_behave_differently() {
    let class = |class: Class| class.description().to_lowercase();
    // Some 4xx requests may be repeated unchanged; some 5xx requests never succeed on retry.
    for code in ["408", "421", "425", "429"] {
        assert!(class(Class::ClientError).contains(code), "{code}");
    }
    for code in ["501", "505"] {
        assert!(class(Class::ServerError).contains(code), "{code}");
    }
    // After 101 the connection speaks another protocol, so no HTTP final response follows.
    assert!(class(Class::Informational).contains("101"));
    let text = |code| StatusCode::from_u16(code).description().to_lowercase();
    // RFC 9110 Section 15.5.4: different credentials may help, the same ones will not.
    assert!(text(403).contains("same credentials") && text(403).contains("different"));
    // RFC 9110 Section 15.4.4: a HEAD is followed with HEAD.
    assert!(text(303).contains("head"));
    // RFC 9110 Section 15.5.11: the condition is likely, not certainly, permanent.
    assert!(text(410).contains("likely"));
}

#[test]
fn cacheable_by_default_follows_rfc_9110_section_15_1() {
    let cacheable = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        assert_eq!(
            status.is_cacheable_by_default(),
            cacheable.contains(&code),
            "{code}"
        );
    }
    assert!(!StatusCode::MisdirectedRequest.is_cacheable_by_default());
}

#[test]
fn content_is_never_allowed_for_1xx_204_205_304() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        let without = (100..=199).contains(&code) || [204, 205, 304].contains(&code);
        assert_eq!(status.allows_content(), !without, "{code}");
    }
}

#[test]
fn redirects_say_what_happens_to_the_method() {
    let expected = [
        (301, Some(RedirectMethod::MayChangeToGet)),
        (302, Some(RedirectMethod::MayChangeToGet)),
        (303, Some(RedirectMethod::ChangeToGet)),
        (307, Some(RedirectMethod::Preserve)),
        (308, Some(RedirectMethod::Preserve)),
    ];
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        let method = expected.iter().find(|(c, _)| *c == code).and_then(|(_, m)| *m);
        assert_eq!(status.redirect_method(), method, "{code}");
        assert_eq!(status.preserves_method(), code == 307 || code == 308, "{code}");
    }
}

#[test]
fn registry_status_and_deprecation() {
    assert_eq!(
        StatusCode::from_u16(104).registry_status(),
        Some(RegistryStatus::Temporary)
    );
    assert_eq!(
        StatusCode::from_u16(306).registry_status(),
        Some(RegistryStatus::Unused)
    );
    assert_eq!(
        StatusCode::from_u16(418).registry_status(),
        Some(RegistryStatus::Unused)
    );
    assert_eq!(
        StatusCode::from_u16(510).registry_status(),
        Some(RegistryStatus::Obsoleted)
    );
    assert_eq!(
        StatusCode::from_u16(404).registry_status(),
        Some(RegistryStatus::Assigned)
    );
    // RFC 9110 Section 15.4.6 deprecates 305; the registry marks 510 obsoleted. The reserved
    // 306 and 418 (Sections 15.4.7 and 15.5.19) are unused, not deprecated.
    let deprecated: Vec<u16> = (0..=u16::MAX)
        .filter(|&c| StatusCode::from_u16(c).is_deprecated())
        .collect();
    assert_eq!(deprecated, [305, 510]);
    let unused: Vec<u16> = (0..=u16::MAX)
        .filter(|&c| StatusCode::from_u16(c).registry_status() == Some(RegistryStatus::Unused))
        .collect();
    assert_eq!(unused, [306, 418]);
}

#[test]
fn references_link_to_their_sections() {
    let status = StatusCode::MisdirectedRequest;
    assert_eq!(status.reference(), "RFC 9110, Section 15.5.20");
    assert_eq!(
        status.url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20"
    );
    assert_eq!(
        StatusCode::TooManyRequests.url(),
        "https://www.rfc-editor.org/rfc/rfc6585"
    );
    assert!(StatusCode::from_u16(104)
        .url()
        .contains("draft-ietf-httpbis-resumable-upload"));
    assert_eq!(
        StatusCode::from_u16(700).url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15"
    );
}

/// RFC 9110 defines each class in a section of its own, 15.2 to 15.6, and says in Section 15
/// how to treat a number outside 100..=599; codes the registry does not list point there.
#[test]
fn unregistered_and_invalid_codes_refer_to_their_class_section() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        if status.is_registered() {
            continue;
        }
        let section = match code {
            100..=199 => "15.2",
            200..=299 => "15.3",
            300..=399 => "15.4",
            400..=499 => "15.5",
            500..=599 => "15.6",
            _ => "15",
        };
        assert_eq!(
            status.reference(),
            format!("RFC 9110, Section {section}"),
            "{code}"
        );
        assert_eq!(
            status.url(),
            format!("https://www.rfc-editor.org/rfc/rfc9110#section-{section}"),
            "{code}"
        );
    }
}

/// Each class description says what RFC 9110 Section 15 says the class means, in words of
/// its own: an interim response before the final one (15.2); the request was acted on
/// (15.3); the client is sent elsewhere, usually by Location (15.4); the cause lies with
/// the client, which has to change something (15.5); the server could not complete a
/// request that may have been fine (15.6).
#[test]
fn class_descriptions_say_what_the_class_means() {
    let facts: [(Class, &[&str]); 5] = [
        (Class::Informational, &["interim", "final response"]),
        (Class::Success, &["success", "acted on"]),
        (Class::Redirection, &["elsewhere", "location"]),
        (Class::ClientError, &["client", "change"]),
        (Class::ServerError, &["server", "could not complete"]),
    ];
    for (class, words) in facts {
        let description = class.description().to_lowercase();
        for word in words {
            assert!(description.contains(word), "{class}: {description}");
        }
    }
    let descriptions: HashSet<&str> = facts.iter().map(|(class, _)| class.description()).collect();
    assert_eq!(descriptions.len(), 5);
}

#[test]
fn classes_have_names_ranges_and_descriptions() {
    let classes = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];
    let names = [
        "Informational",
        "Success",
        "Redirection",
        "Client Error",
        "Server Error",
    ];
    for (digit, (class, name)) in (1..).zip(classes.iter().zip(names)) {
        assert_eq!(class.name(), name);
        assert_eq!(class.to_string(), name);
        assert_eq!(class.digit(), digit);
        assert_eq!(class.range(), digit as u16 * 100..=digit as u16 * 100 + 99);
        assert!(!class.description().is_empty());
    }
    assert!(classes.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(format!("[{:>14}]", Class::Success), "[       Success]");
}

#[test]
fn from_reason_accepts_phrases_names_and_former_phrases() {
    let accepted = [
        ("Not Found", 404),
        ("not found", 404),
        ("NOT FOUND", 404),
        ("NotFound", 404),
        ("NOT_FOUND", 404),
        ("not-found", 404),
        ("TooManyRequests", 429),
        ("TOO_MANY_REQUESTS", 429),
        ("I'm a teapot", 418),
        ("im a teapot", 418),
        ("Payload Too Large", 413),
        ("Request Entity Too Large", 413),
        ("Unprocessable Entity", 422),
        ("Requested Range Not Satisfiable", 416),
        ("Request-URI Too Long", 414),
        ("Moved Temporarily", 302),
        ("Gateway Time-out", 504),
        ("Request Time-out", 408),
        ("  Not   Found  ", 404),
    ];
    for (text, code) in accepted {
        assert_eq!(
            StatusCode::from_reason(text).map(StatusCode::code),
            Some(code),
            "{text:?}"
        );
    }
    for status in StatusCode::ALL {
        assert_eq!(StatusCode::from_reason(status.reason()), Some(*status));
        assert_eq!(StatusCode::from_reason(&format!("{status:?}")), Some(*status));
    }
}

#[test]
fn from_reason_rejects_everything_else() {
    let long = "Not Found".repeat(1000);
    let rejected = [
        "",
        " ",
        "Not\0Found",
        "Not.Found",
        "Not Founds",
        "Success",
        "Client Error",
        "404",
        &long,
    ];
    for text in rejected {
        assert_eq!(StatusCode::from_reason(text), None, "{text:?}");
    }
    let many_separators = format!("Not{}Found", " ".repeat(10_000));
    assert_eq!(
        StatusCode::from_reason(&many_separators),
        Some(StatusCode::NotFound)
    );
}

/// Every byte of a phrase counts, also those between its first and last eight.
#[test]
fn a_phrase_with_one_letter_changed_is_another_text() {
    for status in StatusCode::ALL {
        let reason = status.reason();
        for (at, letter) in reason.bytes().enumerate() {
            if !letter.is_ascii_alphabetic() {
                continue;
            }
            let mut changed = reason.as_bytes().to_vec();
            changed[at] = if letter.eq_ignore_ascii_case(&b'q') {
                b'j'
            } else {
                b'q'
            };
            let changed = String::from_utf8(changed).unwrap();
            assert_ne!(StatusCode::from_reason(&changed), Some(*status), "{changed:?}");
        }
    }
}

#[test]
fn from_str_reads_numbers_and_phrases() {
    let parsed = |text: &str| text.parse::<StatusCode>();
    assert_eq!(parsed("404"), Ok(StatusCode::NotFound));
    assert_eq!(parsed("404 Not Found"), Ok(StatusCode::NotFound));
    assert_eq!(parsed(" 404 not found\n"), Ok(StatusCode::NotFound));
    assert_eq!(parsed("404\tNot Found"), Ok(StatusCode::NotFound));
    assert_eq!(parsed("413 Payload Too Large"), Ok(StatusCode::ContentTooLarge));
    assert_eq!(parsed("Not Found"), Ok(StatusCode::NotFound));
    assert_eq!(parsed("NOT_FOUND"), Ok(StatusCode::NotFound));
    assert_eq!(parsed("299"), Ok(StatusCode::from_u16(299)));
    assert_eq!(parsed("299 success"), Ok(StatusCode::from_u16(299)));
}

#[test]
fn from_str_says_what_is_wrong() {
    let error = |text: &str| text.parse::<StatusCode>().unwrap_err();
    assert_eq!(error(""), ParseError::Empty);
    assert_eq!(error("   "), ParseError::Empty);
    assert_eq!(error("40"), ParseError::NotThreeDigits);
    assert_eq!(error("0404"), ParseError::NotThreeDigits);
    assert_eq!(error("404x"), ParseError::NotThreeDigits);
    assert_eq!(error("404Not Found"), ParseError::NotThreeDigits);
    assert_eq!(error("099"), ParseError::OutOfRange(99));
    assert_eq!(error("000"), ParseError::OutOfRange(0));
    assert_eq!(error("1000"), ParseError::NotThreeDigits);
    assert_eq!(error("Nothing Here"), ParseError::UnknownReason);
    assert_eq!(
        error("404 Gone"),
        ParseError::ReasonMismatch {
            code: StatusCode::NotFound,
            reason_of: Some(StatusCode::Gone)
        }
    );
    assert_eq!(
        error("299 Informational"),
        ParseError::ReasonMismatch {
            code: StatusCode::from_u16(299),
            reason_of: None
        }
    );
    assert_eq!(
        error("200 Success"),
        ParseError::ReasonMismatch {
            code: StatusCode::Ok,
            reason_of: None
        }
    );
    assert_eq!(
        error("404 Gone").to_string(),
        "the reason phrase is that of 410 Gone, not of 404 Not Found"
    );
    assert_eq!(
        error("099").to_string(),
        "099 is not a status code: a status line carries three digits from 100 to 999"
    );
    assert_eq!(
        error("600 Server Error"),
        ParseError::ReasonMismatch {
            code: StatusCode::from_u16(600),
            reason_of: None
        }
    );
}

/// The claim in `FromStr`'s docs: `Display` text parses back for exactly 100..=999, as
/// do the bare three digits; every other number is not three digits long.
#[test]
fn display_parses_back_for_every_three_digit_code() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        let (display, digits) = (status.to_string(), code.to_string());
        if (100..=999).contains(&code) {
            assert_eq!(display.parse(), Ok(status), "{display}");
            assert_eq!(digits.parse(), Ok(status), "{digits}");
        } else {
            assert_eq!(
                display.parse::<StatusCode>(),
                Err(ParseError::NotThreeDigits),
                "{display}"
            );
            assert_eq!(
                digits.parse::<StatusCode>(),
                Err(ParseError::NotThreeDigits),
                "{digits}"
            );
        }
    }
    assert_eq!("600".parse(), Ok(StatusCode::from_u16(600)));
    assert_eq!("999 Invalid Status Code".parse(), Ok(StatusCode::from_u16(999)));
}

#[test]
fn display_honours_width_alignment_and_precision() {
    assert_eq!(format!("{:>16}|", StatusCode::NotFound), "   404 Not Found|");
    assert_eq!(format!("{:*^17}", StatusCode::Ok), "*****200 OK******");
    assert_eq!(format!("{:.3}", StatusCode::TooManyRequests), "429");
    assert_eq!(format!("{:<14}|", StatusCode::from_u16(299)), "299 Success   |");
    assert_eq!(
        format!("{:>25}", StatusCode::from_u16(1000)),
        " 1000 Invalid Status Code"
    );
    assert_eq!(format!("{:>8}", StatusCode::from_u16(0)), "0 Invalid Status Code");
    assert_eq!(
        StatusCode::from_u16(65535).to_string(),
        "65535 Invalid Status Code"
    );
}

#[test]
fn try_from_accepts_only_valid_codes() {
    for code in 0..=u16::MAX {
        match StatusCode::try_from(code) {
            Ok(status) => assert!((100..=599).contains(&code) && status.code() == code),
            Err(error) => {
                assert!(!(100..=599).contains(&code));
                assert_eq!(error.code(), code);
            }
        }
    }
    let error: InvalidStatusCode = StatusCode::try_from(600).unwrap_err();
    assert_eq!(
        error.to_string(),
        "600 is not a valid HTTP status code: they range from 100 to 599"
    );
}

#[test]
fn lookups_work_in_const_context() {
    const STATUS: StatusCode = StatusCode::from_u16(503);
    const REASON: &str = STATUS.reason();
    const CLASS: Class = STATUS.class();
    const RETRY: bool = STATUS.is_server_error() && !STATUS.is_cacheable_by_default();
    assert_eq!(REASON, "Service Unavailable");
    assert_eq!(CLASS, Class::ServerError);
    const { assert!(RETRY) };
    const { assert!(StatusCode::NoContent.code() == 204 && !StatusCode::NoContent.allows_content()) };
}

#[test]
fn errors_are_std_errors() {
    fn takes(_: &dyn std::error::Error) {}
    takes(&ParseError::Empty);
    takes(&StatusCode::try_from(0).unwrap_err());
}

#[test]
fn only_104_has_an_expiry_date() {
    // The registry copy of 2025-09-15 gives 104's temporary registration this end date.
    assert_eq!(
        httpcodes::StatusCode::UploadResumptionSupported.registration_expiry(),
        Some("2026-11-13")
    );
    for code in (0..=u16::MAX).filter(|&code| code != 104) {
        assert_eq!(
            httpcodes::StatusCode::from_u16(code).registration_expiry(),
            None,
            "{code}"
        );
    }
}
