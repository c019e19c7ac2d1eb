//! `StatusCode::retry_advice` against what the RFCs say of repeating a request, and what
//! widely used clients agree on; the expected values are written here from those sources.

use httpcodes::{RetryAdvice, StatusCode};

use RetryAdvice::*;

/// Every registered 4xx and 5xx code with a rule of its own, and where the rule comes from.
const OWN_RULES: &[(u16, RetryAdvice)] = &[
    (408, Transient),           // RFC 9110 Section 15.5.9: the client may repeat it
    (413, IfTemporary),         // RFC 9110 Section 15.5.14: when Retry-After marks it temporary
    (421, OnAnotherConnection), // RFC 9110 Section 15.5.20
    (425, AfterHandshake),      // RFC 8470 Section 5.2
    (429, Transient),           // RFC 6585 Section 4: after waiting
    (500, Transient),           // retried by curl, Azure, Google, AWS, go-retryablehttp, reqwest-retry
    (501, Never),               // RFC 9110 Section 15.6.2: the server lacks the functionality
    (502, Transient),           // as 500
    (503, Transient),           // RFC 9110 Section 15.6.4: likely to pass after a delay
    (504, Transient),           // as 500
    (505, Never),               // RFC 9110 Section 15.6.6: the server refuses the major version
    (506, Never),               // RFC 2295 Section 8.1: a configuration error of the server
    (507, AfterUserAction),     // RFC 4918 Section 11.5: temporary; no repeat for a user until asked
    (508, AfterChange),         // RFC 5842 Section 7.2: a finite Depth avoids the loop
    (510, AfterChange),         // RFC 2774 Section 7: repeat with the extensions asked for
    (511, AfterNetworkLogin),   // RFC 6585 Section 6: sign in to the network first
];

fn advice(code: u16) -> RetryAdvice {
    StatusCode::from_u16(code).retry_advice()
}

#[test]
fn the_consensus_codes_are_transient() {
    // curl --retry, the Azure SDK and Google's resumable-media library retry exactly these.
    for code in [408, 429, 500, 502, 503, 504] {
        assert_eq!(advice(code), Transient, "{code}");
    }
}

#[test]
fn not_implemented_and_version_not_supported_are_never_worth_repeating() {
    assert_eq!(advice(501), Never);
    assert_eq!(advice(505), Never);
}

#[test]
fn misdirected_goes_to_another_connection_and_too_early_waits_for_the_handshake() {
    assert_eq!(advice(421), OnAnotherConnection);
    assert_eq!(advice(425), AfterHandshake);
}

#[test]
fn too_large_waits_for_retry_after_and_insufficient_storage_for_the_user() {
    // RFC 9110 Section 15.5.14: Retry-After marks a 413 as temporary, and then the client
    // MAY try again. RFC 4918 Section 11.5: 507 is temporary, but a request a user started
    // MUST NOT be repeated until the user asks again. Two rules, two variants.
    assert_eq!(advice(413), IfTemporary);
    assert_eq!(advice(507), AfterUserAction);
    assert!(AfterUserAction.description().contains("user"));
    assert!(IfTemporary.description().contains("Retry-After"));
}

#[test]
fn transient_advice_keeps_the_method_rule() {
    // RFC 9110 Section 9.2.2: a client SHOULD NOT automatically retry a request with a
    // non-idempotent method unless it knows a repeat is harmless or that the first was
    // never applied. A browser's 0 (invalid, so handled as 500: Transient) can be an
    // opaque fetch() response after which the server did act, so the advice for it has
    // to say so, not only "send it again after a pause".
    assert_eq!(StatusCode::from_u16(0).retry_advice(), Transient);
    let text = Transient.description();
    assert!(text.contains("non-idempotent"), "{text}");
    assert!(text.contains("unasked only if"), "{text}");
}

#[test]
fn registered_codes_follow_their_own_rule_or_their_class() {
    for &status in StatusCode::ALL {
        let code = status.code();
        let expected = match OWN_RULES.iter().find(|(c, _)| *c == code) {
            Some(&(_, advice)) => advice,
            None if code < 400 => NotAnError,
            // RFC 9110 Section 15.5: the client has to change something.
            None if code < 500 => AfterChange,
            None => panic!("{code} is a registered 5xx without a rule in OWN_RULES"),
        };
        assert_eq!(status.retry_advice(), expected, "{code}");
    }
}

#[test]
fn unregistered_codes_follow_their_class_and_invalid_numbers_500() {
    assert_eq!(advice(199), NotAnError);
    assert_eq!(advice(299), NotAnError);
    assert_eq!(advice(399), NotAnError);
    assert_eq!(advice(499), AfterChange);
    assert_eq!(advice(599), Transient);
    for invalid in [0, 1, 99, 600, 700, 999, 1000, u16::MAX] {
        assert_eq!(advice(invalid), Transient, "{invalid}");
    }
}

#[test]
fn every_u16_gets_the_advice_of_its_x00_code_when_unregistered() {
    // RFC 9110 Section 15: an unrecognised code is handled as the x00 code of its class,
    // and an invalid one as a server error, that is 500.
    for code in 0..=u16::MAX {
        let status = StatusCode::from_u16(code);
        let advice = status.retry_advice();
        assert!(!advice.description().is_empty());
        if status.is_registered() {
            continue;
        }
        let x00 = match code {
            100..=599 => code / 100 * 100,
            _ => 500,
        };
        assert_eq!(advice, StatusCode::from_u16(x00).retry_advice(), "{code}");
    }
}

#[test]
fn descriptions_are_distinct_sentences() {
    let all = [
        NotAnError,
        Transient,
        OnAnotherConnection,
        AfterHandshake,
        IfTemporary,
        AfterUserAction,
        AfterChange,
        AfterNetworkLogin,
        Never,
    ];
    for (at, advice) in all.iter().enumerate() {
        let text = advice.description();
        assert!(text.ends_with('.') && text.len() < 200, "{advice:?}: {text}");
        assert!(all[..at].iter().all(|other| other.description() != text));
    }
}

#[test]
fn retry_advice_works_in_const_context() {
    const ADVICE: RetryAdvice = StatusCode::TooManyRequests.retry_advice();
    assert_eq!(ADVICE, Transient);
}
