#!/usr/bin/env bash
# Every report of `report KIND`, side by side in one run with the sqlite3 shell computing the
# same numbers by a plain query over status_events and applications (the history itself, no
# summary table), and with the shell running the desk's own SQL (the floor: the query without
# the program). Medians of three runs each, process start included for all three, and the
# ratios. Figures only.
#   bench/reports.sh BUILD_DIR [DB]   (without DB: seeds 1,000,000 applications first)
#   REPORTS="refunds outcomes" bench/reports.sh ...   only the rows of these kinds
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
# The desk counts by the applicant's copies on the application (v27), from their index.
sources_desk="SELECT a.applicant_source, a.applicant_campaign, count(*),
  sum(a.furthest_stage >= 3), sum(a.furthest_stage >= 6) FROM applications a
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
# One track's stays and waits carry the track (v25).
stays_desk_swe="SELECT status, tenths, count(*) FROM status_stays WHERE track_id = $swe GROUP BY 1, 2;
  SELECT a.status, count(*) FROM applications a $scope_swe GROUP BY 1;
  SELECT decision, tenths, count(*) FROM decision_waits WHERE track_id = $swe GROUP BY 1, 2;"

# The desk's calendar as the shell can apply it: its zone's offset now (the desk switches
# offsets at each transition; for a zone without any, UTC in the bench file, they agree).
zone=$(sqlite3 -readonly "$db" "SELECT value FROM desk_settings WHERE key = 'time_zone'")
shift_now=$(TZ=${zone:-UTC} date +%z | awk '{ m = substr($0, 2, 2) * 60 + substr($0, 4, 2);
    printf "%s%d minutes", substr($0, 1, 1), m }')
today=$(TZ=${zone:-UTC} date +%F)
local_day() { echo "date($1, '$shift_now')"; }
monday() { echo "date($1, '-' || ((strftime('%w', $1) + 6) % 7) || ' days')"; }
cohort=$(sqlite3 -readonly "$db" "SELECT name FROM cohorts WHERE track_id = $swe
    AND starts_on > '$today' ORDER BY starts_on, name LIMIT 1")
cohort_id=$(sqlite3 -readonly "$db" "SELECT id FROM cohorts WHERE name = '$cohort'")
seat="('offered', 'accepted', 'enrolled', 'active', 'refund_requested')"
filled="('offered', 'accepted', 'enrolled', 'active', 'refund_requested', 'graduated',
  'job_search', 'placed', 'not_seeking', 'dropped')"

# Cohort fill: the cohorts' seats now, then each cohort's seats taken and freed by day, from
# the history (a window over every application's events) or from seat_moves (v19).
seats_now() { # $1: a WHERE over cohorts c
    echo "SELECT c.id, c.name, count(*) FILTER (WHERE a.status IN $seat),
      count(*) FILTER (WHERE a.status = 'offered'), count(*) FILTER (WHERE a.status = 'waitlisted'),
      count(*) FILTER (WHERE a.status IN $filled) FROM cohorts c
      LEFT JOIN applications a ON a.cohort_id = c.id AND (a.status IN $filled OR a.status = 'waitlisted')
      $1 GROUP BY c.id;"
}
fill_history() { # $1: a WHERE over cohorts c, $2: a condition on the cohorts held and freed
    local held="CASE WHEN e.to_status IN $seat THEN coalesce(e.cohort_id, a.cohort_id) END"
    echo "$(seats_now "$1")
    SELECT held, prev, day, count(*) FROM (SELECT $(local_day e.at) AS day, $held AS held,
        lag($held) OVER (PARTITION BY e.application_id ORDER BY e.id) AS prev
      FROM status_events e JOIN applications a ON a.id = e.application_id)
    WHERE held IS NOT prev AND ($2) GROUP BY held, prev, day;"
}
fill_desk() { # $1: a WHERE over cohorts c, $2: a WHERE over seat_moves
    echo "$(seats_now "$1")
    SELECT cohort_id, $(local_day at) AS day, sum(change) FROM seat_moves $2 GROUP BY 1, 2;"
}
of_swe="SELECT id FROM cohorts WHERE track_id = $swe"

# Mentor load: each active mentor's mentees, and over the last four completed weeks the weeks
# due, those with a call and the mentees behind, from the assignments and the calls
# (CallCadence as one query); the floor runs the desk's loads and its two cadence queries (the
# report counts the mentees behind, so it reads neither their names nor their latest calls).
last=$(sqlite3 :memory: "SELECT date($(monday "'$today'"), '-7 days')")
first=$(sqlite3 :memory: "SELECT date('$last', '-21 days')")
loads="SELECT m.id, m.name, m.weekly_slots, m.max_active_mentees, m.active,
    (SELECT group_concat(track_id) FROM mentor_tracks mt WHERE mt.mentor_id = m.id),
    (SELECT count(*) FROM mentor_assignments ma WHERE ma.mentor_id = m.id AND ma.state = 'active'),
    (SELECT count(*) FROM mentor_assignments ma WHERE ma.mentor_id = m.id AND ma.state = 'proposed')
  FROM mentors m ORDER BY m.name, m.id;"
mentor_history="$loads
  SELECT mentor, sum(CASE WHEN f <= '$last'
      THEN CAST((julianday('$last') - julianday(f)) / 7 AS INTEGER) + 1 ELSE 0 END),
    sum(weeks), sum(f <= '$last' AND NOT held_last)
  FROM (SELECT mentor, f, count(DISTINCT CASE WHEN w BETWEEN f AND '$last' THEN w END) AS weeks,
      coalesce(max(w = '$last'), 0) AS held_last
    FROM (SELECT ma.mentor_id AS mentor, a.id AS app, $(monday "$(local_day v.at)") AS w,
        max($(monday "$(local_day ma.started_at)"), coalesce($(monday c.starts_on), ''),
          '$first') AS f
      FROM mentor_assignments ma JOIN applications a ON a.id = ma.application_id
      LEFT JOIN cohorts c ON c.id = a.cohort_id
      LEFT JOIN activities v ON v.application_id = a.id AND v.kind = 'mentor_call'
        AND v.at >= date('$first', '-1 day')
      WHERE ma.state = 'active' AND a.status = 'active')
    GROUP BY app)
  GROUP BY mentor;"
mentor_desk="$loads
  SELECT a.id, ma.mentor_id, ma.started_at, c.starts_on, '', NULL
  FROM applications a CROSS JOIN mentor_assignments ma ON ma.application_id = a.id
  LEFT JOIN cohorts c ON c.id = a.cohort_id
  WHERE ma.state = 'active' AND a.status = 'active' ORDER BY a.id;
  SELECT a.id, v.at FROM applications a CROSS JOIN activities v ON v.application_id = a.id
    AND v.kind = 'mentor_call' AND v.at >= date('$first', '-1 day') WHERE a.status = 'active'
  ORDER BY a.id, v.at;"

# Refunds: each application's latest request in the cohort it was in, and the refunds paid
# (summed over a plain scan of payments, as the desk does); the history finds the requests by
# reading every event (NOT INDEXED: as before v19), the desk from their partial index.
refunds() { # $1: NOT INDEXED or nothing
    echo "SELECT cohort_id, currency FROM cohort_fees;
    SELECT r.application_id, coalesce(e.cohort_id, a.cohort_id), e.at, a.status = 'refund_requested'
    FROM (SELECT application_id, max(id) AS id FROM status_events $1
      WHERE to_status = 'refund_requested' GROUP BY application_id) r
    JOIN status_events e ON e.id = r.id JOIN applications a ON a.id = r.application_id;
    SELECT p.application_id, a.cohort_id, p.currency, p.cents
    FROM (SELECT application_id, currency, sum(amount_cents) AS cents FROM payments NOT INDEXED
      WHERE kind = 'refund' GROUP BY application_id, currency) p
    JOIN applications a ON a.id = p.application_id;"
}

# Outcomes: the graduates of each cohort by outcome and days to the job, and the guarantee
# periods ended with their check-ins; the history finds each day of graduation among the
# application's events, the desk keeps it on the application (v25).
graduated_on_history="(SELECT substr(max(e.at), 1, 10) FROM status_events e
  INDEXED BY status_events_application WHERE e.application_id = a.id AND e.to_status = 'graduated')"
outcomes() { # $1: the day of graduation, $2: the check-in's day
    echo "SELECT cohort, outcome, days, count(*) FROM (SELECT a.cohort_id AS cohort,
      CASE a.status WHEN 'placed' THEN a.placement_outcome WHEN 'job_search' THEN 'still_seeking'
        WHEN 'not_seeking' THEN 'not_seeking' ELSE 'not_reporting' END AS outcome,
      CASE a.status WHEN 'placed' THEN CAST(julianday(a.placement_on) - julianday($1)
        AS INTEGER) END AS days
      FROM applications a WHERE a.cohort_id IS NOT NULL
        AND a.status IN ('graduated', 'job_search', 'placed', 'not_seeking'))
    GROUP BY cohort, outcome, days;
    SELECT a.id, p.first_name || ' ' || p.last_name, coalesce(c.name, ''), a.job_search_started_on
    FROM applications a JOIN applicants p ON p.id = a.applicant_id
    LEFT JOIN cohorts c ON c.id = a.cohort_id WHERE a.status = 'job_search'
      AND a.job_search_started_on IS NOT NULL AND date(a.job_search_started_on, '+' ||
        coalesce(c.guarantee_days, 180) || ' days') <= '$today';
    SELECT v.application_id, $2, coalesce(v.job_applications, 0) FROM applications a
    LEFT JOIN cohorts c ON c.id = a.cohort_id
    JOIN activities v ON v.application_id = a.id AND v.kind = 'job_search_check_in'
    WHERE a.status = 'job_search' AND a.job_search_started_on IS NOT NULL
      AND date(a.job_search_started_on, '+' || coalesce(c.guarantee_days, 180) || ' days')
        <= '$today' ORDER BY v.application_id, v.at, v.id;"
}

printf '%-34s %10s %10s %10s %9s %9s\n' "report (1 = median of 3 runs, s)" "history" "floor" \
    "desk" "desk/hist" "desk/floor"
row() { # LABEL HISTORY_SQL FLOOR_SQL CLI_ARGS...
    local label=$1 history=$2 floor=$3
    shift 3
    if [ -n "${REPORTS:-}" ] && [[ " $REPORTS " != *" $1 "* ]]; then
        return 0
    fi
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
row "cohort-fill" "$(fill_history "" "1")" "$(fill_desk "" "")" cohort-fill
row "cohort-fill --track SWE" \
    "$(fill_history "WHERE c.track_id = $swe" "held IN ($of_swe) OR prev IN ($of_swe)")" \
    "$(fill_desk "WHERE c.track_id = $swe" "WHERE cohort_id IN ($of_swe)")" \
    cohort-fill --track SWE
row "cohort-fill --cohort $cohort" \
    "$(fill_history "WHERE c.id = $cohort_id" "held = $cohort_id OR prev = $cohort_id")" \
    "$(fill_desk "WHERE c.id = $cohort_id" "WHERE cohort_id = $cohort_id")" \
    cohort-fill --cohort "$cohort"
row "mentor-load" "$mentor_history" "$mentor_desk" mentor-load
row "refunds" "$(refunds "NOT INDEXED")" "$(refunds "")" refunds
row "outcomes" "$(outcomes "$graduated_on_history" v.at)" \
    "$(outcomes a.graduated_on "date(v.at)")" outcomes
echo "$(sqlite3 -readonly "$db" "SELECT count(*) FROM applications") applications," \
    "$(sqlite3 -readonly "$db" "SELECT count(*) FROM status_events") status events;" \
    "summaries: $(sqlite3 -readonly "$db" "SELECT count(*) FROM status_stays") stays," \
    "$(sqlite3 -readonly "$db" "SELECT count(*) FROM decision_waits") decision waits," \
    "$(sqlite3 -readonly "$db" "SELECT count(*) FROM seat_moves") seat moves"
sqlite3 -readonly "$db" "SELECT name, sum(pgsize) / 1048576.0 FROM dbstat WHERE name IN
    ('status_stays', 'status_stays_status', 'status_stays_track', 'decision_waits',
     'decision_waits_track', 'seat_moves', 'seat_moves_cohort',
     'status_events_refund_requests', 'applications_graduates') GROUP BY name" |
    awk -F'|' '{ printf "  %-22s %7.1f MiB\n", $1, $2 }'
