//! Lookups side by side: httpcodes, the `http` crate, and the plain code a user could write
//! by hand (a dense table indexed by `code - 100`; a case-insensitive scan of a static array
//! of phrases; one `write_str` of a precomputed string). Every benchmark in a group walks
//! the same inputs in the same shuffled order, and `benches/ratios.sh` turns one run into
//! the README's table of ratios.

use std::fmt::{self, Write as _};
use std::hint::black_box;
use std::str::FromStr;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use httpcodes::StatusCode;

const INPUTS: usize = 1024;

/// A fixed pseudo-random sequence (64-bit LCG), so every run times the same inputs and
/// branch predictors cannot learn their order.
fn shuffled<T: Clone>(pool: &[T]) -> Vec<T> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..INPUTS)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            pool[(state >> 33) as usize % pool.len()].clone()
        })
        .collect()
}

type Dense = [Option<&'static str>; 500];

/// The practical floor for code -> text: `[Option<&str>; 500]` indexed by `code - 100`.
fn dense_table(text: impl Fn(StatusCode) -> &'static str) -> Dense {
    let mut table = [None; 500];
    for &status in StatusCode::ALL {
        table[usize::from(status.code() - 100)] = Some(text(status));
    }
    table
}

/// The floor for phrase -> code: the registered phrases in a plain static array, as a user
/// would write them down, scanned with `eq_ignore_ascii_case`. (Filled at compile time from
/// the crate's data, so it is the same machine code as a hand-written literal.)
static PHRASES: [(u16, &str); StatusCode::ALL.len()] = {
    let mut pairs = [(0, ""); StatusCode::ALL.len()];
    let mut index = 0;
    while index < pairs.len() {
        let status = StatusCode::ALL[index];
        pairs[index] = (status.code(), status.reason());
        index += 1;
    }
    pairs
};

/// The floor for `Display`: a type whose `fmt` is one `write_str` of a string made in
/// advance, written through the same `write!` as the contenders.
struct Precomputed<'a>(&'a str);

impl fmt::Display for Precomputed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

// Each measured loop is a function of its own, never inlined, so every contender runs in
// the same surroundings and none is optimized into the harness.

#[inline(never)]
fn dense(codes: &[u16], table: &Dense) -> usize {
    codes
        .iter()
        .map(|&code| table[usize::from(code - 100)].map_or(0, str::len))
        .sum()
}

#[inline(never)]
fn reasons(codes: &[u16]) -> usize {
    codes
        .iter()
        .map(|&code| StatusCode::from_u16(code).reason().len())
        .sum()
}

#[inline(never)]
fn http_reasons(codes: &[u16]) -> usize {
    let reason = |code| {
        http::StatusCode::from_u16(code)
            .ok()
            .and_then(|s| s.canonical_reason())
    };
    codes.iter().map(|&code| reason(code).map_or(0, str::len)).sum()
}

#[inline(never)]
fn descriptions(codes: &[u16]) -> usize {
    codes
        .iter()
        .map(|&code| StatusCode::from_u16(code).description().len())
        .sum()
}

#[inline(never)]
fn classes(codes: &[u16]) -> usize {
    codes
        .iter()
        .map(|&code| StatusCode::from_u16(code).class() as usize)
        .sum()
}

#[inline(never)]
fn http_classes(codes: &[u16]) -> usize {
    let class = |code| match http::StatusCode::from_u16(code) {
        Ok(s) if s.is_informational() => 0,
        Ok(s) if s.is_success() => 1,
        Ok(s) if s.is_redirection() => 2,
        Ok(s) if s.is_client_error() => 3,
        _ => 4,
    };
    codes.iter().map(|&code| class(code)).sum()
}

#[inline(never)]
fn digit_classes(codes: &[u16]) -> usize {
    codes.iter().map(|&code| usize::from(code / 100 - 1)).sum()
}

#[inline(never)]
fn display<T: fmt::Display>(codes: &[u16], out: &mut String, make: impl Fn(u16) -> T) -> usize {
    let mut total = 0;
    for &code in codes {
        out.clear();
        write!(out, "{}", make(code)).unwrap();
        total += out.len();
    }
    total
}

// The lookups from text hand each result to `black_box`, as a caller keeping it would,
// and count the hits.

#[inline(never)]
fn from_reasons(phrases: &[&str]) -> usize {
    let found = |text: &str| black_box(StatusCode::from_reason(text)).is_some();
    phrases.iter().filter(|text| found(text)).count()
}

#[inline(never)]
fn scans(phrases: &[&str]) -> usize {
    let scan = |text: &str| {
        PHRASES
            .iter()
            .find(|(_, phrase)| phrase.eq_ignore_ascii_case(text))
            .map(|&(code, _)| code)
    };
    phrases
        .iter()
        .filter(|text| black_box(scan(text)).is_some())
        .count()
}

/// What every phf lookup pays, whatever its key: SipHash-1-3 of four bytes with a 128-bit
/// result (no key of up to seven bytes takes fewer rounds) and the index arithmetic of
/// phf's default layout, through phf_shared's public `hash` and `get_index`, here into a
/// map the size of the phrase index (126 keys, 42 displacements). No folding, no
/// comparison.
#[inline(never)]
fn phf_floors(digests: &[u32]) -> usize {
    const ENTRIES: usize = 126;
    const SEED: u64 = 0x2545_F491_4F6C_DD1D;
    static DISPS: [(u32, u32); 42] = {
        let mut table = [(0, 0); 42];
        let mut at = 0;
        while at < table.len() {
            table[at] = (at as u32 % 3, at as u32 * 37 % 126);
            at += 1;
        }
        table
    };
    let index = |digest: &u32| {
        let hashes = phf_shared::hash(digest, &SEED);
        phf_shared::get_index(&hashes, &DISPS, ENTRIES)
    };
    digests
        .iter()
        .filter(|digest| black_box(index(digest)) != 0)
        .count()
}

#[inline(never)]
fn parses(texts: &[&str]) -> usize {
    let parsed = |text: &str| black_box(text.parse::<StatusCode>()).is_ok();
    texts.iter().filter(|text| parsed(text)).count()
}

#[inline(never)]
fn http_from_strs(texts: &[&str]) -> usize {
    let parsed = |text: &str| black_box(http::StatusCode::from_str(text)).is_ok();
    texts.iter().filter(|text| parsed(text)).count()
}

#[inline(never)]
fn http_from_bytes(texts: &[&str]) -> usize {
    let parsed = |text: &str| black_box(http::StatusCode::from_bytes(text.as_bytes())).is_ok();
    texts.iter().filter(|text| parsed(text)).count()
}

fn code_to_reason(c: &mut Criterion) {
    let registered: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    let uniform: Vec<u16> = (100..=599).collect();
    let table = dense_table(StatusCode::reason);
    for (mix, pool) in [("registered", &registered), ("uniform", &uniform)] {
        let codes = shuffled(pool);
        let mut group = c.benchmark_group(format!("reason_{mix}"));
        group.throughput(Throughput::Elements(INPUTS as u64));
        group.bench_function("httpcodes", |b| b.iter(|| reasons(black_box(&codes))));
        group.bench_function("http", |b| b.iter(|| http_reasons(black_box(&codes))));
        group.bench_function("dense", |b| b.iter(|| dense(black_box(&codes), &table)));
        group.finish();
    }
}

fn code_to_other(c: &mut Criterion) {
    let codes = shuffled(&(100..=599).collect::<Vec<u16>>());

    let table = dense_table(StatusCode::description);
    let mut group = c.benchmark_group("description");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| descriptions(black_box(&codes))));
    group.bench_function("dense", |b| b.iter(|| dense(black_box(&codes), &table)));
    group.finish();

    let mut group = c.benchmark_group("class");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| classes(black_box(&codes))));
    group.bench_function("http", |b| b.iter(|| http_classes(black_box(&codes))));
    group.bench_function("dense", |b| b.iter(|| digit_classes(black_box(&codes))));
    group.finish();
}

fn code_to_display(c: &mut Criterion) {
    // The text for every code the benchmarks use, made in advance.
    let lines: Vec<String> = (100..=599)
        .map(|code| format!("{code} {}", StatusCode::from_u16(code).reason()))
        .collect();
    let registered: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    let uniform: Vec<u16> = (100..=599).collect();
    let mut out = String::with_capacity(64);
    for (mix, pool) in [("registered", &registered), ("uniform", &uniform)] {
        let codes = shuffled(pool);
        let mut group = c.benchmark_group(format!("display_{mix}"));
        group.throughput(Throughput::Elements(INPUTS as u64));
        group.bench_function("httpcodes", |b| {
            b.iter(|| display(black_box(&codes), &mut out, StatusCode::from_u16))
        });
        group.bench_function("http", |b| {
            b.iter(|| {
                display(black_box(&codes), &mut out, |code| {
                    http::StatusCode::from_u16(code).unwrap()
                })
            })
        });
        group.bench_function("precomputed", |b| {
            b.iter(|| {
                display(black_box(&codes), &mut out, |code| {
                    Precomputed(&lines[usize::from(code - 100)])
                })
            })
        });
        group.finish();
    }
}

/// `phrase` with its middle byte replaced by another letter.
fn typo(phrase: &str) -> String {
    let mut bytes = phrase.as_bytes().to_vec();
    let middle = bytes.len() / 2;
    bytes[middle] = if bytes[middle] == b'q' { b'j' } else { b'q' };
    String::from_utf8(bytes).unwrap()
}

fn phrase_to_code(c: &mut Criterion) {
    let mut phrases = Vec::new();
    for status in StatusCode::ALL {
        let reason = status.reason();
        phrases.extend([reason.to_string(), reason.to_lowercase(), reason.to_uppercase()]);
    }
    let phrases = shuffled(&phrases);
    let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();

    let mut group = c.benchmark_group("from_reason");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| from_reasons(black_box(&phrases))));
    group.bench_function("scan", |b| b.iter(|| scans(black_box(&phrases))));
    let digests: Vec<u32> = phrases.iter().map(|p| p.len() as u32 * 0x9E37_79B9).collect();
    group.bench_function("phf_floor", |b| b.iter(|| phf_floors(black_box(&digests))));
    group.finish();

    // Texts that name no status: phrases with a typo in the middle (the scan compares them
    // in full, and they fold to a key of the right length), class names, numbers and prose.
    let mut misses: Vec<String> = StatusCode::ALL.iter().map(|s| typo(s.reason())).collect();
    misses.extend(
        [
            "Success",
            "Client Error",
            "404",
            "",
            "Nothing to see here",
            "Not Founds",
            "OK!",
        ]
        .map(String::from),
    );
    let misses = shuffled(&misses);
    let misses: Vec<&str> = misses.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("from_reason_miss");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| from_reasons(black_box(&misses))));
    group.bench_function("scan", |b| b.iter(|| scans(black_box(&misses))));
    group.finish();
}

fn parse(c: &mut Criterion) {
    let statuses = shuffled(StatusCode::ALL);

    let numbers: Vec<String> = statuses.iter().map(|s| s.code().to_string()).collect();
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("parse_number");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| parses(black_box(&numbers))));
    group.bench_function("http", |b| b.iter(|| http_from_strs(black_box(&numbers))));
    group.bench_function("http_bytes", |b| b.iter(|| http_from_bytes(black_box(&numbers))));
    group.finish();

    let lines: Vec<String> = statuses
        .iter()
        .map(|s| format!("{} {}", s.code(), s.reason()))
        .collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let phrases: Vec<&str> = statuses.iter().map(|s| s.reason()).collect();
    let mut group = c.benchmark_group("parse_line");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| parses(black_box(&lines))));
    group.bench_function("phrase", |b| b.iter(|| parses(black_box(&phrases))));
    group.bench_function("from_reason", |b| b.iter(|| from_reasons(black_box(&phrases))));
    group.finish();
}

/// The status lines of every row of tests/data/server-phrases.csv, as the servers send them.
fn server_lines() -> Vec<(u16, String)> {
    let csv = include_str!("../../tests/data/server-phrases.csv");
    csv.lines()
        .skip(1)
        .map(|row| {
            let fields: Vec<&str> = row.split(',').collect();
            (fields[2].parse().unwrap(), fields[3].to_string())
        })
        .collect()
}

fn status_line_reads(lines: &[&str]) -> usize {
    let read = |line: &str| black_box(StatusCode::from_status_line(line)).is_ok();
    lines.iter().filter(|line| read(line)).count()
}

/// The status line read by hand, as a client that trusts its server would: the three
/// digits after `HTTP/1.1 `, through `http`; no check of anything else.
fn http_fixed_offsets(lines: &[&str]) -> usize {
    let parsed = |line: &str| {
        let digits = line.as_bytes().get(9..12).unwrap_or_default();
        black_box(http::StatusCode::from_bytes(digits)).is_ok()
    };
    lines.iter().filter(|line| parsed(line)).count()
}

/// The status line read by hand with std: the second word, as a number from 100 to 999.
fn split_whitespace(lines: &[&str]) -> usize {
    let parsed = |line: &str| {
        let code = line
            .split_ascii_whitespace()
            .nth(1)
            .and_then(|word| word.parse::<u16>().ok());
        black_box(code.filter(|code| (100..=999).contains(code))).is_some()
    };
    lines.iter().filter(|line| parsed(line)).count()
}

fn status_lines(c: &mut Criterion) {
    let rows = shuffled(&server_lines());
    let lines: Vec<String> = rows
        .iter()
        .map(|(code, phrase)| format!("HTTP/1.1 {code} {phrase}\r\n"))
        .collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("status_line");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| status_line_reads(black_box(&lines))));
    group.bench_function("http_fixed_offsets", |b| {
        b.iter(|| http_fixed_offsets(black_box(&lines)))
    });
    group.bench_function("split_whitespace", |b| {
        b.iter(|| split_whitespace(black_box(&lines)))
    });
    group.finish();

    // FromStr on what servers send after the code: mostly the code's own phrase, in
    // another case or spelling than `Display` writes, and the spellings of [[spelling]].
    let texts: Vec<String> = rows
        .iter()
        .map(|(code, phrase)| format!("{code} {phrase}"))
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("parse_server_line");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| parses(black_box(&texts))));
    group.bench_function("from_status_line", |b| {
        b.iter(|| status_line_reads(black_box(&texts)))
    });
    group.finish();
}

criterion_group!(
    benches,
    code_to_reason,
    code_to_other,
    code_to_display,
    phrase_to_code,
    parse,
    status_lines
);
criterion_main!(benches);
