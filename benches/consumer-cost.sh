#!/usr/bin/env bash
# What depending on httpcodes costs a downstream crate:
#  1. clean debug build time of a binary crate depending only on httpcodes (default
#     features) next to the same crate depending only on `http`: ROUNDS clean builds of
#     each, alternating, and the median of the per-round ratios;
#  2. how much a stripped release binary grows when it calls `from_u16(..).description()`,
#     and when it also prints the vendors' meanings from `from_u16(..).unofficial()`.
#
#   benches/consumer-cost.sh [ROUNDS]
set -euo pipefail
rounds="${1:-5}"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

consumer() { # name, dependency line, body of main
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n\n[profile.release]\nstrip = true\n' \
    "$1" "$2" >"$work/$1/Cargo.toml"
  printf 'fn main() {\n    let code = std::env::args().count() as u16;\n    %s\n}\n' "$3" >"$work/$1/src/main.rs"
  (cd "$work/$1" && cargo fetch -q) # downloads are no part of build time
}

# A crate from crates.io is compiled without incremental compilation, while a path
# dependency like this one would get it (and its overhead); turn it off so httpcodes is
# built as a user would build it, like `http` is.
export CARGO_INCREMENTAL=0

seconds() { # crate: one clean debug build
  (cd "$work/$1" && cargo clean -q && start=$(date +%s.%N) && cargo build -q --offline &&
    echo "$start $(date +%s.%N)" | awk '{ print $2 - $1 }')
}

consumer uses-httpcodes "httpcodes = { package = \"httpcodes-rfc9110\", path = \"$root\" }" \
  'println!("{}", httpcodes::StatusCode::from_u16(code).reason());'
consumer uses-http 'http = "1"' \
  'println!("{:?}", http::StatusCode::from_u16(code).ok().and_then(|s| s.canonical_reason()));'

echo "clean debug build, seconds (httpcodes / http):"
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    ours=$(seconds uses-httpcodes) theirs=$(seconds uses-http)
  else
    theirs=$(seconds uses-http) ours=$(seconds uses-httpcodes)
  fi
  echo "$ours $theirs" | awk '{ printf "  %.2f / %.2f = %.2fx\n", $1, $2, $1 / $2 }'
done | tee "$work/rounds"
awk '{ print $5 + 0 }' "$work/rounds" | sort -g |
  awk '{ v[NR] = $1 } END { printf "median ratio: %.2fx\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'

consumer size-base '' 'println!("{code}");'
consumer size-description "httpcodes = { package = \"httpcodes-rfc9110\", path = \"$root\" }" \
  'println!("{}", httpcodes::StatusCode::from_u16(code).description());'
consumer size-unofficial "httpcodes = { package = \"httpcodes-rfc9110\", path = \"$root\" }" \
  'let status = httpcodes::StatusCode::from_u16(code);
    println!("{}", status.description());
    for entry in status.unofficial() {
        println!("{entry}: {} <{}>", entry.description(), entry.url());
    }'
size() { (cd "$work/$1" && cargo build -q --offline --release && stat -c %s "target/release/$1"); }
base=$(size size-base)
with=$(size size-description)
unofficial=$(size size-unofficial)
echo "stripped release binary: $base bytes; with from_u16(..).description(): $with bytes (+$((with - base)))"
echo "  and also printing from_u16(..).unofficial(): $unofficial bytes (+$((unofficial - with)) over description alone)"
