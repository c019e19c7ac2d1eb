//! Descriptions are written in our own words: none shares a run of seven words with the
//! sources vendored under tests/data/rfc/ (the specification texts) and tests/data/vendors/
//! (the vendors' pages), once case and punctuation are folded away. Quotes are the
//! opposite, the sources' own words, so `*_quote` and `quote` keys are not descriptions
//! and are not checked here.

use crate::spec;

use std::collections::HashMap;

/// How many words in a row count as copying.
const RUN: usize = 7;

/// The keys whose text is prose in our own words: descriptions, and the short condition of
/// each header row, which `HeaderField::condition` shows to users as well.
const DESCRIPTIONS: &[&str] = &["description", "unregistered", "condition"];

/// Lower-case words, with everything but letters and digits taken as a separator.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every run of seven words in the vendored sources, with a file it comes from.
fn source_runs() -> HashMap<Vec<String>, String> {
    let mut runs = HashMap::new();
    for path in spec::data_files() {
        let text = std::fs::read_to_string(&path).expect("read a vendored source");
        let name = path
            .strip_prefix(spec::manifest_dir())
            .unwrap_or(&path)
            .display()
            .to_string();
        for run in words(&text).windows(RUN) {
            runs.entry(run.to_vec()).or_insert_with(|| name.clone());
        }
    }
    runs
}

/// The first run of `text` found in `runs`, and where.
fn shared_run(text: &str, runs: &HashMap<Vec<String>, String>) -> Option<(String, String)> {
    words(text)
        .windows(RUN)
        .find_map(|run| runs.get(run).map(|source| (run.join(" "), source.clone())))
}

#[test]
fn no_description_shares_seven_words_with_a_source() {
    let runs = source_runs();
    assert!(
        runs.len() > 50_000,
        "only {} runs: are the texts under tests/data/?",
        runs.len()
    );
    let mut checked = 0;
    let mut problems = Vec::new();
    for table in spec::codes_toml() {
        for key in DESCRIPTIONS {
            let Some(text) = table.text(key) else { continue };
            checked += 1;
            if let Some((run, source)) = shared_run(text, &runs) {
                problems.push(format!(
                    "codes.toml:{}: {} `{key}` shares \"{run}\" with {source}",
                    table.line_of(key),
                    table.name()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every status, class (twice), [invalid] and unofficial entry.
    assert!(checked > 100, "only {checked} descriptions checked");
}

#[test]
fn a_copied_sentence_is_caught_whatever_its_case_and_punctuation() {
    let runs: HashMap<Vec<String>, String> =
        words("The 404 (Not Found) status code indicates that the origin server did not find it.")
            .windows(RUN)
            .map(|run| (run.to_vec(), "rfc".to_string()))
            .collect();
    let copied = "Careful: THE ORIGIN SERVER -- did not find; it.";
    assert!(shared_run(copied, &runs).is_some());
    assert!(shared_run("The origin server found nothing there at all.", &runs).is_none());
}

#[test]
fn the_sources_are_the_specification_and_vendor_texts() {
    let files = spec::data_files();
    for dir in spec::SOURCE_DIRS {
        let dir = spec::manifest_dir().join(dir);
        assert!(
            files.iter().any(|path| path.starts_with(&dir)),
            "no text read from {}",
            dir.display()
        );
    }
    // TOML test cases and phrase tables are data, not prose to compare with.
    let toml_test = spec::manifest_dir().join("tests/data/toml-test");
    assert!(!files.iter().any(|path| path.starts_with(&toml_test)));
}
