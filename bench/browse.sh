#!/usr/bin/env bash
# A page of the applications list under every sort, at the top and at 25%, 50% and 75% of the
# list, as the table reads it: at an offset (LIMIT/OFFSET, before the pages' anchors are
# recorded) and on from the page's anchor (a seek: a few ranges of the sort's index); and the
# pass that records the anchors, in the background. Each beside the sqlite3 shell running the
# same statements, in one run. Medians of three; the shell's figures are its own statement
# times (.timer), without starting a process. Figures only.
#   bench/browse.sh BUILD_DIR DB [COLUMNS]   (id,name,email,phone,track,cohort,status,owner,
#                                             applied,last_change,score: all without it)
set -euo pipefail
build=${1:-build}
db=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shell_ms FILE: the median over three runs of the sum of the statements' times in FILE.
shell_ms() {
    for _ in 1 2 3; do
        { echo ".timer on"; cat "$1"; } | sqlite3 -readonly "$db" |
            awk '/^Run Time:/ { s += $4 } END { printf "%.2f\n", s * 1000 }'
    done | sort -n | sed -n 2p
}
ratio() { awk -v o="$1" -v s="$2" 'BEGIN { printf "%.2f", (s > 0 ? o / s : 0) }'; }

echo "schema v$(sqlite3 -readonly "$db" "PRAGMA user_version")," \
    "$(sqlite3 -readonly "$db" "SELECT count(*) FROM applications") applications;" \
    "a page is 256 rows; milliseconds, medians of 3"
printf "%-12s %-4s %4s %8s | %9s %9s %6s | %8s %8s %6s | %8s %8s\n" column dir at row \
    "offset" "shell" ratio "anchored" "shell" ratio "pass" "shell"
"$build/bench/bench_browse" "$db" "$work" ${3:+"$3"} 2>/dev/null |
    while read -r column direction at row offset anchored pass; do
        label="$column-$direction-${at%\%}"
        same=$(shell_ms "$work/$label.sql")
        seek=$(shell_ms "$work/$label.seek.sql")
        if [ "$at" = 0% ]; then
            pass_shell=$(shell_ms "$work/$column-$direction.anchors.sql")
        fi
        printf "%-12s %-4s %4s %8d | %9.1f %9.1f %6s | %8.1f %8.1f %6s | %8.0f %8.0f\n" \
            "$column" "$direction" "$at" "$row" "$offset" "$same" "$(ratio "$offset" "$same")" \
            "$anchored" "$seek" "$(ratio "$anchored" "$seek")" "$pass" "$pass_shell"
    done
