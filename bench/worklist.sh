#!/usr/bin/env bash
# The work list of offers to send (offer list --all), side by side in one run with the sqlite3
# shell running the same SQL on the same file: medians of three runs, and their ratio. The
# shell's figure is the floor: the query itself, plus starting a process. Figures only.
#   bench/worklist.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
set -euo pipefail
. "$(dirname "$0")/common.sh"
bench_start "$@"
# Upgrades the file if it must, and warms the page cache for both programs alike.
"$cli" --db "$db" offer list --all >/dev/null 2>&1

# OfferNoticeRepository::unsent(0): offered applications whose last offer has no notice.
select="SELECT a.id, p.first_name || ' ' || p.last_name, coalesce(c.name, ''),
  coalesce(a.owner_id, 0), coalesce(o.display_name, ''), e.id, e.at, e.cause,
  a.offer_expires_at, n.sent_at, coalesce(s.display_name, '')
FROM applications a JOIN applicants p ON p.id = a.applicant_id
  LEFT JOIN cohorts c ON c.id = a.cohort_id LEFT JOIN staff_users o ON o.id = a.owner_id
  JOIN status_events e ON e.id = (SELECT max(id) FROM status_events
    WHERE application_id = a.id AND to_status = 'offered')
  LEFT JOIN offer_notices n ON n.offer_event_id = e.id
  LEFT JOIN staff_users s ON s.id = n.by_user_id
WHERE a.status = 'offered' AND a.offer_expires_at IS NOT NULL AND n.id IS NULL
ORDER BY a.offer_expires_at, a.id"

for round in 1 2 3; do
    measure shell sqlite3 -readonly "$db" "$select"
    measure desk "$cli" --db "$db" offer list --all
done
read -r _ shell_s shell_kib <<<"$(median shell)"
read -r _ desk_s desk_kib <<<"$(median desk)"
echo "offers to send: $(grep -c . "$work/shell.out") rows of $(sqlite3 -readonly "$db" \
    "SELECT count(*) FROM applications") applications; query plan:"
sqlite3 -readonly "$db" "EXPLAIN QUERY PLAN $select" | sed 's/^/    /'
awk -v s="$shell_s" -v sk="$shell_kib" -v d="$desk_s" -v dk="$desk_kib" 'BEGIN {
    printf "  sqlite3 shell         %6.3f s  %6.1f MiB peak\n", s, sk / 1024
    printf "  offer list --all      %6.3f s  %6.1f MiB peak  (%.2f x the shell)\n",
        d, dk / 1024, d / s }'
