#!/usr/bin/env bash
# What the list's sort keys cost a write: ROWS new applications inserted one statement each, in
# one transaction that is rolled back (so DB is never changed), as the desk writes them
# (ApplicationRepository::insert: the keys read in the same statement, the trigger only checks
# them) and as another program does (a plain INSERT without the keys: the trigger fills them).
# The statements are the ones DB's schema version takes: v24 adds the applicant's name and email
# to the keys, v27 their source and campaign. Give a file of each version to compare them side by side in one run. The sqlite3
# shell's statement times (.timer), medians of 3 rounds that take the files in turn; the search index, which the desk also writes,
# is left out (the same for every version). Figures only.
#   bench/application-inserts.sh DB... [ROWS=10000 in the environment]
set -euo pipefail
rows=${ROWS:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# inserts_sql DB KIND: the transaction of ROWS inserts, KIND "desk" or "plain".
inserts_sql() {
    local version applicant keys
    version=$(sqlite3 -readonly "$1" "PRAGMA user_version")
    keys="cohort_name, owner_username, applicant_phone"
    applicant="(SELECT phone_norm FROM applicants WHERE id = %d)"
    if [ "$version" -ge 24 ]; then
        keys="$keys, applicant_last_name, applicant_first_name, applicant_email"
        applicant="p.phone_norm, p.last_name, p.first_name, p.email_norm"
        if [ "$version" -ge 27 ]; then
            keys="$keys, applicant_source, applicant_campaign"
            applicant="$applicant, p.source, p.campaign"
        fi
        applicant="$applicant FROM (SELECT %d AS id) n LEFT JOIN applicants p ON p.id = n.id"
    fi
    # Existing applicants, cohorts and owners spread over the file.
    sqlite3 -readonly "$1" "SELECT a.applicant_id, a.track_id, a.cohort_id, a.owner_id
        FROM applications a WHERE a.cohort_id IS NOT NULL AND a.owner_id IS NOT NULL
        AND a.id % 97 = 0 LIMIT $rows" >"$work/picks"
    echo "BEGIN;"
    awk -F'|' -v kind="$2" -v keys="$keys" -v applicant="$applicant" '
        BEGIN { t = "'\''2026-12-07T09:00:00.000Z'\''" }
        {
            head = "INSERT INTO applications (applicant_id, track_id, cohort_id, status, " \
                   "applied_at, status_changed_at, owner_id, updated_at"
            values = sprintf("%d, %d, %d, '\''applied'\'', %s, %s, %d, %s", $1, $2, $3, t, t,
                             $4, t)
            if (kind == "plain") {
                printf "%s) VALUES (%s);\n", head, values
            } else {
                printf "%s, %s) SELECT %s, (SELECT name FROM cohorts WHERE id = %d), " \
                       "(SELECT username FROM staff_users WHERE id = %d), " applicant ";\n",
                       head, keys, values, $3, $4, $1
            }
        }' "$work/picks"
    echo "ROLLBACK;"
}

# run N KIND: one run of the transaction into the N-th file, in seconds.
dbs=("$@")
run() {
    { echo ".timer on"; cat "$work/$1.$2.sql"; } | sqlite3 "${dbs[$1]}" |
        awk '/^Run Time:/ { s += $4 } END { printf "%.3f\n", s }'
}

for n in "${!dbs[@]}"; do
    for kind in desk plain; do
        inserts_sql "${dbs[$n]}" $kind >"$work/$n.$kind.sql"
    done
done
# Rounds interleaved, so that the load of a shared machine falls on every file alike.
for _ in 1 2 3; do
    for n in "${!dbs[@]}"; do
        for kind in desk plain; do
            echo "$n $kind $(run "$n" $kind)" >>"$work/runs"
        done
    done
done
median() { grep "^$1 $2 " "$work/runs" | cut -d' ' -f3 | sort -n | sed -n 2p; }

echo "$rows application inserts, one statement each, in a transaction rolled back;" \
    "seconds, medians of 3 interleaved rounds"
printf "%-40s %7s %10s %10s\n" file schema desk plain
for n in "${!dbs[@]}"; do
    printf "%-40s %7s %10s %10s\n" "${dbs[$n]}" \
        "v$(sqlite3 -readonly "${dbs[$n]}" "PRAGMA user_version")" "$(median "$n" desk)" \
        "$(median "$n" plain)"
done
