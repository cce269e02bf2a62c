#!/usr/bin/env bash
# `check` on a large file beside its reference, SQLite's own PRAGMA integrity_check run
# read-only in the sqlite3 shell, in one run: the whole command (process start included), then
# each part of it alone on one read-only connection (bench_check): SQLite's integrity and
# foreign key checks, each rule, the audit chain and the fairness replay, each on a line of
# its own with its ratio to the reference, and the rules summed. Medians of RUNS runs (3).
# Figures only: nothing passes or fails.
#   bench/check.sh BUILD_DIR DB
#   CLI=… PARTS=… bench/check.sh ...   the whole command (admissions-desk-cli) and the parts
#                                      (bench_check) of another build: before a change
# DB is only read; the command opens it read-only, as `check` always does.
set -euo pipefail
. "$(dirname "$0")/common.sh"
[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR DB" >&2; exit 2; }
bench_start "$1" "$2"
cli=${CLI:-$cli}
parts=${PARTS:-$1/bench/bench_check}
runs=${RUNS:-3}
echo "load before: $(uptime | sed 's/^ *//')"
# The file into the page cache for every program alike.
cat "$db" >/dev/null

# seconds COMMAND...: its wall time; `check` exits 1 when it finds problems, which is a result.
seconds() {
    /usr/bin/time -f "%e" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || [ $? -eq 1 ] || {
        echo "failed: $*" >&2
        tail -n 5 "$work/err" >&2
        exit 1
    }
    cat "$work/time"
}
: >"$work/runs"
for _ in $(seq "$runs"); do
    echo "reference $(seconds sqlite3 -readonly "$db" "PRAGMA integrity_check")" >>"$work/runs"
    echo "check $(seconds "$cli" --db "$db" check)" >>"$work/runs"
    "$parts" "$db" >>"$work/runs" 2>"$work/err" || {
        echo "failed: $parts" >&2
        tail -n 5 "$work/err" >&2
        exit 1
    }
done
middle() { grep "^$1 " "$work/runs" | sort -k2 -n | awk '{ v[NR] = $2 } END { print v[int((NR + 1) / 2)] }'; }
problems() { grep "^$1 " "$work/runs" | head -n 1 | awk '{ print $3 }'; }
reference=$(middle reference)

printf '%-44s %9s %9s %9s\n' "part (median of $runs runs)" "seconds" "/ ref" "problems"
line() { # LABEL SECONDS [PROBLEMS]
    awk -v l="$1" -v s="$2" -v r="$reference" -v p="${3:-}" \
        'BEGIN { printf "%-44s %9.2f %8.2fx %9s\n", l, s, s / r, p }'
}
line "PRAGMA integrity_check, sqlite3 -readonly" "$reference"
line "check, the whole command" "$(middle check)"
rules=0
for part in integrity foreign-keys seats waitlist history history-guards report-summaries \
    status-totals sort-keys dates erasures audit-chain fairness-replay; do
    s=$(middle "$part")
    line "  $part alone" "$s" "$(problems "$part")"
    case $part in
    integrity | foreign-keys | audit-chain | fairness-replay) ;;
    *) rules=$(awk -v a="$rules" -v b="$s" 'BEGIN { print a + b }') ;;
    esac
done
line "  the rules (seats … erasures) summed" "$rules"
awk -v r="$reference" -v c="$(middle check)" 'BEGIN {
    printf "goal: check <= 1.2 x reference + 5 s = %.2f s; check - 1.2 x reference = %.2f s\n",
        1.2 * r + 5, c - 1.2 * r }'
echo "load after: $(uptime | sed 's/^ *//')"
