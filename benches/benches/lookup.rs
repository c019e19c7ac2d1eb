//! Lookups side by side: httpcodes, the `http` crate, and the plain code a user could write
//! by hand (a dense table indexed by `code - 100`; a case-insensitive scan of the phrases).
//! Every benchmark in a group walks the same inputs in the same shuffled order, and
//! `benches/ratios.sh` turns one run into the README's table of ratios.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use httpcodes::StatusCode;

const INPUTS: usize = 1024;

/// A fixed pseudo-random sequence (64-bit LCG), so every run times the same inputs and
/// branch predictors cannot learn their order.
fn shuffled<T: Copy>(pool: &[T]) -> Vec<T> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..INPUTS)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            pool[(state >> 33) as usize % pool.len()]
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
fn display<T: std::fmt::Display>(codes: &[u16], out: &mut String, make: impl Fn(u16) -> T) -> usize {
    let mut total = 0;
    for &code in codes {
        out.clear();
        write!(out, "{}", make(code)).unwrap();
        total += out.len();
    }
    total
}

#[inline(never)]
fn from_reasons(phrases: &[&str]) -> usize {
    phrases.iter().filter_map(|p| StatusCode::from_reason(p)).count()
}

#[inline(never)]
fn scans(phrases: &[&str]) -> usize {
    let scan = |p: &str| {
        StatusCode::ALL
            .iter()
            .find(|s| s.reason().eq_ignore_ascii_case(p))
    };
    phrases.iter().filter_map(|p| scan(p)).count()
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

    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(INPUTS as u64));
    let mut out = String::with_capacity(64);
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
    group.finish();
}

fn phrase_to_code(c: &mut Criterion) {
    let mut phrases = Vec::new();
    for status in StatusCode::ALL {
        let reason = status.reason();
        phrases.extend([reason.to_string(), reason.to_lowercase(), reason.to_uppercase()]);
    }
    let phrases = shuffled(&phrases.iter().map(String::as_str).collect::<Vec<_>>());

    let mut group = c.benchmark_group("from_reason");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| b.iter(|| from_reasons(black_box(&phrases))));
    group.bench_function("scan", |b| b.iter(|| scans(black_box(&phrases))));
    group.finish();

    let mut group = c.benchmark_group("from_str");
    for input in ["404", "404 Not Found", "Not Found"] {
        group.bench_function(input, |b| b.iter(|| black_box(input).parse::<StatusCode>()));
    }
    group.finish();
}

criterion_group!(benches, code_to_reason, code_to_other, phrase_to_code);
criterion_main!(benches);
