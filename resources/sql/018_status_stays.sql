-- Schema v18: how long each status lasted, kept by the history itself for the time-in-stage
-- report.

-- One row per stay that ended: the status an application stayed in, from the event that
-- entered it to `event_id`, the application's next event, in tenths of a day (rounded half up
-- from whole milliseconds). The report reads the distribution of each status from the index
-- without touching six million status events; a filtered report joins the applications.
CREATE TABLE status_stays (
    application_id INTEGER NOT NULL REFERENCES applications(id),
    event_id       INTEGER NOT NULL REFERENCES status_events(id),
    status         TEXT NOT NULL,
    tenths         INTEGER NOT NULL,
    PRIMARY KEY (application_id, event_id)
) WITHOUT ROWID;
CREATE INDEX status_stays_status ON status_stays(status, tenths);

-- How long an application waited from applying to its first decision, qualified or not
-- qualified; only for a history that begins with applied (an import may begin later).
CREATE TABLE decision_waits (
    application_id INTEGER PRIMARY KEY REFERENCES applications(id),
    decision       TEXT NOT NULL CHECK (decision IN ('qualified', 'not_qualified')),
    tenths         INTEGER NOT NULL
);
CREATE INDEX decision_waits_decision ON decision_waits(decision, tenths);

INSERT INTO status_stays (application_id, event_id, status, tenths)
SELECT application_id, next_id, to_status,
       (CAST(round((julianday(next_at) - julianday(at)) * 86400000) AS INTEGER) + 4320000)
           / 8640000
FROM (SELECT application_id, to_status, at,
             lead(id) OVER (PARTITION BY application_id ORDER BY id) AS next_id,
             lead(at) OVER (PARTITION BY application_id ORDER BY id) AS next_at
      FROM status_events)
WHERE next_id IS NOT NULL;

INSERT INTO decision_waits (application_id, decision, tenths)
SELECT d.application_id, d.to_status,
       (CAST(round((julianday(d.at) - julianday(a.at)) * 86400000) AS INTEGER) + 4320000)
           / 8640000
FROM status_events d
JOIN status_events a ON a.id = (SELECT min(id) FROM status_events
                                WHERE application_id = d.application_id)
WHERE d.to_status IN ('qualified', 'not_qualified')
  AND a.to_status = 'applied'
  AND d.id = (SELECT min(id) FROM status_events WHERE application_id = d.application_id
              AND to_status IN ('qualified', 'not_qualified'));

CREATE TRIGGER status_events_stays AFTER INSERT ON status_events
BEGIN
    INSERT INTO status_stays (application_id, event_id, status, tenths)
    SELECT NEW.application_id, NEW.id, e.to_status,
           (CAST(round((julianday(NEW.at) - julianday(e.at)) * 86400000) AS INTEGER) + 4320000)
               / 8640000
    FROM status_events e
    WHERE e.application_id = NEW.application_id AND e.id < NEW.id
    ORDER BY e.id DESC LIMIT 1;
    INSERT INTO decision_waits (application_id, decision, tenths)
    SELECT NEW.application_id, NEW.to_status,
           (CAST(round((julianday(NEW.at) - julianday(first.at)) * 86400000) AS INTEGER)
               + 4320000) / 8640000
    FROM status_events first
    WHERE NEW.to_status IN ('qualified', 'not_qualified')
      AND first.id = (SELECT min(id) FROM status_events
                      WHERE application_id = NEW.application_id)
      AND first.to_status = 'applied'
      AND NOT EXISTS (SELECT 1 FROM decision_waits WHERE application_id = NEW.application_id);
END;
