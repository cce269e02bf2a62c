-- Schema v15: deferrals name their cohort, the waitlist orders by queue time, and the status
-- history records the cohort of every move (for the fairness replay).

-- A deferred application waits for this later cohort of its track; it returns as qualified
-- there when that cohort opens (NULL once it has returned, or for any other status).
ALTER TABLE applications ADD COLUMN deferred_to_cohort_id INTEGER REFERENCES cohorts(id);
-- The application's place in its cohort's queue: qualified_at, or for a deferral that returned,
-- the original qualified_at or the return time (desk setting
-- deferral_keeps_qualification_time). qualified_at itself never changes.
ALTER TABLE applications ADD COLUMN queue_at TEXT;
UPDATE applications SET queue_at = qualified_at;

-- Seat counting and the first-come-first-served waitlist order of one cohort, now by queue time.
DROP INDEX applications_cohort_queue;
CREATE INDEX applications_cohort_queue
    ON applications(cohort_id, status, queue_at, applied_at, id);
-- The deferrals waiting for a cohort to open.
CREATE INDEX applications_deferred_to ON applications(deferred_to_cohort_id)
    WHERE deferred_to_cohort_id IS NOT NULL;

-- The cohort the application was in when it moved (NULL: written before v15, or by an import or
-- the demo seed), and the queue time a returning deferral took (NULL on every other event).
ALTER TABLE status_events ADD COLUMN cohort_id INTEGER REFERENCES cohorts(id);
ALTER TABLE status_events ADD COLUMN queue_at TEXT;
