-- Schema v25: two summaries more for the reports, each kept in the transaction that writes the
-- status event. The day each application graduated, kept on the application, so that the job
-- outcomes report and the outcomes export read a placed graduate's days to a job from the
-- graduates' index alone instead of looking among its status events, 75,000 lookups on a
-- million applications; and the track of each stay (below).

-- The UTC day of the latest move to graduated (an undone graduation made again counts from
-- the last), as GraduateOutcomes computed it from the history: substr(max(at), 1, 10), which
-- is the greatest substr(at, 1, 10), so the trigger below keeps it by taking the greater.
-- NULL: the application never graduated. `check` compares it with the history.
ALTER TABLE applications ADD COLUMN graduated_on TEXT;
UPDATE applications SET graduated_on = g.day
FROM (SELECT application_id, substr(max(at), 1, 10) AS day FROM status_events
      WHERE to_status = 'graduated' GROUP BY application_id) AS g
WHERE applications.id = g.application_id;

-- Every move to graduated, whoever writes it (a service, an import, the demo seed, another
-- tool), in the transaction that writes the event.
CREATE TRIGGER status_events_graduated_on AFTER INSERT ON status_events
WHEN NEW.to_status = 'graduated'
BEGIN
    UPDATE applications SET graduated_on = substr(NEW.at, 1, 10)
    WHERE id = NEW.application_id
      AND (graduated_on IS NULL OR graduated_on < substr(NEW.at, 1, 10));
END;

-- v22's index of the graduates, with the day of graduation: the outcomes report reads every
-- column it needs from it.
DROP INDEX applications_graduates;
CREATE INDEX applications_graduates
    ON applications(status, cohort_id, placement_outcome, placement_on, graduated_on)
    WHERE status IN ('graduated', 'job_search', 'placed', 'not_seeking');

-- Only the day of graduation was found among the events by this index (v19); the column
-- replaces it, and each event need no longer be written to it.
DROP INDEX status_events_graduations;

-- The track of each stay and each wait for a decision, the application's: the time-in-stage
-- report of one track counts them from an index of their own instead of joining each stay to
-- its application (a million lookups on a million applications).
ALTER TABLE status_stays ADD COLUMN track_id INTEGER;
UPDATE status_stays SET track_id = a.track_id FROM applications a
WHERE a.id = status_stays.application_id;
CREATE INDEX status_stays_track ON status_stays(track_id, status, tenths);
ALTER TABLE decision_waits ADD COLUMN track_id INTEGER;
UPDATE decision_waits SET track_id = a.track_id FROM applications a
WHERE a.id = decision_waits.application_id;
CREATE INDEX decision_waits_track ON decision_waits(track_id, decision, tenths);

-- v18's trigger, each row with its application's track.
DROP TRIGGER status_events_stays;
CREATE TRIGGER status_events_stays AFTER INSERT ON status_events
BEGIN
    INSERT INTO status_stays (application_id, event_id, status, tenths, track_id)
    SELECT NEW.application_id, NEW.id, e.to_status,
           (CAST(round((julianday(NEW.at) - julianday(e.at)) * 86400000) AS INTEGER) + 4320000)
               / 8640000,
           (SELECT track_id FROM applications WHERE id = NEW.application_id)
    FROM status_events e
    WHERE e.application_id = NEW.application_id AND e.id < NEW.id
    ORDER BY e.id DESC LIMIT 1;
    INSERT INTO decision_waits (application_id, decision, tenths, track_id)
    SELECT NEW.application_id, NEW.to_status,
           (CAST(round((julianday(NEW.at) - julianday(first.at)) * 86400000) AS INTEGER)
               + 4320000) / 8640000,
           (SELECT track_id FROM applications WHERE id = NEW.application_id)
    FROM status_events first
    WHERE NEW.to_status IN ('qualified', 'not_qualified')
      AND first.id = (SELECT min(id) FROM status_events
                      WHERE application_id = NEW.application_id)
      AND first.to_status = 'applied'
      AND NOT EXISTS (SELECT 1 FROM decision_waits WHERE application_id = NEW.application_id);
END;

-- The desk never moves an application to another track; another tool may, and its stays go
-- with it.
CREATE TRIGGER applications_stays_track AFTER UPDATE OF track_id ON applications
WHEN NEW.track_id IS NOT OLD.track_id
BEGIN
    UPDATE status_stays SET track_id = NEW.track_id WHERE application_id = NEW.id;
    UPDATE decision_waits SET track_id = NEW.track_id WHERE application_id = NEW.id;
END;
