-- Schema v10: interviews scheduled for applications.
-- An interview of one application, with a staff user as the interviewer, starting at a time
-- (UTC text like every time) for some minutes. It is scheduled, then held (the interview
-- activity logged for it, activity_id) or cancelled; a move keeps the row and changes its time.
CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES applications(id),
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 45 CHECK (duration_minutes BETWEEN 5 AND 480),
    interviewer_id   INTEGER NOT NULL REFERENCES staff_users(id),
    scheduled_by     INTEGER REFERENCES staff_users(id),  -- NULL: the desk itself
    state            TEXT NOT NULL DEFAULT 'scheduled'
                     CHECK (state IN ('scheduled', 'held', 'cancelled')),
    activity_id      INTEGER REFERENCES activities(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
-- What is coming up, across the desk, in time order.
CREATE INDEX interviews_upcoming ON interviews(state, starts_at);
-- At most one scheduled interview per application.
CREATE UNIQUE INDEX interviews_scheduled ON interviews(application_id) WHERE state = 'scheduled';
CREATE INDEX interviews_application ON interviews(application_id, id);
