#!/usr/bin/env bash
# Every report of `report KIND`, side by side in one run with the sqlite3 shell computing the
# same numbers by a plain query over status_events and applications (the history itself, no
# summary table), and with the shell running the desk's own SQL (the floor: the query without
# the program). Medians of three runs each, process start included for all three, and the
# ratios. Figures only.
#   bench/reports.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
set -euo pipefail
. "$(dirname "$0")/common.sh"
bench_start "$@"
# Upgrades the file if it must, and warms the page cache for every program alike.
"$cli" --db "$db" check >/dev/null 2>&1 || true

swe=$(sqlite3 -readonly "$db" "SELECT id FROM tracks WHERE code = 'SWE'")
scope_swe="WHERE a.track_id = $swe"

# The furthest stage of each history, computed from the history.
history_stage="SELECT e.application_id AS id, max(f.stage) AS r FROM status_events e
  JOIN funnel_stages f ON f.status = e.to_status GROUP BY e.application_id"

funnel_history() { # $1: a WHERE over applications a
    echo "SELECT h.r, a.status, count(*) FROM ($history_stage) h
      JOIN applications a ON a.id = h.id $1 GROUP BY 1, 2;"
}
funnel_desk() { echo "SELECT '', a.status, a.furthest_stage, count(*) FROM applications a $1
  GROUP BY a.status, a.furthest_stage;"; }

sources_history="SELECT p.source, p.campaign, count(*), sum(h.r >= 3), sum(h.r >= 6)
  FROM ($history_stage) h JOIN applications a ON a.id = h.id
  JOIN applicants p ON p.id = a.applicant_id GROUP BY 1, 2;"
sources_desk="SELECT p.source, p.campaign, count(*), sum(a.furthest_stage >= 3),
  sum(a.furthest_stage >= 6) FROM applications a JOIN applicants p ON p.id = a.applicant_id
  WHERE 1 GROUP BY 1, 2;"

# Nearest-rank median and 90th percentile of each status's stays, from the history.
stays_history() { # $1: a WHERE over applications a
    echo "WITH s AS (SELECT e.to_status AS st, julianday(lead(e.at) OVER
        (PARTITION BY e.application_id ORDER BY e.id)) - julianday(e.at) AS d
      FROM applications a JOIN status_events e ON e.application_id = a.id $1),
    r AS (SELECT st, d, row_number() OVER (PARTITION BY st ORDER BY d) AS rn,
        count(*) OVER (PARTITION BY st) AS n FROM s WHERE d IS NOT NULL)
    SELECT st, n, max(CASE WHEN rn = (n + 1) / 2 THEN d END),
      max(CASE WHEN rn = (9 * n + 9) / 10 THEN d END) FROM r GROUP BY st;
    SELECT a.status, count(*) FROM applications a $1 GROUP BY 1;
    WITH w AS (SELECT min(CASE WHEN e.to_status = 'applied' THEN e.at END) AS applied,
        min(CASE WHEN e.to_status IN ('qualified', 'not_qualified') THEN e.at END) AS decided
      FROM applications a JOIN status_events e ON e.application_id = a.id $1 GROUP BY a.id),
    r AS (SELECT julianday(decided) - julianday(applied) AS d,
        row_number() OVER (ORDER BY julianday(decided) - julianday(applied)) AS rn,
        count(*) OVER () AS n FROM w WHERE applied IS NOT NULL AND decided IS NOT NULL)
    SELECT n, max(CASE WHEN rn = (n + 1) / 2 THEN d END),
      max(CASE WHEN rn = (9 * n + 9) / 10 THEN d END) FROM r;"
}
stays_desk="SELECT status, tenths, count(*) FROM status_stays GROUP BY 1, 2;
  SELECT a.status, count(*) FROM applications a WHERE 1 GROUP BY 1;
  SELECT decision, tenths, count(*) FROM decision_waits GROUP BY 1, 2;"
stays_desk_swe="SELECT t.status, t.tenths, count(*) FROM applications a JOIN status_stays t
    ON t.application_id = a.id $scope_swe GROUP BY 1, 2;
  SELECT a.status, count(*) FROM applications a $scope_swe GROUP BY 1;
  SELECT t.decision, t.tenths, count(*) FROM applications a JOIN decision_waits t
    ON t.application_id = a.id $scope_swe GROUP BY 1, 2;"

printf '%-34s %10s %10s %10s %9s %9s\n' "report (1 = median of 3 runs, s)" "history" "floor" \
    "desk" "desk/hist" "desk/floor"
row() { # LABEL HISTORY_SQL FLOOR_SQL CLI_ARGS...
    local label=$1 history=$2 floor=$3
    shift 3
    : >"$work/runs"
    for round in 1 2 3; do
        measure history sqlite3 -readonly "$db" "$history"
        measure floor sqlite3 -readonly "$db" "$floor"
        measure desk "$cli" --db "$db" report "$@"
    done
    read -r _ h _ <<<"$(median history)"
    read -r _ f _ <<<"$(median floor)"
    read -r _ d _ <<<"$(median desk)"
    awk -v l="$label" -v h="$h" -v f="$f" -v d="$d" \
        'BEGIN { printf "%-34s %10.2f %10.2f %10.2f %8.2fx %8.2fx\n", l, h, f, d, d / h, d / f }'
}
row "funnel" "$(funnel_history "")" "$(funnel_desk "WHERE 1")" funnel
row "funnel --by track" "$(funnel_history "")" \
    "SELECT a.track_id, a.status, a.furthest_stage, count(*) FROM applications a GROUP BY 1, 2, 3;" \
    funnel --by track
row "funnel --track SWE" "$(funnel_history "$scope_swe")" "$(funnel_desk "$scope_swe")" \
    funnel --track SWE
row "time-in-stage" "$(stays_history "")" "$stays_desk" time-in-stage
row "time-in-stage --track SWE" "$(stays_history "$scope_swe")" "$stays_desk_swe" \
    time-in-stage --track SWE
row "sources" "$sources_history" "$sources_desk" sources
echo "$(sqlite3 -readonly "$db" "SELECT count(*) FROM applications") applications," \
    "$(sqlite3 -readonly "$db" "SELECT count(*) FROM status_events") status events;" \
    "summaries: $(sqlite3 -readonly "$db" "SELECT count(*) FROM status_stays") stays," \
    "$(sqlite3 -readonly "$db" "SELECT count(*) FROM decision_waits") decision waits"
sqlite3 -readonly "$db" "SELECT name, sum(pgsize) / 1048576.0 FROM dbstat WHERE name IN
    ('status_stays', 'status_stays_status', 'decision_waits') GROUP BY name" |
    awk -F'|' '{ printf "  %-22s %7.1f MiB\n", $1, $2 }'
