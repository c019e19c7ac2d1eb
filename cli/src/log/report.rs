//! Summaries as a table for people, or as JSON for scripts (schema in the README).

use std::fmt::Write;

use super::{Row, Summary};
use crate::explain::{retry_json, unofficial_json};
use crate::json;
use crate::retry::name_and_label;

/// Every summary, each a heading, a table and the unreadable lines, a blank line apart.
pub fn text(summaries: &[Summary]) -> String {
    let parts: Vec<String> = summaries.iter().map(summary_text).collect();
    parts.join("\n")
}

fn summary_text(summary: &Summary) -> String {
    let mut out = String::new();
    let title = summary
        .format
        .map_or("format not recognised", |format| format.title());
    if let Some(error) = &summary.error {
        let _ = writeln!(out, "{}: not read to the end: {error}", summary.name);
        if summary.lines == 0 {
            return out;
        }
    }
    let _ = writeln!(
        out,
        "{}: {title}; {} {}, {} counted, {} unreadable",
        summary.name,
        summary.lines,
        plural(summary.lines, "line", "lines"),
        summary.counted(),
        summary.unreadable,
    );
    let rows = summary.rows();
    if !rows.is_empty() {
        out.push('\n');
        out.push_str(&table(summary, &rows));
    }
    if summary.unreadable > 0 {
        let _ = writeln!(
            out,
            "\n{} {} could not be read; the first:",
            summary.unreadable,
            plural(summary.unreadable, "line", "lines")
        );
        for (number, problem, excerpt) in &summary.unreadable_lines {
            match excerpt.is_empty() {
                true => {
                    let _ = writeln!(out, "  line {number}: {problem}");
                }
                false => {
                    let _ = writeln!(out, "  line {number}: {problem}: \"{excerpt}\"");
                }
            }
        }
    }
    out
}

fn plural(count: u64, one: &'static str, many: &'static str) -> &'static str {
    match count {
        1 => one,
        _ => many,
    }
}

/// The table: code, count, share, the second status where the format logs one, reason,
/// the vendor's meaning, retry advice. Columns are as wide as their widest cell.
fn table(summary: &Summary, rows: &[Row]) -> String {
    let total = summary.counted();
    let format = summary.format;
    let upstream = format.and_then(|format| format.upstream_field());
    let vendor = format.map_or("vendor", |format| format.vendor());
    let mut header = vec!["code", "count", "share"];
    if let Some(field) = upstream {
        header.push(field);
    }
    let meaning = format!("{vendor} meaning");
    header.extend(["reason", &meaning, "retry"]);
    let mut cells: Vec<Vec<String>> = vec![header.iter().map(|cell| cell.to_string()).collect()];
    for row in rows {
        let mut line = vec![
            row.status.code().to_string(),
            row.count.to_string(),
            share(row.count, total),
        ];
        if upstream.is_some() {
            line.push(upstream_text(&row.upstream));
        }
        line.push(row.status.reason().to_owned());
        line.push(
            row.meaning
                .and_then(|entry| entry.phrase())
                .unwrap_or_default()
                .to_owned(),
        );
        line.push(name_and_label(row.status.retry_advice()).1.to_owned());
        cells.push(line);
    }
    let columns = cells[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|column| {
            cells
                .iter()
                .map(|line| line[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for line in &cells {
        let mut text = String::new();
        for (column, cell) in line.iter().enumerate() {
            let width = widths[column];
            // Numbers are right-aligned: code, count, share.
            let _ = match column < 3 {
                true => write!(text, "{cell:>width$}  "),
                false => write!(text, "{cell:<width$}  "),
            };
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// `54.5%`, to one decimal.
fn share(count: u64, total: u64) -> String {
    let tenths = (count * 1000 + total / 2) / total.max(1);
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// `200 x5, - x2`: the second statuses beside a counted one, most frequent first, `-`
/// where none was logged.
fn upstream_text(upstream: &[(Option<u16>, u64)]) -> String {
    let parts: Vec<String> = upstream
        .iter()
        .map(|(code, count)| {
            let code = code.map_or("-".to_owned(), |code| code.to_string());
            format!("{code} x{count}")
        })
        .collect();
    parts.join(", ")
}

/// `{"inputs": [...]}`, one object per summary.
pub fn json(summaries: &[Summary]) -> String {
    let inputs = summaries.iter().map(summary_json);
    format!("{}\n", json::object([("inputs", json::array(inputs))]))
}

fn summary_json(summary: &Summary) -> String {
    let format = summary.format;
    let total = summary.counted();
    let codes = summary.rows().into_iter().map(|row| {
        let upstream = match format.is_some_and(|format| format.has_upstream()) {
            true => json::array(row.upstream.iter().map(|(code, count)| {
                json::object([
                    ("code", code.map_or("null".to_owned(), |code| code.to_string())),
                    ("count", count.to_string()),
                ])
            })),
            false => "null".to_owned(),
        };
        json::object([
            ("code", row.status.code().to_string()),
            ("count", row.count.to_string()),
            ("share", (row.count as f64 / total as f64).to_string()),
            ("reason", json::string(row.status.reason())),
            ("class", json::string(row.status.class().name())),
            ("registered", row.status.is_registered().to_string()),
            (
                "vendor_meaning",
                row.meaning.map_or("null".to_owned(), unofficial_json),
            ),
            ("retry", retry_json(row.status.retry_advice())),
            ("upstream", upstream),
        ])
    });
    let unreadable = summary.unreadable_lines.iter().map(|(number, problem, excerpt)| {
        json::object([
            ("line", number.to_string()),
            ("problem", json::string(problem)),
            ("excerpt", json::string(excerpt)),
        ])
    });
    json::object([
        ("name", json::string(&summary.name)),
        ("error", json::optional(summary.error.as_deref())),
        ("format", json::optional(format.map(|format| format.name()))),
        ("title", json::optional(format.map(|format| format.title()))),
        ("vendor", json::optional(format.map(|format| format.vendor()))),
        (
            "upstream_field",
            json::optional(format.and_then(|format| format.upstream_field())),
        ),
        ("lines", summary.lines.to_string()),
        ("blank", summary.blank.to_string()),
        ("counted", total.to_string()),
        ("unreadable", summary.unreadable.to_string()),
        ("codes", json::array(codes)),
        ("unreadable_lines", json::array(unreadable)),
    ])
}
