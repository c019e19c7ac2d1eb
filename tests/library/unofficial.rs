//! Codes seen in the wild, checked against what the vendors' own pages and sources say,
//! and against the registry answers they must leave alone.

use httpcodes::{Class, ParseError, Seen, StatusCode, Unofficial};

use crate::common::REGISTRY;

/// (code, vendor, phrase, where seen, the host of the page that documents it), from the
/// vendors' sources: nginx's src/http/ngx_http_request.h and ngx_http_special_response.c and
/// the nginx.org docs of the rewrite and ssl modules, Cloudflare's 5xx error pages, the AWS
/// Application Load Balancer troubleshooting page, Laravel's exception handler, the WHATWG
/// Fetch Standard and Tornado's httpclient docs.
const FACTS: [(u16, &str, Option<&str>, Seen, &str); 12] = [
    (0, "Web browsers", None, Seen::ClientSide, "fetch.spec.whatwg.org"),
    (419, "Laravel", Some("Page Expired"), Seen::Response, "github.com"),
    (444, "nginx", Some("No Response"), Seen::ServerLog, "nginx.org"),
    (
        460,
        "AWS",
        Some("Client Closed Connection"),
        Seen::ServerLog,
        "docs.aws.amazon.com",
    ),
    (
        494,
        "nginx",
        Some("Request Header Too Large"),
        Seen::ServerConfig,
        "github.com",
    ),
    (
        497,
        "nginx",
        Some("HTTP Request Sent to HTTPS Port"),
        Seen::ServerConfig,
        "nginx.org",
    ),
    (
        499,
        "nginx",
        Some("Client Closed Request"),
        Seen::ServerLog,
        "github.com",
    ),
    (
        520,
        "Cloudflare",
        Some("Web Server Returns an Unknown Error"),
        Seen::Response,
        "developers.cloudflare.com",
    ),
    (
        522,
        "Cloudflare",
        Some("Connection Timed Out"),
        Seen::Response,
        "developers.cloudflare.com",
    ),
    (
        530,
        "Cloudflare",
        Some("Origin DNS Error"),
        Seen::Response,
        "developers.cloudflare.com",
    ),
    (
        561,
        "AWS",
        Some("Unauthorized"),
        Seen::Response,
        "docs.aws.amazon.com",
    ),
    (599, "Tornado", None, Seen::ClientSide, "www.tornadoweb.org"),
];

fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").expect("every url is https");
    rest.split(['/', '#']).next().unwrap()
}

#[test]
fn entries_match_the_vendors_sources() {
    for (code, vendor, phrase, seen, source) in FACTS {
        let entries = StatusCode::from_u16(code).unofficial();
        let entry = entries
            .iter()
            .find(|entry| entry.vendor() == vendor)
            .unwrap_or_else(|| panic!("{code} has no entry for {vendor}: {entries:?}"));
        assert_eq!(entry.code(), code);
        assert_eq!(entry.phrase(), phrase, "{code}");
        assert_eq!(entry.seen(), seen, "{code}");
        assert_eq!(host(entry.url()), source, "{code}");
    }
}

#[test]
fn nginx_499_is_client_closed_request_and_only_logged() {
    let status = StatusCode::from_u16(499);
    let [entry] = status.unofficial() else {
        panic!("{:?}", status.unofficial())
    };
    assert_eq!(entry.vendor(), "nginx");
    assert_eq!(entry.phrase(), Some("Client Closed Request"));
    assert!(entry.is_vendor_phrase());
    assert_eq!(entry.seen(), Seen::ServerLog);
    assert_eq!(entry.sent_as(), None);
    assert_eq!(entry.status(), status);
    assert_eq!(
        entry.url(),
        "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h"
    );
    assert_eq!(entry.to_string(), "499 Client Closed Request (nginx)");
}

#[test]
fn microsofts_451_sits_next_to_the_registered_one() {
    let status = StatusCode::from_u16(451);
    assert_eq!(status, StatusCode::UnavailableForLegalReasons);
    assert!(status.is_registered());
    assert_eq!(status.reason(), "Unavailable For Legal Reasons");
    assert_eq!(status.to_string(), "451 Unavailable For Legal Reasons");
    let [microsoft] = status.unofficial() else {
        panic!("{:?}", status.unofficial())
    };
    assert_eq!(microsoft.vendor(), "Microsoft");
    assert_eq!(microsoft.product(), Some("Exchange ActiveSync"));
    assert_eq!(microsoft.phrase(), Some("Redirect"));
    assert!(microsoft.description().contains("X-MS-Location"));
    assert_ne!(microsoft.description(), status.description());
}

#[test]
fn most_numbers_have_no_unofficial_meaning() {
    for code in [200, 404, 418, 500, 498, 600, 1000, u16::MAX] {
        assert!(StatusCode::from_u16(code).unofficial().is_empty(), "{code}");
    }
}

#[test]
fn four_twenty_means_different_things_to_twitter_and_spring() {
    let entries = StatusCode::from_u16(420).unofficial();
    let found: Vec<(&str, Option<&str>)> = entries.iter().map(|e| (e.vendor(), e.phrase())).collect();
    assert_eq!(
        found,
        [
            ("Twitter", Some("Enhance Your Calm")),
            ("Spring Framework", Some("Method Failure")),
        ]
    );
}

/// ngx_http_special_response.c sets the status to 400 for 494 to 497 before anything is sent
/// or logged, so neither the client nor the access log sees those numbers.
#[test]
fn nginx_sends_and_logs_400_for_its_494_to_497() {
    for code in 494..=497 {
        let [entry] = StatusCode::from_u16(code).unofficial() else {
            panic!("{code}")
        };
        assert_eq!(entry.seen(), Seen::ServerConfig, "{code}");
        assert_eq!(entry.sent_as(), Some(StatusCode::BadRequest), "{code}");
        assert!(entry.description().contains("error_page"), "{code}");
        assert!(!entry.description().contains("logs 49"), "{code}");
    }
    for code in [444, 460, 499] {
        let entry = StatusCode::from_u16(code).unofficial()[0];
        assert_eq!(entry.seen(), Seen::ServerLog);
        assert_eq!(
            entry.sent_as(),
            None,
            "{code}: the client gets no response at all"
        );
    }
}

#[test]
fn labels_are_told_apart_from_vendor_phrases() {
    let first = |code: u16| StatusCode::from_u16(code).unofficial()[0];
    // nginx calls 444 only NGX_HTTP_CLOSE; "Client Closed Request" is its constant's name.
    assert!(!first(444).is_vendor_phrase());
    assert!(first(499).is_vendor_phrase());
    // AWS names 561 "Unauthorized" but gives 460 no name.
    assert!(first(561).is_vendor_phrase());
    assert!(!first(460).is_vendor_phrase());
    // Nobody names the browsers' 0.
    assert_eq!(first(0).phrase(), None);
    assert!(!first(0).is_vendor_phrase());
}

#[test]
fn all_holds_every_entry_once_in_order_of_code() {
    let all = Unofficial::ALL;
    assert_eq!(all.len(), 30);
    assert!(all.windows(2).all(|pair| pair[0].code() <= pair[1].code()));
    let mut total = 0;
    for code in 0..=u16::MAX {
        let entries = StatusCode::from_u16(code).unofficial();
        assert!(entries.iter().all(|entry| entry.code() == code), "{code}");
        assert!(entries.iter().all(|entry| all.contains(entry)), "{code}");
        total += entries.len();
    }
    assert_eq!(total, all.len());
    for entry in all {
        assert!(entry.url().starts_with("https://"), "{entry}");
        assert!(!entry.description().is_empty(), "{entry}");
        let others = all.iter().filter(|other| other.code() == entry.code());
        assert_eq!(others.filter(|other| other.vendor() == entry.vendor()).count(), 1);
    }
}

#[test]
fn by_vendor_finds_all_of_a_vendors_codes() {
    let codes = |vendor: &str| -> Vec<u16> { Unofficial::by_vendor(vendor).map(Unofficial::code).collect() };
    assert_eq!(codes("nginx"), [444, 494, 495, 496, 497, 499]);
    assert_eq!(codes("NGINX"), codes("nginx"));
    assert_eq!(codes("Cloudflare"), [520, 521, 522, 523, 524, 525, 526, 530]);
    assert_eq!(codes("AWS"), [460, 463, 464, 561]);
    assert_eq!(codes("Microsoft"), [440, 449, 451]);
    assert_eq!(codes("ASP.NET Core"), [419]);
    assert!(codes("Apache httpd").is_empty());
    assert_eq!(codes("Anthropic"), [529]);
    assert_eq!(codes("Qualys"), [529]);
    assert!(codes("Apache").is_empty());
    assert!(codes("").is_empty());
}

/// The registry answers of every number, as they were before vendors' meanings existed:
/// the class from the first digit, registration from the IANA list, and for an unregistered
/// number its class name (or "Invalid Status Code") and one description shared by its class.
#[test]
fn unofficial_meanings_leave_the_registry_answers_alone() {
    // A number of each class that no vendor uses, for the class's shared description.
    let plain = |class: Option<Class>| {
        let code = match class {
            Some(class) => class.digit() as u16 * 100 + 98,
            None => 998,
        };
        let status = StatusCode::from_u16(code);
        assert!(
            status.unofficial().is_empty() && !status.is_registered(),
            "{code}"
        );
        status.description()
    };
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
        assert_eq!(status.is_registered(), REGISTRY.contains(&code), "{code}");
        assert_eq!(status.to_string(), format!("{code} {}", status.reason()));
        if status.is_registered() {
            continue;
        }
        let valid = (100..=599).contains(&code);
        let reason = if valid {
            class.name()
        } else {
            "Invalid Status Code"
        };
        assert_eq!(status.reason(), reason, "{code}");
        assert_eq!(status.description(), plain(valid.then_some(class)), "{code}");
    }
}

#[test]
fn from_reason_knows_no_vendor_phrase() {
    for entry in Unofficial::ALL {
        let Some(phrase) = entry.phrase() else { continue };
        // AWS's 561 "Unauthorized" is also the registry's phrase of 401, and stays that.
        let expected = (phrase == "Unauthorized").then_some(StatusCode::Unauthorized);
        assert_eq!(StatusCode::from_reason(phrase), expected, "{entry}");
    }
    assert_eq!(StatusCode::from_reason("Client Closed Request"), None);
    assert_eq!(StatusCode::from_reason("Redirect"), None);
}

#[test]
fn from_str_accepts_a_vendor_phrase_after_its_number() {
    let parsed = |text: &str| text.parse::<StatusCode>();
    assert_eq!(parsed("499 Client Closed Request"), Ok(StatusCode::from_u16(499)));
    assert_eq!(parsed("522 Connection Timed Out"), Ok(StatusCode::from_u16(522)));
    assert_eq!(parsed("522 connection_timed-out"), Ok(StatusCode::from_u16(522)));
    assert_eq!(parsed(" 420 ENHANCE YOUR CALM "), Ok(StatusCode::from_u16(420)));
    assert_eq!(parsed("420 Method Failure"), Ok(StatusCode::from_u16(420)));
    assert_eq!(parsed("440 Login Timeout"), Ok(StatusCode::from_u16(440)));
    assert_eq!(parsed("451 Redirect"), Ok(StatusCode::UnavailableForLegalReasons));
    assert_eq!(parsed("561 Unauthorized"), Ok(StatusCode::from_u16(561)));
    // The registry's own phrases still work, for the registered numbers.
    assert_eq!(
        parsed("451 Unavailable For Legal Reasons"),
        Ok(StatusCode::UnavailableForLegalReasons)
    );
    assert_eq!(parsed("401 Unauthorized"), Ok(StatusCode::Unauthorized));
    assert_eq!(parsed("499 Client Error"), Ok(StatusCode::from_u16(499)));
    for entry in Unofficial::ALL {
        if let (Some(phrase), 100..=999) = (entry.phrase(), entry.code()) {
            assert_eq!(parsed(&format!("{} {phrase}", entry.code())), Ok(entry.status()));
        }
    }
}

#[test]
fn from_str_still_refuses_a_phrase_of_another_number() {
    let parsed = |text: &str| text.parse::<StatusCode>();
    assert_eq!(
        parsed("499 Not Found"),
        Err(ParseError::ReasonMismatch {
            code: StatusCode::from_u16(499),
            reason_of: Some(StatusCode::NotFound),
        })
    );
    // A vendor phrase of another number.
    assert_eq!(
        parsed("499 Connection Timed Out"),
        Err(ParseError::ReasonMismatch {
            code: StatusCode::from_u16(499),
            reason_of: None,
        })
    );
    assert_eq!(
        parsed("200 Redirect"),
        Err(ParseError::ReasonMismatch {
            code: StatusCode::Ok,
            reason_of: None,
        })
    );
    assert_eq!(parsed("Client Closed Request"), Err(ParseError::UnknownReason));
}

#[test]
fn display_says_where_an_entry_comes_from() {
    let first = |code: u16| StatusCode::from_u16(code).unofficial()[0];
    assert_eq!(first(522).to_string(), "522 Connection Timed Out (Cloudflare)");
    assert_eq!(
        first(561).to_string(),
        "561 Unauthorized (AWS, Application Load Balancer)"
    );
    assert_eq!(first(0).to_string(), "0 (Web browsers, fetch and XMLHttpRequest)");
    assert_eq!(Seen::Response.to_string(), "in responses");
    assert_eq!(Seen::ServerLog.to_string(), "only in server logs");
    assert_eq!(Seen::ClientSide.to_string(), "only on the client side");
    assert_eq!(Seen::ServerConfig.to_string(), "only in server configuration");
}

/// fetch() rejects on a network error; a 0 it does return is an opaque response, after which
/// the server may have acted, so the entry must not call it "no response".
#[test]
fn browsers_zero_tells_fetch_from_xmlhttprequest() {
    let [zero] = StatusCode::from_u16(0).unofficial() else {
        panic!()
    };
    let text = zero.description();
    for needed in [
        "XMLHttpRequest",
        "fetch()",
        "rejects",
        "no-cors",
        "may have acted",
    ] {
        assert!(text.contains(needed), "{needed}: {text}");
    }
    assert!(!text.contains("never got an HTTP response"), "{text}");
}

#[test]
fn lookups_work_in_const_context() {
    const NGINX: &[Unofficial] = StatusCode::from_u16(499).unofficial();
    const VENDOR: &str = NGINX[0].vendor();
    assert_eq!(VENDOR, "nginx");
}

/// Microsoft's page writes "440 Login Timeout"; lists also spell it "Login Time-out".
#[test]
fn both_spellings_of_440_parse() {
    for line in ["440 Login Timeout", "440 Login Time-out"] {
        assert_eq!(line.parse(), Ok(StatusCode::from_u16(440)), "{line}");
    }
}
