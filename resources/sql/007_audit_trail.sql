-- Schema v7: the audit trail. Every change a person or the desk makes is one record in
-- audit_events, chained by SHA-256 to the record before it (the canonical encoding is written
-- down in ARCHITECTURE.md, "The audit trail"). A value is stored either plainly (a status, a
-- cohort id) or, when it is personal, as a salted commitment SHA-256(salt ‖ value) in the
-- record, with the salt and the value in audit_values: erasing a person deletes those rows and
-- leaves the chain verifiable. Status events stay in status_events; records of action 'status'
-- cover them by id range with a digest of their encodings.
CREATE TABLE audit_events (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor_id      INTEGER REFERENCES staff_users(id),  -- NULL: the desk itself, or nobody known
    actor_name    TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     INTEGER,
    field         TEXT NOT NULL DEFAULT '',
    old_value     TEXT,
    old_commit    BLOB,
    new_value     TEXT,
    new_commit    BLOB,
    reason_value  TEXT,
    reason_commit BLOB,
    note          TEXT NOT NULL DEFAULT '',
    first_event   INTEGER,  -- status events first_event..last_event, with the digest of their
    last_event    INTEGER,  -- encodings, for records of action 'status'
    events_digest BLOB,
    hash          BLOB NOT NULL
);
CREATE INDEX audit_events_entity ON audit_events(entity, entity_id, id);

-- Who is erased on request, when and by whom: the one exception to the append-only rule below
-- (a personal value may be deleted only once its person is listed here).
CREATE TABLE erasures (
    applicant_id INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    by_user_id   INTEGER REFERENCES staff_users(id)
);

CREATE TABLE audit_values (
    event_id     INTEGER NOT NULL REFERENCES audit_events(id),
    slot         TEXT NOT NULL CHECK (slot IN ('old', 'new', 'reason')),
    applicant_id INTEGER,  -- whose value it is: erased with them; NULL for staff's own records
    salt         BLOB NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (event_id, slot)
) WITHOUT ROWID;
CREATE INDEX audit_values_applicant ON audit_values(applicant_id) WHERE applicant_id IS NOT NULL;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: a record is never changed');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: a record is never deleted');
END;

CREATE TRIGGER audit_values_no_update BEFORE UPDATE ON audit_values
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: a value is never changed');
END;

CREATE TRIGGER audit_values_no_delete BEFORE DELETE ON audit_values
WHEN OLD.applicant_id IS NULL
     OR NOT EXISTS (SELECT 1 FROM erasures WHERE applicant_id = OLD.applicant_id)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: a value is deleted only when its person is erased');
END;

CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'the erasure log is append-only');
END;

CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'the erasure log is append-only');
END;
