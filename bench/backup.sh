#!/usr/bin/env bash
# Backup and restore of the whole file, side by side in one run with the sqlite3 shell's .backup
# of the same file and, for the restore, two floors: a plain cp, and a copy that dd syncs to the
# disk as SQLite's commit does. Prints wall time, peak memory and their ratios, and the shell's
# quick_check and row counts of our backup alone: the checks our backup does once on the copy
# and our restore twice (once on the backup, once on the copy). Figures only: nothing passes or
# fails.
# Needs about seven times the file's size free in the scratch folder (mktemp -d, so TMPDIR).
#   bench/backup.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first; DB is
#                                     only read: the restores go into a scratch copy of it)
set -euo pipefail
. "$(dirname "$0")/common.sh"
bench_start "$@"
echo "load before: $(uptime | sed 's/^ *//')"

# Each measured run starts with nothing of the previous one's left to write back.
timed() {
    sync
    measure "$@"
}

# Warms the page cache (and the program's libraries) for both programs alike.
"$cli" --db "$db" backup -o "$work/warm.sqlite" >/dev/null 2>&1
rm -f "$work/warm.sqlite"
# The database that the restores replace: a copy of DB, which stays as it is.
sqlite3 -readonly "$db" ".backup $work/restored.sqlite"
# The shell's row counts: every ordinary table, as our check counts them.
sqlite3 -readonly "$db" "SELECT 'SELECT count(*) FROM \"' || replace(name, '\"', '\"\"') || '\";'
  FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
  AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name" >"$work/counts.sql"

for round in 1 2 3; do
    rm -f "$work"/shell-backup.sqlite* "$work"/desk-backup.sqlite*
    timed shell-backup sqlite3 -readonly "$db" ".backup $work/shell-backup.sqlite"
    timed desk-backup "$cli" --db "$db" backup -o "$work/desk-backup.sqlite"
    rm -f "$work"/cp-restore.sqlite* "$work"/dd-restore.sqlite* "$work"/shell-restore.sqlite*
    timed cp-restore cp "$work/desk-backup.sqlite" "$work/cp-restore.sqlite"
    timed dd-restore dd if="$work/desk-backup.sqlite" of="$work/dd-restore.sqlite" bs=4M \
        conv=fsync status=none
    timed shell-restore sqlite3 -readonly "$work/desk-backup.sqlite" \
        ".backup $work/shell-restore.sqlite"
    timed desk-restore "$cli" --db "$work/restored.sqlite" restore "$work/desk-backup.sqlite"
    rm -f "$work"/restored.sqlite.before-restore-*
    timed quick-check sqlite3 -readonly "$work/desk-backup.sqlite" "PRAGMA quick_check"
    timed row-counts sqlite3 -readonly "$work/desk-backup.sqlite" ".read $work/counts.sql"
done
echo "load after:  $(uptime | sed 's/^ *//')"

bytes=$(stat -c %s "$db")
rows=$(sqlite3 -readonly "$db" "SELECT count(*) FROM applications")
echo "backup and restore of a file of $rows applications, $bytes bytes" \
    "($(awk -v b="$bytes" 'BEGIN { printf "%.2f GiB", b / 2^30 }')), median of 3 runs:"
figures() {
    local label
    for label in "$@"; do
        median "$label"
    done
}
figures shell-backup desk-backup cp-restore dd-restore shell-restore desk-restore quick-check \
    row-counts |
    awk '{ s[$1] = $2; k[$1] = $3 }
    function line(title, label, base, against) {
        printf "  %-38s %6.2f s  %6.1f MiB peak", title, s[label], k[label] / 1024
        if (base != "")
            printf "  (%.2f x %s)", s[label] / s[base], against
        printf "\n"
    }
    END {
        print "backup:"
        line("sqlite3 shell .backup", "shell-backup")
        line("Admissions Desk backup -o", "desk-backup", "shell-backup", "the shell")
        print "restore of our backup into a copy of the database:"
        line("cp (into the page cache)", "cp-restore")
        line("dd conv=fsync (cp, on the disk)", "dd-restore", "cp-restore", "cp")
        line("sqlite3 shell .backup", "shell-restore", "dd-restore", "dd")
        line("Admissions Desk restore", "desk-restore", "shell-restore", "the shell")
        print "the checks alone, by the shell on our backup:"
        line("PRAGMA quick_check", "quick-check")
        line("row counts of every table", "row-counts")
        print "the shell'"'"'s parts added up as our programs do them:"
        printf "  %-38s %6.2f s  (ours %.2f x that)\n", "backup: .backup + check + 2 counts",
            b = s["shell-backup"] + s["quick-check"] + 2 * s["row-counts"], s["desk-backup"] / b
        printf "  %-38s %6.2f s  (ours %.2f x that)\n", "restore: .backup + 2 checks + 3 counts",
            r = s["shell-restore"] + 2 * s["quick-check"] + 3 * s["row-counts"],
            s["desk-restore"] / r
    }'
echo "our backup: $(tail -n 1 "$work/desk-backup.out")"
echo "our restore: $(paste -sd ' ' "$work/desk-restore.out")"
echo "quick_check of our backup: $(paste -sd ' ' "$work/quick-check.out"); its row counts:" \
    "$(awk '{ n += $1 } END { printf "%d rows in %d tables", n, NR }' "$work/row-counts.out")"
