//! Arbitrary strings through `from_reason` and `FromStr`.

use httpcodes::StatusCode;
use proptest::prelude::*;

/// Recases a phrase letter by letter, as `mask` says.
fn recase(text: &str, mask: &[bool]) -> String {
    text.chars()
        .zip(mask.iter().cycle())
        .map(|(c, &upper)| {
            if upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn any_string_is_an_answer_not_a_panic(text in any::<String>()) {
        let found = StatusCode::from_reason(&text);
        let parsed = text.parse::<StatusCode>();
        if let Some(status) = found {
            prop_assert!(status.is_registered());
            prop_assert_eq!(parsed, Ok(status));
        }
    }

    #[test]
    fn phrase_like_strings_are_an_answer_not_a_panic(text in "[0-9 A-Za-z'_-]{0,40}") {
        // A number parses from 100 to 999, as a status line carries it, so "600" is an
        // answer too, though not a valid status code.
        if let Ok(status) = text.parse::<StatusCode>() {
            prop_assert!((100..=999).contains(&status.code()), "{text:?}");
        }
    }

    #[test]
    fn every_phrase_resolves_in_any_case(index in 0..StatusCode::ALL.len(), mask in prop::collection::vec(any::<bool>(), 1..8)) {
        let status = StatusCode::ALL[index];
        let reason = recase(status.reason(), &mask);
        let name = recase(&format!("{status:?}"), &mask);
        prop_assert_eq!(StatusCode::from_reason(&reason), Some(status));
        prop_assert_eq!(StatusCode::from_reason(&name), Some(status));
        prop_assert_eq!(reason.parse(), Ok(status));
        prop_assert_eq!(format!("{} {reason}", status.code()).parse(), Ok(status));
    }

    #[test]
    fn other_characters_must_match(index in 0..StatusCode::ALL.len(), at in any::<prop::sample::Index>(), c in "[^ A-Za-z0-9'_-]") {
        let reason = StatusCode::ALL[index].reason();
        let at = at.index(reason.len() + 1);
        let text = format!("{}{c}{}", &reason[..at], &reason[at..]);
        prop_assert_eq!(StatusCode::from_reason(&text), None);
    }

    #[test]
    fn every_valid_code_round_trips_through_display(code in 100u16..=599) {
        let status = StatusCode::from_u16(code);
        prop_assert_eq!(status.to_string().to_lowercase().parse(), Ok(status));
    }
}
