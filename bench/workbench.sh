#!/usr/bin/env bash
# The applications window on N applications, side by side with a Qt program that shows an
# empty window and with a plain QSqlQueryModel over the same file, in one run: medians of five
# starts, from launching the process to its first painted screen, and their ratios; then
# search, sort and jump latencies and peak memory. Figures only: nothing passes or fails.
#   bench/workbench.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
# Runs on a private Xvfb server when Xvfb is installed (as a person would see it), else
# offscreen.
set -euo pipefail
build=${1:-build}
bench="$build/bench/bench_workbench"
work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
db=${2:-}
if [ -z "$db" ]; then
    db="$work/bench.sqlite"
    "$build/src/cli/admissions-desk-cli" --db "$db" seed-demo --applicants 1000000 >/dev/null 2>&1
fi
if command -v Xvfb >/dev/null; then
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    export DISPLAY=$display QT_QPA_PLATFORM=xcb
    platform="Xvfb"
else
    export QT_QPA_PLATFORM=offscreen
    platform="offscreen"
fi
export XDG_CONFIG_HOME="$work/config" # no saved filters or sort from earlier runs
# Opens (and upgrades, if it must) the file once, so that every start below finds it ready.
"$bench" window "$db" >/dev/null 2>&1

median_start_to_paint() { # mode [db]
    for _ in 1 2 3 4 5; do
        start=$(date +%s%N)
        "$bench" "$@" 2>/dev/null |
            awk -v s="$start" '$1 == "first_paint_epoch_ns" { printf "%.1f\n", ($2 - s) / 1e6 }'
    done | sort -n | sed -n 3p
}
empty=$(median_start_to_paint empty)
plain=$(median_start_to_paint sqlquerymodel "$db")
ours=$(median_start_to_paint window "$db")
echo "from launch to the first painted screen of rows, median of 5 ($platform, ms):"
awk -v e="$empty" -v p="$plain" -v o="$ours" 'BEGIN {
    printf "  empty Qt window       %8.1f\n", e
    printf "  plain QSqlQueryModel  %8.1f  (%.2f x empty)\n", p, p / e
    printf "  Admissions Desk       %8.1f  (%.2f x empty)\n", o, o / e }'
echo "Admissions Desk window, peak memory after the first screen:"
"$bench" window "$db" 2>/dev/null | awk '$1 == "peak_memory" { printf "  %.1f MiB\n", $2 }'
echo "interaction:"
"$bench" interact "$db" 2>/dev/null | grep -v first_paint_epoch | sed 's/^/  /'
