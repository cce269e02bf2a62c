#!/usr/bin/env bash
# The weekly import: a web-form export of 10,000 new applications into a large desk, side by side
# in one run with the least any import of those rows into that file can take ("floor"): the
# sqlite3 shell moving the staged rows into a copy of the file by plain INSERT … SELECT, every
# index and trigger kept current, the new rows' search entries, and the commit, with our
# import's connection settings. The floor skips our checks, duplicate logic and audit records.
# Each import goes into a fresh copy of DB (which is never written). Medians of 3; figures only.
#   bench/import-weekly.sh BUILD_DIR DB [ROWS [TOKEN_FILE]]
#     ROWS: applicants in the weekly file, 10,000; TOKEN_FILE: an administrator's token of DB for
#     the import (a desk with passwords), not for the weekly file's own demo desk
set -euo pipefail
. "$(dirname "$0")/common.sh"
[ $# -ge 2 ] || { echo "usage: $0 BUILD_DIR DB [ROWS [TOKEN_FILE]]" >&2; exit 2; }
bench_start "$1" "$2"
rows=${3:-10000}
sign_in=()
if [ -n "${4:-}" ]; then sign_in=(--token-file "$4"); fi

# A week of new applicants: a demo desk of ROWS applicants (another seed, so other people) in
# our export's importable columns; its tracks and cohorts are named as the large desk's are.
"$cli" --db "$work/week.sqlite" seed-demo --applicants "$rows" --seed 99 >/dev/null 2>&1
columns=first_name,last_name,email,phone,track,cohort,applied_at,country,time_zone
columns=$columns,linkedin_url,github_url,portfolio_url,source,campaign,referrer,consent,notes
"$cli" --db "$work/week.sqlite" export applications --columns "$columns" -o "$work/weekly.csv" \
    >/dev/null 2>&1
sqlite3 "$work/staging.sqlite" -cmd ".mode csv" ".import $work/weekly.csv applications"
lines=$(sqlite3 "$work/staging.sqlite" "SELECT count(*) FROM applications")

now="'2026-12-07T09:00:00.000Z'"
floor_sql() {
    import_settings_sql
    cat <<SQL
CREATE TEMP TABLE before AS SELECT (SELECT max(id) FROM applicants) AS applicant,
  (SELECT max(id) FROM applications) AS application;
BEGIN;
SQL
    staged_rows_sql "AND p.id > (SELECT applicant FROM temp.before)"
    cat <<SQL
.print @status events
INSERT INTO status_events (application_id, from_status, to_status, at, reason, cause)
SELECT id, NULL, 'applied', $now, '', 'imported' FROM applications
WHERE id > (SELECT application FROM temp.before);
.print @search index
INSERT INTO application_search (rowid, name, email, phone)
SELECT a.id, p.first_name || ' ' || p.last_name, p.email, p.phone_norm
FROM applications a JOIN applicants p ON p.id = a.applicant_id
WHERE a.id > (SELECT application FROM temp.before);
.print @commit
COMMIT;
SQL
}

base=$(sqlite3 "$db" "SELECT count(*) FROM applications")
fresh_copy() {
    rm -f "$work"/target.sqlite*
    cp "$db" "$work/target.sqlite"
}
for round in 1 2 3; do
    fresh_copy
    floor_sql | timed "$work/target.sqlite" >"$work/floor$round.times"
    awk -F'\t' '{ t += $2 } END { print "floor", t, 0 }' "$work/floor$round.times" \
        >>"$work/runs"
    written_floor=$(($(sqlite3 "$work/target.sqlite" "SELECT count(*) FROM applications") - base))
    fresh_copy
    QT_LOGGING_RULES=admissions.import.info=true \
        measure desk "$cli" --db "$work/target.sqlite" "${sign_in[@]}" import "$work/weekly.csv"
    cp "$work/desk.out" "$work/desk$round.out"
done
read -r _ floor_s _ <<<"$(median floor)"
read -r _ desk_s desk_kib <<<"$(median desk)"
written=$(grep -E '^New applications:' "$work/desk.out" | tr -s ' ' | cut -d' ' -f3)

echo "weekly import of $lines rows ($(du -h "$work/weekly.csv" | cut -f1) of CSV) into $base" \
    "applications, median of 3:"
awk -v f="$floor_s" -v d="$desk_s" -v k="$desk_kib" 'BEGIN {
    printf "  floor (shell, indexes and triggers kept)  %6.2f s\n", f
    printf "  Admissions Desk import                   %6.2f s  %6.1f MiB peak  (%.2f x the floor)\n",
        d, k / 1024, d / f }'
echo "  floor by step (last run):"
awk -F'\t' '{ printf "    %-24s %6.2f s\n", $1, $2 }' "$work/floor3.times"
echo "  our import by phase (last run):"
sed -n 's/^admissions.import: /    /p' "$work/desk3.out"
echo "  applications written: floor $written_floor, ours $written"
