-- Schema v6: the status history is append-only in the file itself, not only by the programs'
-- habit: an UPDATE or DELETE of a status event is refused, whoever runs it (another program,
-- the sqlite3 shell). The owner of a local file can still drop these guards with other tools;
-- `check` reports a missing one.
CREATE TRIGGER status_events_no_update BEFORE UPDATE ON status_events
BEGIN
    SELECT RAISE(ABORT, 'the status history is append-only: a status event is never changed');
END;

CREATE TRIGGER status_events_no_delete BEFORE DELETE ON status_events
BEGIN
    SELECT RAISE(ABORT, 'the status history is append-only: a status event is never deleted');
END;
