#!/usr/bin/env bash
# CSV import of every application, side by side in one run with the sqlite3 shell's .import of
# the same file into a bare table: wall time, rows per second, peak memory and their ratios.
# The CSV and the empty target are import_inputs' (common.sh); each import of ours goes into a
# fresh copy of the target. Figures only: nothing passes or fails.
#   bench/import.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
set -euo pipefail
. "$(dirname "$0")/common.sh"
bench_start "$@"
import_inputs

for round in 1 2 3; do
    rm -f "$work"/shell.sqlite* "$work"/desk.sqlite*
    cp "$work/empty.sqlite" "$work/desk.sqlite"
    measure shell sqlite3 "$work/shell.sqlite" -cmd ".mode csv" ".import $work/applications.csv applications"
    measure desk "$cli" --db "$work/desk.sqlite" import "$work/applications.csv"
done
rows=$(sqlite3 "$work/shell.sqlite" "SELECT count(*) FROM applications")
imported=$(sqlite3 "$work/desk.sqlite" "SELECT count(*) FROM applications")
read -r _ shell_s shell_kib <<<"$(median shell)"
read -r _ desk_s desk_kib <<<"$(median desk)"
echo "import of $rows applications ($(du -h "$work/applications.csv" | cut -f1) of CSV), median of 3 runs:"
awk -v rows="$rows" -v s="$shell_s" -v sk="$shell_kib" -v d="$desk_s" -v dk="$desk_kib" 'BEGIN {
    printf "  sqlite3 shell .import  %6.2f s  %9.0f rows/s  %6.1f MiB peak\n", s, rows / s, sk / 1024
    printf "  Admissions Desk        %6.2f s  %9.0f rows/s  %6.1f MiB peak  (%.2f x the shell)\n",
        d, rows / d, dk / 1024, d / s }'
echo "applications in the imported file: $imported; our report: $(grep -E '^(Rows read|New applications):' "$work/desk.out" | tr -s ' ' | paste -sd ';')"
echo "imported file: $(awk -v b="$(stat -c %s "$work/desk.sqlite")" 'BEGIN { printf "%.1f", b / 1048576 }') MiB; $(audit_share "$work/desk.sqlite")"
