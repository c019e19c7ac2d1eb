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

#[cfg(feature = "serde")]
mod serde_round_trips {
    use httpcodes::StatusCode;

    #[test]
    fn serializes_as_the_number() {
        assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
        assert_eq!(
            serde_json::to_string(&StatusCode::from_u16(1000)).unwrap(),
            "1000"
        );
    }

    #[test]
    fn every_u16_round_trips() {
        for code in 0..=u16::MAX {
            let status = StatusCode::from_u16(code);
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(serde_json::from_str::<StatusCode>(&json).unwrap(), status);
        }
    }

    #[test]
    fn deserializes_from_strings_from_str_accepts() {
        for text in [
            r#""404""#,
            r#""Not Found""#,
            r#""404 Not Found""#,
            r#""not_found""#,
        ] {
            assert_eq!(
                serde_json::from_str::<StatusCode>(text).unwrap(),
                StatusCode::NotFound,
                "{text}"
            );
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
    }

    #[test]
    fn works_inside_a_struct() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Logged {
            status: StatusCode,
        }
        let logged = Logged {
            status: StatusCode::TooManyRequests,
        };
        let json = serde_json::to_string(&logged).unwrap();
        assert_eq!(json, r#"{"status":429}"#);
        assert_eq!(serde_json::from_str::<Logged>(&json).unwrap(), logged);
        let from_text: Logged = serde_json::from_str(r#"{"status":"429 Too Many Requests"}"#).unwrap();
        assert_eq!(from_text, logged);
    }
}
