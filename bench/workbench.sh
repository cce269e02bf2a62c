#!/usr/bin/env bash
# The applications window on N applications, side by side with a Qt program that shows an
# empty window and with a plain QSqlQueryModel over the same file, in one run. Prints medians of
# five starts and the ratios; then search, sort and jump latencies. Figures only.
#   bench/workbench.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
set -euo pipefail
build=${1:-build}
bench="$build/bench/bench_workbench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=${2:-}
if [ -z "$db" ]; then
    db="$work/bench.sqlite"
    "$build/src/cli/admissions-desk-cli" --db "$db" seed-demo --applicants 1000000 >/dev/null 2>&1
fi
export QT_QPA_PLATFORM=offscreen
# Opens (and upgrades, if it must) the file once, so that every start below finds it ready.
"$bench" window "$db" >/dev/null

median_first_paint() { # mode [db]
    for _ in 1 2 3 4 5; do "$bench" "$@" | awk '$1 == "first_paint" { print $2 }'; done |
        sort -n | sed -n 3p
}
empty=$(median_first_paint empty)
plain=$(median_first_paint sqlquerymodel "$db")
ours=$(median_first_paint window "$db")
echo "first screen of rows, median of 5 starts (ms):"
awk -v e="$empty" -v p="$plain" -v o="$ours" 'BEGIN {
    printf "  empty Qt window       %8.1f\n", e
    printf "  plain QSqlQueryModel  %8.1f  (%.2f x empty)\n", p, p / e
    printf "  Admissions Desk       %8.1f  (%.2f x empty)\n", o, o / e }'
echo "Admissions Desk window, peak memory:"
"$bench" window "$db" | awk '$1 == "peak_memory" { printf "  %.1f MiB\n", $2 }'
echo "interaction:"
"$bench" interact "$db" | sed 's/^/  /'
