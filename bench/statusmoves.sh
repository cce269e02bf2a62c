#!/usr/bin/env bash
# What a schema's triggers and indexes add to a status change: COUNT applications moved in one
# bulk change through StatusService (bench_statusmoves), on two copies of one file side by side,
# say before and after a migration; each round moves the next COUNT applications of the status,
# the same ones in both files. Medians of three rounds. Figures only. It writes to both files:
# give it copies.
#   ADMISSIONS_DESK_TOKEN=… bench/statusmoves.sh BUILD_DIR BEFORE.sqlite AFTER.sqlite [COUNT]
set -euo pipefail
build=$1 before=$2 after=$3 count=${4:-10000}
bench="$build/bench/bench_statusmoves"
printf '%-28s %8s %12s %12s %9s\n' "move (median of 3, s)" moved "$(basename "$before")" \
    "$(basename "$after")" ratio
for move in "applied screening" "active graduated"; do
    set -- $move
    b=() a=() moved=0
    for round in 0 1 2; do
        read -r moved seconds < <("$bench" "$before" "$1" "$2" "$count" $((round * count)))
        b+=("$seconds")
        read -r moved seconds < <("$bench" "$after" "$1" "$2" "$count" $((round * count)))
        a+=("$seconds")
    done
    mb=$(printf '%s\n' "${b[@]}" | sort -n | sed -n 2p)
    ma=$(printf '%s\n' "${a[@]}" | sort -n | sed -n 2p)
    awk -v l="$1 -> $2" -v n="$moved" -v b="$mb" -v a="$ma" \
        'BEGIN { printf "%-28s %8d %12.2f %12.2f %8.2fx\n", l, n, b, a, a / b }'
done
