#!/usr/bin/env bash
# Runs `cargo bench -p httpcodes-bench --bench held --bench lookup` ROUNDS times (default 3) and
# prints the README's performance tables: methods on held values (benches/held.rs), then folded
# `from_u16(c).x()` calls and lookups from text (benches/lookup.rs). Each ratio compares two
# benchmarks of the same round, using criterion's median; the table shows the median of those
# ratios over the rounds. One round is not enough on a shared machine: bursts of load from
# elsewhere move single ratios by 30%.
#
#   benches/ratios.sh [ROUNDS]
set -euo pipefail
rounds="${1:-3}"
cd "$(dirname "$0")/.."
dir="${CARGO_TARGET_DIR:-target}/criterion"

for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  cargo bench -q -p httpcodes-bench --bench held --bench lookup -- --save-baseline "round$round" >/dev/null
done

# Median time of one benchmark in one round, in ns per lookup (throughput groups walk 1024).
ns() { # benchmark, round, inputs per iteration
  sed -E 's/.*"median":\{"confidence_interval":\{[^}]*\},"point_estimate":([0-9.eE+-]+).*/\1/' \
    "$dir/$1/round$2/estimates.json" | awk -v per="${3:-1024}" '{ print $1 / per }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
time_of() { for r in $(seq "$rounds"); do ns "$1" "$r" "${2:-1024}"; done | median; }
ratio_of() { for r in $(seq "$rounds"); do echo "$(ns "$1" "$r") $(ns "$2" "$r")" | awk '{ print $1 / $2 }'; done | median; }

show_time() { awk -v t="$1" 'BEGIN { printf "%.1f ns", t }'; }
show_ratio() { awk -v r="$1" 'BEGIN { printf "%.2fx", r }'; }

# A ratio cell: OURS against each BENCHMARK:LABEL of GROUP, or "-" for none.
versus() { # group, ours, benchmark:label...
  local group=$1 ours=$2 cell=""
  shift 2
  for other in "$@"; do
    [ "$other" = "-" ] && continue
    cell="${cell:+$cell, }$(show_ratio "$(ratio_of "$group/$ours" "$group/${other%%:*}")")${other#*:}"
  done
  echo "${cell:--}"
}

row() { # name, group, our benchmark, target, floor (benchmark:label or -), http (benchmark:label...)
  local name=$1 group=$2 ours=$3 target=$4 floor=$5
  shift 5
  echo "| $name | $(show_time "$(time_of "$group/$ours")") | $(versus "$group" "$ours" "$floor") | $(versus "$group" "$ours" "$@") | $target |"
}

# A held value's method, against the same on http::StatusCode and on a held u16 (floor).
held() { # method, group, target, floor label, http label or -
  local http="http:$5"
  [ "$5" = "-" ] && http="-"
  row "$1" "held_$2" httpcodes "$3" "floor:$4" "$http"
}

echo "| on a held value | httpcodes | vs floor | vs \`http\` | target |"
echo "|---|---|---|---|---|"
class_target="<= 1.2x floor, <= 1.1x http"
held "\`code()\`" code "$class_target" " u16" " as_u16"
held "\`class()\`" class "$class_target" " dense" " is_*"
for test in informational success redirection client_error server_error; do
  held "\`is_$test()\`" "is_$test" "$class_target" " range" " is_$test"
done
held "\`is_valid()\`" is_valid "<= 1.2x floor" " range" -
for test in registered deprecated cacheable_by_default; do
  held "\`is_$test()\`" "is_$test" "<= 1.2x floor" " dense" -
done
for method in allows_content preserves_method redirect_method registry_status registration_expiry url reference; do
  held "\`$method()\`" "$method" "" " dense" -
done
held "\`reason()\`" reason "<= 1.3x floor" " dense" " canonical_reason"
for method in description retry_advice header_fields unofficial; do
  held "\`$method()\`" "$method" "<= 1.3x floor" " dense" -
done
held "\`Display\`" display "<= 0.3x http" " precomputed" ""
held "\`HashMap\` tally (\`Hash\`, \`==\`)" hash_tally "<= 1.0x http" " u16" ""
held "\`sort_unstable\` (\`Ord\`)" sort_unstable "<= 1.1x http" " u16" ""
held "\`==\` its neighbour in the \`Vec\`" eq_neighbour "<= 1.1x http" " u16" ""
held "\`== StatusCode::NotFound\`" eq_not_found "<= 1.1x http" " u16" ""
held "\`\"404\".parse()\` then \`code()\`" parse_code "<= 1.0x http" " digits" " from_str"
row "\`from_reason(phrase)\` then \`code()\`" held_from_reason_code httpcodes "" "unread: unread" -
echo
echo "| folded \`from_u16(c).x()\`; from text | httpcodes | vs floor | vs \`http\` | target |"
echo "|---|---|---|---|---|"
row "code -> reason, registered codes" reason_registered httpcodes "<= 1.2x floor, <= 0.5x http" "dense: dense" "http:"
row "code -> reason, uniform 100..=599" reason_uniform httpcodes "<= 1.2x floor, <= 0.5x http" "dense: dense" "http:"
row "code -> description" description httpcodes "<= 1.2x floor" "dense: dense" -
row "code -> class" class httpcodes "<= 2x floor" "dense: dense" "http:"
row "code -> Display, registered codes" display_registered httpcodes "<= 0.3x http" "precomputed: precomputed" "http:"
row "code -> Display, uniform 100..=599" display_uniform httpcodes "<= 0.3x http" "precomputed: precomputed" "http:"
row "phrase -> code, mixed case" from_reason httpcodes "<= 0.8x scan" "scan: plain scan" -
row "(phf's hash and index alone)" from_reason phf_floor "" "scan: plain scan" -
row "phrase -> code, misses" from_reason_miss httpcodes "" "scan: plain scan" -
row "three digits (\`\"404\".parse()\`)" parse_number httpcodes "<= 1.0x http" - "http: from_str" "http_bytes: from_bytes"
row "status line (\`\"404 Not Found\".parse()\`)" parse_line httpcodes "<= 1.3x from_reason" "from_reason: from_reason" -
row "phrase (\`\"Not Found\".parse()\`)" parse_line phrase "" "from_reason: from_reason" -
echo
echo "$rounds rounds, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
