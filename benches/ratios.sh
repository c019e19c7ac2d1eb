#!/usr/bin/env bash
# Runs `cargo bench -p httpcodes-bench --bench lookup` ROUNDS times (default 3) and prints the README's
# performance table. Each ratio compares two benchmarks of the same round, using criterion's
# median; the table shows the median of those ratios over the rounds. One round is not
# enough on a shared machine: bursts of load from elsewhere move single ratios by 30%.
#
#   benches/ratios.sh [ROUNDS]
set -euo pipefail
rounds="${1:-3}"
cd "$(dirname "$0")/.."
dir="${CARGO_TARGET_DIR:-target}/criterion"

for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  cargo bench -q -p httpcodes-bench --bench lookup -- --save-baseline "round$round" >/dev/null
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

row() { # name, group, floor benchmark (or -), compare with http (yes/no), target
  local floor="-" http="-"
  [ "$3" = "-" ] || floor="$(show_ratio "$(ratio_of "$2/httpcodes" "$2/$3")") $3"
  [ "$4" = "no" ] || http=$(show_ratio "$(ratio_of "$2/httpcodes" "$2/http")")
  echo "| $1 | $(show_time "$(time_of "$2/httpcodes")") | $floor | $http | $5 |"
}

echo "| lookup | httpcodes | vs floor | vs \`http\` | target |"
echo "|---|---|---|---|---|"
row "code -> reason, registered codes" reason_registered dense yes "<= 1.2x floor, <= 0.5x http"
row "code -> reason, uniform 100..=599" reason_uniform dense yes "<= 1.2x floor, <= 0.5x http"
row "code -> description" description dense no ""
row "code -> class" class dense yes ""
row "code -> Display" display - yes ""
row "phrase -> code, mixed case" from_reason scan no "<= 1.2x scan"
for input in 404 "404 Not Found" "Not Found"; do
  echo "| \`\"$input\".parse()\` | $(show_time "$(time_of "from_str/$input" 1)") | - | - | |"
done
echo
echo "$rounds rounds, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
