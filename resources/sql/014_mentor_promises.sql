-- Schema v14: the mentors' promises.

-- Why an assignment ended: the student's status that ended it ("dropped", "graduated", …),
-- "cohort completed" or "reassigned". Empty while it is current.
ALTER TABLE mentor_assignments ADD COLUMN end_cause TEXT NOT NULL DEFAULT '';
-- Who confirmed a proposed assignment (started_at is when); by_user_id is who made it.
ALTER TABLE mentor_assignments ADD COLUMN confirmed_by_user_id INTEGER REFERENCES staff_users(id);

-- Assignments now end with the student. Those left current by a student who already left the
-- program (before this version only a reassignment ended one) end now, with the status that
-- should have ended them, so that the mentors' loads count only the students they have.
UPDATE mentor_assignments
SET state = 'ended',
    ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    end_cause = (SELECT a.status FROM applications a WHERE a.id = application_id)
WHERE state <> 'ended'
  AND (SELECT a.status FROM applications a WHERE a.id = application_id)
      NOT IN ('enrolled', 'active', 'refund_requested');

-- The current assignments of every mentor, for their call cadence, without reading the ended
-- ones that pile up over the years.
CREATE INDEX mentor_assignments_state ON mentor_assignments(state, mentor_id);
