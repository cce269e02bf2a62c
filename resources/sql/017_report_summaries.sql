-- Schema v17: what the reports read, kept current by the history itself.

-- The funnel's stages (applied 0 … placed 9) and how far each status shows an application got:
-- FunnelStages::reachedBy in core, as data the file's own trigger can read (a test keeps the
-- two equal). Withdrawn shows no more than that it applied; not qualified that it was screened.
CREATE TABLE funnel_stages (
    status TEXT PRIMARY KEY,
    stage  INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 9)
) WITHOUT ROWID;
INSERT INTO funnel_stages (status, stage) VALUES
    ('applied', 0), ('withdrawn', 0),
    ('screening', 1), ('interview_scheduled', 1), ('not_qualified', 1),
    ('interviewed', 2),
    ('qualified', 3), ('waitlisted', 3),
    ('offered', 4), ('offer_expired', 4), ('declined', 4),
    ('accepted', 5), ('deferred', 5),
    ('enrolled', 6),
    ('active', 7), ('refund_requested', 7), ('refunded', 7), ('dropped', 7),
    ('graduated', 8), ('job_search', 8), ('not_seeking', 8),
    ('placed', 9);

-- The furthest stage an application's history ever entered: the funnel and the sources report
-- count applications by it with one pass over applications instead of six million status
-- events. Every status event, whoever writes it (a service, an import, the demo seed), moves
-- it on through the trigger below, in the same transaction; `check` compares it with the
-- history.
ALTER TABLE applications ADD COLUMN furthest_stage INTEGER NOT NULL DEFAULT 0;
UPDATE applications SET furthest_stage = coalesce(
    (SELECT max(f.stage) FROM status_events e JOIN funnel_stages f ON f.status = e.to_status
     WHERE e.application_id = applications.id), 0);

-- The funnel without a filter counts by status and furthest stage from this index alone; it
-- serves every search by status as the one it replaces did.
DROP INDEX applications_status;
CREATE INDEX applications_status ON applications(status, furthest_stage);

CREATE TRIGGER status_events_furthest_stage AFTER INSERT ON status_events
BEGIN
    UPDATE applications
    SET furthest_stage = (SELECT stage FROM funnel_stages WHERE status = NEW.to_status)
    WHERE id = NEW.application_id
      AND furthest_stage < (SELECT stage FROM funnel_stages WHERE status = NEW.to_status);
END;
