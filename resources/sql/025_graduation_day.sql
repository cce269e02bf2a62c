-- Schema v25: the day each application graduated, kept on the application, so that the job
-- outcomes report and the outcomes export read a placed graduate's days to a job from the
-- graduates' index alone instead of looking among its status events, 75,000 lookups on a
-- million applications.

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
