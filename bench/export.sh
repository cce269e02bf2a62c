#!/usr/bin/env bash
# CSV export of every application, side by side in one run with the sqlite3 shell on the same
# file (.mode csv, the same columns, joins and order): wall time, rows per second, peak memory
# and their ratios. Figures only: nothing passes or fails.
#   bench/export.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
set -euo pipefail
. "$(dirname "$0")/common.sh"
bench_start "$@"
# Upgrades the file if it must, and warms the page cache for both programs alike.
"$cli" --db "$db" export applications -o "$work/warm.csv" >/dev/null 2>&1

select="SELECT a.id AS application_id, p.first_name, p.last_name, p.email, p.phone,
  t.code AS track, c.name AS cohort, a.status, u.username AS owner, a.applied_at,
  a.status_changed_at, a.score
FROM applications a LEFT JOIN applicants p ON p.id = a.applicant_id
  LEFT JOIN tracks t ON t.id = a.track_id LEFT JOIN cohorts c ON c.id = a.cohort_id
  LEFT JOIN staff_users u ON u.id = a.owner_id ORDER BY a.id ASC"

for round in 1 2 3; do
    measure shell sqlite3 -readonly -csv -header "$db" "$select" -cmd ".output $work/shell.csv"
    measure desk "$cli" --db "$db" export applications -o "$work/desk.csv"
done
rows=$("$cli" --db "$db" export applications --columns application_id | grep -c .)
rows=$((rows - 1))
read -r _ shell_s shell_kib <<<"$(median shell)"
read -r _ desk_s desk_kib <<<"$(median desk)"
echo "export of $rows applications, median of 3 runs:"
awk -v rows="$rows" -v s="$shell_s" -v sk="$shell_kib" -v d="$desk_s" -v dk="$desk_kib" 'BEGIN {
    printf "  sqlite3 shell    %6.2f s  %9.0f rows/s  %6.1f MiB peak\n", s, rows / s, sk / 1024
    printf "  Admissions Desk  %6.2f s  %9.0f rows/s  %6.1f MiB peak  (%.2f x the shell)\n",
        d, rows / d, dk / 1024, d / s }'
echo "rows written: shell $(($(grep -c . "$work/shell.csv") - 1)), Admissions Desk $(($(grep -c . "$work/desk.csv") - 1)) (lines without the header; quoted newlines count twice)"
