#!/usr/bin/env bash
# The least time any import of this CSV into our schema can take, measured in one run beside the
# sqlite3 shell's .import into a bare table (import.sh's yardstick) and our own import:
#   kept     the shell's staging table moved into our tables by plain INSERT … SELECT, with
#            every index kept current: what a row-by-row import must at least write;
#   rebuilt  the same with the secondary indexes dropped first and rebuilt by sorting after:
#            the least any import can do (the UNIQUE email index cannot be dropped);
#   search   the trigram search index over those rows, by indexed columns.
# Both SQL paths use our connection's settings (WAL, synchronous FULL, foreign keys) and our
# import's (64 MiB page cache, CHECKs left to the caller); they skip our checks and duplicate
# logic. Each runs once: compare figures from one run only. Nothing passes or fails.
#   bench/import-floor.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
set -euo pipefail
. "$(dirname "$0")/common.sh"
bench_start "$@"
import_inputs
seconds() { awk -v label="$1" '$1 == label { print $2 }' "$work/runs"; } # of a single run

measure shell sqlite3 "$work/staging.sqlite" -cmd ".mode csv" \
    ".import $work/applications.csv applications"
shell_s=$(seconds shell)
rows=$(sqlite3 "$work/staging.sqlite" "SELECT count(*) FROM applications")

now="'2026-11-24T09:00:00.000Z'"
secondary="FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
  AND tbl_name IN ('applicants', 'applications', 'status_events')"

# rows_sql DROP_AND_REBUILD: the script that moves the staged rows into our tables; each
# statement is preceded by '.print @label' so that timed() can name its time.
rows_sql() {
    import_settings_sql
    echo "BEGIN;"
    if [ "$1" = 1 ]; then
        echo ".print @drop the secondary indexes"
        sqlite3 "$work/empty.sqlite" "SELECT 'DROP INDEX ' || name || ';' $secondary"
    fi
    staged_rows_sql ""
    cat <<SQL
.print @status events
INSERT INTO status_events (application_id, from_status, to_status, at, reason, cause)
SELECT id, NULL, 'applied', $now, '', 'imported' FROM applications;
SQL
    if [ "$1" = 1 ]; then
        echo ".print @rebuild the secondary indexes"
        sqlite3 "$work/empty.sqlite" "SELECT sql || ';' $secondary"
    fi
    echo ".print @commit"
    echo "COMMIT;"
}

# search_sql COLUMNS...: a trigram index over those columns of every application, and its commit.
search_sql() {
    local columns=$* values="" column
    declare -A value=([name]="p.first_name || ' ' || p.last_name" [email]=p.email [phone]=p.phone_norm)
    for column in "$@"; do values="$values${values:+, }${value[$column]}"; done
    cat <<SQL
PRAGMA cache_size = -65536; DROP TABLE IF EXISTS bench_search;
CREATE VIRTUAL TABLE bench_search USING fts5(${columns// /, }, tokenize = 'trigram');
BEGIN;
.print @search index: ${columns// /, }
INSERT INTO bench_search (rowid, ${columns// /, })
SELECT a.id, $values FROM applications a JOIN applicants p ON p.id = a.applicant_id;
COMMIT;
SQL
}

report() { # TITLE FILE
    echo "  $1"
    awk -F'\t' -v shell="$shell_s" '{ total += $2; printf "    %-36s %7.2f s\n", $1, $2 }
        END { printf "    %-36s %7.2f s  %5.2f x the shell\n", "total", total, total / shell }' "$2"
}

for mode in kept rebuilt; do
    cp "$work/empty.sqlite" "$work/$mode.sqlite"
    rows_sql "$([ "$mode" = rebuilt ] && echo 1 || echo 0)" | timed "$work/$mode.sqlite" \
        >"$work/$mode.times"
done
for columns in "name" "name email" "name email phone"; do
    # shellcheck disable=SC2086 # one argument per column
    search_sql $columns | timed "$work/rebuilt.sqlite" >>"$work/search.times"
done

cp "$work/empty.sqlite" "$work/desk.sqlite"
QT_LOGGING_RULES=admissions.import.info=true \
    measure desk "$cli" --db "$work/desk.sqlite" import "$work/applications.csv"
desk_s=$(seconds desk)

echo "import floor for $rows applications ($(du -h "$work/applications.csv" | cut -f1) of CSV), one run each:"
printf "  %-38s %7.2f s   1.00 x the shell\n" "sqlite3 shell .import into a bare table" "$shell_s"
report "into our schema, indexes kept current:" "$work/kept.times"
report "into our schema, secondary indexes rebuilt after:" "$work/rebuilt.times"
echo "  the search index alone (trigram), by indexed columns, each with its commit:"
awk -F'\t' -v shell="$shell_s" '{ printf "    %-36s %7.2f s  %5.2f x the shell\n", $1, $2, $2 / shell }' \
    "$work/search.times"
floor=$(awk -F'\t' '{ total += $2 } END { print total }' "$work/rebuilt.times")
search=$(tail -n 1 "$work/search.times" | cut -f2)
awk -v f="$floor" -v s="$search" -v shell="$shell_s" 'BEGIN {
    printf "  %-38s %7.2f s  %5.2f x the shell\n", "least for all our import writes", f + s, (f + s) / shell
    printf "    (indexes rebuilt, and our search index: name, email, phone)\n" }'
printf "  %-38s %7.2f s  %5.2f x the shell\n" "Admissions Desk import" "$desk_s" \
    "$(awk -v d="$desk_s" -v s="$shell_s" 'BEGIN { printf "%.2f", d / s }')"
sed -n 's/^admissions.import: /    /p' "$work/desk.out"
echo "  applications written: kept $(sqlite3 "$work/kept.sqlite" "SELECT count(*) FROM applications"), rebuilt $(sqlite3 "$work/rebuilt.sqlite" "SELECT count(*) FROM applications"), ours $(sqlite3 "$work/desk.sqlite" "SELECT count(*) FROM applications")"
