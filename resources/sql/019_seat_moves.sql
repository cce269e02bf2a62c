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
-- application's cohort now. Where the seat held after an event differs from the one held
-- before it, the event takes a seat (+1) in the one and frees it (-1) in the other. A filter
-- on application_id reaches inside the window, so the triggers below read one history.
CREATE VIEW seat_moves_in_history AS
SELECT m.application_id, m.event_id, s.change,
       CASE s.change WHEN 1 THEN m.held ELSE m.prev END AS cohort_id, m.at
FROM (SELECT application_id, event_id, at, held, prev
      FROM (SELECT e.application_id, e.id AS event_id, e.at,
                   CASE WHEN e.to_status IN ('offered', 'accepted', 'enrolled', 'active',
                                             'refund_requested')
                        THEN coalesce(e.cohort_id, a.cohort_id) END AS held,
                   lag(CASE WHEN e.to_status IN ('offered', 'accepted', 'enrolled', 'active',
                                                 'refund_requested')
                            THEN coalesce(e.cohort_id, a.cohort_id) END)
                       OVER (PARTITION BY e.application_id ORDER BY e.id) AS prev
            FROM status_events e JOIN applications a ON a.id = e.application_id)
      WHERE held IS NOT prev) m
CROSS JOIN (SELECT 1 AS change UNION ALL SELECT -1 AS change) s
WHERE CASE s.change WHEN 1 THEN m.held ELSE m.prev END IS NOT NULL;

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

CREATE TRIGGER status_events_seat_moves AFTER INSERT ON status_events
BEGIN
    INSERT INTO seat_moves (application_id, event_id, change, cohort_id, at)
    SELECT application_id, event_id, change, cohort_id, at FROM seat_moves_in_history
    WHERE application_id = NEW.application_id AND event_id = NEW.id;
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
