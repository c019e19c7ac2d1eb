//! The cases of the toml-test suite (github.com/BurntSushi/toml-test, MIT licence; see
//! tests/data/toml-test/README.md) that fall inside what the build script's reader reads:
//! each valid document reads as its JSON says, and each invalid one is refused on a line
//! of the file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::differential::ours;

fn cases(kind: &str, extension: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/toml-test")
        .join(kind);
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == extension))
        .collect();
    paths.sort();
    paths
}

/// toml-test's JSON encoding of a document: `{"type": ..., "value": ...}` for each value.
fn from_json(json: &serde_json::Value) -> toml::Value {
    use serde_json::Value as Json;
    match json {
        Json::Object(map) if map.len() == 2 && map.contains_key("type") => {
            let text = map["value"].as_str().expect("a value as text").to_string();
            match map["type"].as_str() {
                Some("string") => toml::Value::String(text),
                Some("integer") => toml::Value::Integer(text.parse().expect("an integer")),
                Some("bool") => toml::Value::Boolean(text == "true"),
                Some("date-local") => toml::Value::Datetime(text.parse().expect("a date")),
                other => panic!("a type outside codes.toml's subset: {other:?}"),
            }
        }
        Json::Object(map) => toml::Value::Table(map.iter().map(|(k, v)| (k.clone(), from_json(v))).collect()),
        Json::Array(items) => toml::Value::Array(items.iter().map(from_json).collect()),
        other => panic!("not toml-test's JSON: {other}"),
    }
}

#[test]
fn valid_cases_read_as_their_json_says() {
    let cases = cases("valid", "toml");
    assert!(cases.len() >= 20, "{} cases", cases.len());
    for path in cases {
        let text = fs::read_to_string(&path).expect("a valid case");
        let json = fs::read_to_string(path.with_extension("json")).expect("its JSON");
        let expected = from_json(&serde_json::from_str(&json).expect("JSON"));
        let tables = ours(&text).unwrap_or_else(|why| panic!("{}: {why}", path.display()));
        assert_eq!(toml::Value::Table(tables), expected, "{}", path.display());
    }
}

#[test]
fn invalid_cases_are_refused_on_a_line_of_the_file() {
    let cases = cases("invalid", "toml");
    assert!(cases.len() >= 50, "{} cases", cases.len());
    for path in cases {
        // Some cases are not UTF-8, which the build script refuses before reading.
        let Ok(text) = String::from_utf8(fs::read(&path).expect("an invalid case")) else {
            continue;
        };
        let Err(errors) = crate::stages::check::parse(&text) else {
            panic!("{}: accepted", path.display());
        };
        let lines = text.split('\n').count();
        assert!(
            errors.iter().all(|e| (1..=lines).contains(&e.line)),
            "{}: {errors:#?}",
            path.display()
        );
        assert!(ours(&text).is_err(), "{}: read as valid TOML", path.display());
    }
}
