//! The build script's reader against a real TOML implementation, the `toml` crate: on
//! documents shaped like codes.toml and on codes.toml with a change, whatever ours accepts,
//! `toml` reads as the same tables; and where ours refuses, or `toml` does, the build
//! script reports errors on lines of the file.

use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::stages::check::parse;
use crate::stages::toml::{read, Value};

const CODES_TOML: &str = include_str!("../../codes.toml");

/// A table as TOML 1.0 builds it from headers: defined by its own header or only on the
/// way to another's, an array of tables, or a value.
enum Node {
    Table {
        defined: bool,
        keys: BTreeMap<String, Node>,
    },
    Tables(Vec<BTreeMap<String, Node>>),
    Value(toml::Value),
}

/// Our reader's tables, put together as the TOML specification says headers and keys
/// nest; `Err` where the specification forbids the document (a table defined twice, a key
/// that is also a table), or where ours refuses it.
pub fn ours(text: &str) -> Result<toml::Table, String> {
    let tables = read(text).map_err(|errors| format!("{errors:?}"))?;
    let mut root = BTreeMap::new();
    for table in &tables {
        let keys = match table.name.as_str() {
            "" => &mut root,
            name => open(&mut root, name, table.array)?,
        };
        for entry in &table.entries {
            let value = match &entry.value {
                Value::String(text) => toml::Value::String(text.clone()),
                Value::Integer(n) => toml::Value::Integer(*n),
                Value::Boolean(b) => toml::Value::Boolean(*b),
                Value::Array(items) => {
                    toml::Value::Array(items.iter().cloned().map(toml::Value::String).collect())
                }
                Value::Date(text) => {
                    toml::Value::Datetime(text.parse().map_err(|_| format!("no date: {text}"))?)
                }
            };
            if keys.insert(entry.key.clone(), Node::Value(value)).is_some() {
                return Err(format!("key {} twice", entry.key));
            }
        }
    }
    Ok(finish(root))
}

/// The keys of the table that the header `[name]` or `[[name]]` opens.
fn open<'a>(
    root: &'a mut BTreeMap<String, Node>,
    name: &str,
    array: bool,
) -> Result<&'a mut BTreeMap<String, Node>, String> {
    let (path, last) = name
        .rsplit_once('.')
        .map_or((None, name), |(path, last)| (Some(path), last));
    let mut keys = root;
    for part in path.into_iter().flat_map(|path| path.split('.')) {
        let node = keys.entry(part.to_string()).or_insert(Node::Table {
            defined: false,
            keys: BTreeMap::new(),
        });
        keys = match node {
            Node::Table { keys, .. } => keys,
            Node::Tables(tables) => tables.last_mut().expect("never empty"),
            Node::Value(_) => return Err(format!("{part} is a value")),
        };
    }
    let node = keys.entry(last.to_string());
    match (array, node) {
        (true, std::collections::btree_map::Entry::Vacant(vacant)) => {
            match vacant.insert(Node::Tables(vec![BTreeMap::new()])) {
                Node::Tables(tables) => Ok(tables.last_mut().expect("just pushed")),
                _ => unreachable!(),
            }
        }
        (true, std::collections::btree_map::Entry::Occupied(occupied)) => match occupied.into_mut() {
            Node::Tables(tables) => {
                tables.push(BTreeMap::new());
                Ok(tables.last_mut().expect("just pushed"))
            }
            _ => Err(format!("[[{name}]] is not an array of tables")),
        },
        (false, node) => match node.or_insert(Node::Table {
            defined: false,
            keys: BTreeMap::new(),
        }) {
            Node::Table {
                defined: defined @ false,
                keys,
            } => {
                *defined = true;
                Ok(keys)
            }
            _ => Err(format!("[{name}] defined twice")),
        },
    }
}

fn finish(keys: BTreeMap<String, Node>) -> toml::Table {
    let value = |node| match node {
        Node::Table { keys, .. } => toml::Value::Table(finish(keys)),
        Node::Tables(tables) => toml::Value::Array(
            tables
                .into_iter()
                .map(|t| toml::Value::Table(finish(t)))
                .collect(),
        ),
        Node::Value(value) => value,
    };
    keys.into_iter().map(|(key, node)| (key, value(node))).collect()
}

/// What ours accepts, `toml` reads alike; what either refuses, the build script reports on
/// lines of the file; and nothing the whole build script accepts is refused by our reader.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let theirs = text.parse::<toml::Table>();
    match ours(text) {
        Ok(tables) => {
            let theirs = theirs.map_err(|error| {
                TestCaseError::fail(format!("toml refuses what ours reads: {error}\n{text}"))
            })?;
            prop_assert_eq!(tables, theirs, "{}", text);
        }
        Err(why) => {
            let errors = parse(text).expect_err(&format!(
                "ours refuses ({why}), but the build script accepts:\n{text}"
            ));
            let lines = text.split('\n').count();
            prop_assert!(
                errors.iter().all(|e| (1..=lines).contains(&e.line)),
                "{errors:#?}"
            );
        }
    }
    Ok(())
}

/// Text for a one-line basic string: any characters but controls other than tab.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 \t\"\\\\#=\\[\\]{},.'é€😀-]{0,12}"
}

/// `"..."`, escaping only what codes.toml escapes.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A value as codes.toml writes one.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        text().prop_map(|text| quoted(&text)),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        prop::collection::vec(text(), 0..4).prop_map(|items| {
            let items: Vec<String> = items.iter().map(|item| quoted(item)).collect();
            format!("[{}]", items.join(", "))
        }),
        (1000u32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

/// The keys of one table: distinct bare keys, each with a value, perhaps a comment.
fn entries() -> impl Strategy<Value = Vec<String>> {
    let entry = (
        "[a-z_][a-z0-9_-]{0,8}",
        value(),
        prop::option::of("[ -~]{0,10}"),
        "[ \t]{0,2}",
    );
    prop::collection::vec(entry, 0..5).prop_map(|entries| {
        let mut keys: Vec<String> = Vec::new();
        let mut lines = Vec::new();
        for (key, value, comment, space) in entries {
            if keys.contains(&key) {
                continue;
            }
            let comment = comment.map_or(String::new(), |comment| format!("{space}# {comment}"));
            lines.push(format!("{key}{space}={space}{value}{comment}"));
            keys.push(key);
        }
        lines
    })
}

/// A document of codes.toml's shape: `[[status]]` and `[[class]]` tables, each with its
/// header tables, `[[unofficial]]` tables, one `[invalid]`, comments and blank lines.
fn document() -> impl Strategy<Value = String> {
    let group = (0..3usize, entries(), prop::collection::vec(entries(), 0..3));
    (
        prop::collection::vec(group, 0..6),
        0..6usize,
        entries(),
        "(# [ -~]{0,20}\n)?",
    )
        .prop_map(|(groups, invalid_at, invalid, opening)| {
            let mut out = opening;
            for (at, (kind, keys, headers)) in groups.iter().enumerate() {
                if at == invalid_at {
                    out.push_str(&format!("\n[invalid]\n{}\n", invalid.join("\n")));
                }
                let name = ["status", "class", "unofficial"][*kind];
                out.push_str(&format!("\n[[{name}]]\n{}\n", keys.join("\n")));
                for header in headers.iter().filter(|_| *kind < 2) {
                    out.push_str(&format!("\n[[{name}.header]]\n{}\n", header.join("\n")));
                }
            }
            out
        })
}

/// Bytes that matter to TOML, and some that it refuses.
const INTERESTING: &[char] = &[
    '"', '\'', '[', ']', '{', '}', '=', '#', '.', ',', '\\', '\n', '\r', '\t', ' ', '0', 'a', '_', '-', '+',
    ':', '\u{0}', '\u{7f}', 'é',
];

/// codes.toml with one character deleted, doubled or replaced, or one inserted.
fn mutated(at: prop::sample::Index, how: u8, with: usize) -> String {
    let chars: Vec<char> = CODES_TOML.chars().collect();
    let at = at.index(chars.len());
    let with = INTERESTING[with % INTERESTING.len()];
    let mut out: Vec<char> = chars[..at].to_vec();
    match how % 4 {
        0 => {}
        1 => out.extend([chars[at], chars[at]]),
        2 => out.push(with),
        _ => out.extend([with, chars[at]]),
    }
    out.extend(&chars[at + 1..]);
    out.into_iter().collect()
}

#[test]
fn the_real_codes_toml_reads_alike() {
    let tables = ours(CODES_TOML).expect("ours reads codes.toml");
    assert_eq!(
        tables,
        CODES_TOML.parse::<toml::Table>().expect("toml reads codes.toml")
    );
    let statuses = tables["status"].as_array().expect("[[status]] tables");
    assert_eq!(statuses.len(), 64);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn documents_of_codes_toml_shape_read_alike(text in document()) {
        let tables = ours(&text).map_err(|why| TestCaseError::fail(format!("{why}\n{text}")))?;
        let theirs = text.parse::<toml::Table>().map_err(|error| TestCaseError::fail(format!("{error}\n{text}")))?;
        prop_assert_eq!(tables, theirs, "{}", text);
    }

    #[test]
    fn codes_toml_with_a_change_reads_alike_or_is_refused(at in any::<prop::sample::Index>(), how in any::<u8>(), with in any::<usize>()) {
        agree(&mutated(at, how, with))?;
    }

    #[test]
    fn toml_like_lines_read_alike_or_are_refused(text in "([a-z\\[\\]\"'=#.,{} 0-9\\\\:+-]{0,16}\n){0,4}") {
        agree(&text)?;
    }
}
