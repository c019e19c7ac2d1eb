//! Nothing here: the benchmarks are in `benches/`, run by `ratios.sh`.
