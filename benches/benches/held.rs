//! Methods called on a `StatusCode` a program already holds (a response's status, a struct
//! field, a value parsed from a log line), as opposed to `from_u16(c).x()`, where the
//! optimizer sees the number and folds `from_u16` away (benches/lookup.rs times that).
//!
//! Every benchmark walks the same 1024 values, read from a `Vec` behind `black_box`, and
//! hands each answer to `black_box`, so that each call is made and kept and no loop is
//! vectorized. Three contenders per accessor: httpcodes, `http::StatusCode` holding the
//! same numbers where it has an equivalent, and a floor: the same work on a held `u16`, with
//! a dense table indexed by the number where the answer is data (filled from httpcodes
//! before timing, and checked to give the same answers). `benches/ratios.sh` prints the
//! table.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::hash::Hash;
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use httpcodes::{Class, StatusCode};

const INPUTS: usize = 1024;

/// Codes an access log is full of, with how many extra times each is in the pool the values
/// are drawn from; 200 ends up about a third of the values.
const COMMON: [(u16, usize); 20] = [
    (200, 60),
    (304, 10),
    (404, 8),
    (301, 4),
    (302, 4),
    (206, 3),
    (204, 3),
    (403, 3),
    (499, 3),
    (500, 3),
    (400, 2),
    (401, 2),
    (502, 2),
    (503, 2),
    (429, 2),
    (101, 1),
    (201, 1),
    (307, 1),
    (308, 1),
    (504, 1),
];

/// Numbers with no variant of their own, each once in the pool: unregistered codes of every
/// class (vendors' among them), and invalid numbers above 599. None is below 100 or above
/// 999, so that `http::StatusCode` holds the same numbers.
const UNREGISTERED: [u16; 19] = [
    150, 199, 250, 299, 350, 420, 444, 460, 494, 499, 520, 522, 524, 530, 599, 600, 601, 700, 999,
];

/// The numbers of the held values: a fixed pseudo-random draw (64-bit LCG) from a pool of
/// every registered code once, the unregistered numbers once and the common codes again as
/// weighted, so that every run times the same values in an order branch predictors cannot
/// learn. About 11% of the values are unregistered, 2.5% outside 100..=599.
fn numbers() -> Vec<u16> {
    let mut pool: Vec<u16> = StatusCode::ALL.iter().map(|status| status.code()).collect();
    pool.extend(UNREGISTERED);
    for (code, extra) in COMMON {
        pool.extend(std::iter::repeat_n(code, extra));
    }
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

/// The same numbers three ways.
struct Held {
    statuses: Vec<StatusCode>,
    http: Vec<http::StatusCode>,
    numbers: Vec<u16>,
}

impl Held {
    fn new() -> Held {
        let numbers = numbers();
        Held {
            statuses: numbers.iter().map(|&code| StatusCode::from_u16(code)).collect(),
            http: numbers
                .iter()
                .map(|&code| http::StatusCode::from_u16(code).unwrap())
                .collect(),
            numbers,
        }
    }
}

/// The floor's table: the answer for every number from 0 to 599, indexed by the number
/// itself, and one answer for every number above.
struct Dense<T> {
    table: [T; 600],
    above: T,
}

impl<T: Copy> Dense<T> {
    fn of(answer: impl Fn(StatusCode) -> T) -> Dense<T> {
        Dense {
            table: std::array::from_fn(|code| answer(StatusCode::from_u16(code as u16))),
            above: answer(StatusCode::from_u16(600)),
        }
    }

    #[inline(always)]
    fn get(&self, code: u16) -> T {
        match self.table.get(usize::from(code)) {
            Some(&answer) => answer,
            None => self.above,
        }
    }
}

// Each measured loop is a function of its own, never inlined, so every contender runs in
// the same surroundings and none is optimized into the harness.

#[inline(never)]
fn each<T: Copy, R>(values: &[T], answer: impl Fn(T) -> R) {
    for &value in values {
        black_box(answer(value));
    }
}

#[inline(never)]
fn each_neighbour<T: Copy + PartialEq>(values: &[T]) {
    for pair in values.windows(2) {
        black_box(pair[0] == pair[1]);
    }
}

#[inline(never)]
fn tally<T: Copy + Hash + Eq>(values: &[T], counts: &mut HashMap<T, usize>) -> usize {
    counts.clear();
    for &value in values {
        *counts.entry(value).or_default() += 1;
    }
    counts.len()
}

#[inline(never)]
fn sort<T: Copy + Ord>(values: &[T], scratch: &mut Vec<T>) {
    scratch.clear();
    scratch.extend_from_slice(values);
    scratch.sort_unstable();
    black_box(scratch);
}

#[inline(never)]
fn display<T: Copy, D: fmt::Display>(values: &[T], out: &mut String, make: impl Fn(T) -> D) {
    for &value in values {
        out.clear();
        write!(out, "{}", make(value)).unwrap();
        black_box(out.len());
    }
}

/// The floor for `Display`: one `write_str` of a line made in advance.
struct Precomputed<'a>(&'a str);

impl fmt::Display for Precomputed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

fn held_group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(format!("held_{name}"));
    group.throughput(Throughput::Elements(INPUTS as u64));
    group
}

/// One group `held_NAME` of `each` loops: httpcodes on the held statuses, `http` on its
/// own (if given), and the floor on the held numbers, after checking that the floor gives
/// httpcodes' answers.
macro_rules! held {
    ($c:expr, $held:expr, $name:literal, $ours:expr, floor: $floor:expr $(, http: $http:expr)? $(,)?) => {{
        let held: &Held = $held;
        for (&status, &code) in held.statuses.iter().zip(&held.numbers) {
            assert_eq!(($ours)(status), ($floor)(code), "{} of {code}", $name);
        }
        let mut group = held_group($c, $name);
        group.bench_function("httpcodes", |b| b.iter(|| each(black_box(&held.statuses), $ours)));
        $(group.bench_function("http", |b| b.iter(|| each(black_box(&held.http), $http)));)?
        group.bench_function("floor", |b| b.iter(|| each(black_box(&held.numbers), $floor)));
        group.finish();
    }};
}

fn numbers_and_classes(c: &mut Criterion) {
    let held = &Held::new();
    held!(c, held, "code", StatusCode::code, floor: |code: u16| code, http: |s: http::StatusCode| s.as_u16());
    let classes = Dense::of(StatusCode::class);
    held!(c, held, "class", StatusCode::class, floor: |code| classes.get(code), http: |s: http::StatusCode| {
        match s {
            s if s.is_informational() => Class::Informational,
            s if s.is_success() => Class::Success,
            s if s.is_redirection() => Class::Redirection,
            s if s.is_client_error() => Class::ClientError,
            _ => Class::ServerError,
        }
    });
    let in_range = |range: std::ops::Range<u16>| move |code: u16| range.contains(&code);
    held!(c, held, "is_informational", StatusCode::is_informational, floor: in_range(100..200),
        http: |s: http::StatusCode| s.is_informational());
    held!(c, held, "is_success", StatusCode::is_success, floor: in_range(200..300),
        http: |s: http::StatusCode| s.is_success());
    held!(c, held, "is_redirection", StatusCode::is_redirection, floor: in_range(300..400),
        http: |s: http::StatusCode| s.is_redirection());
    held!(c, held, "is_client_error", StatusCode::is_client_error, floor: in_range(400..500),
        http: |s: http::StatusCode| s.is_client_error());
    // http's counts 500..=599 only; ours every invalid number too, as RFC 9110 asks.
    held!(c, held, "is_server_error", StatusCode::is_server_error,
        floor: |code: u16| !(100..500).contains(&code), http: |s: http::StatusCode| s.is_server_error());
    held!(c, held, "is_valid", StatusCode::is_valid, floor: in_range(100..600));
}

fn registry_answers(c: &mut Criterion) {
    let held = &Held::new();
    let registered = Dense::of(StatusCode::is_registered);
    held!(c, held, "is_registered", StatusCode::is_registered, floor: |code| registered.get(code));
    let deprecated = Dense::of(StatusCode::is_deprecated);
    held!(c, held, "is_deprecated", StatusCode::is_deprecated, floor: |code| deprecated.get(code));
    let cacheable = Dense::of(StatusCode::is_cacheable_by_default);
    held!(c, held, "is_cacheable_by_default", StatusCode::is_cacheable_by_default,
        floor: |code| cacheable.get(code));
    let content = Dense::of(StatusCode::allows_content);
    held!(c, held, "allows_content", StatusCode::allows_content, floor: |code| content.get(code));
    let redirect = Dense::of(StatusCode::redirect_method);
    held!(c, held, "redirect_method", StatusCode::redirect_method, floor: |code| redirect.get(code));
    let preserves = Dense::of(StatusCode::preserves_method);
    held!(c, held, "preserves_method", StatusCode::preserves_method, floor: |code| preserves.get(code));
    let registry = Dense::of(StatusCode::registry_status);
    held!(c, held, "registry_status", StatusCode::registry_status, floor: |code| registry.get(code));
    let expiry = Dense::of(StatusCode::registration_expiry);
    held!(c, held, "registration_expiry", StatusCode::registration_expiry,
        floor: |code| expiry.get(code));
}

fn texts(c: &mut Criterion) {
    let held = &Held::new();
    let reasons = Dense::of(StatusCode::reason);
    held!(c, held, "reason", StatusCode::reason, floor: |code| reasons.get(code),
        http: |s: http::StatusCode| s.canonical_reason());
    let descriptions = Dense::of(StatusCode::description);
    held!(c, held, "description", StatusCode::description, floor: |code| descriptions.get(code));
    let references = Dense::of(StatusCode::reference);
    held!(c, held, "reference", StatusCode::reference, floor: |code| references.get(code));
    let urls = Dense::of(StatusCode::url);
    held!(c, held, "url", StatusCode::url, floor: |code| urls.get(code));
    let advice = Dense::of(StatusCode::retry_advice);
    held!(c, held, "retry_advice", StatusCode::retry_advice, floor: |code| advice.get(code));
    let fields = Dense::of(StatusCode::header_fields);
    held!(c, held, "header_fields", StatusCode::header_fields, floor: |code| fields.get(code));
    let unofficial = Dense::of(StatusCode::unofficial);
    held!(c, held, "unofficial", StatusCode::unofficial, floor: |code| unofficial.get(code));

    let lines: Vec<String> = (0..1000)
        .map(|code| StatusCode::from_u16(code).to_string())
        .collect();
    let mut out = String::with_capacity(64);
    let mut group = held_group(c, "display");
    group.bench_function("httpcodes", |b| {
        b.iter(|| display(black_box(&held.statuses), &mut out, |status| status))
    });
    group.bench_function("http", |b| {
        b.iter(|| display(black_box(&held.http), &mut out, |s| s))
    });
    group.bench_function("floor", |b| {
        b.iter(|| {
            display(black_box(&held.numbers), &mut out, |code| {
                Precomputed(&lines[usize::from(code)])
            })
        })
    });
    group.finish();
}

fn traits(c: &mut Criterion) {
    let held = &Held::new();
    let mut group = held_group(c, "hash_tally");
    let mut counts = HashMap::new();
    group.bench_function("httpcodes", |b| {
        b.iter(|| tally(black_box(&held.statuses), &mut counts))
    });
    let mut counts = HashMap::new();
    group.bench_function("http", |b| b.iter(|| tally(black_box(&held.http), &mut counts)));
    let mut counts = HashMap::new();
    group.bench_function("floor", |b| {
        b.iter(|| tally(black_box(&held.numbers), &mut counts))
    });
    group.finish();

    let mut group = held_group(c, "sort_unstable");
    let mut scratch = Vec::with_capacity(INPUTS);
    group.bench_function("httpcodes", |b| {
        b.iter(|| sort(black_box(&held.statuses), &mut scratch))
    });
    let mut scratch = Vec::with_capacity(INPUTS);
    group.bench_function("http", |b| b.iter(|| sort(black_box(&held.http), &mut scratch)));
    let mut scratch = Vec::with_capacity(INPUTS);
    group.bench_function("floor", |b| {
        b.iter(|| sort(black_box(&held.numbers), &mut scratch))
    });
    group.finish();

    let mut group = held_group(c, "eq_neighbour");
    group.bench_function("httpcodes", |b| {
        b.iter(|| each_neighbour(black_box(&held.statuses)))
    });
    group.bench_function("http", |b| b.iter(|| each_neighbour(black_box(&held.http))));
    group.bench_function("floor", |b| b.iter(|| each_neighbour(black_box(&held.numbers))));
    group.finish();

    held!(c, held, "eq_not_found", |s| s == StatusCode::NotFound, floor: |code| code == 404,
        http: |s| s == http::StatusCode::NOT_FOUND);
}

fn from_text(c: &mut Criterion) {
    let held = Held::new();
    let numbers: Vec<String> = held.numbers.iter().map(u16::to_string).collect();
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    // Three digits the way a user would read them, to a u16.
    let digits = |text: &str| match *text.as_bytes() {
        [hundreds @ b'1'..=b'9', tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => {
            u16::from(hundreds - b'0') * 100 + u16::from(tens - b'0') * 10 + u16::from(ones - b'0')
        }
        _ => 0,
    };
    let ours = |text: &str| text.parse().map_or(0, StatusCode::code);
    for &text in &numbers {
        assert_eq!(ours(text), digits(text), "{text}");
    }
    let mut group = held_group(c, "parse_code");
    group.bench_function("httpcodes", |b| b.iter(|| each(black_box(&numbers), ours)));
    group.bench_function("http", |b| {
        b.iter(|| {
            each(black_box(&numbers), |text| {
                http::StatusCode::from_str(text).map_or(0, |s| s.as_u16())
            })
        })
    });
    group.bench_function("floor", |b| b.iter(|| each(black_box(&numbers), digits)));
    group.finish();

    // The phrases of the registered values, in the same proportions; the comparison is
    // `from_reason` with its answer unread, for what reading the number back adds.
    let phrases: Vec<&str> = held
        .statuses
        .iter()
        .filter(|status| status.is_registered())
        .map(|status| status.reason())
        .cycle()
        .take(INPUTS)
        .collect();
    let mut group = held_group(c, "from_reason_code");
    group.bench_function("httpcodes", |b| {
        b.iter(|| {
            each(black_box(&phrases), |text| {
                StatusCode::from_reason(text).map_or(0, StatusCode::code)
            })
        })
    });
    group.bench_function("unread", |b| {
        b.iter(|| {
            each(black_box(&phrases), |text| {
                StatusCode::from_reason(text).is_some()
            })
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Each loop takes about a microsecond: half a second of warm-up and two of measuring
    // give criterion plenty of iterations.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = numbers_and_classes, registry_answers, texts, traits, from_text
}
criterion_main!(benches);
