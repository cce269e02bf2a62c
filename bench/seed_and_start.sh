#!/usr/bin/env bash
# Prints the time and peak memory of seeding N applications, of `cohort list` and `check` on
# the result, and of the desktop program's start up to its first painted screen of rows.
# Figures only: nothing here passes or fails on time.
#   bench/seed_and_start.sh [BUILD_DIR] [N]
set -euo pipefail
. "$(dirname "$0")/common.sh" # audit_share; measure is this script's own, below
build=${1:-build}
n=${2:-1000000}
cli="$build/src/cli/admissions-desk-cli"
app="$build/src/app/admissions-desk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"

measure() { # label command...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || {
        echo "$label failed:"; cat "$work/err"; exit 1; }
    read -r seconds kib < "$work/time"
    awk -v l="$label" -v s="$seconds" -v k="$kib" 'BEGIN { printf "%-28s %8.2f s  %8.1f MiB peak\n", l, s, k / 1024 }' 
}

echo "Admissions Desk, $n applications, $(nproc) cores, $(date -u +%F)"
measure "seed-demo" "$cli" --db "$db" seed-demo --applicants "$n" --seed 1
awk -v b="$(stat -c %s "$db")" 'BEGIN { printf "%-28s %8.1f MiB\n", "file size", b / 1048576 }' 
printf "%-28s %s\n" "of which" "$(audit_share "$db")"
measure "cohort list" "$cli" --db "$db" cohort list
measure "check" "$cli" --db "$db" check
if [ -x "$app" ]; then
    # Runs until the whole-file check beside the window has passed; the program logs when its
    # first rows were painted.
    measure "window (offscreen) + check" env QT_QPA_PLATFORM=offscreen \
        QT_LOGGING_RULES="admissions.app.info=true" "$app" --db "$db" --screenshot "$work/shot.png"
    grep -o "first rows painted after [0-9]* ms" "$work/err" | sed 's/^/window: /'
fi
