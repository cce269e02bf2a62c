-- Schema v19: what the cohort fill, refunds and outcomes reports read without a pass over six
-- million status events.

-- The refunds report's latest request of each application, and the outcomes report's day of
-- graduation: each a few thousand events, found from their own small index.
CREATE INDEX status_events_refund_requests ON status_events(application_id, id)
    WHERE to_status = 'refund_requested';
CREATE INDEX status_events_graduations ON status_events(application_id, at, to_status)
    WHERE to_status = 'graduated';

-- Seat moves as the history shows them: an application holds a seat from an event into a
-- seat-holding status (Statuses::holdsSeat; a test keeps the two equal) until its next event,
-- in the cohort the event records, else (events from before v15, imports, the demo) in the
-- application's cohort now. seat_steps: each event with the cohort held after it (held) and
-- before it (prev: after the application's previous event, one step back in the index
-- (application_id, id)); NULL: none.
CREATE VIEW seat_steps AS
SELECT e.application_id, e.id AS event_id, e.at,
       CASE WHEN e.to_status IN ('offered', 'accepted', 'enrolled', 'active', 'refund_requested')
            THEN coalesce(e.cohort_id, a.cohort_id) END AS held,
       (SELECT CASE WHEN p.to_status IN ('offered', 'accepted', 'enrolled', 'active',
                                         'refund_requested')
                    THEN coalesce(p.cohort_id, a.cohort_id) END
        FROM status_events p WHERE p.application_id = e.application_id AND p.id < e.id
        ORDER BY p.id DESC LIMIT 1) AS prev
FROM status_events e JOIN applications a ON a.id = e.application_id;

-- Where the two differ, the event takes a seat (+1) in the cohort held after it and frees one
-- (-1) in the cohort held before. A filter on application_id reaches both arms, so the
-- trigger on a change of cohort reads one history.
CREATE VIEW seat_moves_in_history AS
SELECT application_id, event_id, 1 AS change, held AS cohort_id, at
FROM seat_steps WHERE held IS NOT NULL AND held IS NOT prev
UNION ALL
SELECT application_id, event_id, -1 AS change, prev AS cohort_id, at
FROM seat_steps WHERE prev IS NOT NULL AND held IS NOT prev;

-- The same moves kept as rows: the cohort fill report sums each cohort's by day from the
-- index instead of replaying the history. Kept by the triggers below in the same transaction
-- as the event or the change of cohort; `check` compares it with the view.
CREATE TABLE seat_moves (
    application_id INTEGER NOT NULL REFERENCES applications(id),
    event_id       INTEGER NOT NULL REFERENCES status_events(id),
    change         INTEGER NOT NULL CHECK (change IN (-1, 1)),
    cohort_id      INTEGER NOT NULL,
    at             TEXT NOT NULL,
    PRIMARY KEY (application_id, event_id, change)
) WITHOUT ROWID;
CREATE INDEX seat_moves_cohort ON seat_moves(cohort_id, at, change);

INSERT INTO seat_moves (application_id, event_id, change, cohort_id, at)
SELECT application_id, event_id, change, cohort_id, at FROM seat_moves_in_history;

-- seat_steps of the new event, written out on NEW for each of its two moves: read through
-- the view, or with the rows +1 and -1 joined in one statement, the trigger costs a write
-- twice as much (0.44 ms an event against 0.09 ms without it, 0.23 ms like this).
CREATE TRIGGER status_events_seat_moves AFTER INSERT ON status_events
BEGIN
    INSERT INTO seat_moves (application_id, event_id, change, cohort_id, at)
    SELECT NEW.application_id, NEW.id, 1, held, NEW.at
    FROM (SELECT CASE WHEN NEW.to_status IN ('offered', 'accepted', 'enrolled', 'active',
                                            'refund_requested')
                       THEN coalesce(NEW.cohort_id, a.cohort_id) END AS held,
                  (SELECT CASE WHEN p.to_status IN ('offered', 'accepted', 'enrolled',
                                                    'active', 'refund_requested')
                               THEN coalesce(p.cohort_id, a.cohort_id) END
                   FROM status_events p
                   WHERE p.application_id = NEW.application_id AND p.id < NEW.id
                   ORDER BY p.id DESC LIMIT 1) AS prev
          FROM applications a WHERE a.id = NEW.application_id)
    WHERE held IS NOT NULL AND held IS NOT prev;
    INSERT INTO seat_moves (application_id, event_id, change, cohort_id, at)
    SELECT NEW.application_id, NEW.id, -1, prev, NEW.at
    FROM (SELECT CASE WHEN NEW.to_status IN ('offered', 'accepted', 'enrolled', 'active',
                                            'refund_requested')
                       THEN coalesce(NEW.cohort_id, a.cohort_id) END AS held,
                  (SELECT CASE WHEN p.to_status IN ('offered', 'accepted', 'enrolled',
                                                    'active', 'refund_requested')
                               THEN coalesce(p.cohort_id, a.cohort_id) END
                   FROM status_events p
                   WHERE p.application_id = NEW.application_id AND p.id < NEW.id
                   ORDER BY p.id DESC LIMIT 1) AS prev
          FROM applications a WHERE a.id = NEW.application_id)
    WHERE prev IS NOT NULL AND held IS NOT prev;
END;

-- An event that records no cohort counts in the application's cohort now: moving the
-- application moves those of its seat moves with it.
CREATE TRIGGER applications_seat_moves AFTER UPDATE OF cohort_id ON applications
WHEN NEW.cohort_id IS NOT OLD.cohort_id
BEGIN
    DELETE FROM seat_moves WHERE application_id = NEW.id;
    INSERT INTO seat_moves (application_id, event_id, change, cohort_id, at)
    SELECT application_id, event_id, change, cohort_id, at FROM seat_moves_in_history
    WHERE application_id = NEW.id;
END;
