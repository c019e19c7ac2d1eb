//! Lookups side by side: httpcodes, the `http` crate, and the plain code a user could write
//! by hand (a dense table indexed by `code - 100`, a case-insensitive scan of the phrases).
//! Every benchmark in a group walks the same inputs, in the same shuffled order, so the
//! groups' ratios are what `benches/ratios.py` reports.

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

/// The practical floor for code -> text: `[Option<&str>; 500]` indexed by `code - 100`.
fn dense_table(text: impl Fn(StatusCode) -> &'static str) -> [Option<&'static str>; 500] {
    let mut table = [None; 500];
    for &status in StatusCode::ALL {
        table[usize::from(status.code() - 100)] = Some(text(status));
    }
    table
}

fn len(text: Option<&str>) -> usize {
    text.map_or(0, str::len)
}

fn code_to_reason(c: &mut Criterion) {
    let registered: Vec<u16> = StatusCode::ALL.iter().map(|s| s.code()).collect();
    let uniform: Vec<u16> = (100..=599).collect();
    let dense = dense_table(StatusCode::reason);
    for (mix, pool) in [("registered", &registered), ("uniform", &uniform)] {
        let codes = shuffled(pool);
        let mut group = c.benchmark_group(format!("reason/{mix}"));
        group.throughput(Throughput::Elements(INPUTS as u64));
        group.bench_function("httpcodes", |b| {
            b.iter(|| {
                black_box(&codes)
                    .iter()
                    .map(|&code| StatusCode::from_u16(code).reason().len())
                    .sum::<usize>()
            })
        });
        group.bench_function("http", |b| {
            b.iter(|| {
                let reason = |code| {
                    http::StatusCode::from_u16(code)
                        .ok()
                        .and_then(|s| s.canonical_reason())
                };
                black_box(&codes)
                    .iter()
                    .map(|&code| len(reason(code)))
                    .sum::<usize>()
            })
        });
        group.bench_function("dense", |b| {
            b.iter(|| {
                black_box(&codes)
                    .iter()
                    .map(|&code| len(dense[usize::from(code - 100)]))
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

fn code_to_other(c: &mut Criterion) {
    let codes = shuffled(&(100..=599).collect::<Vec<u16>>());
    let dense = dense_table(StatusCode::description);

    let mut group = c.benchmark_group("description");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|&code| StatusCode::from_u16(code).description().len())
                .sum::<usize>()
        })
    });
    group.bench_function("dense", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|&code| len(dense[usize::from(code - 100)]))
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("class");
    group.throughput(Throughput::Elements(INPUTS as u64));
    group.bench_function("httpcodes", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|&code| StatusCode::from_u16(code).class() as usize)
                .sum::<usize>()
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let class = |code| {
                let status = http::StatusCode::from_u16(code).unwrap();
                match () {
                    _ if status.is_informational() => 0,
                    _ if status.is_success() => 1,
                    _ if status.is_redirection() => 2,
                    _ if status.is_client_error() => 3,
                    _ => 4,
                }
            };
            black_box(&codes).iter().map(|&code| class(code)).sum::<usize>()
        })
    });
    group.bench_function("dense", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|&code| usize::from(code / 100 - 1))
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(INPUTS as u64));
    let mut out = String::with_capacity(64);
    group.bench_function("httpcodes", |b| {
        b.iter(|| {
            let mut total = 0;
            for &code in black_box(&codes) {
                out.clear();
                write!(out, "{}", StatusCode::from_u16(code)).unwrap();
                total += out.len();
            }
            total
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut total = 0;
            for &code in black_box(&codes) {
                out.clear();
                write!(out, "{}", http::StatusCode::from_u16(code).unwrap()).unwrap();
                total += out.len();
            }
            total
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
    group.bench_function("httpcodes", |b| {
        b.iter(|| {
            black_box(&phrases)
                .iter()
                .filter_map(|p| StatusCode::from_reason(p))
                .count()
        })
    });
    group.bench_function("scan", |b| {
        b.iter(|| {
            let scan = |p: &str| {
                StatusCode::ALL
                    .iter()
                    .find(|s| s.reason().eq_ignore_ascii_case(p))
            };
            black_box(&phrases).iter().filter_map(|p| scan(p)).count()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("from_str");
    for input in ["404", "404 Not Found", "Not Found"] {
        group.bench_function(input, |b| b.iter(|| black_box(input).parse::<StatusCode>()));
    }
    group.finish();
}

criterion_group!(benches, code_to_reason, code_to_other, phrase_to_code);
criterion_main!(benches);
