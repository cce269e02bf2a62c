#!/usr/bin/env bash
# A page of the applications list under every sort, at the top and at 25%, 50% and 75% of the
# list, as the table reads it (LIMIT/OFFSET), side by side in one run with the sqlite3 shell
# running the same statements (the page's ids, then its rows), and with the shell seeking the
# same page from its first key, WHERE (key, id) >= (?, ?) ORDER BY key, id LIMIT 256: what a
# page costs once pages seek from a recorded key (a key of a joined table seeks in its own
# index: WHERE key >= ? AND NOT (key = ? AND id < ?)). Medians of three; the shell's figures are
# its own statement times (.timer), without starting a process. Figures only.
#   bench/browse.sh BUILD_DIR DB [COLUMNS]   (id,name,email,phone,track,cohort,status,owner,
#                                             applied,last_change,score: all without it)
set -euo pipefail
build=${1:-build}
db=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sqlite3 -readonly "$db" "PRAGMA user_version")

# The sort key of each column, as the list orders by it (ApplicationQuery), and the join it
# needs; from schema v21 the status, cohort, owner and phone keys are on the application.
declare -A key join
key[id]=""
key[name]="p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id"
key[email]="p.email_norm"
key[track]="t.code"
key[applied]="a.applied_at"
key[last_change]="a.status_changed_at"
key[score]="a.score"
applicant="JOIN applicants p ON p.id = a.applicant_id"
join[name]=$applicant
join[email]=$applicant
join[track]="JOIN tracks t ON t.id = a.track_id"
if [ "$version" -ge 21 ]; then
    key[phone]="a.applicant_phone"
    key[cohort]="a.cohort_name"
    key[status]="a.status_rank"
    key[owner]="a.owner_username COLLATE NOCASE"
else
    key[phone]="p.phone_norm"
    join[phone]=$applicant
    key[cohort]="c.name"
    join[cohort]="LEFT JOIN cohorts c ON c.id = a.cohort_id"
    key[status]="CASE a.status"
    rank=0
    for s in applied screening interview_scheduled interviewed qualified not_qualified offered \
        waitlisted offer_expired accepted declined enrolled deferred withdrawn active \
        refund_requested refunded dropped graduated job_search placed not_seeking; do
        key[status]+=" WHEN '$s' THEN $rank"
        rank=$((rank + 1))
    done
    key[status]+=" END"
    key[owner]="u.username COLLATE NOCASE"
    join[owner]="LEFT JOIN staff_users u ON u.id = a.owner_id"
fi

# shell_ms FILE: the median over three runs of the sum of the statements' times in FILE.
shell_ms() {
    for _ in 1 2 3; do
        { echo ".timer on"; cat "$1"; } | sqlite3 -readonly "$db" |
            awk '/^Run Time:/ { s += $4 } END { printf "%.2f\n", s * 1000 }'
    done | sort -n | sed -n 2p
}

# seek_sql COLUMN DIRECTION FIRST_ID: the page's ids read from its first key.
seek_sql() {
    local column=$1 direction=$2 id=$3 op order k values null before
    [ "$direction" = asc ] && op=">=" || op="<="
    k=${key[$column]}
    if [ -z "$k" ]; then
        echo "SELECT a.id FROM applications a WHERE a.id $op $id ORDER BY a.id $direction LIMIT 256;"
        return
    fi
    values=$(sqlite3 -readonly "$db" \
        "SELECT $(echo "$k" | sed 's/\(COLLATE NOCASE\)//g; s/\([^,]*\)/quote(\1)/g') \
         FROM applications a ${join[$column]:-} WHERE a.id = $id" | tr '|' ',')
    order=$(echo "$k" | sed "s/,/ $direction,/g")
    null=$(echo "$values" | grep -c NULL || true)
    if [ "$null" -gt 0 ]; then
        # A NULL key compares as nothing: the page is among the NULLs, in id order.
        echo "SELECT a.id FROM applications a ${join[$column]:-} WHERE $k IS NULL AND a.id $op $id
              ORDER BY $order $direction, a.id $direction LIMIT 256;"
    elif [ -n "${join[$column]:-}" ]; then
        # A key of the joined table seeks in that table's index; the applications of the first
        # key that come before the page are left out by id.
        [ "$direction" = asc ] && before="<" || before=">"
        echo "SELECT a.id FROM applications a ${join[$column]} WHERE ($k) $op ($values)
              AND NOT (($k) = ($values) AND a.id $before $id)
              ORDER BY $order $direction, a.id $direction LIMIT 256;"
    else
        echo "SELECT a.id FROM applications a ${join[$column]:-} WHERE ($k, a.id) $op ($values, $id)
              ORDER BY $order $direction, a.id $direction LIMIT 256;"
    fi
}

echo "schema v$version, $(sqlite3 -readonly "$db" "SELECT count(*) FROM applications") applications;" \
    "a page is ${PAGE:-256} rows; milliseconds, medians of 3"
printf "%-12s %-4s %4s %9s %10s %11s %7s %11s\n" column dir at row desk "shell same" ratio "shell seek"
"$build/bench/bench_browse" "$db" "$work" ${3:+"$3"} 2>/dev/null |
    while read -r column direction at row id ours; do
        label="$column-$direction-${at%\%}"
        same=$(shell_ms "$work/$label.sql")
        seek_sql "$column" "$direction" "$id" >"$work/$label.seek.sql"
        seek=$(shell_ms "$work/$label.seek.sql")
        printf "%-12s %-4s %4s %9d %10.1f %11.1f %7.2f %11.1f\n" "$column" "$direction" "$at" \
            "$row" "$ours" "$same" "$(awk -v o="$ours" -v s="$same" 'BEGIN { print o / s }')" "$seek"
    done
