# Sourced by the CSV benchmarks: a scratch folder removed on exit, the database to measure,
# and timing with /usr/bin/time.
#   . "$(dirname "$0")/common.sh"; bench_start BUILD_DIR [DB]
# sets $work, $cli and $db (without DB: 1,000,000 seeded applications in $work).

bench_start() {
    build=${1:-build}
    cli="$build/src/cli/admissions-desk-cli"
    work=$(mktemp -d)
    trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
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

# import_inputs: $work/applications.csv, our own export of the importable columns (names,
# contacts, track, cohort, applied date, sources, notes) of $db, and $work/empty.sqlite, our
# schema with $db's tracks and cohorts and no applicants: what the import benchmarks import
# into.
import_inputs() {
    local columns=first_name,last_name,email,phone,track,cohort,applied_at,country,time_zone
    columns=$columns,linkedin_url,github_url,portfolio_url,source,campaign,referrer,consent,notes
    "$cli" --db "$db" export applications --columns "$columns" -o "$work/applications.csv" \
        >/dev/null 2>&1
    "$cli" --db "$work/empty.sqlite" init >/dev/null
    {
        echo "BEGIN;"
        for table in tracks cohorts refund_schedule; do
            sqlite3 "$db" ".mode insert $table" "SELECT * FROM $table"
        done
        echo "COMMIT;"
    } | sqlite3 "$work/empty.sqlite"
}

# audit_share DB: what the audit trail takes of the file: its records, its personal values and
# the pages of its tables and indexes (SQLite's dbstat).
audit_share() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM audit_events), (SELECT count(*) FROM audit_values),
        sum(pgsize) FILTER (WHERE name LIKE 'audit%'), sum(pgsize) FROM dbstat" |
        awk -F'|' '{ printf "audit trail: %d records, %d personal values, %.1f MiB of %.1f MiB (%.1f%%)\n",
            $1, $2, $3 / 1048576, $4 / 1048576, 100 * $3 / $4 }'
}

# timed DB: runs the script on stdin in the sqlite3 shell and prints "label<TAB>seconds" for
# each label, the statements after it summed; a failing statement stops the benchmark.
timed() {
    sqlite3 -bail -cmd ".timer on" "$1" 2>&1 | awk '
        /^(Error|Parse error|Runtime error)/ { print > "/dev/stderr"; failed = 1 }
        /^@/ { label = substr($0, 2); order[++n] = label }
        /^Run Time:/ && label != "" { seconds[label] += $4 }
        END {
            for (i = 1; i <= n; ++i) printf "%s\t%.3f\n", order[i], seconds[order[i]]
            exit failed
        }'
}

# import_settings_sql: our import's connection settings (WAL, synchronous FULL, foreign keys, a
# 64 MiB page cache, CHECKs left to the caller), with the rows the shell's .import staged in
# $work/staging.sqlite attached as "s".
import_settings_sql() {
    echo "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;"
    echo "PRAGMA ignore_check_constraints = 1; ATTACH '$work/staging.sqlite' AS s;"
}

# staged_rows_sql CONDITION: the staged rows (our export's importable columns) moved into
# applicants and applications by plain INSERT … SELECT, applied at $now, with the list's sort
# keys, as our import writes them (schema v23, v24's name and email); CONDITION ("AND …")
# narrows the applications, e.g. to those of new applicants. Each step is labelled for timed().
staged_rows_sql() {
    local phone="ltrim(x.phone, '''')" # our export's formula guard
    local phone_norm="replace(replace(replace(replace($phone, ' ', ''), '-', ''), '(', ''), ')', '')"
    cat <<SQL
.print @applicants
INSERT OR IGNORE INTO applicants (first_name, last_name, email, email_norm, phone, phone_norm,
  country, time_zone, linkedin_url, github_url, portfolio_url, source, campaign, referrer,
  consent, notes, created_at, updated_at)
SELECT x.first_name, x.last_name, x.email, lower(trim(x.email)), $phone, $phone_norm,
  x.country, x.time_zone, x.linkedin_url, x.github_url, x.portfolio_url, x.source, x.campaign,
  x.referrer, x.consent, x.notes, $now, $now
FROM s.applications x ORDER BY x.rowid;
.print @applications
INSERT INTO applications (applicant_id, track_id, cohort_id, status, applied_at,
  status_changed_at, updated_at, cohort_name, applicant_phone, applicant_last_name,
  applicant_first_name, applicant_email)
SELECT p.id, t.id, c.id, 'applied', x.applied_at, $now, $now, c.name, p.phone_norm,
  p.last_name, p.first_name, p.email_norm
FROM s.applications x JOIN applicants p ON p.email_norm = lower(trim(x.email))
  JOIN tracks t ON t.code = x.track LEFT JOIN cohorts c ON c.name = x.cohort
WHERE 1 $1 ORDER BY x.rowid;
SQL
}
