-- Schema v12: cohorts over time, on the bootcamp's calendar.
-- A draft cohort opens for applications by hand or on its applications_open_on day (NULL: by
-- hand only). final_fill is stamped when the cohort completes: the seats its students filled,
-- kept for reports whatever happens to their applications later.
ALTER TABLE cohorts ADD COLUMN applications_open_on TEXT;
ALTER TABLE cohorts ADD COLUMN final_fill INTEGER CHECK (final_fill >= 0);

-- Every change of a cohort's state, by a person or by the desk following the cohort's dates,
-- append-only like status_events.
CREATE TABLE cohort_state_events (
    id         INTEGER PRIMARY KEY,
    cohort_id  INTEGER NOT NULL REFERENCES cohorts(id),
    from_state TEXT,  -- NULL: the cohort was created in to_state
    to_state   TEXT NOT NULL,
    at         TEXT NOT NULL,
    by_user_id INTEGER REFERENCES staff_users(id),  -- NULL: the desk itself
    cause      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cohort_state_events_cohort ON cohort_state_events(cohort_id, id);

CREATE TRIGGER cohort_state_events_no_update BEFORE UPDATE ON cohort_state_events
BEGIN
    SELECT RAISE(ABORT, 'the cohort state history is append-only: an event is never changed');
END;

CREATE TRIGGER cohort_state_events_no_delete BEFORE DELETE ON cohort_state_events
BEGIN
    SELECT RAISE(ABORT, 'the cohort state history is append-only: an event is never deleted');
END;

-- Settings of the whole bootcamp, kept in the file so that every desk on it agrees: for now
-- 'time_zone', the IANA zone whose midnight ends a day for cohort dates (Database writes the
-- system's zone, or UTC, when this table is made).
CREATE TABLE desk_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
