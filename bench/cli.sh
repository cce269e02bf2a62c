#!/usr/bin/env bash
# One command line of each kind on a large file, side by side in one run with the sqlite3 shell
# running the very SQL that the command ran (its statements as the desk traced them,
# QT_LOGGING_RULES="admissions.sql.trace.debug=true", with their bound values), process start
# included for both: medians of three runs and their ratio. The commands look at the middle of
# the data: applications from the middle of the id range, in open cohorts; a waitlisted one of
# the longest waitlist for `show`. For reference: each program's process start alone, and
# PRAGMA quick_check on a read-only connection (what every writing command ran before it
# opened a file). Figures only: nothing passes or fails.
#   bench/cli.sh BUILD_DIR DB [TOKEN_FILE]
# DB is only read: the commands run on a copy in the scratch folder (mktemp -d, so TMPDIR needs
# the file's size free). Sign-in: an administrator's token from TOKEN_FILE or
# ADMISSIONS_DESK_TOKEN, or none on a desk without passwords (the operating-system account).
# The shell replays a write's statements after the desk made it: its UPDATEs write the same
# values again, and an INSERT that names its id (an audit record) fails at once on the copy.
set -euo pipefail
. "$(dirname "$0")/common.sh"
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR DB [TOKEN_FILE]" >&2; exit 2; }
bench_start "$1" "$2"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
copy="$work/copy.sqlite"
cp "$db" "$copy"
if [ -s "$db-wal" ]; then cp "$db-wal" "$copy-wal"; fi
sign_in=()
if [ -n "${3:-}" ]; then sign_in=(--token-file "$3"); fi
echo "load before: $(uptime | sed 's/^ *//')"
# Upgrades the copy if it must, and warms the page cache for both programs alike.
"$cli" --db "$copy" "${sign_in[@]}" cohort list >/dev/null

q() { sqlite3 -readonly "$copy" "$1"; }
middle=$(($(q "SELECT max(id) FROM applications") / 2))
# Three of each, one per run: a write moves its own application.
interviewed=($(q "SELECT a.id FROM applications a JOIN cohorts c ON c.id = a.cohort_id
    WHERE a.id >= $middle AND a.status = 'interviewed' AND c.state = 'open' ORDER BY a.id LIMIT 3"))
scored=($(q "SELECT id FROM applications WHERE id >= $middle AND status = 'screening'
    ORDER BY id LIMIT 3"))
longest=$(q "SELECT cohort_id FROM applications INDEXED BY applications_cohort_queue
    WHERE status = 'waitlisted' GROUP BY cohort_id ORDER BY count(*) DESC LIMIT 1")
waiting=$(q "SELECT id FROM applications WHERE cohort_id = $longest AND status = 'waitlisted'
    ORDER BY queue_at, applied_at, id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM applications
    WHERE cohort_id = $longest AND status = 'waitlisted')")
paid=$(q "SELECT application_id FROM payments WHERE application_id >= $middle
    ORDER BY application_id LIMIT 1")

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# wall_ms FILE COMMAND...: appends the command's wall time in ms to FILE; stderr to $work/err.
wall_ms() {
    local file=$1 start
    shift
    start=$(now_ms)
    "$@" >/dev/null 2>"$work/err" || true
    echo $(($(now_ms) - start)) >>"$file"
}
median_of() { sort -n "$1" | sed -n 2p; }

# row LABEL ROUND_ARGS: runs the desk three times, each with the arguments ROUND_ARGS prints
# for the round, traced, then the shell on each run's SQL.
printf '%-40s %9s %9s %9s %6s\n' "command (median of 3, ms)" "desk" "shell" "desk/sh" "stmts"
row() {
    local label=$1 args=$2 round
    : >"$work/desk" && : >"$work/shell"
    for round in 0 1 2; do
        # shellcheck disable=SC2046 # the arguments are words without spaces
        wall_ms "$work/desk" env QT_LOGGING_RULES="admissions.sql.trace.debug=true" \
            "$cli" --db "$copy" "${sign_in[@]}" $($args "$round")
        grep '^admissions.sql.trace: ' "$work/err" | sed 's/^admissions.sql.trace: [0-9.]* ms //; s/$/;/' \
            >"$work/statements.sql"
        wall_ms "$work/shell" sqlite3 "$copy" ".read $work/statements.sql"
    done
    awk -v l="$label" -v d="$(median_of "$work/desk")" -v s="$(median_of "$work/shell")" \
        -v n="$(wc -l <"$work/statements.sql")" \
        'BEGIN { printf "%-40s %9d %9d %8.2fx %6d\n", l, d, s, d / s, n }'
}
status_set() { echo "status set ${interviewed[$1]} qualified"; }
score_set() { echo "score set ${scored[$1]} 70"; }
show() { echo "show $waiting"; }
cohort_list() { echo "cohort list"; }
payment_list() { echo "payment list $paid"; }
staff_list() { echo "staff list"; }

row "status set (interviewed -> qualified)" status_set
row "score set" score_set
row "show (waitlisted, middle of the longest)" show
row "cohort list" cohort_list
row "payment list" payment_list
row "staff list" staff_list

: >"$work/desk" && : >"$work/shell" && : >"$work/check"
for _ in 0 1 2; do
    wall_ms "$work/desk" "$cli" --version
    wall_ms "$work/shell" sqlite3 "$copy" "SELECT 1"
    wall_ms "$work/check" sqlite3 -readonly "$copy" "PRAGMA quick_check"
done
echo "process start alone: desk $(median_of "$work/desk") ms (--version)," \
    "shell $(median_of "$work/shell") ms (SELECT 1)"
echo "PRAGMA quick_check, read-only: $(median_of "$work/check") ms"
echo "load after: $(uptime | sed 's/^ *//')"
