#!/usr/bin/env bash
# A page of the applications list under every sort, at the top and at 25%, 50% and 75% of the
# list, as the table reads it (LIMIT/OFFSET), side by side in one run with the sqlite3 shell
# running the same statements (the page's ids, then its rows), and with the shell seeking the
# same page from its first key (key, id) >= (?, ?), ORDER BY key, id LIMIT 256 (seek_sql): what a
# page costs once pages seek from a recorded key. Medians of three; the shell's figures are
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
    key[owner]="a.owner_username"
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

# seek_sql COLUMN DIRECTION FIRST_ID: the page's ids read from its first key (k1..kn, id) =
# (v1..vn, X), ascending: the rows of k1..kn = v1..vn from id X, then those of k1..kn-1 =
# v1..vn-1 past vn, ..., then those past v1 (and, descending, the NULLs that sort last): each
# part one range of the key's index, read in order until 256 rows.
seek_sql() {
    local column=$1 direction=$2 id=$3 past from nulls_last part parts="" i j
    local -a terms values
    [ "$direction" = asc ] && past=">" from=">=" || past="<" from="<="
    IFS=',' read -r -a terms <<<"${key[$column]}"
    if [ ${#terms[@]} -gt 0 ]; then
        local quoted
        quoted=$(printf 'quote(%s),' "${terms[@]}" | sed 's/COLLATE NOCASE//g; s/,$//')
        IFS='|' read -r -a values <<<"$(sqlite3 -readonly "$db" \
            "SELECT $quoted FROM applications a ${join[$column]:-} WHERE a.id = $id")"
    fi
    terms+=("a.id")
    values+=("$id")
    local order="" t
    for t in "${terms[@]}"; do order+="${order:+, }$t $direction"; done
    for ((i = ${#terms[@]} - 1; i >= 0; i--)); do
        part=""
        for ((j = 0; j < i; j++)); do
            if [ "${values[j]}" = NULL ]; then part+="${terms[j]} IS NULL AND "
            else part+="${terms[j]} = ${values[j]} AND "; fi
        done
        if [ "${values[i]}" != NULL ]; then part+="${terms[i]} $([ "$i" = $((${#terms[@]} - 1)) ] && echo "$from" || echo "$past") ${values[i]}"
        elif [ "$direction" = asc ]; then part+="${terms[i]} IS NOT NULL"
        else continue; fi # nothing sorts after the NULLs
        parts+="${parts:+ UNION ALL }SELECT id FROM (SELECT a.id FROM applications a ${join[$column]:-} WHERE $part ORDER BY $order LIMIT 256)"
    done
    # Descending, the NULLs of a key that can be NULL come after every value.
    if [ "$direction" = desc ] && [ "${values[0]}" != NULL ] && [ ${#terms[@]} -gt 1 ]; then
        nulls_last="${terms[0]} IS NULL"
        parts+=" UNION ALL SELECT id FROM (SELECT a.id FROM applications a ${join[$column]:-} WHERE $nulls_last ORDER BY $order LIMIT 256)"
    fi
    echo "$parts LIMIT 256;"
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
