# Sourced by the CSV benchmarks: a scratch folder removed on exit, the database to measure,
# and timing with /usr/bin/time.
#   . "$(dirname "$0")/common.sh"; bench_start BUILD_DIR [DB]
# sets $work, $cli and $db (without DB: 1,000,000 seeded applications in $work).

bench_start() {
    build=${1:-build}
    cli="$build/src/cli/admissions-desk-cli"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    db=${2:-}
    if [ -z "$db" ]; then
        db="$work/bench.sqlite"
        "$cli" --db "$db" seed-demo --applicants 1000000 >/dev/null 2>&1
    fi
}

# measure LABEL COMMAND...: runs it, appends "LABEL seconds peak_kib" to $work/runs; a failing
# command stops the benchmark with its last lines.
measure() {
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$label.out" 2>&1 || {
        echo "$label failed:" >&2
        tail -n 5 "$work/$label.out" >&2
        exit 1
    }
    echo "$label $(cat "$work/time")" >>"$work/runs"
}

# median LABEL: the middle of three runs, as "LABEL seconds peak_kib".
median() { grep "^$1 " "$work/runs" | sort -k2 -n | sed -n 2p; }
