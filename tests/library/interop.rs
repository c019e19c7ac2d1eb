//! The optional features: `http` conversions and `serde` round trips.

#[cfg(feature = "http")]
mod http_conversions {
    use httpcodes::StatusCode;

    #[test]
    fn every_http_status_converts_losslessly() {
        for code in 100..=999 {
            let theirs = http::StatusCode::from_u16(code).unwrap();
            let ours = StatusCode::from(theirs);
            assert_eq!(ours.code(), code);
            assert_eq!(http::StatusCode::try_from(ours).ok(), Some(theirs));
        }
    }

    #[test]
    fn numbers_http_cannot_hold_are_errors() {
        for code in [0, 99, 1000, u16::MAX] {
            assert!(
                http::StatusCode::try_from(StatusCode::from_u16(code)).is_err(),
                "{code}"
            );
        }
    }

    #[test]
    fn an_error_handler_can_describe_a_response() {
        let response = http::Response::builder().status(503).body(()).unwrap();
        let status = StatusCode::from(response.status());
        assert_eq!(status, StatusCode::ServiceUnavailable);
        assert!(status.description().contains("Retry-After"));
    }
}

/// What the crate docs' "Coming from `http`" section claims about `http` and hyper.
mod coming_from_http {
    use httpcodes::StatusCode;
    use hyper::ext::ReasonPhrase;

    #[test]
    fn http_differs_only_in_older_phrases_and_missing_ones() {
        // `http` 1.x keeps the phrases of RFC 7231 for 203, 413 and 422 and has none for
        // 104 and 306; RFC 9110 renamed the three.
        let older = [
            (
                203,
                "Non Authoritative Information",
                "Non-Authoritative Information",
            ),
            (413, "Payload Too Large", "Content Too Large"),
            (422, "Unprocessable Entity", "Unprocessable Content"),
        ];
        for code in 100..=999 {
            let theirs = http::StatusCode::from_u16(code).unwrap().canonical_reason();
            let ours = StatusCode::from_u16(code);
            match older.iter().find(|&&(older_code, ..)| older_code == code) {
                Some(&(_, http_phrase, rfc_9110_phrase)) => {
                    assert_eq!(theirs, Some(http_phrase));
                    assert_eq!(ours.reason(), rfc_9110_phrase);
                    assert_eq!(StatusCode::from_reason(http_phrase), Some(ours));
                }
                None if !ours.is_registered() || code == 104 || code == 306 => {
                    assert_eq!(theirs, None, "{code}");
                }
                None => assert_eq!(theirs, Some(ours.reason()), "{code}"),
            }
        }
    }

    #[test]
    fn http_constant_names_resolve() {
        for (name, code) in [
            ("OK", 200),
            ("NON_AUTHORITATIVE_INFORMATION", 203),
            ("NOT_FOUND", 404),
            ("PAYLOAD_TOO_LARGE", 413),
            ("URI_TOO_LONG", 414),
            ("RANGE_NOT_SATISFIABLE", 416),
            ("IM_A_TEAPOT", 418),
            ("UNPROCESSABLE_ENTITY", 422),
            ("HTTP_VERSION_NOT_SUPPORTED", 505),
        ] {
            assert_eq!(
                StatusCode::from_reason(name).map(StatusCode::code),
                Some(code),
                "{name}"
            );
        }
    }

    #[test]
    fn every_phrase_is_a_valid_hyper_reason_phrase() {
        // So `ReasonPhrase::from_static(status.reason().as_bytes())` never panics.
        for code in 0..=u16::MAX {
            let reason = StatusCode::from_u16(code).reason();
            assert!(
                ReasonPhrase::try_from(reason.as_bytes()).is_ok(),
                "{code} {reason}"
            );
        }
    }
}

#[cfg(feature = "serde")]
mod serde_round_trips {
    use httpcodes::{Class, StatusCode};

    /// Postcard writes a `u16` as a LEB128 varint: seven bits a byte, low bits first, the
    /// high bit set on every byte but the last.
    fn postcard_bytes<T: serde::Serialize>(value: &T) -> Vec<u8> {
        let mut buffer = [0; 8];
        postcard::to_slice(value, &mut buffer).unwrap().to_vec()
    }

    fn cbor_bytes<T: serde::Serialize>(value: &T) -> Vec<u8> {
        let mut bytes = Vec::new();
        ciborium::into_writer(value, &mut bytes).unwrap();
        bytes
    }

    #[test]
    fn serializes_as_the_number() {
        assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
        assert_eq!(
            serde_json::to_string(&StatusCode::from_u16(1000)).unwrap(),
            "1000"
        );
        // 404 = 0b11_0010100: 0x14 with the continuation bit, then 3.
        assert_eq!(postcard_bytes(&StatusCode::NotFound), [0x94, 0x03]);
        assert_eq!(postcard_bytes(&StatusCode::from_u16(0)), [0x00]);
        assert_eq!(
            postcard_bytes(&StatusCode::from_u16(u16::MAX)),
            [0xff, 0xff, 0x03]
        );
        // CBOR: major type 0 (unsigned), additional information 25 (a 16-bit big-endian value).
        assert_eq!(cbor_bytes(&StatusCode::NotFound), [0x19, 0x01, 0x94]);
    }

    #[test]
    fn every_u16_round_trips_through_json() {
        for code in 0..=u16::MAX {
            let status = StatusCode::from_u16(code);
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, code.to_string());
            assert_eq!(serde_json::from_str::<StatusCode>(&json).unwrap(), status);
        }
    }

    #[test]
    fn every_u16_round_trips_through_postcard() {
        let mut buffer = [0; 3];
        for code in 0..=u16::MAX {
            let status = StatusCode::from_u16(code);
            let bytes = postcard::to_slice(&status, &mut buffer).unwrap();
            let read: StatusCode = postcard::from_bytes(bytes).unwrap();
            assert_eq!(read.code(), code);
            assert_eq!(read, status);
        }
    }

    #[test]
    fn every_u16_round_trips_through_cbor() {
        for code in 0..=u16::MAX {
            let status = StatusCode::from_u16(code);
            let read: StatusCode = ciborium::from_reader(&cbor_bytes(&status)[..]).unwrap();
            assert_eq!(read, status);
        }
    }

    #[test]
    fn binary_formats_reject_what_is_not_a_u16() {
        // 65536 as postcard writes a u32: too long a varint for a u16.
        assert!(postcard::from_bytes::<StatusCode>(&[0x80, 0x80, 0x04]).is_err());
        assert!(postcard::from_bytes::<StatusCode>(&[]).is_err());
        // CBOR records types, but a binary format carries the number only.
        let cbor_error = |bytes: Vec<u8>| {
            ciborium::from_reader::<StatusCode, _>(&bytes[..])
                .unwrap_err()
                .to_string()
        };
        // ciborium words the type errors itself; the range check is this crate's.
        assert!(cbor_error(cbor_bytes(&"404")).contains("expected integer"));
        assert!(cbor_error(cbor_bytes(&-1i32)).contains("negative"));
        assert!(cbor_error(cbor_bytes(&65536u32)).contains("a number from 0 to 65535"));
    }

    #[test]
    fn deserializes_from_strings_from_str_accepts() {
        for (text, code) in [
            (r#""404""#, 404),
            (r#""Not Found""#, 404),
            (r#""404 Not Found""#, 404),
            (r#""not_found""#, 404),
            (r#""Payload Too Large""#, 413),
            (r#""299 Success""#, 299),
            (r#""600""#, 600),
            (r#""999 Invalid Status Code""#, 999),
        ] {
            let status: StatusCode = serde_json::from_str(text).unwrap();
            assert_eq!(status.code(), code, "{text}");
        }
    }

    #[test]
    fn anything_else_is_an_error_that_says_why() {
        let error = |json: &str| serde_json::from_str::<StatusCode>(json).unwrap_err().to_string();
        assert!(error("65536").contains("a number from 0 to 65535"));
        assert!(error("-1").contains("a number from 0 to 65535"));
        assert!(error("404.0").contains("invalid type"));
        assert!(error("null").contains("invalid type"));
        assert!(error(r#""404 Gone""#).contains("the reason phrase is that of 410 Gone"));
        assert!(error(r#""Nothing""#).contains("no HTTP status code has this reason phrase"));
        assert!(error(r#""1000""#).contains("exactly three digits"));
    }

    #[test]
    fn works_inside_a_struct() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Logged {
            status: StatusCode,
            class: Class,
        }
        let logged = Logged {
            status: StatusCode::TooManyRequests,
            class: Class::ClientError,
        };
        let json = serde_json::to_string(&logged).unwrap();
        assert_eq!(json, r#"{"status":429,"class":"Client Error"}"#);
        assert_eq!(serde_json::from_str::<Logged>(&json).unwrap(), logged);
        let from_text: Logged =
            serde_json::from_str(r#"{"status":"429 Too Many Requests","class":4}"#).unwrap();
        assert_eq!(from_text, logged);

        // 429 = 0b11_0101101; class 4 is one byte.
        let bytes = postcard_bytes(&logged);
        assert_eq!(bytes, [0xad, 0x03, 0x04]);
        assert_eq!(postcard::from_bytes::<Logged>(&bytes).unwrap(), logged);
    }

    #[test]
    fn buffered_formats_still_accept_numbers_and_strings() {
        // An untagged enum makes serde buffer the input before it tries each variant.
        #[derive(serde::Deserialize, PartialEq, Debug)]
        #[serde(untagged)]
        enum Outcome {
            Status { status: StatusCode },
            Other(String),
        }
        for json in [r#"{"status":503}"#, r#"{"status":"Service Unavailable"}"#] {
            assert_eq!(
                serde_json::from_str::<Outcome>(json).unwrap(),
                Outcome::Status {
                    status: StatusCode::ServiceUnavailable
                },
                "{json}"
            );
        }
    }

    /// The class names and digits of RFC 9110 Section 15, written out.
    const CLASSES: [(Class, &str, u8); 5] = [
        (Class::Informational, "Informational", 1),
        (Class::Success, "Success", 2),
        (Class::Redirection, "Redirection", 3),
        (Class::ClientError, "Client Error", 4),
        (Class::ServerError, "Server Error", 5),
    ];

    #[test]
    fn a_class_is_its_name_in_json_and_its_digit_in_binary_formats() {
        for (class, name, digit) in CLASSES {
            assert_eq!(serde_json::to_string(&class).unwrap(), format!("{name:?}"));
            assert_eq!(postcard_bytes(&class), [digit]);
            // CBOR: unsigned integers below 24 are one byte.
            assert_eq!(cbor_bytes(&class), [digit]);
        }
    }

    #[test]
    fn every_class_round_trips() {
        for (class, _, _) in CLASSES {
            let json = serde_json::to_string(&class).unwrap();
            assert_eq!(serde_json::from_str::<Class>(&json).unwrap(), class);
            let bytes = postcard_bytes(&class);
            assert_eq!(postcard::from_bytes::<Class>(&bytes).unwrap(), class);
            let cbor = cbor_bytes(&class);
            assert_eq!(ciborium::from_reader::<Class, _>(&cbor[..]).unwrap(), class);
        }
    }

    #[test]
    fn a_class_reads_from_its_name_in_any_spelling_or_its_digit() {
        for (text, class) in [
            (r#""Client Error""#, Class::ClientError),
            (r#""ClientError""#, Class::ClientError),
            (r#""client_error""#, Class::ClientError),
            (r#""SERVER-ERROR""#, Class::ServerError),
            (r#""success""#, Class::Success),
            ("1", Class::Informational),
            ("3", Class::Redirection),
        ] {
            assert_eq!(serde_json::from_str::<Class>(text).unwrap(), class, "{text}");
        }
    }

    #[test]
    fn anything_else_is_not_a_class() {
        let error = |json: &str| serde_json::from_str::<Class>(json).unwrap_err().to_string();
        for json in [
            "0",
            "6",
            "-4",
            "404",
            r#""4xx""#,
            r#""Successful""#,
            r#""""#,
            "null",
        ] {
            assert!(
                error(json).contains("its first digit, 1 to 5"),
                "{json}: {}",
                error(json)
            );
        }
        assert!(error(r#""Nope""#).contains("such as \"Client Error\""));
        for bytes in [[0], [6], [0xff]] {
            assert!(postcard::from_bytes::<Class>(&bytes).is_err(), "{bytes:?}");
        }
        let cbor = cbor_bytes(&"Client Error");
        assert!(ciborium::from_reader::<Class, _>(&cbor[..]).is_err());
    }
}
