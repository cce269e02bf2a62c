#!/usr/bin/env bash
# A privacy erase on a large file: `applicant erase` of one person in the middle of the file
# (then of the next person, on the same file), `retention due` (the review list) and
# `retention erase-due` of about 1,000 people, side by side in one run with the sqlite3 shell
# doing the floor work on the same file:
#   - PRAGMA quick_check on a read-write connection, which our programs run on opening a file
#     to write (and, for comparison, on a read-only one, where SQLite skips the CHECK
#     constraints);
#   - the erase's row changes in one transaction, as PersonErasure makes them: the erasure log
#     entry, the applicant's row, their activity texts and audit values, and their applications
#     deleted from and put back into the search index (not the audit record, one INSERT with a
#     hash that our program computes); for erase-due, the same for everyone due at once;
#   - the merge of the search index, INSERT INTO application_search(application_search)
#     VALUES('optimize'), with PRAGMA wal_checkpoint(TRUNCATE): what every erase runs after its
#     commit, since SQLite 3.40's FTS5 has no secure-delete and keeps the erased trigrams in
#     its older segments until they are merged away;
#   - the review's SELECT of RetentionReview::due.
# Each erase starts from a fresh copy of the file, and the shell runs with our connection's
# pragmas (synchronous FULL, secure_delete, foreign keys). Prints wall time, peak memory and
# their ratios, the file and index sizes before and after the merge, and checks the first
# erase: its email is nowhere left in the file or its log, the search index no longer finds
# it, and `audit verify` still holds. Figures only: nothing passes or fails.
# Needs about two and a half times the file's size free in the scratch folder (mktemp -d, so
# TMPDIR).
#   bench/erase.sh BUILD_DIR [DB [TOKEN_FILE]]
#     without DB: makes an administrator and their token, then seeds 1,000,000 applicants;
#     with DB: an administrator's token signs in, from TOKEN_FILE or ADMISSIONS_DESK_TOKEN. DB
#     is only read, and must not be in use: the benchmark copies it, upgrades the copy if it
#     must, and sets the copy's retention policy to the days that make about 1,000 people due.
set -euo pipefail
. "$(dirname "$0")/common.sh"
# bench_start's seeding makes no administrator, who alone may erase: this script seeds below.
bench_start "${1:-build}" "${2:-unseeded}"
# Our programs' settings (the audit trail's head of each copy, the backup folder) stay in the
# scratch folder, away from the person's own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
echo "load before: $(uptime | sed 's/^ *//')"

master="$work/master.sqlite"
if [ -z "${2:-}" ]; then
    db=$master
    (umask 077 && head -c 24 /dev/urandom | base64 >"$work/password")
    "$cli" --db "$master" init --admin bench --new-password-file "$work/password" >/dev/null
    "$cli" --db "$master" --as bench --password-file "$work/password" \
        staff token erase-bench -o "$work/token" >/dev/null
    sign_in=(--token-file "$work/token")
    "$cli" --db "$master" "${sign_in[@]}" seed-demo --applicants 1000000 >"$work/seed.out" 2>&1 ||
        { tail -n 5 "$work/seed.out" >&2; exit 1; }
else
    if [ -n "${3:-}" ]; then
        sign_in=(--token-file "$3")
    elif [ -n "${ADMISSIONS_DESK_TOKEN:-}" ]; then
        sign_in=()
    else
        echo "usage: $0 BUILD_DIR [DB [TOKEN_FILE]]: DB needs an administrator's token," \
            "in TOKEN_FILE or ADMISSIONS_DESK_TOKEN" >&2
        exit 2
    fi
    cp "$db" "$master"
    if [ -s "$db-wal" ]; then cp "$db-wal" "$master-wal"; fi
fi
desk() { "$cli" --db "$1" "${sign_in[@]}" "${@:2}"; }
# Upgrades the copy if it must (its before-upgrade backup is not the benchmark's) and warms
# the program's libraries.
desk "$master" retention show >"$work/upgrade.out" 2>&1 ||
    { tail -n 5 "$work/upgrade.out" >&2; exit 1; }
rm -rf "$work/backups"

# The review's query (RetentionReview::due): the statuses that no transition leaves.
closed="'not_qualified', 'declined', 'withdrawn', 'placed', 'not_seeking', 'refunded', 'dropped'"
candidates="SELECT p.id, p.first_name || ' ' || p.last_name, max(a.status_changed_at) AS closed_at
FROM applicants p JOIN applications a ON a.applicant_id = p.id
WHERE p.consent = 0 AND p.id NOT IN (SELECT applicant_id FROM erasures)
GROUP BY p.id HAVING max(a.status NOT IN ($closed)) = 0"
# The days that make the 1,000 longest closed due (all of them when fewer are closed).
days=$(sqlite3 -readonly "$master" "WITH c AS ($candidates)
    SELECT max(1, min(36500, CAST(julianday('now') - julianday(closed_at) AS INTEGER))) FROM c
    ORDER BY closed_at LIMIT 1 OFFSET min(999, max(0, (SELECT count(*) FROM c) - 1))")
if [ -n "$days" ]; then
    desk "$master" retention set "$days" >/dev/null
fi
due_sql="$candidates AND closed_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-${days:-0} days')
ORDER BY closed_at, p.id"

# Two people in the middle of the file, not erased, with applications: the first erase and,
# on the same file, the next one.
read -r person second <<<"$(sqlite3 -readonly "$master" "SELECT p.id FROM applicants p
    WHERE p.id >= (SELECT (min(id) + max(id)) / 2 FROM applicants)
      AND p.id NOT IN (SELECT applicant_id FROM erasures)
      AND EXISTS (SELECT 1 FROM applications a WHERE a.applicant_id = p.id)
    ORDER BY p.id LIMIT 2" | paste -sd ' ')"

# rows_sql PEOPLE: the shell's row changes for the applicants that the SELECT PEOPLE gives, in
# one transaction, as PersonErasure makes them for each.
rows_sql() {
    cat <<EOF
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
PRAGMA secure_delete = ON;
CREATE TEMP TABLE people AS $1;
BEGIN IMMEDIATE;
INSERT INTO erasures (applicant_id, applicant_created_at, at)
  SELECT id, created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM applicants
  WHERE id IN (SELECT id FROM temp.people);
UPDATE applicants SET first_name = 'Erased', last_name = 'applicant ' || id, email = '',
  email_norm = 'erased:' || id, phone = '', phone_norm = '', time_zone = '', linkedin_url = '',
  github_url = '', portfolio_url = '', referrer = '', notes = '',
  updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id IN (SELECT id FROM temp.people);
UPDATE activities SET summary = ''
  WHERE applicant_id IN (SELECT id FROM temp.people) AND summary <> '';
DELETE FROM audit_values WHERE applicant_id IN (SELECT id FROM temp.people);
DELETE FROM application_search WHERE rowid IN
  (SELECT id FROM applications WHERE applicant_id IN (SELECT id FROM temp.people));
INSERT INTO application_search (rowid, name, email, phone)
  SELECT a.id, p.first_name || ' ' || p.last_name, p.email, p.phone_norm
  FROM applications a JOIN applicants p ON p.id = a.applicant_id
  WHERE a.applicant_id IN (SELECT id FROM temp.people);
COMMIT;
EOF
}
rows_sql "SELECT $person AS id" >"$work/rows.sql"
# Everyone due, the review's SELECT included, as erase-due finds them.
rows_sql "SELECT id FROM ($due_sql)" >"$work/rows-due.sql"
optimize_sql="PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;
INSERT INTO application_search(application_search) VALUES('optimize');
PRAGMA wal_checkpoint(TRUNCATE);"

# state LABEL FILE: its size, the search index's pages and bytes, and the free pages.
state() {
    local bytes
    bytes=$(stat -c %s "$2")
    sqlite3 -readonly "$2" "SELECT count(*), sum(length(block)),
        (SELECT freelist_count FROM pragma_freelist_count) FROM application_search_data" |
        awk -F'|' -v l="$1" -v b="$bytes" '{ printf "  %-34s %8.1f MiB file, index %6.1f MiB in %d rows, %d free pages\n",
            l, b / 1048576, $2 / 1048576, $1, $3 }' >>"$work/states"
}
# hits FILE TEXT: how many lines of the file, read as text, hold TEXT ("no file" without one).
hits() {
    if [ -e "$1" ]; then grep -c -a -F -- "$2" "$1" || true; else echo "no file"; fi
}

# Each measured run starts with nothing of the previous one's left to write back.
timed() {
    sync
    measure "$@"
}
copy="$work/copy.sqlite"
fresh() {
    rm -f "$copy" "$copy-wal" "$copy-shm"
    cp "$master" "$copy"
}

state "before (the copied file)" "$master"
for round in 1 2 3; do
    fresh
    # Read-write, as our programs open a file to write: SQLite checks the CHECK constraints
    # then, and not on a read-only connection (which backup.sh's check is).
    timed quick-check sqlite3 "$copy" "PRAGMA quick_check"
    timed quick-check-ro sqlite3 -readonly "$copy" "PRAGMA quick_check"
    timed shell-rows sqlite3 "$copy" ".read $work/rows.sql"
    if [ "$round" = 1 ]; then state "after the shell's row changes" "$copy"; fi
    timed shell-optimize sqlite3 "$copy" "$optimize_sql"
    if [ "$round" = 1 ]; then state "after the shell's optimize" "$copy"; fi

    fresh
    if [ "$round" = 1 ]; then
        IFS='|' read -r email last_name <<<"$(sqlite3 -readonly "$copy" \
            "SELECT email, last_name FROM applicants WHERE id = $person")"
        quoted=${email//\'/\'\'}
        match="SELECT count(*) FROM application_search WHERE application_search MATCH 'email:\"$quoted\"'"
        before_hits=$(hits "$copy" "$email")
        before_match=$(sqlite3 -readonly "$copy" "$match")
    fi
    timed desk-erase "$cli" --db "$copy" "${sign_in[@]}" applicant erase "$person" --yes
    if [ "$round" = 1 ]; then
        # Before anything else opens the file: a reader's -wal would be its own.
        after_wal=$(hits "$copy-wal" "$email")
        if [ -e "$copy-wal" ]; then
            after_wal="$after_wal (the -wal is $(stat -c %s "$copy-wal") bytes)"
        fi
        after_hits=$(hits "$copy" "$email")
        state "after our applicant erase" "$copy"
        after_match=$(sqlite3 -readonly "$copy" "$match")
        after_row=$(sqlite3 -readonly "$copy" \
            "SELECT first_name || ' ' || last_name || ', email ''' || email || '''' FROM applicants WHERE id = $person")
        verify_rc=0
        /usr/bin/time -f "%e %M" -o "$work/verify.time" "$cli" --db "$copy" audit verify \
            >"$work/verify.out" 2>&1 || verify_rc=$?
    fi
    timed desk-erase-again "$cli" --db "$copy" "${sign_in[@]}" applicant erase "$second" --yes

    if [ -n "$days" ]; then
        fresh
        timed desk-due "$cli" --db "$copy" "${sign_in[@]}" retention due
        timed shell-due sqlite3 -readonly "$copy" "$due_sql"
        timed shell-rows-due sqlite3 "$copy" ".read $work/rows-due.sql"
        timed shell-optimize-due sqlite3 "$copy" "$optimize_sql"
        fresh
        timed desk-erase-due "$cli" --db "$copy" "${sign_in[@]}" retention erase-due --yes
        if [ "$round" = 1 ]; then state "after our retention erase-due" "$copy"; fi
    fi
done
rm -f "$copy" "$copy-wal" "$copy-shm"
echo "load after:  $(uptime | sed 's/^ *//')"

bytes=$(stat -c %s "$master")
rows=$(sqlite3 -readonly "$master" "SELECT count(*) FROM applications")
due_people=$(grep -c . "$work/shell-due.out" || true)
echo "privacy erase in a file of $rows applications, $bytes bytes" \
    "($(awk -v b="$bytes" 'BEGIN { printf "%.2f GiB", b / 2^30 }')), median of 3 runs:"
labels="quick-check quick-check-ro shell-rows shell-optimize desk-erase desk-erase-again"
if [ -n "$days" ]; then
    labels="$labels desk-due shell-due shell-rows-due shell-optimize-due desk-erase-due"
fi
for label in $labels; do
    median "$label"
done | awk -v person="$person" -v second="$second" -v days="$days" -v due="$due_people" '
    { s[$1] = $2; k[$1] = $3 }
    function line(title, label, base, against) {
        printf "  %-50s %6.2f s  %6.1f MiB peak", title, s[label], k[label] / 1024
        if (base != "")
            printf "  (%.2f x %s)", s[label] / s[base], against
        printf "\n"
    }
    function sum(title, total) { printf "  %-50s %6.2f s\n", title, total }
    END {
        printf "erase of applicant %d, each on a fresh copy:\n", person
        line("sqlite3 shell PRAGMA quick_check", "quick-check")
        line("  (the same on a read-only connection)", "quick-check-ro")
        line("sqlite3 shell row changes (one transaction)", "shell-rows")
        line("sqlite3 shell FTS5 optimize + checkpoint", "shell-optimize")
        sum("the shell'"'"'s three added up", floor = s["quick-check"] + s["shell-rows"] + s["shell-optimize"])
        line("Admissions Desk applicant erase", "desk-erase", "shell-optimize", "optimize")
        printf "  %-50s (%.2f x the three added up)\n", "", s["desk-erase"] / floor
        line(sprintf("then applicant erase %d on the same file", second), "desk-erase-again",
            "desk-erase", "the first")
        if (days == "")
            exit
        printf "retention, kept %d days: %d people due, each run on a fresh copy:\n", days, due
        line("sqlite3 shell, the review'"'"'s SELECT", "shell-due")
        line("Admissions Desk retention due", "desk-due", "shell-due", "the shell")
        line("sqlite3 shell row changes of them all (one tr.)", "shell-rows-due")
        line("sqlite3 shell FTS5 optimize + checkpoint after", "shell-optimize-due")
        sum("the shell'"'"'s quick_check, row changes, optimize",
            floor = s["quick-check"] + s["shell-rows-due"] + s["shell-optimize-due"])
        line("Admissions Desk retention erase-due", "desk-erase-due", "desk-erase", "one erase")
        printf "  %-50s (%.2f x the three added up)\n", "", s["desk-erase-due"] / floor
        printf "  %-50s %6.3f s a person\n", "", s["desk-erase-due"] / due
    }'
echo "file and index (round 1):"
cat "$work/states"
said() { tr '\r' '\n' <"$work/$1.out" | grep -v '^Erasing: ' | paste -sd ' '; }
echo "our erase: $(said desk-erase)"
if [ -n "$days" ]; then echo "our erase-due: $(said desk-erase-due)"; fi
echo "check of the first erase of round 1: applicant $person ($last_name) is now $after_row;"
echo "  their email ($email) in the file: $before_hits line(s) before, $after_hits after;" \
    "in its -wal after: $after_wal;"
echo "  search index matches: $before_match before, $after_match after"
echo "  audit verify: exit $verify_rc in $(cut -d ' ' -f 1 "$work/verify.time") s:" \
    "$(tail -n 1 "$work/verify.out")"
