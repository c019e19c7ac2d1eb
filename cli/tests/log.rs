//! `httpcodes log`, run as a user runs it, on the sample logs in tests/data (each written
//! from its format's documentation, see tests/data/README.md) and on broken input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// A file in Cargo's scratch directory for integration tests, with these bytes.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("the scratch file is written");
    path
}

/// Runs `httpcodes` with `arguments` and `stdin`, and checks that it did not panic.
fn run(arguments: &[&std::ffi::OsStr], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_httpcodes"))
        .args(arguments)
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("httpcodes runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    // httpcodes may stop reading early (a usage error); a broken pipe is no failure here.
    let _ = input.write_all(stdin);
    drop(input);
    let output = child.wait_with_output().expect("httpcodes ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    output
}

/// `httpcodes log --json` on these files: the exit code and the parsed summaries.
fn summaries(files: &[&Path]) -> (Option<i32>, Vec<Value>) {
    let mut arguments = vec![std::ffi::OsStr::new("log"), std::ffi::OsStr::new("--json")];
    arguments.extend(files.iter().map(|file| file.as_os_str()));
    let output = run(&arguments, b"");
    let stdout = String::from_utf8(output.stdout).expect("the JSON is UTF-8");
    let report: Value = serde_json::from_str(&stdout).expect("the output is JSON");
    let inputs = report["inputs"].as_array().expect("inputs is an array").clone();
    assert_eq!(inputs.len(), files.len());
    (output.status.code(), inputs)
}

fn summary(file: &Path) -> (Option<i32>, Value) {
    let (code, mut inputs) = summaries(&[file]);
    (code, inputs.remove(0))
}

/// The entry for `code` in a summary's `codes`.
fn row(summary: &Value, code: u64) -> &Value {
    summary["codes"]
        .as_array()
        .expect("codes is an array")
        .iter()
        .find(|row| row["code"] == code)
        .unwrap_or_else(|| panic!("no row for {code}: {summary}"))
}

/// `(code, count)` of every row, in the order printed.
fn counts(summary: &Value) -> Vec<(u64, u64)> {
    summary["codes"]
        .as_array()
        .expect("codes is an array")
        .iter()
        .map(|row| (row["code"].as_u64().unwrap(), row["count"].as_u64().unwrap()))
        .collect()
}

/// `(second status, count)` beside a row; `None` where the target or origin never answered.
fn upstream(row: &Value) -> Vec<(Option<u64>, u64)> {
    row["upstream"]
        .as_array()
        .expect("upstream is an array")
        .iter()
        .map(|pair| (pair["code"].as_u64(), pair["count"].as_u64().unwrap()))
        .collect()
}

#[test]
fn apache_common_log_is_counted() {
    let (exit, log) = summary(&data("apache-common.log"));
    assert_eq!(exit, Some(0));
    assert_eq!(log["format"], "common");
    assert_eq!(log["vendor"], "nginx");
    assert_eq!(log["lines"], 6);
    assert_eq!(log["counted"], 6);
    assert_eq!(log["unreadable"], 0);
    // Most frequent first, ties by number.
    assert_eq!(counts(&log), [(200, 2), (302, 1), (304, 1), (401, 1), (404, 1)]);
    let ok = row(&log, 200);
    assert_eq!(ok["reason"], "OK");
    assert_eq!(ok["class"], "Success");
    assert!((ok["share"].as_f64().unwrap() - 2.0 / 6.0).abs() < 1e-9);
    assert_eq!(ok["retry"]["advice"], "not-an-error");
    assert_eq!(ok["upstream"], Value::Null);
    assert_eq!(row(&log, 404)["retry"]["advice"], "after-change");
}

#[test]
fn nginx_combined_log_shows_what_nginx_means_by_499_and_444() {
    let (exit, log) = summary(&data("nginx-combined.log"));
    assert_eq!(exit, Some(0));
    assert_eq!(log["format"], "combined");
    assert_eq!(counts(&log), [(200, 3), (499, 2), (400, 1), (444, 1), (502, 1)]);
    let closed = row(&log, 499);
    // The registry's answer stays; the vendor's meaning is beside it.
    assert_eq!(closed["reason"], "Client Error");
    assert_eq!(closed["registered"], false);
    assert_eq!(closed["vendor_meaning"]["vendor"], "nginx");
    assert_eq!(closed["vendor_meaning"]["phrase"], "Client Closed Request");
    assert_eq!(closed["vendor_meaning"]["seen"], "server-log");
    assert_eq!(row(&log, 444)["vendor_meaning"]["phrase"], "No Response");
    assert_eq!(row(&log, 502)["vendor_meaning"], Value::Null);
    assert_eq!(row(&log, 502)["retry"]["advice"], "transient");
}

#[test]
fn load_balancer_log_counts_what_the_client_got_and_shows_the_target_beside_it() {
    let (exit, log) = summary(&data("aws-alb.log"));
    assert_eq!(exit, Some(0));
    assert_eq!(log["format"], "aws-alb");
    assert_eq!(log["vendor"], "AWS");
    assert_eq!(log["upstream_field"], "target_status_code");
    assert_eq!(counts(&log), [(200, 2), (502, 2), (460, 1), (464, 1), (561, 1)]);
    // One 502 came from the target, the other from the load balancer with no answer.
    assert_eq!(upstream(row(&log, 502)), [(None, 1), (Some(502), 1)]);
    assert_eq!(upstream(row(&log, 200)), [(Some(200), 2)]);
    assert_eq!(upstream(row(&log, 460)), [(None, 1)]);
    for (code, phrase) in [
        (460, "Client Closed Connection"),
        (464, "Incompatible Protocol"),
        (561, "Unauthorized"),
    ] {
        let meaning = &row(&log, code)["vendor_meaning"];
        assert_eq!(meaning["vendor"], "AWS", "{code}");
        assert_eq!(meaning["phrase"], phrase, "{code}");
    }
}

#[test]
fn cloudflare_logpush_counts_the_edge_status_and_shows_the_origin_beside_it() {
    let (exit, log) = summary(&data("cloudflare-logpush.log"));
    assert_eq!(exit, Some(0));
    assert_eq!(log["format"], "cloudflare-logpush");
    assert_eq!(log["upstream_field"], "OriginResponseStatus");
    assert_eq!(counts(&log), [(200, 2), (522, 2), (502, 1), (520, 1)]);
    // OriginResponseStatus 0: no request went to the origin.
    assert_eq!(upstream(row(&log, 200)), [(None, 1), (Some(200), 1)]);
    assert_eq!(upstream(row(&log, 522)), [(None, 2)]);
    let timed_out = &row(&log, 522)["vendor_meaning"];
    assert_eq!(timed_out["vendor"], "Cloudflare");
    assert_eq!(timed_out["phrase"], "Connection Timed Out");
    assert_eq!(row(&log, 520)["vendor_meaning"]["vendor"], "Cloudflare");
}

#[test]
fn nginx_json_log_reads_a_quoted_status() {
    let (exit, log) = summary(&data("nginx-json.log"));
    assert_eq!(exit, Some(0));
    assert_eq!(log["format"], "nginx-json");
    assert_eq!(counts(&log), [(200, 1), (404, 1), (499, 1), (504, 1)]);
    assert_eq!(row(&log, 499)["vendor_meaning"]["vendor"], "nginx");
}

#[test]
fn each_file_gets_its_own_format() {
    let files = [data("aws-alb.log"), data("apache-common.log")];
    let (exit, inputs) = summaries(&[&files[0], &files[1]]);
    assert_eq!(exit, Some(0));
    assert_eq!(inputs[0]["format"], "aws-alb");
    assert_eq!(inputs[1]["format"], "common");
    assert!(inputs[1]["name"].as_str().unwrap().ends_with("apache-common.log"));
}

#[test]
fn the_table_shows_counts_shares_vendor_meanings_and_advice() {
    let output = run(&["log".as_ref(), data("nginx-combined.log").as_os_str()], b"");
    assert_eq!(output.status.code(), Some(0));
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(
        out.contains("Combined Log Format (nginx or Apache httpd); 8 lines, 8 counted, 0 unreadable"),
        "{out}"
    );
    let line = out
        .lines()
        .find(|line| line.trim_start().starts_with("499"))
        .expect(&out);
    let cells: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            "499",
            "2",
            "25.0%",
            "Client Error",
            "Client Closed Request",
            "after a change"
        ],
        "{out}"
    );
    let load_balancer = run(&["log".as_ref(), data("aws-alb.log").as_os_str()], b"");
    let out = String::from_utf8(load_balancer.stdout).unwrap();
    assert!(out.contains("target_status_code"), "{out}");
    assert!(out.contains("- x1, 502 x1"), "{out}");
}

#[test]
fn standard_input_is_read_when_no_file_is_given() {
    let log = std::fs::read(data("nginx-combined.log")).unwrap();
    for arguments in [&["log", "--json"][..], &["log", "--json", "-"][..]] {
        let arguments: Vec<&std::ffi::OsStr> = arguments.iter().map(|a| a.as_ref()).collect();
        let output = run(&arguments, &log);
        assert_eq!(output.status.code(), Some(0));
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["inputs"][0]["name"], "-");
        assert_eq!(report["inputs"][0]["counted"], 8);
    }
}

#[test]
fn unreadable_lines_are_counted_and_the_first_reported_by_number() {
    let good = std::fs::read(data("nginx-combined.log")).unwrap();
    let good: Vec<&[u8]> = good
        .split(|&byte| byte == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let mut log = Vec::new();
    log.extend_from_slice(good[0]);
    // Line 2: cut inside the request. Line 3: cut inside the user agent. Line 4: blank.
    log.extend_from_slice(b"\n203.0.113.5 - - [02/Jul/2018:22:23:01 +0000] \"GET /api/ord\n");
    log.extend_from_slice(&good[1][..good[1].len() - 10]);
    log.extend_from_slice(b"\n\n");
    // Line 5: bytes that are not UTF-8, with a NUL and an escape character.
    log.extend_from_slice(b"\xff\xfe\x00\x1b[2J garbage\n");
    log.extend_from_slice(good[2]);
    // CRLF line ends are read too.
    log.extend_from_slice(b"\r\n");
    let path = scratch("broken-lines.log", &log);
    let (exit, summary) = summary(&path);
    assert_eq!(exit, Some(0), "{summary}");
    assert_eq!(summary["format"], "combined");
    assert_eq!(summary["lines"], 6);
    assert_eq!(summary["blank"], 1);
    assert_eq!(summary["counted"], 2);
    assert_eq!(summary["unreadable"], 3);
    let numbers: Vec<u64> = summary["unreadable_lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line["line"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [2, 3, 5]);
    let garbage = &summary["unreadable_lines"][2]["excerpt"];
    assert_eq!(garbage.as_str().unwrap(), "\\xff\\xfe\\x00\\x1b[2J garbage");

    let output = run(&["log".as_ref(), path.as_os_str()], b"");
    let out = String::from_utf8(output.stdout).expect("the table is UTF-8 whatever the log held");
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("3 lines could not be read"), "{out}");
    assert!(out.contains("line 5: "), "{out}");
}

#[test]
fn binary_garbage_is_refused_without_a_panic() {
    // Bytes from a small linear congruential generator: every value, no structure.
    let mut state: u32 = 1;
    let garbage: Vec<u8> = (0..300_000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    let path = scratch("garbage.bin", &garbage);
    let (exit, summary) = summary(&path);
    // Text with not one readable line is not a log httpcodes knows.
    assert_eq!(exit, Some(1));
    assert_eq!(summary["format"], Value::Null);
    assert_eq!(summary["counted"], 0);
    assert!(summary["unreadable"].as_u64().unwrap() > 0);
    assert_eq!(summary["unreadable_lines"].as_array().unwrap().len(), 5);
    let output = run(&["log".as_ref(), path.as_os_str()], b"");
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("garbage.bin: not one line could be read"), "{err}");
}

#[test]
fn a_huge_line_is_skipped_and_the_lines_around_it_are_read() {
    let good = std::fs::read(data("apache-common.log")).unwrap();
    let mut log = good.clone();
    log.extend(std::iter::repeat_n(b'x', 5 << 20));
    log.push(b'\n');
    log.extend_from_slice(&good);
    // A last line with no line break, longer than the limit too.
    log.extend(std::iter::repeat_n(b'y', 100_000));
    let path = scratch("huge-line.log", &log);
    let (exit, summary) = summary(&path);
    assert_eq!(exit, Some(0));
    assert_eq!(summary["counted"], 12);
    assert_eq!(summary["unreadable"], 2);
    assert_eq!(summary["unreadable_lines"][0]["line"], 7);
    assert_eq!(summary["unreadable_lines"][1]["line"], 14);
    assert!(summary["unreadable_lines"][0]["problem"]
        .as_str()
        .unwrap()
        .contains("longer than 64 KiB"));
}

#[test]
fn lines_across_the_read_buffer_are_read_whole() {
    // About 3 MiB of lines, so that many of them straddle two fills of the 1 MiB buffer.
    let line = std::fs::read(data("nginx-combined.log")).unwrap();
    let log: Vec<u8> = line.iter().copied().cycle().take(line.len() * 4000).collect();
    let path = scratch("long.log", &log);
    let (exit, summary) = summary(&path);
    assert_eq!(exit, Some(0));
    assert_eq!(summary["counted"], 8 * 4000);
    assert_eq!(summary["unreadable"], 0);
    assert_eq!(row(&summary, 499)["count"], 2 * 4000);
}

#[test]
fn an_empty_file_has_no_codes_and_is_no_error() {
    let path = scratch("empty.log", b"");
    let (exit, summary) = summary(&path);
    assert_eq!(exit, Some(0));
    assert_eq!(summary["lines"], 0);
    assert_eq!(summary["codes"], serde_json::json!([]));
    assert_eq!(summary["error"], Value::Null);
}

#[test]
fn a_missing_file_is_reported_and_the_others_are_still_read() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such.log");
    let present = data("apache-common.log");
    let (exit, inputs) = summaries(&[&missing, &present]);
    assert_eq!(exit, Some(1));
    assert_eq!(inputs[0]["error"], "no such file");
    assert_eq!(inputs[1]["counted"], 6);

    let output = run(&["log".as_ref(), missing.as_os_str()], b"");
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("no-such.log: no such file"), "{err}");
}

#[test]
fn a_compressed_log_gets_a_hint() {
    // The gzip magic number (RFC 1952 Section 2.3.1), as AWS delivers load balancer logs.
    let path = scratch("alb.log.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00");
    let (exit, summary) = summary(&path);
    assert_eq!(exit, Some(1));
    assert!(summary["error"].as_str().unwrap().contains("zcat"), "{summary}");
}

#[test]
fn log_options_are_checked() {
    let output = run(&["log".as_ref(), "--bogus".as_ref()], b"");
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("unknown option \"--bogus\""), "{err}");
    let help = run(&["log".as_ref(), "--help".as_ref()], b"");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8(help.stdout).unwrap().contains("httpcodes log"));
}
